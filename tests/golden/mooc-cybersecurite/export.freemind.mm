<map version="freeplane 1.7.0">
  <!-- Pour voir ce fichier, ouvrez-le avec Freeplane (https://www.freeplane.org), FreeMind ou XMind (Fichier > Importer). Fait par scenario. -->
  <node TEXT="Les bons réflexes de cybersécurité au quotidien" FOLDED="false" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modalité" VALUE="mooc" />
    <attribute NAME="effectif" VALUE="5000" />
    <attribute NAME="public" VALUE="tout public, accès libre et gratuit" />
    <attribute NAME="objectif" VALUE="reconnaître un courriel d'hameçonnage" />
    <attribute NAME="objectif" VALUE="choisir et gérer des mots de passe robustes" />
    <attribute NAME="objectif" VALUE="réagir correctement à un incident de sécurité" />
    <node TEXT="Teaser, ce que les pirates savent de vous" FOLDED="false" ID="ID_phase_teaser" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="teaser" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="durée" VALUE="10min" />
      <attribute NAME="module" VALUE="semaine-1" />
      <attribute NAME="phase suivante" VALUE="videos-s1" />
      <node TEXT="vidéo teaser" ID="ID_phase_teaser_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Hameçonnage et mots de passe" FOLDED="false" ID="ID_phase_videos-s1" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="videos-s1" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="module" VALUE="semaine-1" />
      <attribute NAME="ressource" VALUE="plateforme MOOC" />
      <attribute NAME="phase suivante" VALUE="quiz-s1" />
      <node TEXT="quatre vidéos courtes" ID="ID_phase_videos-s1_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="fiches mémo" ID="ID_phase_videos-s1_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Quiz, repérer les pièges" FOLDED="false" ID="ID_phase_quiz-s1" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="quiz-s1" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="synthétiser, évaluer" />
      <attribute NAME="durée" VALUE="20min" />
      <attribute NAME="module" VALUE="semaine-1" />
      <attribute NAME="ressource" VALUE="plateforme MOOC" />
      <attribute NAME="phase suivante" VALUE="webinaire" />
      <node TEXT="quiz auto-corrigé" ID="ID_phase_quiz-s1_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Webinaire en direct avec un expert" FOLDED="false" ID="ID_phase_webinaire" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="webinaire" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="grand groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="partager, synthétiser" />
      <attribute NAME="durée" VALUE="1h" />
      <attribute NAME="module" VALUE="semaine-2" />
      <attribute NAME="ressource" VALUE="outil de webinaire" />
      <attribute NAME="phase suivante" VALUE="videos-s2" />
      <node TEXT="questions du chat" ID="ID_phase_webinaire_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="sondages" ID="ID_phase_webinaire_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Sauvegardes, mises à jour et incidents" FOLDED="false" ID="ID_phase_videos-s2" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="videos-s2" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="40min" />
      <attribute NAME="module" VALUE="semaine-2" />
      <attribute NAME="ressource" VALUE="plateforme MOOC" />
      <attribute NAME="phase suivante" VALUE="evaluation-pairs" />
      <node TEXT="vidéos" ID="ID_phase_videos-s2_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="infographie" ID="ID_phase_videos-s2_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Plan de réaction à un incident, évalué par les pairs" FOLDED="false" ID="ID_phase_evaluation-pairs" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="evaluation-pairs" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="1h" />
      <attribute NAME="module" VALUE="semaine-2" />
      <attribute NAME="ressource" VALUE="forum" />
      <attribute NAME="ressource" VALUE="outil d'évaluation par les pairs" />
      <attribute NAME="phase suivante" VALUE="examen" />
      <node TEXT="production écrite" ID="ID_phase_evaluation-pairs_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="évaluation par trois pairs" ID="ID_phase_evaluation-pairs_2" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Examen final pour le certificat" FOLDED="false" ID="ID_phase_examen" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="examen" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="évaluer" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="module" VALUE="semaine-2" />
      <attribute NAME="ressource" VALUE="plateforme MOOC" />
      <attribute NAME="remédiation" VALUE="videos-s2" />
      <node TEXT="questionnaire chronométré" ID="ID_phase_examen_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
