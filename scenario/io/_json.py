"""JSON scenario documents: ``json.loads``, bounded, every refusal with its line.

:func:`parse_json` reads the text with ``json.loads`` and refuses, as a
:class:`~scenario.errors.DocumentError` and never another exception:

- an object that gives the same key twice (``json.loads`` keeps the last);
- a whole number past :data:`~scenario.io.limits.LARGEST_NUMBER`, before it
  is computed (Python refuses to read more than 4,300 digits with a
  ``ValueError``), and a number written with hundreds of characters;
- more phases than the limit ``phases`` (before anything walks them), more
  objects and members than ``values`` (while parsing);
- containers nested past the limit ``depth``, a text longer than
  ``string_length``, and an escaped half character (``"\\ud800"``, a lone
  surrogate: the model never holds one, no file could hold it).

>>> parse_json('{"a": [1, "x"]}', "<string>")
{'a': [1, 'x']}
>>> parse_json('{"a": 1, "a": 2}', "cours.json", lang="en")
Traceback (most recent call last):
...
scenario.errors.DocumentError: cours.json:1: error: not valid JSON: the key 'a' is given twice in this object (hint: keep one of them: the document must say each thing once)
"""

from __future__ import annotations

import json
import re
from typing import Any

from scenario._text import quote
from scenario.errors import DocumentError
from scenario.i18n import _, format_number, use_language
from scenario.io._json_lines import (
    SURROGATE_ESCAPE,
    depth_line,
    duplicate_line,
    item_line,
    json_places,
    line_of,
    lone_line,
)
from scenario.io._yaml_words import json_problem
from scenario.io.limits import LARGEST_NUMBER, Limits, current_limits, refusal, use_limits

__all__ = ["json_places", "parse_json", "too_deep"]

_LONGEST_NUMBER = 64
_LONGEST_FLOAT = 400
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Texts longer than this have their values counted before they are parsed.
PRECOUNT_FROM = 1 << 20
_VALUES = re.compile(r'"(?:[^"\\]|\\.)*"|,')


