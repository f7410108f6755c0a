"""The scenario as a mind map, drawn by Graphviz.

The course sits at the centre (title, modality, audience, total duration);
one branch per phase of the main path leaves it, in the order a learner
meets them (:mod:`scenario.learning_path.numbering`), clockwise from the
top in the radial layout, numbered and coloured by phase kind
(:mod:`scenario.palette`, colour-blind safe). Under each phase hang its tags
and its activities, in the branch's colour. Dashed arrows join consecutive
phases of the main path (over an optional phase too); remediation loops
between them are dotted and purple. A detour phase (optional, or reached
only by remediation) is no branch of its own: it hangs off the phase that
sends learners there by a dashed arrow named on the edge (« remédiation »,
purple, or « facultatif », blue), numbered from that phase (``3a``) with its
kind of detour under its title, and a dashed arrow of the same colour
(« retour ») leads back to where it returns. A legend says what the colours
and arrows mean.

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

from collections import deque
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from scenario._gc import collector_paused
from scenario._text import quote
from scenario.i18n import _, current_language, use_language
from scenario.learning_path.detours import OPTIONAL, REMEDIATION
from scenario.palette import (
    BACKGROUND,
    NEUTRAL,
    SEVERITY_COLOURS,
    colour_of,
)
from scenario.render._arrows import arrows
from scenario.render._labels import (
    FONT,
    findings_by_phase,
    legend_html,
    lines_html,
    severity_of,
)
from scenario.render._layout import CURVE_BUDGET, ROOT, curve_cost, graph_attributes
from scenario.render._mindmap_parts import (
    course_label,
    finding_node,
    path_edges,
    phase_label,
    phase_node,
    tags_label,
)
from scenario.vocabulary import PhaseKind

if TYPE_CHECKING:
    from scenario.analysis.overlay import Overlay
    from scenario.model import Phase, Scenario
    from scenario.render._graphviz import Diagram

__all__ = ["DETAILS", "LAYOUTS", "mindmap"]

#: How much the map shows under each phase.
DETAILS = ("phases", "tags", "activities")
#: The layouts: radial (``twopi``), a left-to-right tree (``dot``), or a 16:9 slide
#: (``slide``, :mod:`scenario.render._slide`).
LAYOUTS = ("twopi", "dot", "slide")

_LEGEND = "legend"


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def mindmap(
    scenario: Scenario,
    *,
    lang: str | None = None,
    detail: str = "tags",
    layout: str = "twopi",
    report: Iterable[Any] | None = None,
    with_findings: bool = False,
    overlay: Overlay | None = None,
    dpi: float | None = None,
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
        layout: ``"twopi"`` (radial, the default), ``"dot"`` (a tree from
            left to right) or ``"slide"`` (16:9 landscape for a slide: the
            objectives, the modules framed, an icon and a border per
            situation; see :mod:`scenario.render._slide`). The DOT source
            names its layout (``layout=twopi``), so any Graphviz program,
            plain ``dot`` included, draws the same picture.
        report: a validation report (:func:`scenario.validate`): each phase
            with an unwaived error, warning or info is marked with the count.
        with_findings: also hang each finding under its phase (the
            scenario's own under the centre).
        overlay: learner data laid over the scenario (:func:`scenario.overlay`):
            each phase is filled by its completion and the drop-off points
            are marked (see :mod:`scenario.render._overlay`).
        dpi: the resolution of a PNG (``pipe("png")``), in dots per inch (96
            unless given): 150 or 300 for print. SVG and PDF do not change.

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
        if dpi is not None and not (isinstance(dpi, (int, float)) and 10 <= dpi <= 1200):
            raise ValueError(
                _("{option} must be a number from {low} to {high} (got {value})").format(
                    option="dpi", low=10, high=1200, value=quote(str(dpi))
                )
            )
        dot = _mindmap(scenario, current_language(), detail, layout, report, with_findings, overlay)
        if dpi is not None:
            dot.dpi = float(dpi)
        return dot


def _mindmap(
    scenario: Scenario,
    lang: str,
    detail: str,
    layout: str,
    report: Iterable[Any] | None,
    with_findings: bool,
    overlay: Overlay | None = None,
) -> Diagram:
    from scenario.learning_path import numbering
    from scenario.render._graphviz import Diagram

    numbers = numbering(scenario)
    kinds_of = numbers.found.kinds
    phases = {p.id: p for p in scenario.phases}
    ordered = [phases[pid] for pid in numbers.main]
    detoured = [phases[pid] for pid in numbers.detours]
    label = numbers.labels
    findings = findings_by_phase(report)
    drawn_arrows = arrows(scenario, numbers)
    if layout == "slide":
        from scenario.render._slide import slide_map

        return slide_map(scenario, lang, numbers, drawn_arrows, findings, report is not None)

    children = {
        p.id: _children(p, detail, findings.get(p.id, []) if with_findings else [])
        for p in (*ordered, *detoured)
    }
    dot = Diagram(name="mindmap", engine=layout)
    # The layout in the source: plain `dot -Tsvg map.dot` draws the radial map too.
    dot.graph_attr["layout"] = layout
    dot.graph_attr.update(
        graph_attributes(
            layout, len(ordered), len(detoured) + sum(len(c) for c in children.values())
        )
    )
    cost = curve_cost(numbers.order, drawn_arrows, {pid: len(c) for pid, c in children.items()})
    if cost > CURVE_BUDGET:
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
        label=course_label(
            scenario, lang, findings.get(None, []) if report is not None else [], numbers.found
        ),
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
    # Each detour right after the phase that sends learners there (those without one last).
    after: dict[str | None, list[Phase]] = {}
    for detour in detoured:
        after.setdefault(numbers.parents[detour.id], []).append(detour)
    queue: deque[Phase | None] = deque([*drawn, *after.pop(None, [])])
    while queue:
        item = queue.popleft()
        if item is None:
            for index, finding in enumerate(own_findings):
                name = f"finding__{index}"
                finding_node(dot, name, finding)
                dot.edge(ROOT, name, color=SEVERITY_COLOURS[severity_of(finding)], style="dashed")
            continue
        phase = item
        queue.extendleft(reversed(after.pop(phase.id, [])))
        colour = colour_of(phase.kind)
        own = findings.get(phase.id, []) if report is not None else []
        name = _phase_node(phase.id)
        kind = kinds_of.get(phase.id)
        dot.node(
            name,
            label=phase_label(phase, label[phase.id], lang, own, kind),
            fillcolor=colour.light,
            color=colour.strong,
            penwidth="3" if own and any(severity_of(f) == "error" for f in own) else "2",
            fontsize="12" if kind is None else "11",
            id=f"phase-{phase.id}",
        )
        if kind is None:
            dot.edge(ROOT, name, color=colour.strong, penwidth="3.5")
        for child, (kind, payload) in enumerate(children[phase.id]):
            child_name = f"{name}__{child}"
            if kind == "tags":
                dot.node(
                    child_name,
                    label=tags_label(phase, lang),
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
                finding_node(dot, child_name, payload)
            dot.edge(name, child_name, color=colour.strong, penwidth="1.5")

    path_edges(dot, drawn_arrows, layout)
    kinds = [k for k in PhaseKind if any(p.kind is k for p in (*ordered, *detoured))]
    roles = {arrow.role for arrow in drawn_arrows}
    with dot.subgraph(name="legend_rank") as legend:
        # dot: in the last column, after the leaves; twopi: a component of its own.
        legend.attr(rank="sink")
        legend.node(
            _LEGEND,
            label=legend_html(
                lang,
                kinds,
                remediation="loop" in roles,
                sequence="main" in roles,
                detours=[k for k in (REMEDIATION, OPTIONAL) if k in kinds_of.values()],
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
                p.id: phase_label(
                    p,
                    label[p.id],
                    lang,
                    findings.get(p.id, []) if report is not None else [],
                    kinds_of.get(p.id),
                )
                for p in (*ordered, *detoured)
            },
        )
    return dot


def _phase_node(pid: str) -> str:
    return phase_node(pid)


def _children(phase: Phase, detail: str, findings: list[Any]) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if detail in ("tags", "activities"):
        found.append(("tags", None))
    if detail == "activities":
        found.extend(("activity", activity) for activity in phase.activities)
    found.extend(("finding", finding) for finding in findings)
    return found
