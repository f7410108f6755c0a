"""The limits of the importers' files, checked before they are read: tables and maps.

:func:`read_map` gives the bytes of a FreeMind map at the entry of its reader
(:func:`scenario.io.freemind.read_freemind`): only a regular file, within
``file_size``, with no more nodes than the limit ``cells``.
:func:`check_table` is called at the entry of the table reader
(:func:`scenario.io.table.from_table`). It refuses, with the limit's name
and how to raise it (:mod:`scenario.io.limits`):

- a name that is not a regular file (a pipe, ``/dev/zero``), a file past
  ``file_size``;
- CSV: a table of more rows than ``phases`` (and the ten rows where the
  header is looked for), more cells than ``cells`` (an empty row counts as
  one), or a cell longer than ``string_length``. The file is read row by row
  without keeping the rows, and the reader of the ``csv`` module is allowed
  cells as long as ``string_length`` (its own default stops at 131,072
  characters with an error);
- XLSX: a workbook whose parts, unzipped, are past ``unzipped_size`` (the
  sizes the zip's central directory declares, which Python's ``zipfile``
  never inflates past: a zip bomb is refused before openpyxl opens it). Then
  each XML part is read by expat in chunks, whatever its encoding: one that
  declares a DOCTYPE or entities, or holds a text past ``string_length``, is
  refused; and sheets that span more cells than ``cells`` — the rectangle from
  A1 to the last row and column any cell or merged range reaches, which is
  what openpyxl builds and walks — are refused, so that two cells at A1 and
  XFD1048576 are refused in milliseconds.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
import zlib
from pathlib import Path
from xml.parsers import expat

from scenario.errors import DocumentError
from scenario.i18n import _, format_number
from scenario.io._input import read_input, regular_file, size_refusal
from scenario.io.limits import Limits, current_limits, refusal

__all__ = ["XLSX_SUFFIXES", "check_table", "read_map"]

#: The rows at the top of a table where the header is looked for (course rows above it).
_HEADER_ROWS = 10
#: The suffixes of the workbooks read as XLSX (the rest is CSV).
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_CHUNK = 1 << 20


def read_map(path: str | Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a map, refused past ``file_size`` (or ``max_bytes``) or with more
    nodes than the limit ``cells`` (counted in UTF-8 or UTF-16, before any parsing).

    Raises:
        DocumentError: the file is not a regular file, or is past a limit.
    """
    limits = current_limits().evolve(file_size=max_bytes)
    raw = read_input(path, limits=limits)
    wide = raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or b"\0" in raw[:4]
    nodes = raw.decode("utf-16", "replace").count("<node") if wide else raw.count(b"<node")
    if nodes > limits.cells:
        message = _("the map has {count} nodes, more than the limit of {limit}").format(
            count=format_number(nodes), limit=format_number(limits.cells)
        )
        raise refusal("cells", message, source=str(path), limits=limits, needed=nodes)
    return raw


def check_table(path: str | Path, limits: Limits | None = None) -> bytes | None:
    """Refuse a table past the limits before it is read (see the module); a CSV's bytes,
    read once within the limits, are given back for the reader (``None`` for XLSX).

    Raises:
        DocumentError: the file is not a regular file, or is past a limit.
    """
    limits = limits or current_limits()
    file = Path(path)
    if csv.field_size_limit() <= limits.string_length:
        csv.field_size_limit(limits.string_length + 1)
    if file.suffix.lower() in XLSX_SUFFIXES:
        size = regular_file(file)
        if size > limits.file_size:
            raise size_refusal(str(file), size, limits=limits)
        _check_xlsx(file, limits)
        return None
    raw = read_input(file, limits=limits)
    _check_csv(file, raw, limits)
    return raw


def _check_csv(file: Path, raw: bytes, limits: Limits) -> None:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    head = text[: 64 * 1024].splitlines()[:_HEADER_ROWS]
    delimiter = max(
        (";", ",", "\t"), key=lambda d: max((line.count(d) for line in head), default=0)
    )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = cells = 0
    longest = limits.string_length
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:  # a cell past the csv module's own limit
            raise _long_cell(file, reader.line_num, longest, limits) from None
        if row:
            rows += 1
            if rows > limits.phases + _HEADER_ROWS:
                message = _("the table has more than {limit} rows of phases").format(
                    limit=format_number(limits.phases)
                )
                raise refusal(
                    "phases", message, source=str(file), limits=limits, line=reader.line_num
                )
        cells += max(len(row), 1)
        if cells > limits.cells:
            raise _too_many_cells(file, limits, reader.line_num)
        for cell in row:
            if len(cell) > longest:
                raise _long_cell(file, reader.line_num, longest, limits, len(cell))


def _long_cell(
    file: Path, line: int, longest: int, limits: Limits, length: int | None = None
) -> DocumentError:
    message = _("a cell holds more than {limit} characters").format(limit=format_number(longest))
    return refusal(
        "string_length", message, source=str(file), limits=limits, needed=length, line=line
    )