class _Refused(Exception):
    """Raised inside ``json.loads`` (a hook): what is wrong, and how to find its line."""

    def __init__(self, message: str, line: Any, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line  # a function of the text giving the line
        self.hint = hint


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        _duplicate(pairs)
    return mapping


def _counting(limits: Limits) -> Any:
    """The hook of ``json.loads`` for objects, counting the values it sees: past the
    limit ``values`` the parse stops (it holds what it read in memory meanwhile)."""
    seen = 0

    def pairs(found: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal seen
        seen += 1 + len(found)
        if seen > limits.values:
            raise _TooMany
        return _pairs(found)

    return pairs


class _TooMany(Exception):
    """More values than the limit, met while parsing."""


def _too_many_values(source: str, limits: Limits) -> DocumentError:
    message = _("the document holds more than {limit} values").format(
        limit=format_number(limits.values)
    )
    return refusal("values", message, source=source, limits=limits)


def _values_past(text: str, limits: Limits) -> bool:
    """Whether a long text holds more values than the limit, counted before ``json.loads``
    builds them: commas and openings bound the values from above (those inside strings
    too); only past the limit are the values counted one by one, strings skipped."""
    if len(text) <= PRECOUNT_FROM:
        return False
    if text.count(",") + text.count("[") + text.count("{") < limits.values:
        return False
    count = 0
    for token in _VALUES.finditer(text):
        if token.group() != ",":
            continue
        count += 1
        if count >= limits.values:
            return True
    return False


def _duplicate(pairs: list[tuple[str, Any]]) -> None:
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            raise _Refused(
                _("the key {key} is given twice in this object").format(key=quote(key, 60)),
                lambda text, key=key: duplicate_line(text, key),
                _("keep one of them: the document must say each thing once"),
            )
        seen.add(key)


def _number(literal: str) -> int:
    if len(literal) <= 15:  # below 10**15: no check needed
        return int(literal)
    if len(literal) > _LONGEST_NUMBER or abs(int(literal)) > LARGEST_NUMBER:
        raise _too_large(literal)
    return int(literal)


def _decimal(literal: str) -> float:
    if len(literal) > _LONGEST_FLOAT:
        raise _too_large(literal)
    return float(literal)


def _too_large(literal: str) -> _Refused:
    message = _("the number {number} is too large: whole numbers go up to {largest}").format(
        number=quote(literal, 40), largest=format_number(LARGEST_NUMBER)
    )
    return _Refused(message, lambda text: line_of(text, text.find(literal)))


def too_deep(source: str, limits: Limits, line: int | None = None) -> DocumentError:
    """The refusal of a document nested past the limit ``depth``."""
    message = _("the document nests more than {depth} levels deep").format(depth=limits.depth)
    return refusal("depth", message, source=source, limits=limits, line=line)


def parse_json(
    text: str, source: str, limits: Limits | None = None, *, lang: str | None = None
) -> Any:
    """The data of a JSON document, within ``limits`` (default: those in force).

    Raises:
        DocumentError: the text is not JSON, or is refused (see the module).
    """
    with use_language(lang):
        limits = limits or current_limits()
        if _values_past(text, limits):
            raise _too_many_values(source, limits)
        try:
            data = json.loads(
                text, object_pairs_hook=_counting(limits), parse_int=_number, parse_float=_decimal
            )
        except _TooMany:
            raise _too_many_values(source, limits) from None
        except _Refused as refused:
            raise DocumentError(
                _("not valid JSON: {problem}").format(problem=refused.message),
                source=source,
                line=refused.line(text),
                hint=refused.hint,
            ) from None
        except json.JSONDecodeError as error:
            raise DocumentError(
                _("not valid JSON: {problem}").format(problem=json_problem(error.msg)),
                source=source,
                line=error.lineno,
                column=error.colno,
            ) from None
        except RecursionError:
            raise too_deep(source, limits, depth_line(text, limits.depth)) from None
        _check_phases(data, text, source, limits)
        _walk(data, text, source, limits)
        return data


def _check_phases(data: Any, text: str, source: str, limits: Limits) -> None:
    """Refuse more phases than the limit, before anything walks them."""
    phases = data.get("phases") if type(data) is dict else None
    if type(phases) is list and len(phases) > limits.phases:
        message = _("the document has {count} phases, more than the limit of {limit}").format(
            count=format_number(len(phases)), limit=format_number(limits.phases)
        )
        raise refusal(
            "phases",
            message,
            source=source,
            limits=limits,
            needed=len(phases),
            line=item_line(text, "phases", limits.phases),
            path=_format_path(["phases", limits.phases]),
        )


def _walk(data: Any, text: str, source: str, limits: Limits) -> None:
    """Refuse data nested past ``limits.depth``, with more values than ``limits.values``,
    a text past ``limits.string_length`` or holding a lone surrogate; one step per value,
    no recursion."""
    longest = limits.string_length
    halves = SURROGATE_ESCAPE.search(text) is not None
    place: list[Any] = []  # the path of the container being walked

    def check(value: str, key: str | int) -> None:
        if len(value) > longest:
            message = _("a text of {length} characters is longer than the limit of {limit}")
            raise _place_refusal(
                text,
                source,
                [*place, key],
                message.format(length=format_number(len(value)), limit=format_number(longest)),
                "string_length",
                limits,
                len(value),
            )
        found = _SURROGATE.search(value) if halves else None
        if found is not None:
            message = _(
                "the text holds {escape}, half of a character (a lone surrogate), "
                "which no file can hold"
            ).format(escape=f"\\u{ord(found.group()):04x}")
            path = [p for p in [*place, key] if p != ""]
            raise DocumentError(
                message,
                source=source,
                path=_format_path(path),
                line=lone_line(text),
                hint=_("write the whole character, or remove the escape"),
            )

    if type(data) is str:
        check(data, "")
    stack: list[tuple[Any, Any]] = [(data, iter(_items(data)))]
    if type(data) is not dict and type(data) is not list:
        return
    count, most = 1, limits.values
    while stack:
        _container, items = stack[-1]
        for key, value in items:
            count += 1
            if count > most:
                raise _too_many_values(source, limits)
            if type(key) is str and (len(key) > longest or halves):
                check(key, key)
            kind = type(value)
            if kind is str:
                if len(value) > longest or halves:
                    check(value, key)
            elif kind is dict or kind is list:
                if len(stack) >= limits.depth:
                    raise too_deep(source, limits, depth_line(text, limits.depth))
                place.append(key)
                stack.append((value, iter(_items(value))))
                break
        else:
            stack.pop()
            if place:
                place.pop()


def _items(value: Any) -> Any:
    if type(value) is dict:
        return value.items()
    if type(value) is list:
        return enumerate(value)
    return ()


def _format_path(path: list[Any]) -> str:
    from scenario.io.document import format_path

    return format_path(path)


def _place_refusal(
    text: str,
    source: str,
    path: list[Any],
    message: str,
    limit: str,
    limits: Limits,
    needed: int,
) -> DocumentError:
    path = [p for p in path if p != ""]
    # The place finder composes the text as YAML: without the limit it is to tell about.
    with use_limits(limits.evolve(**{limit: 2**62})):
        found = json_places(text)(path)
    return refusal(
        limit,
        message,
        source=source,
        limits=limits,
        needed=needed,
        line=found[0] if found else None,
        path=_format_path(path),
    )
