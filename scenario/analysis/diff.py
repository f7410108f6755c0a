"""What changed between two versions of a scenario: a semantic diff keyed by phase id.

:func:`diff` (also :meth:`Scenario.diff <scenario.model.Scenario.diff>`) compares
two scenarios as a designer reads them, not line by line:

- **the course**: title, modality, audience, start date; objectives added
  or removed; waivers added, removed, or given another reason;
- **the phases**, matched by id: added, removed, and for each phase kept,
  renamed (a new title), retagged (which dimension of the grid, from what to
  what: phase kind, group, situation, pedagogy, intentions), its duration,
  its place on the path, its module, activities, resources, date or week;
- **the path**: transitions added or removed, and the phases *moved*: those
  whose order among the phases kept changed (the fewest phases that explain
  the new order; a phase inserted before others does not move them);
- **the time**: total, synchronous and asynchronous minutes before and
  after, and the synchronous share of the time whose situation is known;
- **the findings** of :func:`scenario.validate` on both versions, matched by
  rule and phase: those that appeared, those that went away, those that a
  waiver now sets aside or no longer does.

The :class:`Diff` shows itself as text (:meth:`Diff.text`, French by default),
gives plain data (:meth:`Diff.to_dict`, what ``scenario diff --format json``
prints) and the ids a map marks (:attr:`Diff.marked`).

>>> from scenario.model import Scenario
>>> old = Scenario("Démo")
>>> _ = old.add_phase("a", "découverte", "Accroche", situation="présentiel", duration=30)
>>> _ = old.add_phase("b", "évaluation", "Quiz", intentions="évaluer", duration=20)
>>> new = Scenario("Démo")
>>> _ = new.add_phase("a", "découverte", "Accroche", situation="distanciel synchrone", duration=45)
>>> _ = new.add_phase("c", "évaluation", "Cas final", intentions="évaluer", duration=20)
>>> d = diff(old, new, validate=False)
>>> [p.id for p in d.added], [p.id for p in d.removed]
(['c'], ['b'])
>>> [(c.field, c.old, c.new) for c in d.changed[0].changes]
[('situation', 'présentiel', 'distanciel synchrone'), ('duration', 30, 45)]
>>> d.after.total - d.before.total
15
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from scenario.analysis._diff_parts import (
    PHASE_FIELDS,
    TAGS,
    Balance,
    Change,
    PhaseChange,
)
from scenario.i18n import use_language
from scenario.learning_path import build_graph, path_order

if TYPE_CHECKING:
    from scenario.model import Phase, Scenario, Transition, Waiver
    from scenario.report import Finding, Report

__all__ = ["PHASE_FIELDS", "TAGS", "Balance", "Change", "Diff", "PhaseChange", "diff"]


@attrs.frozen
class Diff:
    """What changed from ``old`` to ``new`` (see the module's documentation).

    A diff is true when anything changed (``if scenario.diff(other): ...``).
    """

    old_title: str
    new_title: str
    course: tuple[Change, ...]
    objectives_added: tuple[str, ...]
    objectives_removed: tuple[str, ...]
    added: tuple[Phase, ...]
    removed: tuple[Phase, ...]
    changed: tuple[PhaseChange, ...]
    transitions_added: tuple[Transition, ...]
    transitions_removed: tuple[Transition, ...]
    waivers_added: tuple[Waiver, ...]
    waivers_removed: tuple[Waiver, ...]
    waivers_changed: tuple[tuple[Waiver, Waiver], ...]
    before: Balance
    after: Balance
    findings_appeared: tuple[Finding, ...] = ()
    findings_gone: tuple[Finding, ...] = ()
    findings_waived: tuple[Finding, ...] = ()
    findings_unwaived: tuple[Finding, ...] = ()
    old_positions: dict[str, int] = attrs.field(factory=dict)
    new_positions: dict[str, int] = attrs.field(factory=dict)
    validated: bool = True
    lang: str = "fr"

    def __bool__(self) -> bool:
        return bool(
            self.course
            or self.objectives_added
            or self.objectives_removed
            or self.added
            or self.removed
            or self.changed
            or self.transitions_added
            or self.transitions_removed
            or self.waivers_added
            or self.waivers_removed
            or self.waivers_changed
        )

    @property
    def marked(self) -> dict[str, str]:
        """The phases a map marks: each id with ``added``, ``changed`` or ``removed``."""
        marks = {p.id: "removed" for p in self.removed}
        marks.update({c.id: "changed" for c in self.changed})
        marks.update({p.id: "added" for p in self.added})
        return marks

    def text(self, lang: str | None = None) -> str:
        """The diff as text to read, in French (default) or English."""
        from scenario.analysis._diff_text import diff_text

        return diff_text(self, lang or self.lang)

    def __str__(self) -> str:
        return self.text()

    def to_dict(self) -> dict[str, Any]:
        """Plain data: what ``scenario diff --format json`` prints."""
        from scenario.analysis._diff_text import diff_data

        return diff_data(self)


def diff(
    old: Scenario,
    new: Scenario,
    *,
    lang: str | None = None,
    validate: bool = True,
    old_report: Report | None = None,
    new_report: Report | None = None,
) -> Diff:
    """What changed from ``old`` to ``new``.

    Args:
        old, new: the two versions.
        lang: the language of the findings' messages and of :meth:`Diff.text`
            (default: the current language).
        validate: also validate both versions and compare their findings.
        old_report, new_report: the reports of the versions when the caller
            has them already (an empty document has none to give).
    """
    from scenario.analysis._compare import (
        compare_findings,
        compare_waivers,
        course_changes,
        moved_phases,
        phase_changes,
        steps,
        time_balance,
    )

    with use_language(lang) as chosen:
        old_order = path_order(build_graph(old))
        new_order = path_order(build_graph(new))
        old_positions = {pid: n for n, pid in enumerate(old_order, start=1)}
        new_positions = {pid: n for n, pid in enumerate(new_order, start=1)}
        old_phases = {p.id: p for p in old.phases}
        new_phases = {p.id: p for p in new.phases}
        moved = moved_phases(
            [pid for pid in old_order if pid in new_phases],
            [pid for pid in new_order if pid in old_phases],
        )
        changed = []
        for pid in new_order:
            if pid not in old_phases:
                continue
            changes = list(phase_changes(old_phases[pid], new_phases[pid]))
            if pid in moved:
                changes.append(Change("position", old_positions[pid], new_positions[pid]))
            changes.sort(key=lambda c: PHASE_FIELDS.index(c.field))
            if changes:
                phase = new_phases[pid]
                changed.append(
                    PhaseChange(pid, phase.title or pid, tuple(changes), phase.synchronous)
                )
        old_steps, new_steps = steps(old.transitions), steps(new.transitions)
        waivers_added, waivers_removed, waivers_changed = compare_waivers(old.waivers, new.waivers)
        findings: dict[str, tuple[Finding, ...]] = {}
        if validate:
            before = old_report if old_report is not None else old.validate(lang=chosen)
            after = new_report if new_report is not None else new.validate(lang=chosen)
            findings = compare_findings(before, after)
        return Diff(
            old_title=old.title,
            new_title=new.title,
            course=tuple(course_changes(old, new)),
            objectives_added=tuple(o for o in new.objectives if o not in old.objectives),
            objectives_removed=tuple(o for o in old.objectives if o not in new.objectives),
            added=tuple(new_phases[pid] for pid in new_order if pid not in old_phases),
            removed=tuple(old_phases[pid] for pid in old_order if pid not in new_phases),
            changed=tuple(changed),
            transitions_added=tuple(t for key, t in new_steps.items() if key not in old_steps),
            transitions_removed=tuple(t for key, t in old_steps.items() if key not in new_steps),
            waivers_added=waivers_added,
            waivers_removed=waivers_removed,
            waivers_changed=waivers_changed,
            before=time_balance(old),
            after=time_balance(new),
            old_positions=old_positions,
            new_positions=new_positions,
            validated=validate,
            lang=chosen,
            **findings,
        )
