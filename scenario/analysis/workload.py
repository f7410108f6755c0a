"""The trainer's workload: the time a trainer gives the course (DOMAIN.md, "Trainer workload").

- A **synchronous** phase (présentiel, distanciel synchrone) costs its
  duration once per session it takes: one session for the whole group, a
  ``seul`` présentiel phase included (the trainer is in the room with
  everyone), but one session *per learner* for a ``seul`` phase in
  distanciel synchrone (one-to-one tutoring).
- An **asynchronous** phase with the intention évaluer costs
  ``marking_minutes`` (10 by default) of marking per learner.
- A **detour** phase, one that only the learners sent there by a
  remediation loop take (every transition into it is a remediation, or it is
  reached only from such phases), counts in the total as if every learner
  took it, an upper bound; its part is also given apart.
- Without ``audience.size``, what depends on the number of learners cannot
  be counted: the workload is given per group and has no total.

>>> from scenario.model import Scenario
>>> s = Scenario("Démo", audience=10)
>>> _ = s.add_phase("cv", "apprentissage", situation="distanciel synchrone", duration=60)
>>> _ = s.add_phase("tuto", "réalisation", group="seul", situation="distanciel synchrone", duration=15)
>>> _ = s.add_phase("quiz", "évaluation", situation="distanciel asynchrone", intentions="évaluer")
>>> w = workload(s)
>>> [(line.phase, line.kind, line.count, line.minutes) for line in w.lines]
[('cv', 'session', 1, 60), ('tuto', 'tutoring', 10, 150), ('quiz', 'marking', 10, 100)]
>>> w.total
310
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from scenario.learning_path import build_graph
from scenario.vocabulary import Group, Intention, Situation

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["MARKING_MINUTES", "Workload", "WorkloadLine", "detour_phases", "workload"]

#: Minutes of marking per learner for an asynchronous phase with the intention évaluer.
MARKING_MINUTES = 10


@attrs.frozen
class WorkloadLine:
    """The trainer's time for one phase.

    Attributes:
        phase: the phase's id.
        kind: ``session`` (one session for the group), ``tutoring`` (one per
            learner) or ``marking`` (per learner).
        count: how many sessions or learners (None: the audience size is not given).
        each: the minutes of one session or one learner's marking (None: no duration).
        minutes: ``count`` times ``each``, when both are known.
        detour: the phase is a detour (counted as if every learner took it).
    """

    phase: str
    kind: str
    count: int | None
    each: int | None
    minutes: int | None
    detour: bool = False


@attrs.frozen
class Workload:
    """The trainer's time for a scenario (see the module's documentation).

    Attributes:
        lines: one per phase that costs trainer time, in document order.
        total: their minutes together; None when some cannot be counted
            (no audience size, or a phase without a duration).
        detour_minutes: the part of the detour phases in the total.
        audience: the audience size the counts rest on, if given.
        marking_minutes: the marking time per learner used.
    """

    lines: tuple[WorkloadLine, ...]
    total: int | None
    detour_minutes: int
    audience: int | None
    marking_minutes: int

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {
            "lines": [attrs.asdict(line) for line in self.lines],
            "total": self.total,
            "detour_minutes": self.detour_minutes,
            "audience": self.audience,
            "marking_minutes": self.marking_minutes,
        }


def detour_phases(scenario: Scenario) -> set[str]:
    """The phases only the learners sent by a remediation loop take."""
    graph = build_graph(scenario)
    detours: set[str] = set()
    changed = True
    while changed:
        changed = False
        for node in graph.nodes:
            if node in detours:
                continue
            incoming = list(graph.in_edges(node, data="kind"))
            if not incoming:
                continue
            if all(kind == "remediation" or source in detours for source, _, kind in incoming):
                detours.add(node)
                changed = True
    return detours


def workload(scenario: Scenario, *, marking_minutes: int = MARKING_MINUTES) -> Workload:
    """The trainer's workload for ``scenario`` (see the module's documentation)."""
    size = scenario.audience.size if scenario.audience else None
    detours = detour_phases(scenario)
    lines: list[WorkloadLine] = []
    for phase in scenario.phases:
        if phase.synchronous:
            tutoring = (
                phase.group is Group.SEUL and phase.situation is Situation.DISTANCIEL_SYNCHRONE
            )
            kind, count, each = (
                ("tutoring", size, phase.duration) if tutoring else ("session", 1, phase.duration)
            )
        elif phase.synchronous is False and Intention.EVALUER in phase.intentions:
            kind, count, each = "marking", size, marking_minutes
        else:
            continue
        minutes = count * each if count is not None and each is not None else None
        lines.append(WorkloadLine(phase.id, kind, count, each, minutes, phase.id in detours))
    known = all(line.minutes is not None for line in lines)
    return Workload(
        lines=tuple(lines),
        total=sum(line.minutes or 0 for line in lines) if known else None,
        detour_minutes=sum(line.minutes or 0 for line in lines if line.detour),
        audience=size,
        marking_minutes=marking_minutes,
    )
