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


def _in_detours(minutes: float) -> str:
    return _("+ {minutes} min in detours").format(minutes=format_number(minutes, 2))


def balance_chart(stats: Stats, *, lang: str | None = None) -> Figure:
    """Draw the balance: one bar chart per dimension, as the mind map colours it.

    Phase kinds take their colours from :mod:`scenario.palette`;
    the values of the other dimensions a fixed colour-blind-safe set (Okabe
    and Ito); "non renseigné" is grey. The bars are those of the main path;
    the minutes of the detour phases, apart, follow each bar as a pale
    hatched segment, named in its label (``+ 30 min en détour``). The words and numbers are those of
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
    main, apart = stats.main_path, stats.detours
    for ax, dim, cls in zip(axes, DIMENSION_NAMES, DIMENSIONS):
        keys = list(stats.by[dim])
        values = [float(main.by[dim].get(k, 0)) for k in keys]
        extra = [float(apart.by[dim].get(k, 0)) for k in keys]
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
        labels = [
            _("{minutes} min · {share}").format(
                minutes=format_number(main.by[dim].get(k, 0), 2),
                share=format_percent(main.shares[dim].get(k, 0.0), 0),
            )
            for k in keys
        ]
        top = bars
        if stats.detour_kinds:
            # The detours' minutes, apart: a pale hatched segment after the main path's.
            top = ax.barh(
                shown,
                extra,
                left=values,
                color="white",
                edgecolor=NEUTRAL.strong,
                hatch="..",
                linewidth=0.5,
                label=_("in detours"),
            )
            labels = [
                f"{label}  {_in_detours(apart.by[dim].get(k, 0))}" if more else label
                for label, k, more in zip(labels, keys, extra)
            ]
        ax.invert_yaxis()
        title = _(DIMENSION_LABELS[dim])
        if stats.detour_kinds:
            title = _("{dimension} (main path)").format(dimension=title)
        ax.set_title(title, loc="left", fontweight="bold")
        ax.bar_label(top, labels=labels, padding=3, fontsize=8)
        ax.set_xlim(0, max([*(a + b for a, b in zip(values, extra)), 1.0]) * 1.45)
        ax.spines[["top", "right"]].set_visible(False)
    if stats.detour_kinds:
        axes[0].legend(loc="lower right", fontsize=8, frameon=False)
    axes[-1].set_xlabel(_("minutes"))
    figure.suptitle(stats.title)
    return figure
