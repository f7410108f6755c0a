<map version="freeplane 1.7.0">
  <!-- Pour voir ce fichier, ouvrez-le avec Freeplane (https://www.freeplane.org), FreeMind ou XMind (Fichier > Importer). Fait par scenario. -->
  <node TEXT="Animer une réunion efficace" FOLDED="false" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modalité" VALUE="présentiel" />
    <attribute NAME="effectif" VALUE="10" />
    <attribute NAME="public" VALUE="managers de proximité, inter-entreprises" />
    <attribute NAME="objectif" VALUE="préparer une réunion avec un ordre du jour et un objectif clairs" />
    <attribute NAME="objectif" VALUE="faire participer chacun et gérer le temps" />
    <attribute NAME="objectif" VALUE="conclure par des décisions et un relevé d'actions" />
    <node TEXT="Nos pires réunions, tour de table" FOLDED="false" ID="ID_phase_brise-glace" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="brise-glace" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="groupe" VALUE="moyen groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="durée" VALUE="30min" />
      <attribute NAME="ressource" VALUE="paperboard" />
      <node TEXT="tour de table" ID="ID_phase_brise-glace_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="nuage de mots" ID="ID_phase_brise-glace_2" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Les trois temps d'une réunion" FOLDED="false" ID="ID_phase_apports" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="apports" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="grand groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="ressource" VALUE="vidéoprojecteur" />
      <attribute NAME="ressource" VALUE="support de cours" />
      <node TEXT="exposé illustré" ID="ID_phase_apports_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Analyse d'une réunion filmée" FOLDED="false" ID="ID_phase_demonstration" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="demonstration" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="moyen groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="synthétiser" />
      <attribute NAME="durée" VALUE="30min" />
      <attribute NAME="ressource" VALUE="vidéo de réunion" />
      <node TEXT="visionnage commenté" ID="ID_phase_demonstration_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="questions" ID="ID_phase_demonstration_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Jeu de rôle, animer une réunion difficile" FOLDED="false" ID="ID_phase_jeu-de-role" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="jeu-de-role" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="1h30" />
      <attribute NAME="ressource" VALUE="cartes de rôles" />
      <attribute NAME="ressource" VALUE="grille d'observation" />
      <node TEXT="jeu de rôle filmé" ID="ID_phase_jeu-de-role_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="observateurs" ID="ID_phase_jeu-de-role_2" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Débriefing collectif des jeux de rôle" FOLDED="false" ID="ID_phase_debriefing" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="debriefing" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="moyen groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="synthétiser, partager" />
      <attribute NAME="durée" VALUE="45min" />
      <node TEXT="retours des observateurs" ID="ID_phase_debriefing_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="fiche de bonnes pratiques" ID="ID_phase_debriefing_2" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Cas final et plan d'action personnel" FOLDED="false" ID="ID_phase_evaluation" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="evaluation" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="évaluer" />
      <attribute NAME="durée" VALUE="30min" />
      <attribute NAME="ressource" VALUE="questionnaire d'évaluation" />
      <node TEXT="étude de cas individuelle" ID="ID_phase_evaluation_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="plan d'action" ID="ID_phase_evaluation_2" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
