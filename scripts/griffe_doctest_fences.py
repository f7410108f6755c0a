"""A griffe extension for the API pages: doctests in docstrings shown as code.

Our docstrings carry doctests (``>>> ...`` and their output) in their plain
text, where Markdown would read ``[...]`` in an output as a link. This
extension puts each run of doctest lines that starts at the left margin in a
``pycon`` fence, so the API pages show them as Python sessions.
"""

from __future__ import annotations

from typing import Any

from griffe import Extension, Object


def fence_doctests(text: str) -> str:
    """Wrap every block of doctest lines (``>>>`` at the margin, to a blank line) in a fence."""
    out: list[str] = []
    in_block = False
    in_fence = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_fence = not in_fence
        if not in_fence and not in_block and line.startswith(">>>"):
            out.append("```pycon")
            in_block = True
        elif in_block and not line.strip():
            out.append("```")
            in_block = False
        out.append(line)
    if in_block:
        out.append("```")
    return "\n".join(out)


class DoctestFences(Extension):
    """Fence the doctests of every docstring griffe loads."""

    def on_object(self, *, obj: Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
