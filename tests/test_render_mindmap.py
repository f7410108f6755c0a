"""The mind map: drawn with the real Graphviz, readable, safe and deterministic."""

from __future__ import annotations

import re

import graphviz
import pytest

import scenario
from scenario.palette import KIND_COLOURS, SEVERITY_COLOURS
from scenario.render.mindmap import mindmap
from tests.conftest import example_named
from tests.render_helpers import (
    HOSTILE,
    Finding,
    Report,
    assert_no_active_content,
    hostile_scenario,
    node_groups,
    plain_counts,
    svg_tree,
    texts_of,
)


def _flat(words: list[str]) -> str:
    return " ".join(" ".join(words).replace("\u00a0", " ").split())


class TestExamples:
    @pytest.mark.parametrize("lang", ["fr", "en"])
    @pytest.mark.parametrize("layout", ["twopi", "dot"])
    def test_every_phase_title_is_in_the_svg(
        self, example: scenario.Scenario, lang: str, layout: str
    ) -> None:
        """Each example renders with the real dot; each phase node holds its numbered title
        (the main path 1, 2, 3..., a detour from the phase it branches off: 3a)."""
        root = svg_tree(mindmap(example, lang=lang, layout=layout).pipe("svg"))
        groups = node_groups(root)
        numbers = scenario.learning_path.numbering(example)
        assert len(numbers.order) == len(example.phases)
        for pid in numbers.order:
            phase = example.phase(pid)
            shown = _flat(texts_of(groups[f"phase__{pid}"]))
            assert shown.startswith(f"{numbers.labels[pid]}. {_flat([phase.title or pid])}")
            assert phase.kind.label(lang) in shown
        assert _flat([example.title]) in _flat(texts_of(groups["course"]))

    def test_phases_are_coloured_by_kind(self, example: scenario.Scenario) -> None:
        """A phase's box is filled with its kind's light colour, edged with the strong one."""
        root = svg_tree(example.mindmap().pipe("svg"))
        groups = node_groups(root)
        for phase in example.phases:
            shape = groups[f"phase__{phase.id}"].find("{http://www.w3.org/2000/svg}path")
            assert shape is not None
            colour = KIND_COLOURS[phase.kind]
            assert shape.get("fill", "").lower() == colour.light.lower()
            assert shape.get("stroke", "").lower() == colour.strong.lower()

    @pytest.mark.parametrize("detail", ["phases", "tags", "activities"])
    def test_detail_levels(self, example: scenario.Scenario, detail: str) -> None:
        """phases: one node per phase; tags: plus one card each; activities: plus each activity."""
        dot = example.mindmap(detail=detail)
        nodes, edges = plain_counts(dot.source, "twopi")
        per_phase = {"phases": 0, "tags": 1, "activities": 1}[detail]
        activities = sum(len(p.activities) for p in example.phases) if detail == "activities" else 0
        expected = 2 + len(example.phases) * (1 + per_phase) + activities  # course and legend
        assert nodes == expected
        assert edges >= len(example.phases) * (1 + per_phase) + activities
        text = _flat(texts_of(svg_tree(dot.pipe("svg"))))
        if detail == "activities":
            for phase in example.phases:
                for activity in phase.activities:
                    assert activity.split()[0] in text

    def test_english_words(self) -> None:
        """lang="en" writes the grid's English terms and the English legend."""
        text = _flat(
            texts_of(svg_tree(example_named("spoc-logiciel-paie").mindmap(lang="en").pipe("svg")))
        )
        for words in ("Legend", "asynchronous remote", "alone", "discovery", "remediation"):
            assert words in text
        assert "découverte" not in text

    def test_remediation_loops_are_distinct(self) -> None:
        """Sequence arrows are dashed grey, remediation ones dotted purple."""
        dot = example_named("spoc-logiciel-paie").mindmap()
        assert re.search(
            r"\"phase__exercice-guide\" -> phase__interface \[.*style=dotted", dot.source
        )
        assert re.search(r"phase__accroche -> phase__interface \[.*style=dashed", dot.source)

    def test_same_scenario_same_dot(self, example_file: object) -> None:
        """Two loads of one document give byte-identical DOT."""
        first = scenario.load(example_file).mindmap(detail="activities").source  # type: ignore[arg-type]
        second = scenario.load(example_file).mindmap(detail="activities").source  # type: ignore[arg-type]
        assert first == second

    def test_returns_a_graphviz_digraph(self) -> None:
        dot = example_named("presentiel-reunions").mindmap()
        assert isinstance(dot, graphviz.Digraph)
        assert dot.engine == "twopi"
        assert example_named("presentiel-reunions").mindmap(layout="dot").engine == "dot"

    @pytest.mark.parametrize(
        ("option", "value"), [("lang", "de"), ("detail", "all"), ("layout", "neato")]
    )
    def test_bad_options_are_refused(self, option: str, value: str) -> None:
        with pytest.raises(ValueError, match=option):
            mindmap(example_named("presentiel-reunions"), **{option: value})


