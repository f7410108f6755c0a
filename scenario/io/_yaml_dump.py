"""Writing scenario documents as YAML: what ``yaml.dump`` writes, quicker.

:func:`dump_yaml` sends the serializer's events straight to PyYAML's
emitter (libyaml's when PyYAML was built with it) for documents of plain
data, and leaves anything else to ``yaml.dump``.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.events import (
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

from scenario.io._yaml import MAX_DEPTH

__all__ = ["dump_yaml"]

SafeDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

_TAG = "tag:yaml.org,2002:"
_STR = _TAG + "str"


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
