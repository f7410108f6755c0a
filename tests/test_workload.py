"""The trainer's workload: one computation, shown by the
requirements report (text, JSON, HTML), the trainer's synopsis and the sign-off pack."""

from __future__ import annotations

import json

import pytest

import scenario
from scenario.analysis.requirements import requirements
from scenario.analysis.workload import workload
from scenario.cli import main
from scenario.errors import ScenarioError
from scenario.render.pack import pack
from tests.conftest import EXAMPLES, example_named


def charge(size: int | None = 12) -> scenario.Scenario:
    """One phase of each kind of cost, and one that costs nothing."""
    s = scenario.Scenario("Charge", audience=size)
    s.add_phase("salle", "apprentissage", group="seul", situation="présentiel", duration=60)
    s.add_phase(
        "tutorat", "réalisation", group="seul", situation="distanciel synchrone", duration=20
    )
    s.add_phase(
        "atelier",
        "réalisation",
        group="petit groupe",
        situation="distanciel synchrone",
        duration=90,
    )
    s.add_phase(
        "quiz", "évaluation", group="seul", situation="distanciel asynchrone", intentions="évaluer"
    )
    s.add_phase("lecture", "apprentissage", situation="distanciel asynchrone", duration=30)
    return s


def costs(s: scenario.Scenario) -> dict[str, tuple[str, int | None, bool]]:
    return {x.phase: (x.kind, x.minutes, x.detour) for x in workload(s).lines}


class TestTheRulesOfTheDomain:
    def test_each_kind_of_cost(self):
        """A seul présentiel phase is one session; seul in distanciel synchrone is one per
        learner; a group session once; an asynchronous phase that assesses costs marking
        per learner; an asynchronous phase that does not assess costs nothing."""
        w = workload(charge())
        assert [(x.phase, x.kind, x.count, x.each, x.minutes) for x in w.lines] == [
            ("salle", "session", 1, 60, 60),
            ("tutorat", "tutoring", 12, 20, 240),
            ("atelier", "session", 1, 90, 90),
            ("quiz", "marking", 12, 10, 120),
        ]
        assert w.total == 510
        assert w.detour_minutes == 0

    def test_the_marking_time_is_configurable(self):
        assert workload(charge(), marking_minutes=5).total == 450
        assert requirements(charge(), marking_minutes=0).workload.total == 390

    @pytest.mark.parametrize("bad", [-1, 2.5, True, "10"])
    def test_a_bad_marking_time_is_a_clear_error(self, bad):
        with pytest.raises(ScenarioError, match="temps de correction par apprenant"):
            workload(charge(), marking_minutes=bad)

    def test_marking_is_for_asynchronous_phases_only(self):
        """A synchronous phase with intention évaluer is a session, not marking."""
        s = scenario.Scenario("T", audience=8)
        s.add_phase(
            "oral",
            "évaluation",
            group="seul",
            situation="présentiel",
            intentions="évaluer",
            duration=45,
        )
        assert costs(s) == {"oral": ("session", 45, False)}

    def test_without_the_audience_size_there_is_no_total(self):
        w = workload(charge(None))
        assert w.per_group
        assert w.total is None
        assert w.detour_minutes is None
        assert [x.minutes for x in w.lines] == [60, None, 90, None]
        text = "\n".join(w.text_lines())
        assert "tutorat : tutorat individuel, 20 min par apprenant" in text
        assert "atelier : une séance, 1 h 30 par groupe" in text
        assert "la charge est donnée par groupe et ne peut pas être totalisée" in text
        assert "en tout" not in text

    def test_a_synchronous_phase_without_duration_is_left_out_and_named(self):
        s = charge()
        s.add_phase(
            "visio", "apprentissage", group="grand groupe", situation="distanciel synchrone"
        )
        w = workload(s)
        assert w.total == 510
        assert w.without_duration == ("visio",)
        assert "sans compter les phases sans durée : visio" in "\n".join(w.text_lines())


