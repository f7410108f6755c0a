"""The path as a networkx graph."""

from __future__ import annotations

import networkx as nx

import scenario
from scenario.learning_path import (
    build_graph,
    entry_phases,
    exit_phases,
    path_order,
    sequence_graph,
)
from tests.conftest import example_named


def branching() -> scenario.Scenario:
    s = scenario.Scenario("Branches")
    for pid, kind in [
        ("a", "découverte"),
        ("b", "réalisation"),
        ("c", "réalisation"),
        ("d", "évaluation"),
        ("orphan", "apprentissage"),
    ]:
        s.add_phase(pid, kind, duration=10)
    s.connect("a", "b")
    s.connect("a", "c")
    s.connect("b", "d")
    s.connect("c", "d")
    s.connect("d", "a", "remediation")
    return s


def test_nodes_carry_the_phase_data():
    g = scenario.graph(example_named("spoc-logiciel-paie"))
    assert isinstance(g, nx.DiGraph)
    data = g.nodes["atelier-cas"]
    assert data["kind"] == "réalisation"
    assert data["group"] == "petit groupe"
    assert data["intentions"] == ["partager"]
    assert data["duration"] == 90
    assert data["phase"].title.startswith("Atelier")


def test_edges_carry_the_transition_kind():
    g = branching().graph
    assert g.edges["a", "b"]["kind"] == "sequence"
    assert g.edges["d", "a"]["kind"] == "remediation"


def test_implicit_path_follows_the_order_of_phases():
    g = example_named("pedagogie-inversee-formateurs").graph
    assert list(g.edges) == list(zip(list(g.nodes), list(g.nodes)[1:]))


def test_sequence_graph_leaves_remediation_out():
    g = branching().graph
    assert ("d", "a") not in sequence_graph(g).edges
    assert nx.is_directed_acyclic_graph(sequence_graph(g))
    assert not nx.is_directed_acyclic_graph(g)


def test_entries_and_exits_ignore_remediation_and_count_left_out_phases_as_both():
    g = branching().graph
    assert entry_phases(g) == ["a", "orphan"]
    assert exit_phases(g) == ["d", "orphan"]


def test_path_order_is_topological_with_document_order_ties():
    assert path_order(branching().graph) == ["a", "b", "c", "d", "orphan"]


def test_a_sequence_transition_wins_over_a_remediation_on_the_same_pair():
    s = scenario.Scenario("T")
    s.add_phase("a", "découverte")
    s.add_phase("b", "évaluation")
    s.connect("a", "b", "remediation")
    s.connect("a", "b")
    assert build_graph(s).edges["a", "b"]["kind"] == "sequence"
