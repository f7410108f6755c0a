<map version="freeplane 1.7.0">
  <!-- Pour voir ce fichier, ouvrez-le avec Freeplane (https://www.freeplane.org), FreeMind ou XMind (Fichier > Importer). Fait par scenario. -->
  <node TEXT="Conduire l'entretien annuel d'évaluation" FOLDED="false" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modalité" VALUE="pédagogie inversée" />
    <attribute NAME="effectif" VALUE="12" />
    <attribute NAME="public" VALUE="managers de proximité, intra-entreprise" />
    <attribute NAME="objectif" VALUE="préparer un entretien annuel à partir du bilan de l'année" />
    <attribute NAME="objectif" VALUE="formuler des objectifs mesurables avec le collaborateur" />
    <attribute NAME="objectif" VALUE="conduire la partie difficile d'un entretien sans le bloquer" />
    <node TEXT="Classe virtuelle de lancement et brise-glace" FOLDED="false" ID="ID_phase_lancement" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="lancement" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="groupe" VALUE="grand groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="durée" VALUE="30min" />
      <attribute NAME="ressource" VALUE="outil de classe virtuelle" />
      <node TEXT="tour de table" ID="ID_phase_lancement_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="brise-glace" ID="ID_phase_lancement_2" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Les étapes de l'entretien en capsules vidéo" FOLDED="false" ID="ID_phase_capsules" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="capsules" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="40min" />
      <attribute NAME="ressource" VALUE="plateforme e-learning" />
      <node TEXT="capsules vidéo" ID="ID_phase_capsules_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Forum de questions avant l'atelier" FOLDED="false" ID="ID_phase_forum" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="forum" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="grand groupe" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="20min" />
      <attribute NAME="ressource" VALUE="plateforme e-learning" />
      <attribute NAME="facultatif" VALUE="oui" />
      <node TEXT="forum" ID="ID_phase_forum_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Quiz de préparation et grille d'entretien à remplir" FOLDED="false" ID="ID_phase_quiz-preparation" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="quiz-preparation" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="synthétiser" />
      <attribute NAME="durée" VALUE="15min" />
      <attribute NAME="ressource" VALUE="plateforme e-learning" />
      <node TEXT="quiz" ID="ID_phase_quiz-preparation_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="grille à compléter" ID="ID_phase_quiz-preparation_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Jeux de rôle en trinômes avec le formateur" FOLDED="false" ID="ID_phase_jeux-de-role" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="jeux-de-role" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="2h" />
      <attribute NAME="ressource" VALUE="salle" />
      <attribute NAME="ressource" VALUE="caméra" />
      <node TEXT="jeux de rôle" ID="ID_phase_jeux-de-role_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Débriefing collectif et fiche de bonnes pratiques" FOLDED="false" ID="ID_phase_debriefing" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="debriefing" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="moyen groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="partager, synthétiser" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="ressource" VALUE="salle" />
      <attribute NAME="ressource" VALUE="tableau blanc" />
      <node TEXT="débriefing" ID="ID_phase_debriefing_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="fiche de synthèse" ID="ID_phase_debriefing_2" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Mise en situation filmée et grille d'observation" FOLDED="false" ID="ID_phase_evaluation" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="evaluation" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="évaluer" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="ressource" VALUE="salle" />
      <attribute NAME="ressource" VALUE="caméra" />
      <attribute NAME="ressource" VALUE="grille d'observation" />
      <node TEXT="mise en situation filmée" ID="ID_phase_evaluation_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
