"""The time balance shown: as text and as HTML (:class:`scenario.analysis.stats.Stats`).

The summary comes first: the total, the main path and the detours apart,
the synchronous and asynchronous time of the main path with their shares,
the learner's routes. Then, for each dimension of the grid, the minutes and
share of each value on the main path, each detour's minutes beside them
(``+ 30 min en détour``), and the minutes per module. Without a detour
phase the main path is the whole course, and nothing is said of detours.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from scenario.analysis.stats import DIMENSION_LABELS, DIMENSION_NAMES, UNSET, Number, value_label
from scenario.duration import readable_duration
from scenario.i18n import _, format_number, format_percent, ngettext
from scenario.learning_path import kind_label
from scenario.vocabulary import DIMENSIONS

if TYPE_CHECKING:
    from scenario.analysis.stats import Stats

#: One value of a dimension: as shown, its minutes and share on the main path, its
#: minutes in detours.
Row = tuple[str, Number, float, Number]


def rows(stats: Stats, lang: str) -> list[tuple[str, list[Row]]]:
    """Each dimension's name, and its rows (see :data:`Row`)."""
    main, extra = stats.main_path, stats.detours
    return [
        (
            _(DIMENSION_LABELS[dim]),
            [
                (
                    value_label(cls, key, lang),
                    main.by[dim].get(key, 0),
                    main.shares[dim].get(key, 0.0),
                    extra.by[dim].get(key, 0),
                )
                for key in stats.by[dim]
            ],
        )
        for dim, cls in zip(DIMENSION_NAMES, DIMENSIONS)
    ]


def minutes_text(minutes: int) -> str:
    """``45 min``, or ``90 min (1 h 30)`` from an hour on (``1 200 min`` in French)."""
    readable = readable_duration(minutes)
    return f"{format_number(minutes, 0)} min ({readable})" if minutes >= 60 else readable


def summary(stats: Stats) -> list[tuple[str, str]]:
    """The lines above the tables: (label, value)."""
    main = stats.main_path
    apart = bool(stats.detour_kinds)
    lines = [(_("total duration"), minutes_text(stats.total_minutes))]
    if apart:
        lines.append((_("main path"), minutes_text(main.total_minutes)))
        named = ", ".join(
            _("{phase} ({kind})").format(phase=pid, kind=kind_label(kind))
            for pid, kind in stats.detour_kinds.items()
        )
        lines.append(
            (
                _("detours, apart"),
                _("{minutes}: {phases}").format(
                    minutes=minutes_text(stats.detours.total_minutes), phases=named
                ),
            )
        )
    for label, minutes, share in (
        (_("synchronous (trainer present)"), main.synchronous_minutes, main.synchronous_share),
        (_("asynchronous"), main.asynchronous_minutes, main.asynchronous_share),
    ):
        template = _("{time}, {share} of the main path") if apart else _("{time}, {share}")
        lines.append(
            (label, template.format(time=minutes_text(minutes), share=format_percent(share)))
        )
    lines += _route_lines(stats, apart)
    if stats.phases_without_duration:
        lines.append((_("phases without a duration"), ", ".join(stats.phases_without_duration)))
    return lines


def _route_lines(stats: Stats, apart: bool) -> list[tuple[str, str]]:
    routes = stats.routes
    if routes.shortest is None or routes.longest is None:
        return [(_("path"), _("not computed: the path has a cycle"))] if routes.cycle else []
    if routes.count > 1:
        label = ngettext("path ({count} route)", "path ({count} routes)", routes.count)
        label = label.format(count=routes.count)
    else:
        label = _("the learner's path")
    low, high = minutes_text(routes.shortest.minutes), minutes_text(routes.longest.minutes)
    if routes.longest.detours:
        value = _("from {low} without a detour to {high} with every detour").format(
            low=low, high=high
        )
    elif routes.count > 1:
        value = _("from {low} to {high}").format(low=low, high=high)
    else:
        value = high
    if routes.shortest.incomplete or routes.longest.incomplete:
        value = _("{time} (not counting the phases without a duration)").format(time=value)
    lines = [(label, value)]
    for phase, targets in routes.branches.items():
        lines.append((_("branch after {phase}").format(phase=phase), ", ".join(targets)))
    return lines


