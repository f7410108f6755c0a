"""The map's data as Mind Elixir reads it: the course at the root, one branch per phase.

The phases go round the course clockwise from noon, in path order: the
first half down the right side, the rest up the left side (Mind Elixir's
``SIDE`` layout lists each side from top to bottom). Each phase is filled
and bordered with its kind's colours (:mod:`scenario.palette`), or with its
completion when learner data is laid over; a detour phase has a dashed
border and says so; a phase with an error has a thicker one. Under each
phase hang its tags, its activities, its resources and its findings.

Node ids are made by the map (``root``, ``p3`` for the phase numbered 3,
``p3-2`` for its second child), never taken from the document: a card of
details (:mod:`._cards`) has the id ``card-p3``. Remediation transitions are
drawn as Mind Elixir arrows, dotted and in the remediation colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scenario._text import fold
from scenario.analysis._overlay_show import completion_words
from scenario.i18n import N_, _
from scenario.palette import (
    DROP_COLOUR,
    INK,
    MISSING_TEXT,
    NEUTRAL,
    REMEDIATION_COLOUR,
    SEVERITY_COLOURS,
    colour_of,
    completion_colour,
)
from scenario.render._labels import (
    SEVERITY_SIGNS,
    TAG_NAMES,
    counted,
    course_summary,
    minutes_label,
    severity_of,
)
from scenario.render.html_map._facts import plain
from scenario.vocabulary import TransitionKind

if TYPE_CHECKING:
    from scenario.model import Phase
    from scenario.render.html_map._facts import MapFacts

__all__ = ["counted", "detour_words", "map_data", "phase_tags", "severity_words"]

# Mind Elixir's directions of a branch from the root.
_LEFT, _RIGHT, _SIDE = 0, 1, 2


_SEVERITY_WORDS = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}


def severity_words(severity: str) -> str:
    """``erreur``, ``avertissement``, ``info``: a severity in words."""
    return _(_SEVERITY_WORDS.get(severity, severity))


def detour_words(facts: MapFacts, pid: str) -> str | None:
    """``détour de remédiation``, ``détour facultatif``, or None for a phase of the main path."""
    kind = facts.detours.kinds.get(pid)
    if kind is None:
        return None
    return _("remediation detour") if kind == "remediation" else _("optional detour")


def phase_tags(phase: Phase, lang: str) -> list[tuple[str, str | None]]:
    """A phase's tags as (name, value) pairs; None for a tag still to be given."""
    intentions = ", ".join(i.label(lang) for i in phase.intentions)
    found: list[tuple[str, str | None]] = [
        (_(TAG_NAMES["group"]), phase.group.label(lang) if phase.group else None),
        (_(TAG_NAMES["situation"]), phase.situation.label(lang) if phase.situation else None),
        (_(TAG_NAMES["pedagogy"]), phase.pedagogy.label(lang) if phase.pedagogy else None),
        (_(TAG_NAMES["intention"]), intentions or None),
    ]
    if phase.module:
        found.append((_(TAG_NAMES["module"]), plain(phase.module)))
    return found


def _chip(text: str, colour: str = INK, border: str | None = None) -> dict[str, Any]:
    style = {"color": colour, "background": "#FFFFFF"}
    if border is not None:
        style["border"] = f"1px solid {border}"
    return {"text": text, "className": "chip", "style": style}


def _finding_chips(facts: MapFacts, pid: str | None) -> list[dict[str, Any]]:
    found = facts.findings.get(pid, [])
    chips = []
    for severity in ("error", "warning", "info"):
        count = sum(1 for f in found if severity_of(f) == severity)
        if count:
            colour = SEVERITY_COLOURS[severity]
            words = f"{SEVERITY_SIGNS[severity]} {counted(severity, count)}"
            chips.append(_chip(words, colour, colour))
    return chips


def _leaf(node: str, topic: str, **style: str) -> dict[str, Any]:
    found: dict[str, Any] = {"id": node, "topic": topic}
    if style:
        found["style"] = style
    return found


def _children(facts: MapFacts, phase: Phase, node: str, expanded: bool) -> list[dict[str, Any]]:
    children: list[dict[str, Any]] = []

    def name() -> str:
        return f"{node}-{len(children) + 1}"

    for key, value in phase_tags(phase, facts.lang):
        if value is None:
            topic = _("{label}: {value}").format(label=key, value=_("to be set"))
            children.append(_leaf(name(), topic, color=MISSING_TEXT, fontStyle="italic"))
        else:
            children.append(_leaf(name(), _("{label}: {value}").format(label=key, value=value)))
    for heading, items in ((_("Activities"), phase.activities), (_("Resources"), phase.resources)):
        if items:
            branch = name()
            children.append(
                {
                    "id": branch,
                    "topic": f"{heading} ({len(items)})",
                    "expanded": expanded,
                    "children": [
                        _leaf(f"{branch}-{index + 1}", plain(item))
                        for index, item in enumerate(items)
                    ],
                }
            )
    for finding in facts.findings.get(phase.id, []):
        severity = severity_of(finding)
        colour = SEVERITY_COLOURS.get(severity, NEUTRAL.strong)
        sign = SEVERITY_SIGNS.get(severity, "•")
        children.append(_leaf(name(), f"{sign} {plain(finding.message)}", color=colour))
    return children


