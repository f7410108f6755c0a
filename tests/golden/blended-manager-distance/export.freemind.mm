<map version="freeplane 1.7.0">
  <!-- Pour voir ce fichier, ouvrez-le avec Freeplane (https://www.freeplane.org), FreeMind ou XMind (Fichier > Importer). Fait par scenario. -->
  <node TEXT="Manager une équipe à distance" FOLDED="false" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modalité" VALUE="blended" />
    <attribute NAME="effectif" VALUE="16" />
    <attribute NAME="public" VALUE="managers d'équipes en télétravail partiel" />
    <attribute NAME="objectif" VALUE="organiser le travail et les rituels d'une équipe à distance" />
    <attribute NAME="objectif" VALUE="conduire un entretien individuel en visioconférence" />
    <attribute NAME="objectif" VALUE="repérer les signes d'isolement et y répondre" />
    <node TEXT="Journée de lancement, ce qui change à distance" FOLDED="false" ID="ID_phase_lancement" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="lancement" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="groupe" VALUE="grand groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="durée" VALUE="1h" />
      <attribute NAME="module" VALUE="lancement" />
      <attribute NAME="ressource" VALUE="salle de formation" />
      <attribute NAME="phase suivante" VALUE="parcours-en-ligne" />
      <node TEXT="témoignages" ID="ID_phase_lancement_1" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="photolangage" ID="ID_phase_lancement_2" COLOR="#000000">
        <edge COLOR="#0072B2" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Les rituels d'une équipe à distance" FOLDED="false" ID="ID_phase_parcours-en-ligne" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="parcours-en-ligne" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="50min" />
      <attribute NAME="module" VALUE="en-ligne" />
      <attribute NAME="ressource" VALUE="plateforme LMS" />
      <attribute NAME="phase suivante" VALUE="classe-virtuelle" />
      <node TEXT="modules e-learning" ID="ID_phase_parcours-en-ligne_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="fiches outils" ID="ID_phase_parcours-en-ligne_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Classe virtuelle, retours d'expérience" FOLDED="false" ID="ID_phase_classe-virtuelle" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="classe-virtuelle" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="moyen groupe" />
      <attribute NAME="situation" VALUE="distanciel synchrone" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="1h" />
      <attribute NAME="module" VALUE="en-ligne" />
      <attribute NAME="ressource" VALUE="outil de classe virtuelle" />
      <attribute NAME="phase suivante" VALUE="mise-en-situation" />
      <attribute NAME="phase suivante" VALUE="projet-terrain" />
      <node TEXT="partage de pratiques" ID="ID_phase_classe-virtuelle_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="questions" ID="ID_phase_classe-virtuelle_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Entretien individuel à distance, jeu de rôle" FOLDED="false" ID="ID_phase_mise-en-situation" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="mise-en-situation" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="2h" />
      <attribute NAME="module" VALUE="pratique" />
      <attribute NAME="ressource" VALUE="salle de formation" />
      <attribute NAME="ressource" VALUE="ordinateurs portables" />
      <attribute NAME="phase suivante" VALUE="bilan" />
      <node TEXT="jeux de rôle en trinômes" ID="ID_phase_mise-en-situation_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Projet terrain, un rituel testé avec son équipe" FOLDED="false" ID="ID_phase_projet-terrain" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="projet-terrain" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="distanciel asynchrone" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="synthétiser" />
      <attribute NAME="durée" VALUE="45min" />
      <attribute NAME="module" VALUE="pratique" />
      <attribute NAME="ressource" VALUE="modèle de compte rendu" />
      <attribute NAME="phase suivante" VALUE="bilan" />
      <node TEXT="mise en œuvre d'un rituel" ID="ID_phase_projet-terrain_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="compte rendu" ID="ID_phase_projet-terrain_2" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Bilan collectif et engagements" FOLDED="false" ID="ID_phase_bilan" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="bilan" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="groupe" VALUE="moyen groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="évaluer, synthétiser" />
      <attribute NAME="durée" VALUE="1h" />
      <attribute NAME="module" VALUE="bilan" />
      <attribute NAME="ressource" VALUE="salle de formation" />
      <attribute NAME="ressource" VALUE="grille d'auto-évaluation" />
      <node TEXT="présentation des projets" ID="ID_phase_bilan_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="auto-évaluation" ID="ID_phase_bilan_2" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
