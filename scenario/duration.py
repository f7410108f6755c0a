"""Durations of phases, in whole minutes.

Designers write durations the way they speak: ``20min``, ``1h30``, ``2 h``,
ISO 8601 ``PT1H30M``, or a bare number of minutes. :func:`parse_duration`
reads all of them; :func:`format_duration` writes the canonical form used by
``dump`` (``20min``, ``1h30``, ``2h``).

>>> parse_duration("1h30"), parse_duration("PT45M"), parse_duration(90)
(90, 45, 90)
>>> format_duration(90), format_duration(20), format_duration(120)
('1h30', '20min', '2h')
"""

from __future__ import annotations

import re

from scenario.errors import VocabularyError
from scenario.i18n import _

__all__ = ["format_duration", "parse_duration", "readable_duration"]

_HOURS_MINUTES = re.compile(
    r"^(?:(?P<h>\d+)\s*(?:h|hr|hrs|hour|hours|heure|heures))?\s*"
    r"(?:(?P<m>\d+)\s*(?:m|min|mins|minute|minutes|mn)?)?$"
)
_ISO = re.compile(r"^PT(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?$", re.IGNORECASE)

_HINT = ["20min", "1h30", "PT1H30M", "90"]

#: The longest duration read, in minutes: the largest whole number of a document
#: (``scenario.io.limits.LARGEST_NUMBER``, 2**53 - 1), some 17 billion years.
MAX_MINUTES = 2**53 - 1
#: Digits of hours or minutes past this are not even computed (2**53 has 16).
_DIGITS = 20


def parse_duration(value: object) -> int:
    """Read a duration as whole minutes.

    Args:
        value: an integer of minutes, or a string such as ``"20min"``,
            ``"1h30"``, ``"1 h 30 min"``, ``"2h"`` or ``"PT1H30M"``.

    Raises:
        VocabularyError: the value cannot be read as a duration, or is negative.

    >>> parse_duration("1 h 30 min")
    90
    >>> parse_duration("soon")
    Traceback (most recent call last):
    ...
    scenario.errors.VocabularyError: durée illisible 'soon' : écrivez-la par exemple '20min', '1h30', 'PT1H30M', '90'
    """
    if isinstance(value, bool):
        raise VocabularyError("duration", value, [], _HINT)
    if isinstance(value, int):
        if value < 0:
            raise VocabularyError("duration", value, reason=_("a duration cannot be negative"))
        return _bounded(value, value)
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return _bounded(int(value), value)
    if isinstance(value, str):
        text = value.strip()
        match = _ISO.match(text) if text[:2].upper() == "PT" else _HOURS_MINUTES.match(text.lower())
        if match and text and (match.group("h") or match.group("m")):
            hours, minutes = match.group("h") or "0", match.group("m") or "0"
            if max(len(hours), len(minutes)) > _DIGITS:
                return _bounded(MAX_MINUTES + 1, value)
            return _bounded(int(hours) * 60 + int(minutes), value)
    raise VocabularyError("duration", value, [], _HINT)


def _bounded(minutes: int, value: object) -> int:
    if minutes > MAX_MINUTES:
        raise VocabularyError("duration", value, reason=_("a duration cannot be that long"))
    return minutes


def format_duration(minutes: int) -> str:
    """Write minutes in the canonical form of documents (``45min``, ``2h``, ``1h05``)."""
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return f"{rest}min"
    return f"{hours}h" if rest == 0 else f"{hours}h{rest:02d}"


def readable_duration(minutes: int) -> str:
    """Minutes as a reader reads them (``45 min``, ``2 h``, ``1 h 30``): for reports,
    maps and documents; :func:`format_duration` writes the document's own form.

    >>> readable_duration(45), readable_duration(120), readable_duration(90)
    ('45 min', '2 h', '1 h 30')
    """
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"
