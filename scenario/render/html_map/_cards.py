"""The cards of details: one for the course, one per phase, as escaped HTML.

The page shows one card at a time in its side panel (a phase clicked, or
chosen with the keyboard) and prints them all after the map. They are
written here, in Python, with every piece of user text escaped by
:func:`html.escape` after :func:`._facts.plain`: the page's script only
shows and hides them, it never builds HTML from the course's text.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from scenario.analysis._overlay_show import headers, kind_label
from scenario.i18n import _, ngettext, pgettext
from scenario.palette import SEVERITY_COLOURS, colour_of
from scenario.render._labels import (
    SEVERITY_SIGNS,
    TAG_NAMES,
    counted,
    course_summary,
    minutes_label,
    severity_of,
)
from scenario.render.html_map._facts import plain
from scenario.render.html_map._tree import detour_words, phase_tags, severity_words

if TYPE_CHECKING:
    from scenario.model import Phase
    from scenario.render.html_map._facts import MapFacts

__all__ = ["cards"]


def _e(value: object) -> str:
    """User text (or a word of ours) made safe as HTML text or attribute value."""
    return html.escape(plain(value), quote=True)


def _facts_list(pairs: list[tuple[str, str]], raw: bool = False) -> str:
    """A ``<dl>`` of (name, value) pairs; ``raw``: the values are HTML already."""
    items = "".join(
        f"<dt>{_e(key)}</dt><dd>{value if raw else _e(value)}</dd>" for key, value in pairs
    )
    return f'<dl class="facts">{items}</dl>'


def _h3(words: str) -> str:
    return f"<h3>{_e(words)}</h3>"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{_e(item)}</li>" for item in items) + "</ul>"


def _findings(facts: MapFacts, pid: str | None) -> str:
    found = facts.findings.get(pid, [])
    if not found:
        if not facts.report:
            return ""
        none = _("No finding.")
        return _h3(_("Findings")) + f"<p>{_e(none)}</p>"
    items = []
    for finding in found:
        severity = severity_of(finding)
        colour = SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"])
        items.append(
            f'<li class="finding finding-{_e(severity)}" style="border-color:{colour}">'
            f'<span class="severity" style="color:{colour}">'
            f"{SEVERITY_SIGNS.get(severity, '•')} {_e(severity_words(severity))}</span> "
            f"<code>{_e(finding.rule)}</code><br>{_e(finding.message)}</li>"
        )
    return _h3(_("Findings")) + f'<ul class="findings">{"".join(items)}</ul>'


def _names(facts: MapFacts, links: tuple[tuple[str, str], ...]) -> str:
    shown = []
    for pid, kind in links:
        name = facts.numbered(pid)
        if kind == "remediation":
            name = _("{phase} (remediation)").format(phase=name)
        shown.append(_e(name))
    return ", ".join(shown)


def _course_card(facts: MapFacts) -> str:
    scenario = facts.scenario
    pairs = [(key, plain(value)) for key, value in course_summary(scenario, facts.lang)]
    parts = [
        '<article class="card" id="card-course" data-node="root">',
        f'<h2 id="card-course-title" tabindex="-1">{_e(scenario.title) or "—"}</h2>',
        _facts_list(pairs),
    ]
    if scenario.objectives:
        parts += [_h3(_("Objectives")), _list(list(scenario.objectives))]
    every = [f for found in facts.findings.values() for f in found]
    if every:
        counts = []
        for severity in ("error", "warning", "info"):
            count = sum(1 for f in every if severity_of(f) == severity)
            if count:
                counts.append(
                    f'<span style="color:{SEVERITY_COLOURS[severity]}">'
                    f"{SEVERITY_SIGNS[severity]} {_e(counted(severity, count))}</span>"
                )
        whole = _("Findings of the whole scenario:")
        parts.append(f"<p>{_e(whole)} {' '.join(counts)}</p>")
    parts.append(_findings(facts, None))
    if facts.overlay is not None:
        learners = ngettext("{count} learner", "{count} learners", facts.overlay.learners)
        parts += [
            _h3(_("Learner data")),
            _facts_list(
                [
                    (
                        _("source"),
                        f"{plain(facts.overlay.source)} ({kind_label(facts.overlay.kind)})",
                    ),
                    (_("learners"), learners.format(count=facts.overlay.learners)),
                ]
            ),
        ]
    parts.append("</article>")
    return "".join(parts)


def _overlay(facts: MapFacts, phase: Phase) -> str:
    if facts.overlay is None:
        return ""
    row = facts.overlay_rows.get(phase.id)
    if row is None:
        return ""
    names = headers()
    pairs = list(zip(names[2:], row[2:]))
    return _h3(_("Learner data")) + _facts_list(pairs)


def _phase_card(facts: MapFacts, phase: Phase) -> str:
    number = facts.number[phase.id]
    colour = colour_of(phase.kind)
    pairs: list[tuple[str, str]] = [
        (pgettext("dimension", "phase kind"), phase.kind.label(facts.lang))
    ]
    for key, value in phase_tags(phase, facts.lang):
        pairs.append((key, value if value is not None else _("to be set")))
    if phase.duration is not None:
        pairs.append((_(TAG_NAMES["duration"]), minutes_label(phase.duration)))
    if phase.date is not None:
        pairs.append((pgettext("field", "date"), phase.date.isoformat()))
    if phase.week is not None:
        pairs.append((pgettext("field", "week"), str(phase.week)))
    pairs.append((_("id"), phase.id))
    parts = [
        f'<article class="card" id="card-p{number}" data-node="p{number}" '
        f'style="border-top-color:{colour.strong}">',
        f'<h2 id="card-p{number}-title" tabindex="-1"><span class="swatch" style="background:{colour.light};'
        f'border-color:{colour.strong}"></span>{_e(facts.numbered(phase.id))}</h2>',
    ]
    detour = detour_words(facts, phase.id)
    if detour is not None:
        if facts.detours.kinds[phase.id] == "remediation":
            why = _("Only the learners sent here by a remediation take this phase.")
        else:
            why = _("Only some learners take this phase; the others go on without it.")
        parts.append(f'<p class="detour">↺ <strong>{_e(detour)}</strong> · {_e(why)}</p>')
    parts.append(_facts_list(pairs))
    path = []
    if facts.before[phase.id]:
        path.append((_("comes after"), _names(facts, facts.before[phase.id])))
    if facts.after[phase.id]:
        path.append((_("leads to"), _names(facts, facts.after[phase.id])))
    if path:
        parts += [_h3(_("On the path")), _facts_list(path, raw=True)]
    for heading, items in ((_("Activities"), phase.activities), (_("Resources"), phase.resources)):
        if items:
            parts += [_h3(heading), _list(list(items))]
    parts += [_findings(facts, phase.id), _overlay(facts, phase), "</article>"]
    return "".join(parts)


def cards(facts: MapFacts) -> str:
    """Every card, the course's first, then the phases in path order."""
    found: list[Any] = [_course_card(facts)]
    found += [_phase_card(facts, phase) for phase in facts.ordered]
    return "\n".join(found)
