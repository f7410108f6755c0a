"""A document's text and where each of its values sits in it: the ground of ``scenario fix``.

ruamel.yaml's round-trip composer reads the text (YAML, or JSON, which is
YAML's flow style) into nodes that know their start and end in the text.
A fix is then a few :class:`Edit` values, each replacing a span of the text;
everything outside the spans stays byte for byte as it was: comments, key
order, indentation, quotes, blank lines, line endings. ruamel.yaml's own
emitter would write the document again with one indentation for the whole
file and its own line breaks, which changes lines no fix touched: its nodes'
positions are used instead.

>>> doc = Located("title: T  # the course\\nphases: []\\n")
>>> doc.line(["phases"]), doc.text_of(doc.node(["title"]))
(2, 'T')
>>> doc.replace(["title"], "Démo").apply_to(doc.text)
'title: Démo  # the course\\nphases: []\\n'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from scenario.errors import DocumentError
from scenario.i18n import _

__all__ = ["Edit", "Located"]

Path = Sequence[str | int]

# Plain YAML scalars that read back as the same text: the canonical values of the grid,
# durations, dates, ids (no flow indicators, no leading indicator, no ': ' or ' #').
_PLAIN = re.compile(r"^[\w\u00C0-\u024F][\w\u00C0-\u024F .'-]*$")
_RESERVED = re.compile(r"^(?:y|n|yes|no|on|off|true|false|null|~)$", re.IGNORECASE)


@attrs.frozen
class Edit:
    """Replace the text between ``start`` and ``end`` (character offsets) with ``text``."""

    start: int
    end: int
    text: str

    def apply_to(self, source: str) -> str:
        """``source`` with this one edit made."""
        return source[: self.start] + self.text + source[self.end :]

    def overlaps(self, other: Edit) -> bool:
        """True when both edits touch the same characters (or insert at the same place)."""
        if self.start == self.end == other.start == other.end:
            return True
        return self.start < other.end and other.start < self.end


class Located:
    """A YAML or JSON document's text, composed into nodes that know their place.

    Raises:
        DocumentError: the text is not YAML (or JSON); no fix can be placed.
    """

    def __init__(self, text: str, format: str = "yaml", source: str | None = None) -> None:
        from ruamel.yaml import YAML
        from ruamel.yaml.error import YAMLError

        self.text = text
        self.json = format == "json"
        self.source = source
        self.newline = "\r\n" if "\r\n" in text else "\n"
        # Tabs separate JSON tokens; YAML refuses them in places: a space holds the same place.
        composed = text.replace("\t", " ") if self.json else text
        try:
            self.root: Any = YAML(typ="rt").compose(composed)
        except (YAMLError, RecursionError) as error:
            mark = getattr(error, "problem_mark", None)
            problem = getattr(error, "problem", None) or _("the text cannot be read")
            raise DocumentError(
                _("not valid YAML or JSON, nothing can be fixed: {problem}").format(
                    problem=problem
                ),
                source=source,
                line=mark.line + 1 if mark is not None else None,
            ) from None

    # -- finding nodes ------------------------------------------------------------

    def node(self, path: Path) -> Any:
        """The node at ``path`` (keys and list indexes), or None."""
        node = self.root
        for part in path:
            node = self.child(node, part)
            if node is None:
                return None
        return node

    @staticmethod
    def child(node: Any, part: str | int) -> Any:
        """The value under a key of a mapping node, or an item of a sequence node."""
        kind = type(node).__name__
        if kind == "MappingNode" and isinstance(part, str):
            return next((v for k, v in node.value if _is_scalar(k) and k.value == part), None)
        if kind == "SequenceNode" and isinstance(part, int) and 0 <= part < len(node.value):
            return node.value[part]
        return None

    def key_node(self, path: Path) -> Any:
        """The key node of the last part of ``path`` (a mapping's key), or None."""
        parent = self.node(path[:-1])
        if type(parent).__name__ != "MappingNode":
            return None
        return next((k for k, _v in parent.value if _is_scalar(k) and k.value == path[-1]), None)

    def line(self, path: Path) -> int | None:
        """The 1-based line of the value at ``path`` (of its key when it has one)."""
        node = self.key_node(path) if path and isinstance(path[-1], str) else None
        node = node if node is not None else self.node(path)
        return None if node is None else int(node.start_mark.line) + 1

    def text_of(self, node: Any) -> str:
        """The source text of a node."""
        return self.text[node.start_mark.index : node.end_mark.index]

    @staticmethod
    def is_scalar(node: Any) -> bool:
        """True for a scalar node (a word, a number, a date...)."""
        return _is_scalar(node)

    @staticmethod
    def is_mapping(node: Any) -> bool:
        return type(node).__name__ == "MappingNode"

    @staticmethod
    def is_sequence(node: Any) -> bool:
        return type(node).__name__ == "SequenceNode"

    # -- writing values -----------------------------------------------------------

    def scalar(self, value: str | int, like: Any = None) -> str:
        """A value written as the document writes it: JSON text, or YAML in the quotes
        of the value it replaces (plain when it can be)."""
        if isinstance(value, int) or self.json:
            return json.dumps(value, ensure_ascii=False)
        style = getattr(like, "style", None)
        if style == "'":
            return "'" + value.replace("'", "''") + "'"
        if style == '"' or not _PLAIN.match(value) or _RESERVED.match(value):
            return json.dumps(value, ensure_ascii=False)
        return value

    def flow_list(self, values: Iterable[str]) -> str:
        return "[" + ", ".join(self.scalar(v) for v in values) + "]"

    # -- edits --------------------------------------------------------------------

    def replace(self, path: Path, value: str | int) -> Edit:
        """Replace the scalar at ``path`` with ``value``, in its quoting style."""
        node = self.node(path)
        return Edit(node.start_mark.index, node.end_mark.index, self.scalar(value, node))

    def replace_raw(self, path: Path, text: str) -> Edit:
        """Replace the value at ``path`` with ``text`` as given."""
        node = self.node(path)
        return Edit(node.start_mark.index, node.end_mark.index, text)

    def rename_key(self, path: Path, name: str) -> Edit:
        """Write the key at ``path`` as ``name``."""
        key = self.key_node(path)
        return Edit(key.start_mark.index, key.end_mark.index, self.scalar(name, key))

    def append(self, path: Path, value: str) -> Edit:
        """Add ``value`` at the end of the sequence at ``path`` (block or flow)."""
        node = self.node(path)
        if not node.value:  # an empty flow list: []
            end = node.end_mark.index - 1
            return Edit(end, end, self.scalar(value))
        last = node.value[-1]
        if node.flow_style:
            return self._after_in_flow(node, last, self.scalar(value))
        dash = self.text.rfind("-", 0, last.start_mark.index)
        at = self._end_of_line(_last_index(last))
        return Edit(at, at, self._line(self._indent(dash) + "- " + self.scalar(value), at))

    def add_key(self, path: Path, key: str, value_text: str, after: Sequence[str]) -> Edit:
        """Add ``key: value_text`` to the mapping at ``path``, after the first key of
        ``after`` it has (else after its last key)."""
        node = self.node(path)
        pairs = [(k, v) for k, v in node.value if _is_scalar(k)]
        anchor = next(((k, v) for name in after for k, v in pairs if k.value == name), pairs[-1])
        member = f"{self.scalar(key)}: {value_text}"
        if node.flow_style:
            return self._after_in_flow(node, anchor[1], member)
        at = self._end_of_line(_last_index(anchor[1]))
        return Edit(at, at, self._line(self._indent(anchor[0].start_mark.index) + member, at))

    def add_first_key(self, key: str, value_text: str) -> Edit:
        """Add ``key: value_text`` before the first key of the top mapping."""
        first = self.root.value[0][0]
        start = first.start_mark.index
        member = f"{self.scalar(key)}: {value_text}"
        if self.root.flow_style:
            if self._same_line(self.root.start_mark.index, start):
                return Edit(start, start, member + ", ")
            return Edit(start, start, member + "," + self.newline + self._indent(start))
        return Edit(start, start, member + self.newline + self._indent(start))

    def remove_item(self, path: Path) -> Edit:
        """Remove the item at ``path`` from its sequence (a whole block item's lines)."""
        sequence = self.node(path[:-1])
        index = path[-1]
        assert isinstance(index, int)
        item = sequence.value[index]
        if sequence.flow_style:
            start, end = item.start_mark.index, _last_index(item)
            if index + 1 < len(sequence.value):
                end = sequence.value[index + 1].start_mark.index
            elif index > 0:
                start = _last_index(sequence.value[index - 1])
            return Edit(start, end, "")
        dash = self.text.rfind("-", 0, item.start_mark.index)
        start = self.text.rfind("\n", 0, dash) + 1
        return Edit(start, self._end_of_line(_last_index(item)), "")

    def remove_key(self, path: Path) -> Edit:
        """Remove a key of a block mapping with its value (whole lines)."""
        key = self.key_node(path)
        start = self.text.rfind("\n", 0, key.start_mark.index) + 1
        return Edit(start, self._end_of_line(_last_index(self.node(path))), "")

    # -- helpers ------------------------------------------------------------------

    def _after_in_flow(self, node: Any, last: Any, member: str) -> Edit:
        """Insert ``member`` after ``last``, the last item of a flow collection ``node``."""
        at = _last_index(last)
        first = node.value[0][0] if self.is_mapping(node) else node.value[0]
        if self._same_line(node.start_mark.index, first.start_mark.index):
            return Edit(at, at, ", " + member)
        return Edit(at, at, "," + self.newline + self._indent(first.start_mark.index) + member)

    def _indent(self, index: int) -> str:
        """The whitespace before ``index`` on its line, as written (tabs kept), or as many
        spaces when something else comes before it on the line."""
        start = self.text.rfind("\n", 0, index) + 1
        before = self.text[start:index]
        return before if not before.strip() else " " * len(before)

    def _same_line(self, a: int, b: int) -> bool:
        return "\n" not in self.text[a:b]

    def _end_of_line(self, index: int) -> int:
        """The offset just past the line break ending the line of ``index`` (or the end)."""
        at = self.text.find("\n", index)
        return len(self.text) if at < 0 else at + 1

    def _line(self, content: str, at: int) -> str:
        """A new line of ``content`` inserted at ``at`` (a line start, or the text's end)."""
        if at == len(self.text) and not self.text.endswith("\n"):
            return self.newline + content
        return content + self.newline


def _is_scalar(node: Any) -> bool:
    return type(node).__name__ == "ScalarNode"


def _last_index(node: Any) -> int:
    """Where the last scalar of a node ends (a block collection's own end runs on to the
    next token, past comments and blank lines)."""
    if _is_scalar(node) or getattr(node, "flow_style", False):
        return int(node.end_mark.index)
    if type(node).__name__ == "MappingNode":
        return max((_last_index(v) for _k, v in node.value), default=node.start_mark.index)
    return max((_last_index(v) for v in node.value), default=node.start_mark.index)
