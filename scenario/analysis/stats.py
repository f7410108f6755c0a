"""The time balance of a scenario: where its minutes go, and how long a learner takes.

:func:`stats` (also :meth:`Scenario.stats <scenario.model.Scenario.stats>`)
gives a :class:`Stats`. How the figures are counted:

- ``total_minutes`` is the sum of the durations of every phase, all
  branches of the path included: the time the designers write. The time one
  learner spends is in :attr:`Stats.routes`.
- A phase without a duration is never counted as zero: it is listed in
  ``phases_without_duration`` and left out of every figure (so the shares
  are shares of the time that is known).
- ``by`` gives, for each dimension of the grid (``phase``, ``group``,
  ``situation``, ``pedagogy``, ``intention``), the minutes of each canonical
  French value. Every value of the dimension is there, at 0 when no phase has
  it, so two scenarios compare key by key and a chart shows what is missing.
  A phase that lacks the tag counts under :data:`UNSET` (``"non renseigné"``),
  a key present only when some minutes fall there: the minutes of a
  dimension always add up to ``total_minutes``.
- A phase with *k* intentions gives each of them a *k*-th of its time, so
  ``by["intention"]`` may hold fractions of a minute (20 minutes for
  ``[partager, synthétiser, évaluer]`` give 6.67 to each).
- ``shares`` are the same figures as percentages of ``total_minutes``; they
  sum to 100 per dimension (0 everywhere when no phase has a duration).
- ``synchronous_minutes``: présentiel and distanciel synchrone, the time the
  trainer is there; ``asynchronous_minutes``: distanciel asynchrone. A phase
  without a situation is in neither (see ``by["situation"]["non renseigné"]``).
- ``by_module``: minutes per module, in the order modules first appear;
  phases without a module under ``"non renseigné"``.

>>> from scenario.model import Scenario
>>> s = Scenario("Démo")
>>> _ = s.add_phase("a", "découverte", situation="distanciel asynchrone",
...                 intentions=["interpeller", "transmettre"], duration=30)
>>> _ = s.add_phase("b", "évaluation", situation="présentiel", duration="1h")
>>> _ = s.add_phase("c", "évaluation")
>>> st = stats(s)
>>> st.total_minutes, st.synchronous_minutes, st.asynchronous_minutes
(90, 60, 30)
>>> st.by["intention"]["interpeller"], st.by["intention"]["non renseigné"]
(15, 60)
>>> st.phases_without_duration
('c',)
"""

from __future__ import annotations

import html
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from scenario._deferred import deferred
from scenario.duration import readable_duration
from scenario.i18n import (
    N_,
    _,
    current_language,
    format_number,
    format_percent,
    ngettext,
    use_language,
)
from scenario.learning_path import Routes, routes
from scenario.vocabulary import DIMENSIONS, Term

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from scenario.model import Phase, Scenario

__all__ = ["DIMENSION_NAMES", "UNSET", "Stats", "stats"]

#: The key under which minutes of phases lacking a tag (or a module) are counted.
UNSET = "non renseigné"

#: The dimensions of ``Stats.by``, in the grid's order.
DIMENSION_NAMES: tuple[str, ...] = tuple(cls.dimension() for cls in DIMENSIONS)

#: How each dimension is named to a reader (messages of the catalog: translate with ``_()``).
DIMENSION_LABELS: dict[str, str] = {
    "phase": N_("phase"),
    "group": N_("group size"),
    "situation": N_("situation"),
    "pedagogy": N_("pedagogy"),
    "intention": N_("intention"),
}

Number = int | float


def _number(value: Fraction) -> Number:
    """A whole number of minutes as ``int``; a fraction as a ``float`` to 2 decimals."""
    return int(value) if value.denominator == 1 else round(float(value), 2)


