"""The values a course is made of: :class:`Phase`, :class:`Transition`, :class:`Waiver`,
:class:`Audience`, small frozen attrs classes whose converters read the vocabulary
leniently (see :mod:`scenario.model`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from scenario._indexed import IndexedList
from scenario._text import quote, slug
from scenario.dates import parse_date
from scenario.duration import parse_duration
from scenario.errors import DocumentError
from scenario.i18n import _
from scenario.vocabulary import (
    Group,
    Intention,
    Modality,
    Pedagogy,
    PhaseKind,
    Situation,
    TransitionKind,
    parse_term,
)

if TYPE_CHECKING:
    pass

__all__ = ["FORMAT_VERSION", "ID_PATTERN", "Audience", "Phase", "Transition", "Waiver"]

#: The version of the document format this library reads and writes.
FORMAT_VERSION = 1

#: What a phase id may be made of.
ID_PATTERN = re.compile(r"^[a-z0-9_-]+$")


# The converters return at once a value that is already right (a member, a tuple of
# text): loading 10,000 phases builds them from canonical values (docs/performance.md).


def _kind(value: object) -> PhaseKind:
    return value if type(value) is PhaseKind else parse_term(PhaseKind, value)


def _group(value: object) -> Group | None:
    if value is None or type(value) is Group:
        return value
    return parse_term(Group, value)


def _situation(value: object) -> Situation | None:
    if value is None or type(value) is Situation:
        return value
    return parse_term(Situation, value)


def _pedagogy(value: object) -> Pedagogy | None:
    if value is None or type(value) is Pedagogy:
        return value
    return parse_term(Pedagogy, value)


def _modality(value: object) -> Modality | None:
    return None if value is None else parse_term(Modality, value)


def _transition_kind(value: object) -> TransitionKind:
    return parse_term(TransitionKind, value)


def _list(value: Iterable[Any]) -> list[Any]:
    return list(value)


def _phases(value: Iterable[Phase]) -> list[Phase]:
    # A list that finds a phase by its id at constant cost (scenario/_indexed.py).
    return IndexedList(value)


def _path(value: Iterable[Transition] | None) -> list[Transition] | None:
    return None if value is None else list(value)


def _intentions(value: object) -> tuple[Intention, ...]:
    if value is None:
        return ()
    if (
        type(value) is tuple
        and all(type(i) is Intention for i in value)
        and (len(value) < 2 or len(set(value)) == len(value))
    ):
        return value
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Iterable):
        raise TypeError(
            _("intentions must be a word or a list of words, not {type}").format(
                type=type(value).__name__
            )
        )
    found: list[Intention] = []
    for item in value:
        intention = parse_term(Intention, item)
        if intention not in found:
            found.append(intention)
    return tuple(found)


def _texts(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(map(str, value))  # type: ignore[call-overload]


def _duration(value: object) -> int | None:
    if value is None or (type(value) is int and value >= 0):
        return value
    return parse_duration(value)


def _date(value: object) -> datetime.date | None:
    return None if value is None else parse_date(value)


def _check_week(instance: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is not None and (type(value) is not int or value < 1):
        raise DocumentError(
            f"week {value!r} is not a whole number of at least 1",
            path="week",
            hint="week 1 begins on the scenario's start date",
        )


def _check_id(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise DocumentError(
            _("phase id {id} is not made of a-z, 0-9, '_' and '-' only").format(id=quote(value)),
            path="id",
            hint=_id_hint(value),
        )


def _id_hint(value: object) -> str:
    fixed = slug(str(value))
    if fixed:
        return _("write it as {id}").format(id=quote(fixed))
    return _("use lower-case letters, digits, '_' or '-'")


@attrs.frozen
class Phase:
    """One phase of the course: a node of the learning path.

    Args:
        id: unique in the scenario, made of ``[a-z0-9_-]``.
        kind: découverte, apprentissage, réalisation or évaluation (the ``phase``
            key of documents).
        title: what the learner sees of it.
        group, situation, pedagogy: the tags of the CMVRH grid; ``None`` while
            the scenario is a draft.
        intentions: one or more intentions (a single word is accepted).
        duration: minutes; ``"20min"``, ``"1h30"`` and ``"PT1H30M"`` are read too.
        module: an optional grouping of phases (séquence, module).
        activities, resources: free text.
        lms: the activity's identifier on the learning platform (a Moodle
            course-module id, an xAPI activity IRI, an Open edX block id) or
            its exact name there, to match learner data to the phase
            (``scenario overlay``); without it, titles are matched.
        date: the day the phase takes place (a ``datetime.date``, or
            ``"2025-03-10"``, ``"10/03/2025"``), for the calendar of sessions.
        week: or the course's week it takes place in (1 is the week of the
            scenario's ``start``).
        optional: a detour that only some learners take (``optional: true``
            in a document): it is left out of the main path every learner
            follows (:mod:`scenario.learning_path.detours`).
        notes: the designer's notes on the phase (free text, several lines
            allowed): what a mind-map tool's note or details hold.

    >>> Phase("atelier", "practice", group="small group").group.value
    'petit groupe'
    """

    id: str = attrs.field(validator=_check_id)
    kind: PhaseKind = attrs.field(converter=_kind)
    title: str | None = None
    group: Group | None = attrs.field(default=None, converter=_group)
    situation: Situation | None = attrs.field(default=None, converter=_situation)
    pedagogy: Pedagogy | None = attrs.field(default=None, converter=_pedagogy)
    intentions: tuple[Intention, ...] = attrs.field(default=(), converter=_intentions)
    duration: int | None = attrs.field(default=None, converter=_duration)
    module: str | None = None
    activities: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    resources: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    lms: str | None = None
    date: datetime.date | None = attrs.field(default=None, converter=_date)
    week: int | None = attrs.field(default=None, validator=_check_week)
    optional: bool = False
    notes: str | None = None

    @property
    def synchronous(self) -> bool | None:
        """True when the trainer is there at the time (présentiel, distanciel synchrone).

        None when the situation is not given.
        """
        return None if self.situation is None else self.situation.synchronous

    @property
    def assesses(self) -> bool:
        """True for an évaluation phase or a phase with the intention évaluer."""
        return self.kind is PhaseKind.EVALUATION or Intention.EVALUER in self.intentions

    @property
    def missing_tags(self) -> tuple[str, ...]:
        """The tags of the grid still to be given: group, situation, pedagogy, intention."""
        missing = [
            name for name in ("group", "situation", "pedagogy") if getattr(self, name) is None
        ]
        if not self.intentions:
            missing.append("intention")
        return tuple(missing)


@attrs.frozen
class Transition:
    """A step of the path from one phase to the next.

    ``kind`` is ``sequence`` for the main path, ``remediation`` for a loop
    back that only the learners who need it take.
    """

    source: str
    target: str
    kind: TransitionKind = attrs.field(default=TransitionKind.SEQUENCE, converter=_transition_kind)


@attrs.frozen
class Waiver:
    """A rule knowingly set aside, on one phase or on the whole scenario, with a reason."""

    rule: str
    phase: str | None = None
    reason: str | None = None


@attrs.frozen
class Audience:
    """Who the course is for: how many learners, and a description."""

    size: int | None = None
    description: str | None = None


def _audience(value: object) -> Audience | None:
    if value is None or isinstance(value, Audience):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Audience(size=value)
    if isinstance(value, dict):
        return Audience(**value)
    raise TypeError(
        _("audience must be an Audience, a dict or a size, not {type}").format(
            type=type(value).__name__
        )
    )
