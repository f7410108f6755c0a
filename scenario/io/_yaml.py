"""YAML for scenario documents: safe loading only, bounded, line numbers for error messages.

:func:`load_yaml` reads the event stream of PyYAML's safe parser (libyaml's
``CSafeLoader`` when PyYAML was built with it: it is faster, and the
pure-Python parser rejects some valid flow mappings) and builds the plain
dicts and lists itself, in one pass and without recursion. It gives what
``yaml.safe_load`` gives, with three differences, all refusals:

- the document may not nest deeper than ``max_depth`` containers;
- aliases may not expand the document past ``max_nodes`` values: PyYAML
  shares the repeated lists of a "billion laughs" document, which loads in
  milliseconds and then explodes in whatever walks it (``json.dumps``, a
  schema validator), so the expanded size is counted as the events arrive,
  each anchor's size computed once, and the document refused at the first
  alias that goes past the budget;
- an alias inside the node it names (a recursive structure) and the tags
  ``!!set``, ``!!omap`` and ``!!pairs`` are refused (no scenario uses them).

Tags that would build Python objects are refused as ``yaml.safe_load``
refuses them. Line numbers are looked up (:func:`line_of`) only when an
error needs one, so the common path pays nothing for them.

>>> load_yaml("a: &x [1, 2]\\nb: *x\\nc: {<<: {d: yes}}\\n")
{'a': [1, 2], 'b': [1, 2], 'c': {'d': True}}
>>> load_yaml("a: &a [x, x]\\nb: &b [*a, *a]\\nc: [*b, *b]\\n", max_nodes=10)
Traceback (most recent call last):
...
scenario.io._yaml.LimitError: aliases expand the document past 10 values (an alias bomb?)
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.nodes import ScalarNode

__all__ = [
    "MAX_DEPTH",
    "MIN_NODES",
    "LimitError",
    "SafeLoader",
    "dump_yaml",
    "line_of",
    "load_yaml",
]

SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SafeDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

#: Containers (mappings, lists) nested deeper than this are refused.
MAX_DEPTH = 100
#: Aliases may always expand a document to this many values (see :func:`load_yaml`).
MIN_NODES = 100_000

_TAG = "tag:yaml.org,2002:"
_STR = _TAG + "str"
_MERGE = _TAG + "merge"
_VALUE = _TAG + "value"
_PLAIN_TAGS = frozenset({None, "!"})
_MAP_TAGS = frozenset({None, "!", _TAG + "map"})
_SEQ_TAGS = frozenset({None, "!", _TAG + "seq"})
_UNUSED_TAGS = frozenset({_TAG + "set", _TAG + "omap", _TAG + "pairs"})
_SCALAR_TAGS = frozenset(
    _TAG + name for name in ("null", "bool", "int", "float", "timestamp", "binary", "str")
)
_CONSTRUCTOR = SafeConstructor()  # only its stateless scalar constructors are used
_NO_KEY: Any = object()


class LimitError(yaml.YAMLError):
    """A document past one of the limits of :func:`load_yaml` (depth, aliases).

    Attributes:
        line: the 1-based line where the limit was reached.
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return self.message


class _MergeKey:
    """Stands for the key ``<<`` while its mapping is being built."""


_MERGE_KEY: Any = _MergeKey()


def load_yaml(
    text: str,
    loader: Any = None,
    *,
    max_depth: int = MAX_DEPTH,
    max_nodes: int | None = None,
) -> Any:
    """Parse one YAML document safely, as ``yaml.safe_load`` does, within limits.

    Args:
        text: the document.
        loader: the PyYAML loader class whose parser reads the text
            (``CSafeLoader`` when available, else ``SafeLoader``).
        max_depth: how deeply containers may nest.
        max_nodes: how many values the document may hold once its aliases are
            expanded; by default ``max(MIN_NODES, 2 * len(text))``, more than
            a document of that length without aliases can hold.

    Raises:
        LimitError: the document nests too deeply or its aliases expand too much.
        yaml.YAMLError: the text is not YAML, or it holds a tag that is refused.
    """
    budget = max(MIN_NODES, 2 * len(text)) if max_nodes is None else max_nodes
    parser = (loader or SafeLoader)(text)
    try:
        return _build(parser, max_depth, budget)
    finally:
        parser.dispose()


