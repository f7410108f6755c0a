"""The semantic diff: every kind of change is found, and nothing else is reported."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

import scenario
from scenario.analysis.diff import diff
from scenario.model import Scenario

ROOT = Path(__file__).resolve().parent.parent
REVISION = ROOT / "examples" / "revision"


def base() -> Scenario:
    """A small course every case below changes in one way."""
    s = Scenario(
        "Animer une réunion",
        modality="présentiel",
        audience={"size": 12, "description": "managers"},
        objectives=["animer une réunion courte"],
    )
    tags = {"group": "moyen groupe", "situation": "présentiel"}
    s.add_phase(
        "accroche",
        "découverte",
        "Brise-glace",
        pedagogy="interrogative",
        intentions="interpeller",
        duration=15,
        **tags,
    )
    s.add_phase(
        "apports",
        "apprentissage",
        "Les rôles",
        pedagogy="expositive",
        intentions="transmettre",
        duration=30,
        **tags,
    )
    s.add_phase(
        "atelier",
        "réalisation",
        "Simulation",
        pedagogy="active",
        intentions="partager",
        duration=60,
        **tags,
    )
    s.add_phase(
        "bilan",
        "évaluation",
        "Quiz",
        pedagogy="interrogative",
        intentions="évaluer",
        duration=20,
        **tags,
    )
    return s


def _phase(s: Scenario, pid: str, **changes: object) -> Scenario:
    s.update_phase(pid, **changes)
    return s


# Each case: a change made to the base, and the one thing the diff must report for it,
# as (what, id or field, old, new).
CASES: dict[str, tuple[Callable[[Scenario], object], tuple[object, ...]]] = {
    "rename": (
        lambda s: _phase(s, "atelier", title="Simulation filmée"),
        ("changed", "atelier", "title", "Simulation", "Simulation filmée"),
    ),
    "retag kind": (
        lambda s: _phase(s, "apports", kind="découverte"),
        ("changed", "apports", "phase", "apprentissage", "découverte"),
    ),
    "retag group": (
        lambda s: _phase(s, "atelier", group="petit groupe"),
        ("changed", "atelier", "group", "moyen groupe", "petit groupe"),
    ),
    "retag situation": (
        lambda s: _phase(s, "apports", situation="distanciel asynchrone"),
        ("changed", "apports", "situation", "présentiel", "distanciel asynchrone"),
    ),
    "retag pedagogy": (
        lambda s: _phase(s, "apports", pedagogy="active"),
        ("changed", "apports", "pedagogy", "expositive", "active"),
    ),
    "retag intentions": (
        lambda s: _phase(s, "atelier", intentions=["partager", "synthétiser"]),
        ("changed", "atelier", "intention", ["partager"], ["partager", "synthétiser"]),
    ),
    "duration": (
        lambda s: _phase(s, "atelier", duration=90),
        ("changed", "atelier", "duration", 60, 90),
    ),
    "duration removed": (
        lambda s: _phase(s, "atelier", duration=None),
        ("changed", "atelier", "duration", 60, None),
    ),
    "module": (
        lambda s: _phase(s, "atelier", module="m2"),
        ("changed", "atelier", "module", None, "m2"),
    ),
    "activities": (
        lambda s: _phase(s, "atelier", activities=("jeu de rôle",)),
        ("changed", "atelier", "activities", [], ["jeu de rôle"]),
    ),
    "resources": (
        lambda s: _phase(s, "atelier", resources=("paperboard",)),
        ("changed", "atelier", "resources", [], ["paperboard"]),
    ),
    "date": (
        lambda s: _phase(s, "atelier", date="2025-03-12"),
        ("changed", "atelier", "date", None, "2025-03-12"),
    ),
    "week": (
        lambda s: _phase(s, "atelier", week=2),
        ("changed", "atelier", "week", None, 2),
    ),
    "title of the course": (
        lambda s: setattr(s, "title", "Animer une réunion efficace"),
        ("course", "title", "Animer une réunion", "Animer une réunion efficace"),
    ),
    "modality": (
        lambda s: setattr(s, "modality", "blended"),
        ("course", "modality", "présentiel", "blended"),
    ),
    "audience size": (
        lambda s: setattr(s, "audience", {"size": 16, "description": "managers"}),
        ("course", "audience.size", 12, 16),
    ),
    "audience description": (
        lambda s: setattr(s, "audience", {"size": 12, "description": "chefs de projet"}),
        ("course", "audience.description", "managers", "chefs de projet"),
    ),
    "start": (
        lambda s: setattr(s, "start", "2025-03-10"),
        ("course", "start", None, "2025-03-10"),
    ),
    "objective added": (
        lambda s: s.objectives.append("conclure par des décisions"),
        ("objective added", "conclure par des décisions"),
    ),
    "objective removed": (
        lambda s: s.objectives.clear(),
        ("objective removed", "animer une réunion courte"),
    ),
}


def _reported(d: scenario.analysis.diff.Diff) -> list[tuple[object, ...]]:
    """Every change the diff reports, in one flat list."""
    found: list[tuple[object, ...]] = []
    found += [("course", c.field, c.old, c.new) for c in d.course]
    found += [("objective added", o) for o in d.objectives_added]
    found += [("objective removed", o) for o in d.objectives_removed]
    found += [("added", p.id) for p in d.added]
    found += [("removed", p.id) for p in d.removed]
    found += [("changed", pc.id, c.field, c.old, c.new) for pc in d.changed for c in pc.changes]
    found += [("path added", t.source, t.target, t.kind.value) for t in d.transitions_added]
    found += [("path removed", t.source, t.target, t.kind.value) for t in d.transitions_removed]
    found += [("waiver added", w.rule, w.phase) for w in d.waivers_added]
    found += [("waiver removed", w.rule, w.phase) for w in d.waivers_removed]
    found += [
        ("waiver changed", new.rule, old.reason, new.reason) for old, new in d.waivers_changed
    ]
    return found


class TestEachChange:
    def test_a_scenario_has_no_change_with_itself(self) -> None:
        """Nothing to report, the diff is false, the text says so."""
        assert len(base().validate()) == 0
        d = diff(base(), base())
        assert not d
        assert _reported(d) == []
        assert "Les deux versions décrivent le même scénario." in d.text()

    @pytest.mark.parametrize("name", list(CASES))
    def test_one_change_is_reported_alone(self, name: str) -> None:
        """Each change is found, with its old and new values, and nothing else is reported."""
        change, expected = CASES[name]
        new = base()
        change(new)
        d = diff(base(), new, validate=False)
        assert _reported(d) == [expected]
        assert d

    def test_a_phase_added_and_a_phase_removed(self) -> None:
        """The phases are matched by id; their transitions go and come with them."""
        new = base()
        new.remove_phase("apports")
        new.add_phase("cloture", "évaluation", "Tour de table", duration=10)
        d = diff(base(), new, validate=False)
        assert [p.id for p in d.added] == ["cloture"]
        assert [p.id for p in d.removed] == ["apports"]
        assert d.changed == ()
        assert {(t.source, t.target) for t in d.transitions_added} == {
            ("accroche", "atelier"),
            ("bilan", "cloture"),
        }
        assert {(t.source, t.target) for t in d.transitions_removed} == {
            ("accroche", "apports"),
            ("apports", "atelier"),
        }

    def test_an_inserted_phase_moves_no_other(self) -> None:
        """A phase added at the start shifts the numbers but moves nothing."""
        new = base()
        first = new.add_phase("accueil", "découverte", "Accueil", duration=5)
        new.phases.insert(0, new.phases.pop())
        assert new.phases[0] is first
        d = diff(base(), new, validate=False)
        assert [p.id for p in d.added] == ["accueil"]
        assert d.changed == ()

    def test_a_moved_phase_is_the_one_reported(self) -> None:
        """Moving one phase later reports that phase, with its old and new place."""
        new = base()
        new.phases.insert(2, new.phases.pop(0))  # accroche after apports and atelier
        d = diff(base(), new, validate=False)
        moved = [(c.id, c.moved.old, c.moved.new) for c in d.changed if c.moved]
        assert moved == [("accroche", 1, 3)]

    def test_intentions_in_another_order_are_not_a_change(self) -> None:
        old, new = base(), base()
        old.update_phase("atelier", intentions=["partager", "évaluer"])
        new.update_phase("atelier", intentions=["évaluer", "partager"])
        assert not diff(old, new)

    def test_the_same_path_written_out_is_not_a_change(self) -> None:
        """A path given as transitions equal to the list order changes nothing."""
        new = base()
        for a, b in [("accroche", "apports"), ("apports", "atelier"), ("atelier", "bilan")]:
            new.connect(a, b)
        assert not diff(base(), new)

    def test_a_transition_kind_change_is_a_removal_and_an_addition(self) -> None:
        old, new = base(), base()
        old.connect("accroche", "apports")
        old.connect("apports", "atelier")
        old.connect("atelier", "bilan")
        new.path = list(old.path or [])
        new.connect("bilan", "atelier", "remediation")
        d = diff(old, new, validate=False)
        assert _reported(d) == [("path added", "bilan", "atelier", "remediation")]

    def test_waivers_added_removed_and_given_another_reason(self) -> None:
        old, new = base(), base()
        old.waive("phase.long-async", "apports", "vidéo unique")
        old.waive("scenario.monotonous", None, "choix assumé")
        new.waive("phase.long-async", "apports", "vidéo unique, découpée plus tard")
        new.waive("phase.no-duration", "bilan", "à caler")
        d = diff(old, new, validate=False)
        assert _reported(d) == [
            ("waiver added", "phase.no-duration", "bilan"),
            ("waiver removed", "scenario.monotonous", None),
            (
                "waiver changed",
                "phase.long-async",
                "vidéo unique",
                "vidéo unique, découpée plus tard",
            ),
        ]


class TestTimeAndFindings:
    def test_the_time_balance_before_and_after(self) -> None:
        """A phase moved to asynchronous shifts its minutes and the synchronous share."""
        new = base()
        new.update_phase("apports", situation="distanciel asynchrone", duration=45)
        d = diff(base(), new)
        assert (d.before.total, d.after.total) == (125, 140)
        assert (d.before.synchronous, d.after.synchronous) == (125, 95)
        assert (d.before.asynchronous, d.after.asynchronous) == (0, 45)
        assert d.before.synchronous_share == 100
        assert round(d.after.synchronous_share or 0) == 68
        text = d.text()
        assert "durée totale : 2 h 05 → 2 h 20 (+15 min)" in text
        assert "temps synchrone : 2 h 05 → 1 h 35 (−30 min)" in text
        assert "part synchrone du temps : 100\u00a0% → 68\u00a0%" in text

    def test_findings_that_appear_and_go_away(self) -> None:
        """Matched by rule and phase: one goes away, one appears."""
        old, new = base(), base()
        old.update_phase("bilan", intentions=["synthétiser"])  # evaluation-without-assess
        new.update_phase("atelier", pedagogy="expositive")  # expositive-practice
        d = diff(old, new)
        assert [(f.rule, f.phase) for f in d.findings_gone] == [
            ("phase.evaluation-without-assess", "bilan")
        ]
        assert [(f.rule, f.phase) for f in d.findings_appeared] == [
            ("phase.expositive-practice", "atelier")
        ]
        assert "1 constat apparu, 1 disparu" in d.text()

    def test_a_finding_a_waiver_now_covers(self) -> None:
        old, new = base(), base()
        for s in (old, new):
            s.update_phase("atelier", pedagogy="expositive")
        new.waive("phase.expositive-practice", "atelier", "démonstration filmée")
        d = diff(old, new)
        assert [f.rule for f in d.findings_waived] == ["phase.expositive-practice"]
        assert d.findings_appeared == d.findings_gone == ()
        back = diff(new, old)
        assert [f.rule for f in back.findings_unwaived] == ["phase.expositive-practice"]

    def test_without_validation_findings_are_not_compared(self) -> None:
        old = base()
        old.update_phase("bilan", intentions=["synthétiser"])
        d = diff(old, base(), validate=False)
        assert d.findings_gone == ()
        assert d.to_dict()["findings"] is None
        assert "Constats" not in d.text()


@pytest.fixture(scope="module")
def d() -> scenario.analysis.diff.Diff:
    """The diff of the two versions of examples/revision."""
    old = scenario.load(REVISION / "entretien-v1.yaml")
    return old.diff(scenario.load(REVISION / "entretien-v2.yaml"))


class TestExampleVersions:
    """The two versions of examples/revision, diffed and compared with the hand list."""

    def test_the_hand_list_of_changes(self, d: scenario.analysis.diff.Diff) -> None:
        fields = {c.id: [x.field for x in c.changes] for c in d.changed}
        assert [p.id for p in d.added] == ["forum"]
        assert [p.id for p in d.removed] == ["quiz"]
        assert fields == {
            "accroche": ["week"],
            "classe-virtuelle": ["title", "pedagogy", "duration", "position", "date"],
            "apports": ["title", "duration", "week"],
            "jeu-de-role": ["date"],
            "bilan": ["title", "pedagogy", "intention", "date"],
        }
        assert [(c.field, c.new) for c in d.course] == [("start", "2025-03-10")]
        assert d.objectives_added == (
            "rédiger un compte rendu factuel et des objectifs mesurables",
        )
        assert d.findings_gone == d.findings_appeared == ()
        assert (d.before.total, d.after.total) == (310, 335)
        assert (d.before.synchronous, d.after.synchronous) == (210, 240)

    def test_the_french_text_names_phases_by_number_and_title(
        self, d: scenario.analysis.diff.Diff
    ) -> None:
        text = d.text()
        assert text.startswith("Modifications de « Conduire l'entretien annuel »\n")
        assert "    + ajoutée : phase 4 « Forum, partager ses cas difficiles » (forum)\n" in text
        assert "    − retirée : phase 5 « Quiz sur le cadre de l'entretien » (quiz)\n" in text
        assert "        pédagogie : interrogative → active\n" in text
        assert "        place dans le parcours : phase 3 → phase 2\n" in text
        assert "        durée : 1 h → 45 min (−15 min)\n" in text
        assert "        intentions : évaluer → synthétiser, évaluer\n" in text
        assert "        date : (aucune valeur) → mercredi 12 mars 2025\n" in text
        assert "    part synchrone du temps : 68\u00a0% → 72\u00a0%\n" in text
        assert "    + bilan → apports (remédiation)\n" in text
        assert text.endswith(
            "1 phase ajoutée, 1 retirée, 5 modifiées ; 0 constat apparu, 0 disparu\n"
        )

    def test_the_english_text(self, d: scenario.analysis.diff.Diff) -> None:
        text = d.text("en")
        assert "        pedagogy: expository → interrogative\n" in text
        assert "        intentions: assess → synthesize, assess\n" in text

    def test_the_data_is_json(self, d: scenario.analysis.diff.Diff) -> None:
        data = json.loads(json.dumps(d.to_dict()))
        assert data["changed"] is True
        assert [p["id"] for p in data["phases"]["added"]] == ["forum"]
        bilan = next(c for c in data["phases"]["changed"] if c["id"] == "bilan")
        assert bilan["retagged"] == ["pedagogy", "intention"]
        assert bilan["renamed"] is True
        assert data["time"]["total_delta"] == 25
        assert data["time"]["after"]["synchronous_share"] == 71.6
        assert data["findings"] == {"appeared": [], "gone": [], "waived": [], "unwaived": []}

    def test_the_marks_of_the_map(self, d: scenario.analysis.diff.Diff) -> None:
        assert d.marked == {
            "quiz": "removed",
            "accroche": "changed",
            "classe-virtuelle": "changed",
            "apports": "changed",
            "jeu-de-role": "changed",
            "bilan": "changed",
            "forum": "added",
        }


def test_a_diff_is_a_frozen_value() -> None:
    d = diff(base(), base())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        d.old_title = "x"  # type: ignore[misc]
