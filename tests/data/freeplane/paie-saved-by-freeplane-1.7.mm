<map version="freeplane 1.7.0">
<!--To view this file, download free mind mapping software Freeplane from http://freeplane.sourceforge.net -->
<node TEXT="Prendre en main le nouveau logiciel de paie" FOLDED="false" ID="ID_scenario" CREATED="1796130156120" MODIFIED="1796130156120" COLOR="#4d4d4d" BACKGROUND_COLOR="#f2f2f2" STYLE="bubble">
<font NAME="SansSerif" SIZE="18" BOLD="true"/>
<attribute NAME="modalit&#xe9;" VALUE="spoc"/>
<attribute NAME="effectif" VALUE="24"/>
<attribute NAME="public" VALUE="gestionnaires de paie, intra-entreprise, pendant le temps de travail"/>
<attribute NAME="objectif" VALUE="saisir les &#xe9;l&#xe9;ments variables du mois dans le nouveau logiciel"/>
<attribute NAME="objectif" VALUE="contr&#xf4;ler un bulletin de paie et corriger une anomalie"/>
<attribute NAME="objectif" VALUE="produire les d&#xe9;clarations mensuelles sans aide"/>
<hook NAME="MapStyle">
    <properties edgeColorConfiguration="#808080ff,#ff0000ff,#0000ffff,#00ff00ff,#ff00ffff,#00ffffff,#7c0000ff,#00007cff,#007c00ff,#7c007cff,#007c7cff,#7c7c00ff" fit_to_viewport="false" show_icon_for_attributes="true"/>

