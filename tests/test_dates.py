"""The calendar fields: the scenario's start, each phase's date or week."""

from __future__ import annotations

import datetime

import pytest

import scenario
from scenario.dates import parse_date, readable_date, week_start
from scenario.errors import DocumentError, VocabularyError

DOC = """\
scenario: 1
title: T
start: {start}
phases:
  - {{id: a, phase: découverte, date: {date}}}
  - {{id: b, phase: évaluation, week: 2}}
"""


class TestParseDate:
    @pytest.mark.parametrize(
        "text",
        ["2025-03-10", "10/03/2025", "10.03.2025", " 2025-3-10 ", datetime.date(2025, 3, 10)],
    )
    def test_iso_and_french_forms_are_read(self, text: object) -> None:
        """ISO and day-first French dates, and date objects, give the same day."""
        assert parse_date(text) == datetime.date(2025, 3, 10)

    def test_a_datetime_gives_its_day(self) -> None:
        assert parse_date(datetime.datetime(2025, 3, 10, 9, 30)) == datetime.date(2025, 3, 10)

    @pytest.mark.parametrize("text", ["demain", "2025-13-01", "31/02/2025", 20250310, None])
    def test_what_is_not_a_day_is_refused(self, text: object) -> None:
        with pytest.raises(VocabularyError):
            parse_date(text)

    def test_readable_dates_in_both_languages(self) -> None:
        day = datetime.date(2025, 3, 10)
        assert readable_date(day, "fr") == "lundi 10 mars 2025"
        assert readable_date(day, "en") == "Monday 10 March 2025"

    def test_week_one_begins_on_the_start(self) -> None:
        start = datetime.date(2025, 3, 12)
        assert week_start(start, 1) == start
        assert week_start(start, 3) == datetime.date(2025, 3, 26)


class TestDocument:
    def test_dates_load_in_any_form_and_dump_in_iso(self) -> None:
        """A YAML date, a French date and a week load; the dump writes ISO text back."""
        s = scenario.loads(DOC.format(start="2025-03-10", date="12/03/2025"))
        assert s.start == datetime.date(2025, 3, 10)
        assert s.phases[0].date == datetime.date(2025, 3, 12)
        assert s.phases[1].week == 2
        text = s.dumps()
        assert "start: '2025-03-10'" in text
        assert "date: '2025-03-12'" in text
        assert scenario.loads(text) == s
        assert scenario.loads(s.dumps("json"), "json") == s

    @pytest.mark.parametrize(
        ("start", "place", "words"),
        [
            ("2025-02-30", "start", "ce jour n'existe pas"),
            ("demain", "start", "impossible de lire la date 'demain'"),
            ("3", "start", "il faut un texte"),
        ],
    )
    def test_a_wrong_date_is_refused_with_its_place(
        self, start: str, place: str, words: str
    ) -> None:
        with pytest.raises(DocumentError) as caught:
            scenario.loads(DOC.format(start=start, date="2025-03-12"))
        assert caught.value.path == place
        assert caught.value.line == 3
        assert words in str(caught.value)

    def test_a_wrong_phase_date_names_the_phase(self) -> None:
        with pytest.raises(DocumentError) as caught:
            scenario.loads(DOC.format(start="2025-03-10", date="2025-02-29"))
        assert caught.value.path == "phases[0].date"

    @pytest.mark.parametrize("week", ["0", "-1", "1.5", "deux"])
    def test_a_week_is_a_whole_number_of_at_least_one(self, week: str) -> None:
        with pytest.raises(DocumentError) as caught:
            scenario.loads(
                f"scenario: 1\ntitle: T\nphases: [{{id: a, phase: découverte, week: {week}}}]"
            )
        assert caught.value.path == "phases[0].week"

    def test_the_model_checks_weeks_and_reads_dates(self) -> None:
        s = scenario.Scenario("T", start="10/03/2025")
        phase = s.add_phase("a", "découverte", date="2025-03-11", week=1)
        assert (s.start, phase.date) == (datetime.date(2025, 3, 10), datetime.date(2025, 3, 11))
        with pytest.raises(DocumentError):
            s.add_phase("b", "découverte", week=0)