class TestHostileText:
    @pytest.mark.parametrize("layout", ["twopi", "dot"])
    def test_nothing_is_injected(self, layout: str) -> None:
        """Hostile titles, activities and modules add no node, no edge, no script."""
        s = hostile_scenario()
        dot = s.mindmap(detail="activities", layout=layout)
        nodes, edges = plain_counts(dot.source, layout)
        activities = sum(len(p.activities) for p in s.phases)
        assert nodes == 2 + 2 * len(s.phases) + activities
        # course->phase, phase->card, phase->activity, the path (sequence and remediation)
        assert edges == 2 * len(s.phases) + activities + len(s.transitions)
        root = svg_tree(dot.pipe("svg"))
        assert_no_active_content(root)

    def test_titles_show_literally(self) -> None:
        """Backslash sequences and markup show as typed (control characters as spaces)."""
        s = hostile_scenario()
        groups = node_groups(svg_tree(s.mindmap(detail="phases").pipe("svg")))
        for index, title in enumerate(HOSTILE):
            shown = _flat(texts_of(groups[f"phase__p{index}"]))
            expected = _flat([re.sub(r"[\x00-\x1f]", " ", title)])
            assert expected[:20] in shown, (expected, shown)

    def test_backslash_escapes_are_not_expanded(self) -> None:
        s = scenario.Scenario("\\G \\N")
        s.add_phase("a", "découverte", "\\N\\T\\H\\L\\E\\n\\l\\r \\\\")
        text = _flat(texts_of(svg_tree(s.mindmap().pipe("svg"))))
        assert "\\G \\N" in text
        assert "\\N\\T\\H\\L\\E\\n\\l\\r \\\\" in text
        assert "mindmap" not in text
        assert "phase__a" not in text

    def test_no_url_attributes(self) -> None:
        source = hostile_scenario().mindmap(detail="activities").source
        for attribute in ("URL", "href", "tooltip", "target"):
            assert f"{attribute}=" not in source


class TestFindings:
    def report(self) -> Report:
        return Report(
            [
                Finding("phase.sharing-alone", "error", "accroche", "partager <seul>"),
                Finding("phase.long-async", "warning", "accroche", "trop long"),
                Finding("phase.no-duration", "info", "interface", "pas de durée", waived=True),
                Finding("scenario.no-objectives", "warning", None, "pas d'objectif"),
            ]
        )

    def test_marks_on_phases(self) -> None:
        """A phase with unwaived findings shows their count; a waived one shows nothing."""
        s = example_named("spoc-logiciel-paie")
        groups = node_groups(svg_tree(s.mindmap(report=self.report()).pipe("svg")))
        marked = _flat(texts_of(groups["phase__accroche"]))
        assert "1 erreur" in marked
        assert "1 avertissement" in marked
        assert "info" not in _flat(texts_of(groups["phase__interface"]))
        assert "1 avertissement" in _flat(texts_of(groups["course"]))

    def test_with_findings_lists_them(self) -> None:
        s = example_named("spoc-logiciel-paie")
        dot = s.mindmap(report=self.report(), with_findings=True, lang="en")
        text = _flat(texts_of(svg_tree(dot.pipe("svg"))))
        assert "phase.sharing-alone" in text
        assert "partager <seul>" in text
        assert "scenario.no-objectives" in text
        assert "phase.no-duration" not in text
        nodes, _ = plain_counts(dot.source, "twopi")
        assert nodes == 2 + 2 * len(s.phases) + 3

    @pytest.mark.parametrize("severity", ["error", "warning", "info"])
    def test_the_report_and_the_maps_colour_a_severity_alike(self, severity: str) -> None:
        """One palette for the severities: the report's HTML table, the mind map and the
        path diagram colour a finding of each severity with scenario.palette's colour."""
        import scenario.report

        colour = SEVERITY_COLOURS[severity]
        s = example_named("spoc-logiciel-paie")
        finding = scenario.report.Finding("phase.x", severity, "accroche", "message", "test")
        report = scenario.report.Report([finding])
        assert f"color:{colour};" in report._repr_html_()
        assert f'COLOR="{colour}"' in s.mindmap(report=report).source
        assert f'COLOR="{colour}"' in s.path_diagram(report=report).source

    def test_real_report_when_available(self) -> None:
        """With scenario.validate (once the rules exist), the map takes its report."""
        validate = pytest.importorskip("scenario.rules").validate
        s = example_named("mooc-cybersecurite")
        dot = s.mindmap(report=validate(s), with_findings=True)
        svg_tree(dot.pipe("svg"))


