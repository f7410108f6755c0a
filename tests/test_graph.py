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


def _random_path(data, phases: int) -> scenario.Scenario:
    """A scenario whose main path is a random DAG (edges only go forward), some
    phases without a duration, and a remediation loop that routes must ignore."""
    from hypothesis import strategies as st

    s = scenario.Scenario("Random")
    for index in range(phases):
        minutes = data.draw(st.none() | st.integers(0, 50))
        s.add_phase(f"p{index}", "réalisation", duration=minutes)
    pairs = [(a, b) for a in range(phases) for b in range(a + 1, phases)]
    for a, b in data.draw(st.lists(st.sampled_from(pairs), unique=True) if pairs else st.just([])):
        s.connect(f"p{a}", f"p{b}")
    if phases > 1:
        s.connect(f"p{phases - 1}", "p0", "remediation")
    if s.path is None:
        s.path = []
    return s


class TestRoutes:
    """routes() against every route enumerated by networkx on small random paths."""

    @staticmethod
    def _every_route(s: scenario.Scenario) -> list[list[str]]:
        """Every entry-to-exit route of the main path (detours left out)."""
        from scenario.learning_path import detours

        main = detours(s).main
        entries = [n for n in main if main.in_degree(n) == 0]
        exits = [n for n in main if main.out_degree(n) == 0]
        found = [[n] for n in entries if n in exits]
        for entry in entries:
            for end in exits:
                if entry != end:
                    found.extend(nx.all_simple_paths(main, entry, end))
        return found

    def test_count_shortest_and_longest_are_those_of_every_route(self):
        """The shortest route is the least main-path route; the longest the greatest one
        plus each detour phase once."""
        from hypothesis import given, settings
        from hypothesis import strategies as st

        from scenario.learning_path import detours, routes

        @settings(max_examples=150, deadline=None)
        @given(st.integers(1, 7), st.data())
        def check(phases, data):
            s = _random_path(data, phases)
            minutes = {p.id: p.duration or 0 for p in s.phases}
            every = self._every_route(s)
            found = routes(s)
            assert found.count == len(every)
            totals = sorted(sum(minutes[p] for p in route) for route in every)
            assert list(found.shortest.phases) in every
            assert found.shortest.minutes == totals[0]
            aside = detours(s).phases
            assert found.longest.minutes == totals[-1] + sum(minutes[p] for p in aside)
            assert set(found.longest.detours) == set(aside)
            durations = [s.phase(p).duration for p in found.shortest.phases]
            assert found.shortest.incomplete == (None in durations)

        check()

    def test_a_long_branching_path_gives_exact_counts_and_whole_routes(self):
        """4,000 diamonds in a row: 2 ** 4000 routes, the longest through every top phase."""
        from scenario.learning_path import routes

        phases = [scenario.Phase("d0", "réalisation", duration=1)]
        path = []
        for i in range(4_000):
            phases.append(scenario.Phase(f"up{i}", "réalisation", duration=2))
            phases.append(scenario.Phase(f"down{i}", "réalisation", duration=1))
            phases.append(scenario.Phase(f"d{i + 1}", "réalisation", duration=1))
            for side in ("up", "down"):
                path.append(scenario.Transition(f"d{i}", f"{side}{i}"))
                path.append(scenario.Transition(f"{side}{i}", f"d{i + 1}"))
        s = scenario.Scenario("Diamonds", phases=phases, path=path)
        found = routes(s)
        assert found.count == 2**4_000
        assert found.longest.minutes == 1 + 4_000 * 3
        assert found.longest.phases[:3] == ("d0", "up0", "d1")
        assert found.shortest.minutes == 1 + 4_000 * 2
        assert len(found.shortest.phases) == 1 + 4_000 * 2


def test_the_garbage_collector_waits_while_a_graph_is_built(monkeypatch):
    """A large path makes many objects that all live on: no collection pass meanwhile."""
    import gc

    from scenario.learning_path import graph as graph_module

    seen = []
    split = graph_module.split_transitions

    def spy(scenario_):
        seen.append(gc.isenabled())
        return split(scenario_)

    monkeypatch.setattr(graph_module, "split_transitions", spy)
    build_graph(branching())
    graph_module.main_path(branching())
    assert seen == [False, False]
    assert gc.isenabled()
