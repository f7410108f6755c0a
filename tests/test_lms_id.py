"""The ``lms:`` id of a phase: read, written back, checked by the schema."""

from __future__ import annotations

import pytest

import scenario
from scenario import DocumentError

DOC = """\
scenario: 1
title: Essai
phases:
  - {id: a, phase: découverte, title: Vidéo, lms: 42}
  - {id: b, phase: évaluation, lms: "https://moodle.example.org/mod/quiz/view.php?id=7"}
  - {id: c, phase: évaluation}
"""


def test_lms_id_is_read_as_text_and_written_back() -> None:
    """A number is read as text (a course-module id), and the dump keeps it."""
    s = scenario.loads(DOC)
    assert [p.lms for p in s.phases] == [
        "42",
        "https://moodle.example.org/mod/quiz/view.php?id=7",
        None,
    ]
    again = scenario.loads(s.dumps())
    assert again == s
    assert "lms: '42'" in s.dumps()
    assert '"lms": "42"' in s.dumps("json")


def test_add_phase_takes_an_lms_id() -> None:
    """The builder takes the id too."""
    s = scenario.Scenario("T")
    assert s.add_phase("a", "découverte", lms="block-v1:Org+C1+2026+type@sequential+block@a").lms


@pytest.mark.parametrize("value", ["", "[1, 2]"])
def test_an_empty_or_list_lms_id_is_refused(value: str) -> None:
    """The schema refuses an empty id or a list, naming the place."""
    with pytest.raises(DocumentError) as caught:
        scenario.loads(DOC.replace("lms: 42", f"lms: {value or repr('')}"))
    assert caught.value.path == "phases[0].lms"
