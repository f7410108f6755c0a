"""The learning path as a networkx graph: what the rules and renderers walk.

:func:`build_graph` gives a ``DiGraph`` whose nodes are the phase ids, with
the phase's data as node attributes (``phase`` the :class:`~scenario.model.Phase`
itself, ``kind``, ``group``, ``situation``, ``pedagogy``, ``intentions``,
``duration``, ``module``, ``title``, ``index`` its position in the document),
and whose edges carry ``kind``: ``sequence`` or ``remediation``. The
functions below give the terms of the concepts page a single meaning for every rule.

networkx is imported when a graph is first built, so ``import scenario`` stays quick.
The garbage collector waits while a graph is built (:mod:`scenario._gc`): a
large path makes many objects that all live on.

>>> from scenario.model import Scenario
>>> s = Scenario("Demo")
>>> for pid, kind in [("a", "découverte"), ("b", "réalisation"), ("c", "évaluation")]:
...     _ = s.add_phase(pid, kind)
>>> g = build_graph(s)
>>> list(g.nodes), g.edges["a", "b"]["kind"]
(['a', 'b', 'c'], 'sequence')
>>> entry_phases(g), exit_phases(g)
(['a'], ['c'])
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from typing import TYPE_CHECKING

from scenario._gc import collector_paused
from scenario.vocabulary import TransitionKind

if TYPE_CHECKING:
    import networkx

    from scenario.model import Phase, Scenario

__all__ = [
    "build_graph",
    "entry_phases",
    "exit_phases",
    "main_path",
    "ordered_phases",
    "path_order",
    "sequence_graph",
    "split_transitions",
    "topological_by_position",
]

SEQUENCE = TransitionKind.SEQUENCE.value
REMEDIATION = TransitionKind.REMEDIATION.value

Pair = tuple[str, str]


def split_transitions(scenario: Scenario) -> tuple[list[Pair], list[Pair]]:
    """The path's (from, to) pairs: the main path's, then the remediation loops'.

    Each pair comes once, in the order it first appears. When a sequence and
    a remediation transition join the same phases, the pair belongs to the
    main path only.
    """
    sequence: dict[Pair, None] = {}
    remediation: dict[Pair, None] = {}
    for transition in scenario.transitions:
        pair = (transition.source, transition.target)
        if transition.kind is TransitionKind.SEQUENCE:
            sequence[pair] = None
        else:
            remediation[pair] = None
    return list(sequence), [pair for pair in remediation if pair not in sequence]


@collector_paused()
def main_path(scenario: Scenario, sequence: list[Pair] | None = None) -> networkx.DiGraph:
    """The graph of sequence transitions: every phase id as a node, no remediation loop.

    The same nodes and edges as ``sequence_graph(build_graph(scenario))``,
    without the phases' data: the quick graph for walking a large path. The
    main path that every learner follows also leaves the detour phases out:
    see :func:`scenario.learning_path.detours`.
    ``sequence`` is the first list of :func:`split_transitions`, when the
    caller has it already.
    """
    import networkx as nx

    main = nx.DiGraph()
    main.add_nodes_from(phase.id for phase in scenario.phases)
    main.add_edges_from(split_transitions(scenario)[0] if sequence is None else sequence)
    return main


@collector_paused()
def build_graph(scenario: Scenario) -> networkx.DiGraph:
    """The path of ``scenario`` as a ``DiGraph`` (every transition, remediation included).

    When two transitions join the same phases, a sequence one wins over a
    remediation one: the edge belongs to the main path.
    """
    import networkx as nx

    graph = nx.DiGraph(title=scenario.title)
    for index, phase in enumerate(scenario.phases):
        graph.add_node(
            phase.id,
            phase=phase,
            index=index,
            kind=phase.kind.value,
            title=phase.title,
            group=phase.group.value if phase.group else None,
            situation=phase.situation.value if phase.situation else None,
            pedagogy=phase.pedagogy.value if phase.pedagogy else None,
            intentions=[i.value for i in phase.intentions],
            duration=phase.duration,
            module=phase.module,
        )
    main = set(split_transitions(scenario)[0])
    for transition in scenario.transitions:
        pair = (transition.source, transition.target)
        if not graph.has_edge(*pair):
            graph.add_edge(*pair, kind=SEQUENCE if pair in main else REMEDIATION)
    return graph


@collector_paused()
def sequence_graph(graph: networkx.DiGraph) -> networkx.DiGraph:
    """A copy of ``graph`` without its remediation transitions: the main path.

    Nodes keep their data. A plain graph rather than a filtered view: walking a
    view tests every edge's kind again on each step, which large paths feel.
    """
    import networkx as nx

    main = nx.DiGraph()
    main.add_nodes_from(graph.nodes(data=True))
    main.add_edges_from(
        (a, b, data) for a, b, data in graph.edges(data=True) if data["kind"] == SEQUENCE
    )
    return main


def entry_phases(graph: networkx.DiGraph) -> list[str]:
    """The phases with no incoming sequence transition, in document order.

    Detour phases included: the entry phases of the main path are
    :attr:`Detours.entries <scenario.learning_path.detours.Detours.entries>`.
    """
    main = sequence_graph(graph)
    return [node for node in graph.nodes if main.in_degree(node) == 0]


def exit_phases(graph: networkx.DiGraph) -> list[str]:
    """The phases with no outgoing sequence transition, in document order.

    Detour phases included: the exit phases of the main path are
    :attr:`Detours.exits <scenario.learning_path.detours.Detours.exits>`.
    """
    main = sequence_graph(graph)
    return [node for node in graph.nodes if main.out_degree(node) == 0]


def topological_by_position(
    graph: networkx.DiGraph, position: Mapping[str, int]
) -> list[str] | None:
    """A topological order of ``graph`` that takes, of the phases ready, the one first in
    ``position`` (the document's order); None when the graph has a cycle.

    What networkx's ``lexicographical_topological_sort`` gives, without its key calls and
    exceptions: three times quicker on a path of 100,000 phases, where the rules, the
    routes and the maps all order the main path.

    >>> import networkx as nx
    >>> topological_by_position(nx.DiGraph([("b", "c"), ("a", "c")]), {"a": 1, "b": 0, "c": 2})
    ['b', 'a', 'c']
    """
    waiting = {node: len(before) for node, before in graph.pred.items()}
    ready = [(position[node], node) for node, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order: list[str] = []
    following = graph.succ
    while ready:
        node = heapq.heappop(ready)[1]
        order.append(node)
        for nxt in following[node]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, (position[nxt], nxt))
    return order if len(order) == len(waiting) else None


def path_order(graph: networkx.DiGraph) -> list[str]:
    """The phases in the order a learner meets them on the main path.

    A topological order of the sequence transitions that breaks ties by
    document order; when the path has a cycle, the document order. Phases
    the path does not reach keep their document place among the others.
    """
    main = sequence_graph(graph)
    index = dict(graph.nodes(data="index"))
    order = topological_by_position(main, index)
    return order if order is not None else sorted(graph.nodes, key=index.__getitem__)


def ordered_phases(scenario: Scenario, graph: networkx.DiGraph | None = None) -> list[Phase]:
    """The phases themselves in :func:`path_order`: the order of outlines, tables, synopses.

    ``graph`` is the scenario's :func:`build_graph`, when the caller has it already.
    """
    by_id = {phase.id: phase for phase in scenario.phases}
    return [by_id[pid] for pid in path_order(build_graph(scenario) if graph is None else graph)]