@attrs.frozen
class Stats:
    """The time balance of a scenario (see the module's documentation for the counting).

    Shows as a table in Jupyter (``_repr_html_``) and as text with ``str()``;
    :meth:`to_dict` gives plain data, :meth:`plot` a chart per dimension.
    """

    title: str
    total_minutes: int
    by: dict[str, dict[str, Number]]
    shares: dict[str, dict[str, float]]
    by_module: dict[str, int]
    synchronous_minutes: int
    asynchronous_minutes: int
    phases_without_duration: tuple[str, ...]
    routes: Routes

    def to_dict(self) -> dict[str, Any]:
        """Plain data, as ``scenario stats --format json`` prints it.

        The keys of the issue (``total_minutes``, ``by``, ``synchronous_minutes``,
        ``asynchronous_minutes``, ``phases_without_duration``) and more:
        ``shares`` (percentages to 2 decimals), ``by_module``, ``routes``.
        """
        return {
            "title": self.title,
            "total_minutes": self.total_minutes,
            "by": {dim: dict(values) for dim, values in self.by.items()},
            "shares": {
                dim: {key: round(share, 2) for key, share in values.items()}
                for dim, values in self.shares.items()
            },
            "synchronous_minutes": self.synchronous_minutes,
            "asynchronous_minutes": self.asynchronous_minutes,
            "phases_without_duration": list(self.phases_without_duration),
            "by_module": dict(self.by_module),
            "routes": self.routes.to_dict(),
        }

    # -- showing --------------------------------------------------------------------

    def text(self, lang: str | None = None) -> str:
        """The balance as plain text, in ``lang`` (None: the current language)."""
        with use_language(lang):
            return _text_of(self, current_language())

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        return _html_of(self, current_language())

    def plot(self, *, lang: str | None = None) -> Figure:
        """Draw the balance: one bar chart per dimension (see :func:`scenario.render.chart.balance_chart`).

        Needs matplotlib (the ``plot`` extra); returns the
        ``matplotlib.figure.Figure`` (``fig.savefig(...)``).

        Raises:
            ScenarioError: matplotlib is not installed.
        """
        figure: Figure = deferred("scenario.render.chart:balance_chart")(self, lang=lang)
        return figure


def _rows(stats: Stats, lang: str) -> list[tuple[str, list[tuple[str, Number, float]]]]:
    """Each dimension's name, and its (value as shown, minutes, share) rows."""
    return [
        (
            _(DIMENSION_LABELS[dim]),
            [
                (value_label(cls, key, lang), minutes, stats.shares[dim][key])
                for key, minutes in stats.by[dim].items()
            ],
        )
        for dim, cls in zip(DIMENSION_NAMES, DIMENSIONS)
    ]


def _summary(stats: Stats) -> list[tuple[str, str]]:
    lines = [
        (_("total duration"), _minutes_text(stats.total_minutes)),
        (_("synchronous (trainer present)"), _minutes_text(stats.synchronous_minutes)),
        (_("asynchronous"), _minutes_text(stats.asynchronous_minutes)),
    ]
    routes = stats.routes
    if routes.shortest is not None and routes.longest is not None:
        if routes.count > 1 or routes.spread:
            label = ngettext("path ({count} route)", "path ({count} routes)", routes.count)
            label = label.format(count=routes.count)
            value = _("from {low} to {high}").format(
                low=_minutes_text(routes.shortest.minutes),
                high=_minutes_text(routes.longest.minutes),
            )
        else:
            label, value = _("the learner's path"), _minutes_text(routes.longest.minutes)
        if routes.shortest.incomplete or routes.longest.incomplete:
            value = _("{time} (not counting the phases without a duration)").format(time=value)
        lines.append((label, value))
        for phase, targets in routes.branches.items():
            lines.append((_("branch after {phase}").format(phase=phase), ", ".join(targets)))
    elif routes.cycle:
        lines.append((_("path"), _("not computed: the path has a cycle")))
    if stats.phases_without_duration:
        lines.append((_("phases without a duration"), ", ".join(stats.phases_without_duration)))
    return lines


def _text_of(stats: Stats, lang: str) -> str:
    out = [_("Balance of the scenario “{title}”").format(title=stats.title), ""]
    summary = _summary(stats)
    width = max(len(label) for label, _value in summary)
    out += [f"{label:<{width}}  {value}" for label, value in summary]
    for label, rows in _rows(stats, lang):
        out += ["", label]
        key_width = max(len(key) for key, _minutes, _share in rows)
        for key, minutes, share in rows:
            number, percent = format_number(minutes, 2), format_percent(share)
            out.append(f"  {key:<{key_width}}  {number:>7} min  {percent:>7}")
    if stats.by_module:
        out += ["", _("module")]
        key_width = max(len(key) for key in stats.by_module)
        for key, minutes in stats.by_module.items():
            out.append(f"  {key:<{key_width}}  {format_number(minutes, 0):>7} min")
    return "\n".join(out)


