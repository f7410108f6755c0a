"""Detour phases and the main path (scenario.learning_path.detours), as the concepts page
defines them."""

from __future__ import annotations

import time

import pytest

import scenario
from scenario.learning_path import Detours, detours
from scenario.model import Phase, Transition


def course(*phases: str, path: list[tuple[str, ...]] | None = None, optional: str = "") -> Detours:
    """The detours of a scenario of ``phases`` (ids), those in ``optional`` marked optional."""
    s = scenario.Scenario("T")
    for pid in phases:
        s.add_phase(pid, "apprentissage", optional=pid in optional.split())
    if path is not None:
        s.path = []
        for step in path:
            s.connect(*step)
    return detours(s)


class TestWhichPhasesAreDetours:
    def test_a_phase_reached_only_by_remediation_is_a_detour(self) -> None:
        """quiz -> soutien as remediation, soutien -> quiz back: soutien is a remediation detour."""
        d = course(
            "intro",
            "quiz",
            "soutien",
            "fin",
            path=[
                ("intro", "quiz"),
                ("quiz", "fin"),
                ("quiz", "soutien", "remediation"),
                ("soutien", "quiz"),
            ],
        )
        assert d.phases == ("soutien",)
        assert d.kinds == {"soutien": "remediation"}
        assert "soutien" in d
        assert "quiz" not in d
        assert d.sources == {"soutien": ("quiz",)}
        assert d.returns == {"soutien": ("quiz",)}
        assert (d.entries, d.exits) == (("intro",), ("fin",))
        assert list(d.main.nodes) == ["intro", "quiz", "fin"]

    def test_phases_reached_only_from_a_detour_are_detours(self) -> None:
        """A chain after a remediation, and an optional phase inside it, are all detours."""
        d = course(
            "intro",
            "quiz",
            "s1",
            "s2",
            "s3",
            "fin",
            path=[
                ("intro", "quiz"),
                ("quiz", "fin"),
                ("quiz", "s1", "remediation"),
                ("s1", "s2"),
                ("s2", "s3"),
                ("s3", "quiz"),
            ],
            optional="s2",
        )
        assert d.kinds == {"s1": "remediation", "s2": "remediation", "s3": "remediation"}
        assert d.returns == {"s1": (), "s2": (), "s3": ("quiz",)}
        assert d.bypasses == ()

    def test_an_optional_phase_is_a_detour_the_phases_after_it_are_not(self) -> None:
        """A learner skipping an optional phase reaches the next one all the same."""
        d = course("a", "o", "b", optional="o")
        assert d.kinds == {"o": "optional"}
        assert d.optional == ("o",)
        assert d.remediation == ()
        assert d.is_main("b")
        assert not d.is_main("o")

    def test_a_phase_with_one_sequence_way_in_is_not_a_detour(self) -> None:
        """A remediation into a phase that the main path also leads to keeps it on the main path."""
        d = course(
            "a",
            "b",
            "c",
            path=[("a", "b"), ("b", "c"), ("c", "b", "remediation")],
        )
        assert d.phases == ()

    def test_a_sequence_and_a_remediation_on_one_pair_count_as_sequence(self) -> None:
        d = course("a", "b", path=[("a", "b", "remediation"), ("a", "b")])
        assert d.phases == ()

    def test_a_loop_nothing_leads_into_is_not_a_detour(self) -> None:
        """It stays on the main path, for structure.cycle and unreachable to report."""
        d = course("a", "x", "y", path=[("x", "y"), ("y", "x")])
        assert d.phases == ()
        assert d.entries == ("a",)

    def test_a_phase_with_no_transition_at_all_is_an_entry_and_an_exit(self) -> None:
        d = course("a", "b", "seul", path=[("a", "b")])
        assert d.phases == ()
        assert (d.entries, d.exits) == (("a", "seul"), ("b", "seul"))


