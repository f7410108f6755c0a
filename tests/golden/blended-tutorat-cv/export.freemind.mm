<map version="freeplane 1.7.0">
  <!-- Pour voir ce fichier, ouvrez-le avec Freeplane (https://www.freeplane.org), FreeMind ou XMind (Fichier > Importer). Fait par scenario. -->
  <node TEXT="Rédiger son CV et préparer un entretien d'embauche" FOLDED="false" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modalité" VALUE="blended" />
    <attribute NAME="effectif" VALUE="8" />
    <attribute NAME="public" VALUE="demandeurs d'emploi en reconversion" />
    <attribute NAME="objectif" VALUE="rédiger un CV ciblé sur une offre d'emploi" />
    <attribute NAME="objectif" VALUE="présenter son parcours en deux minutes" />
    <attribute NAME="objectif" VALUE="répondre aux questions difficiles d'un recruteur" />
    <node TEXT="Atelier de lancement, ce que lit un recruteur" FOLDED="false" ID="ID_phase_atelier-lancement" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="atelier-lancement" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="groupe" VALUE="moyen groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="durée" VALUE="1h" />
      <attribute NAME="ressource" VALUE="salle" />
      <node TEXT="analyse de CV anonymes" ID="ID_phase_atelier-lancement_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Fiches et vidéos, les règles d'un CV ciblé" FOLDED="false" ID="ID_phase_ressources" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="ressources" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="40min" />
      <attribute NAME="ressource" VALUE="plateforme en ligne" />
      <node TEXT="fiches" ID="ID_phase_ressources_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="vidéos" ID="ID_phase_ressources_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Rédaction de son CV sur une offre réelle" FOLDED="false" ID="ID_phase_redaction" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="redaction" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="synthétiser" />
      <attribute NAME="durée" VALUE="1h" />
      <attribute NAME="ressource" VALUE="modèle de CV" />
      <attribute NAME="ressource" VALUE="offres d'emploi" />
      <node TEXT="rédaction guidée" ID="ID_phase_redaction_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Rendez-vous individuel avec le tuteur" FOLDED="false" ID="ID_phase_rendez-vous-tuteur" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="rendez-vous-tuteur" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="partager, évaluer" />
      <attribute NAME="durée" VALUE="30min" />
      <attribute NAME="ressource" VALUE="outil de visioconférence" />
      <node TEXT="relecture commentée du CV" ID="ID_phase_rendez-vous-tuteur_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Simulation d'entretien devant un recruteur" FOLDED="false" ID="ID_phase_simulation" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="simulation" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="évaluer" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="ressource" VALUE="salle" />
      <attribute NAME="ressource" VALUE="grille d'évaluation" />
      <node TEXT="simulation d'entretien" ID="ID_phase_simulation_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="retour à chaud" ID="ID_phase_simulation_2" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
