"""Moodle's activity completion report ("Achèvement d'activités"), downloaded as CSV.

Moodle offers two downloads of the report (``report/progress``):
"CSV (UTF-8)", comma-separated UTF-8, and "CSV compatible Excel", UTF-16LE
with a byte-order mark, tab-separated. Both are read, streamed row by row.
The header's first cell is empty (the learners' names), then come the
identity fields the downloader may see (the e-mail by default), then two
columns per activity: its name (HTML entities decoded), and its expected
completion date or nothing. Each row gives a learner's name, identity
fields, then per activity its state and the date the state was set.

States are read in English or French, typographic apostrophes and older
wordings included: *Completed* / *Terminé*, *Not completed* / *Pas terminé*,
*Completed (achieved pass grade)* / *Terminé (note minimale de réussite
atteinte)*, *Completed (did not achieve pass grade)* / *Terminé (n'a pas
atteint la note minimale de réussite)*, and those *set by* a teacher
(*défini par X*). A completed activity counts as reached: the report has
no trace of a mere visit.

The learners' names and identity fields are skipped as they are read: a
learner is the number of their row, and an error names the line, never a
cell's value.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import html
import io
import re
from collections.abc import Iterator
from pathlib import Path

from scenario._text import fold
from scenario.errors import LearnerDataError
from scenario.i18n import _
from scenario.io.learner_data._bounded import bounded_lines, data_refusal, too_many_traces
from scenario.io.learner_data._model import (
    DEFAULT_MAX_ROWS,
    Activity,
    LearnerData,
    Trace,
)
from scenario.io.limits import Limits, current_limits

__all__ = ["read_completion_csv"]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?")
# Folded states (see fold): lower case, no accents, typographic apostrophes made plain.
_NOT_DONE = ("not completed", "pas termine", "non termine", "incomplete", "incomplet")
_DONE = ("completed", "termine", "complete")
_FAILED = ("did not achieve", "n'a pas atteint", "not achieved", "echec")
_PASSED = ("achieved pass grade", "note minimale de reussite atteinte", "note pour passer atteinte")


def _state(text: str) -> tuple[bool, bool | None] | None:
    """(completed, success) for a state's words, or None when they are not a state."""
    words = fold(text.replace("’", "'").replace("‘", "'"))
    if not words:
        return (False, None)
    if words.startswith(_NOT_DONE):
        return (False, None)
    if words.startswith(_DONE):
        if any(w in words for w in _FAILED):
            return (True, False)
        if any(w in words for w in _PASSED):
            return (True, True)
        return (True, None)
    return None


def _date(text: str) -> datetime.datetime | None:
    text = text.strip()
    if not text:
        return None
    if not _DATE.fullmatch(text):
        raise ValueError(text)
    return datetime.datetime.fromisoformat(text)


def _is_date_header(cell: str) -> bool:
    return not cell.strip() or bool(_DATE.fullmatch(cell.strip()))


def _first_activity_column(header: list[str]) -> int | None:
    """Where the activity columns begin: after the name and identity columns.

    From there on, the columns go in pairs, each an activity's name and a date
    (or nothing); identity fields are neither empty nor dates.
    """
    for start in range(1, len(header)):
        rest = header[start:]
        if len(rest) % 2:
            continue
        names, dates = rest[0::2], rest[1::2]
        if all(n.strip() and not _DATE.fullmatch(n.strip()) for n in names) and all(
            _is_date_header(d) for d in dates
        ):
            return start
    return None


def _open_text(path: Path) -> tuple[io.TextIOWrapper, str]:
    """The file as text in its encoding, and the delimiter of its kind of download."""
    with path.open("rb") as probe:
        head = probe.read(4096)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return path.open(encoding="utf-16", newline=""), "\t"
    handle = path.open(encoding="utf-8-sig", newline="")
    first = head.split(b"\n", 1)[0]
    delimiter = "\t" if b"\t" in first else (";" if first.count(b";") > first.count(b",") else ",")
    return handle, delimiter


