"""The slide map: 16:9 measured in the SVG, readable, every cue a reader needs; DPI for PNG;
a DOT source that any Graphviz program draws the same."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import scenario
from scenario.render._slide import SITUATION_CUES
from tests.conftest import example_named

SIZE = re.compile(rb'<svg width="([\d.]+)pt" height="([\d.]+)pt"')
LONG = "un titre volontairement très long pour vérifier que le texte est replié et jamais coupé"


def aspect(svg: bytes) -> float:
    found = SIZE.search(svg)
    assert found is not None
    return float(found.group(1)) / float(found.group(2))


def long_course() -> scenario.Scenario:
    s = scenario.Scenario(
        "Accompagner la transformation numérique des services publics territoriaux",
        modality="blended",
        audience={"size": 18, "description": "encadrants de proximité " * 6},
        objectives=["identifier les usages numériques de son équipe " * 2, "conduire une réunion"],
    )
    situations = ["distanciel asynchrone", "présentiel", "distanciel synchrone"]
    for index in range(8):
        s.add_phase(
            f"p{index}",
            ["découverte", "apprentissage", "réalisation", "évaluation"][index // 2],
            f"Phase {index + 1} : {LONG} ({index})",
            situation=situations[index % 3],
            module=f"module {index // 3 + 1}",
            duration=45,
        )
    s.add_phase("aide", "apprentissage", "Tutorat", situation="distanciel synchrone", optional=True)
    for a, b in zip(range(7), range(1, 8)):
        s.connect(f"p{a}", f"p{b}")
    s.connect("p4", "aide")
    s.connect("aide", "p5")
    s.connect("p6", "p2", "remediation")
    return s


COURSES = {
    "spoc-logiciel-paie": lambda: example_named("spoc-logiciel-paie"),
    "spoc-excel-soutien": lambda: example_named("spoc-excel-soutien"),  # a remediation detour
    "long": long_course,
    "one-phase": lambda: scenario.Scenario("Seul", phases=[scenario.Phase("a", "découverte")]),
}


@pytest.mark.parametrize("name", sorted(COURSES))
def test_the_svg_is_16_9(name: str) -> None:
    """The width and height the SVG declares are 16:9, within 2 %."""
    svg = COURSES[name]().mindmap(layout="slide").pipe("svg")
    assert isinstance(svg, bytes)
    assert aspect(svg) == pytest.approx(16 / 9, rel=0.02)


@pytest.mark.parametrize("name", sorted(COURSES))
def test_plain_dot_draws_the_same_picture(name: str, tmp_path: Path) -> None:
    """The DOT source names its layout; `dot -Tsvg file.dot` gives the same size."""
    diagram = COURSES[name]().mindmap(layout="slide")
    assert "layout=dot" in diagram.source
    plain = subprocess.run(
        ["dot", "-Tsvg"], input=diagram.source.encode(), capture_output=True, check=True
    ).stdout
    assert SIZE.search(plain).groups() == SIZE.search(diagram.pipe("svg")).groups()  # type: ignore[union-attr]


@pytest.mark.parametrize("layout", ["twopi", "dot"])
def test_the_other_layouts_name_theirs_too(layout: str) -> None:
    """A radial map exported as .dot renders radial with plain `dot`."""
    diagram = example_named("spoc-logiciel-paie").mindmap(layout=layout)
    assert f"layout={layout}" in diagram.source
    plain = subprocess.run(
        ["dot", "-Tsvg"], input=diagram.source.encode(), capture_output=True, check=True
    ).stdout
    assert SIZE.search(plain).groups() == SIZE.search(diagram.pipe("svg")).groups()  # type: ignore[union-attr]


def test_readable_on_a_projector() -> None:
    """Titles at 16 pt and more, nothing under 12 pt, on a picture 16 inches wide."""
    source = long_course().mindmap(layout="slide").source
    sizes = [int(v) for v in re.findall(r'POINT-SIZE="(\d+)"', source)]
    assert min(sizes) >= 12
    assert 'POINT-SIZE="16"><B>1. ' in source


def test_no_text_is_cut() -> None:
    """Long titles, audience and objectives are wrapped, never ended with an ellipsis."""
    s = long_course()
    source = s.mindmap(layout="slide").source
    assert "…" not in source
    words = re.sub(r"<[^>]+>", " ", source)
    assert "coupé (7)" in " ".join(words.split())


def test_objectives_modules_and_situations_are_shown() -> None:
    s = example_named("spoc-logiciel-paie")
    source = s.mindmap(layout="slide").source
    for objective in s.objectives:
        assert objective.split()[0] in source
    assert "subgraph cluster_" in source
    assert "module : m1-prise-en-main" in source
    # The situation is an icon on the node and a border style, both in the legend.
    assert "✉ distanciel asynchrone" in source
    assert "☎ distanciel synchrone" in source
    assert re.search(r"style=\"rounded,filled,dotted\"", source)
    assert re.search(r"style=\"rounded,filled,dashed\"", source)
    for situation, (icon, _border) in SITUATION_CUES.items():
        assert re.search(rf"<TD>{icon}</TD><TD ALIGN=\"LEFT\">{situation.value} \(", source)
    assert "bordure en pointillés" in source


def test_loops_and_detours_leave_phases_by_their_bottom() -> None:
    """Remediation loops and detours are drawn below the phases, away from the course box."""
    source = example_named("spoc-excel-soutien").mindmap(layout="slide").source
    loops = [line for line in source.splitlines() if "#CC79A7" in line and "->" in line]
    assert loops
    assert all("tailport=s" in line for line in loops)


def test_dpi_sets_the_png_resolution() -> None:
    s = example_named("presentiel-reunions")

    def width(png: bytes) -> int:
        return int(struct.unpack(">I", png[16:20])[0])

    low = s.mindmap(layout="slide", dpi=96).pipe("png")
    high = s.mindmap(layout="slide", dpi=192).pipe("png")
    assert isinstance(low, bytes)
    assert isinstance(high, bytes)
    assert width(high) == pytest.approx(2 * width(low), rel=0.02)
    with pytest.raises(ValueError, match="dpi"):
        s.mindmap(dpi=0)


def test_the_cli_writes_a_slide_png_at_a_dpi(tmp_path: Path) -> None:
    out = tmp_path / "slide.png"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "scenario",
            "render",
            "examples/spoc-logiciel-paie.yaml",
            "-o",
            str(out),
            "--layout",
            "slide",
            "--dpi",
            "150",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent.parent,
    )
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    assert width / height == pytest.approx(16 / 9, rel=0.02)
    assert width >= 16 * 150 * 0.95
