"""The learning path as a flow, drawn by Graphviz from left to right.

Each phase is a box coloured by its kind (:mod:`scenario.palette`),
numbered in the order a learner meets it, with its group, situation and
duration; solid arrows are the main path (:attr:`Detours.main
<scenario.learning_path.detours.Detours.main>`), branches and the links
over optional phases included; dotted purple arrows are the remediation
loops between its phases. A detour phase (optional, or reached only by
remediation) stands beside the main path: a dashed arrow named on the edge
(« remédiation », purple, or « facultatif », blue) leads to it from the
phase that sends learners there, and a dashed arrow leads back
(« retour »); it is numbered from that phase (``3a``) and says its kind of
detour. A start dot leads to the entry phases of the main path and its exit
phases lead to an end mark, so a phase the path leaves aside shows as one.
With a validation report, a phase with findings shows their count.

>>> from scenario import Scenario
>>> s = Scenario("Demo")
>>> _ = s.add_phase("cours", "apprentissage", "Cours")
>>> _ = s.add_phase("quiz", "évaluation", "Quiz")
>>> _ = s.connect("cours", "quiz")
>>> _ = s.connect("quiz", "cours", "remediation")
>>> dot = path_diagram(s, lang="en")
>>> dot.engine, "remediation" in dot.source
('dot', True)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from scenario._gc import collector_paused
from scenario.i18n import _, current_language, use_language
from scenario.learning_path.detours import OPTIONAL, REMEDIATION, kind_label
from scenario.palette import (
    BACKGROUND,
    NEUTRAL,
    QUIET_TEXT,
    REMEDIATION_COLOUR,
    SEQUENCE_COLOUR,
    colour_of,
)
from scenario.render._arrows import Arrow, arrow_look, arrows
from scenario.render._labels import (
    FONT,
    findings_by_phase,
    legend_html,
    lines_html,
    marks,
    minutes_label,
    severity_of,
    text,
)
from scenario.vocabulary import PhaseKind, TransitionKind

if TYPE_CHECKING:
    from scenario.analysis.overlay import Overlay
    from scenario.model import Phase, Scenario
    from scenario.render._graphviz import Diagram

__all__ = ["path_diagram"]

_START = "start"
_END = "end"
_LEGEND = "legend"


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def path_diagram(
    scenario: Scenario,
    *,
    lang: str | None = None,
    report: Iterable[Any] | None = None,
    overlay: Overlay | None = None,
) -> Diagram:
    """Draw the learning path of ``scenario`` as a left-to-right flow.

    Args:
        scenario: the course.
        lang: ``"fr"`` or ``"en"``, the words of the picture (None: the current
            language, see :func:`scenario.i18n.use_language`).
        report: a validation report (:func:`scenario.validate`): each phase
            with unwaived findings is marked with their count.
        overlay: learner data laid over the scenario (:func:`scenario.overlay`):
            each phase is filled by its completion and the drop-off points
            are marked (see :mod:`scenario.render._overlay`).

    Returns:
        A ``graphviz.Digraph`` (a :class:`~scenario.render._graphviz.Diagram`)
        laid out with ``dot``; the same scenario gives byte-identical DOT.

    Raises:
        LanguageError: an unknown ``lang`` (a ``ValueError``).
    """
    with use_language(lang):
        return _path_diagram(scenario, current_language(), report, overlay)


def _path_diagram(
    scenario: Scenario,
    lang: str,
    report: Iterable[Any] | None,
    overlay: Overlay | None = None,
) -> Diagram:
    from scenario.learning_path import numbering
    from scenario.render._graphviz import Diagram

    numbers = numbering(scenario)
    found = numbers.found
    order = numbers.order
    number = numbers.labels
    findings = findings_by_phase(report)

    dot = Diagram(name="path", engine="dot")
    dot.graph_attr.update(
        rankdir="LR",
        fontname=FONT,
        bgcolor=BACKGROUND,
        pad="0.3",
        nodesep="0.35",
        ranksep="0.55",
        charset="UTF-8",
        newrank="true",
        label=f"<<B>{lines_html(scenario.title, 80, 2)}</B>>",
        labelloc="t",
        labeljust="l",
        fontsize="16",
    )
    dot.node_attr.update(
        fontname=FONT,
        fontsize="11",
        shape="box",
        style="rounded,filled",
        penwidth="2",
        margin="0.14,0.08",
    )
    dot.edge_attr.update(fontname=FONT, fontsize="9", color=SEQUENCE_COLOUR, penwidth="1.5")

    phases = {p.id: p for p in scenario.phases}
    dot.node(
        _START,
        label="",
        xlabel=_("start"),
        shape="circle",
        style="filled",
        fillcolor=NEUTRAL.strong,
        color=NEUTRAL.strong,
        width="0.22",
        fixedsize="true",
        fontsize="9",
    )
    for pid in order:
        phase = phases[pid]
        colour = colour_of(phase.kind)
        own = findings.get(pid, []) if report is not None else []
        dot.node(
            _node(pid),
            label=_label(phase, number[pid], lang, own, found.kinds.get(pid)),
            fillcolor=colour.light,
            color=colour.strong,
            penwidth="3" if any(severity_of(f) == "error" for f in own) else "2",
            id=f"phase-{pid}",
            # Beside detours, the main path on one line, as straight as Graphviz keeps it.
            **({"group": "main"} if found.phases and pid not in found else {}),
        )
    dot.node(
        _END,
        label="",
        xlabel=_("end"),
        shape="doublecircle",
        style="filled",
        fillcolor=NEUTRAL.strong,
        color=NEUTRAL.strong,
        width="0.18",
        fixedsize="true",
        fontsize="9",
    )

    for pid in found.entries:
        dot.edge(_START, _node(pid), color=NEUTRAL.strong, arrowsize="0.7")
    for arrow in arrows(scenario, numbers):
        _arrow(dot, arrow, phases)
    for pid in found.exits:
        dot.edge(_node(pid), _END, color=NEUTRAL.strong, arrowsize="0.7")

    kinds = [k for k in PhaseKind if any(p.kind is k for p in scenario.phases)]
    remediation = any(
        t.kind is TransitionKind.REMEDIATION and t.source not in found and t.target not in found
        for t in scenario.transitions
    )
    with dot.subgraph(name="legend_rank") as sub:
        sub.attr(rank="sink")
        sub.node(
            _LEGEND,
            label=legend_html(
                lang,
                kinds,
                remediation=remediation,
                sequence=False,
                detours=[k for k in (REMEDIATION, OPTIONAL) if k in found.kinds.values()],
            ),
            shape="plain",
            style="",
            fontsize="10",
        )
        sub.edge(_END, _LEGEND, style="invis")
    if overlay is not None:
        from scenario.render._overlay import mark_phases

        mark_phases(
            dot,
            overlay,
            lang,
            {
                pid: _label(
                    phases[pid],
                    number[pid],
                    lang,
                    findings.get(pid, []) if report is not None else [],
                    found.kinds.get(pid),
                )
                for pid in order
            },
            node=_node("{}"),
        )
    return dot


def _node(pid: str) -> str:
    return f"phase__{pid}"


def _arrow(dot: Any, arrow: Arrow, phases: dict[str, Phase]) -> None:
    """One arrow between phases (see :mod:`scenario.render._arrows`): the main path solid,
    in the colour of the phase it leaves, the others as every picture draws them."""
    source = _START if arrow.source is None else _node(arrow.source)
    target = _node(arrow.target)
    if arrow.role == "main":
        assert arrow.source is not None  # the main path joins two phases
        dot.edge(source, target, color=colour_of(phases[arrow.source].kind).strong)
        return
    look = arrow_look(arrow)
    if arrow.role == "loop":
        look["label"] = f"<<I>{text(_('remediation'))}</I>>"
        look["fontcolor"] = REMEDIATION_COLOUR
        dot.edge(source, target, **look, penwidth="2.5", constraint="false")
    else:
        # The branch sets the detour in the column after its phase; the rest only joins.
        joins = {} if arrow.role == "branch" else {"constraint": "false"}
        pen = "2" if arrow.role == "branch" else "1.5"
        dot.edge(source, target, **look, penwidth=pen, **joins)


def _label(
    phase: Phase, number: str, lang: str, findings: list[Any], detour: str | None = None
) -> str:
    colour = colour_of(phase.kind)
    title = phase.title if phase.title else phase.id
    details = [t.label(lang) for t in (phase.group, phase.situation) if t is not None]
    if phase.duration is not None:
        details.append(minutes_label(phase.duration))
    kind = phase.kind.label(lang)
    if detour is not None:
        kind = f"{kind_label(detour)} · {kind}"
    rows = [
        f'<TR><TD><FONT POINT-SIZE="9" COLOR="{colour.strong}"><B>{number} · '
        f"{text(kind)}</B></FONT></TD></TR>",
        f"<TR><TD><B>{lines_html(title, 22, 4)}</B></TD></TR>",
    ]
    if details:
        rows.append(
            f'<TR><TD><FONT POINT-SIZE="9" COLOR="{QUIET_TEXT}">{lines_html(" · ".join(details), 30, 2)}'
            "</FONT></TD></TR>"
        )
    if findings:
        rows.append(f'<TR><TD><FONT POINT-SIZE="9">{marks(findings)}</FONT></TD></TR>')
    return '<<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="1">' + "".join(rows) + "</TABLE>>"
