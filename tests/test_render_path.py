"""The path diagram: a left-to-right flow with branches and remediation loops."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import scenario
from scenario.palette import KIND_COLOURS
from scenario.render.path import path_diagram
from tests.conftest import example_named
from tests.render_helpers import (
    Finding,
    Report,
    assert_no_active_content,
    hostile_scenario,
    node_groups,
    plain_counts,
    svg_tree,
    texts_of,
)

SVG_PATH = "{http://www.w3.org/2000/svg}path"


def _flat(words: list[str]) -> str:
    return " ".join(" ".join(words).replace("\u00a0", " ").split())


class TestExamples:
    @pytest.mark.parametrize("lang", ["fr", "en"])
    def test_every_phase_is_drawn(self, example: scenario.Scenario, lang: str) -> None:
        """Each example renders; each phase shows its number, kind and title in its colour."""
        dot = path_diagram(example, lang=lang)
        assert dot.engine == "dot"
        groups = node_groups(svg_tree(dot.pipe("svg")))
        numbers = scenario.learning_path.numbering(example)
        kinds = numbers.found.kinds
        for pid in numbers.order:
            phase = example.phase(pid)
            group = groups[f"phase__{pid}"]
            shown = _flat(texts_of(group))
            kind = phase.kind.label(lang)
            if pid in kinds:  # a detour says so: « 3a · remédiation · apprentissage »
                with scenario.i18n.use_language(lang):
                    kind = f"{scenario.learning_path.kind_label(kinds[pid])} · {kind}"
            assert shown.startswith(f"{numbers.labels[pid]} · {kind}")
            assert _flat([phase.title or pid]) in shown
            shape = group.find(SVG_PATH)
            assert shape is not None
            assert shape.get("fill", "").lower() == KIND_COLOURS[phase.kind].light.lower()

    def test_edges(self, example: scenario.Scenario) -> None:
        """One edge per link of the main path (over optional phases too), one per other
        transition (loops, into and out of detours), plus start -> entries and exits -> end
        of the main path."""
        from scenario.learning_path import detours

        nodes, edges = plain_counts(example.path_diagram().source, "dot")
        found = detours(example)
        assert nodes == len(example.phases) + 3  # start, end, legend
        pairs = {(t.source, t.target) for t in example.transitions}
        others = {(a, b) for a, b in pairs if not found.main.has_edge(a, b)}
        expected = found.main.number_of_edges() + len(others) + len(found.entries)
        assert edges == expected + len(found.exits) + 1  # the invisible legend anchor

    def test_branches_and_remediation(self) -> None:
        s = scenario.Scenario("Branches")
        for pid, kind in [("a", "découverte"), ("b", "réalisation"), ("c", "réalisation")]:
            s.add_phase(pid, kind)
        s.add_phase("d", "évaluation")
        s.connect("a", "b")
        s.connect("a", "c")
        s.connect("b", "d")
        s.connect("c", "d")
        s.connect("d", "a", "remediation")
        source = s.path_diagram().source
        assert re.search(r"phase__a -> phase__b \[", source)
        assert re.search(r"phase__a -> phase__c \[", source)
        assert re.search(r"phase__d -> phase__a \[.*style=dotted", source)
        assert "remédiation" in source

    def test_deterministic(self, example_file: Path) -> None:
        assert (
            scenario.load(example_file).path_diagram().source
            == scenario.load(example_file).path_diagram().source
        )

    def test_findings_are_marked(self) -> None:
        s = example_named("mooc-cybersecurite")
        first = s.phases[0].id
        report = Report([Finding("phase.sharing-alone", "error", first, "x")])
        groups = node_groups(svg_tree(s.path_diagram(report=report, lang="en").pipe("svg")))
        assert "1 error" in _flat(texts_of(groups[f"phase__{first}"]))


def test_hostile_text_injects_nothing() -> None:
    s = hostile_scenario()
    dot = s.path_diagram()
    nodes, edges = plain_counts(dot.source, "dot")
    assert nodes == len(s.phases) + 3
    assert edges == len(s.transitions) + 1 + 1 + 1
    assert_no_active_content(svg_tree(dot.pipe("svg")))


def test_missing_dot(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    dot = example_named("presentiel-reunions").path_diagram()
    assert dot.source.startswith("digraph path")
    with pytest.raises(scenario.GraphvizNotFoundError):
        dot.pipe("svg")
