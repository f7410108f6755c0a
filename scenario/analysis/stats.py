"""The time balance of a scenario: where its minutes go, and how long a learner takes.

:func:`stats` (also :meth:`Scenario.stats <scenario.model.Scenario.stats>`)
gives a :class:`Stats`. How the figures are counted:

- ``total_minutes`` is the sum of the durations of every phase, all
  branches of the path and every detour included: the time the designers
  write. The time one learner spends is in :attr:`Stats.routes`.
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

These figures take every phase. The balance of what every learner follows
is :attr:`Stats.main_path`, a :class:`Balance` of the phases of the main
path (:mod:`scenario.learning_path.detours`); the detour phases, which only
some learners take, are in :attr:`Stats.detours` and shown apart. Each
figure of ``main_path`` and ``detours`` adds up to the same figure for
every phase.

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
>>> _ = s.add_phase("aide", "apprentissage", situation="présentiel", duration=20, optional=True)
>>> st = stats(s)
>>> st.total_minutes, st.main_path.total_minutes, st.detours.total_minutes, st.detour_kinds
(110, 90, 20, {'aide': 'optional'})
>>> round(st.main_path.synchronous_share, 1)
66.7
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from scenario._deferred import deferred
from scenario._gc import collector_paused
from scenario.i18n import N_, _, current_language, use_language
from scenario.learning_path import Routes, detours, routes
from scenario.vocabulary import DIMENSIONS, Term

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from scenario.model import Phase, Scenario

__all__ = ["DIMENSION_NAMES", "UNSET", "Balance", "Stats", "stats"]

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
class Balance:
    """The time balance of some of the phases: the main path's, or the detours'.

    Attributes:
        total_minutes: the sum of their known durations.
        by: minutes per value of each dimension, counted as :attr:`Stats.by` is.
        shares: the same as percentages of ``total_minutes``.
        synchronous_minutes, asynchronous_minutes: as in :class:`Stats`.
    """

    total_minutes: int
    by: dict[str, dict[str, Number]]
    shares: dict[str, dict[str, float]]
    synchronous_minutes: int
    asynchronous_minutes: int

    @property
    def synchronous_share(self) -> float:
        """The synchronous minutes as a percentage of ``total_minutes`` (0 without time)."""
        return 100 * self.synchronous_minutes / self.total_minutes if self.total_minutes else 0.0

    @property
    def asynchronous_share(self) -> float:
        """The asynchronous minutes as a percentage of ``total_minutes`` (0 without time)."""
        return 100 * self.asynchronous_minutes / self.total_minutes if self.total_minutes else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Plain data; shares are percentages to 2 decimals."""
        return {
            "total_minutes": self.total_minutes,
            "by": {dim: dict(values) for dim, values in self.by.items()},
            "shares": _rounded(self.shares),
            "synchronous_minutes": self.synchronous_minutes,
            "asynchronous_minutes": self.asynchronous_minutes,
            "synchronous_share": round(self.synchronous_share, 2),
            "asynchronous_share": round(self.asynchronous_share, 2),
        }


