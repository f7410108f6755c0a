<?xml version="1.0" encoding="UTF-8"?>
<map version="1.0.1">
  <!-- To view this file, open it with Freeplane (https://www.freeplane.org), FreeMind or XMind (File > Import). Made by scenario. -->
  <node TEXT="Rédiger son CV et préparer un entretien d'embauche" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modality" VALUE="blended" />
    <attribute NAME="audience size" VALUE="8" />
    <attribute NAME="audience" VALUE="demandeurs d'emploi en reconversion" />
    <attribute NAME="objective" VALUE="rédiger un CV ciblé sur une offre d'emploi" />
    <attribute NAME="objective" VALUE="présenter son parcours en deux minutes" />
    <attribute NAME="objective" VALUE="répondre aux questions difficiles d'un recruteur" />
    <node TEXT="Atelier de lancement, ce que lit un recruteur" ID="ID_phase_atelier-lancement" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="atelier-lancement" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="group" VALUE="moyen groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pedagogy" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="duration" VALUE="1h" />
      <attribute NAME="resource" VALUE="salle" />
      <node TEXT="analyse de CV anonymes" ID="ID_phase_atelier-lancement_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Fiches et vidéos, les règles d'un CV ciblé" ID="ID_phase_ressources" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="ressources" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pedagogy" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="duration" VALUE="40min" />
      <attribute NAME="resource" VALUE="plateforme en ligne" />
      <node TEXT="fiches" ID="ID_phase_ressources_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="vidéos" ID="ID_phase_ressources_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Rédaction de son CV sur une offre réelle" ID="ID_phase_redaction" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="redaction" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pedagogy" VALUE="active" />
      <attribute NAME="intention" VALUE="synthétiser" />
      <attribute NAME="duration" VALUE="1h" />
      <attribute NAME="resource" VALUE="modèle de CV" />
      <attribute NAME="resource" VALUE="offres d'emploi" />
      <node TEXT="rédaction guidée" ID="ID_phase_redaction_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Rendez-vous individuel avec le tuteur" ID="ID_phase_rendez-vous-tuteur" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="rendez-vous-tuteur" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pedagogy" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="partager, évaluer" />
      <attribute NAME="duration" VALUE="30min" />
      <attribute NAME="resource" VALUE="outil de visioconférence" />
      <node TEXT="relecture commentée du CV" ID="ID_phase_rendez-vous-tuteur_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Simulation d'entretien devant un recruteur" ID="ID_phase_simulation" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="simulation" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="group" VALUE="seul" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pedagogy" VALUE="active" />
      <attribute NAME="intention" VALUE="évaluer" />
      <attribute NAME="duration" VALUE="45min" />
      <attribute NAME="resource" VALUE="salle" />
      <attribute NAME="resource" VALUE="grille d'évaluation" />
      <node TEXT="simulation d'entretien" ID="ID_phase_simulation_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="retour à chaud" ID="ID_phase_simulation_2" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
