"""A diff as text to read (French by default) and as plain data: see :mod:`scenario.analysis.diff`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from scenario.dates import parse_date, readable_date
from scenario.duration import readable_duration
from scenario.i18n import _, format_percent, ngettext, pgettext, use_language
from scenario.vocabulary import Group, Intention, Modality, Pedagogy, PhaseKind, Situation, Term

if TYPE_CHECKING:
    from scenario.analysis.diff import Change, Diff
    from scenario.model import Phase, Scenario, Transition, Waiver
    from scenario.report import Finding

__all__ = ["diff_data", "diff_text", "facts", "field_label", "value_text"]

_TERMS: dict[str, type[Term]] = {
    "phase": PhaseKind,
    "group": Group,
    "situation": Situation,
    "pedagogy": Pedagogy,
    "intention": Intention,
    "modality": Modality,
}
_QUOTED = ("title", "module", "audience.description")
_INDENT = "    "


def field_label(field: str) -> str:
    """The name of a field for a reader, in the current language."""
    labels = {
        "title": pgettext("field", "title"),
        "phase": pgettext("field", "phase kind"),
        "group": pgettext("field", "group"),
        "situation": pgettext("field", "situation"),
        "pedagogy": pgettext("field", "pedagogy"),
        "intention": pgettext("field", "intentions"),
        "duration": pgettext("field", "duration"),
        "position": pgettext("field", "place on the path"),
        "module": pgettext("field", "module"),
        "activities": pgettext("field", "activities"),
        "resources": pgettext("field", "resources"),
        "date": pgettext("field", "date"),
        "week": pgettext("field", "week"),
        "modality": pgettext("field", "modality"),
        "audience.size": pgettext("field", "audience size"),
        "audience.description": pgettext("field", "audience"),
        "start": pgettext("field", "start date"),
    }
    return labels[field]


def _quoted(text: str) -> str:
    return _("“{text}”").format(text=" ".join(str(text).split()))


def value_text(field: str, value: Any, lang: str) -> str:
    """One value of a field as a reader reads it (vocabulary in ``lang``, minutes as ``1 h 30``)."""
    if value is None or value == []:
        return pgettext("value", "not given")
    if field in _TERMS:
        cls = _TERMS[field]
        values = value if isinstance(value, list) else [value]
        return ", ".join(cls(v).label(lang) for v in values)
    if field == "duration":
        return readable_duration(value)
    if field == "date" or field == "start":
        return readable_date(parse_date(value), lang)
    if field == "position":
        return _("phase {number}").format(number=value)
    if isinstance(value, list):
        return ", ".join(_quoted(v) for v in value)
    if field in _QUOTED:
        return _quoted(value)
    return str(value)


def _signed(minutes: int) -> str:
    if minutes == 0:
        return _("unchanged")
    sign = "+" if minutes > 0 else "−"
    return sign + readable_duration(abs(minutes))


def _phase_name(number: int | None, title: str | None, pid: str) -> str:
    return _("phase {number} “{title}” ({id})").format(
        number=number if number is not None else "?", title=title or pid, id=pid
    )


def _phase_summary(phase: Phase, lang: str) -> str:
    parts = [phase.kind.label(lang)]
    parts += [t.label(lang) for t in (phase.group, phase.situation, phase.pedagogy) if t]
    parts += [i.label(lang) for i in phase.intentions]
    if phase.duration is not None:
        parts.append(readable_duration(phase.duration))
    return " · ".join(parts)


def _change_line(change: Change, lang: str) -> str:
    line = _("{field}: {old} → {new}").format(
        field=field_label(change.field),
        old=value_text(change.field, change.old, lang),
        new=value_text(change.field, change.new, lang),
    )
    if change.field == "duration" and change.old is not None and change.new is not None:
        line += f" ({_signed(change.new - change.old)})"
    return line


def _step(t: Transition) -> str:
    text = f"{t.source} → {t.target}"
    return (
        text
        if t.kind.value == "sequence"
        else text + " ({})".format(pgettext("transition", "remediation"))
    )


def _waiver(w: Waiver) -> str:
    text = w.rule if w.phase is None else _("{rule} on {phase}").format(rule=w.rule, phase=w.phase)
    return text if not w.reason else _("{waiver}: {reason}").format(waiver=text, reason=w.reason)


def _finding(f: Finding, lang: str) -> str:
    where = f"{f.phase} — " if f.phase else ""
    return f"{f.severity.label(lang)} {f.rule} — {where}{f.message}"


def _section(out: list[str], title: str, lines: Sequence[str]) -> None:
    if lines:
        out += ["", title, *lines]


def diff_text(d: Diff, lang: str) -> str:
    """The diff as text: the course, the phases, the path, the time, the waivers, the findings."""
    with use_language(lang):
        if d.old_title == d.new_title:
            out = [_("Changes in “{title}”").format(title=d.new_title)]
        else:
            out = [_("Changes from “{old}” to “{new}”").format(old=d.old_title, new=d.new_title)]
        if not d:
            out += ["", _("The two versions describe the same scenario.")]
        course = [_INDENT + _change_line(c, lang) for c in d.course]
        course += [
            _INDENT + _("objective added: {text}").format(text=_quoted(o))
            for o in d.objectives_added
        ]
        course += [
            _INDENT + _("objective removed: {text}").format(text=_quoted(o))
            for o in d.objectives_removed
        ]
        _section(out, _("The course"), course)
        _section(out, _("Phases"), _phase_lines(d, lang))
        path = [_INDENT + "+ " + _step(t) for t in d.transitions_added]
        path += [_INDENT + "− " + _step(t) for t in d.transitions_removed]
        _section(out, _("The path"), path)
        _section(out, _("Time"), _time_lines(d))
        waivers = [_INDENT + "+ " + _waiver(w) for w in d.waivers_added]
        waivers += [_INDENT + "− " + _waiver(w) for w in d.waivers_removed]
        waivers += [
            _INDENT
            + "~ "
            + _("{waiver}, instead of: {reason}").format(
                waiver=_waiver(new), reason=old.reason or pgettext("value", "not given")
            )
            for old, new in d.waivers_changed
        ]
        _section(out, _("Waivers"), waivers)
        if d.validated:
            _section(out, _("Validation findings"), _finding_lines(d, lang))
        out += ["", _summary(d)]
        return "\n".join(out) + "\n"


def _phase_lines(d: Diff, lang: str) -> list[str]:
    lines = []
    for phase in d.added:
        name = _phase_name(d.new_positions.get(phase.id), phase.title, phase.id)
        lines.append(_INDENT + "+ " + _("added: {phase}").format(phase=name))
        lines.append(_INDENT * 2 + _phase_summary(phase, lang))
    for phase in d.removed:
        name = _phase_name(d.old_positions.get(phase.id), phase.title, phase.id)
        lines.append(_INDENT + "− " + _("removed: {phase}").format(phase=name))
        lines.append(_INDENT * 2 + _phase_summary(phase, lang))
    for change in d.changed:
        name = _phase_name(d.new_positions.get(change.id), change.title, change.id)
        lines.append(_INDENT + "~ " + name)
        lines += [_INDENT * 2 + _change_line(c, lang) for c in change.changes]
    return lines


def _time_lines(d: Diff) -> list[str]:
    before, after = d.before, d.after
    rows = [
        (_("total duration"), before.total, after.total),
        (_("synchronous time"), before.synchronous, after.synchronous),
        (_("asynchronous time"), before.asynchronous, after.asynchronous),
    ]
    # The routes, when they tell more than the total: branches or loops on either side.
    for label, old_route, new_route in (
        (_("longest route"), before.longest, after.longest),
        (_("shortest route"), before.shortest, after.shortest),
    ):
        if (
            old_route is not None
            and new_route is not None
            and old_route != new_route
            and (old_route != before.total or new_route != after.total)
        ):
            rows.append((label, old_route, new_route))
    if all(old == new for _label, old, new in rows):
        return []
    lines = [
        _INDENT
        + _("{field}: {old} → {new}").format(
            field=label, old=readable_duration(old), new=readable_duration(new)
        )
        + f" ({_signed(new - old)})"
        for label, old, new in rows
    ]
    old_share, new_share = before.synchronous_share, after.synchronous_share
    if old_share is not None and new_share is not None and round(old_share) != round(new_share):
        lines.append(
            _INDENT
            + _("synchronous share of the time: {old} → {new}").format(
                old=format_percent(old_share, 0), new=format_percent(new_share, 0)
            )
        )
    return lines


def _finding_lines(d: Diff, lang: str) -> list[str]:
    lines = []
    groups = (
        (_("appeared:"), d.findings_appeared),
        (_("went away:"), d.findings_gone),
        (_("now waived:"), d.findings_waived),
        (_("no longer waived:"), d.findings_unwaived),
    )
    for heading, findings in groups:
        if findings:
            lines.append(_INDENT + heading)
            lines += [_INDENT * 2 + _finding(f, lang) for f in findings]
    return lines


def _summary(d: Diff) -> str:
    parts = [
        ngettext("{count} phase added", "{count} phases added", len(d.added)).format(
            count=len(d.added)
        ),
        ngettext("{count} removed", "{count} removed", len(d.removed)).format(count=len(d.removed)),
        ngettext("{count} changed", "{count} changed", len(d.changed)).format(count=len(d.changed)),
    ]
    text = ", ".join(parts)
    if d.validated:
        appeared, gone = len(d.findings_appeared), len(d.findings_gone)
        text = _("{phases}; {appeared}, {gone}").format(
            phases=text,
            appeared=ngettext(
                "{count} finding appeared", "{count} findings appeared", appeared
            ).format(count=appeared),
            gone=ngettext("{count} went away", "{count} went away", gone).format(count=gone),
        )
    return text


def facts(scenario: Scenario, lang: str) -> str:
    """One scenario as one fact a line, each phase's led by its id: what ``scenario diff
    --textconv`` gives git, so that git's line diff reads as a diff of facts."""
    from scenario.analysis._compare import plain, time_balance
    from scenario.learning_path import ordered_phases

    with use_language(lang):

        def line(prefix: str, field: str, value: Any) -> str:
            text = _("{field}: {value}").format(
                field=field_label(field), value=value_text(field, plain(value), lang)
            )
            return f"{prefix} · {text}" if prefix else text

        audience = scenario.audience
        out = [line("", "title", scenario.title), line("", "modality", scenario.modality)]
        out.append(line("", "audience.size", audience.size if audience else None))
        out.append(line("", "audience.description", audience.description if audience else None))
        out.append(line("", "start", scenario.start))
        out += [_("objective: {text}").format(text=_quoted(o)) for o in scenario.objectives]
        for phase in ordered_phases(scenario):
            out.append(f"{phase.id} · " + _quoted(phase.title or phase.id))
            for field, value in (
                ("phase", phase.kind),
                ("group", phase.group),
                ("situation", phase.situation),
                ("pedagogy", phase.pedagogy),
                ("intention", phase.intentions),
                ("duration", phase.duration),
                ("module", phase.module),
                ("activities", phase.activities),
                ("resources", phase.resources),
                ("date", phase.date),
                ("week", phase.week),
            ):
                if value is not None and value != ():
                    out.append(line(phase.id, field, value))
        out += [_("path: {step}").format(step=_step(t)) for t in scenario.transitions]
        out += [_("waiver: {waiver}").format(waiver=_waiver(w)) for w in scenario.waivers]
        balance = time_balance(scenario)
        out.append(
            _(
                "time: {total} in all, {synchronous} synchronous, {asynchronous} asynchronous"
            ).format(
                total=readable_duration(balance.total),
                synchronous=readable_duration(balance.synchronous),
                asynchronous=readable_duration(balance.asynchronous),
            )
        )
        out += [
            _("finding: {finding}").format(finding=_finding(f, lang))
            for f in scenario.validate(lang=lang)
        ]
        return "\n".join(out) + "\n"


