"""The mind map for a slide (``mindmap(layout="slide")``, ``scenario render --layout slide``).

A 16:9 landscape picture, readable on a projector: the course at the top
(its title, facts and objectives) beside the legend; below it the phases in
the order a learner meets them, one row per module (a framed cluster named
after the module; phases without a module in rows of their own), each phase
one box with its number, its whole title (wrapped, never cut), its kind,
duration, group and pedagogy. The situation shows twice over, not by colour
alone: an icon before its name (⌂ présentiel, ☎ distanciel synchrone, ✉
distanciel asynchrone) and the box's border (solid, dashed, dotted), both
explained in the legend. Detours hang below the phase that sends learners
there; the main path's arrows are grey and dashed, the remediation loops
and detours arc between phases, never through the course box above them.

The drawing is laid out by ``dot`` and then fitted to 16 × 9 inches
(``ratio=fill``), so the SVG's width and height are 1152 × 648 points; the
DOT source says ``layout=dot``, so any Graphviz program draws it the same.
"""

from __future__ import annotations

import itertools
import math
import re
from typing import TYPE_CHECKING, Any

from scenario.i18n import _, pgettext
from scenario.learning_path.detours import OPTIONAL, REMEDIATION, kind_label
from scenario.palette import (
    BACKGROUND,
    FRAME,
    NEUTRAL,
    REMEDIATION_COLOUR,
    SEQUENCE_COLOUR,
    colour_of,
)
from scenario.render._arrows import arrow_look
from scenario.render._labels import (
    FONT,
    course_summary,
    detour_legend_row,
    lines_html,
    marks,
    minutes_label,
    severity_of,
    text,
)
from scenario.render._layout import ROOT
from scenario.render._mindmap_parts import phase_node
from scenario.vocabulary import PhaseKind, Situation

if TYPE_CHECKING:
    from scenario.learning_path import Numbering
    from scenario.model import Phase, Scenario
    from scenario.render._arrows import Arrow
    from scenario.render._graphviz import Diagram

#: The slide, in inches: 16:9.
WIDTH, HEIGHT = 16, 9
#: Each situation's icon and border style (the legend says which is which).
SITUATION_CUES: dict[Situation, tuple[str, str]] = {
    Situation.PRESENTIEL: ("⌂", "solid"),
    Situation.DISTANCIEL_SYNCHRONE: ("☎", "dashed"),
    Situation.DISTANCIEL_ASYNCHRONE: ("✉", "dotted"),
}
_NO_SITUATION = ("?", "solid")
#: The margin around the picture, in inches (more on the short side: see :func:`_fit`).
_PAD = 0.3
_SIZE = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"')
#: About the inches a phase box and the gap beside it take, to choose the rows' length.
_BOX_WIDTH, _ROW_HEIGHT, _TOP_HEIGHT = 2.9, 2.1, 2.6


def slide_map(
    scenario: Scenario,
    lang: str,
    numbers: Numbering,
    drawn: list[Arrow],
    findings: dict[str | None, list[Any]],
    report: bool,
) -> Diagram:
    """The slide's diagram (see the module's documentation)."""
    from scenario.render._graphviz import Diagram

    phases = {p.id: p for p in scenario.phases}
    main = [phases[pid] for pid in numbers.main]
    dot = Diagram(name="mindmap", engine="dot")
    dot.graph_attr.update(
        layout="dot",
        rankdir="TB",
        size=f"{WIDTH},{HEIGHT}",
        fontname=FONT,
        bgcolor=BACKGROUND,
        pad=f"{_PAD}",
        nodesep="0.35",
        ranksep="0.45",
        newrank="true",
        compound="true",
        charset="UTF-8",
        outputorder="edgesfirst",
        splines="spline",
    )
    dot.node_attr.update(fontname=FONT, fontsize="14", shape="box", margin="0.12,0.08")
    dot.edge_attr.update(fontname=FONT, fontsize="12", arrowhead="normal", arrowsize="0.8")

    with dot.subgraph(name="top") as top:
        top.attr(rank="min")
        top.node(
            ROOT,
            label=_course(scenario, lang, findings.get(None, []) if report else [], numbers),
            style="rounded,filled",
            fillcolor=NEUTRAL.light,
            color=NEUTRAL.strong,
            penwidth="2.5",
        )
        top.node("legend", label=_legend(lang, scenario, numbers, drawn), shape="plain")

    previous: str | None = None
    for index, row in enumerate(_rows(main)):
        for place, (module, run) in enumerate(row):
            _run(dot, f"{index}_{place}", module, run, numbers, lang, findings, report)
        members = [phase for _module, run in row for phase in run]
        # One rank for the row, across its modules' frames (newrank allows it); Graphviz
        # 2.43 fails on a frame inside a rank=same group, so the group only names them.
        with dot.subgraph(name=f"rank_{index}") as line:
            line.attr(rank="same")
            for phase in members:
                line.node(phase_node(phase.id))
        first = phase_node(members[0].id)
        # The rows stack below the course: an unseen edge from each row to the next.
        dot.edge(previous or ROOT, first, style="invis", weight="10")
        for _module, run in row:
            for a, b in itertools.pairwise(run):
                dot.edge(phase_node(a.id), phase_node(b.id), style="invis", weight="5")
        previous = first
    for pid in numbers.detours:
        _phase(dot, phases[pid], numbers, lang, findings.get(pid, []) if report else [])
    _arrows(dot, drawn)
    _fit(dot)
    return dot


