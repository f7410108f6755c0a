"""The model: building a scenario in code as easily as from a file."""

from __future__ import annotations

import attrs
import pytest

from scenario import (
    Audience,
    DocumentError,
    Group,
    Intention,
    Modality,
    Phase,
    PhaseKind,
    Scenario,
    Transition,
    TransitionKind,
    VocabularyError,
)


def small() -> Scenario:
    s = Scenario(title="Démo", modality="spoc")
    s.add_phase("a", "découverte", "A", duration="20min")
    s.add_phase("b", "apprentissage", "B", duration="1h30")
    s.add_phase("c", "évaluation", "C", duration="PT15M")
    return s


class TestScenarioBuilding:
    def test_vocabulary_is_read_leniently_in_code(self):
        s = Scenario(title="T", modality="Flipped")
        p = s.add_phase(
            "x",
            "Practice",
            group="small group",
            situation="onsite",
            pedagogy="Active",
            intentions=["share", "synthétiser"],
        )
        assert s.modality is Modality.PEDAGOGIE_INVERSEE
        assert p.kind is PhaseKind.REALISATION
        assert p.group is Group.PETIT_GROUPE
        assert p.intentions == (Intention.PARTAGER, Intention.SYNTHETISER)

    def test_a_single_intention_may_be_a_word(self):
        p = Phase("x", "découverte", intentions="interpeller")
        assert p.intentions == (Intention.INTERPELLER,)

    def test_repeated_intentions_count_once(self):
        assert Phase("x", "découverte", intentions=["share", "partager"]).intentions == (
            Intention.PARTAGER,
        )

    def test_durations_in_every_form(self):
        assert [p.duration for p in small()] == [20, 90, 15]
        assert small().total_duration == 125

    def test_without_connect_phases_follow_the_order_they_were_added(self):
        assert [(t.source, t.target) for t in small().transitions] == [("a", "b"), ("b", "c")]
        assert small().path is None

    def test_connect_makes_the_path_explicit(self):
        s = small()
        s.connect("a", "c")
        s.connect("c", "a", "remediation")
        assert s.transitions == (
            Transition("a", "c"),
            Transition("c", "a", TransitionKind.REMEDIATION),
        )

    def test_connect_refuses_an_unknown_phase_and_suggests_one(self):
        with pytest.raises(DocumentError, match="no phase with id 'cc'") as info:
            small().connect("a", "cc")
        assert info.value.hint == "did you mean 'c'?"

    def test_duplicate_id_is_refused(self):
        with pytest.raises(DocumentError, match="already exists"):
            small().add_phase("a", "découverte")

    @pytest.mark.parametrize("bad", ["Intro", "intro phase", "é", "", "a.b"])
    def test_malformed_ids_are_refused(self, bad):
        with pytest.raises(DocumentError, match="phase id"):
            Phase(bad, "découverte")

    def test_unknown_vocabulary_is_refused_in_code_too(self):
        with pytest.raises(VocabularyError, match="did you mean 'seul'"):
            Phase("x", "découverte", group="seule")

    def test_update_phase_replaces_the_value(self):
        s = small()
        s.update_phase("b", group="moyen groupe", duration=30)
        assert s.phase("b").group is Group.MOYEN_GROUPE
        assert s.total_duration == 65

    def test_update_phase_cannot_rename(self):
        with pytest.raises(DocumentError):
            small().update_phase("b", id="z")

    def test_remove_phase_drops_its_transitions_and_waivers(self):
        s = small()
        s.connect("a", "b")
        s.connect("b", "c")
        s.waive("phase.no-duration", "b", "draft")
        s.remove_phase("b")
        assert [p.id for p in s] == ["a", "c"]
        assert s.path == []
        assert s.waivers == []

    def test_phase_lookup(self):
        s = small()
        assert s.phase("b").title == "B"
        assert s.find_phase("zz") is None
        with pytest.raises(KeyError):
            s.phase("zz")

    def test_audience_from_a_size_or_a_dict(self):
        assert Scenario("T", audience=20).audience == Audience(20)
        assert Scenario("T", audience={"size": 3, "description": "x"}).audience == Audience(3, "x")

    def test_phases_are_frozen_values(self):
        p = Phase("x", "découverte")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            p.title = "y"  # type: ignore[misc]


class TestPhaseProperties:
    def test_missing_tags(self):
        assert Phase("x", "découverte").missing_tags == (
            "group",
            "situation",
            "pedagogy",
            "intention",
        )
        full = Phase(
            "x",
            "découverte",
            group="seul",
            situation="présentiel",
            pedagogy="active",
            intentions="partager",
        )
        assert full.missing_tags == ()

    def test_assesses(self):
        assert Phase("x", "évaluation").assesses
        assert Phase("x", "réalisation", intentions="évaluer").assesses
        assert not Phase("x", "réalisation", intentions="partager").assesses

    def test_synchronous(self):
        assert Phase("x", "découverte", situation="présentiel").synchronous is True
        assert Phase("x", "découverte", situation="distanciel asynchrone").synchronous is False
        assert Phase("x", "découverte").synchronous is None
