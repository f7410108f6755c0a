<?xml version="1.0" encoding="UTF-8"?>
<map version="1.0.1">
  <!-- To view this file, open it with Freeplane (https://www.freeplane.org), FreeMind or XMind (File > Import). Made by scenario. -->
  <node TEXT="Les bons réflexes de cybersécurité au quotidien" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modality" VALUE="mooc" />
    <attribute NAME="audience size" VALUE="5000" />
    <attribute NAME="audience" VALUE="tout public, accès libre et gratuit" />
    <attribute NAME="objective" VALUE="reconnaître un courriel d'hameçonnage" />
    <attribute NAME="objective" VALUE="choisir et gérer des mots de passe robustes" />
    <attribute NAME="objective" VALUE="réagir correctement à un incident de sécurité" />
    <node TEXT="Teaser, ce que les pirates savent de vous" ID="ID_phase_teaser" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="teaser" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pedagogy" VALUE="expositive" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="duration" VALUE="10min" />
      <attribute NAME="module" VALUE="semaine-1" />
      <node TEXT="vidéo teaser" ID="ID_phase_teaser_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Hameçonnage et mots de passe" ID="ID_phase_videos-s1" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="videos-s1" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pedagogy" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="duration" VALUE="45min" />
      <attribute NAME="module" VALUE="semaine-1" />
      <attribute NAME="resource" VALUE="plateforme MOOC" />
      <node TEXT="quatre vidéos courtes" ID="ID_phase_videos-s1_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="fiches mémo" ID="ID_phase_videos-s1_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Quiz, repérer les pièges" ID="ID_phase_quiz-s1" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="quiz-s1" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pedagogy" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="synthétiser, évaluer" />
      <attribute NAME="duration" VALUE="20min" />
      <attribute NAME="module" VALUE="semaine-1" />
      <attribute NAME="resource" VALUE="plateforme MOOC" />
      <node TEXT="quiz auto-corrigé" ID="ID_phase_quiz-s1_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Webinaire en direct avec un expert" ID="ID_phase_webinaire" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="webinaire" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="group" VALUE="grand groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pedagogy" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="partager, synthétiser" />
      <attribute NAME="duration" VALUE="1h" />
      <attribute NAME="module" VALUE="semaine-2" />
      <attribute NAME="resource" VALUE="outil de webinaire" />
      <node TEXT="questions du chat" ID="ID_phase_webinaire_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="sondages" ID="ID_phase_webinaire_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Sauvegardes, mises à jour et incidents" ID="ID_phase_videos-s2" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="videos-s2" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pedagogy" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="duration" VALUE="40min" />
      <attribute NAME="module" VALUE="semaine-2" />
      <attribute NAME="resource" VALUE="plateforme MOOC" />
      <node TEXT="vidéos" ID="ID_phase_videos-s2_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="infographie" ID="ID_phase_videos-s2_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Plan de réaction à un incident, évalué par les pairs" ID="ID_phase_evaluation-pairs" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="evaluation-pairs" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="group" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pedagogy" VALUE="active" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="duration" VALUE="1h" />
      <attribute NAME="module" VALUE="semaine-2" />
      <attribute NAME="resource" VALUE="forum" />
      <attribute NAME="resource" VALUE="outil d'évaluation par les pairs" />
      <node TEXT="production écrite" ID="ID_phase_evaluation-pairs_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="évaluation par trois pairs" ID="ID_phase_evaluation-pairs_2" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Examen final pour le certificat" ID="ID_phase_examen" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="examen" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pedagogy" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="évaluer" />
      <attribute NAME="duration" VALUE="45min" />
      <attribute NAME="module" VALUE="semaine-2" />
      <attribute NAME="resource" VALUE="plateforme MOOC" />
      <attribute NAME="remediation" VALUE="videos-s2" />
      <node TEXT="questionnaire chronométré" ID="ID_phase_examen_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
