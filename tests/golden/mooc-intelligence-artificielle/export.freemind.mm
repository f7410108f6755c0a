<map version="freeplane 1.7.0">
  <!-- Pour voir ce fichier, ouvrez-le avec Freeplane (https://www.freeplane.org), FreeMind ou XMind (Fichier > Importer). Fait par scenario. -->
  <node TEXT="Comprendre l'intelligence artificielle au travail" FOLDED="false" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modalité" VALUE="mooc" />
    <attribute NAME="effectif" VALUE="3000" />
    <attribute NAME="public" VALUE="tout public, accès libre" />
    <attribute NAME="objectif" VALUE="expliquer ce qu'un modèle d'apprentissage automatique sait faire et ne sait pas faire" />
    <attribute NAME="objectif" VALUE="repérer un usage de l'IA dans son métier et ses limites" />
    <node TEXT="Bande-annonce, l'IA au quotidien" FOLDED="false" ID="ID_phase_teaser" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="teaser" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="durée" VALUE="10min" />
      <attribute NAME="phase suivante" VALUE="videos" />
      <node TEXT="vidéo" ID="ID_phase_teaser_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Vidéos de cours, données et modèles" FOLDED="false" ID="ID_phase_videos" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="videos" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="40min" />
      <attribute NAME="phase suivante" VALUE="live-questions" />
      <node TEXT="vidéos" ID="ID_phase_videos_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="lectures" ID="ID_phase_videos_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Séance de questions en direct avec l'équipe pédagogique" FOLDED="false" ID="ID_phase_live-questions" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="live-questions" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="grand groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="facultatif" VALUE="oui" />
      <attribute NAME="phase suivante" VALUE="quiz" />
      <node TEXT="questions-réponses" ID="ID_phase_live-questions_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Quiz d'auto-évaluation" FOLDED="false" ID="ID_phase_quiz" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="quiz" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="synthétiser, évaluer" />
      <attribute NAME="durée" VALUE="15min" />
      <attribute NAME="remédiation" VALUE="approfondissement" />
      <attribute NAME="phase suivante" VALUE="projet" />
      <node TEXT="quiz" ID="ID_phase_quiz_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Lectures d'approfondissement" FOLDED="false" ID="ID_phase_approfondissement" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="approfondissement" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="30min" />
      <node TEXT="articles commentés" ID="ID_phase_approfondissement_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Projet en équipe, un cas d'usage dans son métier" FOLDED="false" ID="ID_phase_projet" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="projet" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="1h" />
      <attribute NAME="phase suivante" VALUE="examen" />
      <node TEXT="forum d'équipe" ID="ID_phase_projet_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="production commune" ID="ID_phase_projet_2" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Examen final" FOLDED="false" ID="ID_phase_examen" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="examen" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="évaluer" />
      <attribute NAME="durée" VALUE="30min" />
      <node TEXT="questionnaire" ID="ID_phase_examen_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
