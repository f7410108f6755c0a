"""The routes of the learning path: how long a learner takes, branch by branch.

:func:`routes` walks the main path (:attr:`Detours.main
<scenario.learning_path.detours.Detours.main>`: what every learner follows,
detour phases left out, optional phases in series bypassed) once, in a
topological order, and gives its branches, its joins, the number of routes
from an entry phase to an exit phase, and the shortest and longest ones in
learner time:

- the **shortest** route is the one of least total duration on the main
  path: it takes no detour;
- the **longest** is the main path's route of greatest total duration plus
  each detour phase's duration once: the learner who
  needs every remediation and takes every option. The phase a detour leads
  back to is not counted again. It is an upper bound: a detour is counted
  even when it branches off a phase the longest route does not pass.

A phase without a duration counts 0 and marks the route ``incomplete``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from scenario.learning_path.detours import Detours, detours
from scenario.learning_path.graph import topological_by_position

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["Route", "Routes", "routes"]


@attrs.frozen
class Route:
    """One way from an entry phase to an exit phase of the main path.

    Attributes:
        phases: the phase ids of the main path it follows, in order.
        minutes: the sum of the known durations of its phases and of its ``detours``.
        incomplete: True when one of them has no duration (``minutes`` then
            counts only the known ones).
        detours: the detour phases counted on the route, each once, in
            document order: every detour phase on the longest route, none on
            the shortest.
    """

    phases: tuple[str, ...]
    minutes: int
    incomplete: bool = False
    detours: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain data: ``{"phases": [...], "minutes": ..., "incomplete": ..., "detours": [...]}``."""
        return {
            "phases": list(self.phases),
            "minutes": self.minutes,
            "incomplete": self.incomplete,
            "detours": list(self.detours),
        }


@attrs.frozen
class Routes:
    """The ways a learner can go through the main path (detours and remediation loops apart).

    Attributes:
        branches: each phase where the main path branches, with the phases it leads to.
        joins: each phase where branches of the main path meet again, with
            the phases leading to it.
        count: how many routes lead from an entry phase to an exit phase of the main path.
        shortest, longest: the routes of least and most learner time, the
            longest with every detour (``None`` when the main path has a
            cycle or no phase).
        cycle: True when the main path has a cycle: routes cannot be counted.
    """

    branches: dict[str, tuple[str, ...]]
    joins: dict[str, tuple[str, ...]]
    count: int
    shortest: Route | None
    longest: Route | None
    cycle: bool = False

    @property
    def spread(self) -> bool:
        """True when the shortest and the longest route take different times."""
        return (
            self.shortest is not None
            and self.longest is not None
            and self.shortest.minutes != self.longest.minutes
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {
            "branches": {k: list(v) for k, v in self.branches.items()},
            "joins": {k: list(v) for k, v in self.joins.items()},
            "count": self.count,
            "shortest": self.shortest.to_dict() if self.shortest else None,
            "longest": self.longest.to_dict() if self.longest else None,
            "cycle": self.cycle,
        }


def routes(scenario: Scenario, found: Detours | None = None) -> Routes:
    """The routes of the main path: branches, joins, the shortest and longest learner time.

    Args:
        scenario: the scenario.
        found: its :func:`~scenario.learning_path.detours`, when the caller has them already.

    A remediation loop back to a phase of the main path is no route (only
    the learners who need it take it); a detour phase counts on the longest
    route only. Time linear in the size of the path.

    >>> from scenario.model import Scenario
    >>> s = Scenario("Branches")
    >>> for pid, minutes in [("a", 10), ("b", 30), ("c", 5), ("d", 10), ("aide", 20)]:
    ...     _ = s.add_phase(pid, "réalisation", duration=minutes)
    >>> for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("aide", "d")]:
    ...     _ = s.connect(a, b)
    >>> _ = s.connect("d", "aide", "remediation")
    >>> r = routes(s)
    >>> r.branches, r.count, r.shortest.minutes, r.longest.phases, r.longest.minutes
    ({'a': ('b', 'c')}, 2, 25, ('a', 'b', 'd'), 70)
    >>> r.longest.detours
    ('aide',)
    """
    found = detours(scenario) if found is None else found
    main = found.main
    branches = {n: tuple(main.successors(n)) for n in main if main.out_degree(n) > 1}
    joins = {n: tuple(main.predecessors(n)) for n in main if main.in_degree(n) > 1}
    if main.number_of_nodes() == 0:
        return Routes(branches, joins, 0, None, None)
    index = {phase.id: position for position, phase in enumerate(scenario.phases)}
    order = topological_by_position(main, index)
    if order is None:
        return Routes(branches, joins, 0, None, None, cycle=True)
    duration = {phase.id: phase.duration for phase in scenario.phases}
    # For each phase: the number of routes reaching it, and the minutes of the shortest and
    # longest routes ending there with the phase before it on that route (None at an entry).
    # Keeping the phase before, not the whole route, keeps the walk linear in the path.
    count: dict[str, int] = {}
    shortest: dict[str, tuple[int, str | None]] = {}
    longest: dict[str, tuple[int, str | None]] = {}
    for node in order:
        own = duration[node] or 0
        before = list(main.predecessors(node))
        if not before:
            count[node] = 1
            shortest[node] = longest[node] = (own, None)
            continue
        count[node] = sum(count[p] for p in before)
        low = min(before, key=lambda p: shortest[p][0])
        high = max(before, key=lambda p: longest[p][0])
        shortest[node] = (shortest[low][0] + own, low)
        longest[node] = (longest[high][0] + own, high)
    exits = [n for n in order if main.out_degree(n) == 0]
    low_end = min(exits, key=lambda n: shortest[n][0])
    high_end = max(exits, key=lambda n: longest[n][0])
    low_route = _route(low_end, shortest, duration)
    high_route = _route(high_end, longest, duration)
    extra = found.phases
    return Routes(
        branches,
        joins,
        sum(count[n] for n in exits),
        low_route,
        attrs.evolve(
            high_route,
            minutes=high_route.minutes + sum(duration[d] or 0 for d in extra),
            incomplete=high_route.incomplete or any(duration[d] is None for d in extra),
            detours=extra,
        ),
    )


def _route(
    end: str, best: dict[str, tuple[int, str | None]], duration: dict[str, int | None]
) -> Route:
    """The route ending at ``end``, walked back through the phase before each one."""
    phases = [end]
    previous = best[end][1]
    while previous is not None:
        phases.append(previous)
        previous = best[previous][1]
    phases.reverse()
    return Route(tuple(phases), best[end][0], incomplete=any(duration[p] is None for p in phases))