def _rounded(shares: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    return {
        dim: {key: round(share, 2) for key, share in values.items()}
        for dim, values in shares.items()
    }


@attrs.frozen
class Stats:
    """The time balance of a scenario (see the module's documentation for the counting).

    Shows as a table in Jupyter (``_repr_html_``) and as text with ``str()``;
    :meth:`to_dict` gives plain data, :meth:`plot` a chart per dimension.
    The figures that are not in :attr:`main_path` or :attr:`detours` take
    every phase; :attr:`detour_kinds` names the detour phases
    (``"remediation"`` or ``"optional"``), in document order.
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
    main_path: Balance
    detours: Balance
    detour_kinds: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        """Plain data, as ``scenario stats --format json`` prints it.

        The keys it always had keep their meaning and take every phase, detours
        included: ``total_minutes``, ``by``, ``synchronous_minutes``,
        ``asynchronous_minutes``, ``phases_without_duration``; and ``shares``
        (percentages to 2 decimals), ``by_module``, ``routes``. Then
        ``main_path``, the balance of the main path (:meth:`Balance.to_dict`,
        with its synchronous and asynchronous shares), and ``detours``, the
        same for the detour phases with ``phases``: each detour phase's kind.
        """
        return {
            "title": self.title,
            "total_minutes": self.total_minutes,
            "by": {dim: dict(values) for dim, values in self.by.items()},
            "shares": _rounded(self.shares),
            "synchronous_minutes": self.synchronous_minutes,
            "asynchronous_minutes": self.asynchronous_minutes,
            "phases_without_duration": list(self.phases_without_duration),
            "by_module": dict(self.by_module),
            "routes": self.routes.to_dict(),
            "main_path": self.main_path.to_dict(),
            "detours": {"phases": dict(self.detour_kinds), **self.detours.to_dict()},
        }

    # -- showing --------------------------------------------------------------------

    def text(self, lang: str | None = None) -> str:
        """The balance as plain text, in ``lang`` (None: the current language)."""
        with use_language(lang):
            shown: str = deferred("scenario.analysis._stats_show:text_of")(self, current_language())
            return shown

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        shown: str = deferred("scenario.analysis._stats_show:html_of")(self, current_language())
        return shown

    def plot(self, *, lang: str | None = None) -> Figure:
        """Draw the balance: one bar chart per dimension (see :func:`scenario.render.chart.balance_chart`).

        Needs matplotlib (the ``plot`` extra); returns the
        ``matplotlib.figure.Figure`` (``fig.savefig(...)``).

        Raises:
            ScenarioError: matplotlib is not installed.
        """
        figure: Figure = deferred("scenario.render.chart:balance_chart")(self, lang=lang)
        return figure


def value_label(cls: type[Term], key: str, lang: str) -> str:
    """A key of ``Stats.by`` as a reader reads it: the term in ``lang``, or "not given"."""
    if key == UNSET:
        return _("not given")
    return cls(key).label(lang)


def _tag_values(phase: Phase, dim: str) -> list[str]:
    if dim == "phase":
        return [phase.kind.value]
    if dim == "intention":
        return [i.value for i in phase.intentions]
    term = getattr(phase, dim)
    return [term.value] if term is not None else []


def _shares(values: dict[str, Fraction], total: int) -> dict[str, float]:
    return {k: float(100 * v / total) if total else 0.0 for k, v in values.items()}


def _balance(phases: Iterable[Phase]) -> Balance:
    """The balance of ``phases`` (those without a duration are left out)."""
    timed = [p for p in phases if p.duration is not None]
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
    return Balance(
        total_minutes=total,
        by=by,
        shares=shares,
        synchronous_minutes=sum(p.duration or 0 for p in timed if p.synchronous),
        asynchronous_minutes=sum(p.duration or 0 for p in timed if p.synchronous is False),
    )


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def stats(scenario: Scenario) -> Stats:
    """The time balance of ``scenario`` (see the module's documentation).

    Args:
        scenario: the scenario; it need not be valid (a path with a cycle
            gives no routes, missing tags count under :data:`UNSET`).
    """
    found = detours(scenario)
    whole = _balance(scenario.phases)
    by_module: dict[str, int] = {}
    for phase in scenario.phases:
        if phase.duration is not None:
            key = phase.module if phase.module is not None else UNSET
            by_module[key] = by_module.get(key, 0) + phase.duration
    return Stats(
        title=scenario.title,
        total_minutes=whole.total_minutes,
        by=whole.by,
        shares=whole.shares,
        by_module=by_module,
        synchronous_minutes=whole.synchronous_minutes,
        asynchronous_minutes=whole.asynchronous_minutes,
        phases_without_duration=tuple(p.id for p in scenario.phases if p.duration is None),
        routes=routes(scenario, found),
        main_path=_balance(p for p in scenario.phases if p.id not in found)
        if found.phases
        else whole,
        detours=_balance(p for p in scenario.phases if p.id in found),
        detour_kinds=dict(found.kinds),
    )
