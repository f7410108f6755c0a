"""What the pictures share: safe HTML-like labels, wrapped text, the words of the maps.

The words of the maps (tag names, legend, counts of findings) come from the
message catalog (:mod:`scenario.i18n`), in the language of the moment: the
public drawing functions set it from their ``lang`` argument.

Every piece of user text reaches Graphviz through :func:`text`: control
characters become spaces, the HTML-like label's special characters become
entities, and a backslash becomes ``&#92;&#92;``: Graphviz expands ``\\N``,
``\\G`` and friends even inside HTML-like labels, after decoding entities,
and a doubled backslash is how it shows one. Square brackets become
``&#91;``/``&#93;`` (Graphviz 2.43 refuses a bare ``]`` before a closing
tag), blank text a no-break space (an empty ``<B></B>`` is refused too), and
a lone surrogate, U+FFFE or U+FFFF becomes U+FFFD. A title such as
``"]; a -> b [label="x`` or ``<script>`` is shown, never obeyed.

>>> text('"]; a -> b <script> \\\\N')
'&quot;&#93;; a -&gt; b &lt;script&gt; &#92;&#92;N'
>>> wrap("Atelier en sous-groupes sur des bulletins anonymisés", 20)
['Atelier en', 'sous-groupes sur des', 'bulletins anonymisés']
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from scenario._text import scrub
from scenario.duration import readable_duration
from scenario.i18n import N_, _, format_number, format_percent, ngettext
from scenario.learning_path.detours import REMEDIATION, kind_label
from scenario.palette import (
    COMPLETION_COLOURS,
    FRAME,
    OPTIONAL_COLOUR,
    REMEDIATION_COLOUR,
    SEQUENCE_COLOUR,
    SEVERITY_COLOURS,
    colour_of,
)
from scenario.vocabulary import PhaseKind

if TYPE_CHECKING:
    from scenario.learning_path import Detours
    from scenario.model import Scenario

FONT = "DejaVu Sans,Helvetica,Arial,sans-serif"

SEVERITY_SIGNS = {"error": "✖", "warning": "▲", "info": "ℹ"}

_FRENCH_SPACE = re.compile(r" ([?!:;»])")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
# Runs of white space but the no-break spaces, which French typography puts where it wants
# no line break (before ":", in "1 h 30", between thousands).
_SPACES = re.compile(r"[^\S\u00a0\u202f]+")

#: The names of a phase's tags on the maps, translated when shown.
TAG_NAMES = {
    "group": N_("group"),
    "situation": N_("situation"),
    "pedagogy": N_("pedagogy"),
    "intention": N_("intention"),
    "duration": N_("duration"),
    "module": N_("module"),
}


def clean(value: object) -> str:
    """User text on one line: control characters and line breaks become single spaces
    (no-break spaces stay); what no file can hold (a lone surrogate, U+FFFE, U+FFFF)
    becomes U+FFFD."""
    return _SPACES.sub(" ", scrub(_CONTROL.sub(" ", str(value)))).strip()


def text(value: object) -> str:
    """User text made safe inside an HTML-like label (and on one line). Square brackets
    become entities (Graphviz's HTML lexer stumbles on a bare ``]``); blank text becomes
    a no-break space, since an empty ``<B></B>`` is a syntax error to Graphviz."""
    cleaned = clean(value)
    if not cleaned:
        return "&#160;"
    return (
        cleaned.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
        .replace("[", "&#91;")
        .replace("]", "&#93;")
        .replace("\\", "&#92;&#92;")
    )


def wrap(value: object, width: int, max_lines: int = 4) -> list[str]:
    """Cut text into lines of about ``width`` characters (a long word is broken).

    More than ``max_lines`` lines end with an ellipsis.
    """
    # French typography: no line starts with "?", "!", ":", ";" or "»" (a no-break space).
    joined = _FRENCH_SPACE.sub("\u00a0\\1", clean(value))
    # Only the lines shown and the next (whether to cut) are needed: textwrap stops past
    # them, where it would break a long word line after line, copying its rest each time
    # (quadratic). Up to max_lines + 1, its lines are those of an unbounded wrap.
    wrapper = textwrap.TextWrapper(
        width=width, break_on_hyphens=False, max_lines=max_lines + 2, placeholder=""
    )
    lines = wrapper.wrap(joined) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(width - 1, 1)].rstrip() + "…"
    return lines


def lines_html(value: object, width: int, max_lines: int = 4) -> str:
    """Wrapped, escaped text with ``<BR/>`` between the lines."""
    return "<BR/>".join(text(line) for line in wrap(value, width, max_lines))


def severity_of(finding: Any) -> str:
    """The severity of a finding as ``error``, ``warning`` or ``info``."""
    severity = getattr(finding, "severity", "info")
    return str(getattr(severity, "value", severity))


def active_findings(report: Iterable[Any] | None) -> list[Any]:
    """The unwaived findings of a report, most severe first, in a stable order."""
    if report is None:
        return []
    rank = {"error": 0, "warning": 1, "info": 2}
    found = [f for f in report if not getattr(f, "waived", False)]
    return sorted(
        found,
        key=lambda f: (rank.get(severity_of(f), 3), str(f.phase or ""), str(f.rule)),
    )


def findings_by_phase(report: Iterable[Any] | None) -> dict[str | None, list[Any]]:
    """Unwaived findings grouped by phase id (None for the scenario's own)."""
    grouped: dict[str | None, list[Any]] = {}
    for finding in active_findings(report):
        grouped.setdefault(finding.phase, []).append(finding)
    return grouped


def marks(findings: list[Any]) -> str:
    """One line of HTML counting a phase's findings (``✖ 1 erreur ▲ 2 avertissements``)."""
    parts = []
    for severity in ("error", "warning", "info"):
        count = sum(1 for f in findings if severity_of(f) == severity)
        if count:
            parts.append(
                f'<FONT COLOR="{SEVERITY_COLOURS[severity]}">'
                f"<B>{SEVERITY_SIGNS[severity]} {counted(severity, count)}</B></FONT>"
            )
    return "  ".join(parts)


def counted(severity: str, count: int) -> str:
    """``2 avertissements``: a count of findings of one severity, in words."""
    if severity == "error":
        counted = ngettext("{count} error", "{count} errors", count)
    elif severity == "warning":
        counted = ngettext("{count} warning", "{count} warnings", count)
    else:
        counted = ngettext("{count} info", "{count} infos", count)
    return counted.format(count=count)


def course_summary(
    scenario: Scenario, lang: str, found: Detours | None = None
) -> list[tuple[str, str]]:
    """The lines under the course title: modality, audience, phases (the main path's, and
    the detours apart), the duration (from the shortest to the longest route when they
    differ, else the total). ``found``: the scenario's detours, when the caller has them."""
    from scenario.learning_path import detours, routes

    found = detours(scenario) if found is None else found
    rows: list[tuple[str, str]] = []
    if scenario.modality is not None:
        rows.append((_("modality"), scenario.modality.label(lang)))
    audience = scenario.audience
    if audience is not None and (audience.size is not None or audience.description):
        parts = []
        if audience.size is not None:
            learners = ngettext("{count} learner", "{count} learners", audience.size)
            parts.append(learners.format(count=format_number(audience.size, 0)))
        if audience.description:
            parts.append(clean(audience.description))
        rows.append((_("audience"), ", ".join(parts)))
    phases = format_number(len(scenario.phases) - len(found.phases), 0)
    if found.phases:
        count = len(found.phases)
        phases = ngettext("{phases}, and {count} detour", "{phases}, and {count} detours", count)
        phases = phases.format(
            phases=format_number(len(scenario.phases) - count, 0), count=format_number(count, 0)
        )
    rows.append((_("phases"), phases))
    ways = routes(scenario, found)
    if ways.spread and ways.shortest is not None and ways.longest is not None:
        span = _("{low} to {high} depending on the route").format(
            low=minutes_label(ways.shortest.minutes), high=minutes_label(ways.longest.minutes)
        )
        rows.append((_(TAG_NAMES["duration"]), span))
    elif scenario.total_duration:
        rows.append((_("total duration"), minutes_label(scenario.total_duration)))
    return rows


def detour_colour(kind: str) -> str:
    """The colour of the arrows of a detour of ``kind`` (``remediation`` or ``optional``)."""
    return REMEDIATION_COLOUR if kind == REMEDIATION else OPTIONAL_COLOUR


def detour_legend_row(kind: str) -> str:
    """The row of a legend (an HTML-like table of Graphviz) for a detour of ``kind``."""
    words = _("detour: {kind}").format(kind=kind_label(kind))
    return (
        f'<TR><TD><FONT COLOR="{detour_colour(kind)}">╌╌▶</FONT></TD>'
        f'<TD ALIGN="LEFT">{text(words)}</TD></TR>'
    )


def completion_bands() -> list[tuple[str, str, str]]:
    """Each colour of the completion scale with the shares it stands for, as text:
    ``(colour, "0 %", "20 %")``, for the legends of the maps."""
    steps = len(COMPLETION_COLOURS)
    return [
        (
            colour,
            format_percent(100 * index / steps, 0),
            format_percent(100 * (index + 1) / steps, 0),
        )
        for index, colour in enumerate(COMPLETION_COLOURS)
    ]


def minutes_label(minutes: int) -> str:
    """Minutes as a reader reads them (``1 h 30``), kept on one line of a label."""
    return readable_duration(minutes).replace(" ", "\u00a0")


def legend_html(
    lang: str,
    kinds: Iterable[PhaseKind],
    *,
    remediation: bool,
    sequence: bool,
    detours: Iterable[str] = (),
) -> str:
    """The legend as an HTML-like table: one swatch per kind, then the arrows (the
    dashed branch of each kind of detour in ``detours``, ``remediation``, ``optional``)."""
    legend, following, loop = _("Legend"), _("next phase"), _("remediation")
    rows = [f'<TR><TD COLSPAN="2" ALIGN="LEFT"><B>{text(legend)}</B></TD></TR>']
    for kind in kinds:
        colour = colour_of(kind)
        rows.append(
            f'<TR><TD BGCOLOR="{colour.light}" COLOR="{colour.strong}" BORDER="2" WIDTH="22"> </TD>'
            f'<TD ALIGN="LEFT">{text(kind.label(lang))}</TD></TR>'
        )
    if sequence:
        rows.append(
            f'<TR><TD><FONT COLOR="{SEQUENCE_COLOUR}">╌╌▶</FONT></TD>'
            f'<TD ALIGN="LEFT">{text(following)}</TD></TR>'
        )
    if remediation:
        rows.append(
            f'<TR><TD><FONT COLOR="{REMEDIATION_COLOUR}">⋯▶</FONT></TD>'
            f'<TD ALIGN="LEFT">{text(loop)}</TD></TR>'
        )
    rows += [detour_legend_row(detour) for detour in detours]
    return (
        f'<<TABLE BORDER="1" COLOR="{FRAME}" CELLBORDER="0" CELLSPACING="4" CELLPADDING="2">'
        + "".join(rows)
        + "</TABLE>>"
    )
