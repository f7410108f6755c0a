"""How two versions are compared, field by field: the parts of :func:`scenario.analysis.diff.diff`.

It builds the values of :mod:`scenario.analysis._diff_parts`.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from scenario.analysis._diff_parts import Balance, Change
from scenario.dates import format_date
from scenario.learning_path import routes
from scenario.report import Finding, Report
from scenario.vocabulary import Term

if TYPE_CHECKING:
    from scenario.model import Phase, Scenario, Transition, Waiver


def plain(value: Any) -> Any:
    """A field's value as plain data (see :class:`Change`)."""
    if isinstance(value, Term):
        return value.value
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return format_date(value)
    return value


def phase_changes(old: Phase, new: Phase) -> Iterable[Change]:
    pairs = {
        "title": (old.title, new.title),
        "phase": (old.kind, new.kind),
        "group": (old.group, new.group),
        "situation": (old.situation, new.situation),
        "pedagogy": (old.pedagogy, new.pedagogy),
        "intention": (old.intentions, new.intentions),
        "duration": (old.duration, new.duration),
        "module": (old.module, new.module),
        "activities": (old.activities, new.activities),
        "resources": (old.resources, new.resources),
        "date": (old.date, new.date),
        "week": (old.week, new.week),
    }
    for field, (before, after) in pairs.items():
        if field == "intention" and set(old.intentions) == set(new.intentions):
            continue  # the same intentions in another order
        if before != after:
            yield Change(field, plain(before), plain(after))


def course_changes(old: Scenario, new: Scenario) -> Iterable[Change]:
    old_audience, new_audience = old.audience, new.audience
    pairs = {
        "title": (old.title, new.title),
        "modality": (old.modality, new.modality),
        "audience.size": (
            old_audience.size if old_audience else None,
            new_audience.size if new_audience else None,
        ),
        "audience.description": (
            old_audience.description if old_audience else None,
            new_audience.description if new_audience else None,
        ),
        "start": (old.start, new.start),
    }
    for field, (before, after) in pairs.items():
        if before != after:
            yield Change(field, plain(before), plain(after))


def moved_phases(old_order: list[str], new_order: list[str]) -> set[str]:
    """The phases, kept in both versions, whose order among the kept phases changed.

    The phases of the longest common run of both orders stay; the others moved.
    """
    matcher = difflib.SequenceMatcher(None, old_order, new_order, autojunk=False)
    staying: set[str] = set()
    for block in matcher.get_matching_blocks():
        staying.update(new_order[block.b : block.b + block.size])
    return set(new_order) - staying


def steps(transitions: Iterable[Transition]) -> dict[tuple[str, str, str], Transition]:
    """The transitions keyed by (from, to, kind), each once, in path order."""
    steps: dict[tuple[str, str, str], Transition] = {}
    for t in transitions:
        steps.setdefault((t.source, t.target, t.kind.value), t)
    return steps


def compare_waivers(
    old: Iterable[Waiver], new: Iterable[Waiver]
) -> tuple[tuple[Waiver, ...], tuple[Waiver, ...], tuple[tuple[Waiver, Waiver], ...]]:
    """Waivers added, removed, and given another reason, matched by rule and phase."""
    before = {(w.rule, w.phase): w for w in old}
    after = {(w.rule, w.phase): w for w in new}
    added = tuple(w for key, w in after.items() if key not in before)
    removed = tuple(w for key, w in before.items() if key not in after)
    changed = tuple(
        (before[key], w) for key, w in after.items() if key in before and before[key] != w
    )
    return added, removed, changed


def compare_findings(before: Report, after: Report) -> dict[str, tuple[Finding, ...]]:
    """The findings that appeared, went away, became waived or stopped being waived.

    Findings are matched by rule and phase (their messages name phases by
    number, which a change elsewhere shifts); a rule that fires twice on the
    same place counts twice.
    """
    old_keys = Counter((f.rule, f.phase) for f in before)
    new_keys = Counter((f.rule, f.phase) for f in after)
    appeared = beyond(after, old_keys)
    gone = beyond(before, new_keys)
    old_waived = {(f.rule, f.phase) for f in before if f.waived}
    kept = {key for key in new_keys if key in old_keys}
    return {
        "findings_appeared": appeared,
        "findings_gone": gone,
        "findings_waived": tuple(
            f
            for f in after
            if f.waived and (f.rule, f.phase) in kept and (f.rule, f.phase) not in old_waived
        ),
        "findings_unwaived": tuple(
            f
            for f in after
            if not f.waived and (f.rule, f.phase) in kept and (f.rule, f.phase) in old_waived
        ),
    }


def beyond(report: Report, other: Counter[tuple[str, str | None]]) -> tuple[Finding, ...]:
    """The findings of ``report`` past the count of their rule and phase in ``other``."""
    seen: Counter[tuple[str, str | None]] = Counter()
    found = []
    for finding in report:
        key = (finding.rule, finding.phase)
        seen[key] += 1
        if seen[key] > other[key]:
            found.append(finding)
    return tuple(found)


def time_balance(scenario: Scenario) -> Balance:
    timed = [p for p in scenario.phases if p.duration is not None]
    found = routes(scenario)
    return Balance(
        total=sum(p.duration or 0 for p in timed),
        synchronous=sum(p.duration or 0 for p in timed if p.synchronous),
        asynchronous=sum(p.duration or 0 for p in timed if p.synchronous is False),
        without_duration=len(scenario.phases) - len(timed),
        shortest=found.shortest.minutes if found.shortest else None,
        longest=found.longest.minutes if found.longest else None,
    )
