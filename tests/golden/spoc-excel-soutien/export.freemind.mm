<?xml version="1.0" encoding="UTF-8"?>
<map version="1.0.1">
  <!-- To view this file, open it with Freeplane (https://www.freeplane.org), FreeMind or XMind (File > Import). Made by scenario. -->
  <node TEXT="Maîtriser les formules avancées d'Excel" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modality" VALUE="spoc" />
    <attribute NAME="audience size" VALUE="20" />
    <attribute NAME="audience" VALUE="assistants de gestion, intra-entreprise" />
    <attribute NAME="objective" VALUE="écrire une formule de recherche (RECHERCHEX) sur une base réelle" />
    <attribute NAME="objective" VALUE="imbriquer des conditions pour automatiser un tableau de suivi" />
    <attribute NAME="objective" VALUE="repérer et corriger une formule fausse" />
    <node TEXT="Trois tableaux qui se remplissent seuls" ID="ID_phase_accroche" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="accroche" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pedagogy" VALUE="expositive" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="duration" VALUE="15min" />
      <attribute NAME="resource" VALUE="plateforme LMS" />
      <attribute NAME="next" VALUE="tutoriels" />
      <node TEXT="vidéo d'accroche" ID="ID_phase_accroche_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Recherches et conditions pas à pas" ID="ID_phase_tutoriels" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="tutoriels" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pedagogy" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="duration" VALUE="45min" />
      <attribute NAME="resource" VALUE="plateforme LMS" />
      <attribute NAME="resource" VALUE="classeur d'exercices" />
      <attribute NAME="next" VALUE="quiz-formules" />
      <node TEXT="tutoriels vidéo" ID="ID_phase_tutoriels_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="questions intégrées" ID="ID_phase_tutoriels_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Rendez-vous individuel avec le tuteur" ID="ID_phase_soutien" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="soutien" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pedagogy" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="duration" VALUE="30min" />
      <attribute NAME="resource" VALUE="outil de visioconférence" />
      <attribute NAME="resource" VALUE="partage d'écran" />
      <attribute NAME="next" VALUE="quiz-formules" />
      <node TEXT="reprise des erreurs du quiz" ID="ID_phase_soutien_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Quiz de formules corrigé automatiquement" ID="ID_phase_quiz-formules" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="quiz-formules" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pedagogy" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="synthétiser, évaluer" />
      <attribute NAME="duration" VALUE="20min" />
      <attribute NAME="resource" VALUE="plateforme LMS" />
      <attribute NAME="next" VALUE="atelier" />
      <attribute NAME="remediation" VALUE="soutien" />
      <node TEXT="quiz" ID="ID_phase_quiz-formules_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Atelier en sous-groupes, automatiser un tableau de suivi" ID="ID_phase_atelier" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="atelier" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="group" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pedagogy" VALUE="active" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="duration" VALUE="1h30" />
      <attribute NAME="resource" VALUE="outil de classe virtuelle" />
      <attribute NAME="resource" VALUE="salles de sous-groupes" />
      <attribute NAME="next" VALUE="evaluation" />
      <node TEXT="étude de cas en équipe" ID="ID_phase_atelier_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Cas final noté" ID="ID_phase_evaluation" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="evaluation" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pedagogy" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="évaluer" />
      <attribute NAME="duration" VALUE="30min" />
      <attribute NAME="resource" VALUE="plateforme LMS" />
      <node TEXT="cas pratique noté" ID="ID_phase_evaluation_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
