"""Running the registry on a scenario: options, findings in order, waivers.

:func:`validate` builds one :class:`~scenario.rules.context.Context`, runs
every registered rule that applies to the scenario's modality, marks what the
document's waivers set aside, then runs the late rules (``waiver.unused``).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from scenario._gc import collector_paused
from scenario._text import names, quote
from scenario.i18n import _, use_language
from scenario.report import Finding, Report, Severity
from scenario.rules.catalog import source_label
from scenario.rules.context import Context
from scenario.rules.registry import (
    Hit,
    Rule,
    RuleError,
    no_such_rule,
    parse_severity,
    registered,
    rules,
)

if TYPE_CHECKING:
    from scenario.model import Scenario, Waiver

__all__ = ["validate"]


def _matching(registry: Mapping[str, Rule], patterns: Iterable[str], option: str) -> set[str]:
    """The rule ids named by ``patterns`` (exact ids, or globs like ``spoc.*``)."""
    found: set[str] = set()
    for pattern in patterns:
        if any(c in pattern for c in "*?["):
            matched = fnmatch.filter(registry, pattern)
            if not matched:
                raise RuleError(
                    _("{option}: the pattern {pattern} matches no rule").format(
                        option=option, pattern=repr(pattern)
                    )
                )
            found.update(matched)
        elif pattern in registry:
            found.add(pattern)
        else:
            raise no_such_rule(pattern, option)
    return found


def _limits(registry: Mapping[str, Rule], thresholds: Mapping[str, float]) -> dict[str, float]:
    """The thresholds given to :func:`validate`, checked: each names a rule that has one."""
    limits: dict[str, float] = {}
    for rule_id, value in thresholds.items():
        target = registry.get(rule_id)
        if target is None:
            raise no_such_rule(rule_id, "thresholds")
        if target.threshold is None:
            with_one = sorted(r.id for r in registry.values() if r.threshold is not None)
            raise RuleError(
                _("thresholds: the rule {rule} has no threshold (rules with one: {rules})").format(
                    rule=repr(rule_id), rules=names(with_one)
                )
            )
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise RuleError(
                _("thresholds: {rule} needs a number of at least 0 (got {value})").format(
                    rule=repr(rule_id), value=quote(value)
                )
            )
        limits[rule_id] = value
    return limits


def validate(
    scenario: Scenario,
    *,
    lang: str | None = None,
    ignore: Collection[str] = (),
    severity: Mapping[str, Severity | str] | None = None,
    thresholds: Mapping[str, float] | None = None,
) -> Report:
    """Check ``scenario`` against every registered rule that applies to it.

    Args:
        scenario: the scenario to check.
        lang: the language of the messages, ``"fr"`` or ``"en"``; ``None``, the
            current language (French unless told otherwise, see :mod:`scenario.i18n`).
        ignore: rule ids not to run (globs such as ``"spoc.*"`` accepted).
        severity: a new severity for some rules, ``{"phase.long-async": "error"}``.
        thresholds: a new threshold for the rules that have one,
            ``{"phase.long-async": 45}`` (minutes).

    Returns:
        The :class:`~scenario.report.Report`: each finding carries the line of
        its phase when the scenario was loaded from a document (``line``),
        its message names a phase by its number, title and id. Scenario-wide findings first,
        then phase by phase in document order; within one place, errors
        before warnings before infos, then in catalog order. The document's
        waivers mark the findings they match as waived; a waiver that
        matches nothing gives a ``waiver.unused`` finding.

    Raises:
        RuleError: an option names no rule, a severity or a threshold is not valid.
        LanguageError: ``lang`` is neither ``"fr"`` nor ``"en"`` (a ``ValueError``).
    """
    # The context and the findings are many objects that all live on: the collector
    # would only walk them again and again (scenario/_gc.py).
    with use_language(lang) as chosen, collector_paused():
        return _validate(scenario, chosen, ignore, severity or {}, thresholds or {})


def _validate(
    scenario: Scenario,
    lang: str,
    ignore: Collection[str],
    severity: Mapping[str, Severity | str],
    thresholds: Mapping[str, float],
) -> Report:
    """:func:`validate` in the language already chosen."""
    registry = registered()
    ignored = _matching(registry, ignore, "ignore")
    severities: dict[str, Severity] = {}
    for pattern, level in severity.items():
        for rule_id in _matching(registry, [pattern], "severity"):
            severities[rule_id] = parse_severity(level)
    limits = _limits(registry, thresholds)
    defaults = {r.id: r.threshold for r in registry.values() if r.threshold is not None}
    context = Context(scenario, lang=lang, thresholds={**defaults, **limits})
    catalog = rules()
    applicable = [r for r in catalog if r.id not in ignored and r.applies_to(scenario.modality)]
    make = _Findings(severities, scenario)
    findings = [make(r, hit) for r in applicable if not r.late for hit in r.check(context)]
    findings, unused = _apply_waivers(scenario.waivers, findings, ignored)
    findings = _with_waiver_lines(findings, registry)
    context.unused_waivers = unused
    late = [make(r, hit) for r in applicable if r.late for hit in r.check(context)]
    findings.extend(late)
    order = {r.id: index for index, r in enumerate(catalog)}
    position = {phase.id: index for index, phase in enumerate(scenario.phases)}
    findings.sort(
        key=lambda f: (
            -1 if f.phase is None else position.get(f.phase, len(position)),
            f.severity.rank,
            order.get(f.rule, len(order)),
        )
    )
    return Report(findings, lang=lang, title=scenario.title)


class _Findings:
    """Makes the finding of a rule's hit: its severity (as set for this validation), its
    source in the reader's language (looked up once per rule), and the line of its phase
    in the document the scenario was loaded from."""

    def __init__(self, severities: Mapping[str, Severity], scenario: Scenario) -> None:
        self.severities = severities
        self.sources: dict[str, str] = {}
        self.origin = scenario.origin

    def __call__(self, r: Rule, hit: Hit) -> Finding:
        source = self.sources.get(r.id)
        if source is None:
            source = self.sources[r.id] = source_label(r)
        line = None
        if hit.phase is not None and self.origin is not None:
            line = self.origin.line(hit.phase)
        severity = self.severities.get(r.id, r.severity)
        return Finding(r.id, severity, hit.phase, hit.message, source, line=line)


#: YAML words a phase id may be, that a plain scalar would not read as text.
_YAML_WORDS = {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"}


def waiver_line(rule: str, phase: str | None, reason: str | None = None) -> str:
    """The line to add under ``waivers:`` to set a finding aside knowingly.

    ``reason`` is what the line says as its reason (by default, the words
    "why it is meant" in the current language, for the designer to replace).

    >>> from scenario.i18n import use_language
    >>> with use_language("en"):
    ...     waiver_line("phase.long-async", "lecture")
    '{rule: phase.long-async, phase: lecture, reason: "why it is meant"}'
    """
    if reason is None:
        reason = _("why it is meant")
    if phase is None:
        return f'{{rule: {rule}, reason: "{reason}"}}'
    shown = (
        phase
        if re.fullmatch(r"[a-z][a-z0-9_-]*", phase) and phase not in _YAML_WORDS
        else (f'"{phase}"')
    )
    return f'{{rule: {rule}, phase: {shown}, reason: "{reason}"}}'


def _with_waiver_lines(findings: list[Finding], registry: Mapping[str, Rule]) -> list[Finding]:
    """The findings, those of waivable rules not waived with messages ending with the
    waiver line to add."""
    waivable = {rule_id for rule_id, r in registry.items() if r.waivable}
    template = _("{message}; if this is on purpose, add to 'waivers': {waiver}")
    reason = _("why it is meant")
    return [
        attrs.evolve(
            finding,
            message=template.format(
                message=finding.message, waiver=waiver_line(finding.rule, finding.phase, reason)
            ),
        )
        if finding.rule in waivable and not finding.waived
        else finding
        for finding in findings
    ]


def _apply_waivers(
    waivers: Sequence[Waiver], findings: list[Finding], ignored: Collection[str]
) -> tuple[list[Finding], list[Waiver]]:
    """Mark the findings the waivers match; give the waivers that matched nothing.

    A waiver matches the findings of its rule, on its phase when it names
    one; when several match, the reason of one naming the phase wins. The
    findings of the late rules (``waiver.unused``) cannot be waived: a
    waiver that matches nothing is to be deleted, not waived. The waivers
    of an ignored rule are neither applied nor reported: the rule did not
    run, so nothing can be said of them.
    """
    used: set[int] = set()
    index: dict[tuple[str, str | None], list[int]] = {}
    for number, waiver in enumerate(waivers):
        index.setdefault((waiver.rule, waiver.phase), []).append(number)
    result: list[Finding] = []
    for finding in findings:
        numbers = index.get((finding.rule, finding.phase), []) + index.get((finding.rule, None), [])
        if numbers:
            used.update(numbers)
            reason = waivers[numbers[0]].reason
            finding = attrs.evolve(finding, waived=True, waiver_reason=reason)
        result.append(finding)
    unused = [
        waiver
        for number, waiver in enumerate(waivers)
        if number not in used and waiver.rule not in ignored
    ]
    return result, unused
