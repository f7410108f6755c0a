"""Where each value of a YAML (or JSON) text sits: the line and column of a place.

A place is a path of keys and indexes, as ``["phases", 2, "situation"]``:
what error messages name. :class:`Places` composes PyYAML's node tree of the
text (:func:`scenario.io._yaml.compose_yaml`, with the limits of loading)
when a place is first asked for, once, and finds each place by walking the
tree from the root: every node carries the line and column where it starts.

>>> Places("scenario: 1\\nphases:\\n  - id: a\\n    phase: x\\n").find(["phases", 0, "phase"])
(4, 5)
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from scenario._gc import collector_paused
from scenario.io._yaml import compose_yaml
from scenario.lexicon import canonical_key

__all__ = ["Places", "json_phase_lines", "phase_lines"]

_MERGE = "tag:yaml.org,2002:merge"


class Places:
    """Where each place of a YAML (or JSON) text is: its line and column.

    A place is a path of keys and indexes, as ``["phases", 2, "situation"]``.
    The text is composed into PyYAML's node tree when a place is first asked
    for, once; each place is then found by walking the tree from the root
    (the keys of a mapping are indexed the first time it is walked), so
    finding many places costs little more than finding one.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._root: Node | None = None
        self._composed = False
        self._keys: dict[int, dict[str, tuple[Node, Node]]] = {}

    def find(self, path: Sequence[str | int]) -> tuple[int, int] | None:
        """The 1-based line and column of ``path``: of its key, for a value in a
        mapping; of the item, in a list. For a place that does not exist (a
        required key left out), the nearest enclosing place that does;
        ``None`` when the text is empty or cannot be composed."""
        node = self._tree()
        if node is None:
            return None
        mark = node.start_mark
        for part in path:
            found = self._child(node, part)
            if found is None:
                break
            node, mark = found
        return mark.line + 1, mark.column + 1

    def line(self, path: Sequence[str | int]) -> int | None:
        """The 1-based line of ``path`` (see :meth:`find`)."""
        found = self.find(path)
        return None if found is None else found[0]

    def _tree(self) -> Node | None:
        if not self._composed:
            self._composed = True
            try:
                with collector_paused():  # a great many nodes, that all live on
                    self._root = compose_yaml(self._text)
            except yaml.YAMLError:
                self._root = None
        return self._root

    def _child(self, node: Node, part: str | int) -> tuple[Node, Any] | None:
        """The node at ``part`` under ``node``, and the mark that places it."""
        if isinstance(node, SequenceNode) and isinstance(part, int):
            if 0 <= part < len(node.value):
                child: Node = node.value[part]
                return child, child.start_mark
            return None
        if not isinstance(node, MappingNode) or not isinstance(part, str):
            return None
        keys = self._keys.get(id(node))
        if keys is None:
            # Text keys; the last of equal keys wins, as in the loaded mapping.
            keys = self._keys[id(node)] = {
                key.value: (key, value)
                for key, value in node.value
                if isinstance(key, ScalarNode) and key.tag != _MERGE
            }
        if part in keys:
            key, value = keys[part]
            return value, key.start_mark
        for key, value in node.value:  # a key brought in by a merge key (<<: *template)
            if isinstance(key, ScalarNode) and key.tag == _MERGE:
                sources = value.value if isinstance(value, SequenceNode) else [value]
                for source in sources:
                    found = self._child(source, part)
                    if found is not None:
                        return found
        return None


def phase_lines(root: Node) -> tuple[int, ...] | None:
    """The 1-based line of each item of the document's ``phases``, from its node tree
    (None when the document has no list of phases)."""
    if not isinstance(root, MappingNode):
        return None
    found = None
    for key, value in root.value:
        if isinstance(key, ScalarNode) and canonical_key(str(key.value), ("phases",)):
            found = value  # the last of equal keys wins, as in the loaded mapping
    if not isinstance(found, SequenceNode):
        return None
    return tuple(item.start_mark.line + 1 for item in found.value)


_BLANK = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def json_phase_lines(text: str) -> tuple[int, ...] | None:
    """The 1-based line of each item of the ``phases`` of a JSON document, in one pass
    over its text (each member skipped by the C decoder), or None when it has no list of
    phases at the top, or is not the JSON it seemed."""
    try:
        return _json_phase_lines(text)
    except (ValueError, IndexError, RecursionError):
        return None


def _json_phase_lines(text: str) -> tuple[int, ...] | None:
    at = _skip(text, 0)
    if text[at] != "{":
        return None
    at = _skip(text, at + 1)
    found = None
    while text[at] != "}":
        key, at = _DECODER.raw_decode(text, at)
        at = _skip(text, at)
        if text[at] != ":":
            return None
        at = _skip(text, at + 1)
        if isinstance(key, str) and canonical_key(key, ("phases",)) and text[at] == "[":
            found, at = _items(text, at)
        else:
            _value, at = _DECODER.raw_decode(text, at)
        at = _skip(text, at)
        if text[at] == ",":
            at = _skip(text, at + 1)
    return found


def _items(text: str, at: int) -> tuple[tuple[int, ...], int]:
    """The lines where the items of the list at ``at`` start, and where the list ends."""
    starts = []
    at = _skip(text, at + 1)
    while text[at] != "]":
        starts.append(at)
        _value, at = _DECODER.raw_decode(text, at)
        at = _skip(text, at)
        if text[at] == ",":
            at = _skip(text, at + 1)
    lines, line, counted = [], 1, 0
    for start in starts:
        line += text.count("\n", counted, start)
        counted = start
        lines.append(line)
    return tuple(lines), at + 1


def _skip(text: str, at: int) -> int:
    """Past the blanks at ``at``."""
    found = _BLANK.match(text, at)
    return at if found is None else found.end()
