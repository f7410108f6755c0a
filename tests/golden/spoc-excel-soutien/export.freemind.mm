<map version="freeplane 1.7.0">
  <!-- Pour voir ce fichier, ouvrez-le avec Freeplane (https://www.freeplane.org), FreeMind ou XMind (Fichier > Importer). Fait par scenario. -->
  <node TEXT="Maîtriser les formules avancées d'Excel" FOLDED="false" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modalité" VALUE="spoc" />
    <attribute NAME="effectif" VALUE="20" />
    <attribute NAME="public" VALUE="assistants de gestion, intra-entreprise" />
    <attribute NAME="objectif" VALUE="écrire une formule de recherche (RECHERCHEX) sur une base réelle" />
    <attribute NAME="objectif" VALUE="imbriquer des conditions pour automatiser un tableau de suivi" />
    <attribute NAME="objectif" VALUE="repérer et corriger une formule fausse" />
    <node TEXT="Trois tableaux qui se remplissent seuls" FOLDED="false" ID="ID_phase_accroche" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="accroche" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="durée" VALUE="15min" />
      <attribute NAME="ressource" VALUE="plateforme LMS" />
      <attribute NAME="phase suivante" VALUE="tutoriels" />
      <node TEXT="vidéo d'accroche" ID="ID_phase_accroche_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Recherches et conditions pas à pas" FOLDED="false" ID="ID_phase_tutoriels" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="tutoriels" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="ressource" VALUE="plateforme LMS" />
      <attribute NAME="ressource" VALUE="classeur d'exercices" />
      <attribute NAME="phase suivante" VALUE="quiz-formules" />
      <node TEXT="tutoriels vidéo" ID="ID_phase_tutoriels_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="questions intégrées" ID="ID_phase_tutoriels_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Quiz de formules corrigé automatiquement" FOLDED="false" ID="ID_phase_quiz-formules" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="quiz-formules" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="synthétiser, évaluer" />
      <attribute NAME="durée" VALUE="20min" />
      <attribute NAME="ressource" VALUE="plateforme LMS" />
      <attribute NAME="phase suivante" VALUE="atelier" />
      <attribute NAME="remédiation" VALUE="soutien" />
      <node TEXT="quiz" ID="ID_phase_quiz-formules_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Rendez-vous individuel avec le tuteur" FOLDED="false" ID="ID_phase_soutien" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="soutien" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="30min" />
      <attribute NAME="ressource" VALUE="outil de visioconférence" />
      <attribute NAME="ressource" VALUE="partage d'écran" />
      <attribute NAME="phase suivante" VALUE="quiz-formules" />
      <node TEXT="reprise des erreurs du quiz" ID="ID_phase_soutien_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Atelier en sous-groupes, automatiser un tableau de suivi" FOLDED="false" ID="ID_phase_atelier" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="atelier" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="1h30" />
      <attribute NAME="ressource" VALUE="outil de classe virtuelle" />
      <attribute NAME="ressource" VALUE="salles de sous-groupes" />
      <attribute NAME="phase suivante" VALUE="evaluation" />
      <node TEXT="étude de cas en équipe" ID="ID_phase_atelier_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Cas final noté" FOLDED="false" ID="ID_phase_evaluation" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="evaluation" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="évaluer" />
      <attribute NAME="durée" VALUE="30min" />
      <attribute NAME="ressource" VALUE="plateforme LMS" />
      <node TEXT="cas pratique noté" ID="ID_phase_evaluation_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
