"""The mind map of a new version with what changed marked: ``scenario diff --map``.

:func:`diff_map` draws the new version's mind map (:func:`scenario.render.mindmap.mindmap`)
and marks on it each phase the diff (:func:`scenario.analysis.diff.diff`) found
added or changed: a thicker border and a note hung under the phase
saying what changed (``+`` a new phase, ``~`` its changes). Each phase
removed hangs from the centre as a dashed grey ghost (``−``). A second
legend explains the marks. The marks only add statements to the map's DOT
source, so the map itself is drawn as ``scenario render`` draws it.

>>> from scenario import Scenario
>>> old = Scenario("Démo")
>>> _ = old.add_phase("a", "découverte", "Accroche", duration=20)
>>> _ = old.add_phase("b", "évaluation", "Quiz")
>>> new = Scenario("Démo")
>>> _ = new.add_phase("a", "découverte", "Accroche", duration=30)
>>> _ = new.add_phase("c", "évaluation", "Cas final")
>>> source = diff_map(old, new, lang="en").source
>>> "new phase" in source, "removed" in source, "duration: 20 min → 30 min" in source
(True, True, True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scenario.analysis._diff_text import _change_line
from scenario.analysis.diff import diff
from scenario.i18n import _, check_lang, pgettext, use_language
from scenario.palette import CHANGE_COLOURS, NEUTRAL
from scenario.render._labels import FONT, lines_html, text
from scenario.render._layout import ROOT
from scenario.render.mindmap import _phase_node, mindmap

if TYPE_CHECKING:
    from scenario.analysis.diff import Diff
    from scenario.model import Scenario
    from scenario.render._graphviz import Diagram

__all__ = ["diff_map"]

_SIGNS = {"added": "+", "changed": "~", "removed": "−"}
# At most this many changes are written in a phase's note; the rest are counted.
_MAX_LINES = 5


def diff_map(
    old: Scenario,
    new: Scenario,
    changes: Diff | None = None,
    *,
    lang: str = "fr",
    detail: str = "phases",
    layout: str = "twopi",
) -> Diagram:
    """The mind map of ``new`` with the phases added, changed and removed since ``old`` marked.

    Args:
        old, new: the two versions.
        changes: their diff, when the caller has it already.
        lang: ``"fr"`` or ``"en"``.
        detail, layout: as for :func:`scenario.render.mindmap.mindmap` (the
            default shows the phases only, so that the notes stand out).
    """
    check_lang(lang)
    found = changes if changes is not None else diff(old, new, lang=lang, validate=False)
    dot = mindmap(new, lang=lang, detail=detail, layout=layout)
    with use_language(lang):
        for change in found.changed:
            lines = [_change_line(c, lang) for c in change.changes]
            _mark(dot, change.id, "changed", pgettext("diff map", "changed"), lines)
        for phase in found.added:
            _mark(dot, phase.id, "added", _("new phase"), [])
        for index, phase in enumerate(found.removed):
            name = f"removed__{index}"
            colour = CHANGE_COLOURS["removed"]
            removed = text(pgettext("diff map", "removed"))
            label = (
                '<<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="1">'
                f"<TR><TD><B>{_SIGNS['removed']} {removed}</B></TD></TR>"
                f"<TR><TD>{lines_html(phase.title or phase.id, 24, 3)}</TD></TR></TABLE>>"
            )
            dot.node(
                name,
                label=label,
                style="rounded,dashed",
                color=colour,
                fontcolor=colour,
                fillcolor="white",
                fontsize="10",
            )
            dot.edge(ROOT, name, style="dashed", color=colour, penwidth="1.5")
        if found.marked:
            dot.node("diff_legend", label=_legend(), shape="plain", style="", fontsize="10")
    return dot


def _mark(dot: Diagram, pid: str, kind: str, heading: str, lines: list[str]) -> None:
    colour = CHANGE_COLOURS[kind]
    name = _phase_node(pid)
    dot.node(name, penwidth="5", color=colour)  # DOT merges these into the phase's node
    shown = lines[:_MAX_LINES]
    if len(lines) > _MAX_LINES:
        shown.append("…")
    rows = [f'<TR><TD ALIGN="LEFT"><B>{_SIGNS[kind]} {text(heading)}</B></TD></TR>']
    rows += [
        f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{lines_html(line, 34, 3)}</TD></TR>' for line in shown
    ]
    dot.node(
        f"{name}__diff",
        label='<<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="1">' + "".join(rows) + "</TABLE>>",
        shape="note",
        style="filled",
        fillcolor="white",
        color=colour,
        fontcolor=colour,
        fontname=FONT,
        fontsize="9",
        penwidth="1.5",
    )
    dot.edge(name, f"{name}__diff", color=colour, penwidth="1.5", style="dashed")


def _legend() -> str:
    heading = text(_("Changes"))
    rows = [f'<TR><TD COLSPAN="2" ALIGN="LEFT"><B>{heading}</B></TD></TR>']
    for kind, words in (
        ("added", _("phase added")),
        ("changed", _("phase changed")),
        ("removed", _("phase removed")),
    ):
        rows.append(
            f'<TR><TD><FONT COLOR="{CHANGE_COLOURS[kind]}"><B>{_SIGNS[kind]}</B></FONT></TD>'
            f'<TD ALIGN="LEFT">{text(words)}</TD></TR>'
        )
    return (
        f'<<TABLE BORDER="1" COLOR="{NEUTRAL.light}" CELLBORDER="0" CELLSPACING="4" '
        'CELLPADDING="2">' + "".join(rows) + "</TABLE>>"
    )