def test_radial_branches_read_clockwise_from_the_top() -> None:
    """Phase 1 sits in the upper half; each next phase is further clockwise."""
    import math
    import shlex
    import subprocess

    s = example_named("pedagogie-inversee-formateurs")
    out = subprocess.run(
        ["dot", "-Ktwopi", "-Tplain"],
        input=s.mindmap(detail="phases").source.encode(),
        capture_output=True,
        check=True,
    ).stdout.decode()
    where = {}
    for line in out.splitlines():
        if line.startswith("node "):
            parts = shlex.split(line)
            where[parts[1]] = (float(parts[2]), float(parts[3]))
    cx, cy = where["course"]
    order = scenario.learning_path.path_order(s.graph)
    # clockwise angle from noon, in degrees
    angles = [
        math.degrees(math.atan2(where[f"phase__{p}"][0] - cx, where[f"phase__{p}"][1] - cy)) % 360
        for p in order
    ]
    assert angles[0] < 90 or angles[0] > 330
    unwrapped = [(a - angles[0]) % 360 for a in angles]
    assert unwrapped == sorted(unwrapped)


def _branching(phases: int) -> scenario.Scenario:
    """A long path where every tenth phase opens a branch that joins two phases later."""
    kinds = ["découverte", "apprentissage", "réalisation", "évaluation"]
    s = scenario.Scenario("Long", modality="spoc")
    for i in range(phases):
        s.add_phase(
            f"p{i}",
            kinds[i * 4 // phases],
            f"Phase {i}",
            group="seul",
            duration=30,
            activities=["lecture", "quiz"],
        )
    for i in range(phases - 1):
        s.connect(f"p{i}", f"p{i + 1}")
        if i % 10 == 0 and i + 2 < phases:
            s.connect(f"p{i}", f"p{i + 2}")
        if i % 20 == 19:
            s.connect(f"p{i}", f"p{i - 1}", "remediation")
    return s


class TestLargeMaps:
    """Curved edges make Graphviz walk every path of the graph: large maps get straight ones."""

    def test_examples_are_curved(self, example: scenario.Scenario) -> None:
        assert example.mindmap().graph_attr["splines"] == "curved"
        assert example.mindmap(layout="dot").graph_attr["splines"] == "curved"

    @pytest.mark.parametrize("layout", ["twopi", "dot"])
    def test_branching_200_phases_draws_quickly(self, layout: str) -> None:
        import time

        dot = _branching(200).mindmap(layout=layout)
        assert dot.graph_attr["splines"] == "line"
        dot.timeout = 20
        start = time.perf_counter()
        svg_tree(dot.pipe("svg"))
        assert time.perf_counter() - start < 5

    def test_500_phases_with_activities_and_findings(self) -> None:
        """Past a few hundred nodes the map is scaled apart, not pushed apart node by node."""
        import time

        s = _branching(500)
        report = Report(
            [Finding("phase.long-async", "warning", f"p{i}", "long") for i in range(0, 500, 3)]
        )
        dot = s.mindmap(detail="activities", report=report, with_findings=True)
        assert dot.graph_attr["overlap"] == "scale"
        start = time.perf_counter()
        svg_tree(dot.pipe("svg"))
        assert time.perf_counter() - start < 5

    def test_a_path_with_a_cycle_is_straight(self) -> None:
        s = _branching(40)
        s.connect("p30", "p5")  # a sequence transition back: the path has a cycle
        assert s.mindmap().graph_attr["splines"] == "line"

    def test_a_linear_path_stays_curved(self) -> None:
        s = scenario.Scenario("Linear")
        for i in range(200):
            s.add_phase(f"p{i}", "apprentissage", f"Phase {i}")
        assert s.mindmap().graph_attr["splines"] == "curved"


def test_a_path_with_astronomically_many_routes_still_gives_dot_with_straight_edges() -> None:
    """1,100 diamonds in a row (a branch that joins again, 1,100 times) make 2**1100
    routes, more than a float holds: counting them must neither overflow nor ask
    Graphviz for curved edges."""
    s = scenario.Scenario("Diamants")
    s.add_phase("p0", "découverte", "Début")
    for n in range(1100):
        s.add_phase(f"a{n}", "apprentissage", f"A{n}")
        s.add_phase(f"b{n}", "apprentissage", f"B{n}")
        s.add_phase(f"p{n + 1}", "réalisation", f"J{n}")
    for n in range(1100):
        for side in ("a", "b"):
            s.connect(f"p{n}", f"{side}{n}")
            s.connect(f"{side}{n}", f"p{n + 1}")
    s.connect("p1100", "p0", "remediation")
    source = s.mindmap(detail="phases").source
    assert "splines=curved" not in source
    assert source.count("->") >= 4400
