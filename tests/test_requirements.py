"""What a scenario takes: the modality's profile and the needs its phases cause."""

from __future__ import annotations

import json

import pytest

import scenario
from scenario.analysis.requirements import PROFILES, requirements
from tests.conftest import example_named


class TestProfile:
    @pytest.mark.parametrize(
        ("modality", "equipment"),
        [
            ("présentiel", ["une salle"]),
            ("pédagogie inversée", ["du matériel informatique de base"]),
            ("spoc", ["du matériel technique pour les vidéos", "une plateforme de diffusion"]),
            ("mooc", ["du matériel technique pour les vidéos", "une plateforme de diffusion"]),
        ],
    )
    def test_the_four_fiches(self, modality, equipment):
        """The four modalities of the fiches take what the sheet comparing them says."""
        s = scenario.Scenario("x", modality=modality)
        profile = requirements(s).profile
        assert [t.fr for t in profile.equipment] == equipment
        assert profile.note is None

    def test_onsite_skills_in_both_languages(self):
        profile = requirements(scenario.Scenario("x", modality="onsite")).profile
        assert [t.en for t in profile.trainer_skills] == [
            "a deep knowledge of the subject",
            "ease in speaking",
        ]

    @pytest.mark.parametrize(("modality", "like"), [("cooc", "mooc"), ("sooc", "spoc")])
    def test_cooc_and_sooc_take_what_their_model_takes(self, modality, like):
        mine = PROFILES[scenario.Modality(modality)]
        model = PROFILES[scenario.Modality(like)]
        assert (mine.preparation, mine.equipment, mine.trainer_skills) == (
            model.preparation,
            model.equipment,
            model.trainer_skills,
        )
        assert mine.note is not None

    def test_blended_is_the_union_of_onsite_and_spoc(self):
        blended = PROFILES[scenario.Modality.BLENDED]
        for part in (scenario.Modality.PRESENTIEL, scenario.Modality.SPOC):
            for key in ("preparation", "equipment", "trainer_skills"):
                assert set(getattr(PROFILES[part], key)) <= set(getattr(blended, key))

    def test_no_modality_no_profile(self):
        r = requirements(scenario.Scenario("x"))
        assert r.profile.modality is None
        assert "non renseignée" in str(r)


def needs_of(stem: str) -> dict[str, tuple[str, ...]]:
    return {n.id: n.phases for n in example_named(stem).requirements().needs}


class TestNeeds:
    def test_spoc_needs_by_hand(self):
        """The payroll SPOC: two live remote phases in groups, four self-paced ones."""
        assert needs_of("spoc-logiciel-paie") == {
            "virtual-classroom": ("classe-virtuelle", "atelier-cas"),
            "breakout-rooms": ("classe-virtuelle", "atelier-cas"),
            "platform": ("accroche", "interface", "exercice-guide", "evaluation-finale"),
            "collaboration-space": ("classe-virtuelle", "atelier-cas"),
            "assessment-tool": ("exercice-guide", "evaluation-finale"),
            "learner-computer": (
                "accroche",
                "interface",
                "exercice-guide",
                "classe-virtuelle",
                "atelier-cas",
                "evaluation-finale",
            ),
            "lead-sessions": ("classe-virtuelle", "atelier-cas"),
            "follow-up": ("accroche", "interface", "exercice-guide", "evaluation-finale"),
            "group-facilitation": ("atelier-cas",),
        }

    def test_onsite_course_needs_only_rooms_and_a_trainer(self):
        needs = needs_of("presentiel-reunions")
        assert needs["room"] == (
            "brise-glace",
            "apports",
            "demonstration",
            "jeu-de-role",
            "debriefing",
            "evaluation",
        )
        assert needs["subgroup-room"] == (
            "brise-glace",
            "demonstration",
            "jeu-de-role",
            "debriefing",
        )
        assert set(needs) == {"room", "subgroup-room", "lead-sessions", "group-facilitation"}

    def test_minutes_of_a_need(self):
        r = example_named("blended-manager-distance").requirements()
        assert r.need("room").minutes == 60 + 120 + 60
        assert r.need("platform").minutes == 50 + 45
        assert r.need("virtual-classroom").phases == ("classe-virtuelle",)
        assert r.need("nothing") is None

    def test_a_phase_without_tags_causes_no_need(self):
        s = scenario.Scenario("Brouillon", modality="spoc")
        s.add_phase("a", "découverte", duration=20)
        assert requirements(s).needs == ()

    def test_resources_with_the_phases_using_them(self):
        r = example_named("blended-manager-distance").requirements()
        assert r.resources["salle de formation"] == ("lancement", "mise-en-situation", "bilan")


class TestDisplay:
    def test_text_in_french_and_english(self):
        r = example_named("mooc-cybersecurite").requirements()
        assert "un outil de classe virtuelle" in str(r)
        assert "webinaire" in str(r)
        assert "a virtual-classroom tool" in r.text("en")

    def test_to_dict_is_plain_json(self):
        data = json.loads(json.dumps(example_named("mooc-cybersecurite").requirements().to_dict()))
        assert data["modality"] == "mooc"
        assert data["profile"]["equipment"][1] == {
            "fr": "une plateforme de diffusion",
            "en": "a delivery platform",
        }
        need = next(n for n in data["needs"] if n["id"] == "virtual-classroom")
        assert need["phases"] == ["webinaire"]
        assert need["minutes"] == 60
        assert need["category"] == "equipment"

    def test_html_escapes_user_text(self):
        s = scenario.Scenario("<i>x</i>", modality="présentiel")
        s.add_phase("a", "découverte", situation="présentiel", resources=["<script>"])
        page = s.requirements()._repr_html_()
        assert "<script>" not in page
        assert "&lt;script&gt;" in page
        assert "&lt;i&gt;x&lt;/i&gt;" in page
