"""The funnel of learners along the path, drawn with matplotlib (the ``plot`` extra).

One bar per phase, in path order, top to bottom: its length the learners who
reached the phase (in the light tint of its kind), and over it those who
completed it (in the kind's colour, :mod:`scenario.palette`). Beside each
bar the counts and the completion; at a drop-off point the share lost since
the phase before, in dark red. A phase without data shows an empty row.
Counts only: no learner is named. :meth:`Overlay.funnel
<scenario.analysis.overlay.Overlay.funnel>` and ``scenario overlay --funnel``
draw it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scenario.errors import ScenarioError
from scenario.i18n import _, format_percent, ngettext, use_language
from scenario.palette import DROP_COLOUR, NEUTRAL, colour_of
from scenario.vocabulary import PhaseKind

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from scenario.analysis.overlay import Overlay

__all__ = ["funnel_chart", "save_figure"]


def funnel_chart(overlay: Overlay, *, lang: str | None = None) -> Figure:
    """Draw the funnel of ``overlay`` along the path.

    Args:
        overlay: the learner data laid over the scenario (:func:`scenario.overlay`).
        lang: ``"fr"`` or ``"en"`` (None: the current language).

    Raises:
        ScenarioError: matplotlib is not installed.
    """
    try:
        from matplotlib.figure import Figure
    except ImportError as error:
        raise ScenarioError(
            _("the funnel needs matplotlib: pip install 'scenario-pedagogique[plot]'")
        ) from error

    with use_language(lang):
        phases = list(overlay.phases)
        height = 1.2 + 0.55 * max(1, len(phases))
        figure = Figure(figsize=(10, height), layout="constrained")
        ax = figure.subplots()
        labels = [_short(f"{f.number}. {f.title}") for f in phases]
        rows = list(range(len(phases)))
        most = max([overlay.learners, *(f.reached for f in phases), 1])
        for row, figures in zip(rows, phases):
            colour = colour_of(PhaseKind(figures.kind))
            ax.barh(row, figures.reached, color=colour.light, edgecolor=colour.strong, height=0.7)
            if figures.completed is not None:
                ax.barh(row, figures.completed, color=colour.strong, height=0.4)
            if not figures.has_data:
                words = _("no data")
            else:
                words = ngettext("{count} reached", "{count} reached", figures.reached).format(
                    count=figures.reached
                )
                if figures.completed is not None and figures.completion is not None:
                    words += " · " + _("{count} completed ({share})").format(
                        count=figures.completed,
                        share=format_percent(100 * figures.completion, 0),
                    )
            ax.text(
                figures.reached + most * 0.01,
                row,
                words,
                va="center",
                fontsize=8,
                color=NEUTRAL.strong,
            )
            if figures.phase in overlay.drop_points and figures.drop_off is not None:
                ax.text(  # between this bar and the one before: where they were lost
                    most * 0.01,
                    row - 0.5,
                    "▼ "
                    + _("{share} lost").format(share=format_percent(100 * figures.drop_off, 0)),
                    va="center",
                    ha="left",
                    fontsize=8,
                    color=DROP_COLOUR,
                    fontweight="bold",
                )
        ax.set_yticks(rows, labels, fontsize=9)
        ax.invert_yaxis()
        ax.set_xlim(0, most * 1.45)
        ax.set_xlabel(_("learners"))
        ax.spines[["top", "right"]].set_visible(False)
        figure.suptitle(
            _("Learners along the path: {title}").format(title=f"« {overlay.title} »"),
            fontsize=11,
        )
    return figure


def _short(text: str, limit: int = 42) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def save_figure(figure: Figure, suffix: str) -> bytes:
    """The figure's bytes in the format of ``suffix`` (svg, png, pdf), without a date in
    them: the same figure gives the same file."""
    import io

    import matplotlib

    buffer = io.BytesIO()
    metadata = {"Date": None} if suffix in ("svg", "pdf") else {}
    with matplotlib.rc_context({"svg.hashsalt": "scenario"}):
        figure.savefig(buffer, format=suffix, dpi=120, metadata=metadata)
    return buffer.getvalue()
