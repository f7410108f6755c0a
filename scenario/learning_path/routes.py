"""The routes of the learning path: how long a learner takes, branch by branch.

:func:`routes` walks the main path (sequence transitions) once, in a
topological order, and gives the branches, the joins, the number of routes
and the shortest and longest ones in learner time. Each phase keeps only the
phase before it on its best routes, so the walk costs one step per
transition, however long the routes are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from scenario.learning_path.graph import build_graph, sequence_graph

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["Route", "Routes", "routes"]


@attrs.frozen
class Route:
    """One way from an entry phase to an exit phase of the main path.

    Attributes:
        phases: the phase ids, in order.
        minutes: the sum of their known durations.
        incomplete: True when a phase of the route has no duration (``minutes``
            then counts only the known ones).
    """

    phases: tuple[str, ...]
    minutes: int
    incomplete: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain data: ``{"phases": [...], "minutes": ..., "incomplete": ...}``."""
        return {"phases": list(self.phases), "minutes": self.minutes, "incomplete": self.incomplete}


@attrs.frozen
class Routes:
    """The ways a learner can go through the main path (remediation loops left out).

    Attributes:
        branches: each phase where the path branches, with the phases it leads to.
        joins: each phase where branches meet again, with the phases leading to it.
        count: how many routes lead from an entry phase to an exit phase.
        shortest, longest: the routes of least and most learner time (``None``
            when the path has a cycle or no phase).
        cycle: True when the main path has a cycle: routes cannot be counted.
    """

    branches: dict[str, tuple[str, ...]]
    joins: dict[str, tuple[str, ...]]
    count: int
    shortest: Route | None
    longest: Route | None
    cycle: bool = False

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


def routes(scenario: Scenario) -> Routes:
    """The routes of the main path: branches, joins, the shortest and longest learner time.

    Works on the sequence transitions (remediation loops are taken only by
    the learners who need them). A phase without a duration counts 0 on a
    route, which is then marked ``incomplete``.

    >>> from scenario.model import Scenario
    >>> s = Scenario("Branches")
    >>> for pid, minutes in [("a", 10), ("b", 30), ("c", 5), ("d", 10)]:
    ...     _ = s.add_phase(pid, "réalisation", duration=minutes)
    >>> for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")]:
    ...     _ = s.connect(a, b)
    >>> r = routes(s)
    >>> r.branches, r.count, r.shortest.minutes, r.longest.phases
    ({'a': ('b', 'c')}, 2, 25, ('a', 'b', 'd'))
    """
    import networkx as nx

    graph = build_graph(scenario)
    main = sequence_graph(graph)
    branches = {n: tuple(main.successors(n)) for n in graph.nodes if main.out_degree(n) > 1}
    joins = {n: tuple(main.predecessors(n)) for n in graph.nodes if main.in_degree(n) > 1}
    if graph.number_of_nodes() == 0:
        return Routes(branches, joins, 0, None, None)
    index = dict(graph.nodes(data="index"))
    try:
        order = list(nx.lexicographical_topological_sort(main, key=lambda n: index[n]))
    except nx.NetworkXUnfeasible:
        return Routes(branches, joins, 0, None, None, cycle=True)
    duration: dict[str, int | None] = dict(graph.nodes(data="duration"))
    # For each phase: the number of routes reaching it, and the learner time of the
    # shortest and longest routes ending there with the phase before on each (a
    # parent pointer: the routes are read back once, at the end).
    count: dict[str, int] = {}
    waiting = {node: main.out_degree(node) for node in order}  # successors still to count
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
        for p in before:
            waiting[p] -= 1
            if not waiting[p]:
                del count[p]  # route counts grow long on a branching path: keep only the open ones
        low = min(before, key=lambda p: shortest[p][0])
        high = max(before, key=lambda p: longest[p][0])
        shortest[node] = (shortest[low][0] + own, low)
        longest[node] = (longest[high][0] + own, high)
    exits = [n for n in order if main.out_degree(n) == 0]
    low = min(exits, key=lambda n: shortest[n][0])
    high = max(exits, key=lambda n: longest[n][0])
    return Routes(
        branches,
        joins,
        sum(count[n] for n in exits),
        _route(low, shortest, duration),
        _route(high, longest, duration),
    )


def _route(
    end: str, best: dict[str, tuple[int, str | None]], duration: dict[str, int | None]
) -> Route:
    """The route ending at ``end``, read back along the parent pointers of ``best``."""
    phases: list[str] = []
    node: str | None = end
    while node is not None:
        phases.append(node)
        node = best[node][1]
    phases.reverse()
    return Route(tuple(phases), best[end][0], incomplete=_any_missing(phases, duration))


def _any_missing(phases: Iterable[str], duration: dict[str, int | None]) -> bool:
    return any(duration[p] is None for p in phases)
