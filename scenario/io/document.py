"""Scenario documents (plain dicts and lists) to and from the model.

:func:`from_document` reads a parsed YAML/JSON document in one pass that
finds every problem at once: it first reads it leniently
(:class:`~scenario.io._lenient.Reading`: French keys, shorthands, the
vocabulary made canonical, durations in minutes), then checks the
*normalised* document against the JSON Schema, then checks what a schema
cannot say (unique ids, a path naming known phases). When anything is
wrong, one :class:`~scenario.errors.DocumentError` carries every problem,
each naming its place as the document writes it (``phases[2].situation``,
``phases[0].durée``), its line and column when the text is known, and a
hint, sorted by line; else it builds the :class:`~scenario.model.Scenario`.
:func:`to_document` writes the canonical document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from scenario._text import closest, did_you_mean, quote
from scenario.dates import format_date
from scenario.duration import format_duration
from scenario.errors import MAX_PROBLEMS, DocumentError, LoadProblem
from scenario.i18n import _
from scenario.io._lenient import Reading, Refusal
from scenario.io.schema import describe, violations
from scenario.model import FORMAT_VERSION, Audience, Origin, Phase, Scenario, Transition, Waiver
from scenario.vocabulary import (
    Group,
    Intention,
    Pedagogy,
    PhaseKind,
    Situation,
    TransitionKind,
)

__all__ = ["Finder", "format_path", "from_document", "to_document"]

#: Called with a place in the document, gives its line and column in the source text (or None).
Finder = Callable[[Sequence[str | int]], "tuple[int, int] | None"]

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
    data: Any,
    source: str | None = None,
    places: Finder | None = None,
    lines: Sequence[int] | None = None,
) -> Scenario:
    """Build a scenario from a parsed document.

    Args:
        data: what ``json.loads`` or a safe YAML load gave.
        source: the file name, for messages.
        places: gives the line and column of a place in the source text, for
            messages (asked only when a problem needs it), and for the lines of
            the findings when ``lines`` is not given.
        lines: the line of each item of ``phases`` in the source text, when the
            parser gave them: the lines of the findings.

    Raises:
        DocumentError: the document is refused; the error carries every problem
            found (:attr:`~scenario.errors.DocumentError.errors`), sorted by line.

    >>> s = from_document({"scenario": 1, "title": "T", "phases": [
    ...     {"id": "a", "phase": "Discovery", "intention": "engage", "duration": "1 h"}]})
    >>> s.phases[0].kind.value, s.phases[0].intentions[0].value, s.phases[0].duration
    ('découverte', 'interpeller', 60)
    >>> from scenario.i18n import use_language
    >>> with use_language("en"):
    ...     from_document({"scenario": 1, "titre": "T", "phases": [
    ...         {"id": "a", "phase": "x", "groupe": "seul", "durée": "soon"}]})
    Traceback (most recent call last):
    ...
    scenario.errors.DocumentError: <scenario>: error at phases[0].phase: unknown phase 'x' ...
    """
    if data is None:
        raise _refused(
            [Refusal([], _("the document is empty"), _("start from 'scenario new' or an example"))],
            data,
            source,
            places,
            Reading(),
        )
    if not isinstance(data, dict):
        found = describe(data)
        refusal = Refusal(
            [],
            _("the document must be a mapping of keys, not {found}").format(found=found),
            _("begin with 'scenario: 1', 'title:' and 'phases:'"),
        )
        raise _refused([refusal], data, source, places, Reading())
    reading = Reading()
    try:
        normal = reading.normalise(data)
        refusals = list(reading.refusals)
        refused = [tuple(r.path) for r in refusals]
        for violation in violations(normal):
            if not any(_under(violation.path, place) for place in refused):
                refusals.append(Refusal(violation.path, violation.message, violation.hint))
        refusals += _references(normal)
    except RecursionError:
        refusals = [Refusal([], _("the document is nested too deeply"))]
    if refusals:
        raise _refused(refusals, data, source, places, reading)
    scenario = _build(normal)
    if places is not None or lines is not None:
        find = None if places is None else (lambda path: places(reading.written(path)))
        scenario.origin = Origin(source, find, [p.id for p in scenario.phases], lines)
    return scenario


def _under(path: Sequence[str | int], place: tuple[str | int, ...]) -> bool:
    """True when ``path`` is ``place`` or inside it."""
    return tuple(path[: len(place)]) == place


def _references(normal: dict[str, Any]) -> list[Refusal]:
    """What the schema cannot say: each phase id given once, a path naming known phases."""
    found: list[Refusal] = []
    phases = normal.get("phases")
    if not isinstance(phases, list):
        return found
    seen: dict[str, int] = {}
    for index, phase in enumerate(phases):
        ident = phase.get("id") if isinstance(phase, dict) else None
        if type(ident) is not str:
            continue
        first = seen.setdefault(ident, index)
        if first != index:
            found.append(
                Refusal(
                    ["phases", index, "id"],
                    _("duplicate phase id {id}").format(id=quote(ident)),
                    _("{place} already has it: give each phase its own id").format(
                        place=f"phases[{first}]"
                    ),
                )
            )
    steps = normal.get("path")
    for index, step in enumerate(steps if isinstance(steps, list) else []):
        if not isinstance(step, dict):
            continue
        for end in ("from", "to"):
            wrong = step.get(end)
            if type(wrong) is str and wrong not in seen:
                hint = did_you_mean(closest(wrong, seen)) or _("name a phase of 'phases'")
                found.append(
                    Refusal(
                        ["path", index, end],
                        _("no phase with id {id}").format(id=quote(wrong)),
                        hint,
                    )
                )
    return found


def _refused(
    refusals: list[Refusal], data: Any, source: str | None, places: Finder | None, reading: Reading
) -> DocumentError:
    """The error of a refused document: every problem placed as the document writes it,
    sorted by line (document order when the text is not known), the first
    :data:`~scenario.errors.MAX_PROBLEMS` kept."""
    problems: list[tuple[tuple[Any, ...], LoadProblem]] = []
    for number, refusal in enumerate(refusals):
        written = reading.written(refusal.path)
        found = places(written) if places is not None else None
        line, column = found if found is not None else (None, None)
        order = (
            line if line is not None else float("inf"),
            column or 0,
            _position(data, written),
            number,
        )
        problem = LoadProblem(refusal.message, format_path(written), line, column, refusal.hint)
        problems.append((order, problem))
    problems.sort(key=lambda item: item[0])
    kept = [problem for _order, problem in problems[:MAX_PROBLEMS]]
    return DocumentError.collected(kept, source=source, more=len(problems) - len(kept))


def _position(data: Any, path: Sequence[str | int]) -> tuple[int, ...]:
    """Where ``path`` is in ``data``, in document order: each key's rank in its mapping,
    each item's index (a place that is not there comes after its siblings)."""
    position: list[int] = []
    for part in path:
        if isinstance(data, dict):
            keys = list(data)
            position.append(keys.index(part) if part in data else len(keys))
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int):
            position.append(part)
            data = data[part] if 0 <= part < len(data) else None
        else:
            position.append(0)
            data = None
    return tuple(position)


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
