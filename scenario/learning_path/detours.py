"""Detour phases and the main path: what every learner follows, and what only some take.

The terms of the concepts page (docs/concepts.md), given one meaning here for the rules, the routes and
the renderers:

- a **detour phase** is one that only some learners take: a phase marked
  ``optional: true``; a phase that has at least one incoming transition and
  all of them remediation (a support phase that learners who failed a check
  are sent to); or a phase reached only from such phases. An optional phase
  does not make the phases after it detours: the learners who skip it reach
  them all the same (see the main path below).
- the **main path** is the graph of sequence transitions without the detour
  phases, where an optional phase in series (``a -> o -> b``) is bypassed:
  its predecessors are linked to its successors (``a -> b``). It is what
  every learner follows.
- an **entry phase** is a phase of the main path with no incoming link on
  it, an **exit phase** one with no outgoing link: remediation transitions
  never count. A phase that an explicit ``path`` leaves out is both.

Whether a phase is reached only by remediation is the least fixed point of
"at least one incoming transition, each a remediation or coming from such a
phase": a loop of sequence transitions that nothing leads into is never a
detour (``structure.cycle`` and ``structure.unreachable`` report it). The
phase where the course starts is never a detour, even when a remediation
leads back to it: a phase whose only ways in are remediation transitions
is a detour when the rest of the course leads to it; when nothing else
does (every phase of the course has some way in), the first such phase in
the document is where the course starts.

:func:`detours` computes all of it at once, in time linear in the size of
the path (plus the links it adds over optional phases).

>>> from scenario.model import Scenario
>>> s = Scenario("Démo")
>>> for pid, kind in [("intro", "découverte"), ("cours", "apprentissage"),
...                   ("quiz", "évaluation"), ("soutien", "apprentissage")]:
...     _ = s.add_phase(pid, kind)
>>> _ = s.add_phase("bonus", "réalisation", optional=True)
>>> for a, b in [("intro", "cours"), ("cours", "quiz"), ("soutien", "quiz"), ("quiz", "bonus")]:
...     _ = s.connect(a, b)
>>> _ = s.connect("quiz", "soutien", "remediation")
>>> d = detours(s)
>>> d.phases, d.kinds
(('soutien', 'bonus'), {'soutien': 'remediation', 'bonus': 'optional'})
>>> d.entries, d.exits, d.sources["soutien"], d.returns["soutien"]
(('intro',), ('quiz',), ('quiz',), ('quiz',))
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from scenario.i18n import pgettext
from scenario.learning_path.graph import split_transitions

if TYPE_CHECKING:
    import networkx

    from scenario.model import Scenario

__all__ = ["OPTIONAL", "REMEDIATION", "Detours", "detours", "kind_label"]

#: The kind of a detour that learners are sent to by a remediation transition.
REMEDIATION = "remediation"
#: The kind of a detour marked ``optional: true`` (and not reached by remediation alone).
OPTIONAL = "optional"

Pair = tuple[str, str]


def kind_label(kind: str) -> str:
    """The kind of a detour as a reader reads it, in the current language:
    « remédiation » or « facultatif » (``remediation``, ``optional``)."""
    if kind == REMEDIATION:
        return pgettext("detour", "remediation")
    return pgettext("detour", "optional")


@attrs.frozen
class Detours:
    """The detour phases of a scenario and its main path, computed once.

    Attributes:
        phases: the detour phase ids, in document order.
        kinds: for each detour phase, :data:`REMEDIATION` when learners get
            there only through remediation transitions (directly or from
            another such phase), :data:`OPTIONAL` otherwise (``optional: true``).
        main: the main path as a networkx ``DiGraph``: every other phase as a
            node, in document order, the sequence transitions between them,
            and the links over optional phases in series (edge attribute
            ``over``: the optional phases skipped, for those links only).
        entries: the phases of the main path with no incoming link, in document order.
        exits: the phases of the main path with no outgoing link, in document order.
        sources: for each detour phase, the phases whose transitions (of any
            kind) lead to it, in document order: where the detour branches off.
        returns: for each detour phase, the phases of the main path it leads
            back to (by a transition of any kind), in document order; empty
            when it leads nowhere or only to other detour phases.
        bypasses: the links the main path adds over optional phases, ``(a, b)``.
    """

    phases: tuple[str, ...]
    kinds: dict[str, str]
    main: networkx.DiGraph = attrs.field(eq=False, repr=False)
    entries: tuple[str, ...]
    exits: tuple[str, ...]
    sources: dict[str, tuple[str, ...]]
    returns: dict[str, tuple[str, ...]]
    bypasses: tuple[Pair, ...]

    def __contains__(self, phase: object) -> bool:
        """True when ``phase`` (an id) is a detour phase."""
        return phase in self.kinds

    def is_main(self, phase: str) -> bool:
        """True when the phase ``phase`` (an id) is on the main path."""
        return phase in self.main

    @property
    def remediation(self) -> tuple[str, ...]:
        """The detour phases reached only through remediation, in document order."""
        return tuple(pid for pid in self.phases if self.kinds[pid] == REMEDIATION)

    @property
    def optional(self) -> tuple[str, ...]:
        """The optional detour phases (not reached by remediation alone), in document order."""
        return tuple(pid for pid in self.phases if self.kinds[pid] == OPTIONAL)


def detours(
    scenario: Scenario,
    transitions: tuple[list[Pair], list[Pair]] | None = None,
    sequence_graph: networkx.DiGraph | None = None,
) -> Detours:
    """The detour phases of ``scenario`` and its main path (see the module's docstring).

    Args:
        scenario: the scenario.
        transitions: its :func:`~scenario.learning_path.split_transitions`,
            when the caller has them already.
        sequence_graph: its :func:`~scenario.learning_path.main_path` (every
            phase, the sequence transitions), when the caller has it already:
            without detour phases it is the main path, and is used as it is
            (not copied, so not to be changed).
    """
    import networkx as nx

    sequence, remediation = split_transitions(scenario) if transitions is None else transitions
    ids = [phase.id for phase in scenario.phases]
    position = {pid: index for index, pid in enumerate(ids)}
    optional = {phase.id for phase in scenario.phases if phase.optional}
    succ: dict[str, list[str]] = {pid: [] for pid in ids}
    incoming: dict[str, list[str]] = {pid: [] for pid in ids}
    outgoing: dict[str, list[str]] = {pid: [] for pid in ids}
    waiting = dict.fromkeys(ids, 0)  # incoming sequence transitions not from a sent-only phase
    for a, b in sequence:
        succ[a].append(b)
        waiting[b] += 1
    for a, b in (*sequence, *remediation):
        incoming[b].append(a)
        outgoing[a].append(b)
    sent = _sent_only(ids, incoming, succ, waiting, outgoing)
    kinds = {
        pid: REMEDIATION if pid in sent else OPTIONAL
        for pid in ids
        if pid in sent or pid in optional
    }
    if not kinds and sequence_graph is not None:
        main = sequence_graph
    else:
        main = nx.DiGraph()
        main.add_nodes_from(pid for pid in ids if pid not in kinds)
        main.add_edges_from((a, b) for a, b in sequence if a in main and b in main)
    bypasses = _bypass(main, sequence, succ, kinds)

    def ordered(items: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(set(items), key=position.__getitem__))

    phases = ordered(kinds)
    return Detours(
        phases=phases,
        kinds={pid: kinds[pid] for pid in phases},
        main=main,
        entries=tuple(pid for pid in main if main.in_degree(pid) == 0),
        exits=tuple(pid for pid in main if main.out_degree(pid) == 0),
        sources={pid: ordered(incoming[pid]) for pid in phases},
        returns={pid: ordered(b for b in outgoing[pid] if b in main) for pid in phases},
        bypasses=bypasses,
    )


def _sent_only(
    ids: list[str],
    incoming: dict[str, list[str]],
    succ: dict[str, list[str]],
    waiting: dict[str, int],
    outgoing: dict[str, list[str]],
) -> set[str]:
    """The phases reached only by remediation: each incoming transition is one, or comes
    from such a phase (the least fixed point, by counting down each phase's other ways in).

    A phase whose only ways in are remediation transitions is where the course
    starts, not a detour, when the rest of the course does not lead to it
    (a remediation back to the first phase): see :func:`_starts`.
    """
    candidates = [pid for pid in ids if incoming[pid] and waiting[pid] == 0]
    starts = _starts(ids, incoming, outgoing, candidates)
    sent: set[str] = set()
    ready = [pid for pid in candidates if pid not in starts]
    while ready:
        pid = ready.pop()
        if pid in sent:
            continue
        sent.add(pid)
        for nxt in succ[pid]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0 and nxt not in starts:
                ready.append(nxt)
    return sent


def _starts(
    ids: list[str],
    incoming: dict[str, list[str]],
    outgoing: dict[str, list[str]],
    candidates: list[str],
) -> set[str]:
    """The phases reached only by remediation that are where the course starts.

    Walk every transition from the phases nothing leads into; a candidate
    the walk does not reach is a start (the first of them in document
    order), and the walk goes on from it, until every candidate is reached
    or a start. Each phase is walked once.
    """
    if not candidates:
        return set()
    seen: set[str] = set()

    def walk(origin: str) -> None:
        seen.add(origin)
        stack = [origin]
        while stack:
            for nxt in outgoing[stack.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)

    for pid in ids:
        if not incoming[pid] and pid not in seen:
            walk(pid)
    starts: set[str] = set()
    for pid in candidates:
        if pid not in seen:
            starts.add(pid)
            walk(pid)
    return starts


def _bypass(
    main: networkx.DiGraph,
    sequence: list[Pair],
    succ: dict[str, list[str]],
    kinds: dict[str, str],
) -> tuple[Pair, ...]:
    """Link each phase of the main path over the optional phases that follow it in series.

    From a phase ``a`` of the main path, the sequence transitions through
    optional phases land on phases of the main path: ``a`` is linked to each
    of them (not to itself), the edge's ``over`` naming the phases skipped.
    A phase reached only by remediation never follows a phase of the main
    path by a sequence transition, so only optional phases are crossed.
    """
    starts = [(a, o) for a, o in sequence if a in main and o in kinds]
    if not starts:
        return ()
    landings = _landings(main, succ, kinds)
    added: list[Pair] = []
    for a, o in starts:
        for b, over in landings[o].items():
            if b != a and not main.has_edge(a, b):
                main.add_edge(a, b, over=over)
                added.append((a, b))
    return tuple(added)


def _landings(
    main: networkx.DiGraph, succ: dict[str, list[str]], kinds: dict[str, str]
) -> dict[str, dict[str, tuple[str, ...]]]:
    """For each detour phase, the main-path phases its sequence transitions land on through
    detour phases alone, each with the detour phases crossed on one way there.

    Memoised over the loops of detour phases taken as one node, so each
    detour phase and transition is walked once (through a loop, the phases
    crossed are named from the first one met).
    """
    import networkx as nx

    inner = nx.DiGraph()
    inner.add_nodes_from(kinds)
    inner.add_edges_from((a, b) for a in kinds for b in succ[a] if b in kinds)
    dag = nx.condensation(inner)
    mapping: dict[str, int] = dag.graph["mapping"]
    members: dict[int, list[str]] = {c: sorted(m) for c, m in dag.nodes(data="members")}
    found: dict[int, dict[str, tuple[str, ...]]] = {}
    for c in reversed(list(nx.topological_sort(dag))):
        here: dict[str, tuple[str, ...]] = {}
        for node in members[c]:
            for nxt in succ[node]:
                if nxt in main:
                    here.setdefault(nxt, (node,))
                elif mapping[nxt] != c:
                    for b, over in found[mapping[nxt]].items():
                        here.setdefault(b, (node, *over))
        found[c] = here
    return {pid: found[mapping[pid]] for pid in kinds}
