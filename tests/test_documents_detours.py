"""The synopsis and the sign-off pack list the detours under their own heading
(« Pour les apprenants qui en ont besoin »), out of the main sequence."""

from __future__ import annotations

import re

from scenario.render.pack import pack
from tests.conftest import example_named

HEADING = "Pour les apprenants qui en ont besoin"


def section(text: str, heading: str) -> str:
    """The part of a Markdown text from ``## heading`` to the next ``## ``."""
    start = text.index(f"## {heading}\n")
    end = text.find("\n## ", start + 3)
    return text[start : end if end >= 0 else None]


class TestTheSynopsis:
    def test_the_detour_is_out_of_the_main_sequence(self):
        text = example_named("spoc-excel-soutien").synopsis()
        outline = section(text, "Déroulé")
        assert re.findall(r"^### (\d+)\. ", outline, re.M) == ["1", "2", "3", "4", "5"]
        assert "Rendez-vous individuel" not in outline.split("- **Détour si besoin :**")[0]
        detours = section(text, HEADING)
        assert "### 3a. Rendez-vous individuel avec le tuteur" in detours
        assert "- **Détour :** remédiation, depuis 3. Quiz de formules corrigé automatiquement" in (
            detours
        )
        assert "- **Puis retour à :** 3. Quiz de formules corrigé automatiquement" in detours
        assert text.index("### 5. Cas final noté") < text.index(f"## {HEADING}")

    def test_the_phase_that_sends_learners_there_says_so(self):
        outline = section(example_named("spoc-excel-soutien").synopsis(), "Déroulé")
        assert "- **Détour si besoin :** 3a. Rendez-vous individuel avec le tuteur" in outline
        mooc = section(example_named("mooc-intelligence-artificielle").synopsis(), "Déroulé")
        assert "- **Détour facultatif :** 2a. Séance de questions en direct" in mooc

    def test_a_detour_that_leads_nowhere_says_so(self):
        detours = section(example_named("mooc-intelligence-artificielle").synopsis(), HEADING)
        assert (
            "- **Puis retour à :** nulle part, aucune transition ne ramène au parcours" in detours
        )
        assert "- **Détour :** facultatif, depuis 2. Vidéos de cours" in detours

    def test_english_and_html(self):
        s = example_named("inversee-entretien-annuel")
        assert "## For the learners who need it" in s.synopsis(lang="en")
        page = s.synopsis(format="html")
        assert f"<h2>{HEADING}</h2>" in page
        assert "<h3>2a. Forum de questions avant l&#x27;atelier</h3>" in page

    def test_no_detour_no_heading(self):
        assert HEADING not in example_named("spoc-logiciel-paie").synopsis("trainer")

    def test_the_trainer_view_gives_the_time_of_the_main_path_and_the_detours_apart(self):
        text = example_named("spoc-excel-soutien").synopsis("trainer")
        assert "- **Durée :** de 3 h 20 à 3 h 50 selon le chemin" in text
        assert "- **Temps synchrone :** 1 h 30" in text
        assert "- **Temps des détours, à part :** 30 min" in text
        sessions = section(text, "Sessions synchrones à animer")
        assert (
            "- Rendez-vous individuel avec le tuteur · détour, pour les apprenants qui en ont "
            "besoin · distanciel synchrone" in sessions
        )
        assert "id : soutien" in section(text, HEADING)


class TestThePack:
    def test_the_phases_then_the_detours_apart(self):
        page = pack(example_named("spoc-excel-soutien"))
        phases = page[page.index("<h2>Les phases</h2>") : page.index("<h2>Calendrier")]
        main, detours = phases.split(f"<h3>{HEADING}</h3>")
        assert re.findall(r"<tr><td>(\w+)</td>", main) == ["1", "2", "3", "4", "5"]
        assert re.findall(r"<tr><td>(\w+)</td>", detours) == ["3a"]
        assert "soutien · remédiation, depuis 3. Quiz de formules corrigé automatiquement" in (
            detours
        )

    def test_the_head_counts_the_detours_apart(self):
        page = pack(example_named("mooc-intelligence-artificielle"))
        assert "<dt>phases</dt><dd>5, et 2 détours</dd>" in page
        assert "de 2 h 35 à 3 h 50 selon le chemin" in page

    def test_the_workload_names_the_detour_by_its_number(self):
        page = pack(example_named("spoc-excel-soutien"))
        assert "<td>3a. soutien</td>" in page

    def test_no_detour_no_heading(self):
        assert HEADING not in pack(example_named("spoc-logiciel-paie"))
