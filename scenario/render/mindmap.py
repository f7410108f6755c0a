"""The scenario as a mind map, drawn by Graphviz.

The course sits at the centre (title, modality, audience, total duration);
one branch per phase leaves it, in the order a learner meets the phases
(:func:`scenario.learning_path.path_order`), clockwise from the top in the
radial layout, numbered and coloured by phase
kind (:mod:`scenario.palette`, colour-blind safe). Under each phase
hang its tags and its activities, in the branch's colour. Dashed arrows join
consecutive phases of the path; remediation loops are dotted and purple. A
legend says what the colours and arrows mean.

The result is a :class:`~scenario.render._graphviz.Diagram`, a
``graphviz.Digraph``: it shows itself inline in Jupyter, ``.source`` is its
DOT text, ``.pipe("svg")`` draws it under a time limit, ``.render()`` writes
files as with any graphviz graph.

>>> from scenario import Scenario
>>> s = Scenario("Animer une réunion", modality="présentiel")
>>> _ = s.add_phase("accroche", "découverte", "Brise-glace", group="moyen groupe")
>>> _ = s.add_phase("bilan", "évaluation", "Quiz final")
>>> dot = mindmap(s, lang="en")
>>> dot.engine, "discovery" in dot.source
('twopi', True)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from scenario._text import quote
from scenario.i18n import _, current_language, use_language
from scenario.palette import (
    BACKGROUND,
    MISSING_TEXT,
    NEUTRAL,
    REMEDIATION_COLOUR,
    SEQUENCE_COLOUR,
    SEVERITY_COLOURS,
    TAG_NAME_TEXT,
    colour_of,
)
from scenario.render._labels import (
    FONT,
    SEVERITY_SIGNS,
    TAG_NAMES,
    course_summary,
    findings_by_phase,
    legend_html,
    lines_html,
    marks,
    minutes_label,
    severity_of,
    text,
)
from scenario.render._layout import CURVE_BUDGET, ROOT, curve_cost, graph_attributes
from scenario.vocabulary import PhaseKind, TransitionKind

if TYPE_CHECKING:
    from scenario.analysis.overlay import Overlay
    from scenario.model import Phase, Scenario
    from scenario.render._graphviz import Diagram

__all__ = ["DETAILS", "LAYOUTS", "mindmap"]

#: How much the map shows under each phase.
DETAILS = ("phases", "tags", "activities")
#: The layouts: radial (``twopi``) or a left-to-right tree (``dot``).
LAYOUTS = ("twopi", "dot")

_LEGEND = "legend"


def mindmap(
    scenario: Scenario,
    *,
    lang: str | None = None,
    detail: str = "tags",
    layout: str = "twopi",
    report: Iterable[Any] | None = None,
    with_findings: bool = False,
    overlay: Overlay | None = None,
) -> Diagram:
    """Draw ``scenario`` as a mind map.

    Args:
        scenario: the course.
        lang: ``"fr"`` or ``"en"``: the words of the map (tags, legend); user
            text is shown as written. None: the current language
            (:func:`scenario.i18n.use_language`).
        detail: ``"phases"`` (the branches only), ``"tags"`` (each phase's
            group, situation, pedagogy, intentions and duration) or
            ``"activities"`` (the tags and one node per activity).
        layout: ``"twopi"`` (radial, the default) or ``"dot"`` (a tree from
            left to right).
        report: a validation report (:func:`scenario.validate`): each phase
            with an unwaived error, warning or info is marked with the count.
        with_findings: also hang each finding under its phase (the
            scenario's own under the centre).
        overlay: learner data laid over the scenario (:func:`scenario.overlay`):
            each phase is filled by its completion and the drop-off points
            are marked (see :mod:`scenario.render._overlay`).

    Returns:
        A ``graphviz.Digraph`` (a :class:`~scenario.render._graphviz.Diagram`)
        whose DOT source is the same, byte for byte, for the same scenario.

    Raises:
        LanguageError: an unknown ``lang`` (a ``ValueError``).
        ValueError: an unknown ``detail`` or ``layout``.
    """
    with use_language(lang):
        for option, value, choices in (("detail", detail, DETAILS), ("layout", layout, LAYOUTS)):
            if value not in choices:
                raise ValueError(
                    _("{option} must be one of {choices} (got {value})").format(
                        option=option, choices=", ".join(choices), value=quote(value)
                    )
                )
        return _mindmap(
            scenario, current_language(), detail, layout, report, with_findings, overlay
        )


def _mindmap(
    scenario: Scenario,
    lang: str,
    detail: str,
    layout: str,
    report: Iterable[Any] | None,
    with_findings: bool,
    overlay: Overlay | None = None,
) -> Diagram:
    from scenario.learning_path import build_graph, path_order
    from scenario.render._graphviz import Diagram

    order = path_order(build_graph(scenario))
    phases = {p.id: p for p in scenario.phases}
    ordered = [phases[pid] for pid in order]
    number = {pid: index + 1 for index, pid in enumerate(order)}
    findings = findings_by_phase(report)

    children = {
        p.id: _children(p, detail, findings.get(p.id, []) if with_findings else []) for p in ordered
    }
    dot = Diagram(name="mindmap", engine=layout)
    dot.graph_attr.update(
        graph_attributes(layout, len(ordered), sum(len(c) for c in children.values()))
    )
    if curve_cost(scenario, order, {pid: len(c) for pid, c in children.items()}) > CURVE_BUDGET:
        dot.graph_attr["splines"] = "line"
    dot.node_attr.update(
        fontname=FONT,
        fontsize="11",
        shape="box",
        style="rounded,filled",
        penwidth="1.5",
        margin="0.12,0.06",
    )
    dot.edge_attr.update(fontname=FONT, fontsize="9", arrowhead="none")

    dot.node(
        ROOT,
        label=_course_label(scenario, lang, findings.get(None, []) if report is not None else []),
        fillcolor=NEUTRAL.light,
        color=NEUTRAL.strong,
        penwidth="2.5",
        margin="0.2,0.12",
    )
    own_findings = findings.get(None, []) if with_findings else []
    top = 0
    drawn: list[Phase | None] = [*ordered, None]  # None: the scenario's own findings
    if layout == "twopi":
        # twopi deals the branches counter-clockwise from three o'clock; read clockwise from
        # noon as mind maps are, the first quarter of the phases comes first, reversed.
        top = max(1, round(len(ordered) / 4)) if ordered else 0
        drawn = [*reversed(ordered[:top]), None, *reversed(ordered[top:])]
    for phase in drawn:
        if phase is None:
            for index, finding in enumerate(own_findings):
                name = f"finding__{index}"
                _finding_node(dot, name, finding)
                dot.edge(ROOT, name, color=SEVERITY_COLOURS[severity_of(finding)], style="dashed")
            continue
        colour = colour_of(phase.kind)
        own = findings.get(phase.id, []) if report is not None else []
        name = _phase_node(phase.id)
        dot.node(
            name,
            label=_phase_label(phase, number[phase.id], lang, own),
            fillcolor=colour.light,
            color=colour.strong,
            penwidth="3" if own and any(severity_of(f) == "error" for f in own) else "2",
            fontsize="12",
            id=f"phase-{phase.id}",
        )
        dot.edge(ROOT, name, color=colour.strong, penwidth="3.5")
        for child, (kind, payload) in enumerate(children[phase.id]):
            child_name = f"{name}__{child}"
            if kind == "tags":
                dot.node(
                    child_name,
                    label=_tags_label(phase, lang),
                    fillcolor=BACKGROUND,
                    color=colour.strong,
                    penwidth="1",
                    fontsize="9",
                    shape="box",
                    style="rounded,filled",
                )
            elif kind == "activity":
                dot.node(
                    child_name,
                    label=f"<{lines_html(payload, 24, 3)}>",
                    fillcolor=colour.light,
                    color=colour.strong,
                    penwidth="1",
                    fontsize="10",
                )
            else:
                _finding_node(dot, child_name, payload)
            dot.edge(name, child_name, color=colour.strong, penwidth="1.5")

    _path_edges(dot, scenario, set(order), layout)
    kinds = [k for k in PhaseKind if any(p.kind is k for p in ordered)]
    remediation = any(t.kind is TransitionKind.REMEDIATION for t in scenario.transitions)
    with dot.subgraph(name="legend_rank") as legend:
        # dot: in the last column, after the leaves; twopi: a component of its own.
        legend.attr(rank="sink")
        legend.node(
            _LEGEND,
            label=legend_html(
                lang, kinds, remediation=remediation, sequence=len(scenario.transitions) > 0
            ),
            shape="plain",
            style="",
            fontsize="10",
        )
    if overlay is not None:
        from scenario.render._overlay import mark_phases

        mark_phases(
            dot,
            overlay,
            lang,
            {
                p.id: _phase_label(
                    p, number[p.id], lang, findings.get(p.id, []) if report is not None else []
                )
                for p in ordered
            },
        )
    return dot


def _phase_node(pid: str) -> str:
    return f"phase__{pid}"


def _children(phase: Phase, detail: str, findings: list[Any]) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if detail in ("tags", "activities"):
        found.append(("tags", None))
    if detail == "activities":
        found.extend(("activity", activity) for activity in phase.activities)
    found.extend(("finding", finding) for finding in findings)
    return found


def _course_label(scenario: Scenario, lang: str, findings: list[Any]) -> str:
    rows = [
        f'<TR><TD><FONT POINT-SIZE="16"><B>{lines_html(scenario.title, 26)}</B></FONT></TD></TR>'
    ]
    for key, value in course_summary(scenario, lang):
        line = _("{label}: {value}").format(label=text(key), value=lines_html(value, 34, 2))
        rows.append(
            f'<TR><TD><FONT POINT-SIZE="10" COLOR="{NEUTRAL.strong}">{line}</FONT></TD></TR>'
        )
    if findings:
        rows.append(f'<TR><TD><FONT POINT-SIZE="10">{marks(findings)}</FONT></TD></TR>')
    return '<<TABLE BORDER="0" CELLSPACING="1" CELLPADDING="1">' + "".join(rows) + "</TABLE>>"


def _phase_label(phase: Phase, number: int, lang: str, findings: list[Any]) -> str:
    colour = colour_of(phase.kind)
    title = phase.title if phase.title else phase.id
    subtitle = phase.kind.label(lang)
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


def _tags_label(phase: Phase, lang: str) -> str:
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


def _finding_node(dot: Any, name: str, finding: Any) -> None:
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


def _path_edges(dot: Any, scenario: Scenario, known: set[str], layout: str) -> None:
    # In the left-to-right tree, loops leave and enter phases on their left side, so they
    # do not run over the dashed arrows of the main path.
    ports = {"tailport": "w", "headport": "w"} if layout == "dot" else {}
    seen: set[tuple[str, str, str]] = set()
    for transition in scenario.transitions:
        key = (transition.source, transition.target, transition.kind.value)
        if key in seen or transition.source not in known or transition.target not in known:
            continue
        seen.add(key)
        source, target = _phase_node(transition.source), _phase_node(transition.target)
        if transition.kind is TransitionKind.REMEDIATION:
            dot.edge(
                source,
                target,
                style="dotted",
                color=REMEDIATION_COLOUR,
                penwidth="2.5",
                arrowhead="vee",
                arrowsize="0.8",
                constraint="false",
                weight="0",
                **ports,
            )
        else:
            dot.edge(
                source,
                target,
                style="dashed",
                color=SEQUENCE_COLOUR,
                penwidth="1.2",
                arrowhead="normal",
                arrowsize="0.7",
                constraint="false",
                weight="0",
            )
