"""After the session: learner data from the platform laid over the scenario, phase by phase.

:func:`overlay` (also ``scenario.overlay``) reads a Moodle completion report
or xAPI statements (:mod:`scenario.io.learner_data`), matches the platform's
activities to the phases (:mod:`scenario.analysis._matching`: the ``lms:``
id, else the title) and gives, for each phase in path order, a
:class:`PhaseFigures`:

- **reached**: learners with a trace on one of the phase's activities (the
  completion report has no trace of a visit: there, a completed activity);
- **completed**: learners who completed every activity of the phase that
  tracks completion (one that no learner ever completed is taken as not
  tracking it); **completion** is their share of all the learners of the data;
- **drop-off**: of the learners who reached the phase(s) before it on the
  main path (the nearest ones with data), the share who did not reach it;
  a phase whose drop-off is ``drop_threshold`` (20 %) or more is a
  **drop-off point**;
- **median time**, against the planned duration: per learner, the
  ``result.duration`` of the statements when given; else from the first
  trace on the phase (xAPI), or from the completion of the phase before it
  (completion report), to the completion of the phase, when the two are less
  than ``max_session`` minutes apart (180: a longer gap is a learner who left
  and came back, and says nothing of the work);
- **success**: of the learners with a graded result (pass grade, xAPI
  ``success``, *passed*/*failed*), the share who passed.

Everything is a count: no learner's name, e-mail or account is kept, so
every output of the overlay can be shared.
"""

from __future__ import annotations

import datetime
import os
import statistics
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from scenario._deferred import deferred
from scenario.analysis._matching import match_activities
from scenario.io.learner_data import (
    LearnerData,
    Trace,
    read_learner_data,
)
from scenario.learning_path import build_graph, path_order, sequence_graph

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from scenario.model import Scenario

__all__ = ["DROP_THRESHOLD", "MAX_SESSION", "Overlay", "PhaseFigures", "Table", "overlay"]

#: A phase where this share of learners or more is lost is a drop-off point.
DROP_THRESHOLD = 0.2
#: Minutes: a longer gap between two traces of a learner is not time spent on a phase.
MAX_SESSION = 180


@attrs.frozen
class PhaseFigures:
    """The figures of one phase (see the module's documentation for how they are counted).

    Shares are fractions (0.25 for 25 %); None where the data cannot tell.
    """

    phase: str
    title: str
    kind: str
    number: int
    activities: tuple[str, ...]
    reached: int
    completed: int | None
    completion: float | None
    lost: int | None
    drop_off: float | None
    median_minutes: float | None
    measured: int
    planned_minutes: int | None
    graded: int
    passed: int
    success: float | None

    @property
    def has_data(self) -> bool:
        """True when some activity of the data belongs to the phase."""
        return bool(self.activities)