def _build(parser: Any, max_depth: int, budget: int) -> Any:
    get = parser.get_event
    get()  # the stream start
    event = get()
    if type(event) is StreamEndEvent:
        return None
    document_mark = event.start_mark
    resolvers = parser.yaml_implicit_resolvers
    # One frame per open container: [container, anchor, nodes when opened, pending key, merges]
    stack: list[list[Any]] = []
    anchors: dict[str, tuple[Any, int]] = {}
    open_anchors: dict[str, Any] = {}
    nodes = 0
    root: Any = None
    while True:
        event = get()
        kind = type(event)
        if kind is ScalarEvent:
            nodes += 1
            value: Any = event.value
            tag = event.tag
            if tag in _PLAIN_TAGS:
                if event.implicit[0]:
                    for candidate, pattern in resolvers.get(value[:1], ()):
                        if pattern.match(value):
                            value = _scalar(candidate, value, event, stack)
                            break
            elif tag != _STR:
                value = _scalar(tag, value, event, stack)
            if event.anchor is not None:
                if event.anchor in anchors or event.anchor in open_anchors:
                    _duplicate_anchor(event)
                anchors[event.anchor] = (value, 1)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            nodes += 1
            if len(stack) >= max_depth:
                raise LimitError(
                    f"the document nests more than {max_depth} levels deep",
                    event.start_mark.line + 1,
                )
            tag = event.tag
            if kind is MappingStartEvent:
                if tag not in _MAP_TAGS:
                    _refuse_tag(tag, event)
                container: Any = {}
            else:
                if tag not in _SEQ_TAGS:
                    _refuse_tag(tag, event)
                container = []
            if event.anchor is not None:
                if event.anchor in anchors or event.anchor in open_anchors:
                    _duplicate_anchor(event)
                open_anchors[event.anchor] = event
            stack.append([container, event, nodes, _NO_KEY, None])
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            value, start, opened, _, merges = stack.pop()
            if merges is not None:
                value = _merge(value, merges, start)
            if start.anchor is not None:
                del open_anchors[start.anchor]
                anchors[start.anchor] = (value, nodes - opened + 1)
        elif kind is AliasEvent:
            name = event.anchor
            if name not in anchors:
                if name in open_anchors:
                    raise ComposerError(
                        None,
                        None,
                        f"the alias *{name} is inside the node it names (a recursive structure)",
                        event.start_mark,
                    )
                raise ComposerError(None, None, f"found undefined alias {name!r}", event.start_mark)
            value, size = anchors[name]
            nodes += size
            if nodes > budget:
                raise LimitError(
                    f"aliases expand the document past {budget} values (an alias bomb?)",
                    event.start_mark.line + 1,
                )
        elif kind is DocumentEndEvent:
            break
        else:  # pragma: no cover - the parser gives no other event inside a document
            continue
        # Place the finished value in its container.
        if not stack:
            root = value
            continue
        frame = stack[-1]
        container = frame[0]
        if type(container) is list:
            container.append(value)
        elif frame[3] is _NO_KEY:
            if not isinstance(value, Hashable):
                raise ConstructorError(
                    "while constructing a mapping",
                    frame[1].start_mark,
                    "found unhashable key",
                    event.start_mark,
                )
            frame[3] = value
        else:
            key = frame[3]
            frame[3] = _NO_KEY
            if key is _MERGE_KEY:
                if frame[4] is None:
                    frame[4] = []
                frame[4].append((value, event))
            else:
                container[key] = value
    event = get()
    if type(event) is not StreamEndEvent:
        raise ComposerError(
            "expected a single document in the stream",
            document_mark,
            "but found another document",
            event.start_mark,
        )
    return root


def _scalar(tag: str, value: str, event: Any, stack: list[list[Any]]) -> Any:
    """Build a scalar whose tag is not ``str``: what ``SafeConstructor`` would build."""
    if tag in _SCALAR_TAGS:
        node = ScalarNode(tag, value, event.start_mark, event.end_mark, event.style)
        try:
            return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
        except ValueError:
            if tag != _TAG + "timestamp":
                raise
            return value  # a day that does not exist (2025-02-30): the reader of dates explains
    at_key = bool(stack) and type(stack[-1][0]) is dict and stack[-1][3] is _NO_KEY
    if at_key and tag == _MERGE:
        return _MERGE_KEY
    if at_key and tag == _VALUE:
        return value  # PyYAML reads a plain '=' key as the text '='
    # Anything else (a tag that would build a Python object, a collection tag on a
    # scalar...) fails in SafeConstructor with its own message.
    node = ScalarNode(tag, value, event.start_mark, event.end_mark, event.style)
    return SafeConstructor().construct_document(node)


def _merge(mapping: dict[Any, Any], merges: list[tuple[Any, Any]], start: Any) -> dict[Any, Any]:
    """Apply the ``<<`` keys of a mapping as ``SafeConstructor.flatten_mapping`` does."""
    merged: dict[Any, Any] = {}
    for value, event in merges:
        sources = value if isinstance(value, list) else [value]
        for source in reversed(sources):
            if not isinstance(source, dict):
                raise ConstructorError(
                    "while constructing a mapping",
                    start.start_mark,
                    "expected a mapping or list of mappings for merging",
                    event.start_mark,
                )
            merged.update(source)
    merged.update(mapping)
    return merged


def _duplicate_anchor(event: Any) -> None:
    raise ComposerError(None, None, f"found duplicate anchor {event.anchor!r}", event.start_mark)


def _refuse_tag(tag: str, event: Any) -> None:
    if tag in _UNUSED_TAGS:
        problem = f"the tag {tag!r} is not used in scenario documents"
    else:
        problem = f"could not determine a constructor for the tag {tag!r}"
    raise ConstructorError(None, None, problem, event.start_mark)