def _fit(dot: Diagram) -> None:
    """Make the picture 16:9: lay it out once at its natural size, then widen the margins
    (``pad="x,y"``) on the short side; fitting into 16 × 9 inches scales margins and
    drawing alike, so the shape stays. The margins are numbers in the source: any Graphviz
    program draws the same 16:9 picture. Without Graphviz the source keeps even margins."""
    from scenario.errors import RenderError
    from scenario.render._graphviz import run

    size = dot.graph_attr.pop("size")
    try:
        svg = run(dot.source, engine="dot", format="svg", timeout=dot.timeout)
    except RenderError:
        return
    finally:
        dot.graph_attr["size"] = size
    found = _SIZE.search(svg[:2000].decode("utf-8", "replace"))
    if found is None:
        return
    width, height = float(found.group(1)), float(found.group(2))
    wanted = WIDTH / HEIGHT
    extra_x = max(0.0, (wanted * height - width) / 2) / 72
    extra_y = max(0.0, (width / wanted - height) / 2) / 72
    dot.graph_attr["pad"] = f"{_PAD + extra_x:.3f},{_PAD + extra_y:.3f}"


def _rows(main: list[Phase]) -> list[list[tuple[str | None, list[Phase]]]]:
    """The rows of phases, in path order: each row a few runs of one module each (a module
    longer than a row is cut), as many phases a row as make the grid nearest 16:9."""
    count = max(1, len(main))
    lines = max((math.ceil(len(p.title or p.id) / 22) for p in main), default=1)
    box_height = 0.9 + 0.28 * lines

    def gap(k: int) -> float:
        rows = math.ceil(count / k)
        return abs((k * _BOX_WIDTH) / (_TOP_HEIGHT + rows * (box_height + 0.6)) - WIDTH / HEIGHT)

    length = min(range(1, count + 1), key=gap)
    runs: list[tuple[str | None, list[Phase]]] = []
    for phase in main:
        if runs and runs[-1][0] == phase.module and len(runs[-1][1]) < length:
            runs[-1][1].append(phase)
        else:
            runs.append((phase.module, [phase]))
    rows: list[list[tuple[str | None, list[Phase]]]] = []
    for run in runs:
        if rows and sum(len(r[1]) for r in rows[-1]) + len(run[1]) <= length:
            rows[-1].append(run)
        else:
            rows.append([run])
    return rows


def _run(
    line: Any,
    name: str,
    module: str | None,
    run: list[Phase],
    numbers: Numbering,
    lang: str,
    findings: dict[str | None, list[Any]],
    report: bool,
) -> None:
    """One module's phases of a row, framed and named (phases without a module unframed)."""
    with line.subgraph(name=f"cluster_{name}" if module else f"run_{name}") as group:
        if module:
            words = _("{label}: {value}").format(label=text(_("module")), value=text(module))
            group.attr(
                label=f"<<B>{words}</B>>",
                labeljust="l",
                style="rounded,dashed",
                color=FRAME,
                fontsize="13",
                margin="12",
            )
        for phase in run:
            _phase(group, phase, numbers, lang, findings.get(phase.id, []) if report else [])


def cue(phase: Phase) -> tuple[str, str]:
    """The phase's situation icon and border style."""
    return _NO_SITUATION if phase.situation is None else SITUATION_CUES[phase.situation]


def _phase(graph: Any, phase: Phase, numbers: Numbering, lang: str, findings: list[Any]) -> None:
    colour = colour_of(phase.kind)
    icon, border = cue(phase)
    detour = numbers.found.kinds.get(phase.id)
    title = phase.title if phase.title else phase.id
    kind = phase.kind.label(lang)
    if detour is not None:
        kind = f"{kind_label(detour)} · {kind}"
    if phase.duration is not None:
        kind += f" · {minutes_label(phase.duration)}"
    situation = phase.situation.label(lang) if phase.situation else _("to be set")
    rows = [
        f'<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="16"><B>{numbers.labels[phase.id]}. '
        f"{lines_html(title, 22, 12)}</B></FONT></TD></TR>",
        f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="13" COLOR="{colour.strong}"><B>{text(kind)}'
        "</B></FONT></TD></TR>",
        f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="13">{icon} {text(situation)}</FONT></TD></TR>',
    ]
    extra = [t.label(lang) for t in (phase.group, phase.pedagogy) if t is not None]
    if extra:
        rows.append(
            f'<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="12">'
            f"{lines_html(' · '.join(extra), 26, 3)}</FONT></TD></TR>"
        )
    if findings:
        rows.append(
            f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="12">{marks(findings)}</FONT></TD></TR>'
        )
    graph.node(
        phase_node(phase.id),
        label='<<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="2">' + "".join(rows) + "</TABLE>>",
        style=f"rounded,filled,{border}",
        fillcolor=colour.light,
        color=colour.strong,
        penwidth="3.5" if any(severity_of(f) == "error" for f in findings) else "2.5",
        id=f"phase-{phase.id}",
    )