@attrs.frozen
class Table:
    """A plain table, for whoever wants one without pandas: ``columns`` and ``rows``.

    ``pandas.DataFrame(table.records())`` makes a data frame of it.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def records(self) -> list[dict[str, Any]]:
        """One dict per row, keyed by column."""
        return [dict(zip(self.columns, row)) for row in self.rows]

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


@attrs.frozen
class Overlay:
    """Learner data laid over a scenario: the figures of each phase, in path order.

    ``str()`` and :meth:`text` give the table to read, :meth:`to_dict` plain
    data (``scenario overlay --format json``), :meth:`table` a pandas-free
    table, :meth:`funnel` the chart along the path; the mind map and the path
    diagram take it as ``overlay=``.
    """

    title: str
    source: str
    kind: str
    learners: int
    phases: tuple[PhaseFigures, ...]
    unmatched: tuple[str, ...]
    skipped: int
    drop_threshold: float = DROP_THRESHOLD

    def figures(self, phase: str) -> PhaseFigures | None:
        """The figures of the phase with this id, or None."""
        return next((f for f in self.phases if f.phase == phase), None)

    @property
    def drop_points(self) -> tuple[str, ...]:
        """The ids of the phases where ``drop_threshold`` or more of the learners are lost."""
        return tuple(
            f.phase
            for f in self.phases
            if f.drop_off is not None and f.drop_off >= self.drop_threshold
        )

    @property
    def phases_without_data(self) -> tuple[str, ...]:
        """The ids of the phases no activity of the data belongs to."""
        return tuple(f.phase for f in self.phases if not f.has_data)

    def table(self) -> Table:
        """The figures as a plain table: one row per phase, shares as fractions."""
        columns = tuple(f.name for f in attrs.fields(PhaseFigures) if f.name != "activities")
        rows = tuple(tuple(getattr(figures, name) for name in columns) for figures in self.phases)
        return Table(columns, rows)

    def to_dict(self) -> dict[str, Any]:
        """Plain data: the course, the data's source, the learners and each phase's figures."""
        return {
            "title": self.title,
            "source": self.source,
            "kind": self.kind,
            "learners": self.learners,
            "phases": [{**attrs.asdict(f), "activities": list(f.activities)} for f in self.phases],
            "drop_points": list(self.drop_points),
            "phases_without_data": list(self.phases_without_data),
            "unmatched_activities": list(self.unmatched),
            "skipped_statements": self.skipped,
        }

    def text(self, lang: str | None = None) -> str:
        """The table to read, in ``lang`` (None: the current language)."""
        text: str = deferred("scenario.analysis._overlay_show:text")(self, lang=lang)
        return text

    def markdown(self, lang: str | None = None) -> str:
        """The table in Markdown (what ``synopsis --data`` adds)."""
        text: str = deferred("scenario.analysis._overlay_show:markdown")(self, lang=lang)
        return text

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        text: str = deferred("scenario.analysis._overlay_show:html_table")(self)
        return text

    def funnel(self, *, lang: str | None = None) -> Figure:
        """The funnel along the path (see :func:`scenario.render.funnel.funnel_chart`)."""
        figure: Figure = deferred("scenario.render.funnel:funnel_chart")(self, lang=lang)
        return figure


def _load_course(course: Scenario | str | os.PathLike[str]) -> Scenario:
    from scenario.model import Scenario

    if isinstance(course, Scenario):
        return course
    path = Path(course)
    if path.suffix.lower() not in (".yaml", ".yml", ".json"):
        from scenario.io.formats import format_for

        fmt = format_for(path, reading=True)
        if fmt is not None and fmt.read is not None:
            return fmt.read(path)
    from scenario.io import load

    return load(path)


def overlay(
    course: Scenario | str | os.PathLike[str],
    data: LearnerData | str | os.PathLike[str],
    *,
    max_bytes: int | None = None,
    max_rows: int | None = None,
    max_session: float = MAX_SESSION,
    drop_threshold: float = DROP_THRESHOLD,
) -> Overlay:
    """Lay learner data over a scenario: the figures of each phase.

    Args:
        course: the scenario, or its file (a document or a table).
        data: the learner data, or its file: a Moodle activity completion
            report (CSV) or xAPI statements (JSON lines).
        max_bytes, max_rows: the bounds of reading (default: the limits ``data_size``
            and ``data_rows`` in force, see :func:`scenario.io.learner_data.read_learner_data`).
        max_session: minutes; a longer gap between two traces is not time spent.
        drop_threshold: the share of learners lost that makes a drop-off point.

    Raises:
        LearnerDataError: the data cannot be read (the message names the line).
        DocumentError: the course cannot be loaded.
    """
    scenario = _load_course(course)
    if not isinstance(data, LearnerData):
        data = read_learner_data(data, max_bytes=max_bytes, max_rows=max_rows)
    matched = match_activities(data.activities, scenario.phases)
    graph = build_graph(scenario)
    order = path_order(graph)
    main = sequence_graph(graph)
    by_phase: dict[str, list[str]] = {pid: [] for pid in order}
    for key, pid in matched.items():
        if pid is not None:
            by_phase[pid].append(key)
    names = {a.key: a.name or a.key for a in data.activities}
    traces: dict[str, list[Trace]] = {}
    for trace in data.traces:
        traces.setdefault(trace.activity, []).append(trace)
    tracking = {a for a, found in traces.items() if any(t.completed for t in found)}

    reached: dict[str, set[int]] = {}
    done_at: dict[str, dict[int, datetime.datetime | None]] = {}
    phases = {p.id: p for p in scenario.phases}
    results: dict[str, dict[str, Any]] = {}
    for pid in order:
        keys = by_phase[pid]
        mine = [t for key in keys for t in traces.get(key, [])]
        reached[pid] = {t.learner for t in mine if t.reached}
        tracked = [key for key in keys if key in tracking]
        completed: set[int] | None = None
        if tracked:
            per_learner: dict[int, set[str]] = {}
            when: dict[int, datetime.datetime | None] = {}
            for t in mine:
                if t.completed and t.activity in tracking:
                    per_learner.setdefault(t.learner, set()).add(t.activity)
                    if t.completed_at is not None:
                        previous = when.get(t.learner)
                        when[t.learner] = (
                            max(previous, t.completed_at) if previous else t.completed_at
                        )
            completed = {
                learner for learner, done in per_learner.items() if len(done) == len(tracked)
            }
            done_at[pid] = {learner: when.get(learner) for learner in completed}
        graded: dict[int, bool] = {}
        for t in mine:
            if t.success is not None:
                graded[t.learner] = graded.get(t.learner, True) and t.success
        results[pid] = {"mine": mine, "completed": completed, "graded": graded}

    figures = []
    for number, pid in enumerate(order, start=1):
        phase = phases[pid]
        keys = by_phase[pid]
        completed = results[pid]["completed"]
        before = _previous_with_data(pid, main, by_phase)
        lost: int | None = None
        drop: float | None = None
        if keys and before:
            earlier = set().union(*(reached[b] for b in before))
            if earlier:
                lost = len(earlier - reached[pid])
                drop = lost / len(earlier)
        minutes = _minutes(
            results[pid]["mine"],
            done_at.get(pid, {}),
            [done_at.get(b, {}) for b in before],
            max_session,
        )
        graded = results[pid]["graded"]
        figures.append(
            PhaseFigures(
                phase=pid,
                title=phase.title or pid,
                kind=phase.kind.value,
                number=number,
                activities=tuple(names[k] for k in keys),
                reached=len(reached[pid]),
                completed=None if completed is None else len(completed),
                completion=None
                if completed is None or not data.learners
                else len(completed) / data.learners,
                lost=lost,
                drop_off=drop,
                median_minutes=statistics.median(minutes) if minutes else None,
                measured=len(minutes),
                planned_minutes=phase.duration,
                graded=len(graded),
                passed=sum(graded.values()),
                success=sum(graded.values()) / len(graded) if graded else None,
            )
        )
    return Overlay(
        title=scenario.title,
        source=data.source,
        kind=data.kind,
        learners=data.learners,
        phases=tuple(figures),
        unmatched=tuple(names[k] for k, pid in matched.items() if pid is None),
        skipped=data.skipped,
        drop_threshold=drop_threshold,
    )


def _previous_with_data(pid: str, main: Any, by_phase: dict[str, list[str]]) -> list[str]:
    """The nearest phases before ``pid`` on the main path that have data."""
    found: list[str] = []
    seen = {pid}
    stack = list(main.predecessors(pid))
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        if by_phase.get(node):
            found.append(node)
        else:
            stack.extend(main.predecessors(node))
    return sorted(found)


def _minutes(
    mine: list[Trace],
    done: dict[int, datetime.datetime | None],
    before: list[dict[int, datetime.datetime | None]],
    max_session: float,
) -> list[float]:
    """The minutes each learner spent on the phase, where the data tells."""
    by_learner: dict[int, list[Trace]] = {}
    for t in mine:
        by_learner.setdefault(t.learner, []).append(t)
    minutes: list[float] = []
    for learner, found in by_learner.items():
        given = [t.seconds for t in found if t.seconds is not None]
        if given:
            minutes.append(sum(given) / 60)
            continue
        end = done.get(learner)
        if end is None:
            continue
        starts = [t.first for t in found if t.first is not None]
        if not starts:  # the completion report: from the completion of the phase before
            starts = [d[learner] for d in before if d.get(learner) is not None]  # type: ignore[misc]
            starts = [max(starts)] if starts else []
        if not starts:
            continue
        span = (end - min(starts)).total_seconds() / 60
        if 0 < span <= max_session:
            minutes.append(span)
    return minutes