def _phase_data(phase: Phase, position: int | None) -> dict[str, Any]:
    return {
        "id": phase.id,
        "title": phase.title,
        "position": position,
        "phase": phase.kind.value,
        "situation": phase.situation.value if phase.situation else None,
        "duration": phase.duration,
    }


def _step_data(t: Transition) -> dict[str, str]:
    return {"from": t.source, "to": t.target, "kind": t.kind.value}


def _waiver_data(w: Waiver) -> dict[str, str | None]:
    return {"rule": w.rule, "phase": w.phase, "reason": w.reason}


def diff_data(d: Diff) -> dict[str, Any]:
    """The diff as plain JSON-ready data."""
    return {
        "old_title": d.old_title,
        "new_title": d.new_title,
        "changed": bool(d),
        "course": [c.to_dict() for c in d.course],
        "objectives": {"added": list(d.objectives_added), "removed": list(d.objectives_removed)},
        "phases": {
            "added": [_phase_data(p, d.new_positions.get(p.id)) for p in d.added],
            "removed": [_phase_data(p, d.old_positions.get(p.id)) for p in d.removed],
            "changed": [c.to_dict() for c in d.changed],
        },
        "path": {
            "added": [_step_data(t) for t in d.transitions_added],
            "removed": [_step_data(t) for t in d.transitions_removed],
        },
        "time": {
            "before": d.before.to_dict(),
            "after": d.after.to_dict(),
            "total_delta": d.after.total - d.before.total,
            "synchronous_delta": d.after.synchronous - d.before.synchronous,
            "asynchronous_delta": d.after.asynchronous - d.before.asynchronous,
        },
        "waivers": {
            "added": [_waiver_data(w) for w in d.waivers_added],
            "removed": [_waiver_data(w) for w in d.waivers_removed],
            "changed": [
                {"old": _waiver_data(old), "new": _waiver_data(new)}
                for old, new in d.waivers_changed
            ],
        },
        "findings": None
        if not d.validated
        else {
            "appeared": [f.to_dict() for f in d.findings_appeared],
            "gone": [f.to_dict() for f in d.findings_gone],
            "waived": [f.to_dict() for f in d.findings_waived],
            "unwaived": [f.to_dict() for f in d.findings_unwaived],
        },
    }
