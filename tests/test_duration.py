"""Durations: the forms designers write, and the canonical form written back."""

from __future__ import annotations

import pytest

from scenario.duration import format_duration, parse_duration
from scenario.errors import VocabularyError


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("20min", 20),
        ("20 min", 20),
        ("45", 45),
        ("1h30", 90),
        ("1h", 60),
        ("2 h", 120),
        ("1 h 30 min", 90),
        ("1h05", 65),
        ("PT1H30M", 90),
        ("PT45M", 45),
        ("PT2H", 120),
        ("pt1h30m", 90),
        ("90 minutes", 90),
        ("2 heures", 120),
        (0, 0),
        (90, 90),
        (30.0, 30),
        ("1,5 h", 90),
        ("0,5h", 30),
        ("1,5 heure", 90),
        ("1.5h", 90),
        ("1,25 heures", 75),
        ("0,33 h", 20),
    ],
)
def test_readable_forms(text, minutes):
    """Every way a designer writes a duration, a decimal comma in hours included
    (rounded to the nearest minute)."""
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    "value",
    ["", "soon", "h", "PT", "1h30x", "-20min", -5, True, 1.5, None, "1,5", "1,5h30", "2,5 min"],
)
def test_unreadable_or_negative_durations_are_refused(value):
    """A decimal without a unit, or with minutes after it, is ambiguous: refused."""
    with pytest.raises(VocabularyError):
        parse_duration(value)


def test_negative_duration_says_why():
    with pytest.raises(VocabularyError, match="une durée ne peut pas être négative"):
        parse_duration(-1)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr", "durée illisible 'soon' : écrivez-la par exemple '20min', '1h30', 'PT1H30M', '90'"),
        ("en", "unknown duration 'soon': write it as '20min', '1h30', 'PT1H30M', '90'"),
        ("en", "invalid duration -1: a duration cannot be negative"),
    ],
)
def test_refusals_speak_the_language_of_the_moment(lang, message):
    """The refusal is worded in the current language, the forms to write in the hint."""
    from scenario.i18n import use_language

    value = -1 if "-1" in message else "soon"
    with use_language(lang), pytest.raises(VocabularyError) as info:
        parse_duration(value)
    assert str(info.value) == message


@pytest.mark.parametrize("minutes", [0, 5, 59, 60, 61, 90, 120, 600, 1439])
def test_canonical_form_reads_back(minutes):
    assert parse_duration(format_duration(minutes)) == minutes
