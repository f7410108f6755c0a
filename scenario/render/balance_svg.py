"""The time balance as a small SVG chart, written without any library.

:func:`balance_svg` draws one stacked bar per view of the time of the main
path (what every learner follows): synchronous against asynchronous, then
the phase kinds, the groups and the pedagogies; a course with detour phases
gets a first bar, the main path against the detours, kept apart from the others;
each segment is as long as its share of the time, labelled with its minutes
and share when it has room, and a legend under each bar names every value.
The sign-off pack (:mod:`scenario.render.pack`) embeds it; being plain SVG,
it needs no network, no matplotlib, and prints sharp. Colours come from
:mod:`scenario.palette`; user text never reaches the SVG unescaped.

>>> from scenario.model import Scenario
>>> s = Scenario("Démo")
>>> _ = s.add_phase("a", "découverte", situation="présentiel", duration=30)
>>> _ = s.add_phase("b", "évaluation", situation="distanciel asynchrone", duration=10)
>>> svg = balance_svg(s, lang="en")
>>> svg.startswith("<svg"), "75%" in svg, "synchronous" in svg
(True, True, True)
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from scenario.analysis.stats import UNSET, stats
from scenario.duration import readable_duration
from scenario.i18n import _, format_percent, pgettext, use_language
from scenario.palette import KIND_COLOURS, NEUTRAL, OTHER_COLOURS
from scenario.vocabulary import Group, Pedagogy, PhaseKind, Term

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["balance_svg"]

_WIDTH = 640
_LABEL = 150
_BAR = 22
_FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"
# Approximate width of a character at the labels' size, to know when a label fits.
_CHAR = 6.2

Segment = tuple[str, float, str]  # (label, minutes, colour)


def balance_svg(scenario: Scenario, *, lang: str | None = None) -> str:
    """The time balance of ``scenario`` as an SVG document (text).

    Phases without a duration count nowhere (as in :func:`scenario.analysis.stats.stats`);
    a scenario without any duration gives a chart that says so.
    """
    with use_language(lang) as chosen:
        found = stats(scenario)
        balance = found.main_path
        total = balance.total_minutes
        unknown = total - balance.synchronous_minutes - balance.asynchronous_minutes
        rows: list[tuple[str, list[Segment]]] = []
        title = _("Time balance: {total}").format(total=readable_duration(total))
        if found.detour_kinds:
            rows.append(
                (
                    _("detours apart"),
                    [
                        (_("main path"), total, NEUTRAL.strong),
                        (_("detours"), found.detours.total_minutes, NEUTRAL.light),
                    ],
                )
            )
            title = _("Time balance of the main path: {total}, detours apart").format(
                total=readable_duration(total)
            )
        rows += [
            (
                _("synchronous or not"),
                [
                    (_("synchronous"), balance.synchronous_minutes, OTHER_COLOURS[0]),
                    (_("asynchronous"), balance.asynchronous_minutes, OTHER_COLOURS[1]),
                    (pgettext("chart", "not given"), unknown, NEUTRAL.light),
                ],
            ),
            (pgettext("field", "phase kind"), _segments(balance.by["phase"], PhaseKind, chosen)),
            (pgettext("field", "group"), _segments(balance.by["group"], Group, chosen)),
            (pgettext("field", "pedagogy"), _segments(balance.by["pedagogy"], Pedagogy, chosen)),
        ]
        return _draw(title, rows)


def _segments(minutes: dict[str, float], cls: type[Term], lang: str) -> list[Segment]:
    found: list[Segment] = []
    for index, (key, value) in enumerate(minutes.items()):
        if key == UNSET:
            found.append((pgettext("chart", "not given"), value, NEUTRAL.light))
        elif cls is PhaseKind:
            found.append((cls(key).label(lang), value, KIND_COLOURS[PhaseKind(key)].strong))
        else:
            found.append((cls(key).label(lang), value, OTHER_COLOURS[index % len(OTHER_COLOURS)]))
    return found


def _text(
    x: float,
    y: float,
    words: str,
    *,
    size: int = 11,
    anchor: str = "start",
    bold: bool = False,
    colour: str = "#222222",
) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="{colour}"{weight}>{html.escape(words)}</text>'
    )


def _draw(title: str, rows: Sequence[tuple[str, Sequence[Segment]]]) -> str:
    """The bars, each as long as the sum of its segments (the first row of a course with
    detours counts them too; the others, the main path only)."""
    width = _WIDTH - _LABEL - 10
    parts = [_text(0, 16, title, size=13, bold=True)]
    y = 34.0
    for label, segments in rows:
        total = sum(minutes for _name, minutes, _colour in segments)
        parts.append(_text(0, y + 15, label, bold=True))
        x = float(_LABEL)
        shown = [s for s in segments if s[1] > 0]
        if total <= 0:
            parts.append(
                f'<rect x="{x}" y="{y}" width="{width}" height="{_BAR}" fill="{NEUTRAL.light}" '
                f'stroke="{NEUTRAL.strong}" stroke-width="0.5"/>'
            )
            parts.append(_text(x + 6, y + 15, _("no duration given yet"), colour=NEUTRAL.strong))
        for name, minutes, colour in shown:
            size = width * minutes / total
            share = format_percent(100 * minutes / total, 0)
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{size:.1f}" height="{_BAR}" fill="{colour}" '
                f'stroke="white" stroke-width="1"><title>{html.escape(name)} {share}</title></rect>'
            )
            if size > _CHAR * len(share) + 6:
                dark = colour in (NEUTRAL.light, OTHER_COLOURS[2])
                parts.append(
                    _text(
                        x + size / 2,
                        y + 15,
                        share,
                        anchor="middle",
                        colour="#222222" if dark else "white",
                    )
                )
            x += size
        y += _BAR + 14
        legend_x = float(_LABEL)
        for name, minutes, colour in shown:
            words = f"{name} {readable_duration(round(minutes))}"
            room = 16 + _CHAR * len(words) + 14
            if legend_x + room > _WIDTH:
                legend_x = float(_LABEL)
                y += 16
            parts.append(
                f'<rect x="{legend_x:.1f}" y="{y - 9:.1f}" width="10" height="10" fill="{colour}" '
                f'stroke="{NEUTRAL.strong}" stroke-width="0.5"/>'
            )
            parts.append(_text(legend_x + 14, y, words, size=10))
            legend_x += room
        y += 22
    height = y
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height:.0f}" '
        f'width="{_WIDTH}" height="{height:.0f}" font-family="{_FONT}" role="img" '
        f'aria-label="{html.escape(title)}">' + "".join(parts) + "</svg>"
    )
