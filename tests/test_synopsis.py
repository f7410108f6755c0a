"""The synopsis: a readable document of the scenario, for learners and for trainers."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

import scenario
from scenario.render.synopsis import synopsis
from tests.conftest import example_named


def positions(text: str, needles: list[str]) -> list[int]:
    return [text.index(n) for n in needles]


class TestLearnerView:
    def test_phases_in_path_order(self):
        """Phases come in the order the path gives, not the document's."""
        s = scenario.Scenario("Ordre")
        s.add_phase("fin", "évaluation", "Le quiz final", duration=10)
        s.add_phase("debut", "découverte", "L'accroche", duration=10)
        s.connect("debut", "fin")
        text = synopsis(s)
        assert text.index("1. L'accroche") < text.index("2. Le quiz final")

    def test_course_facts_objectives_and_phases(self, example):
        text = example.synopsis()
        assert text.startswith(f"# {example.title}")
        assert "Synopsis apprenant" in text
        for objective in example.objectives:
            assert objective in text
        for phase in example.phases:
            assert phase.title in text
        assert "Constats" not in text  # findings are for trainers

    def test_tags_duration_activities_resources(self):
        text = example_named("spoc-logiciel-paie").synopsis()
        assert (
            "réalisation · petit groupe · distanciel synchrone · active · partager · 1 h 30" in text
        )
        assert "- **Activités :** étude de cas en équipe ; restitution" in text
        assert "- **Ressources :** salles de sous-groupes ; bulletins anonymisés" in text
        assert "- **Public :** 24 personnes, gestionnaires de paie" in text

    def test_branches_and_remediation_are_told(self):
        blended = example_named("blended-manager-distance").synopsis()
        assert "de 4 h 35 à 5 h 50 selon le chemin" in blended
        assert "**Ensuite, au choix ou selon le cas :** 4. Entretien individuel" in blended
        spoc = example_named("spoc-logiciel-paie").synopsis()
        assert "**Si besoin, retour à :** 2. Les écrans du logiciel pas à pas" in spoc

    def test_modules_group_the_phases(self):
        text = example_named("mooc-cybersecurite").synopsis()
        assert positions(text, ["### Module : semaine-1", "### Module : semaine-2"]) == sorted(
            positions(text, ["### Module : semaine-1", "### Module : semaine-2"])
        )
        assert "#### 4. Webinaire en direct avec un expert" in text

    def test_english(self):
        text = example_named("mooc-cybersecurite").synopsis(lang="en")
        assert "Learner synopsis" in text
        assert "learning · large group · synchronous remote · interrogative · share" in text

    def test_a_phase_without_duration_says_so(self):
        s = scenario.Scenario("Brouillon")
        s.add_phase("a", "découverte")
        _ = s.add_phase("b", "évaluation", duration=20)
        text = synopsis(s)
        assert "durée non renseignée" in text
        assert "**Durée :** 20 min, sans les phases dont la durée n'est pas renseignée" in text

    def test_markdown_in_user_text_is_inert(self):
        s = scenario.Scenario("# Titre *gras* <b>")
        s.add_phase("a", "découverte", "[lien](http://x)", activities=["<script>"])
        text = synopsis(s)
        assert "\\<script\\>" in text
        assert "\\[lien\\](http://x)" in text
        assert text.startswith("# \\# Titre \\*gras\\* \\<b\\>")


class TestTrainerView:
    def test_adds_ids_sessions_requirements_findings(self):
        text = example_named("spoc-logiciel-paie").synopsis(view="trainer")
        assert "Synopsis formateur" in text
        assert "id : atelier-cas" in text
        sessions = text.split("## Sessions synchrones à animer")[1].split("## ")[0]
        assert "Classe virtuelle, les cas particuliers · distanciel synchrone" in sessions
        assert "Atelier en sous-groupes" in sessions
        assert "Vidéo d'accroche" not in sessions
        assert "## Ce que demande le scénario" in text
        assert "un outil de classe virtuelle" in text
        assert "## Constats de la validation" in text
        assert "**Temps synchrone :** 2 h 30" in text

    def test_findings_of_validate_are_listed(self):
        s = scenario.Scenario("Brouillon", modality="spoc")
        s.add_phase("a", "découverte", "Accroche", duration=20)
        text = synopsis(s, view="trainer")
        report = s.validate()
        assert report.summary() in text
        for finding in report:
            assert finding.rule in text

    def test_waived_findings_are_marked(self):
        s = scenario.Scenario("Dérogation", modality="spoc", objectives=["x"])
        s.add_phase("a", "découverte", "Accroche", situation="présentiel", duration=20)
        s.add_phase("b", "évaluation", "Quiz", duration=20)
        s.waive("online.presentiel-phase", "a", "lancement sur site")
        text = synopsis(s, view="trainer")
        assert "(dérogation : lancement sur site)" in text

    def test_no_synchronous_session(self):
        text = example_named("mooc-cybersecurite").synopsis(view="trainer")
        assert "Webinaire en direct" in text.split("## Sessions synchrones à animer")[1]
        s = scenario.Scenario("Seul")
        s.add_phase("a", "découverte", situation="distanciel asynchrone", duration=5)
        assert "Aucune session synchrone" in synopsis(s, view="trainer")


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for _name, value in attrs:
            assert not (value or "").startswith("http"), "no external resource"

    def handle_data(self, data):
        self.text.append(data)


class TestHtml:
    @pytest.mark.parametrize("view", ["learner", "trainer"])
    def test_self_contained_page(self, example, view):
        page = example.synopsis(view=view, format="html")
        assert page.startswith("<!DOCTYPE html>")
        parser = _Collect()
        parser.feed(page)
        assert "script" not in parser.tags
        assert "link" not in parser.tags
        assert {"html", "head", "meta", "style", "body", "h1", "h2"} <= set(parser.tags)
        assert example.title in "".join(parser.text)

    def test_user_text_is_escaped(self):
        s = scenario.Scenario("<script>alert(1)</script>", objectives=["a & b"])
        s.add_phase("a", "découverte", "<img src=x onerror=alert(1)>", resources=["<b>"])
        page = synopsis(s, view="trainer", format="html")
        assert "<script>" not in page
        assert "<img" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "a &amp; b" in page
        assert "&lt;b&gt;" in page


@pytest.mark.parametrize(
    ("option", "value"), [("view", "student"), ("format", "pdf"), ("lang", "de")]
)
def test_unknown_options_are_refused(option, value):
    with pytest.raises(scenario.ScenarioError, match=option):
        synopsis(example_named("spoc-logiciel-paie"), **{option: value})
