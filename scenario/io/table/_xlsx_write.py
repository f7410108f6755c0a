"""Writing the scenarisation table as an XLSX workbook: a working document, the same bytes
for the same scenario.

The sheet of the phases has its headers in the reader's language, bold,
frozen and repeated on every printed page; a drop-down list of the grid's
canonical values on each column of the grid (phase, group, situation,
pedagogy, intention, optional: an intention cell may hold several, so its
list only informs); wrapped text, rows as tall as their text, and a print
layout on A4 landscape fitted to the page's width. The sheet « scénario »
holds the course (:func:`~scenario.io.table._course.course_rows`), with a
list on the modality and the transitions' kind.

No cell is a formula: text that a spreadsheet would run is a text cell
marked ``quotePrefix`` (:mod:`scenario.io.table._guard`). The bytes do not
depend on the day or on what was imported before: the document properties
are fixed, every zip entry has the same date.
"""

from __future__ import annotations

import io
import math
import zipfile
from typing import Any

from scenario._text import scrub
from scenario.i18n import pgettext
from scenario.io._flags import written_flag
from scenario.io.table._columns import COLUMNS, column_letter, phase_cells, written_headers
from scenario.io.table._course import course_rows, transition_words
from scenario.io.table._guard import runs
from scenario.model import Scenario
from scenario.vocabulary import Group, Intention, Modality, Pedagogy, PhaseKind, Situation

#: Each column's width, in characters (the widths print on one A4 landscape page, fitted).
WIDTHS = {
    "id": 12,
    "phase": 12,
    "title": 28,
    "group": 12,
    "situation": 14,
    "pedagogy": 12,
    "intention": 13,
    "duration": 7,
    "module": 12,
    "activities": 26,
    "resources": 22,
    "optional": 9,
    "date": 10,
    "week": 8,
    "lms": 8,
    "notes": 24,
}
#: The grid's columns and their words, offered as drop-down lists.
_LISTS: dict[str, type[Any]] = {
    "phase": PhaseKind,
    "group": Group,
    "situation": Situation,
    "pedagogy": Pedagogy,
    "intention": Intention,
}
#: Rows the drop-down lists cover below the header (room for the phases to come).
LIST_ROWS = 500
#: A line of text is this many points high (Calibri 11, as spreadsheets default to).
_LINE = 15.0
#: The date every zip entry carries: the earliest a zip file can hold.
_EPOCH = (1980, 1, 1, 0, 0, 0)

_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:creator>scenario</dc:creator>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>'
    "</cp:coreProperties>"
)