class TestTheMainPath:
    def test_an_optional_phase_in_series_is_bypassed(self) -> None:
        """a -> o -> b becomes a -> b, the link naming the phase skipped."""
        d = course("a", "o", "b", optional="o")
        assert list(d.main.edges) == [("a", "b")]
        assert d.main.edges["a", "b"]["over"] == ("o",)
        assert d.bypasses == (("a", "b"),)
        assert (d.sources["o"], d.returns["o"]) == (("a",), ("b",))

    def test_a_chain_of_optional_phases_is_bypassed_whole(self) -> None:
        d = course("a", "o1", "o2", "b", optional="o1 o2")
        assert list(d.main.edges) == [("a", "b")]
        assert d.main.edges["a", "b"]["over"] == ("o1", "o2")

    def test_a_bypass_joins_every_predecessor_to_every_successor(self) -> None:
        d = course(
            "a1",
            "a2",
            "o",
            "b1",
            "b2",
            path=[("a1", "o"), ("a2", "o"), ("o", "b1"), ("o", "b2")],
            optional="o",
        )
        assert sorted(d.main.edges) == [("a1", "b1"), ("a1", "b2"), ("a2", "b1"), ("a2", "b2")]
        assert (d.entries, d.exits) == (("a1", "a2"), ("b1", "b2"))

    def test_an_optional_phase_beside_a_direct_transition_adds_nothing(self) -> None:
        d = course("a", "o", "b", path=[("a", "o"), ("o", "b"), ("a", "b")], optional="o")
        assert d.bypasses == ()
        assert list(d.main.edges) == [("a", "b")]
        assert "over" not in d.main.edges["a", "b"]

    def test_optional_phases_at_the_start_and_at_the_end_are_neither_entry_nor_exit(self) -> None:
        d = course("avant", "a", "b", "apres", optional="avant apres")
        assert (d.entries, d.exits) == (("a",), ("b",))
        assert list(d.main.edges) == [("a", "b")]

    def test_an_optional_phase_leading_back_makes_no_loop(self) -> None:
        """a -> o -> a: a learner skipping o stays on a; the main path gets no self-loop."""
        d = course("a", "o", "b", path=[("a", "o"), ("o", "a"), ("a", "b")], optional="o")
        assert list(d.main.edges) == [("a", "b")]

    def test_remediation_never_enters_the_main_path(self) -> None:
        d = course("a", "b", path=[("a", "b"), ("b", "a", "remediation")])
        assert list(d.main.edges) == [("a", "b")]


def test_the_work_grows_linearly_with_the_path() -> None:
    """Twenty thousand phases, a remediation detour and an optional phase every ten: quick."""
    phases, path = [], []
    previous = None
    for number in range(20_000):
        pid = f"p{number}"
        kind = number % 10
        phases.append(Phase(pid, "apprentissage", optional=kind == 5))
        if kind == 9:
            path += [Transition(f"p{number - 1}", pid, "remediation"), Transition(pid, previous)]
            continue
        if previous is not None:
            path.append(Transition(previous, pid))
        previous = pid
    s = scenario.Scenario("Grand", phases=phases, path=path)
    start = time.perf_counter()
    d = detours(s)
    elapsed = time.perf_counter() - start
    assert len(d.remediation) == 2_000
    assert len(d.optional) == 2_000
    assert len(d.bypasses) == 2_000
    assert d.entries == ("p0",)
    assert elapsed < 5, elapsed


def test_where_the_course_starts_is_never_a_detour() -> None:
    """A remediation back to the first phase, and nothing else leading to it: it is the start."""
    d = course("intro", "quiz", path=[("intro", "quiz"), ("quiz", "intro", "remediation")])
    assert d.phases == ()
    assert d.entries == ("intro",)


def test_a_start_with_a_way_back_does_not_hide_a_real_detour() -> None:
    """The course's first phase gets a remediation back; a support phase is still a detour."""
    d = course(
        "annexe",
        "intro",
        "quiz",
        "soutien",
        path=[
            ("intro", "quiz"),
            ("quiz", "intro", "remediation"),
            ("quiz", "soutien", "remediation"),
            ("soutien", "quiz"),
        ],
    )
    assert d.phases == ("soutien",)
    assert d.entries == ("annexe", "intro")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_detours_read_no_language(lang: str) -> None:
    """The detours are data: the same whatever the language."""
    from scenario.i18n import use_language

    with use_language(lang):
        assert course("a", "o", "b", optional="o").phases == ("o",)
