"""The course: :class:`Scenario`, the builder designers fill phase by phase
(see :mod:`scenario.model`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from scenario._deferred import deferred
from scenario._indexed import IndexedList
from scenario._text import closest, did_you_mean, quote
from scenario.errors import DocumentError, RenderError
from scenario.i18n import _, ngettext
from scenario.model.origin import Origin
from scenario.model.values import (
    FORMAT_VERSION,
    Audience,
    Phase,
    Transition,
    Waiver,
    _audience,
    _date,
    _list,
    _modality,
    _path,
    _phases,
)
from scenario.vocabulary import (
    Group,
    Intention,
    Modality,
    Pedagogy,
    PhaseKind,
    Situation,
    TransitionKind,
)

if TYPE_CHECKING:
    import datetime
    from pathlib import Path

    import graphviz
    import networkx

    from scenario.analysis.diff import Diff
    from scenario.analysis.requirements import Requirements
    from scenario.analysis.stats import Stats
    from scenario.render.html_map import InteractiveMap
    from scenario.report import Report

__all__ = ["Scenario"]


@attrs.define(eq=True)
class Scenario:
    """A course: its phases on a learning path, tagged with the CMVRH grid.

    Build it in code, or load it with :func:`scenario.load`. Without an
    explicit path (``connect``), the phases follow the order they were added.
    In Jupyter, a scenario shows itself as its mind map.

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
        notes: the designer's notes on the course (free text, several lines allowed).
        origin: the document it was loaded from, and the lines of its phases
            there (:class:`~scenario.model.origin.Origin`); None for a scenario
            built in Python. It plays no part in comparing scenarios.

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
    notes: str | None = None
    origin: Origin | None = attrs.field(default=None, eq=False, repr=False, kw_only=True)

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
        notes: str | None = None,
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
            notes=notes,
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

    def _repr_mimebundle_(
        self, include: Any = None, exclude: Any = None, **_ignored: Any
    ) -> dict[str, Any]:
        """How Jupyter shows a scenario: as its mind map (drawn by Graphviz under the time
        limit of :mod:`scenario.render._graphviz`, in the format of
        ``graphviz.set_jupyter_format()``), with one line of text beside it; as that line
        and why, when Graphviz is missing, fails or takes too long."""
        count = len(self.phases)
        text = ngettext("{title}: {count} phase", "{title}: {count} phases", count).format(
            title=self.title, count=count
        )
        try:
            bundle: dict[str, Any] = self.mindmap()._repr_mimebundle_(include, exclude)
        except RenderError as error:
            return {"text/plain": f"{text}\n{error}"}
        bundle["text/plain"] = text
        return bundle

    def mindmap(self, **options: Any) -> graphviz.Digraph:
        """The scenario as a mind map (see :func:`scenario.render.mindmap.mindmap`)."""
        return deferred("scenario.render.mindmap:mindmap")(self, **options)

    def path_diagram(self, **options: Any) -> graphviz.Digraph:
        """The learning path as a flow diagram (see :func:`scenario.render.path.path_diagram`)."""
        return deferred("scenario.render.path:path_diagram")(self, **options)

    def interactive_map(self, **options: Any) -> InteractiveMap:
        """An interactive HTML map (see :func:`scenario.render.html_map.interactive_map`)."""
        return deferred("scenario.render.html_map:interactive_map")(self, **options)  # type: ignore[no-any-return]

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

    def to_table(
        self, path: str | Path, *, lang: str | None = None, headers: str | None = None
    ) -> None:
        """Write the scenarisation table as CSV or XLSX, its headers in ``lang``
        (``headers=`` is the same; see :func:`scenario.io.table.to_table`)."""
        deferred("scenario.io.table:to_table")(self, path, lang=lang, headers=headers)

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
