"""What the rendering and export tests share: hostile scenarios, report stand-ins, SVG reading."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import scenario

SVG = "{http://www.w3.org/2000/svg}"

#: Titles that would inject DOT, HTML, XML or Markdown if written unescaped.
HOSTILE = [
    '"]; a -> b [label="x',
    "<script>alert(1)</script>",
    "\\n \\N \\l \\G \\\\ end",
    "a & b &amp; <b>bold</b> 'q' \"dq\"",
    '<img src=x onload="alert(1)">',
    "]]> <!-- --> <![CDATA[x]]>",
    "} { node [shape=box] } digraph x {",
    "# heading\n- list ```code``` [link](javascript:alert(1))",
    "(( round )) [[ square ]] {{ hexagon }} ::icon(fa fa-book)",
    "line\nbreak\ttab\x00nul\x1fcontrol",
]


@dataclass(frozen=True)
class Finding:
    """A stand-in of scenario.report.Finding, with the same fields."""

    rule: str
    severity: str
    phase: str | None
    message: str
    source: str = "test"
    waived: bool = False


class Report(list[Finding]):
    """A stand-in of scenario.report.Report: iterable of findings, with errors and warnings."""

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self if f.severity == "error" and not f.waived]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self if f.severity == "warning" and not f.waived]


def hostile_scenario() -> scenario.Scenario:
    """A scenario whose every free text is one of :data:`HOSTILE`."""
    s = scenario.Scenario(
        HOSTILE[0],
        modality="spoc",
        audience={"size": 20, "description": HOSTILE[1]},
        objectives=HOSTILE[:2],
    )
    kinds = ["découverte", "apprentissage", "réalisation", "évaluation"]
    for index, title in enumerate(HOSTILE):
        s.add_phase(
            f"p{index}",
            kinds[index % 4],
            title,
            group="seul",
            situation="distanciel asynchrone",
            pedagogy="active",
            intentions="évaluer",
            duration="20min",
            module=HOSTILE[(index + 3) % len(HOSTILE)],
            activities=[HOSTILE[(index + 1) % len(HOSTILE)], HOSTILE[(index + 2) % len(HOSTILE)]],
        )
    s.connect("p0", "p1")
    for index in range(1, len(HOSTILE) - 1):
        s.connect(f"p{index}", f"p{index + 1}")
    s.connect("p3", "p1", "remediation")
    return s


def svg_tree(data: bytes) -> ET.Element:
    """Parse SVG bytes (the DOCTYPE Graphviz writes is not fetched)."""
    return ET.fromstring(data)


def texts_of(element: ET.Element) -> list[str]:
    """The text of every ``<text>`` under ``element``, in order."""
    return [t.text or "" for t in element.iter(f"{SVG}text")]


def node_groups(root: ET.Element) -> dict[str, ET.Element]:
    """The node groups of a Graphviz SVG by their ``<title>`` (the DOT node name)."""
    groups = {}
    for g in root.iter(f"{SVG}g"):
        if g.get("class") == "node":
            title = g.find(f"{SVG}title")
            assert title is not None
            groups[title.text or ""] = g
    return groups


def plain_counts(source: str, engine: str) -> tuple[int, int]:
    """Nodes and edges of a DOT source as Graphviz itself reads it (``-Tplain``)."""
    out = subprocess.run(
        ["dot", f"-K{engine}", "-Tplain"],
        input=source.encode(),
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout.decode()
    lines = out.splitlines()
    return (
        sum(1 for line in lines if line.startswith("node ")),
        sum(1 for line in lines if line.startswith("edge ")),
    )


def assert_no_active_content(root: ET.Element) -> None:
    """No script element, no event handler attribute, no link in a Graphviz SVG."""
    for element in root.iter():
        assert not element.tag.endswith("script"), element.tag
        assert not element.tag.endswith("}a"), "a link"
        for name in element.attrib:
            bare = name.rsplit("}", 1)[-1].lower()
            assert not bare.startswith("on"), name
            assert bare != "href", name
