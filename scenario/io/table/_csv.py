"""The scenarisation table as CSV: read with the delimiter and encoding Excel uses, written for it.

The file written holds the whole course: first the course's rows
(:func:`~scenario.io.table._course.course_rows`: ``titre;...``,
``modalité;spoc``, ``objectif;...``, ``transition;de;vers;type``,
``dérogation;règle;phase;raison``...), then the header row and one row per
phase. No cell is a live formula (:mod:`scenario.io.table._guard`).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from scenario._gc import collector_paused
from scenario.i18n import use_language
from scenario.io.table._columns import HEADER_SEARCH_ROWS, phase_cells, written_headers
from scenario.io.table._course import course_rows
from scenario.io.table._guard import guard, unguard
from scenario.model import Scenario


def read_csv_rows(data: bytes) -> list[list[Any]]:
    """The cells of a CSV table, from its bytes (UTF-8, else Windows-1252), its delimiter
    guessed from its first lines, each cell's added quote taken back."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    head = text.splitlines()[: HEADER_SEARCH_ROWS * 4]
    delimiter = max(
        (";", ",", "\t"), key=lambda d: max((line.count(d) for line in head), default=0)
    )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [[unguard(cell) for cell in row] for row in reader]


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def dumps_csv(scenario: Scenario, *, lang: str | None = None) -> str:
    """The table as CSV text: semicolons, a UTF-8 BOM, the course's rows, the header, one
    row per phase in the document's order, lists joined by `` | ``; the keys, headers and
    the yes of the column « facultatif » in ``lang`` (None: the current language, French
    unless chosen otherwise)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    with use_language(lang):
        for row in course_rows(scenario):
            writer.writerow([guard(cell) for cell in row])
        writer.writerow(written_headers())
        for phase in scenario.phases:
            writer.writerow([guard(cell) for cell in phase_cells(phase, " | ")])
    return "\ufeff" + out.getvalue()
