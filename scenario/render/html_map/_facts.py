"""What the interactive map knows of a course, gathered once: order, detours, findings, data.

Every piece of user text the map shows goes through :func:`plain` first:
one line (control characters and line breaks become spaces, as on the
static map), and a lone surrogate (which no UTF-8 file can hold) becomes
U+FFFD. The page then escapes it for where it goes (:mod:`._page`).

>>> plain("Atelier\\n  en ligne\\u2028\\ud800") == "Atelier en ligne \\ufffd"
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from scenario.render._labels import clean, findings_by_phase, severity_of
from scenario.vocabulary import TransitionKind

if TYPE_CHECKING:
    from scenario.analysis.overlay import Overlay, PhaseFigures
    from scenario.learning_path import Detours
    from scenario.model import Phase, Scenario

__all__ = ["MapFacts", "gather", "plain"]


def plain(value: object) -> str:
    """User text on one line, every character writable as UTF-8 (what
    :func:`~scenario.render._labels.clean` gives: it replaces lone surrogates)."""
    return clean(value)


@attrs.frozen
class MapFacts:
    """The course as the map shows it.

    Attributes:
        scenario: the course.
        lang: the language of the words.
        ordered: the phases round the centre: the main path in path order, each
            detour right after the phase it branches off.
        number: each phase's number as every map shows it: ``3``, or ``3a`` for a detour.
        detours: the detour phases and the main path.
        findings: the unwaived findings by phase id (None: the course's own).
        report: whether the rules were run (so that "no finding" can be said).
        overlay: learner data, or None.
        overlay_rows: the words of each phase's learner figures, by phase id.
        before: for each phase, the phases whose transitions lead to it (id, kind).
        after: for each phase, the phases its transitions lead to (id, kind).
    """

    scenario: Scenario
    lang: str
    ordered: tuple[Phase, ...]
    number: dict[str, str]
    detours: Detours
    findings: dict[str | None, list[Any]]
    report: bool
    overlay: Overlay | None
    overlay_rows: dict[str, list[str]]
    before: dict[str, tuple[tuple[str, str], ...]]
    after: dict[str, tuple[tuple[str, str], ...]]

    def title(self, phase: Phase) -> str:
        """The phase's title, or its id when it has none."""
        return plain(phase.title) if phase.title else phase.id

    def numbered(self, pid: str) -> str:
        """``3. Atelier``: how the map names a phase."""
        phase = self.scenario.phase(pid)
        return f"{self.number[pid]}. {self.title(phase)}"

    def figures(self, pid: str) -> PhaseFigures | None:
        """The learner data of a phase, or None."""
        return None if self.overlay is None else self.overlay.figures(pid)

    def worst(self, pid: str | None) -> str | None:
        """The most severe of a phase's findings (``error``, ``warning``, ``info``), or None."""
        found = self.findings.get(pid, [])
        return severity_of(found[0]) if found else None


def gather(
    scenario: Scenario, lang: str, report: Iterable[Any] | None, overlay: Overlay | None
) -> MapFacts:
    """The facts of ``scenario`` for the map."""
    from scenario.analysis._overlay_show import rows
    from scenario.learning_path import detours, numbering

    found = detours(scenario)
    numbers = numbering(scenario, found)
    # Round the centre in path order, each detour right after the phase it branches off.
    following: dict[str | None, list[str]] = {}
    for pid in numbers.detours:
        following.setdefault(numbers.anchors[pid], []).append(pid)
    order = [p for main in numbers.main for p in (main, *following.get(main, []))]
    order += following.get(None, [])
    phases = {phase.id: phase for phase in scenario.phases}
    before: dict[str, list[tuple[str, str]]] = {pid: [] for pid in order}
    after: dict[str, list[tuple[str, str]]] = {pid: [] for pid in order}
    seen: set[tuple[str, str, TransitionKind]] = set()
    for transition in scenario.transitions:
        key = (transition.source, transition.target, transition.kind)
        if key in seen or transition.source not in phases or transition.target not in phases:
            continue
        seen.add(key)
        after[transition.source].append((transition.target, transition.kind.value))
        before[transition.target].append((transition.source, transition.kind.value))
    return MapFacts(
        scenario=scenario,
        lang=lang,
        ordered=tuple(phases[pid] for pid in order),
        number=dict(numbers.labels),
        detours=found,
        findings=findings_by_phase(report),
        report=report is not None,
        overlay=overlay,
        overlay_rows={}
        if overlay is None
        else {f.phase: row for f, row in zip(overlay.phases, rows(overlay))},
        before={pid: tuple(found) for pid, found in before.items()},
        after={pid: tuple(found) for pid, found in after.items()},
    )