def workbook_bytes(scenario: Scenario, openpyxl: Any) -> bytes:
    """The workbook of ``scenario``, its words in the current language."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = pgettext("sheet", "phases")
    header_font, header_fill = Font(bold=True), PatternFill("solid", fgColor="DDDDDD")
    wrap = Alignment(wrap_text=True, vertical="top")
    rows = [phase_cells(phase, "\n") for phase in scenario.phases]
    _fill(sheet, [written_headers(), *rows], wrap)
    for cell in sheet[1]:
        cell.font, cell.fill = header_font, header_fill
    widths = [WIDTHS[name] for name in COLUMNS]
    for index, width in enumerate(widths):
        sheet.column_dimensions[column_letter(index)].width = width
    _heights(sheet, [written_headers(), *rows], widths)
    sheet.freeze_panes = "A2"
    last = column_letter(len(COLUMNS) - 1)
    sheet.auto_filter.ref = f"A1:{last}{max(2, len(rows) + 1)}"
    for name, cls in _LISTS.items():
        _list(sheet, DataValidation, name, [term.value for term in cls], strict=name != "intention")
    _list(sheet, DataValidation, "optional", [written_flag(True)], strict=True)
    _print(sheet, openpyxl, title_rows="1:1")

    course = workbook.create_sheet(pgettext("sheet", "scenario"))
    facts = course_rows(scenario)
    _fill(course, facts, wrap)
    for row in course.iter_rows(min_col=1, max_col=1):
        row[0].font = header_font
    course_widths = [22, 60, 22, 40]
    for index, width in enumerate(course_widths):
        course.column_dimensions[column_letter(index)].width = width
    _heights(course, facts, course_widths)
    modality_key = pgettext("course", "modality")
    for number, row in enumerate(facts, start=1):
        if row[0] == modality_key:
            validation = DataValidation(
                type="list", formula1=_formula([m.value for m in Modality]), allow_blank=True
            )
            course.add_data_validation(validation)
            validation.add(f"B{number}")
    kinds = DataValidation(
        type="list", formula1=_formula(list(transition_words().values())), allow_blank=True
    )
    kinds.error = pgettext("course", "a transition is a sequence or a remediation")
    course.add_data_validation(kinds)
    transition_key = pgettext("course", "transition")
    numbers = [n for n, row in enumerate(facts, start=1) if row[0] == transition_key]
    for start, end in _consecutive(numbers):  # one range per run: openpyxl's add is linear
        kinds.add(f"D{start}:D{end}" if end > start else f"D{start}")
    _print(course, openpyxl, title_rows=None)

    out = io.BytesIO()
    workbook.save(out)
    return _fixed(out.getvalue())


def _fill(sheet: Any, rows: list[list[Any]], wrap: Any) -> None:
    """Write the rows; text is scrubbed, and text a spreadsheet would run is a text cell."""
    for values in rows:
        sheet.append([scrub(v) if isinstance(v, str) else v for v in values])
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = wrap
            if runs(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True


def _heights(sheet: Any, rows: list[list[Any]], widths: list[int]) -> None:
    """Each row as tall as its tallest wrapped cell, so no printed row hides another."""
    for number, values in enumerate(rows, start=1):
        lines = 1
        for value, width in zip(values, widths):
            if value in (None, ""):
                continue
            text = str(value)
            wanted = sum(
                max(1, math.ceil(len(part) / max(width - 1, 1))) for part in text.split("\n")
            )
            lines = max(lines, wanted)
        sheet.row_dimensions[number].height = _LINE * lines + 2


def _consecutive(numbers: list[int]) -> list[tuple[int, int]]:
    """Increasing numbers as runs of consecutive ones (first, last).

    >>> _consecutive([3, 4, 5, 9, 11, 12])
    [(3, 5), (9, 9), (11, 12)]
    """
    found: list[tuple[int, int]] = []
    for number in numbers:
        if found and number == found[-1][1] + 1:
            found[-1] = (found[-1][0], number)
        else:
            found.append((number, number))
    return found


def _formula(words: list[str]) -> str:
    """A drop-down list's values as Excel writes them (quoted, comma separated)."""
    return '"' + ",".join(words) + '"'


def _list(sheet: Any, validation_type: Any, name: str, words: list[str], *, strict: bool) -> None:
    letter = column_letter(COLUMNS.index(name))
    validation = validation_type(type="list", formula1=_formula(words), allow_blank=True)
    if strict:
        # A warning, not a refusal: English words and missing accents are read too.
        validation.errorStyle = "warning"
        validation.showErrorMessage = True
        validation.error = pgettext("column", "choose a word of the list (the CMVRH grid)")
    else:
        # Several intentions go in one cell: the list offers the words, it does not refuse.
        validation.errorStyle = "information"
        validation.showErrorMessage = False
    sheet.add_data_validation(validation)
    validation.add(f"{letter}2:{letter}{LIST_ROWS + 1}")


def _print(sheet: Any, openpyxl: Any, *, title_rows: str | None) -> None:
    """A4 landscape, fitted to the page's width, the header row on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    if title_rows is not None:
        sheet.print_title_rows = title_rows


def _fixed(data: bytes) -> bytes:
    """The same bytes every time: fixed document properties, every entry dated 1980-01-01."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            content = _CORE.encode() if name == "docProps/core.xml" else source.read(name)
            entry = zipfile.ZipInfo(name, date_time=_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0
            entry.external_attr = 0o600 << 16
            target.writestr(entry, content)
    return out.getvalue()