class TestDetours:
    def test_a_remediation_detour_counts_as_if_every_learner_took_it(self):
        """spoc-excel-soutien: the one-to-one soutien that the quiz sends to is 30 min × 20
        learners = 600 min, in the total and on its own line; the two marked phases 200 each."""
        s = example_named("spoc-excel-soutien")
        assert costs(s) == {
            "quiz-formules": ("marking", 200, False),
            "soutien": ("tutoring", 600, True),
            "atelier": ("session", 90, False),
            "evaluation": ("marking", 200, False),
        }
        w = workload(s)
        assert (w.total, w.detour_minutes) == (1090, 600)
        text = "\n".join(w.text_lines())
        assert "soutien (détour) : tutorat individuel, 30 min × 20 apprenants = 10 h" in text
        assert "parcours principal : 8 h 10" in text
        assert (
            "détours (soutien) : 10 h, comptés comme si chaque apprenant les suivait (un majorant)"
            in text
        )
        assert text.endswith("en tout : 18 h 10 de temps du formateur")

    def test_an_optional_phase_is_a_detour_too(self):
        """mooc-intelligence-artificielle: the optional live session counts once (a session),
        apart; before, only phases sent to by remediation were detours."""
        w = workload(example_named("mooc-intelligence-artificielle"))
        assert {x.phase: x.detour for x in w.lines} == {
            "live-questions": True,
            "quiz": False,
            "examen": False,
        }
        assert w.detour_minutes == 45
        assert w.total == 45 + 2 * 10 * 3000

    def test_one_to_one_tutoring_on_the_main_path(self):
        """blended-tutorat-cv: each of the 8 learners meets the tutor for 30 min: 240 min."""
        s = example_named("blended-tutorat-cv")
        assert costs(s)["rendez-vous-tuteur"] == ("tutoring", 240, False)
        w = workload(s)
        assert (w.total, w.detour_minutes) == (60 + 240 + 45, 0)
        assert "détour" not in "\n".join(w.text_lines())

    def test_no_detour_line_without_detours(self):
        text = "\n".join(workload(charge()).text_lines())
        assert "parcours principal" not in text


class TestShownEverywhere:
    def test_the_requirements_text_in_french_and_english(self):
        s = example_named("spoc-excel-soutien")
        fr = s.requirements().text()
        assert "charge du formateur\n  - quiz-formules : correction, 10 min × 20 apprenants" in fr
        en = s.requirements().text("en")
        assert "trainer workload" in en
        assert "soutien (detour): one-to-one tutoring, 30 min × 20 learners = 10 h" in en
        assert "in all: 18 h 10 of trainer time" in en

    def test_the_requirements_json(self):
        data = json.loads(json.dumps(example_named("spoc-excel-soutien").requirements().to_dict()))
        load = data["workload"]
        assert load["total"] == 1090
        assert load["detour_minutes"] == 600
        assert load["per_group"] is False
        assert {
            "phase": "soutien",
            "kind": "tutoring",
            "count": 20,
            "each": 30,
            "minutes": 600,
            "detour": True,
        } in load["lines"]

    def test_the_requirements_html(self):
        page = example_named("spoc-excel-soutien").requirements()._repr_html_()
        assert "<p><em>charge du formateur</em></p>" in page
        assert "<li>en tout : 18 h 10 de temps du formateur</li>" in page

    def test_the_trainer_synopsis(self):
        text = example_named("blended-tutorat-cv").synopsis("trainer")
        assert "rendez-vous-tuteur : tutorat individuel, 30 min × 8 apprenants = 4 h" in text

    def test_the_pack_shows_the_same_workload(self):
        page = pack(example_named("spoc-excel-soutien"))
        assert "30 min × 20 apprenants = 10 h" in page
        assert "Détours (soutien) : 10 h, comptés comme si chaque apprenant les suivait" in page
        assert "<p><strong>En tout : 18 h 10 de temps du formateur.</strong></p>" in page

    def test_the_pack_without_audience_size(self):
        page = pack(charge(None))
        assert "La taille du public n&#x27;est pas donnée" in page

    def test_the_command_line_takes_the_marking_time(self, capsys):
        path = str(EXAMPLES / "spoc-excel-soutien.yaml")
        assert main(["requirements", "--format", "json", "--marking-minutes", "5", path]) == 0
        load = json.loads(capsys.readouterr().out)["workload"]
        assert load["marking_minutes"] == 5
        assert load["total"] == 1090 - 200
