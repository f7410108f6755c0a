"""Scenario documents (plain dicts and lists) to and from the model.

:func:`from_document` reads a parsed YAML/JSON document: it first reads the
vocabulary leniently and turns durations into minutes (the *normalised*
document), then checks it against the JSON Schema, then checks what a schema
cannot say (unique ids, a path naming known phases), then builds the
:class:`~scenario.model.Scenario`. Every refusal is a
:class:`~scenario.errors.DocumentError` naming the place, as
``phases[2].situation``. :func:`to_document` writes the canonical document.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from typing import Any

from scenario._text import closest, did_you_mean, quote
from scenario.dates import format_date, parse_date
from scenario.duration import format_duration, parse_duration
from scenario.errors import DocumentError, VocabularyError
from scenario.i18n import _
from scenario.io.schema import SchemaViolation, check, describe
from scenario.model import FORMAT_VERSION, Audience, Phase, Scenario, Transition, Waiver
from scenario.vocabulary import (
    Group,
    Intention,
    Modality,
    Pedagogy,
    PhaseKind,
    Situation,
    Term,
    TransitionKind,
    parse_term,
)

__all__ = ["format_path", "from_document", "to_document"]

Location = list[str | int]
# Called with a place in the document, gives its line in the source text (or None).
LineFinder = Callable[[Sequence[str | int]], "int | None"]

_PHASE_TERMS: dict[str, type[Term]] = {
    "phase": PhaseKind,
    "group": Group,
    "situation": Situation,
    "pedagogy": Pedagogy,
}
_TEXT_SCALARS = (int, float, datetime.date)
_PLAIN_KEY = re.compile(r"[^\W\d][\w-]{0,60}\Z")


def format_path(path: Sequence[str | int]) -> str:
    """Write a place in a document the way messages show it.

    >>> format_path(["phases", 2, "situation"])
    'phases[2].situation'
    >>> format_path(["phases", 0, "a key\\n"])
    "phases[0]['a key\\\\n']"
    """
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _PLAIN_KEY.match(str(part)):
            text += f".{part}" if text else str(part)
        else:  # a key with spaces, newlines or quotes: shown quoted, shortened
            text += f"[{quote(str(part))}]"
    return text


def from_document(
    data: Any, source: str | None = None, line_finder: LineFinder | None = None
) -> Scenario:
    """Build a scenario from a parsed document.

    Args:
        data: what ``json.loads`` or a safe YAML load gave.
        source: the file name, for messages.
        line_finder: gives the line of a place, for messages.

    Raises:
        DocumentError: the document is refused; the error names the place.

    >>> s = from_document({"scenario": 1, "title": "T", "phases": [
    ...     {"id": "a", "phase": "Discovery", "intention": "engage", "duration": "1 h"}]})
    >>> s.phases[0].kind.value, s.phases[0].intentions[0].value, s.phases[0].duration
    ('découverte', 'interpeller', 60)
    """

    def fail(path: Sequence[str | int], message: str, hint: str | None = None) -> DocumentError:
        line = line_finder(path) if line_finder else None
        return DocumentError(message, source=source, path=format_path(path), line=line, hint=hint)

    if data is None:
        raise fail([], _("the document is empty"), _("start from 'scenario new' or an example"))
    if not isinstance(data, dict):
        raise fail(
            [],
            _("the document must be a mapping of keys, not {found}").format(found=describe(data)),
            _("begin with 'scenario: 1', 'title:' and 'phases:'"),
        )
    try:
        normal = _normalise(data)
        check(normal)
    except _Refusal as refusal:
        raise fail(refusal.path, refusal.message, refusal.hint) from None
    except SchemaViolation as violation:
        raise fail(violation.path, violation.message, violation.hint) from None
    except RecursionError:
        raise fail([], _("the document is nested too deeply")) from None

    seen: dict[str, int] = {}
    for index, phase in enumerate(normal["phases"]):
        first = seen.setdefault(phase["id"], index)
        if first != index:
            raise fail(
                ["phases", index, "id"],
                _("duplicate phase id {id}").format(id=quote(phase["id"])),
                _("{place} already has it: give each phase its own id").format(
                    place=f"phases[{first}]"
                ),
            )
    if "path" in normal:
        for index, step in enumerate(normal["path"]):
            for end in ("from", "to"):
                if step[end] not in seen:
                    wrong = step[end]
                    hint = did_you_mean(closest(wrong, seen)) or _("name a phase of 'phases'")
                    raise fail(
                        ["path", index, end],
                        _("no phase with id {id}").format(id=quote(wrong)),
                        hint,
                    )
    return _build(normal)


class _Refusal(Exception):
    def __init__(self, path: Location, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.path, self.message, self.hint = path, message, hint


def _term(cls: type[Term], value: Any, path: Location, *more: str | int) -> Any:
    """The canonical value of a vocabulary word; non-strings are left for the schema.

    The place of a refusal is ``path`` followed by ``more`` (built only on refusal).
    """
    if type(value) is not str or value in cls._value2member_map_:
        return value  # not a word (the schema explains), or already canonical
    try:
        return parse_term(cls, value).value
    except VocabularyError as error:
        raise _Refusal([*path, *more], error.problem, error.hint) from None


def _text(value: Any) -> Any:
    """Free text written as a number or a date in YAML (``module: 1``) is read as text."""
    if isinstance(value, _TEXT_SCALARS) and not isinstance(value, bool):
        return str(value)
    return value


def _texts(value: Any) -> Any:
    if isinstance(value, str):
        return [value]  # a single activity written without a list
    if not isinstance(value, list) or all(type(v) is str for v in value):
        return value
    return [_text(v) for v in value]


def _normalise(data: dict[Any, Any]) -> dict[Any, Any]:
    """A copy of ``data`` with vocabulary made canonical and durations in minutes."""
    normal = dict(data)
    for key in ("title", "notes"):
        if key in normal:
            normal[key] = _text(normal[key])
    if "modality" in normal:
        normal["modality"] = _term(Modality, normal["modality"], [], "modality")
    if isinstance(normal.get("audience"), dict):
        audience = dict(normal["audience"])
        if "description" in audience:
            audience["description"] = _text(audience["description"])
        if isinstance(audience.get("size"), float) and audience["size"].is_integer():
            audience["size"] = int(audience["size"])
        normal["audience"] = audience
    if "objectives" in normal:
        normal["objectives"] = _texts(normal["objectives"])
    if "start" in normal:
        normal["start"] = _date(normal["start"], ["start"])
    if isinstance(normal.get("phases"), list):
        normal["phases"] = [
            _normalise_phase(p, ["phases", i]) if isinstance(p, dict) else p
            for i, p in enumerate(normal["phases"])
        ]
    if isinstance(normal.get("waivers"), list):
        normal["waivers"] = [
            {k: _text(v) if k in ("rule", "reason") else v for k, v in w.items()}
            if isinstance(w, dict)
            else w
            for w in normal["waivers"]
        ]
    if isinstance(normal.get("path"), list):
        steps = []
        for index, step in enumerate(normal["path"]):
            if isinstance(step, dict) and "kind" in step:
                step = dict(step)
                step["kind"] = _term(TransitionKind, step["kind"], ["path", index], "kind")
            steps.append(step)
        normal["path"] = steps
    return normal


def _normalise_phase(phase: dict[Any, Any], path: Location) -> dict[Any, Any]:
    normal = dict(phase)
    for key, cls in _PHASE_TERMS.items():
        if key in normal:
            normal[key] = _term(cls, normal[key], path, key)
    if "intention" in normal:
        value = normal["intention"]
        if isinstance(value, list):
            normal["intention"] = [
                _term(Intention, v, path, "intention", i) for i, v in enumerate(value)
            ]
        else:
            normal["intention"] = _term(Intention, value, path, "intention")
    duration = normal.get("duration")
    if type(duration) is str or type(duration) is float or (type(duration) is int and duration < 0):
        try:
            normal["duration"] = parse_duration(duration)
        except VocabularyError as error:
            raise _Refusal(
                [*path, "duration"],
                _("cannot read the duration {duration}").format(duration=quote(str(duration))),
                error.hint
                if error.reason
                else _("write it as '20min', '1h30', 'PT1H30M' or a number of minutes"),
            ) from None
    if "date" in normal:
        normal["date"] = _date(normal["date"], [*path, "date"])
    for key in ("title", "module", "lms", "notes"):
        if key in normal and type(normal[key]) is not str:
            normal[key] = _text(normal[key])
    for key in ("activities", "resources"):
        if key in normal:
            normal[key] = _texts(normal[key])
    return normal


def _date(value: Any, path: Location) -> Any:
    """A date (a YAML date, ``2025-03-10``, ``10/03/2025``) in ISO form; other types are
    left for the schema to explain."""
    if not isinstance(value, (str, datetime.date)):
        return value
    try:
        return format_date(parse_date(value))
    except VocabularyError as error:
        raise _Refusal(
            path,
            _("cannot read the date {date}").format(date=quote(str(value))),
            error.reason or _("write it as '2025-03-10' (or '10/03/2025')"),
        ) from None


def _build(normal: dict[str, Any]) -> Scenario:
    """The scenario of a checked document: canonical values become members directly."""
    kinds = PhaseKind._value2member_map_
    groups = Group._value2member_map_
    situations = Situation._value2member_map_
    pedagogies = Pedagogy._value2member_map_
    intentions = Intention._value2member_map_
    phases = []
    for p in normal["phases"]:
        wanted = p.get("intention")
        if type(wanted) is str:
            wanted = (intentions[wanted],)
        elif wanted is not None:
            wanted = tuple(intentions[i] for i in wanted)
        phases.append(
            Phase(
                p["id"],
                kinds[p["phase"]],
                p.get("title"),
                group=groups.get(p.get("group")),
                situation=situations.get(p.get("situation")),
                pedagogy=pedagogies.get(p.get("pedagogy")),
                intentions=wanted,
                duration=p.get("duration"),
                module=p.get("module"),
                activities=p.get("activities"),
                resources=p.get("resources"),
                lms=p.get("lms"),
                date=p.get("date"),
                week=p.get("week"),
                optional=p.get("optional", False),
                notes=p.get("notes"),
            )
        )
    audience = normal.get("audience")
    return Scenario(
        title=normal["title"],
        modality=normal.get("modality"),
        audience=None
        if audience is None
        else Audience(audience.get("size"), audience.get("description")),
        objectives=normal.get("objectives", []),
        phases=phases,
        path=None
        if "path" not in normal
        else [Transition(t["from"], t["to"], t.get("kind", "sequence")) for t in normal["path"]],
        waivers=[
            Waiver(w["rule"], w.get("phase"), w.get("reason")) for w in normal.get("waivers", [])
        ],
        version=normal["scenario"],
        start=normal.get("start"),
        notes=normal.get("notes"),
    )


def to_document(scenario: Scenario) -> dict[str, Any]:
    """The canonical document of a scenario: canonical French values, keys in a fixed order.

    Empty optional fields are left out; intentions are always a list and
    durations are written as ``20min``, ``1h30``.
    """
    document: dict[str, Any] = {"scenario": FORMAT_VERSION, "title": scenario.title}
    if scenario.modality is not None:
        document["modality"] = scenario.modality.value
    if scenario.audience is not None:
        audience: dict[str, Any] = {}
        if scenario.audience.size is not None:
            audience["size"] = scenario.audience.size
        if scenario.audience.description is not None:
            audience["description"] = scenario.audience.description
        document["audience"] = audience
    if scenario.start is not None:
        document["start"] = format_date(scenario.start)
    if scenario.objectives:
        document["objectives"] = list(scenario.objectives)
    document["phases"] = [_phase_document(p) for p in scenario.phases]
    if scenario.path is not None:
        document["path"] = [_transition_document(t) for t in scenario.path]
    if scenario.notes is not None:
        document["notes"] = scenario.notes
    if scenario.waivers:
        document["waivers"] = [
            {
                k: v
                for k, v in (("rule", w.rule), ("phase", w.phase), ("reason", w.reason))
                if v is not None
            }
            for w in scenario.waivers
        ]
    return document


def _phase_document(phase: Phase) -> dict[str, Any]:
    document: dict[str, Any] = {"id": phase.id, "phase": phase.kind.value}
    if phase.title is not None:
        document["title"] = phase.title
    for key in ("group", "situation", "pedagogy"):
        term = getattr(phase, key)
        if term is not None:
            document[key] = term.value
    if phase.intentions:
        document["intention"] = [i.value for i in phase.intentions]
    if phase.duration is not None:
        document["duration"] = format_duration(phase.duration)
    if phase.date is not None:
        document["date"] = format_date(phase.date)
    if phase.week is not None:
        document["week"] = phase.week
    if phase.module is not None:
        document["module"] = phase.module
    if phase.activities:
        document["activities"] = list(phase.activities)
    if phase.resources:
        document["resources"] = list(phase.resources)
    if phase.lms is not None:
        document["lms"] = phase.lms
    if phase.optional:
        document["optional"] = True
    if phase.notes is not None:
        document["notes"] = phase.notes
    return document


def _transition_document(transition: Transition) -> dict[str, Any]:
    document = {"from": transition.source, "to": transition.target}
    if transition.kind is not TransitionKind.SEQUENCE:
        document["kind"] = transition.kind.value
    return document