def _html_of(stats: Stats, lang: str) -> str:
    esc = html.escape
    heads = (_("dimension"), _("value"), _("minutes"), _("share"))
    parts = [
        '<div class="scenario-stats">',
        "<strong>{}</strong>".format(
            _("Balance of the scenario “{title}”").format(title=esc(stats.title))
        ),
        "<table>",
    ]
    for label, value in _summary(stats):
        parts.append(f"<tr><th style='text-align:left'>{esc(label)}</th><td>{esc(value)}</td></tr>")
    parts.append("</table><table>")
    parts.append("<tr>" + "".join(f"<th>{esc(head)}</th>" for head in heads) + "</tr>")
    for label, rows in _rows(stats, lang):
        for index, (key, minutes, share) in enumerate(rows):
            head = f"<th rowspan='{len(rows)}'>{esc(label)}</th>" if index == 0 else ""
            parts.append(
                f"<tr>{head}<td>{esc(key)}</td>"
                f"<td style='text-align:right'>{esc(format_number(minutes, 2))}</td>"
                f"<td style='text-align:right'>{esc(format_percent(share))}</td></tr>"
            )
    module = esc(_("module"))
    for index, (key, module_minutes) in enumerate(stats.by_module.items()):
        head = f"<th rowspan='{len(stats.by_module)}'>{module}</th>" if index == 0 else ""
        share = 100 * module_minutes / stats.total_minutes if stats.total_minutes else 0.0
        parts.append(
            f"<tr>{head}<td>{esc(key)}</td>"
            f"<td style='text-align:right'>{esc(format_number(module_minutes, 0))}</td>"
            f"<td style='text-align:right'>{esc(format_percent(share))}</td></tr>"
        )
    parts.append("</table></div>")
    return "\n".join(parts)


def value_label(cls: type[Term], key: str, lang: str) -> str:
    """A key of ``Stats.by`` as a reader reads it: the term in ``lang``, or "not given"."""
    if key == UNSET:
        return _("not given")
    return cls(key).label(lang)


def _minutes_text(minutes: int) -> str:
    """``45 min``, or ``90 min (1 h 30)`` from an hour on (``1 200 min`` in French)."""
    readable = readable_duration(minutes)
    return f"{format_number(minutes, 0)} min ({readable})" if minutes >= 60 else readable


def _tag_values(phase: Phase, dim: str) -> list[str]:
    if dim == "phase":
        return [phase.kind.value]
    if dim == "intention":
        return [i.value for i in phase.intentions]
    term = getattr(phase, dim)
    return [term.value] if term is not None else []


def _shares(values: dict[str, Fraction], total: int) -> dict[str, float]:
    return {k: float(100 * v / total) if total else 0.0 for k, v in values.items()}


def stats(scenario: Scenario) -> Stats:
    """The time balance of ``scenario`` (see the module's documentation).

    Args:
        scenario: the scenario; it need not be valid (a path with a cycle
            gives no routes, missing tags count under :data:`UNSET`).
    """
    timed = [p for p in scenario.phases if p.duration is not None]
    total = sum(p.duration or 0 for p in timed)
    by: dict[str, dict[str, Number]] = {}
    shares: dict[str, dict[str, float]] = {}
    for dim, cls in zip(DIMENSION_NAMES, DIMENSIONS):
        minutes: dict[str, Fraction] = {member.value: Fraction(0) for member in cls}
        for phase in timed:
            values = _tag_values(phase, dim) or [UNSET]
            for value in values:
                minutes[value] = minutes.get(value, Fraction(0)) + Fraction(
                    phase.duration or 0, len(values)
                )
        by[dim] = {k: _number(v) for k, v in minutes.items()}
        shares[dim] = _shares(minutes, total)
    by_module: dict[str, int] = {}
    for phase in timed:
        key = phase.module if phase.module is not None else UNSET
        by_module[key] = by_module.get(key, 0) + (phase.duration or 0)
    return Stats(
        title=scenario.title,
        total_minutes=total,
        by=by,
        shares=shares,
        by_module=by_module,
        synchronous_minutes=sum(p.duration or 0 for p in timed if p.synchronous),
        asynchronous_minutes=sum(p.duration or 0 for p in timed if p.synchronous is False),
        phases_without_duration=tuple(p.id for p in scenario.phases if p.duration is None),
        routes=routes(scenario),
    )
