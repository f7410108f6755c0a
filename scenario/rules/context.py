"""What every check function reads: the scenario and its path, computed once per validation.

:class:`Context` builds the path graph once (:func:`scenario.learning_path.build_graph`)
and the things several rules need (the sequence transitions without
remediation loops, the detour phases and the main path that every learner
follows, its entry and exit phases, a topological order, the loops), each on
first use and in time linear in the size of the scenario.
:meth:`Context.any_before` and :meth:`Context.any_after` answer "is there a
phase like this before (after) each phase on the main path?" for every phase
at once, by propagation along the path rather than by walking the ancestors
of each phase. :meth:`Context.name` is how every message names a phase: by
its number on the path (the numbers of the maps, detours such as ``3a``
included), its title and its id, « 3 « Atelier » (atelier) ».
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from scenario._text import MAX_NAMED
from scenario.i18n import _, check_lang, current_language, ngettext
from scenario.learning_path import build_graph, detours, main_path, split_transitions
from scenario.learning_path.graph import topological_by_position
from scenario.learning_path.numbering import numbering

if TYPE_CHECKING:
    import networkx

    from scenario.learning_path import Detours
    from scenario.model import Phase, Scenario, Waiver

__all__ = ["Context", "phase_name"]

#: A title longer than this is cut in a message.
TITLE_LIMIT = 40


def phase_name(phase: Phase, number: str | None = None) -> str:
    """How a message names a phase after the word "phase": its number on the path, its
    title and its id (the number or the title left out when there is none).

    >>> from scenario.model import Phase
    >>> from scenario.i18n import use_language
    >>> with use_language("fr"):
    ...     phase_name(Phase("atelier", "réalisation", "Atelier"), "3")
    '3 « Atelier » (atelier)'
    >>> with use_language("en"):
    ...     phase_name(Phase("soutien", "apprentissage"), "3a"), phase_name(Phase("a", "découverte"))
    ('3a (soutien)', 'a')
    """
    title = " ".join((phase.title or "").split())
    if len(title) > TITLE_LIMIT:
        title = title[: TITLE_LIMIT - 1].rstrip() + "…"
    if number is None:
        if title:
            return _("“{title}” ({id})").format(title=title, id=phase.id)
        return phase.id
    if title:
        return _("{number} “{title}” ({id})").format(number=number, title=title, id=phase.id)
    return _("{number} ({id})").format(number=number, id=phase.id)


class Context:
    """The scenario under validation, with its path graph and shared computations.

    Attributes:
        scenario: the scenario checked.
        lang: the language of the messages (``"fr"`` or ``"en"``). The checks run
            inside :func:`scenario.i18n.use_language` of it, so a message built
            with ``_()`` is in this language already; a rule from another
            package that writes its own messages in both languages picks one
            with it.
        phases: its phases in document order.
        by_id: each phase by its id.
        unused_waivers: the waivers that matched no finding; set before the
            late rules (``waiver.unused``) run, empty before.

    Terms (:mod:`scenario.learning_path.detours`): a *detour
    phase* is one that only some learners take (``optional: true``, or
    reached only by remediation); the *main path* is the graph of sequence
    transitions without the detour phases, an optional phase in series
    bypassed; *entry* and *exit* phases are those of the main path. *Before
    X on the main path* means an ancestor of X in the main path, X itself
    excluded even when X lies on a loop.
    """

    def __init__(
        self,
        scenario: Scenario,
        *,
        lang: str | None = None,
        thresholds: Mapping[str, float] | None = None,
    ) -> None:
        self.scenario = scenario
        self.lang = current_language() if lang is None else check_lang(lang)
        self.phases: list[Phase] = list(scenario.phases)
        self.by_id: dict[str, Phase] = {phase.id: phase for phase in self.phases}
        self.unused_waivers: list[Waiver] = []
        self._thresholds = dict(thresholds or {})

    # -- naming phases in messages ---------------------------------------------------------

    @cached_property
    def numbers(self) -> dict[str, str]:
        """Each phase's number as the maps show it: ``"3"``, or ``"3a"`` for a detour
        (:func:`scenario.learning_path.numbering`)."""
        return numbering(self.scenario, self.detours).labels

    def name(self, phase: str) -> str:
        """The phase ``phase`` (an id) as a message names it after the word "phase": its
        number, title and id (:func:`phase_name`); an unknown id as it is, quoted."""
        found = self.by_id.get(phase)
        if found is None:
            return repr(phase)
        return phase_name(found, self.numbers.get(phase))

    def names(self, phases: Iterable[str]) -> str:
        """Several phases named (:meth:`name`), the first few only and the rest counted."""
        listed = list(phases)
        shown = ", ".join(self.name(pid) for pid in listed[:MAX_NAMED])
        rest = len(listed) - MAX_NAMED
        if rest > 0:
            shown = ngettext("{names} and {count} more", "{names} and {count} more", rest).format(
                names=shown, count=rest
            )
        return shown

    def threshold(self, rule_id: str, default: float | None = None) -> float:
        """The threshold of a rule: the one given to ``validate``, else the rule's default.

        Raises:
            KeyError: the rule has no threshold and no ``default`` is given.
        """
        if rule_id in self._thresholds:
            return self._thresholds[rule_id]
        if default is not None:
            return default
        raise KeyError(f"the rule {rule_id!r} has no threshold")

    # -- the path --------------------------------------------------------------------

    @cached_property
    def graph(self) -> networkx.DiGraph:
        """The whole path graph with the phases' data, remediation included.

        Built on first use by :func:`scenario.learning_path.build_graph`; the
        built-in rules need only :attr:`sequence` and :attr:`remediations`,
        which are cheaper to build.
        """
        return build_graph(self.scenario)

    @cached_property
    def _transitions(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        return split_transitions(self.scenario)

    @cached_property
    def sequence(self) -> networkx.DiGraph:
        """Every phase as a node, and only the sequence transitions, detours included
        (:func:`scenario.learning_path.main_path`, a plain graph quick to walk)."""
        return main_path(self.scenario, self._transitions[0])

    @cached_property
    def detours(self) -> Detours:
        """The detour phases and the main path (:func:`scenario.learning_path.detours`)."""
        return detours(self.scenario, self._transitions, self.sequence)

    @cached_property
    def main(self) -> networkx.DiGraph:
        """The main path that every learner follows: the phases that are not detours,
        the sequence transitions between them, and links over optional phases in series."""
        return self.detours.main

    @cached_property
    def main_phases(self) -> list[Phase]:
        """The phases of the main path, in document order: what the rules about the
        course as a whole look at (a detour cannot make up for what everyone misses)."""
        main = self.main
        return [phase for phase in self.phases if phase.id in main]

    def is_detour(self, phase: str) -> bool:
        """True when the phase ``phase`` (an id) is a detour: only some learners take it."""
        return phase in self._detour_kinds

    @cached_property
    def _detour_kinds(self) -> dict[str, str]:
        return self.detours.kinds

    @cached_property
    def remediations(self) -> list[tuple[str, str]]:
        """The remediation transitions, as (from, to) pairs in path order.

        A remediation joining the same phases as a sequence transition is left
        out, as :func:`~scenario.learning_path.build_graph` does.
        """
        return self._transitions[1]

    @cached_property
    def entries(self) -> list[str]:
        """The entry phases of the main path (no incoming link on it), in document order."""
        return list(self.detours.entries)

    @cached_property
    def exits(self) -> list[str]:
        """The exit phases of the main path (no outgoing link on it), in document order."""
        return list(self.detours.exits)

    @cached_property
    def position(self) -> dict[str, int]:
        """Each phase's place in the document, from 0."""
        return {phase.id: index for index, phase in enumerate(self.phases)}

    @cached_property
    def topological_order(self) -> list[str] | None:
        """The phases in an order of the sequence transitions, or ``None`` when they loop."""
        return topological_by_position(self.sequence, self.position)

    @cached_property
    def cycles(self) -> list[list[str]]:
        """The loops of the main path: each strongly connected component of more than
        one phase, or a phase with a transition to itself; phases in document order,
        loops in the document order of their first phase."""
        import networkx as nx

        if self.topological_order is not None:
            return []
        position = self.position
        found = [
            sorted(component, key=position.__getitem__)
            for component in nx.strongly_connected_components(self.sequence)
            if len(component) > 1 or self.sequence.has_edge(*(next(iter(component)),) * 2)
        ]
        return sorted(found, key=lambda loop: position[loop[0]])

    @cached_property
    def reachable(self) -> set[str]:
        """The phases reachable from where a learner may start, along sequence transitions
        and the remediation transitions into detour phases.

        A learner may start at an entry phase, or at a detour phase that nothing
        leads into (an optional phase offered beside the start).
        """
        found = self.detours
        into: dict[str, list[str]] = {}
        for a, b in self.remediations:
            if b in found:
                into.setdefault(a, []).append(b)
        successors = self.sequence.succ
        starts = list(found.entries) + [pid for pid in found.phases if not found.sources[pid]]
        seen = set(starts)
        stack = list(starts)
        while stack:
            node = stack.pop()
            for nxt in (*successors[node], *into.get(node, ())):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return seen

    @cached_property
    def _main_order(self) -> list[str] | None:
        return topological_by_position(self.main, self.position)

    def any_before(self, predicate: Callable[[Phase], bool]) -> dict[str, bool]:
        """For each phase of the main path, whether some phase before it on the main path
        satisfies ``predicate`` (detour phases are neither keys nor counted).

        Linear in the size of the path: on a path without loops, one pass in
        topological order; with loops, the same pass over the loops taken as
        single nodes (the other phases of a phase's own loop count as before it).
        """
        return self._propagate(predicate, forward=True)

    def any_after(self, predicate: Callable[[Phase], bool]) -> dict[str, bool]:
        """For each phase of the main path, whether some phase after it on the main path
        satisfies ``predicate``."""
        return self._propagate(predicate, forward=False)

    def _propagate(self, predicate: Callable[[Phase], bool], *, forward: bool) -> dict[str, bool]:
        marks = {phase.id: bool(predicate(phase)) for phase in self.main_phases}
        order = self._main_order
        if order is not None:
            links = self.main.pred if forward else self.main.succ
            result: dict[str, bool] = {}
            for node in order if forward else reversed(order):
                result[node] = any(marks[other] or result[other] for other in links[node])
            return result
        return self._propagate_with_loops(marks, forward=forward)

    @cached_property
    def _condensation(self) -> networkx.DiGraph:
        import networkx as nx

        return nx.condensation(self.main)

    def _propagate_with_loops(self, marks: dict[str, bool], *, forward: bool) -> dict[str, bool]:
        import networkx as nx

        dag = self._condensation
        members: dict[int, set[str]] = dict(dag.nodes(data="members"))
        marked = {c: sum(marks[node] for node in nodes) for c, nodes in members.items()}
        links = dag.pred if forward else dag.succ
        order = list(nx.topological_sort(dag))
        outside: dict[int, bool] = {}
        for c in order if forward else reversed(order):
            outside[c] = any(outside[other] or marked[other] > 0 for other in links[c])
        mapping: dict[str, int] = dag.graph["mapping"]
        return {
            node: outside[mapping[node]] or marked[mapping[node]] - marks[node] > 0
            for node in marks
        }
