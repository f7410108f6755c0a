"""Learner data read one line, one row or one statement at a time, each bounded.

A file of learner data may be large (its limit, ``data_size``, is 256 MB by
default) but each of its lines, rows or statements is small: none is
allowed past the limit ``file_size`` (:mod:`scenario.io.limits`), so that
memory stays bounded whatever the file holds (one line of 200 MB of
commas, an array whose one statement never closes).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any, AnyStr

from scenario.errors import LearnerDataError
from scenario.i18n import _, format_number
from scenario.io.limits import LARGEST_NUMBER, Limits, refusal

__all__ = [
    "array_items",
    "bounded_lines",
    "data_refusal",
    "parse_statement",
    "too_many_traces",
]

_CHUNK = 1 << 20


def data_refusal(
    limit: str, template: str, name: str, line: int | None, limits: Limits
) -> LearnerDataError:
    """The refusal of learner data past the limit ``limit``: ``template`` says what is
    too large, its ``{limit}`` filled with the limit's value."""
    message = template.format(limit=format_number(getattr(limits, limit)))
    error = refusal(limit, message, source=name, limits=limits, line=line, error=LearnerDataError)
    assert isinstance(error, LearnerDataError)
    return error


def too_many_traces(name: str, line: int, limits: Limits) -> LearnerDataError:
    """More traces than the limit ``data_traces`` holds in memory."""
    template = _("the file holds more than {limit} traces of learners on activities")
    return data_refusal("data_traces", template, name, line, limits)


def too_long(name: str, line: int | None, limits: Limits) -> LearnerDataError:
    """The refusal of a line or a statement past the limit ``file_size``."""
    template = _("a line or a statement is longer than the limit of {limit} bytes")
    return data_refusal("file_size", template, name, line, limits)


def bounded_lines(handle: IO[AnyStr], name: str, limits: Limits) -> Iterator[AnyStr]:
    """The lines of ``handle``, refusing one longer than ``limits.file_size``."""
    longest = limits.file_size
    number = 0
    while True:
        line = handle.readline(longest + 1)
        if not line:
            return
        number += 1
        if len(line) > longest:
            raise too_long(name, number, limits)
        yield line


class _Number(ValueError):
    """A number too large in a statement."""


def _whole(literal: str) -> int:
    if len(literal) > 64 or abs(int(literal)) > LARGEST_NUMBER:
        raise _Number(literal)
    return int(literal)


def _decimal(literal: str) -> float:
    if len(literal) > 400:
        raise _Number(literal)
    return float(literal)


_DECODER = json.JSONDecoder(parse_int=_whole, parse_float=_decimal)


def parse_statement(text: str) -> Any:
    """One JSON value, numbers bounded.

    Raises:
        ValueError: not JSON, a number too large, or nested past what Python reads.
    """
    try:
        return _DECODER.decode(text)
    except RecursionError:
        raise ValueError("too deep") from None


def array_items(handle: IO[bytes], name: str, limits: Limits) -> Iterator[Any]:
    """The values of the JSON array the binary ``handle`` holds, one at a time.

    Raises:
        LearnerDataError: the text is not one JSON array (``error`` names the
            statement), or one of its values is past the limit ``file_size``.
    """
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    buffer, position, ended, count = "", 0, False, 0

    def more() -> bool:
        nonlocal buffer, position, ended
        if ended:
            return False
        chunk = handle.read(_CHUNK)
        buffer = buffer[position:] + decoder.decode(chunk, final=not chunk)
        position = 0
        ended = not chunk
        return True

    def skip() -> str:
        nonlocal position
        while True:
            while position < len(buffer) and buffer[position] in " \t\r\n":
                position += 1
            if position < len(buffer) or not more():
                return buffer[position : position + 1]

    def fail() -> LearnerDataError:
        return LearnerDataError(_("the file is not a JSON array of xAPI statements"), source=name)

    try:
        if skip() != "[":
            raise fail()
        position += 1
        if skip() == "]":
            position += 1
            if skip():
                raise fail()
            return
        while True:
            while True:
                try:
                    value, end = _DECODER.raw_decode(buffer, position)
                except (ValueError, RecursionError):
                    value, end = None, -1
                if end >= 0 and (end < len(buffer) or ended):
                    break
                if len(buffer) - position > limits.file_size:
                    raise too_long(name, count + 1, limits)
                if not more():
                    raise fail()
            count += 1
            yield value
            position = end
            mark = skip()
            position += 1
            if mark == "]":
                if skip():
                    raise fail()
                return
            if mark != ",":
                raise fail()
            skip()
    except UnicodeDecodeError:
        raise fail() from None
