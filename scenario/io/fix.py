"""Fixing a scenario document in place: what a fix is, and applying fixes.

``scenario fix`` works on the document's text, not on the model, so that
only the fixed lines change (see :mod:`scenario.io._located`). A
:class:`Fix` says which finding or rule it answers, where, what it does,
whether it is *safe* (mechanical: it cannot change the design) and the
:class:`~scenario.io._located.Edit` values that make it; a fix without edits
is a suggestion to act on by hand. :func:`apply` makes the fixes whose edits
do not overlap; :func:`unified_diff` shows the result.

The fixes of the document's *form* are found by
:func:`scenario.io.form_fixes.form_fixes`; those that answer the coherence
rules' findings are planned above the rules (:mod:`scenario.analysis.fixes`).
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Iterable
from typing import Any

import attrs

from scenario.io._located import Edit, Located

__all__ = ["Edit", "Fix", "Located", "apply", "unified_diff"]


@attrs.frozen
class Fix:
    """One fix of a document, or a suggestion when it has no edits.

    Attributes:
        rule: the finding's rule it answers (``phase.evaluation-without-assess``)
            or the form it restores (``format.alias``...).
        message: what it does, in the reader's language.
        place: where, as ``phases[2].situation`` (``""`` for the document).
        line: the 1-based line in the document, when known.
        phase: the id of the phase it concerns, if any.
        safe: True when mechanical; False when it changes the design (applied
            only when asked, as ``--unsafe-fixes``).
        edits: the changes to the text; none for a suggestion.
    """

    rule: str
    message: str
    place: str = ""
    line: int | None = None
    phase: str | None = None
    safe: bool = True
    edits: tuple[Edit, ...] = ()

    @property
    def suggestion(self) -> bool:
        """True when the fix is only advice (no edit to make)."""
        return not self.edits

    def to_dict(self) -> dict[str, Any]:
        """Plain data (without the edits)."""
        return {
            "rule": self.rule,
            "message": self.message,
            "place": self.place,
            "line": self.line,
            "phase": self.phase,
            "safe": self.safe,
            "suggestion": self.suggestion,
        }


def apply(text: str, fixes: Iterable[Fix]) -> tuple[str, list[Fix]]:
    """Make the fixes whose edits overlap no fix made before them; return the new text
    and the fixes made (the others are for another round)."""
    made: list[Fix] = []
    taken: list[Edit] = []  # the edits made, sorted by start
    for fix in fixes:
        if not fix.edits or any(_clashes(e, taken) for e in fix.edits):
            continue
        if all(text[e.start : e.end] == e.text for e in fix.edits):
            continue  # changes nothing
        made.append(fix)
        for edit in fix.edits:
            bisect.insort(taken, edit, key=lambda e: (e.start, e.end))
    for edit in reversed(taken):
        text = edit.apply_to(text)
    return text, made


def _clashes(edit: Edit, taken: list[Edit]) -> bool:
    """True when ``edit`` overlaps one of ``taken`` (sorted by start): only the
    neighbours of its place can."""
    at = bisect.bisect_left(taken, (edit.start, edit.end), key=lambda e: (e.start, e.end))
    return any(edit.overlaps(other) for other in taken[max(at - 1, 0) : at + 1])


def unified_diff(old: str, new: str, name: str) -> str:
    """The change from ``old`` to ``new`` as a unified diff of ``a/name`` and ``b/name``."""
    lines = []
    a, b = (name, name) if name.startswith("/") else (f"a/{name}", f"b/{name}")
    for line in difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), a, b
    ):
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        lines.append(line)
    return "".join(lines)
