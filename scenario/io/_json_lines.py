"""Finding lines in JSON text from the text alone, for the refusals of :mod:`._json`.

``json.loads`` gives no place for what its hooks refuse, and composing a huge
document as YAML to find a line would cost what a limit saves: these scan
the text's tokens (strings, brackets, commas) once, in order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence

from scenario.io._places import Places

__all__ = [
    "SURROGATE_ESCAPE",
    "depth_line",
    "duplicate_line",
    "item_line",
    "json_places",
    "line_of",
    "lone_line",
]

#: An escaped surrogate in JSON text: only then can a lone one be read.
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_ITEMS = re.compile(r'"(?:[^"\\]|\\.)*"\s*:|"(?:[^"\\]|\\.)*"|[\[\]{},]')
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"\s*:|"(?:[^"\\]|\\.)*"|[\[\]{}]')
_JSON_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def line_of(text: str, index: int) -> int | None:
    """The 1-based line of the character at ``index`` (None for -1: not found)."""
    return None if index < 0 else text.count("\n", 0, index) + 1


def duplicate_line(text: str, key: str) -> int | None:
    """The line of the second ``key`` of one object (its first repeated key)."""
    stack: list[set[str]] = []
    for token in _TOKEN.finditer(text):
        mark = token.group()
        if mark in "[{":
            stack.append(set())
        elif mark in "]}":
            if stack:
                stack.pop()
        elif mark.endswith(":") and stack:
            try:
                name = json.loads(mark[:-1].rstrip())
            except ValueError:
                continue
            if name == key and name in stack[-1]:
                return line_of(text, token.start())
            stack[-1].add(name)
    return None


def depth_line(text: str, limit: int) -> int | None:
    """The line where JSON text first nests deeper than ``limit`` (for the message)."""
    depth = 0
    for token in _JSON_NESTING.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > limit:
                return line_of(text, token.start())
        elif mark in "]}":
            depth -= 1
    return None


def item_line(text: str, key: str, index: int) -> int | None:
    """The line of item ``index`` of the list under the root's ``key``, from the text alone
    (composing a huge document as YAML to find it would cost what the limit saves)."""
    depth, inside, items, expecting = 0, False, 0, False
    for token in _ITEMS.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if inside and depth == 3 and items == index:
                return line_of(text, token.start())
            if mark == "[" and depth == 2 and expecting:
                inside, items = True, 0
            expecting = False
        elif mark in "]}":
            depth -= 1
            if inside and depth == 1:
                return None
        elif mark == ",":
            if inside and depth == 2:
                items += 1
        elif depth == 1 and mark.endswith(":"):
            try:
                expecting = json.loads(mark[:-1].rstrip()) == key
            except ValueError:
                expecting = False
    return None


def lone_line(text: str) -> int | None:
    """The line of the first escape of a half character that is not one of a pair."""
    for found in SURROGATE_ESCAPE.finditer(text):
        code = int(found.group()[2:], 16)
        after = text[found.end() : found.end() + 6]
        before = text[max(0, found.start() - 6) : found.start()]
        if code < 0xDC00 and not SURROGATE_ESCAPE.fullmatch(after or "-"):
            return line_of(text, found.start())
        if code >= 0xDC00 and not SURROGATE_ESCAPE.fullmatch(before or "-"):
            return line_of(text, found.start())
    return None


# What YAML refuses or reads as a line break in JSON text, where it is allowed in strings.
_NOT_YAML = re.compile(
    "[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


def json_places(text: str) -> Callable[[Sequence[str | int]], tuple[int, int] | None]:
    """Find lines and columns in JSON text with the YAML composer (JSON is YAML, once
    its control characters are blanked: same lines, same columns)."""
    places = Places(_NOT_YAML.sub(" ", text))

    def find(place: Sequence[str | int]) -> tuple[int, int] | None:
        found = places.find(place)
        if found is None and not place:
            blank = text[: len(text) - len(text.lstrip())]
            found = (blank.count("\n") + 1, len(blank) - blank.rfind("\n"))
        return found

    return find