def read_completion_csv(
    path: str | Path,
    *,
    max_rows: int = DEFAULT_MAX_ROWS,
    source: str | None = None,
    limits: Limits | None = None,
) -> LearnerData:
    """Read a Moodle activity completion report (either CSV download).

    Args:
        path: the file.
        max_rows: the most learners (rows) read; more is refused.
        source: the name messages give the file (default: ``path``).
        limits: the input policy (default: the limits in force): one line is
            at most ``file_size`` characters, one cell ``string_length``.

    Raises:
        LearnerDataError: the file is not such a report, or a row cannot be
            read (the message names the line, never a learner).
    """
    path = Path(path)
    name = source or str(path)
    limits = limits or current_limits()
    if csv.field_size_limit() <= limits.string_length:
        csv.field_size_limit(limits.string_length + 1)
    handle, delimiter = _open_text(path)
    with handle:
        lines = bounded_lines(handle, name, limits)
        reader = csv.reader(lines, delimiter=delimiter, quotechar='"')
        rows = _rows(reader, name, limits)
        try:
            header = next(rows)
        except StopIteration:
            raise LearnerDataError(
                _("the file is empty"),
                source=name,
                hint=_("download the report again from Moodle"),
            ) from None
        start = _first_activity_column(header)
        if start is None or header[0].strip():
            raise LearnerDataError(
                _("this is not a Moodle activity completion report"),
                source=name,
                line=1,
                hint=_(
                    "download it from the course's report 'Activity completion', as 'CSV (UTF-8)' "
                    "or 'CSV compatible Excel'"
                ),
            )
        activities = tuple(
            Activity(key=f"column {column + 1}", name=html.unescape(header[column]).strip())
            for column in range(start, len(header), 2)
        )
        traces: list[Trace] = []
        learners = 0
        for cells in rows:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                raise LearnerDataError(
                    _("the row has {count} cells where the header has {expected}").format(
                        count=len(cells), expected=len(header)
                    ),
                    source=name,
                    line=line,
                )
            if learners >= max_rows:
                raise LearnerDataError(
                    _("more than {count} learners").format(count=max_rows),
                    source=name,
                    line=line,
                    hint=_(
                        "raise the limit with --max-rows or --limits data_rows=... "
                        "(max_rows= or Limits(data_rows=...) in Python)"
                    ),
                )
            for activity, column in zip(activities, range(start, len(header), 2)):
                state = _state(cells[column])
                if state is None:
                    raise LearnerDataError(
                        _("the state of the activity {activity} cannot be read").format(
                            activity=f"« {activity.name} »"
                        ),
                        source=name,
                        line=line,
                        hint=_(
                            "expected Completed, Not completed, Terminé, Pas terminé or one "
                            "of their variants"
                        ),
                    )
                try:
                    when = _date(cells[column + 1])
                except ValueError:
                    raise LearnerDataError(
                        _("the date of the activity {activity} cannot be read").format(
                            activity=f"« {activity.name} »"
                        ),
                        source=name,
                        line=line,
                        hint=_("expected a date written as 2026-03-02 14:05:00"),
                    ) from None
                completed, success = state
                if completed:
                    if len(traces) >= limits.data_traces:
                        raise too_many_traces(name, line, limits)
                    traces.append(
                        Trace(
                            learner=learners,
                            activity=activity.key,
                            reached=True,
                            completed=True,
                            success=success,
                            completed_at=when,
                        )
                    )
            learners += 1
    return LearnerData(
        source=name,
        kind="moodle-completion",
        learners=learners,
        activities=activities,
        traces=tuple(traces),
    )


def _rows(reader: Iterator[list[str]], name: str, limits: Limits) -> Iterator[list[str]]:
    """The reader's rows; a decoding or CSV error becomes a LearnerDataError on its line,
    a cell past the limit ``string_length`` a refusal that says how to raise it."""
    line = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            raise LearnerDataError(
                _("the file is not UTF-8 text"),
                source=name,
                line=line + 1,
                hint=_("download the report as 'CSV (UTF-8)' or 'CSV compatible Excel'"),
            ) from None
        except csv.Error as error:
            if "field limit" in str(error):
                raise _long_cell(name, getattr(reader, "line_num", line + 1), limits) from None
            raise LearnerDataError(
                _("the CSV cannot be read: {reason}").format(reason=error),
                source=name,
                line=getattr(reader, "line_num", line + 1),
            ) from None
        line = getattr(reader, "line_num", line + 1)
        if any(len(cell) > limits.string_length for cell in row):
            raise _long_cell(name, line, limits)
        yield row


def _long_cell(name: str, line: int, limits: Limits) -> LearnerDataError:
    template = _("a cell holds more than {limit} characters")
    return data_refusal("string_length", template, name, line, limits)
