<map version="freeplane 1.7.0">
  <!-- Pour voir ce fichier, ouvrez-le avec Freeplane (https://www.freeplane.org), FreeMind ou XMind (Fichier > Importer). Fait par scenario. -->
  <node TEXT="Concevoir et animer sa propre formation blended" FOLDED="false" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modalité" VALUE="pédagogie inversée" />
    <attribute NAME="effectif" VALUE="12" />
    <attribute NAME="public" VALUE="experts métier, formateurs occasionnels internes d'un groupe industriel" />
    <attribute NAME="objectif" VALUE="rédiger le cahier des charges d'une formation à partir d'un besoin identifié" />
    <attribute NAME="objectif" VALUE="formuler des objectifs pédagogiques et choisir les contenus" />
    <attribute NAME="objectif" VALUE="choisir des méthodes et outils adaptés et produire les ressources" />
    <attribute NAME="objectif" VALUE="tester un prototype de formation et l'ajuster avant le déploiement" />
    <node TEXT="Les bases de l'ingénierie pédagogique" FOLDED="false" ID="ID_phase_cadrage-elearning" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="cadrage-elearning" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="interpeller, transmettre" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="module" VALUE="1-cadrer" />
      <attribute NAME="ressource" VALUE="plateforme e-learning" />
      <node TEXT="module e-learning" ID="ID_phase_cadrage-elearning_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="lecture thématique" ID="ID_phase_cadrage-elearning_2" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Rédiger le cahier des charges de sa formation" FOLDED="false" ID="ID_phase_cadrage-atelier" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="cadrage-atelier" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="3h" />
      <attribute NAME="module" VALUE="1-cadrer" />
      <attribute NAME="ressource" VALUE="salle de formation" />
      <attribute NAME="ressource" VALUE="modèle de cahier des charges" />
      <node TEXT="atelier accompagné" ID="ID_phase_cadrage-atelier_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="relecture croisée" ID="ID_phase_cadrage-atelier_2" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Formuler des objectifs pédagogiques" FOLDED="false" ID="ID_phase_objectifs-elearning" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="objectifs-elearning" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="40min" />
      <attribute NAME="module" VALUE="2-objectifs-contenus" />
      <attribute NAME="ressource" VALUE="plateforme e-learning" />
      <node TEXT="capsules vidéo" ID="ID_phase_objectifs-elearning_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="quiz d'auto-positionnement" ID="ID_phase_objectifs-elearning_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Écrire ses objectifs et choisir ses contenus" FOLDED="false" ID="ID_phase_objectifs-classe-virtuelle" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="objectifs-classe-virtuelle" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager, synthétiser" />
      <attribute NAME="durée" VALUE="1h30" />
      <attribute NAME="module" VALUE="2-objectifs-contenus" />
      <attribute NAME="ressource" VALUE="outil de classe virtuelle" />
      <node TEXT="travail en sous-groupes" ID="ID_phase_objectifs-classe-virtuelle_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="retours de l'intervenant" ID="ID_phase_objectifs-classe-virtuelle_2" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Méthodes, outils et ressources de formation" FOLDED="false" ID="ID_phase_methodes-elearning" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="methodes-elearning" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="module" VALUE="3-methodes-ressources" />
      <attribute NAME="ressource" VALUE="plateforme e-learning" />
      <node TEXT="module e-learning" ID="ID_phase_methodes-elearning_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="exemples commentés" ID="ID_phase_methodes-elearning_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Produire les ressources de sa formation" FOLDED="false" ID="ID_phase_ressources-atelier" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="ressources-atelier" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="moyen groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="synthétiser" />
      <attribute NAME="durée" VALUE="3h" />
      <attribute NAME="module" VALUE="3-methodes-ressources" />
      <attribute NAME="ressource" VALUE="salle de formation" />
      <attribute NAME="ressource" VALUE="ordinateurs" />
      <node TEXT="production accompagnée" ID="ID_phase_ressources-atelier_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Tester le prototype auprès des pairs" FOLDED="false" ID="ID_phase_test-prototype" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="test-prototype" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="2h" />
      <attribute NAME="module" VALUE="4-tester" />
      <attribute NAME="ressource" VALUE="salle de formation" />
      <node TEXT="animation d'une séquence test" ID="ID_phase_test-prototype_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="retours des pairs" ID="ID_phase_test-prototype_2" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Bilan et plan d'ajustement avant déploiement" FOLDED="false" ID="ID_phase_bilan" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="bilan" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="groupe" VALUE="moyen groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="évaluer, synthétiser" />
      <attribute NAME="durée" VALUE="1h" />
      <attribute NAME="module" VALUE="4-tester" />
      <attribute NAME="ressource" VALUE="salle de formation" />
      <node TEXT="grille d'évaluation du prototype" ID="ID_phase_bilan_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="plan d'action" ID="ID_phase_bilan_2" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
