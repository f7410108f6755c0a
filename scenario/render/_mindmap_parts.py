"""Parts of the mind map (:mod:`scenario.render.mindmap`): the labels of the course, of a
phase, of its tags and of a finding, and the arrows between phases."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scenario.i18n import _
from scenario.learning_path.detours import kind_label
from scenario.palette import (
    BACKGROUND,
    MISSING_TEXT,
    NEUTRAL,
    SEVERITY_COLOURS,
    TAG_NAME_TEXT,
    colour_of,
)
from scenario.render._arrows import Arrow, arrow_look
from scenario.render._labels import (
    SEVERITY_SIGNS,
    TAG_NAMES,
    course_summary,
    lines_html,
    marks,
    minutes_label,
    severity_of,
    text,
)
from scenario.render._layout import ROOT

if TYPE_CHECKING:
    from scenario.learning_path import Detours
    from scenario.model import Phase, Scenario


def phase_node(pid: str) -> str:
    """The name of a phase's node."""
    return f"phase__{pid}"


def course_label(
    scenario: Scenario, lang: str, findings: list[Any], found: Detours | None = None
) -> str:
    rows = [
        f'<TR><TD><FONT POINT-SIZE="16"><B>{lines_html(scenario.title, 26)}</B></FONT></TD></TR>'
    ]
    for key, value in course_summary(scenario, lang, found):
        line = _("{label}: {value}").format(label=text(key), value=lines_html(value, 34, 2))
        rows.append(
            f'<TR><TD><FONT POINT-SIZE="10" COLOR="{NEUTRAL.strong}">{line}</FONT></TD></TR>'
        )
    if findings:
        rows.append(f'<TR><TD><FONT POINT-SIZE="10">{marks(findings)}</FONT></TD></TR>')
    return '<<TABLE BORDER="0" CELLSPACING="1" CELLPADDING="1">' + "".join(rows) + "</TABLE>>"


def phase_label(
    phase: Phase, number: str, lang: str, findings: list[Any], detour: str | None = None
) -> str:
    colour = colour_of(phase.kind)
    title = phase.title if phase.title else phase.id
    subtitle = phase.kind.label(lang)
    if detour is not None:
        subtitle = f"{kind_label(detour)} · {subtitle}"
    if phase.duration is not None:
        subtitle += f" · {minutes_label(phase.duration)}"
    rows = [
        f"<TR><TD><B>{number}. {lines_html(title, 24, 4)}</B></TD></TR>",
        f'<TR><TD><FONT POINT-SIZE="9" COLOR="{colour.strong}"><B>{text(subtitle)}</B>'
        "</FONT></TD></TR>",
    ]
    if findings:
        rows.append(f'<TR><TD><FONT POINT-SIZE="9">{marks(findings)}</FONT></TD></TR>')
    return '<<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="1">' + "".join(rows) + "</TABLE>>"


def tags_label(phase: Phase, lang: str) -> str:
    to_be_set = _("to be set")
    missing = f'<I><FONT COLOR="{MISSING_TEXT}">{text(to_be_set)}</FONT></I>'
    values: list[tuple[str, str]] = [
        ("group", text(phase.group.label(lang)) if phase.group else missing),
        ("situation", text(phase.situation.label(lang)) if phase.situation else missing),
        ("pedagogy", text(phase.pedagogy.label(lang)) if phase.pedagogy else missing),
        (
            "intention",
            text(", ".join(i.label(lang) for i in phase.intentions))
            if phase.intentions
            else missing,
        ),
    ]
    if phase.duration is not None:
        values.append(("duration", text(minutes_label(phase.duration))))
    if phase.module:
        values.append(("module", lines_html(phase.module, 22, 2)))
    rows = "".join(
        f'<TR><TD ALIGN="RIGHT"><FONT COLOR="{TAG_NAME_TEXT}">{text(_(TAG_NAMES[key]))}</FONT></TD>'
        f'<TD ALIGN="LEFT">{value}</TD></TR>'
        for key, value in values
    )
    return f'<<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="1">{rows}</TABLE>>'


def finding_node(dot: Any, name: str, finding: Any) -> None:
    severity = severity_of(finding)
    colour = SEVERITY_COLOURS.get(severity, NEUTRAL.strong)
    label = (
        '<<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="1">'
        f'<TR><TD ALIGN="LEFT"><FONT COLOR="{colour}"><B>{SEVERITY_SIGNS.get(severity, "•")} '
        f"{text(finding.rule)}</B></FONT></TD></TR>"
        f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{lines_html(finding.message, 36, 6)}</TD></TR></TABLE>>'
    )
    dot.node(
        name,
        label=label,
        shape="note",
        style="filled",
        fillcolor=BACKGROUND,
        color=colour,
        penwidth="1",
        fontsize="9",
    )


#: An arrow that only joins two nodes, without pulling them together.
_JOIN = {"constraint": "false", "weight": "0"}


def path_edges(dot: Any, drawn: list[Arrow], layout: str) -> None:
    """The arrows between phases (see :mod:`scenario.render._arrows`): the main path dashed
    and grey, the loops dotted and purple, each detour's branch and way back dashed in its
    colour and named on the edge."""
    # In the left-to-right tree, loops leave and enter phases on their left side, so they
    # do not run over the dashed arrows of the main path.
    ports = {"tailport": "w", "headport": "w"} if layout == "dot" else {}
    for arrow in drawn:
        source = ROOT if arrow.source is None else phase_node(arrow.source)
        target = phase_node(arrow.target)
        look = arrow_look(arrow)
        if arrow.role == "main":
            dot.edge(source, target, **look, penwidth="1.2", arrowsize="0.7", **_JOIN)
        elif arrow.role == "loop":
            dot.edge(source, target, **look, penwidth="2.5", arrowsize="0.8", **_JOIN, **ports)
        elif layout == "dot" and arrow.role != "branch":
            # In the tree, Graphviz draws the head of a curved arrow that goes back to an
            # earlier column at its tail: such an arrow is drawn forward, its head at its tail.
            look.update(dir="back", arrowtail="vee")
            dot.edge(target, source, **look, penwidth="1.5", arrowsize="0.8", **_JOIN)
        else:
            # The branch places the detour beside its phase; the others only join.
            joins = {} if arrow.role == "branch" else _JOIN
            pen = "2.5" if arrow.role == "branch" else "1.5"
            dot.edge(source, target, **look, penwidth=pen, arrowsize="0.8", **joins)
