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

#: How each dimension is named to a reader.
DIMENSION_LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "phase": "phase",
        "group": "taille du groupe",
        "situation": "situation",
        "pedagogy": "pédagogie",
        "intention": "intention",
    },
    "en": {
        "phase": "phase",
        "group": "group size",
        "situation": "situation",
        "pedagogy": "pedagogy",
        "intention": "intention",
    },
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

    def _rows(self, lang: str) -> list[tuple[str, list[tuple[str, Number, float]]]]:
        labels = DIMENSION_LABELS["en" if lang == "en" else "fr"]
        return [
            (
                labels[dim],
                [(key, minutes, self.shares[dim][key]) for key, minutes in self.by[dim].items()],
            )
            for dim in DIMENSION_NAMES
        ]

    def _summary(self) -> list[tuple[str, str]]:
        lines = [
            ("durée totale", _minutes_text(self.total_minutes)),
            ("synchrone (formateur présent)", _minutes_text(self.synchronous_minutes)),
            ("asynchrone", _minutes_text(self.asynchronous_minutes)),
        ]
        routes = self.routes
        if routes.shortest is not None and routes.longest is not None:
            partial = routes.shortest.incomplete or routes.longest.incomplete
            note = " (sans les phases sans durée)" if partial else ""
            if routes.count > 1:
                lines.append(
                    (
                        f"parcours ({routes.count} chemins)",
                        f"de {_minutes_text(routes.shortest.minutes)} "
                        f"à {_minutes_text(routes.longest.minutes)}{note}",
                    )
                )
            else:
                lines.append(
                    ("parcours de l'apprenant", _minutes_text(routes.longest.minutes) + note)
                )
            for phase, targets in routes.branches.items():
                lines.append((f"embranchement après {phase}", ", ".join(targets)))
        elif routes.cycle:
            lines.append(("parcours", "non calculé : le chemin a un cycle"))
        if self.phases_without_duration:
            lines.append(("phases sans durée", ", ".join(self.phases_without_duration)))
        return lines

    def __str__(self) -> str:
        out = [f"Équilibre du scénario « {self.title} »", ""]
        width = max(len(label) for label, _ in self._summary())
        out += [f"{label:<{width}}  {value}" for label, value in self._summary()]
        for label, rows in self._rows("fr"):
            out += ["", label]
            key_width = max(len(key) for key, _, _ in rows)
            for key, minutes, share in rows:
                out.append(f"  {key:<{key_width}}  {_num_text(minutes):>7} min  {share:5.1f} %")
        if self.by_module:
            out += ["", "module"]
            key_width = max(len(key) for key in self.by_module)
            for key, minutes in self.by_module.items():
                out.append(f"  {key:<{key_width}}  {minutes:>7} min")
        return "\n".join(out)

    def _repr_html_(self) -> str:
        esc = html.escape
        parts = [
            '<div class="scenario-stats">',
            f"<strong>Équilibre du scénario « {esc(self.title)} »</strong>",
            "<table>",
        ]
        for label, value in self._summary():
            parts.append(
                f"<tr><th style='text-align:left'>{esc(label)}</th><td>{esc(value)}</td></tr>"
            )
        parts.append("</table><table>")
        parts.append("<tr><th>dimension</th><th>valeur</th><th>minutes</th><th>part</th></tr>")
        for label, rows in self._rows("fr"):
            for index, (key, minutes, share) in enumerate(rows):
                head = f"<th rowspan='{len(rows)}'>{esc(label)}</th>" if index == 0 else ""
                parts.append(
                    f"<tr>{head}<td>{esc(key)}</td>"
                    f"<td style='text-align:right'>{esc(_num_text(minutes))}</td>"
                    f"<td style='text-align:right'>{share:.1f} %</td></tr>"
                )
        for index, (key, module_minutes) in enumerate(self.by_module.items()):
            head = f"<th rowspan='{len(self.by_module)}'>module</th>" if index == 0 else ""
            share = 100 * module_minutes / self.total_minutes if self.total_minutes else 0.0
            parts.append(
                f"<tr>{head}<td>{esc(key)}</td>"
                f"<td style='text-align:right'>{module_minutes}</td>"
                f"<td style='text-align:right'>{share:.1f} %</td></tr>"
            )
        parts.append("</table></div>")
        return "\n".join(parts)

    def plot(self, *, lang: str = "fr") -> Figure:
        """Draw the balance: one bar chart per dimension (see :func:`scenario.render.chart.balance_chart`).

        Needs matplotlib (the ``plot`` extra); returns the
        ``matplotlib.figure.Figure`` (``fig.savefig(...)``).

        Raises:
            ScenarioError: matplotlib is not installed.
        """
        figure: Figure = deferred("scenario.render.chart:balance_chart")(self, lang=lang)
        return figure


def _value_label(cls: type[Term], key: str, lang: str) -> str:
    if key == UNSET:
        return "not given" if lang == "en" else UNSET
    return cls(key).label(lang)


def _num_text(value: Number) -> str:
    return str(value) if isinstance(value, int) else f"{value:.2f}".rstrip("0").rstrip(".")


def _minutes_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return f"{rest} min"
    return f"{minutes} min ({hours} h {rest:02d})" if rest else f"{minutes} min ({hours} h)"


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
