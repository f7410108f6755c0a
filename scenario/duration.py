"""Durations of phases, in whole minutes.

Designers write durations the way they speak: ``20min``, ``1h30``, ``2 h``,
hours with a decimal comma or point (``1,5 h``, ``0,5h``, ``1.5 heure``),
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
from decimal import ROUND_HALF_UP, Decimal

from scenario.errors import VocabularyError
from scenario.i18n import _

__all__ = ["format_duration", "parse_duration", "readable_duration"]

_HOURS_MINUTES = re.compile(
    r"^(?:(?P<h>\d+)\s*(?:h|hr|hrs|hour|hours|heure|heures))?\s*"
    r"(?:(?P<m>\d+)\s*(?:m|min|mins|minute|minutes|mn)?)?$"
)
# Hours with a decimal comma or point, alone: "1,5 h", "0,5h", "1.5 heure".
_DECIMAL_HOURS = re.compile(r"^(?P<h>\d{1,6}[.,]\d{1,6})\s*(?:h|hr|hrs|hour|hours|heure|heures)$")
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
            ``"1h30"``, ``"1 h 30 min"``, ``"2h"``, ``"1,5 h"`` or ``"PT1H30M"``.
            Decimal hours are rounded to the nearest minute (``0,33 h`` is 20).

    Raises:
        VocabularyError: the value cannot be read as a duration, or is negative.

    >>> parse_duration("1 h 30 min"), parse_duration("1,5 h"), parse_duration("0,25h")
    (90, 90, 15)
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
        decimal = _DECIMAL_HOURS.match(text.lower())
        if decimal:  # at most six digits each side: never too long
            hours_decimal = Decimal(decimal.group("h").replace(",", "."))
            return int((hours_decimal * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))
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
