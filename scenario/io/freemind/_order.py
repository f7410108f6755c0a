"""The orders of a map: the phases as a reader meets them, and what the map cannot show.

A map shows the phases in reading order (:func:`reading_order`: the main
path, each detour right after the phase that sends learners there). An
explicit ``path`` travels in each phase's ``phase suivante`` and
``remédiation`` attributes, in the path's order (:func:`written_transitions`);
read back phase after phase, they give the path in the same order unless the
document listed its steps otherwise. Then, and only then, the central node
says so: ``ordre des phases`` (the document's order of the phases, by id),
``ordre du parcours`` (the path's steps, numbered as the map reads them) and
``ordre des dérogations`` (the same for the waivers). Read back, these only
sort what the map holds, so a map a designer changed is still read as it
stands: a number that no longer fits is ignored.

>>> permutation(["b", "a", "c"], ["a", "c", "b"])
[1, 2, 0]
>>> permutation(["a"], ["b"]) is None
True
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, TypeVar

from scenario.learning_path import numbering

if TYPE_CHECKING:
    from scenario.model import Phase, Scenario, Transition

T = TypeVar("T", bound=Hashable)


def reading_order(scenario: Scenario) -> list[Phase]:
    """The phases as the map shows them: the main path in order, each detour right after
    the phase that sends learners there, those sent from nowhere last."""
    numbers = numbering(scenario)
    phases = {p.id: p for p in scenario.phases}
    after: dict[str | None, list[str]] = {}
    for detour in numbers.detours:
        after.setdefault(numbers.parents[detour], []).append(detour)
    found: list[Phase] = []
    stack = [*reversed(after.pop(None, [])), *reversed(numbers.main)]
    while stack:
        pid = stack.pop()
        found.append(phases[pid])
        stack.extend(reversed(after.pop(pid, [])))
    seen = {p.id for p in found}
    # Phases numbering left out (none today) keep their place at the end.
    found += [p for p in scenario.phases if p.id not in seen]
    return found


def written_transitions(scenario: Scenario, order: Sequence[str]) -> dict[str, list[Transition]]:
    """The transitions each phase carries as attributes: those of an explicit path, by
    source, in the path's order; none when the path is the phases' order."""
    leaving: dict[str, list[Transition]] = {}
    if scenario.path is None:
        return leaving
    known = set(order)
    for transition in scenario.path:
        if transition.source in known:
            leaving.setdefault(transition.source, []).append(transition)
    return leaving


def permutation(read: Sequence[T], wanted: Sequence[T]) -> list[int] | None:
    """The positions in ``read`` of each item of ``wanted`` in turn (equal items in their
    order), or None when the two do not hold the same items."""
    if len(read) != len(wanted):
        return None
    places: dict[T, list[int]] = {}
    for index, item in enumerate(read):
        places.setdefault(item, []).append(index)
    found: list[int] = []
    for item in wanted:
        free = places.get(item)
        if not free:
            return None
        found.append(free.pop(0))
    return found


def apply_order(items: Sequence[T], numbers: str) -> list[T] | None:
    """``items`` in the order ``numbers`` gives (``"2, 1, 3"``: 1-based positions in
    ``items``; ``"0"`` for none), or None when the numbers do not fit them."""
    try:
        positions = [int(part) - 1 for part in numbers.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        return None
    if positions == [-1]:
        positions = []
    if sorted(positions) != list(range(len(items))):
        return None
    return [items[i] for i in positions]