def _heading(label: str, apart: bool) -> str:
    return _("{dimension} (main path)").format(dimension=label) if apart else label


def _in_detours(minutes: Number) -> str:
    return _("+ {minutes} min in detours").format(minutes=format_number(minutes, 2))


def text_of(stats: Stats, lang: str) -> str:
    """The balance as plain text."""
    apart = bool(stats.detour_kinds)
    out = [_("Balance of the scenario “{title}”").format(title=stats.title), ""]
    lines = summary(stats)
    width = max(len(label) for label, _value in lines)
    out += [f"{label:<{width}}  {value}" for label, value in lines]
    for label, found in rows(stats, lang):
        out += ["", _heading(label, apart)]
        key_width = max(len(key) for key, *_figures in found)
        for key, minutes, share, extra in found:
            number, percent = format_number(minutes, 2), format_percent(share)
            line = f"  {key:<{key_width}}  {number:>7} min  {percent:>7}"
            out.append(f"{line}   {_in_detours(extra)}" if extra else line)
    if stats.by_module:
        out += ["", _("module")]
        names = {key: _module_name(key) for key in stats.by_module}
        key_width = max(len(name) for name in names.values())
        for key, minutes in stats.by_module.items():
            out.append(f"  {names[key]:<{key_width}}  {format_number(minutes, 0):>7} min")
    return "\n".join(out)


def _module_name(key: str) -> str:
    """A module as the reader reads it: its name, or "not given" in the reader's language
    for the phases without one (the key :data:`~scenario.analysis.stats.UNSET`)."""
    return _("not given") if key == UNSET else key


def html_of(stats: Stats, lang: str) -> str:
    """The balance as an HTML table (Jupyter)."""
    esc = html.escape
    apart = bool(stats.detour_kinds)
    heads = [_("dimension"), _("value"), _("minutes"), _("share")]
    if apart:  # the main path's minutes and share, the detours' minutes
        heads = [_("dimension"), _("value"), _("main path"), _("share"), _("in detours")]
    right = "style='text-align:right'"
    parts = [
        '<div class="scenario-stats">',
        "<strong>{}</strong>".format(
            _("Balance of the scenario “{title}”").format(title=esc(stats.title))
        ),
        "<table>",
    ]
    for label, value in summary(stats):
        parts.append(f"<tr><th style='text-align:left'>{esc(label)}</th><td>{esc(value)}</td></tr>")
    parts.append("</table><table>")
    parts.append("<tr>" + "".join(f"<th>{esc(head)}</th>" for head in heads) + "</tr>")
    for label, found in rows(stats, lang):
        for index, (key, minutes, share, extra) in enumerate(found):
            head = f"<th rowspan='{len(found)}'>{esc(label)}</th>" if index == 0 else ""
            cells = [esc(format_number(minutes, 2)), esc(format_percent(share))]
            if apart:
                cells.append(esc(format_number(extra, 2)) if extra else "")
            parts.append(
                f"<tr>{head}<td>{esc(_module_name(key))}</td>"
                + "".join(f"<td {right}>{cell}</td>" for cell in cells)
                + "</tr>"
            )
    if apart and stats.by_module:
        # The modules count every phase, detours included: a table of their own.
        plain = [_("dimension"), _("value"), _("minutes"), _("share")]
        parts.append("</table><table>")
        parts.append("<tr>" + "".join(f"<th>{esc(head)}</th>" for head in plain) + "</tr>")
    module = esc(_("module"))
    for index, (key, module_minutes) in enumerate(stats.by_module.items()):
        head = f"<th rowspan='{len(stats.by_module)}'>{module}</th>" if index == 0 else ""
        share = 100 * module_minutes / stats.total_minutes if stats.total_minutes else 0.0
        parts.append(
            f"<tr>{head}<td>{esc(_module_name(key))}</td>"
            f"<td {right}>{esc(format_number(module_minutes, 0))}</td>"
            f"<td {right}>{esc(format_percent(share))}</td></tr>"
        )
    parts.append("</table></div>")
    return "\n".join(parts)
