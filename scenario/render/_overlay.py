"""Learner data on the pictures: each phase filled by its completion, drop-off points marked.

:func:`mark_phases` is what the mind map and the path diagram call when
given ``overlay=``: it declares each phase's node again (Graphviz merges the
attributes of a node declared twice), with a fill from
:func:`scenario.palette.completion_colour`, one more line under its title
(completion and drop-off, in counts and shares only), and, at a drop-off
point, a double dark-red border. A legend of the fills goes beside the
picture's own. Without ``overlay=`` nothing of this is drawn, so the DOT of
a picture without learner data does not change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from scenario.analysis._overlay_show import completion_words
from scenario.i18n import _, format_percent, use_language
from scenario.palette import DROP_COLOUR, NEUTRAL, NO_DATA_COLOUR
from scenario.render._labels import completion_bands, text

if TYPE_CHECKING:
    from scenario.analysis.overlay import Overlay

__all__ = ["mark_phases"]


def _with_row(label: str, row: str) -> str:
    """An HTML-like label ``<<TABLE>...</TABLE>>`` with one more row at its end."""
    end = label.rfind("</TABLE>>")
    if end < 0:
        return label
    return label[:end] + row + label[end:]


def mark_phases(
    dot: Any, overlay: Overlay, lang: str, labels: Mapping[str, str], node: str = "phase__{}"
) -> None:
    """Colour each phase of ``labels`` (node labels by phase id) by its completion."""
    from scenario.palette import completion_colour

    with use_language(lang):
        drops = set(overlay.drop_points)
        for pid, label in labels.items():
            figures = overlay.figures(pid)
            if figures is None:
                continue
            sign = "▼ " if pid in drops else ""
            row = (
                f'<TR><TD><FONT POINT-SIZE="9" COLOR="{DROP_COLOUR if sign else NEUTRAL.strong}">'
                f"<B>{text(sign + completion_words(figures))}</B></FONT></TD></TR>"
            )
            attributes = {
                "label": _with_row(label, row),
                "fillcolor": completion_colour(figures.completion),
            }
            if sign:
                attributes.update(color=DROP_COLOUR, penwidth="4", peripheries="2")
            elif not figures.has_data:
                attributes["style"] = "rounded,filled,dashed"
            dot.node(node.format(pid), **attributes)
        with dot.subgraph(name="overlay_legend_rank") as legend:
            legend.attr(rank="sink")
            legend.node("overlay_legend", label=_legend(overlay), shape="plain", style="")


def _legend(overlay: Overlay) -> str:
    cells = [
        f'<TD BGCOLOR="{colour}" BORDER="1" COLOR="{NEUTRAL.strong}">{text(low)}–{text(high)}</TD>'
        for colour, low, high in completion_bands()
    ]
    steps = len(cells)
    title = _("Completion by the learners ({count})").format(count=overlay.learners)
    drop = _("▼ drop-off point: {share} or more lost since the phase before").format(
        share=format_percent(100 * overlay.drop_threshold, 0)
    )
    return (
        '<<TABLE BORDER="0" CELLSPACING="2" CELLPADDING="3">'
        f'<TR><TD COLSPAN="{steps + 1}"><B>{text(title)}</B></TD></TR>'
        f"<TR>{''.join(cells)}"
        f'<TD BGCOLOR="{NO_DATA_COLOUR}" BORDER="1" COLOR="{NEUTRAL.strong}">'
        f"{text(_('no data'))}</TD></TR>"
        f'<TR><TD COLSPAN="{steps + 1}"><FONT COLOR="{DROP_COLOUR}">{text(drop)}</FONT></TD></TR>'
        "</TABLE>>"
    )
