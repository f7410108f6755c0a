"""Dates of a course's calendar: the scenario's ``start`` and each phase's ``date``.

Designers write dates the ISO way (``2025-03-10``) or the French way
(``10/03/2025``, ``10.03.2025``); :func:`parse_date` reads both, and
documents keep the ISO form (:func:`format_date`). :func:`readable_date`
writes a date as a reader reads it, in the reader's language (``lundi 10 mars
2025``, ``Monday 10 March 2025``). A phase may also give a ``week``: the
course's week number, week 1 beginning on the scenario's ``start``
(:func:`week_start`).

>>> parse_date("10/03/2025"), parse_date("2025-03-10") == parse_date("10.03.2025")
(datetime.date(2025, 3, 10), True)
>>> format_date(parse_date("2025-3-9"))
'2025-03-09'
>>> week_start(parse_date("2025-03-10"), 2)
datetime.date(2025, 3, 17)
"""

from __future__ import annotations

import datetime
import re

from scenario.errors import VocabularyError
from scenario.i18n import N_, _, pgettext, use_language

__all__ = ["format_date", "parse_date", "readable_date", "week_start"]

_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")
_FRENCH = re.compile(r"^(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})$")
_HINT = ["2025-03-10", "10/03/2025"]

_DAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def parse_date(value: object) -> datetime.date:
    """Read a calendar date.

    Args:
        value: a ``datetime.date`` (a YAML date is read as one), or text as
            ``2025-03-10`` or ``10/03/2025`` (day first, as in French).

    Raises:
        VocabularyError: not a date, or a day that does not exist (``2025-02-30``).

    >>> parse_date("30/02/2025")
    Traceback (most recent call last):
    ...
    scenario.errors.VocabularyError: valeur invalide pour « date » : '30/02/2025' : ce jour n'existe pas dans le calendrier
    """
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        match = _ISO.match(text) or _FRENCH.match(text)
        if match:
            try:
                return datetime.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                raise VocabularyError(
                    "date", value, reason=_("this day does not exist in the calendar")
                ) from None
    raise VocabularyError("date", value, [], _HINT)


def format_date(day: datetime.date) -> str:
    """A date in the documents' form: ISO 8601, ``2025-03-10``."""
    return day.isoformat()


def readable_date(day: datetime.date, lang: str | None = None) -> str:
    """A date as a reader reads it: ``lundi 10 mars 2025`` or ``Monday 10 March 2025``.

    >>> readable_date(datetime.date(2025, 3, 1), "fr"), readable_date(datetime.date(2025, 3, 1), "en")
    ('samedi 1er mars 2025', 'Saturday 1 March 2025')
    """
    with use_language(lang):
        weekday = _(_DAYS[day.weekday()])
        month = _(_MONTHS[day.month - 1])
        if day.day == 1:  # French writes "1er mars"
            form = pgettext("the first of the month", "{weekday} {day} {month} {year}")
        else:
            form = _("{weekday} {day} {month} {year}")
        return form.format(weekday=weekday, day=day.day, month=month, year=day.year)


def week_start(start: datetime.date, week: int) -> datetime.date:
    """The first day of the course's week ``week`` (week 1 begins on ``start``)."""
    return start + datetime.timedelta(days=7 * (week - 1))