def _too_many_cells(file: Path, limits: Limits, line: int | None = None) -> DocumentError:
    message = _("the table has more than {limit} cells").format(limit=format_number(limits.cells))
    return refusal("cells", message, source=str(file), limits=limits, line=line)


_REFERENCE = re.compile(r"\$?([A-Za-z]{1,9})?\$?(\d{1,12})?")


class _Sheet:
    """One part of a workbook read by expat: the rectangle its cells span, counted as
    openpyxl would place them (a cell without a reference follows the one before), and
    the longest text between two tags."""

    def __init__(self, longest: int) -> None:
        self.row = 0
        self.column = 0
        self.rows = 0
        self.columns = 0
        self.longest = longest
        self.run = 0

    def area(self) -> int:
        return self.rows * self.columns

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.run = 0
        kind = name.rpartition(":")[2]
        if kind == "row":
            row = _reference(attributes.get("r"))[1]
            self.row = row if row else self.row + 1
            self.column = 0
            self.rows = max(self.rows, self.row)
        elif kind == "c":
            column, row = _reference(attributes.get("r"))
            self.column = column if column else self.column + 1
            self.row = row if row else self.row
            self.rows = max(self.rows, self.row or 1)
            self.columns = max(self.columns, self.column)
        elif kind == "mergeCell":
            for corner in (attributes.get("ref") or "").split(":")[:2]:
                column, row = _reference(corner)
                self.columns = max(self.columns, column)
                self.rows = max(self.rows, row)

    def end(self, name: str) -> None:
        self.run = 0

    def text(self, data: str) -> None:
        self.run += len(data)
        if self.run > self.longest:
            raise _LongText(self.run)


class _LongText(Exception):
    def __init__(self, length: int) -> None:
        super().__init__(length)
        self.length = length


class _Declared(Exception):
    """A DOCTYPE or an entity declared in a part."""


def _declared(*arguments: object) -> None:
    raise _Declared


def _reference(text: str | None) -> tuple[int, int]:
    """(column, row) of ``A1`` (0 for what it does not say)."""
    found = _REFERENCE.fullmatch((text or "").strip())
    if found is None:
        return 0, 0
    letters, digits = found.groups()
    column = 0
    for letter in (letters or "").upper():
        column = column * 26 + ord(letter) - 64
    return column, int(digits) if digits else 0


def _check_xlsx(file: Path, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(file) as archive:
            parts = archive.infolist()
            unzipped = sum(part.file_size for part in parts)
            if unzipped > limits.unzipped_size:
                message = _(
                    "the workbook unzips to {size} bytes, more than the limit of {limit} "
                    "(a zip bomb?)"
                ).format(size=format_number(unzipped), limit=format_number(limits.unzipped_size))
                raise refusal(
                    "unzipped_size", message, source=str(file), limits=limits, needed=unzipped
                )
            area = 0
            for part in parts:
                if part.filename.lower().endswith((".xml", ".rels", ".vml")):
                    area += _part_area(archive, part, file, limits, area)
    except DocumentError:
        raise
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError, zlib.error):
        return  # not a workbook it can read: openpyxl says so, with its own words
    except (OSError, ValueError) as error:
        raise DocumentError(
            _("cannot read the file: {reason}").format(
                reason=getattr(error, "strerror", None) or error
            ),
            source=str(file),
        ) from None


def _part_area(
    archive: zipfile.ZipFile, part: zipfile.ZipInfo, file: Path, limits: Limits, before: int
) -> int:
    """The cells one XML part spans, read by expat in chunks (whatever its encoding); a
    DOCTYPE or an entity, or a text past ``string_length``, is refused."""
    sheet = _Sheet(limits.string_length)
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartElementHandler = sheet.start
    parser.EndElementHandler = sheet.end
    parser.CharacterDataHandler = sheet.text
    parser.StartDoctypeDeclHandler = _declared
    parser.EntityDeclHandler = _declared
    try:
        with archive.open(part) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                parser.Parse(chunk, not chunk)
                if before + sheet.area() > limits.cells:
                    raise _too_many_cells(file, limits)
                if not chunk:
                    break
    except _Declared:
        raise DocumentError(
            _("the workbook declares a DOCTYPE or entities in {part}, which are refused").format(
                part=part.filename
            ),
            source=str(file),
            hint=_("save it again from the spreadsheet"),
        ) from None
    except _LongText as long:
        message = _("a cell holds more than {limit} characters").format(
            limit=format_number(limits.string_length)
        )
        raise refusal(
            "string_length", message, source=str(file), limits=limits, needed=long.length
        ) from None
    except expat.ExpatError:
        pass  # a part openpyxl cannot read either: it says so, if it reads it
    return sheet.area()
