"""The routes of the main path (scenario.learning_path.routes), as the concepts page defines them.

The shortest route is the least total duration over the entry-to-exit routes
of the main path; the longest is the greatest such total plus each detour
phase's duration once. Each expectation was added up by hand.
"""

from __future__ import annotations

import time

import pytest

import scenario
from scenario.learning_path import routes
from scenario.model import Phase, Transition
from tests.conftest import example_named


def course(
    *phases: tuple[str, int | None],
    path: list[tuple[str, ...]],
    optional: str = "",
) -> scenario.Scenario:
    """A scenario of ``(id, minutes)`` phases, those in ``optional`` marked optional."""
    s = scenario.Scenario("T")
    for pid, minutes in phases:
        s.add_phase(pid, "apprentissage", duration=minutes, optional=pid in optional.split())
    s.path = []
    for step in path:
        s.connect(*step)
    return s


@pytest.mark.parametrize(
    ("stem", "shortest", "longest", "extra"),
    [
        # 15 + 45 + 20 + 90 + 30; + soutien 30 (the quiz taken again is not counted).
        ("spoc-excel-soutien", 200, 230, ("soutien",)),
        # 10 + 40 + 15 + 60 + 30; + the optional live session 45 and the reading 30.
        ("mooc-intelligence-artificielle", 155, 230, ("live-questions", "approfondissement")),
        # 30 + 40 + 15 + 120 + 45 + 45; + the optional forum 20.
        ("inversee-entretien-annuel", 295, 315, ("forum",)),
    ],
)
def test_the_route_range_of_the_examples_with_detours(stem, shortest, longest, extra):
    """The shortest route takes no detour, the longest takes each detour once."""
    found = routes(example_named(stem))
    assert (found.shortest.minutes, found.longest.minutes) == (shortest, longest)
    assert found.shortest.detours == ()
    assert found.longest.detours == extra
    assert found.count == 1
    assert found.branches == {}
    assert found.joins == {}
    assert found.spread


def test_a_remediation_detour_is_not_a_step_of_the_shortest_route():
    """quiz -> soutien (remediation), soutien -> quiz: soutien is on no route of the main path;
    before, it was an entry phase and made a route of its own."""
    s = example_named("spoc-excel-soutien")
    found = routes(s)
    assert found.shortest.phases == found.longest.phases
    assert found.shortest.phases == (
        "accroche",
        "tutoriels",
        "quiz-formules",
        "atelier",
        "evaluation",
    )
    assert "soutien" not in found.joins.get("quiz-formules", ())


def test_an_optional_phase_in_series_is_bypassed_not_a_branch():
    """a -> o -> b with o optional: one route a -> b; o counts on the longest route only."""
    found = routes(
        course(("a", 10), ("o", 5), ("b", 20), path=[("a", "o"), ("o", "b")], optional="o")
    )
    assert found.branches == {}
    assert found.count == 1
    assert found.shortest.phases == ("a", "b")
    assert (found.shortest.minutes, found.longest.minutes) == (30, 35)


def test_branches_and_joins_are_those_of_the_main_path():
    """A branch of the main path still makes two routes; a detour off it adds no branch."""
    s = course(
        ("a", 10),
        ("b", 30),
        ("c", 5),
        ("d", 10),
        ("aide", 15),
        path=[
            ("a", "b"),
            ("a", "c"),
            ("b", "d"),
            ("c", "d"),
            ("d", "aide", "remediation"),
            ("aide", "d"),
        ],
    )
    found = routes(s)
    assert found.branches == {"a": ("b", "c")}
    assert found.joins == {"d": ("b", "c")}
    assert found.count == 2
    assert found.shortest.phases == ("a", "c", "d")
    assert found.shortest.minutes == 25
    assert found.longest.phases == ("a", "b", "d")
    assert found.longest.minutes == 50 + 15


def test_a_loop_back_to_the_main_path_is_no_route_and_adds_nothing():
    """A remediation back to an earlier phase of the main path: the range does not move."""
    s = course(("a", 10), ("b", 20), path=[("a", "b"), ("b", "a", "remediation")])
    found = routes(s)
    assert (found.shortest.minutes, found.longest.minutes) == (30, 30)
    assert not found.spread


class TestMissingDurations:
    def test_a_detour_without_duration_counts_zero_and_marks_only_the_longest(self):
        s = course(
            ("a", 10),
            ("b", 20),
            ("aide", None),
            path=[("a", "b"), ("b", "aide", "remediation"), ("aide", "b")],
        )
        found = routes(s)
        assert (found.shortest.minutes, found.longest.minutes) == (30, 30)
        assert not found.shortest.incomplete
        assert found.longest.incomplete

    def test_a_main_phase_without_duration_marks_both(self):
        s = course(("a", None), ("b", 20), path=[("a", "b")])
        found = routes(s)
        assert found.shortest.incomplete
        assert found.longest.incomplete
        assert found.shortest.minutes == 20


class TestNoRoute:
    def test_a_cycle_of_the_main_path(self):
        s = course(("a", 10), ("b", 20), path=[("a", "b"), ("b", "a")])
        found = routes(s)
        assert found.cycle
        assert found.shortest is None
        assert found.longest is None

    def test_every_phase_a_detour(self):
        """Nothing every learner follows: no route (and no crash)."""
        s = course(("o", 10), path=[], optional="o")
        found = routes(s)
        assert (found.count, found.shortest, found.longest) == (0, None, None)

    def test_no_phase(self):
        found = routes(scenario.Scenario("Vide"))
        assert (found.count, found.shortest, found.cycle) == (0, None, False)


def test_to_dict_names_the_detours_of_the_longest_route():
    data = routes(example_named("spoc-excel-soutien")).to_dict()
    assert data["shortest"]["detours"] == []
    assert data["longest"]["detours"] == ["soutien"]
    assert data["longest"]["minutes"] == 230


def test_the_work_grows_linearly_with_the_path():
    """Twenty thousand phases, a remediation detour and an optional phase every ten: quick."""
    phases, path = [], []
    previous = None
    for number in range(20_000):
        pid = f"p{number}"
        kind = number % 10
        phases.append(Phase(pid, "apprentissage", duration=1, optional=kind == 5))
        if kind == 9:
            path += [Transition(f"p{number - 1}", pid, "remediation"), Transition(pid, previous)]
            continue
        if previous is not None:
            path.append(Transition(previous, pid))
        previous = pid
    s = scenario.Scenario("Grand", phases=phases, path=path)
    start = time.perf_counter()
    found = routes(s)
    elapsed = time.perf_counter() - start
    assert found.shortest.minutes == 16_000
    assert found.longest.minutes == 20_000
    assert elapsed < 5, elapsed