def _phase_node(facts: MapFacts, phase: Phase, direction: int, detail: str) -> dict[str, Any]:
    number = facts.number[phase.id]
    node = f"p{number}"
    colour = colour_of(phase.kind)
    detour = detour_words(facts, phase.id)
    fill = colour.light
    chips = [_chip(phase.kind.label(facts.lang), INK, colour.strong)]
    if phase.duration is not None:
        chips.append(_chip(minutes_label(phase.duration)))
    if detour is not None:
        chips.append(_chip(f"↺ {detour}", REMEDIATION_COLOUR, REMEDIATION_COLOUR))
    chips += _finding_chips(facts, phase.id)
    style = {
        "color": INK,
        "border": f"{3 if facts.worst(phase.id) == 'error' else 2}px "
        f"{'dashed' if detour else 'solid'} {colour.strong}",
    }
    figures = facts.figures(phase.id)
    if figures is not None:
        fill = completion_colour(figures.completion)
        drop = facts.overlay is not None and phase.id in facts.overlay.drop_points
        words = completion_words(figures) if figures.has_data else _("no data")
        chips.append(
            _chip(f"▼ {words}" if drop else words, DROP_COLOUR if drop else INK, DROP_COLOUR)
        )
        if drop:
            style["boxShadow"] = f"0 0 0 3px #FFFFFF, 0 0 0 6px {DROP_COLOUR}"
    style["background"] = fill
    return {
        "id": node,
        "topic": f"{number}. {facts.title(phase)}",
        "direction": direction,
        "expanded": detail != "phases",
        "branchColor": colour.strong,
        "style": style,
        "tags": chips,
        "children": _children(facts, phase, node, detail == "activities"),
    }


def _root(facts: MapFacts, detail: str) -> dict[str, Any]:
    ordered = facts.ordered
    right = (len(ordered) + 1) // 2
    sides = [(p, _RIGHT) for p in ordered[:right]] + [(p, _LEFT) for p in reversed(ordered[right:])]
    chips = [
        _chip(_("{label}: {value}").format(label=key, value=plain(value)))
        for key, value in course_summary(facts.scenario, facts.lang)
    ]
    chips += _finding_chips(facts, None)
    return {
        "id": "root",
        "topic": plain(facts.scenario.title) or "—",
        "style": {
            "color": INK,
            "background": NEUTRAL.light,
            "border": f"3px solid {NEUTRAL.strong}",
        },
        "tags": chips,
        "children": [_phase_node(facts, phase, side, detail) for phase, side in sides],
    }


def _arrows(facts: MapFacts) -> list[dict[str, Any]]:
    arrows: list[dict[str, Any]] = []
    for source, targets in facts.after.items():
        for target, kind in targets:
            if kind != TransitionKind.REMEDIATION.value:
                continue
            arrows.append(
                {
                    "id": f"r{len(arrows) + 1}",
                    "label": "",
                    "from": f"p{facts.number[source]}",
                    "to": f"p{facts.number[target]}",
                    "style": {
                        "stroke": REMEDIATION_COLOUR,
                        "strokeWidth": "2.5",
                        "strokeDasharray": "2,5",
                    },
                }
            )
    return arrows


def _search_text(facts: MapFacts, phase: Phase) -> str:
    words = [facts.title(phase), phase.id, phase.kind.label(facts.lang), phase.kind.value]
    words += [value for _key, value in phase_tags(phase, facts.lang) if value]
    words += [plain(item) for item in (*phase.activities, *phase.resources)]
    detour = detour_words(facts, phase.id)
    if detour:
        words.append(detour)
    return fold(" | ".join(words))


def map_data(facts: MapFacts, detail: str) -> dict[str, Any]:
    """What the page's script reads: Mind Elixir's data and the phases to search and visit.

    ``phases`` lists the phase nodes in path order with their folded text
    (:func:`scenario._text.fold`) for the search.
    """
    return {
        "mind": {"nodeData": _root(facts, detail), "arrows": _arrows(facts), "direction": _SIDE},
        "phases": [
            {"node": f"p{facts.number[p.id]}", "search": _search_text(facts, p)}
            for p in facts.ordered
        ],
    }
