"""The learning path as a networkx graph: what the rules and renderers walk.

:func:`build_graph` gives a ``DiGraph`` whose nodes are the phase ids, with
the phase's data as node attributes (``phase`` the :class:`~scenario.model.Phase`
itself, ``kind``, ``group``, ``situation``, ``pedagogy``, ``intentions``,
``duration``, ``module``, ``title``, ``index`` its position in the document),
and whose edges carry ``kind``: ``sequence`` or ``remediation``. The
functions below give the terms of DOMAIN.md a single meaning for every rule.

networkx is imported when a graph is first built, so ``import scenario`` stays quick.

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

from typing import TYPE_CHECKING

from scenario.vocabulary import TransitionKind

if TYPE_CHECKING:
    import networkx

    from scenario.model import Scenario

__all__ = [
    "build_graph",
    "entry_phases",
    "exit_phases",
    "path_order",
    "sequence_graph",
]

SEQUENCE = TransitionKind.SEQUENCE.value
REMEDIATION = TransitionKind.REMEDIATION.value


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
    for transition in scenario.transitions:
        kind = transition.kind.value
        existing = graph.get_edge_data(transition.source, transition.target)
        if existing is not None and existing["kind"] == SEQUENCE:
            continue
        graph.add_edge(transition.source, transition.target, kind=kind)
    return graph


def sequence_graph(graph: networkx.DiGraph) -> networkx.DiGraph:
    """A view of ``graph`` without its remediation transitions: the main path."""
    import networkx as nx

    return nx.subgraph_view(graph, filter_edge=lambda a, b: graph.edges[a, b]["kind"] == SEQUENCE)


def entry_phases(graph: networkx.DiGraph) -> list[str]:
    """The phases with no incoming sequence transition, in document order."""
    main = sequence_graph(graph)
    return [node for node in graph.nodes if main.in_degree(node) == 0]


def exit_phases(graph: networkx.DiGraph) -> list[str]:
    """The phases with no outgoing sequence transition, in document order."""
    main = sequence_graph(graph)
    return [node for node in graph.nodes if main.out_degree(node) == 0]


def path_order(graph: networkx.DiGraph) -> list[str]:
    """The phases in the order a learner meets them on the main path.

    A topological order of the sequence transitions that breaks ties by
    document order; when the path has a cycle, the document order. Phases
    the path does not reach keep their document place among the others.
    """
    import networkx as nx

    main = sequence_graph(graph)
    index = dict(graph.nodes(data="index"))
    try:
        return list(nx.lexicographical_topological_sort(main, key=lambda n: index[n]))
    except nx.NetworkXUnfeasible:
        return sorted(graph.nodes, key=lambda n: index[n])
