"""The trainer's workload: the time a trainer gives the course.

The one computation of it: the requirements report
(:mod:`scenario.analysis.requirements`), hence the trainer's synopsis, and
the sign-off pack (:mod:`scenario.render.pack`) show this one.

- A **synchronous** phase (présentiel, distanciel synchrone) costs its
  duration once per session it takes: one session for the whole group, a
  ``seul`` présentiel phase included (the trainer is in the room with
  everyone; small groups work side by side while the trainer goes round),
  but one session *per learner* for a ``seul`` phase in distanciel
  synchrone (one-to-one tutoring).
- An **asynchronous** phase with the intention évaluer costs
  ``marking_minutes`` (10 by default) of marking per learner. Marking
  applies to asynchronous phases only.
- A **detour** phase (:mod:`scenario.learning_path.detours`: optional, or
  reached only by remediation) counts in the total as if every learner
  took it, an upper bound; its part is also given apart.
- Without ``audience.size`` the workload is per group: each line says what
  one session or one learner costs, and there is no total.
- A synchronous phase without a duration counts 0; the total is then
  marked as leaving it out (``without_duration``). A phase without a
  situation costs nothing that can be told (phase.missing-tag reports it).

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
>>> print("\\n".join(w.text_lines("en")[-1:]))
in all: 5 h 10 of trainer time
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from scenario._text import quote
from scenario.duration import readable_duration
from scenario.errors import ScenarioError
from scenario.i18n import N_, _, format_number, ngettext, use_language
from scenario.learning_path import detours
from scenario.vocabulary import Group, Intention, Situation

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["KINDS", "MARKING_MINUTES", "Workload", "WorkloadLine", "workload"]

#: Minutes of marking per learner for an asynchronous phase with the intention évaluer.
MARKING_MINUTES = 10

#: What each kind of line is, as a reader reads it (translate with ``_()``).
KINDS = {
    "session": N_("one session"),
    "tutoring": N_("one-to-one tutoring"),
    "marking": N_("marking"),
}


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
        total: their minutes together, detours included; None without
            ``audience.size`` (the workload is then per group).
        detour_minutes: the part of the detour phases in ``total`` (None with no total).
        without_duration: the synchronous phases left out of the total for
            want of a duration.
        audience: the audience size the counts rest on, if given.
        marking_minutes: the marking time per learner used.
    """

    lines: tuple[WorkloadLine, ...]
    total: int | None
    detour_minutes: int | None
    without_duration: tuple[str, ...]
    audience: int | None
    marking_minutes: int

    @property
    def per_group(self) -> bool:
        """True when the audience size is not given: no total, each line per group."""
        return self.audience is None

    def to_dict(self) -> dict[str, Any]:
        """Plain data: the lines, the total and the detours' part (None when per group)."""
        return {
            "lines": [attrs.asdict(line) for line in self.lines],
            "total": self.total,
            "detour_minutes": self.detour_minutes,
            "without_duration": list(self.without_duration),
            "per_group": self.per_group,
            "audience": self.audience,
            "marking_minutes": self.marking_minutes,
        }

    def line_text(self, line: WorkloadLine) -> str:
        """What one line costs, in the current language (``30 min × 20 apprenants = 10 h``)."""
        if line.each is None:
            return _("duration not given")
        each = readable_duration(line.each)
        if line.kind == "session":
            if self.per_group:
                return _("{each} per group").format(each=each)
            return each
        if line.count is None:
            return _("{each} per learner").format(each=each)
        learners = ngettext("{count} learner", "{count} learners", line.count).format(
            count=format_number(line.count, 0)
        )
        return _("{each} × {learners} = {total}").format(
            each=each, learners=learners, total=readable_duration(line.minutes or 0)
        )

    def text_lines(self, lang: str | None = None) -> list[str]:
        """The workload as lines of text in ``lang`` (None: the current language): one per
        phase, then the total and the detours' part, or why there is no total."""
        with use_language(lang):
            out = [
                _("{phase}: {what}, {cost}").format(
                    phase=_("{phase} (detour)").format(phase=line.phase)
                    if line.detour
                    else line.phase,
                    what=_(KINDS[line.kind]),
                    cost=self.line_text(line),
                )
                for line in self.lines
            ]
            return out + self.summary_lines()

    def summary_lines(self) -> list[str]:
        """The total and the detours' part, or why there is no total (current language)."""
        if not self.lines:
            return [_("no phase costs trainer time that can be told")]
        if self.total is None:
            return [
                _(
                    "the audience size is not given: the workload is per group and cannot be "
                    "totalled; give audience.size to get the total"
                )
            ]
        out = []
        if self.without_duration:
            out.append(
                _("not counting the phases without a duration: {phases}").format(
                    phases=", ".join(self.without_duration)
                )
            )
        if self.detour_minutes:
            detoured = ", ".join(line.phase for line in self.lines if line.detour)
            out.append(
                _("main path: {minutes}").format(
                    minutes=readable_duration(self.total - self.detour_minutes)
                )
            )
            out.append(
                _(
                    "detours ({phases}): {minutes}, counted as if every learner took them "
                    "(an upper bound)"
                ).format(phases=detoured, minutes=readable_duration(self.detour_minutes))
            )
        out.append(_("in all: {total} of trainer time").format(total=readable_duration(self.total)))
        return out


def workload(scenario: Scenario, *, marking_minutes: int = MARKING_MINUTES) -> Workload:
    """The trainer's workload for ``scenario`` (see the module's documentation).

    Args:
        scenario: the course.
        marking_minutes: the minutes of marking per learner of an asynchronous
            phase with the intention évaluer (a whole number, at least 0).

    Raises:
        ScenarioError: ``marking_minutes`` is not a whole number of at least 0.
    """
    if (
        isinstance(marking_minutes, bool)
        or not isinstance(marking_minutes, int)
        or marking_minutes < 0
    ):
        raise ScenarioError(
            _(
                "the marking time per learner must be a whole number of minutes, at least 0 (got {value})"
            ).format(value=quote(str(marking_minutes)))
        )
    size = scenario.audience.size if scenario.audience else None
    found = detours(scenario)
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
        lines.append(WorkloadLine(phase.id, kind, count, each, minutes, phase.id in found))
    if size is None:
        total = detour_minutes = None
    else:
        total = sum(line.minutes or 0 for line in lines)
        detour_minutes = sum(line.minutes or 0 for line in lines if line.detour)
    return Workload(
        lines=tuple(lines),
        total=total,
        detour_minutes=detour_minutes,
        without_duration=tuple(line.phase for line in lines if line.each is None),
        audience=size,
        marking_minutes=marking_minutes,
    )
