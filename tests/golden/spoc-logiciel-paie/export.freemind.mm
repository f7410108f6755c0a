<map version="freeplane 1.7.0">
  <!-- Pour voir ce fichier, ouvrez-le avec Freeplane (https://www.freeplane.org), FreeMind ou XMind (Fichier > Importer). Fait par scenario. -->
  <node TEXT="Prendre en main le nouveau logiciel de paie" FOLDED="false" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modalité" VALUE="spoc" />
    <attribute NAME="effectif" VALUE="24" />
    <attribute NAME="public" VALUE="gestionnaires de paie, intra-entreprise, pendant le temps de travail" />
    <attribute NAME="objectif" VALUE="saisir les éléments variables du mois dans le nouveau logiciel" />
    <attribute NAME="objectif" VALUE="contrôler un bulletin de paie et corriger une anomalie" />
    <attribute NAME="objectif" VALUE="produire les déclarations mensuelles sans aide" />
    <node TEXT="Pourquoi changer d'outil ? Vidéo d'accroche et quiz de positionnement" FOLDED="false" ID="ID_phase_accroche" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="accroche" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="durée" VALUE="20min" />
      <attribute NAME="module" VALUE="m1-prise-en-main" />
      <attribute NAME="ressource" VALUE="plateforme LMS" />
      <attribute NAME="phase suivante" VALUE="interface" />
      <node TEXT="vidéo d'accroche" ID="ID_phase_accroche_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="quiz de positionnement" ID="ID_phase_accroche_2" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Les écrans du logiciel pas à pas" FOLDED="false" ID="ID_phase_interface" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="interface" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="module" VALUE="m1-prise-en-main" />
      <attribute NAME="ressource" VALUE="plateforme LMS" />
      <attribute NAME="ressource" VALUE="environnement de formation du logiciel" />
      <attribute NAME="phase suivante" VALUE="exercice-guide" />
      <node TEXT="capsules vidéo" ID="ID_phase_interface_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="questions intégrées" ID="ID_phase_interface_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Saisir les variables d'un mois fictif" FOLDED="false" ID="ID_phase_exercice-guide" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="exercice-guide" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="synthétiser, évaluer" />
      <attribute NAME="durée" VALUE="40min" />
      <attribute NAME="module" VALUE="m1-prise-en-main" />
      <attribute NAME="ressource" VALUE="environnement de formation du logiciel" />
      <attribute NAME="remédiation" VALUE="interface" />
      <attribute NAME="phase suivante" VALUE="classe-virtuelle" />
      <node TEXT="exercice guidé corrigé automatiquement" ID="ID_phase_exercice-guide_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Classe virtuelle, les cas particuliers" FOLDED="false" ID="ID_phase_classe-virtuelle" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="classe-virtuelle" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="moyen groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="partager, synthétiser" />
      <attribute NAME="durée" VALUE="1h" />
      <attribute NAME="module" VALUE="m2-cas-reels" />
      <attribute NAME="ressource" VALUE="outil de classe virtuelle" />
      <attribute NAME="phase suivante" VALUE="atelier-cas" />
      <node TEXT="questions-réponses" ID="ID_phase_classe-virtuelle_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="démonstration commentée" ID="ID_phase_classe-virtuelle_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Atelier en sous-groupes sur des bulletins anonymisés" FOLDED="false" ID="ID_phase_atelier-cas" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="atelier-cas" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="1h30" />
      <attribute NAME="module" VALUE="m2-cas-reels" />
      <attribute NAME="ressource" VALUE="salles de sous-groupes" />
      <attribute NAME="ressource" VALUE="bulletins anonymisés" />
      <attribute NAME="phase suivante" VALUE="evaluation-finale" />
      <node TEXT="étude de cas en équipe" ID="ID_phase_atelier-cas_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="restitution" ID="ID_phase_atelier-cas_2" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Contrôle d'un bulletin et déclaration mensuelle" FOLDED="false" ID="ID_phase_evaluation-finale" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="evaluation-finale" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="évaluer" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="module" VALUE="m2-cas-reels" />
      <attribute NAME="ressource" VALUE="plateforme LMS" />
      <attribute NAME="remédiation" VALUE="classe-virtuelle" />
      <node TEXT="mise en situation notée" ID="ID_phase_evaluation-finale_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="attestation de réussite" ID="ID_phase_evaluation-finale_2" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
