"""Charts of a scenario's figures, drawn with matplotlib (the ``plot`` extra).

:func:`balance_chart` is what :meth:`Stats.plot <scenario.analysis.stats.Stats.plot>`
and ``scenario stats --plot`` draw. matplotlib is imported when a chart is
drawn; without it the error says how to install it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scenario.analysis.stats import DIMENSION_LABELS, DIMENSION_NAMES, UNSET, value_label
from scenario.errors import ScenarioError
from scenario.i18n import _, current_language, format_number, format_percent, use_language
from scenario.palette import KIND_COLOURS, NEUTRAL, OTHER_COLOURS
from scenario.vocabulary import DIMENSIONS, PhaseKind

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from scenario.analysis.stats import Stats

__all__ = ["balance_chart"]


def balance_chart(stats: Stats, *, lang: str | None = None) -> Figure:
    """Draw the balance: one bar chart per dimension, as the mind map colours it.

    Phase kinds take their colours from :mod:`scenario.palette`;
    the values of the other dimensions a fixed colour-blind-safe set (Okabe
    and Ito); "non renseigné" is grey. The words and numbers are those of
    ``lang`` (None: the current language): ``6,7 %`` in French. Needs
    matplotlib (the ``plot`` extra); returns the ``matplotlib.figure.Figure``
    (``fig.savefig(...)``).

    Raises:
        ScenarioError: matplotlib is not installed.
    """
    with use_language(lang):
        return _chart(stats, current_language())


def _chart(stats: Stats, lang: str) -> Figure:
    try:
        from matplotlib.figure import Figure
    except ImportError as error:
        raise ScenarioError(
            _("plot() needs matplotlib: {command}").format(
                command="pip install 'scenario-pedagogique[plot]'"
            )
        ) from error

    figure = Figure(figsize=(11, 9), layout="constrained")
    axes = figure.subplots(len(DIMENSION_NAMES), 1)
    for ax, dim, cls in zip(axes, DIMENSION_NAMES, DIMENSIONS):
        keys = list(stats.by[dim])
        values = [float(stats.by[dim][k]) for k in keys]
        colours = []
        for index, key in enumerate(keys):
            if key == UNSET:
                colours.append(NEUTRAL.light)
            elif cls is PhaseKind:
                colours.append(KIND_COLOURS[PhaseKind(key)].strong)
            else:
                colours.append(OTHER_COLOURS[index % len(OTHER_COLOURS)])
        shown = [value_label(cls, k, lang) for k in keys]
        bars = ax.barh(shown, values, color=colours, edgecolor=NEUTRAL.strong, linewidth=0.5)
        for bar, key in zip(bars, keys):
            if key == UNSET:
                bar.set_hatch("//")
        ax.invert_yaxis()
        ax.set_title(_(DIMENSION_LABELS[dim]), loc="left", fontweight="bold")
        ax.bar_label(
            bars,
            labels=[
                _("{minutes} min · {share}").format(
                    minutes=format_number(stats.by[dim][k], 2),
                    share=format_percent(stats.shares[dim][k], 0),
                )
                for k in keys
            ],
            padding=3,
            fontsize=8,
        )
        ax.set_xlim(0, max([*values, 1.0]) * 1.3)
        ax.spines[["top", "right"]].set_visible(False)
    axes[-1].set_xlabel(_("minutes"))
    figure.suptitle(stats.title)
    return figure
