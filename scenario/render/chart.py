"""Charts of a scenario's figures, drawn with matplotlib (the ``plot`` extra).

:func:`balance_chart` is what :meth:`Stats.plot <scenario.analysis.stats.Stats.plot>`
and ``scenario stats --plot`` draw. matplotlib is imported when a chart is
drawn; without it the error says how to install it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scenario.analysis.stats import (
    DIMENSION_LABELS,
    DIMENSION_NAMES,
    UNSET,
    _num_text,
    _value_label,
)
from scenario.errors import ScenarioError
from scenario.palette import KIND_COLOURS, NEUTRAL, OTHER_COLOURS
from scenario.vocabulary import DIMENSIONS, PhaseKind

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from scenario.analysis.stats import Stats

__all__ = ["balance_chart"]


def balance_chart(stats: Stats, *, lang: str = "fr") -> Figure:
    """Draw the balance: one bar chart per dimension, as the mind map colours it.

    Phase kinds take their colours from :mod:`scenario.palette`;
    the values of the other dimensions a fixed colour-blind-safe set (Okabe
    and Ito); "non renseigné" is grey. Needs matplotlib (the ``plot``
    extra); returns the ``matplotlib.figure.Figure`` (``fig.savefig(...)``).

    Raises:
        ScenarioError: matplotlib is not installed.
    """
    try:
        from matplotlib.figure import Figure
    except ImportError as error:
        raise ScenarioError(
            "plot() needs matplotlib: pip install 'scenario-pedagogique[plot]'"
        ) from error

    labels = DIMENSION_LABELS["en" if lang == "en" else "fr"]
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
        shown = [_value_label(cls, k, lang) for k in keys]
        bars = ax.barh(shown, values, color=colours, edgecolor=NEUTRAL.strong, linewidth=0.5)
        for bar, key in zip(bars, keys):
            if key == UNSET:
                bar.set_hatch("//")
        ax.invert_yaxis()
        ax.set_title(labels[dim], loc="left", fontweight="bold")
        ax.bar_label(
            bars,
            labels=[
                f"{_num_text(stats.by[dim][k])} min · {stats.shares[dim][k]:.0f} %" for k in keys
            ],
            padding=3,
            fontsize=8,
        )
        ax.set_xlim(0, max([*values, 1.0]) * 1.3)
        ax.spines[["top", "right"]].set_visible(False)
    axes[-1].set_xlabel("minutes")
    figure.suptitle(stats.title)
    return figure
