"""The scenarisation table as an XLSX workbook (openpyxl, the ``xlsx`` extra): read and written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scenario._gc import collector_paused
from scenario.errors import DocumentError, ScenarioError
from scenario.i18n import _, use_language
from scenario.io.table._columns import META_SHEET, header_index, header_key
from scenario.io.table._xlsx_write import workbook_bytes
from scenario.model import Scenario


def openpyxl_module() -> Any:
    try:
        import openpyxl
    except ImportError as error:
        raise ScenarioError(
            _("reading and writing XLSX needs openpyxl: {command}").format(
                command="pip install 'scenario-pedagogique[xlsx]'"
            )
        ) from error
    return openpyxl


def read_xlsx_rows(path: Path) -> tuple[list[list[Any]], list[list[Any]]]:
    """The phases' sheet and the ``scénario`` sheet (or no rows) of a workbook.

    The phases' sheet is the first one with a ``phase`` header in its first
    ten rows (else the first sheet, whose error then says so). A merged cell
    gives its value to every cell it covers, as a designer sees it: a module
    written once beside the rows of its phases.
    """
    openpyxl = openpyxl_module()
    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises several types for a file that is not XLSX
        raise DocumentError(  # (openpyxl's own words, in English, stay in the chained error)
            _("cannot be read as an XLSX workbook"),
            source=str(path),
            hint=_("save it again as .xlsx from the spreadsheet (Excel, LibreOffice Calc)"),
        ) from error
    try:
        found: list[list[Any]] | None = None
        meta: list[list[Any]] = []
        for sheet in workbook.worksheets:
            if header_key(sheet.title) == header_key(META_SHEET):
                meta = _sheet_rows(sheet)
            elif found is None:
                rows = _sheet_rows(sheet)
                if header_index(rows) is not None:
                    found = rows
        if found is None:
            found = _sheet_rows(workbook.worksheets[0])
    finally:
        workbook.close()
    return found, meta


def _sheet_rows(sheet: Any) -> list[list[Any]]:
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    for merged in sheet.merged_cells.ranges:
        value = rows[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, merged.max_row):
            for c in range(merged.min_col - 1, merged.max_col):
                rows[r][c] = value
    return rows


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def dumps_xlsx(scenario: Scenario, *, lang: str | None = None) -> bytes:
    """The table as an XLSX workbook: the phases, and a ``scénario`` sheet for the course,
    their words in ``lang`` (None: the current language, French unless chosen otherwise);
    see :mod:`scenario.io.table._xlsx_write`."""
    openpyxl = openpyxl_module()
    with use_language(lang):
        return workbook_bytes(scenario, openpyxl)
