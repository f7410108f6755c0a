"""How the pictures and documents number the phases: the main path first, detours apart.

The phases of the main path (:attr:`Detours.main
<scenario.learning_path.detours.Detours.main>`) are numbered 1, 2, 3... in
the order a learner meets them (a topological order that breaks ties by
document order; the document order when the main path has a cycle). A
detour phase is numbered from the phase it branches off, its **anchor**:
the first phase of the main path whose transition (of any kind) leads to
it, or, for a detour reached only from other detours, the anchor of those.
The detours of one anchor take the letters a, b, c... in the order they
are met (those reached straight from the main path first): ``3a`` is the
first detour off phase 3. A detour that nothing on the main path leads to
(an optional phase before the course starts) has no anchor and is
numbered by letters alone, after the others.

>>> from scenario.model import Scenario
>>> s = Scenario("Démo")
>>> for pid in ("intro", "quiz", "fin", "soutien"):
...     _ = s.add_phase(pid, "apprentissage")
>>> for a, b in [("intro", "quiz"), ("quiz", "fin"), ("soutien", "quiz")]:
...     _ = s.connect(a, b)
>>> _ = s.connect("quiz", "soutien", "remediation")
>>> n = numbering(s)
>>> n.main, n.detours, n.anchors, n.labels["soutien"]
(('intro', 'quiz', 'fin'), ('soutien',), {'soutien': 'quiz'}, '2a')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from scenario.learning_path.detours import Detours, detours
from scenario.learning_path.graph import topological_by_position

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["Numbering", "letters", "numbering"]


@attrs.frozen
class Numbering:
    """The order and the numbers of the phases (see the module's documentation).

    Attributes:
        main: the phases of the main path, in the order a learner meets them.
        detours: the detour phases, in the order they are listed: by the number
            of their anchor, then as met; those without an anchor last.
        anchors: for each detour phase, the phase of the main path it branches
            off (None when nothing on the main path leads to it).
        parents: for each detour phase, the phase that sends learners there:
            its anchor, or the detour it is reached from (None without anchor).
        labels: each phase's number as shown: ``"3"``, or ``"3a"`` for a detour.
        found: the :class:`~scenario.learning_path.detours.Detours` it rests on.
    """

    main: tuple[str, ...]
    detours: tuple[str, ...]
    anchors: dict[str, str | None]
    parents: dict[str, str | None]
    labels: dict[str, str]
    found: Detours = attrs.field(eq=False, repr=False)

    @property
    def order(self) -> tuple[str, ...]:
        """Every phase: the main path, then the detours."""
        return self.main + self.detours


def letters(index: int) -> str:
    """The ``index``-th (from 0) detour's letters: a, b... z, aa, ab...

    >>> letters(0), letters(25), letters(26), letters(27)
    ('a', 'z', 'aa', 'ab')
    """
    word = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        word = chr(ord("a") + rest) + word
    return word


def numbering(scenario: Scenario, found: Detours | None = None) -> Numbering:
    """The order and the numbers of the phases of ``scenario`` (time linear in the path).

    Args:
        scenario: the course.
        found: its :func:`~scenario.learning_path.detours`, when the caller has them already.
    """
    found = detours(scenario) if found is None else found
    index = {phase.id: position for position, phase in enumerate(scenario.phases)}
    order = topological_by_position(found.main, index)
    main = tuple(found.main) if order is None else tuple(order)  # document order on a cycle
    following: dict[str, list[str]] = {pid: [] for pid in index}
    for transition in scenario.transitions:
        if transition.target not in following[transition.source]:
            following[transition.source].append(transition.target)
    # Straight from the main path first, in its order; then from detour to detour.
    anchors: dict[str, str | None] = {}
    parents: dict[str, str | None] = {}
    met: list[str] = []
    for pid in main:
        for nxt in following[pid]:
            if nxt in found and nxt not in anchors:
                anchors[nxt] = parents[nxt] = pid
                met.append(nxt)
    # Those that nothing leads to at all begin the detours without an anchor.
    led = {nxt for pid in found.phases for nxt in following[pid]}
    for pid in found.phases:
        if pid not in anchors and pid not in led:
            anchors[pid] = parents[pid] = None
            met.append(pid)
    position = 0
    while position < len(met):
        here = met[position]
        position += 1
        for nxt in following[here]:
            if nxt in found and nxt not in anchors:
                anchors[nxt] = anchors[here]
                parents[nxt] = here
                met.append(nxt)
    for pid in found.phases:  # in a loop of detours that nothing leads into
        if pid not in anchors:
            anchors[pid] = parents[pid] = None
            met.append(pid)
    labels = {pid: str(number) for number, pid in enumerate(main, start=1)}
    count: dict[str | None, int] = {}
    rank = {pid: number for number, pid in enumerate(main)}
    ordered = sorted(
        met,
        key=lambda pid: (anchors[pid] is None, rank.get(anchors[pid] or "", 0)),
    )
    for pid in ordered:
        anchor = anchors[pid]
        count[anchor] = count.get(anchor, 0) + 1
        labels[pid] = (labels[anchor] if anchor is not None else "") + letters(count[anchor] - 1)
    return Numbering(
        main=main,
        detours=tuple(ordered),
        anchors={pid: anchors[pid] for pid in ordered},
        parents={pid: parents[pid] for pid in ordered},
        labels=labels,
        found=found,
    )