def _course(scenario: Scenario, lang: str, findings: list[Any], numbers: Numbering) -> str:
    rows = [
        f'<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="22"><B>'
        f"{lines_html(scenario.title, 40, 6)}</B></FONT></TD></TR>"
    ]
    for key, value in course_summary(scenario, lang, numbers.found):
        line = _("{label}: {value}").format(label=text(key), value=lines_html(value, 60, 4))
        rows.append(
            f'<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="13">{line}</FONT></TD></TR>'
        )
    if scenario.objectives:
        rows.append(
            f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="14"><B>{text(_("objectives"))}</B></FONT></TD></TR>'
        )
        for objective in scenario.objectives:
            rows.append(
                '<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="13">• '
                f"{lines_html(objective, 58, 6)}</FONT></TD></TR>"
            )
    if findings:
        rows.append(
            f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="13">{marks(findings)}</FONT></TD></TR>'
        )
    return '<<TABLE BORDER="0" CELLSPACING="1" CELLPADDING="2">' + "".join(rows) + "</TABLE>>"


def _legend(lang: str, scenario: Scenario, numbers: Numbering, drawn: list[Arrow]) -> str:
    kinds = [k for k in PhaseKind if any(p.kind is k for p in scenario.phases)]
    rows = [f'<TR><TD COLSPAN="2" ALIGN="LEFT"><B>{text(_("Legend"))}</B></TD></TR>']
    for kind in kinds:
        colour = colour_of(kind)
        rows.append(
            f'<TR><TD BGCOLOR="{colour.light}" COLOR="{colour.strong}" BORDER="2" WIDTH="26"> </TD>'
            f'<TD ALIGN="LEFT">{text(kind.label(lang))}</TD></TR>'
        )
    borders = {
        "solid": pgettext("border", "solid border"),
        "dashed": pgettext("border", "dashed border"),
        "dotted": pgettext("border", "dotted border"),
    }
    for situation, (icon, border) in SITUATION_CUES.items():
        words = _("{situation} ({border})").format(
            situation=situation.label(lang), border=borders[border]
        )
        rows.append(f'<TR><TD>{icon}</TD><TD ALIGN="LEFT">{text(words)}</TD></TR>')
    roles = {arrow.role for arrow in drawn}
    if "main" in roles:
        rows.append(
            f'<TR><TD><FONT COLOR="{SEQUENCE_COLOUR}">╌╌▶</FONT></TD>'
            f'<TD ALIGN="LEFT">{text(_("next phase"))}</TD></TR>'
        )
    if "loop" in roles:
        rows.append(
            f'<TR><TD><FONT COLOR="{REMEDIATION_COLOUR}">⋯▶</FONT></TD>'
            f'<TD ALIGN="LEFT">{text(_("remediation"))}</TD></TR>'
        )
    found = set(numbers.found.kinds.values())
    rows += [detour_legend_row(kind) for kind in (REMEDIATION, OPTIONAL) if kind in found]
    return (
        f'<<TABLE BORDER="1" COLOR="{FRAME}" CELLBORDER="0" CELLSPACING="3" CELLPADDING="2">'
        '<TR><TD><FONT POINT-SIZE="13"><TABLE BORDER="0" CELLSPACING="2">'
        + "".join(rows)
        + "</TABLE></FONT></TD></TR></TABLE>>"
    )


#: Loops and ways back leave and reach the phases by their bottoms.
_BELOW = {"tailport": "s", "headport": "s"}


def _arrows(dot: Any, drawn: list[Arrow]) -> None:
    """The main path grey and dashed; loops and detours arc clear of the course box: they
    leave and reach the phases by their sides or bottoms, never their tops."""
    for arrow in drawn:
        target = phase_node(arrow.target)
        if arrow.source is None:
            continue  # a detour sent from nowhere: it stands alone below the rows
        source = phase_node(arrow.source)
        look = arrow_look(arrow)
        if arrow.role == "main":
            dot.edge(source, target, **look, penwidth="1.8", constraint="false")
        elif arrow.role == "loop":
            dot.edge(source, target, **look, penwidth="3", constraint="false", **_BELOW)
        else:
            ports = _BELOW if arrow.role != "branch" else {"tailport": "s", "headport": "n"}
            joins = {} if arrow.role == "branch" else {"constraint": "false"}
            dot.edge(source, target, **look, penwidth="2.5", **ports, **joins)
