"""The model of a course: a :class:`Scenario` made of :class:`Phase` objects on a path.

Phases, transitions, waivers and the audience are small frozen values; the
scenario is a builder that designers fill step by step, or that
:func:`scenario.load` fills from a document. Vocabulary arguments are read
leniently (see :mod:`scenario.vocabulary`) and durations as
:func:`scenario.duration.parse_duration` does.

>>> s = Scenario(title="Tableaux croisés dynamiques", modality="spoc")
>>> s.add_phase("accroche", "discovery", "Vidéo d'accroche", group="alone",
...             situation="distanciel asynchrone", pedagogy="expositive",
...             intentions="interpeller", duration="20min").kind
<PhaseKind.DECOUVERTE: 'découverte'>
>>> _ = s.add_phase("quiz", "évaluation", "Quiz final", duration="PT15M")
>>> [(t.source, t.target) for t in s.transitions]
[('accroche', 'quiz')]
>>> s.total_duration
35
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from scenario._deferred import deferred
from scenario._indexed import IndexedList
from scenario._text import closest, did_you_mean, quote, slug
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
    from pathlib import Path

    import graphviz
    import networkx

    from scenario.analysis.diff import Diff
    from scenario.analysis.requirements import Requirements
    from scenario.analysis.stats import Stats
    from scenario.report import Report

__all__ = ["FORMAT_VERSION", "Audience", "Phase", "Scenario", "Transition", "Waiver"]

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


@attrs.define(eq=True)
class Scenario:
    """A course: its phases on a learning path, tagged with the CMVRH grid.

    Build it in code, or load it with :func:`scenario.load`. Without an
    explicit path (``connect``), the phases follow the order they were added.

    Args:
        title: the course's title.
        modality: présentiel, pédagogie inversée, spoc, mooc, cooc, sooc or
            blended (English aliases accepted).
        audience: an :class:`Audience`, a dict ``{"size": ..., "description": ...}``
            or a size.
        objectives: the learning objectives.
        phases: the phases, in document order.
        path: explicit transitions, or ``None`` to follow the order of ``phases``.
        waivers: rules knowingly set aside.
        version: the format version (only 1 exists).
        start: the day the course begins (a ``datetime.date`` or ``"2025-03-10"``):
            week 1 of the phases' ``week`` begins on it.

    >>> s = Scenario("Onboarding", modality="hybrid", audience=12)
    >>> s.modality, s.audience.size
    (<Modality.BLENDED: 'blended'>, 12)
    """

    title: str
    modality: Modality | None = attrs.field(default=None, converter=_modality)
    audience: Audience | None = attrs.field(default=None, converter=_audience)
    objectives: list[str] = attrs.field(factory=list, converter=_list)
    phases: list[Phase] = attrs.field(factory=list, converter=_phases)
    path: list[Transition] | None = attrs.field(default=None, converter=_path)
    waivers: list[Waiver] = attrs.field(factory=list, converter=_list)
    version: int = FORMAT_VERSION
    start: datetime.date | None = attrs.field(default=None, converter=_date)

    # -- building -----------------------------------------------------------------

    def add_phase(
        self,
        id: str,
        kind: PhaseKind | str,
        title: str | None = None,
        *,
        group: Group | str | None = None,
        situation: Situation | str | None = None,
        pedagogy: Pedagogy | str | None = None,
        intentions: Intention | str | Iterable[Intention | str] | None = None,
        duration: int | str | None = None,
        module: str | None = None,
        activities: Iterable[str] | None = None,
        resources: Iterable[str] | None = None,
        lms: str | None = None,
        date: datetime.date | str | None = None,
        week: int | None = None,
        optional: bool = False,
    ) -> Phase:
        """Add a phase at the end of the scenario and return it.

        Raises:
            DocumentError: the id is taken or malformed.
            VocabularyError: a tag is not a word of the grid.
        """
        if self._position(id) is not None:
            raise DocumentError(
                _("a phase with id {id} already exists").format(id=quote(id)),
                path=f"phases[{len(self.phases)}].id",
                hint=_("give each phase its own id"),
            )
        phase = Phase(
            id,
            kind,
            title,
            group=group,
            situation=situation,
            pedagogy=pedagogy,
            intentions=intentions,
            duration=duration,
            module=module,
            activities=activities,
            resources=resources,
            lms=lms,
            date=date,
            week=week,
            optional=optional,
        )
        self.phases.append(phase)
        return phase

    def update_phase(self, id: str, /, **changes: Any) -> Phase:
        """Replace some fields of a phase (phases are values) and return the new phase.

        >>> s = Scenario("Demo")
        >>> _ = s.add_phase("a", "découverte")
        >>> s.update_phase("a", group="seul").group.value
        'seul'
        """
        index = self._index(id)
        if "id" in changes and changes["id"] != id:
            raise DocumentError(
                _("update_phase cannot change a phase's id"), path=f"phases[{index}].id"
            )
        phase = attrs.evolve(self.phases[index], **changes)
        self.phases[index] = phase
        return phase

    def remove_phase(self, id: str) -> None:
        """Remove a phase and the transitions and waivers that name it."""
        del self.phases[self._index(id)]
        if self.path is not None:
            self.path = [t for t in self.path if id not in (t.source, t.target)]
        self.waivers = [w for w in self.waivers if w.phase != id]

    def connect(
        self, source: str, target: str, kind: TransitionKind | str = TransitionKind.SEQUENCE
    ) -> Transition:
        """Add a transition to the path and return it.

        The first call makes the path explicit: from then on only the
        transitions given with ``connect`` make the path.
        """
        for end in (source, target):
            self._index(end)
        transition = Transition(source, target, kind)
        if self.path is None:
            self.path = []
        self.path.append(transition)
        return transition

    def waive(self, rule: str, phase: str | None = None, reason: str | None = None) -> Waiver:
        """Set a rule knowingly aside (on one phase, or everywhere) and say why."""
        waiver = Waiver(rule, phase, reason)
        self.waivers.append(waiver)
        return waiver

    # -- reading ------------------------------------------------------------------

    def find_phase(self, id: str) -> Phase | None:
        """The phase with this id, or None."""
        index = self._position(id)
        return None if index is None else self.phases[index]

    def phase(self, id: str) -> Phase:
        """The phase with this id.

        Raises:
            KeyError: no such phase (with the closest ids in the message).
        """
        found = self.find_phase(id)
        if found is None:
            raise KeyError(self._unknown(id))
        return found

    def __iter__(self) -> Iterator[Phase]:
        return iter(self.phases)

    def __len__(self) -> int:
        return len(self.phases)

    @property
    def transitions(self) -> tuple[Transition, ...]:
        """The path: the explicit transitions, or each phase to the next in order."""
        if self.path is not None:
            return tuple(self.path)
        return tuple(Transition(a.id, b.id) for a, b in zip(self.phases, self.phases[1:]))

    @property
    def total_duration(self) -> int:
        """The sum of the phases' durations, in minutes (phases without one count 0)."""
        return sum(p.duration or 0 for p in self.phases)

    @property
    def graph(self) -> networkx.DiGraph:
        """The path as a networkx ``DiGraph`` (see :func:`scenario.learning_path.build_graph`)."""
        graph: networkx.DiGraph = deferred("scenario.learning_path:build_graph")(self)
        return graph

    # -- what the upper layers offer, found when called (scenario/_deferred.py) -----------

    def dumps(self, format: str = "yaml") -> str:
        """The scenario as a canonical YAML or JSON document (see :func:`scenario.dumps`)."""
        text: str = deferred("scenario.io:dumps")(self, format=format)
        return text

    def dump(self, path: str | Path, format: str | None = None) -> None:
        """Write the scenario to a file, atomically (see :func:`scenario.dump`)."""
        deferred("scenario.io:dump")(self, path, format=format)

    def validate(self, **options: Any) -> Report:
        """Check the scenario against the coherence rules (see :func:`scenario.validate`)."""
        report: Report = deferred("scenario.rules:validate")(self, **options)
        return report

    def mindmap(self, **options: Any) -> graphviz.Digraph:
        """The scenario as a mind map (see :func:`scenario.render.mindmap.mindmap`)."""
        return deferred("scenario.render.mindmap:mindmap")(self, **options)

    def path_diagram(self, **options: Any) -> graphviz.Digraph:
        """The learning path as a flow diagram (see :func:`scenario.render.path.path_diagram`)."""
        return deferred("scenario.render.path:path_diagram")(self, **options)

    def stats(self) -> Stats:
        """The time balance of the scenario (see :func:`scenario.analysis.stats.stats`)."""
        found: Stats = deferred("scenario.analysis.stats:stats")(self)
        return found

    def requirements(self, **options: Any) -> Requirements:
        """What the scenario takes (see :func:`scenario.analysis.requirements.requirements`)."""
        make = deferred("scenario.analysis.requirements:requirements")
        found: Requirements = make(self, **options)
        return found

    def synopsis(self, view: str = "learner", **options: Any) -> str:
        """A readable document of the scenario (see :func:`scenario.render.synopsis.synopsis`)."""
        text: str = deferred("scenario.render.synopsis:synopsis")(self, view=view, **options)
        return text

    def diff(self, other: Scenario, **options: Any) -> Diff:
        """What changed from this scenario to ``other`` (see :func:`scenario.analysis.diff.diff`)."""
        found: Diff = deferred("scenario.analysis.diff:diff")(self, other, **options)
        return found

    def to_table(self, path: str | Path) -> None:
        """Write the scenarisation table as CSV or XLSX (see :mod:`scenario.io.table`)."""
        deferred("scenario.io.table:to_table")(self, path)

    # -- helpers ------------------------------------------------------------------

    def _position(self, id: str) -> int | None:
        """Where the phase with this id is in ``phases`` (the first one), or None."""
        phases = self.phases
        if isinstance(phases, IndexedList):
            return phases.position(id)
        # ``phases`` set around the converter (object.__setattr__): look the slow way.
        return next((i for i, phase in enumerate(phases) if phase.id == id), None)

    def _index(self, id: str) -> int:
        index = self._position(id)
        if index is None:
            raise DocumentError(self._unknown(id), path="path", hint=self._closest_id_hint(id))
        return index

    def _unknown(self, id: str) -> str:
        return _("no phase with id {id}").format(id=quote(id))

    def _closest_id_hint(self, id: str) -> str | None:
        return did_you_mean(closest(id, [p.id for p in self.phases]))
