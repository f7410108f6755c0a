"""Where a loaded scenario comes from: the lines of its phases in its document.

:func:`scenario.load` gives the scenario it builds an :class:`Origin`, so
that each finding of the rules can carry the line of its phase
(``cours.yaml:12: ...``). The lines are found when first asked for, and
only then: a document loads at the same speed whether or not its findings
are shown. A scenario built in Python has no origin, and its findings no
line.

>>> origin = Origin("cours.yaml", lambda place: (3 + 2 * place[1], 5), ["intro", "quiz"])
>>> origin.line("quiz"), origin.line("absent")
(5, None)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["Origin"]

#: Gives the line and column of a place of the document (``["phases", 2]``), or None.
Finder = Callable[[Sequence[str | int]], "tuple[int, int] | None"]


class Origin:
    """The document a scenario was loaded from, and where its phases stand in it.

    Args:
        source: the file name (or ``"<string>"``).
        find: gives the line and column of a place of the document, or None.
        ids: the ids of the phases, in the order of the document's ``phases``.
        lines: the line of each of those phases, when the loader noted them
            (else they are found with ``find``, when first asked for).

    A copy shares the origin (it is never changed); a pickled scenario keeps
    the lines the loader noted, not the way to find others (the text is not
    pickled).
    """

    __slots__ = ("_find", "_ids", "_lines", "_positions", "source")

    def __init__(
        self,
        source: str | None,
        find: Finder | None,
        ids: Sequence[str],
        lines: Sequence[int] | None = None,
    ) -> None:
        self.source = source
        self._find = find
        self._ids = tuple(ids)
        self._lines = None if lines is None or len(lines) != len(self._ids) else tuple(lines)
        self._positions: dict[str, int] | None = None

    def line(self, phase: str) -> int | None:
        """The 1-based line where the phase ``phase`` (an id) starts in the document, if known."""
        if self._find is None and self._lines is None:
            return None
        if self._positions is None:
            positions: dict[str, int] = {}
            for index, ident in enumerate(self._ids):
                positions.setdefault(ident, index)
            self._positions = positions
        position = self._positions.get(phase)
        if position is None:
            return None
        if self._lines is not None:
            return self._lines[position]
        found = None if self._find is None else self._find(["phases", position])
        return None if found is None else found[0]

    def __copy__(self) -> Origin:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Origin:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Origin, (self.source, None, self._ids, self._lines))

    def __repr__(self) -> str:
        return f"Origin({self.source!r})"
