"""The checks of a YAML node tree, between composing it and constructing the data.

:func:`check_tree` walks the tree PyYAML's composer made, one step per node,
and refuses (see :mod:`scenario.io._yaml`): containers nested too deep,
aliases that expand the document past a budget of values or its text past
the limit ``expanded_text``, an alias inside the node it names, a text past
``string_length``, a key given twice in one mapping, a double-quoted half
character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from scenario._text import quote
from scenario.i18n import _, format_number
from scenario.io.limits import Limits

__all__ = ["TAG", "DuplicateKeyError", "LimitError", "check_tree", "prescan", "too_deep"]

TAG = "tag:yaml.org,2002:"
_MERGE = TAG + "merge"
_SURROGATE = re.compile("[\ud800-\udfff]")


class LimitError(yaml.YAMLError):
    """A document past one of the limits of :func:`load_yaml`.

    Attributes:
        message: what is wrong, in the reader's language.
        limit: which limit: ``"aliases"`` (the budget of values), or the name of one
            of :class:`~scenario.io.limits.Limits` (``"depth"``, ``"string_length"``,
            ``"expanded_text"``, ``"phases"``, ``"values"``).
        needed: how large the document needs the limit to be, when known.
        path: the place in the document, when known (``phases[10000]``).
        line, column: where the limit was reached (1-based).
    """

    def __init__(
        self,
        message: str,
        limit: str,
        mark: Any = None,
        needed: int | None = None,
        path: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.limit = limit
        self.needed = needed
        self.path = path
        self.line: int | None = None if mark is None else mark.line + 1
        self.column: int | None = None if mark is None else mark.column + 1

    def __str__(self) -> str:
        return self.message


class DuplicateKeyError(ConstructorError):
    """A mapping that gives the same key twice; ``problem_mark`` is the second one."""


def _duplicate(node: MappingNode) -> None:
    """Refuse a mapping whose own keys (merged ones aside) say the same twice."""
    pairs = node.value
    try:  # the common case, in one step: every key's text differs
        if len({key.value for key, _value in pairs}) == len(pairs):
            return
    except TypeError:  # a key that is a list or a mapping: looked at one by one
        pass
    seen: dict[tuple[str, str], Any] = {}
    for key, _value in node.value:
        if type(key) is not ScalarNode or key.tag == _MERGE:
            continue
        name = (key.tag, key.value)
        first = seen.setdefault(name, key)
        if first is not key:
            message = _("the key {key} is given twice in this mapping (first at line {line})")
            text = message.format(key=quote(key.value, 60), line=first.start_mark.line + 1)
            raise DuplicateKeyError(None, None, text, key.start_mark)


def _long_text(node: ScalarNode, limit: int) -> LimitError:
    message = _("a text of {length} characters is longer than the limit of {limit}").format(
        length=format_number(len(node.value)), limit=format_number(limit)
    )
    return LimitError(message, "string_length", node.start_mark, len(node.value))


def _long_expansion(node: Node, limit: int, needed: int) -> LimitError:
    message = _(
        "aliases expand the text of the document past {limit} characters (an alias bomb?)"
    ).format(limit=format_number(limit))
    return LimitError(message, "expanded_text", node.start_mark, needed)


def _half_character(node: ScalarNode) -> ConstructorError:
    found = _SURROGATE.search(node.value)
    code = f"\\u{ord(found.group()):04x}" if found else ""
    message = _(
        "the text holds {escape}, half of a character (a lone surrogate), which no file can hold"
    ).format(escape=code)
    return ConstructorError(None, None, message, node.start_mark)


def too_deep(depth: int, mark: Any) -> LimitError:
    message = _("the document nests more than {depth} levels deep").format(depth=depth)
    return LimitError(message, "depth", mark)


def too_many_phases(count: int | None, limits: Limits, mark: Any) -> LimitError:
    """``count``: the phases of the document, ``None`` when only the first past the
    limit was read."""
    if count is None:
        message = _("the document has more than {limit} phases").format(
            limit=format_number(limits.phases)
        )
    else:
        message = _("the document has {count} phases, more than the limit of {limit}").format(
            count=format_number(count), limit=format_number(limits.phases)
        )
    return LimitError(message, "phases", mark, count, f"phases[{limits.phases}]")


def too_many_values(limits: Limits, mark: Any) -> LimitError:
    message = _("the document holds more than {limit} values").format(
        limit=format_number(limits.values)
    )
    return LimitError(message, "values", mark)


def _phases_node(root: MappingNode) -> Node | None:
    for key, value in root.value:
        if type(key) is ScalarNode and key.value == "phases":
            found: Node = value
            return found
    return None


def check_tree(root: Node, max_depth: int, max_nodes: int, limits: Limits) -> None:
    """Refuse a node tree nested past ``max_depth`` containers, whose aliases expand it
    past ``max_nodes`` values or its text past ``limits.expanded_text`` characters, that
    holds an alias inside the node it names, a text past ``limits.string_length``, a
    mapping with a key twice or a double-quoted half character.

    An alias is the node it names, met again: the walk counts each node once, and
    a node met again adds the expanded size it was given when it was first walked.
    One step per node and per alias, however much the aliases expand.
    """
    longest, most_text = limits.string_length, limits.expanded_text
    if type(root) is ScalarNode:
        _check_scalar(root, longest)
        if len(root.value) > most_text:
            raise _long_expansion(root, most_text, len(root.value))
        return
    if type(root) is MappingNode:
        _duplicate(root)
        phases = _phases_node(root)
        if type(phases) is SequenceNode and len(phases.value) > limits.phases:
            raise too_many_phases(len(phases.value), limits, phases.value[limits.phases].start_mark)
    most_values = limits.values
    sizes: dict[int, tuple[int, int]] = {}  # the expanded size of each container walked
    inside = {id(root)}  # the containers being walked: meeting one again is a loop
    count = 1  # values so far, in document order, aliases expanded
    chars = 0  # characters of the texts so far, aliases expanded
    stack = [(root, _children(root), count, chars)]
    while stack:
        node, children, first, first_chars = stack[-1]
        for child in children:
            if type(child) is ScalarNode:
                count += 1
                length = len(child.value)
                chars += length
                if length > longest or child.style == '"':
                    _check_scalar(child, longest)
                if chars > most_text:
                    raise _long_expansion(child, most_text, chars)
                if count > most_values:
                    raise too_many_values(limits, child.start_mark)
                continue
            key = id(child)
            size = sizes.get(key)
            if size is not None:  # an alias of a container walked already
                count += size[0]
                chars += size[1]
                if count > max_nodes:
                    message = _("aliases expand the document past {count} values (an alias bomb?)")
                    count_text = format_number(max_nodes)
                    raise LimitError(message.format(count=count_text), "aliases", node.start_mark)
                if chars > most_text:
                    raise _long_expansion(node, most_text, chars)
                if count > most_values:
                    raise too_many_values(limits, node.start_mark)
                continue
            if key in inside:
                message = _("an alias stands inside the node it names (a recursive structure)")
                raise ComposerError(None, None, message, node.start_mark)
            if len(stack) >= max_depth:
                raise too_deep(max_depth, child.start_mark)
            if type(child) is MappingNode:
                _duplicate(child)
            inside.add(key)
            count += 1
            stack.append((child, _children(child), count, chars))
            break
        else:
            stack.pop()
            inside.discard(id(node))
            sizes[id(node)] = (count - first + 1, chars - first_chars)


def _check_scalar(node: ScalarNode, longest: int) -> None:
    if len(node.value) > longest:
        raise _long_text(node, longest)
    if node.style == '"' and _SURROGATE.search(node.value):
        raise _half_character(node)


def _children(node: Node) -> Iterator[Node]:
    """The nodes of a container, in document order (a mapping's keys and values)."""
    if type(node) is MappingNode:
        return chain.from_iterable(node.value)
    return iter(node.value)


def prescan(parser: Any, limits: Limits, depth: int) -> None:
    """Refuse, from the parser's events alone, a document with more phases, more values or
    more nesting than ``limits`` allow, before anything is composed: PyYAML's node tree
    takes some 150 times the text in memory (3 million empty phases: 2.3 GB).

    Aliases count once here (the node tree counts them expanded). The events are
    dropped as they come; a text the parser refuses is left to the composer to report.
    """
    values = 0
    # Open containers: [is a mapping, a key comes next, the list of phases, items].
    stack: list[list[Any]] = []
    key: Any = None
    try:
        while parser.check_event():
            event = parser.get_event()
            kind = type(event)
            if kind is MappingEndEvent or kind is SequenceEndEvent:
                stack.pop()
                continue
            if (
                kind is not ScalarEvent
                and kind is not AliasEvent
                and (kind is not MappingStartEvent and kind is not SequenceStartEvent)
            ):
                continue
            values += 1
            if values > limits.values:
                raise too_many_values(limits, event.start_mark)
            phases = False
            if stack:
                top = stack[-1]
                if top[0]:
                    if top[1]:  # a key
                        key = event.value if kind is ScalarEvent else None
                    else:
                        phases = len(stack) == 1 and key == "phases"
                    top[1] = not top[1]
                else:
                    top[3] += 1
                    if top[2] and top[3] > limits.phases:
                        raise too_many_phases(None, limits, event.start_mark)
            if kind is MappingStartEvent or kind is SequenceStartEvent:
                if len(stack) >= depth:
                    raise too_deep(depth, event.start_mark)
                stack.append([kind is MappingStartEvent, True, phases, 0])
    except LimitError:
        raise
    except yaml.YAMLError:
        return
