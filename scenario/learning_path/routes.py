"""The routes of the learning path: how long a learner takes, branch by branch.

:func:`routes` walks the main path (sequence transitions) once, in a
topological order, and gives the branches, the joins, the number of routes
and the shortest and longest ones in learner time.
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
    # For each phase: the number of routes reaching it, and the best routes ending there.
    count: dict[str, int] = {}
    shortest: dict[str, tuple[int, tuple[str, ...]]] = {}
    longest: dict[str, tuple[int, tuple[str, ...]]] = {}
    for node in order:
        own = duration[node] or 0
        before = list(main.predecessors(node))
        if not before:
            count[node] = 1
            shortest[node] = longest[node] = (own, (node,))
            continue
        count[node] = sum(count[p] for p in before)
        low = min((shortest[p] for p in before), key=lambda item: item[0])
        high = max((longest[p] for p in before), key=lambda item: item[0])
        shortest[node] = (low[0] + own, (*low[1], node))
        longest[node] = (high[0] + own, (*high[1], node))
    exits = [n for n in order if main.out_degree(n) == 0]
    low = min((shortest[n] for n in exits), key=lambda item: item[0])
    high = max((longest[n] for n in exits), key=lambda item: item[0])
    return Routes(
        branches,
        joins,
        sum(count[n] for n in exits),
        _route(low, duration),
        _route(high, duration),
    )


def _route(item: tuple[int, tuple[str, ...]], duration: dict[str, int | None]) -> Route:
    minutes, phases = item
    return Route(phases, minutes, incomplete=_any_missing(phases, duration))


def _any_missing(phases: Iterable[str], duration: dict[str, int | None]) -> bool:
    return any(duration[p] is None for p in phases)
