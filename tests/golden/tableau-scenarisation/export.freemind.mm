<map version="freeplane 1.7.0">
  <!-- Pour voir ce fichier, ouvrez-le avec Freeplane (https://www.freeplane.org), FreeMind ou XMind (Fichier > Importer). Fait par scenario. -->
  <node TEXT="Accueillir et intégrer un nouveau collaborateur" FOLDED="false" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modalité" VALUE="spoc" />
    <attribute NAME="effectif" VALUE="18" />
    <attribute NAME="public" VALUE="tuteurs et managers de proximité, intra-entreprise" />
    <attribute NAME="objectif" VALUE="préparer l'arrivée d'un nouveau collaborateur" />
    <attribute NAME="objectif" VALUE="conduire l'entretien d'accueil" />
    <attribute NAME="objectif" VALUE="suivre la période d'essai" />
    <node TEXT="Vidéo d'accroche : le premier jour vu par l'arrivant" FOLDED="false" ID="ID_phase_video-d-accroche-le-premier-jour" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="video-d-accroche-le-premier-jour" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="durée" VALUE="15min" />
      <attribute NAME="module" VALUE="S1 - préparer" />
      <attribute NAME="ressource" VALUE="plateforme LMS" />
      <richcontent TYPE="NOTE">
        <html>
          <head />
          <body>
            <p>à tourner en interne</p>
          </body>
        </html>
      </richcontent>
      <node TEXT="vidéo témoignage" ID="ID_phase_video-d-accroche-le-premier-jour_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="quiz de positionnement" ID="ID_phase_video-d-accroche-le-premier-jour_2" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Les étapes d'un parcours d'intégration" FOLDED="false" ID="ID_phase_les-etapes-d-un-parcours-d" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="les-etapes-d-un-parcours-d" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="module" VALUE="S1 - préparer" />
      <attribute NAME="ressource" VALUE="plateforme LMS" />
      <attribute NAME="ressource" VALUE="livret d'accueil type" />
      <node TEXT="capsules vidéo" ID="ID_phase_les-etapes-d-un-parcours-d_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="questions intégrées" ID="ID_phase_les-etapes-d-un-parcours-d_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Construire le parcours de son futur arrivant" FOLDED="false" ID="ID_phase_construire-le-parcours-de-son" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="construire-le-parcours-de-son" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager, synthétiser" />
      <attribute NAME="durée" VALUE="1h30" />
      <attribute NAME="module" VALUE="S1 - préparer" />
      <attribute NAME="ressource" VALUE="outil de classe virtuelle" />
      <attribute NAME="ressource" VALUE="modèle de parcours" />
      <node TEXT="travail en sous-groupes" ID="ID_phase_construire-le-parcours-de-son_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="restitution" ID="ID_phase_construire-le-parcours-de-son_2" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Classe virtuelle : réussir l'entretien d'accueil" FOLDED="false" ID="ID_phase_classe-virtuelle-reussir-l" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="classe-virtuelle-reussir-l" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="moyen groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="1h" />
      <attribute NAME="module" VALUE="S2 - accueillir" />
      <attribute NAME="ressource" VALUE="outil de classe virtuelle" />
      <node TEXT="démonstration commentée" ID="ID_phase_classe-virtuelle-reussir-l_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="questions-réponses" ID="ID_phase_classe-virtuelle-reussir-l_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Jeu de rôle filmé de l'entretien d'accueil" FOLDED="false" ID="ID_phase_jeu-de-role-filme-de-l-entretien" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="jeu-de-role-filme-de-l-entretien" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager, évaluer" />
      <attribute NAME="durée" VALUE="1h" />
      <attribute NAME="module" VALUE="S2 - accueillir" />
      <attribute NAME="ressource" VALUE="salles de sous-groupes" />
      <attribute NAME="ressource" VALUE="grille d'observation" />
      <node TEXT="jeu de rôle en trinômes" ID="ID_phase_jeu-de-role-filme-de-l-entretien_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Plan d'intégration et quiz final" FOLDED="false" ID="ID_phase_plan-d-integration-et-quiz-final" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="plan-d-integration-et-quiz-final" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="évaluer, synthétiser" />
      <attribute NAME="durée" VALUE="40min" />
      <attribute NAME="module" VALUE="S2 - accueillir" />
      <attribute NAME="ressource" VALUE="plateforme LMS" />
      <node TEXT="plan d'intégration rédigé" ID="ID_phase_plan-d-integration-et-quiz-final_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="quiz noté" ID="ID_phase_plan-d-integration-et-quiz-final_2" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