def line_of(text: str, path: Sequence[str | int]) -> int | None:
    """The 1-based line where ``path`` (keys and indexes) sits in ``text``, if it can be found.

    For a key that does not exist (a required key left out), the line of the
    nearest enclosing node that does. The parser's events are read only as
    far as the place (nothing is built), so an error near the top of a large
    document is located at once.

    >>> line_of("scenario: 1\\nphases:\\n  - id: a\\n    phase: x\\n", ["phases", 0, "phase"])
    4
    """
    parser = SafeLoader(text)
    try:
        return _locate(parser.get_event, path)
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()


def _locate(get: Any, path: Sequence[str | int]) -> int | None:
    get()  # the stream start
    event = get()
    if type(event) is StreamEndEvent:
        return None
    event = get()  # the root node
    line = _line(event)
    for part in path:
        kind = type(event)
        if kind is MappingStartEvent and isinstance(part, str):
            while True:
                key = get()
                if type(key) is MappingEndEvent:
                    return line
                if type(key) is ScalarEvent and key.value == part:
                    line = _line(key)
                    event = get()
                    break
                _skip(get, key)
                _skip(get, get())
        elif kind is SequenceStartEvent and isinstance(part, int) and part >= 0:
            for _ in range(part):
                item = get()
                if type(item) is SequenceEndEvent:
                    return line
                _skip(get, item)
            event = get()
            if type(event) is SequenceEndEvent:
                return line
            line = _line(event)
        else:
            return line
    return line


def _line(event: Any) -> int:
    return int(event.start_mark.line) + 1


def _skip(get: Any, event: Any) -> None:
    """Read past the node that ``event`` starts."""
    depth = 1 if type(event) in (MappingStartEvent, SequenceStartEvent) else 0
    while depth:
        kind = type(get())
        if kind is MappingStartEvent or kind is SequenceStartEvent:
            depth += 1
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            depth -= 1


def dump_yaml(data: Any, dumper: Any = None) -> str:
    """Write ``data`` as block-style YAML, keys in the order given, unicode kept.

    The text is what ``yaml.dump(data, Dumper=SafeDumper, sort_keys=False,
    allow_unicode=True, default_flow_style=False, width=100, indent=2)`` writes,
    about five times faster for documents of dicts, lists, text, whole numbers,
    booleans and nulls: their events go straight to the emitter, one event per
    distinct word. Anything else takes PyYAML's own path.

    >>> print(dump_yaml({"title": "yes", "phases": [{"id": "a", "duration": 20}], "x": []}), end="")
    title: 'yes'
    phases:
    - id: a
      duration: 20
    x: []
    """
    dumper = dumper or SafeDumper
    try:
        events = _events(data)
    except _Unsupported:
        text: str = yaml.dump(
            data,
            Dumper=dumper,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=100,
            indent=2,
        )
        return text
    emitted: str = yaml.emit(events, Dumper=dumper, allow_unicode=True, width=100, indent=2)
    return emitted


class _Unsupported(Exception):
    """A value :func:`_events` leaves to PyYAML's representer."""


_MAP_START = MappingStartEvent(None, _TAG + "map", True, flow_style=False)
_MAP_END = MappingEndEvent()
_SEQ_START = SequenceStartEvent(None, _TAG + "seq", True, flow_style=False)
_SEQ_END = SequenceEndEvent()
_PLAIN_ONLY = (True, False)


def _events(data: Any) -> list[Any]:
    """The events PyYAML's serializer would give for ``data`` (no anchors: nothing is shared)."""
    resolvers = yaml.resolver.Resolver.yaml_implicit_resolvers
    words: dict[Any, Any] = {}
    events: list[Any] = [StreamStartEvent(), DocumentStartEvent(explicit=False)]
    append = events.append

    def scalar(value: Any) -> Any:
        kind = type(value)
        if kind is str:
            event = words.get(value)
            if event is None:
                plain = True  # written plain only if read back as text
                for tag, pattern in resolvers.get(value[:1], ()):
                    if pattern.match(value):
                        plain = tag == _STR
                        break
                event = words[value] = ScalarEvent(None, _STR, (plain, True), value)
            return event
        if kind is int:
            return ScalarEvent(None, _TAG + "int", _PLAIN_ONLY, str(value))
        if kind is bool:
            return ScalarEvent(None, _TAG + "bool", _PLAIN_ONLY, "true" if value else "false")
        if value is None:
            return ScalarEvent(None, _TAG + "null", _PLAIN_ONLY, "null")
        raise _Unsupported

    def walk(node: Any, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise _Unsupported
        kind = type(node)
        if kind is dict:
            append(_MAP_START)
            for key, value in node.items():
                append(scalar(key))
                if type(value) is dict or type(value) is list:
                    walk(value, depth + 1)
                else:
                    append(scalar(value))
            append(_MAP_END)
        elif kind is list:
            append(_SEQ_START)
            for value in node:
                if type(value) is dict or type(value) is list:
                    walk(value, depth + 1)
                else:
                    append(scalar(value))
            append(_SEQ_END)
        else:
            append(scalar(node))

    walk(data, 0)
    events.append(DocumentEndEvent(explicit=False))
    events.append(StreamEndEvent())
    return events
