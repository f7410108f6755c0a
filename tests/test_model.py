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
        with pytest.raises(DocumentError, match="aucune phase n'a l'identifiant 'cc'") as info:
            small().connect("a", "cc")
        assert info.value.hint == "vouliez-vous dire 'c' ?"

    def test_connect_speaks_english_when_asked(self):
        from scenario.i18n import use_language

        with use_language("en"), pytest.raises(DocumentError) as info:
            small().connect("a", "cc")
        assert (info.value.message, info.value.hint) == (
            "no phase with id 'cc'",
            "did you mean 'c'?",
        )

    def test_duplicate_id_is_refused(self):
        with pytest.raises(DocumentError, match="une phase porte déjà l'identifiant 'a'"):
            small().add_phase("a", "découverte")

    @pytest.mark.parametrize("bad", ["Intro", "intro phase", "é", "", "a.b"])
    def test_malformed_ids_are_refused(self, bad):
        with pytest.raises(DocumentError, match=r"l'identifiant de phase .* ne doit contenir"):
            Phase(bad, "découverte")

    @pytest.mark.parametrize(
        ("bad", "hint"),
        [
            ("Intro Vidéo", "écrivez-le 'intro-video'"),
            ("a.b", "écrivez-le 'a-b'"),
            ("!!", "utilisez des minuscules, des chiffres, '_' ou '-'"),
        ],
    )
    def test_a_malformed_id_gets_the_id_to_write(self, bad, hint):
        """The hint is the id made from the text (scenario._text.slug), or the rule."""
        with pytest.raises(DocumentError) as info:
            Phase(bad, "découverte")
        assert info.value.hint == hint

    def test_unknown_vocabulary_is_refused_in_code_too(self):
        with pytest.raises(VocabularyError, match=r"vouliez-vous dire 'seul' \?"):
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


def _ids(s: Scenario) -> list[str]:
    return [p.id for p in s.phases]


# Ways to change the public list of phases directly, and the ids it holds afterwards.
DIRECT_CHANGES = [
    ("append", lambda ps: ps.append(Phase("z", "découverte")), ["a", "b", "c", "z"]),
    ("extend", lambda ps: ps.extend([Phase("y", "découverte")]), ["a", "b", "c", "y"]),
    ("+=", lambda ps: ps.__iadd__([Phase("y", "découverte")]), ["a", "b", "c", "y"]),
    ("insert", lambda ps: ps.insert(0, Phase("z", "découverte")), ["z", "a", "b", "c"]),
    ("del", lambda ps: ps.__delitem__(0), ["b", "c"]),
    ("pop", lambda ps: ps.pop(1), ["a", "c"]),
    ("remove", lambda ps: ps.remove(ps[0]), ["b", "c"]),
    ("clear", lambda ps: ps.clear(), []),
    ("reverse", lambda ps: ps.reverse(), ["c", "b", "a"]),
    ("sort", lambda ps: ps.sort(key=lambda p: p.id, reverse=True), ["c", "b", "a"]),
    ("replace", lambda ps: ps.__setitem__(1, Phase("z", "découverte")), ["a", "z", "c"]),
    ("same id", lambda ps: ps.__setitem__(1, Phase("b", "évaluation")), ["a", "b", "c"]),
    ("slice", lambda ps: ps.__setitem__(slice(0, 2), [Phase("z", "découverte")]), ["z", "c"]),
    ("*=", lambda ps: ps.__imul__(2), ["a", "b", "c", "a", "b", "c"]),
]


class TestPhaseIndex:
    """Scenario finds phases by id at constant cost, whatever changed the public list."""

    @pytest.mark.parametrize(
        ("change", "ids"),
        [(c, i) for _, c, i in DIRECT_CHANGES],
        ids=[n for n, _, _ in DIRECT_CHANGES],
    )
    def test_a_direct_change_to_phases_keeps_lookups_right(self, change, ids):
        """After any list operation, find_phase, add_phase and connect see the list as it is."""
        s = small()
        s.find_phase("a")  # the index is built before the change
        change(s.phases)
        assert _ids(s) == ids
        for id in ("a", "b", "c", "y", "z"):
            expected = next((p for p in s.phases if p.id == id), None)
            assert s.find_phase(id) is expected
        for id in set(ids):
            with pytest.raises(DocumentError):
                s.add_phase(id, "découverte")
        s.add_phase("new", "évaluation")
        s.connect(s.phases[0].id, "new")
        assert s.phase("new") is s.phases[-1]

    def test_a_duplicate_appended_directly_is_found_first(self):
        """find_phase gives the first phase with the id, as a scan would."""
        s = small()
        s.phases.append(Phase("a", "évaluation"))
        assert s.find_phase("a") is s.phases[0]
        del s.phases[0]
        assert s.find_phase("a") is s.phases[-1]

    def test_assigning_a_plain_list_is_indexed_too(self):
        s = small()
        s.phases = [Phase("x", "découverte")]
        assert s.find_phase("x") is s.phases[0]
        assert s.find_phase("a") is None

    def test_phases_set_around_the_converter_are_still_searched(self):
        """A plain list put in place with object.__setattr__ is scanned, not trusted blindly."""
        s = small()
        object.__setattr__(s, "phases", [Phase("x", "découverte")])
        assert s.find_phase("x") is s.phases[0]
        with pytest.raises(DocumentError):
            s.add_phase("x", "découverte")

    def test_the_phases_are_still_a_list_equal_to_a_plain_one(self):
        """Equality, repr, pickling and copies are those of a plain list."""
        import copy
        import pickle

        s = small()
        plain = list(s.phases)
        assert isinstance(s.phases, list)
        assert s.phases == plain
        assert repr(s.phases) == repr(plain)
        assert s == Scenario(s.title, modality="spoc", phases=plain)
        for twin in (pickle.loads(pickle.dumps(s)), copy.deepcopy(s), attrs.evolve(s)):
            assert twin == s
            assert twin.find_phase("c") == s.phase("c")
            twin.add_phase("d", "évaluation")
            assert twin.phase("d").kind is PhaseKind.EVALUATION

    def test_update_and_remove_keep_the_index(self):
        s = small()
        s.update_phase("b", title="B2")
        assert s.phase("b").title == "B2"
        s.remove_phase("a")
        assert s.find_phase("a") is None
        assert s.phase("c") is s.phases[1]

    def test_building_grows_linearly_with_the_phases(self):
        """20,000 phases and their path build in well under a second (scanning took 20 s)."""
        import time

        start = time.perf_counter()
        s = Scenario("Grand")
        for index in range(20_000):
            s.add_phase(f"p{index}", "découverte")
        for index in range(19_999):
            s.connect(f"p{index}", f"p{index + 1}")
        assert time.perf_counter() - start < 5
        assert len(s.path or []) == 19_999


def test_the_package_gives_its_names_and_submodules_when_first_used():
    """`import scenario` is quick (nothing of the model or YAML is loaded), yet every name
    of __all__ and every submodule is there when used, in a fresh interpreter."""
    import subprocess
    import sys

    code = (
        "import sys, scenario\n"
        "assert 'scenario.model' not in sys.modules and 'yaml' not in sys.modules\n"
        "assert all(getattr(scenario, name) is not None for name in scenario.__all__)\n"
        "assert scenario.io.load is scenario.load and scenario.model.Phase is scenario.Phase\n"
        "assert 'Scenario' in dir(scenario)\n"
        "try:\n    scenario.nothing_of_that_name\nexcept AttributeError:\n    print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout == "ok\n"