<map_styles>
<stylenode LOCALIZED_TEXT="styles.root_node" STYLE="oval" UNIFORM_SHAPE="true" VGAP_QUANTITY="24.0 pt">
<font SIZE="24"/>
<stylenode LOCALIZED_TEXT="styles.predefined" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="default" ICON_SIZE="12.0 pt" COLOR="#000000" STYLE="fork">
<font NAME="SansSerif" SIZE="10" BOLD="false" ITALIC="false"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.details"/>
<stylenode LOCALIZED_TEXT="defaultstyle.attributes">
<font SIZE="9"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.note" COLOR="#000000" BACKGROUND_COLOR="#ffffff" TEXT_ALIGN="LEFT"/>
<stylenode LOCALIZED_TEXT="defaultstyle.floating">
<edge STYLE="hide_edge"/>
<cloud COLOR="#f0f0f0" SHAPE="ROUND_RECT"/>
</stylenode>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.user-defined" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="styles.topic" COLOR="#18898b" STYLE="fork">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.subtopic" COLOR="#cc3300" STYLE="fork">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.subsubtopic" COLOR="#669900">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.important">
<icon BUILTIN="yes"/>
</stylenode>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.AutomaticLayout" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="AutomaticLayout.level.root" COLOR="#000000" STYLE="oval" SHAPE_HORIZONTAL_MARGIN="10.0 pt" SHAPE_VERTICAL_MARGIN="10.0 pt">
<font SIZE="18"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,1" COLOR="#0033ff">
<font SIZE="16"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,2" COLOR="#00b439">
<font SIZE="14"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,3" COLOR="#990000">
<font SIZE="12"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,4" COLOR="#111111">
<font SIZE="10"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,5"/>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,6"/>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,7"/>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,8"/>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,9"/>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,10"/>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,11"/>
</stylenode>
</stylenode>
</map_styles>
</hook>
<node TEXT="Pourquoi changer d&apos;outil ? Vid&#xe9;o d&apos;accroche et quiz de positionnement" POSITION="right" ID="ID_phase_accroche" CREATED="1796130156126" MODIFIED="1796130156126" COLOR="#000000" BACKGROUND_COLOR="#d6eaf5" STYLE="bubble">
<font NAME="SansSerif" SIZE="14" BOLD="true"/>
<edge STYLE="bezier" COLOR="#0072b2" WIDTH="4"/>
<attribute NAME="id" VALUE="accroche"/>
<attribute NAME="phase" VALUE="d&#xe9;couverte"/>
<attribute NAME="groupe" VALUE="seul"/>
<attribute NAME="situation" VALUE="distanciel asynchrone"/>
<attribute NAME="p&#xe9;dagogie" VALUE="expositive"/>
<attribute NAME="intention" VALUE="interpeller"/>
<attribute NAME="dur&#xe9;e" VALUE="20min"/>
<attribute NAME="module" VALUE="m1-prise-en-main"/>
<attribute NAME="ressource" VALUE="plateforme LMS"/>
<attribute NAME="phase suivante" VALUE="interface"/>
<node TEXT="vid&#xe9;o d&apos;accroche" ID="ID_phase_accroche_1" CREATED="1796130156127" MODIFIED="1796130156127" COLOR="#000000">
<edge STYLE="bezier" COLOR="#0072b2" WIDTH="2"/>
</node>
<node TEXT="quiz de positionnement" ID="ID_phase_accroche_2" CREATED="1796130156127" MODIFIED="1796130156127" COLOR="#000000">
<edge STYLE="bezier" COLOR="#0072b2" WIDTH="2"/>
</node>
</node>
<node TEXT="Les &#xe9;crans du logiciel pas &#xe0; pas" POSITION="right" ID="ID_phase_interface" CREATED="1796130156127" MODIFIED="1796130209548" COLOR="#000000" BACKGROUND_COLOR="#d3f0e6" STYLE="bubble">
<font NAME="SansSerif" SIZE="14" BOLD="true"/>
<edge STYLE="bezier" COLOR="#009e73" WIDTH="4"/>
<attribute NAME="id" VALUE="interface"/>
<attribute NAME="phase" VALUE="apprentissage"/>
<attribute NAME="groupe" VALUE="seul"/>
<attribute NAME="situation" VALUE="distanciel asynchrone"/>
<attribute NAME="p&#xe9;dagogie" VALUE="interrogative"/>
<attribute NAME="intention" VALUE="transmettre"/>
<attribute NAME="dur&#xe9;e" VALUE="45min"/>
<attribute NAME="module" VALUE="m1-prise-en-main"/>
<attribute NAME="ressource" VALUE="plateforme LMS"/>
<attribute NAME="ressource" VALUE="environnement de formation du logiciel"/>
<attribute NAME="phase suivante" VALUE="exercice-guide"/>
<node TEXT="capsules vid&#xe9;o" ID="ID_phase_interface_1" CREATED="1796130156127" MODIFIED="1796130156127" COLOR="#000000">
<edge STYLE="bezier" COLOR="#009e73" WIDTH="2"/>
</node>
<node TEXT="questions int&#xe9;gr&#xe9;es" ID="ID_phase_interface_2" CREATED="1796130156127" MODIFIED="1796130156127" COLOR="#000000">
<edge STYLE="bezier" COLOR="#009e73" WIDTH="2"/>
</node>
</node>
<node TEXT="Saisir les variables d&apos;un mois fictif" POSITION="right" ID="ID_phase_exercice-guide" CREATED="1796130156127" MODIFIED="1796130156127" COLOR="#000000" BACKGROUND_COLOR="#fbeccc" STYLE="bubble">
<font NAME="SansSerif" SIZE="14" BOLD="true"/>
<edge STYLE="bezier" COLOR="#e69f00" WIDTH="4"/>
<attribute NAME="id" VALUE="exercice-guide"/>
<attribute NAME="phase" VALUE="r&#xe9;alisation"/>
<attribute NAME="groupe" VALUE="seul"/>
<attribute NAME="situation" VALUE="distanciel asynchrone"/>
<attribute NAME="p&#xe9;dagogie" VALUE="active"/>
<attribute NAME="intention" VALUE="synth&#xe9;tiser, &#xe9;valuer"/>
<attribute NAME="dur&#xe9;e" VALUE="40min"/>
<attribute NAME="module" VALUE="m1-prise-en-main"/>
<attribute NAME="ressource" VALUE="environnement de formation du logiciel"/>
<attribute NAME="rem&#xe9;diation" VALUE="interface"/>
<attribute NAME="phase suivante" VALUE="classe-virtuelle"/>
<node TEXT="exercice guid&#xe9; corrig&#xe9; automatiquement" ID="ID_phase_exercice-guide_1" CREATED="1796130156128" MODIFIED="1796130156128" COLOR="#000000">
<edge STYLE="bezier" COLOR="#e69f00" WIDTH="2"/>
</node>
</node>
<node TEXT="Classe virtuelle, les cas particuliers" POSITION="left" ID="ID_phase_classe-virtuelle" CREATED="1796130156128" MODIFIED="1796130156128" COLOR="#000000" BACKGROUND_COLOR="#d3f0e6" STYLE="bubble">
<font NAME="SansSerif" SIZE="14" BOLD="true"/>
<edge STYLE="bezier" COLOR="#009e73" WIDTH="4"/>
<attribute NAME="id" VALUE="classe-virtuelle"/>
<attribute NAME="phase" VALUE="apprentissage"/>
<attribute NAME="groupe" VALUE="moyen groupe"/>
<attribute NAME="situation" VALUE="distanciel synchrone"/>
<attribute NAME="p&#xe9;dagogie" VALUE="interrogative"/>
<attribute NAME="intention" VALUE="partager, synth&#xe9;tiser"/>
<attribute NAME="dur&#xe9;e" VALUE="1h"/>
<attribute NAME="module" VALUE="m2-cas-reels"/>
<attribute NAME="ressource" VALUE="outil de classe virtuelle"/>
<attribute NAME="phase suivante" VALUE="atelier-cas"/>
<node TEXT="questions-r&#xe9;ponses" ID="ID_phase_classe-virtuelle_1" CREATED="1796130156128" MODIFIED="1796130156128" COLOR="#000000">
<edge STYLE="bezier" COLOR="#009e73" WIDTH="2"/>
</node>
<node TEXT="d&#xe9;monstration comment&#xe9;e" ID="ID_phase_classe-virtuelle_2" CREATED="1796130156128" MODIFIED="1796130156128" COLOR="#000000">
<edge STYLE="bezier" COLOR="#009e73" WIDTH="2"/>
</node>
</node>
<node TEXT="Atelier en sous-groupes sur des bulletins anonymis&#xe9;s" POSITION="left" ID="ID_phase_atelier-cas" CREATED="1796130156128" MODIFIED="1796130156128" COLOR="#000000" BACKGROUND_COLOR="#fbeccc" STYLE="bubble">
<font NAME="SansSerif" SIZE="14" BOLD="true"/>
<edge STYLE="bezier" COLOR="#e69f00" WIDTH="4"/>
<attribute NAME="id" VALUE="atelier-cas"/>
<attribute NAME="phase" VALUE="r&#xe9;alisation"/>
<attribute NAME="groupe" VALUE="petit groupe"/>
<attribute NAME="situation" VALUE="distanciel synchrone"/>
<attribute NAME="p&#xe9;dagogie" VALUE="active"/>
<attribute NAME="intention" VALUE="partager"/>
<attribute NAME="dur&#xe9;e" VALUE="1h30"/>
<attribute NAME="module" VALUE="m2-cas-reels"/>
<attribute NAME="ressource" VALUE="salles de sous-groupes"/>
<attribute NAME="ressource" VALUE="bulletins anonymis&#xe9;s"/>
<attribute NAME="phase suivante" VALUE="evaluation-finale"/>
<node TEXT="&#xe9;tude de cas en &#xe9;quipe" ID="ID_phase_atelier-cas_1" CREATED="1796130156129" MODIFIED="1796130156129" COLOR="#000000">
<edge STYLE="bezier" COLOR="#e69f00" WIDTH="2"/>
</node>
<node TEXT="restitution" ID="ID_phase_atelier-cas_2" CREATED="1796130156129" MODIFIED="1796130156129" COLOR="#000000">
<edge STYLE="bezier" COLOR="#e69f00" WIDTH="2"/>
</node>
</node>
<node TEXT="Contr&#xf4;le d&apos;un bulletin et d&#xe9;claration mensuelle" POSITION="left" ID="ID_phase_evaluation-finale" CREATED="1796130156129" MODIFIED="1796130156129" COLOR="#000000" BACKGROUND_COLOR="#f8ddcb" STYLE="bubble">
<font NAME="SansSerif" SIZE="14" BOLD="true"/>
<edge STYLE="bezier" COLOR="#d55e00" WIDTH="4"/>
<attribute NAME="id" VALUE="evaluation-finale"/>
<attribute NAME="phase" VALUE="&#xe9;valuation"/>
<attribute NAME="groupe" VALUE="seul"/>
<attribute NAME="situation" VALUE="distanciel asynchrone"/>
<attribute NAME="p&#xe9;dagogie" VALUE="interrogative"/>
<attribute NAME="intention" VALUE="&#xe9;valuer"/>
<attribute NAME="dur&#xe9;e" VALUE="45min"/>
<attribute NAME="module" VALUE="m2-cas-reels"/>
<attribute NAME="ressource" VALUE="plateforme LMS"/>
<attribute NAME="rem&#xe9;diation" VALUE="classe-virtuelle"/>
<node TEXT="mise en situation not&#xe9;e" ID="ID_phase_evaluation-finale_1" CREATED="1796130156129" MODIFIED="1796130156129" COLOR="#000000">
<edge STYLE="bezier" COLOR="#d55e00" WIDTH="2"/>
</node>
<node TEXT="attestation de r&#xe9;ussite" ID="ID_phase_evaluation-finale_2" CREATED="1796130156129" MODIFIED="1796130156129" COLOR="#000000">
<edge STYLE="bezier" COLOR="#d55e00" WIDTH="2"/>
</node>
</node>
</node>
</map>
