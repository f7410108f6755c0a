"""Reading learner data: Moodle's completion report (both downloads) and xAPI statements."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from scenario.errors import LearnerDataError
from scenario.io.learner_data import read_learner_data
from scenario.io.learner_data.moodle_csv import _state
from scenario.io.limits import Limits
from tests._scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "examples" / "apres-la-session"


def _csv(tmp_path: Path, rows: list[list[str]], name: str = "progress.csv") -> Path:
    path = tmp_path / name
    text = "".join(",".join(f'"{c}"' for c in row) + "\n" for row in rows)
    path.write_text(text, encoding="utf-8")
    return path


def _jsonl(tmp_path: Path, statements: list[object], name: str = "s.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(s) + "\n" for s in statements), encoding="utf-8")
    return path


def statement(actor: str, verb: str, cmid: int, name: str, **more: object) -> dict[str, object]:
    found: dict[str, object] = {
        "actor": {"name": actor, "account": {"homePage": "https://m.example.org", "name": actor}},
        "verb": {"id": verb},
        "object": {
            "id": f"https://m.example.org/mod/page/view.php?id={cmid}",
            "definition": {"name": {"fr": name}},
        },
    }
    found.update(more)
    return found


VIEWED = "http://id.tincanapi.com/verb/viewed"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"


class TestStates:
    @pytest.mark.parametrize(
        ("words", "expected"),
        [
            ("Completed", (True, None)),
            ("Terminé", (True, None)),
            ("Not completed", (False, None)),
            ("Pas terminé", (False, None)),
            ("Completed (achieved pass grade)", (True, True)),
            ("Terminé (note minimale de réussite atteinte)", (True, True)),
            ("Terminé (note pour passer atteinte)", (True, True)),
            ("Completed (did not achieve pass grade)", (True, False)),
            ("Terminé (n’a pas atteint la note minimale de réussite)", (True, False)),
            ("Terminé (n'a pas atteint la note pour passer)", (True, False)),
            ("Completed (set by Édith Moreau)", (True, None)),
            ("Terminé (défini par Édith Moreau)", (True, None)),
            ("Not completed (set by Édith Moreau)", (False, None)),
            ("Non terminé (défini par Édith Moreau)", (False, None)),
            ("  TERMINÉ ", (True, None)),
            ("", (False, None)),
            ("Peut-être", None),
        ],
    )
    def test_each_state_of_moodle_in_english_and_french(
        self, words: str, expected: tuple[bool, bool | None] | None
    ) -> None:
        """Every state Moodle writes, typographic apostrophes and older wordings
        included, reads as (completed, success); anything else is not a state."""
        assert _state(words) == expected


class TestMoodleReport:
    def test_both_downloads_of_the_example_give_the_same_traces(self) -> None:
        """The French UTF-8 comma download and the English UTF-16 tab download of the
        same report read into the same learners, activities and traces."""
        french = read_learner_data(DATA / "progress.prendre-en-main.csv")
        english = read_learner_data(DATA / "progress.prendre-en-main.excel.csv")
        assert french.kind == english.kind == "moodle-completion"
        assert french.learners == english.learners == 24
        assert [a.name for a in french.activities] == [a.name for a in english.activities]
        assert len(french.activities) == 7
        assert french.traces == english.traces

    def test_identity_columns_are_skipped_and_entities_decoded(self, tmp_path: Path) -> None:
        """Any number of identity fields before the activities; names keep their ``&``."""
        path = _csv(
            tmp_path,
            [
                [
                    "",
                    "Email address",
                    "ID number",
                    "Quiz &amp; bilan",
                    "2026-03-20 00:00:00",
                    "Page",
                    "",
                ],
                [
                    "Zoé Lambert",
                    "zoe@example.org",
                    "A12",
                    "Completed (achieved pass grade)",
                    "2026-03-02 10:00:00",
                    "Not completed",
                    "",
                ],
            ],
        )
        data = read_learner_data(path)
        assert [a.name for a in data.activities] == ["Quiz & bilan", "Page"]
        (trace,) = data.traces
        assert (trace.learner, trace.completed, trace.success) == (0, True, True)
        assert str(trace.completed_at) == "2026-03-02 10:00:00"

    def test_a_semicolon_csv_saved_again_by_a_spreadsheet_is_read(self, tmp_path: Path) -> None:
        """A report opened and saved again with semicolons still reads."""
        path = tmp_path / "p.csv"
        path.write_text(';"Adresse de courriel";"Page";\n"A B";"a@b.c";"Terminé";\n', "utf-8")
        assert read_learner_data(path).learners == 1

    @pytest.mark.parametrize(
        ("rows", "line", "words"),
        [
            (
                [["", "Page", ""], ["Zoé Lambert", "Peut-être", ""]],
                2,
                "l'état de l'activité « Page »",
            ),
            ([["", "Page", ""], ["Zoé Lambert", "Terminé", "hier"]], 2, "la date de l'activité"),
            ([["", "Page", ""], ["Zoé Lambert", "Terminé"]], 2, "la ligne a 2 cellules"),
            ([["Nom", "Page", ""], ["Zoé Lambert", "Terminé", ""]], 1, "pas un rapport"),
        ],
    )
    def test_a_bad_row_is_refused_in_french_naming_file_and_line_never_the_learner(
        self, tmp_path: Path, rows: list[list[str]], line: int, words: str
    ) -> None:
        path = _csv(tmp_path, rows)
        with pytest.raises(LearnerDataError) as caught:
            read_learner_data(path)
        message = str(caught.value)
        assert message.startswith(f"{path}, ligne {line} : ")
        assert words in message
        assert "Zoé" not in message
        assert "Lambert" not in message

    def test_a_file_that_is_not_utf8_is_refused_with_the_line(self, tmp_path: Path) -> None:
        path = tmp_path / "p.csv"
        path.write_bytes(b'"","Page",""\n"Zo\xe9","Termin\xe9",""\n')
        with pytest.raises(LearnerDataError, match="n'est pas du texte UTF-8"):
            read_learner_data(path)

    def test_the_rows_and_the_size_are_bounded_and_the_limits_can_be_raised(
        self, tmp_path: Path
    ) -> None:
        """Past max_rows or max_bytes the file is refused, saying how to raise the limit."""
        rows = [["", "Page", ""]] + [[f"L{i}", "Terminé", ""] for i in range(5)]
        path = _csv(tmp_path, rows)
        with pytest.raises(LearnerDataError, match=r"plus de 3 apprenants.*--max-rows"):
            read_learner_data(path, max_rows=3)
        assert read_learner_data(path, max_rows=5).learners == 5
        # Five completions of one activity: five traces kept in memory, bounded too.
        with pytest.raises(LearnerDataError, match=r"ligne 5 : .*plus de 3 traces"):
            read_learner_data(path, limits=Limits(data_traces=3))
        with pytest.raises(LearnerDataError, match=r"dépasse 0 Mo.*--max-mb"):
            read_learner_data(path, max_bytes=10)

    def test_a_large_report_streams(self, tmp_path: Path) -> None:
        """50,000 learners read row by row (the limit is on rows, not on memory of text)."""
        path = tmp_path / "big.csv"
        with path.open("w", encoding="utf-8") as handle:
            handle.write('"","Page",""\n')
            for i in range(50_000):
                handle.write(f'"Learner {i}","{"Terminé" if i % 2 else "Pas terminé"}",""\n')
        data = read_learner_data(path)
        assert data.learners == 50_000
        assert len(data.traces) == 25_000

    def test_excel_download_is_utf16_with_tabs(self, tmp_path: Path) -> None:
        path = tmp_path / "p.csv"
        text = (
            '""\t"Email address"\t"Page"\t""\n"A B"\t"a@b.c"\t"Completed"\t"2026-03-02 10:00:00"\n'
        )
        path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
        assert read_learner_data(path).traces[0].completed


class TestXapi:
    def test_the_moodle_and_openedx_examples_read(self) -> None:
        """Moodle's logstore shapes and Open edX's progressed blocks; course-level
        statements are set aside."""
        moodle = read_learner_data(DATA / "statements.moodle.jsonl")
        assert (moodle.kind, moodle.learners, moodle.skipped) == ("xapi", 24, 24)
        assert "Annonces" in [a.name for a in moodle.activities]
        assert any("101" in a.ids for a in moodle.activities)
        edx = read_learner_data(DATA / "statements.openedx.jsonl")
        assert edx.learners == 24
        assert all(a.name is None for a in edx.activities)
        assert any(i.endswith("block@html_phase_accroche") for a in edx.activities for i in a.ids)
        assert sum(t.completed for t in edx.traces) == sum(
            t.completed for t in moodle.traces
        ) - sum(t.completed for t in moodle.traces if t.activity.endswith("id=102"))

    def test_completion_success_and_durations_per_learner_and_activity(
        self, tmp_path: Path
    ) -> None:
        path = _jsonl(
            tmp_path,
            [
                statement("a", VIEWED, 1, "Quiz", timestamp="2026-03-02T10:00:00Z"),
                statement(
                    "a",
                    COMPLETED,
                    1,
                    "Quiz",
                    timestamp="2026-03-02T10:20:00+00:00",
                    result={"completion": True, "success": False, "duration": "PT15M"},
                ),
                statement(
                    "a",
                    COMPLETED,
                    1,
                    "Quiz",
                    timestamp="2026-03-02T10:40:00Z",
                    result={"completion": True, "success": True, "duration": "PT5M30S"},
                ),
                statement("b", VIEWED, 1, "Quiz", timestamp="2026-03-02T11:00:00Z"),
            ],
        )
        data = read_learner_data(path)
        first, second = sorted(data.traces, key=lambda t: t.learner)
        assert (first.completed, first.success, first.seconds) == (True, True, 20 * 60 + 30)
        assert str(first.completed_at) == "2026-03-02 10:20:00+00:00"
        assert (second.reached, second.completed, second.success) == (True, False, None)

    def test_a_json_array_is_read_too(self, tmp_path: Path) -> None:
        path = tmp_path / "s.json"
        path.write_text(json.dumps([statement("a", VIEWED, 1, "Page")]), encoding="utf-8")
        assert read_learner_data(path).learners == 1

    @pytest.mark.parametrize(
        ("lines", "line", "words"),
        [
            (["{not json"], 1, "n'est pas un objet JSON"),
            (
                [
                    json.dumps(statement("Zoé Lambert", VIEWED, 1, "Page")),
                    json.dumps(
                        {
                            "actor": {
                                "name": "Zoé Lambert",
                                "mbox": "mailto:zoe.lambert@example.org",
                            },
                            "object": {"id": "x"},
                        }
                    ),
                ],
                2,
                "verb (missing)",
            ),
            ([json.dumps(statement("Zoé Lambert", "viewed", 1, "Page"))], 1, "verb.id"),
            (
                [json.dumps({**statement("Zoé Lambert", VIEWED, 1, "Page"), "mood": "happy"})],
                1,
                "mood (extra_forbidden)",
            ),
        ],
    )
    def test_a_bad_statement_is_refused_naming_line_and_field_never_a_value(
        self, tmp_path: Path, lines: list[str], line: int, words: str
    ) -> None:
        path = tmp_path / "s.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with pytest.raises(LearnerDataError) as caught:
            read_learner_data(path)
        message = str(caught.value)
        assert message.startswith(f"{path}, ligne {line} : ")
        assert words in message
        assert "Zoé" not in message
        assert "zoe" not in message

    def test_statements_are_bounded(self, tmp_path: Path) -> None:
        path = _jsonl(tmp_path, [statement(str(i), VIEWED, 1, "Page") for i in range(4)])
        with pytest.raises(LearnerDataError, match="plus de 3 déclarations"):
            read_learner_data(path, max_rows=3)

    def test_the_traces_kept_are_bounded(self, tmp_path: Path) -> None:
        """Each learner on each activity is kept in memory: past data_traces, refused."""
        path = _jsonl(tmp_path, [statement(str(i), VIEWED, 1, "Page") for i in range(4)])
        with pytest.raises(LearnerDataError, match=r"plus de 3 traces.*data_traces="):
            read_learner_data(path, limits=Limits(data_traces=3))
        assert len(read_learner_data(path, limits=Limits(data_traces=4)).traces) == 4


def test_the_example_data_is_what_the_script_writes() -> None:
    """examples/apres-la-session/ is the output of scripts/learner_data.py, unchanged."""
    assert load_script("learner_data").main(["--check"]) == 0


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LearnerDataError, match="impossible de lire le fichier"):
        read_learner_data(tmp_path / "none.csv")
