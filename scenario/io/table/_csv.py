"""The scenarisation table as CSV: read with the delimiter and encoding Excel uses, written for it."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from scenario.i18n import use_language
from scenario.io.table._columns import HEADER_SEARCH_ROWS, phase_cells, written_headers
from scenario.learning_path import ordered_phases
from scenario.model import Scenario


def read_csv_rows(path: Path) -> list[list[Any]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    head = text.splitlines()[:HEADER_SEARCH_ROWS]
    delimiter = max(
        (";", ",", "\t"), key=lambda d: max((line.count(d) for line in head), default=0)
    )
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def dumps_csv(scenario: Scenario, *, lang: str | None = None) -> str:
    """The table as CSV text: semicolons, a UTF-8 BOM, lists joined by `` | ``; the
    headers and the yes of the column « facultatif » in ``lang`` (None: the current
    language, French unless chosen otherwise)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    with use_language(lang):
        writer.writerow(written_headers())
        for phase in ordered_phases(scenario):
            writer.writerow(phase_cells(phase, " | "))
    return "\ufeff" + out.getvalue()
