"""The overlay's figures as a reader reads them: text, Markdown, HTML, in French or English."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from scenario.duration import readable_duration
from scenario.i18n import _, format_percent, ngettext, use_language

if TYPE_CHECKING:
    from scenario.analysis.overlay import Overlay, PhaseFigures

__all__ = ["html_table", "kind_label", "markdown", "rows", "text"]

_NONE = "—"


def kind_label(kind: str) -> str:
    """What the data is, in words."""
    if kind == "xapi":
        return _("xAPI statements")
    return _("Moodle activity completion report")


def _minutes(value: float | None) -> str:
    return _NONE if value is None else readable_duration(round(value))


def _share(value: float | None) -> str:
    return _NONE if value is None else format_percent(100 * value, 0)


def headers() -> list[str]:
    """The columns' headings."""
    return [
        _("No."),
        _("phase"),
        _("reached"),
        _("completion"),
        _("drop-off"),
        _("median time"),
        _("planned"),
        _("success"),
    ]


def rows(result: Overlay) -> list[list[str]]:
    """One row of words per phase (counts and shares, never a name)."""
    found = []
    for f in result.phases:
        completion = (
            _NONE
            if f.completion is None or f.completed is None
            else f"{_share(f.completion)} ({f.completed})"
        )
        drop = _NONE if f.drop_off is None else f"{_share(f.drop_off)} ({f.lost})"
        if f.phase in result.drop_points:
            drop += " ▼"
        success = _NONE if f.success is None else f"{_share(f.success)} ({f.passed}/{f.graded})"
        found.append(
            [
                str(f.number),
                f.title,
                str(f.reached) if f.has_data else _NONE,
                completion,
                drop,
                _minutes(f.median_minutes) + (f" ({f.measured})" if f.measured else ""),
                _minutes(f.planned_minutes),
                success,
            ]
        )
    return found


def _heading(result: Overlay) -> tuple[str, str]:
    title = _("After the session: {title}").format(title=f"« {result.title} »")
    learners = ngettext("{count} learner", "{count} learners", result.learners).format(
        count=result.learners
    )
    source = _("Data: {source} ({kind}), {learners}").format(
        source=result.source, kind=kind_label(result.kind), learners=learners
    )
    return title, source


def _notes(result: Overlay) -> list[str]:
    notes = [
        _(
            "reached: learners with a trace on the phase; completion: share of all the "
            "learners; drop-off: share of those who reached the phase before and not this one "
            "(▼: {threshold} or more); times: median (learners measured)."
        ).format(threshold=_share(result.drop_threshold))
    ]
    if result.unmatched:
        shown = ", ".join(f"« {name} »" for name in result.unmatched[:10])
        more = len(result.unmatched) - 10
        if more > 0:
            shown += " " + ngettext("and {count} more", "and {count} more", more).format(count=more)
        notes.append(
            ngettext(
                "{count} activity matches no phase: {names}",
                "{count} activities match no phase: {names}",
                len(result.unmatched),
            ).format(count=len(result.unmatched), names=shown)
        )
    missing = [f for f in result.phases if not f.has_data]
    if missing:
        notes.append(
            ngettext(
                "{count} phase has no data: {names}",
                "{count} phases have no data: {names}",
                len(missing),
            ).format(
                count=len(missing), names=", ".join(f"{f.number}. « {f.title} »" for f in missing)
            )
        )
    if result.skipped:
        notes.append(
            ngettext(
                "{count} statement on the course itself was left aside",
                "{count} statements on the course itself were left aside",
                result.skipped,
            ).format(count=result.skipped)
        )
    return notes


def text(result: Overlay, lang: str | None = None) -> str:
    """The table as plain text, columns aligned."""
    with use_language(lang):
        title, source = _heading(result)
        table = [headers(), *rows(result)]
        for row in table:
            if len(row[1]) > 40:
                row[1] = row[1][:39] + "…"
        widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
        lines = [title, source, ""]
        for row in table:
            cells = [
                cell.rjust(widths[i]) if i == 0 else cell.ljust(widths[i])
                for i, cell in enumerate(row)
            ]
            lines.append("  ".join(cells).rstrip())
        lines.append("")
        lines += _notes(result)
        return "\n".join(lines) + "\n"


def _md(cell: str) -> str:
    return cell.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def markdown(result: Overlay, lang: str | None = None) -> str:
    """The table in Markdown, under a heading of its own."""
    with use_language(lang):
        title, source = _heading(result)
        out = [f"## {_md(title)}", "", _md(source), ""]
        out.append("| " + " | ".join(headers()) + " |")
        out.append("|" + "|".join(["---:"] + ["---"] * (len(headers()) - 1)) + "|")
        out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows(result)]
        out.append("")
        out += [f"- {_md(note)}" for note in _notes(result)]
        out.append("")
        return "\n".join(out)


def html_table(result: Overlay, lang: str | None = None) -> str:
    """The table as an HTML fragment (Jupyter, the HTML synopsis)."""
    esc = html.escape
    with use_language(lang):
        title, source = _heading(result)
        out = [
            '<div class="scenario-overlay">',
            f"<h2>{esc(title)}</h2>",
            f"<p>{esc(source)}</p>",
            "<table>",
            "<tr>" + "".join(f"<th>{esc(h)}</th>" for h in headers()) + "</tr>",
        ]
        out += [
            "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>"
            for row in rows(result)
        ]
        out.append("</table>")
        out += [f"<p>{esc(note)}</p>" for note in _notes(result)]
        out.append("</div>")
        return "\n".join(out) + "\n"


def completion_words(figures: PhaseFigures) -> str:
    """The completion and drop-off of a phase in a few words, for the pictures."""
    parts = []
    if figures.completion is not None:
        parts.append(_("completed: {share}").format(share=_share(figures.completion)))
    elif figures.has_data:
        parts.append(_("reached: {count}").format(count=figures.reached))
    else:
        parts.append(_("no data"))
    if figures.drop_off is not None:
        parts.append(_("drop-off: {share}").format(share=_share(figures.drop_off)))
    return " · ".join(parts)
