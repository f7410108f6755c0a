<map version="freeplane 1.7.0">
  <!-- Pour voir ce fichier, ouvrez-le avec Freeplane (https://www.freeplane.org), FreeMind ou XMind (Fichier > Importer). Fait par scenario. -->
  <node TEXT="Initiation au droit du travail" FOLDED="false" ID="ID_scenario" COLOR="#4D4D4D" BACKGROUND_COLOR="#F2F2F2" STYLE="bubble">
    <font NAME="SansSerif" SIZE="18" BOLD="true" />
    <attribute NAME="modalité" VALUE="présentiel" />
    <attribute NAME="effectif" VALUE="40" />
    <attribute NAME="public" VALUE="élus d'un comité social et économique, inter-entreprises" />
    <attribute NAME="objectif" VALUE="situer une question dans le Code du travail et la convention collective" />
    <attribute NAME="objectif" VALUE="distinguer les motifs et procédures de rupture du contrat de travail" />
    <attribute NAME="objectif" VALUE="expliquer à un salarié ses droits en matière de durée du travail" />
    <node TEXT="Tour de table et questions des participants" FOLDED="false" ID="ID_phase_ouverture" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D6EAF5" STYLE="bubble">
      <edge COLOR="#0072B2" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="ouverture" />
      <attribute NAME="phase" VALUE="découverte" />
      <attribute NAME="groupe" VALUE="grand groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="interpeller" />
      <attribute NAME="durée" VALUE="15min" />
      <attribute NAME="module" VALUE="jour-1" />
    </node>
    <node TEXT="Les sources du droit du travail" FOLDED="false" ID="ID_phase_cours-sources" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="cours-sources" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="grand groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="2h" />
      <attribute NAME="module" VALUE="jour-1" />
      <node TEXT="exposé" ID="ID_phase_cours-sources_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="diaporama" ID="ID_phase_cours-sources_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Le contrat de travail, de l'embauche à la rupture" FOLDED="false" ID="ID_phase_cours-contrat" POSITION="right" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="cours-contrat" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="grand groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="2h" />
      <attribute NAME="module" VALUE="jour-1" />
      <node TEXT="exposé" ID="ID_phase_cours-contrat_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
      <node TEXT="diaporama" ID="ID_phase_cours-contrat_2" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Durée du travail et congés" FOLDED="false" ID="ID_phase_cours-duree" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#D3F0E6" STYLE="bubble">
      <edge COLOR="#009E73" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="cours-duree" />
      <attribute NAME="phase" VALUE="apprentissage" />
      <attribute NAME="groupe" VALUE="grand groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="expositive" />
      <attribute NAME="intention" VALUE="transmettre" />
      <attribute NAME="durée" VALUE="1h30" />
      <attribute NAME="module" VALUE="jour-1" />
      <node TEXT="exposé" ID="ID_phase_cours-duree_1" COLOR="#000000">
        <edge COLOR="#009E73" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="Étude de cas en sous-groupes" FOLDED="false" ID="ID_phase_etude-de-cas" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#FBECCC" STYLE="bubble">
      <edge COLOR="#E69F00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="etude-de-cas" />
      <attribute NAME="phase" VALUE="réalisation" />
      <attribute NAME="groupe" VALUE="petit groupe" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="active" />
      <attribute NAME="intention" VALUE="partager" />
      <attribute NAME="durée" VALUE="30min" />
      <attribute NAME="module" VALUE="jour-1" />
      <node TEXT="cas pratique" ID="ID_phase_etude-de-cas_1" COLOR="#000000">
        <edge COLOR="#E69F00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
    <node TEXT="QCM de fin de journée" FOLDED="false" ID="ID_phase_qcm" POSITION="left" COLOR="#000000" BACKGROUND_COLOR="#F8DDCB" STYLE="bubble">
      <edge COLOR="#D55E00" WIDTH="4" STYLE="bezier" />
      <font NAME="SansSerif" SIZE="14" BOLD="true" />
      <attribute NAME="id" VALUE="qcm" />
      <attribute NAME="phase" VALUE="évaluation" />
      <attribute NAME="groupe" VALUE="seul" />
      <attribute NAME="situation" VALUE="présentiel" />
      <attribute NAME="pédagogie" VALUE="interrogative" />
      <attribute NAME="intention" VALUE="évaluer" />
      <attribute NAME="durée" VALUE="20min" />
      <attribute NAME="module" VALUE="jour-1" />
      <node TEXT="QCM papier" ID="ID_phase_qcm_1" COLOR="#000000">
        <edge COLOR="#D55E00" WIDTH="2" STYLE="bezier" />
      </node>
    </node>
  </node>
</map>
