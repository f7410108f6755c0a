"""What the commands that read a scenario share: reading any file, writing atomically.

:func:`load_any` reads every file a command can read, whatever the command:
a scenario document (YAML, JSON), or a file a registered format imports (a
scenarisation table ``.csv``/``.xlsx``, a FreeMind map ``.mm``), chosen by
the file's suffix, or by its content when the suffix says nothing.
"""

from __future__ import annotations

from pathlib import Path

from scenario._atomic import atomic_write
from scenario._text import fold
from scenario.cli._files import DOCUMENT_SUFFIXES
from scenario.errors import DocumentError, WriteError, os_reason
from scenario.i18n import _
from scenario.io import load
from scenario.model import Scenario

#: How much of a file is read to tell its format by its content.
_HEAD = 4096

#: The suffixes the scenarisation table reads as delimited text besides ``.csv``.
_TEXT_TABLE_SUFFIXES = (".txt", ".tsv")


def load_any(path: str) -> Scenario:
    """A scenario from any file a command reads.

    - ``.yaml``, ``.yml``, ``.json``: a scenario document;
    - a suffix a registered format imports (``.csv``, ``.xlsx``, ``.mm``): that format;
    - any other suffix, or none: by the content. JSON when it starts with ``{``
      or ``[``; a FreeMind map when it starts with ``<`` and holds ``<map``; a
      scenarisation table when its first line is delimited and has a
      ``phase`` column (read from ``.txt`` and ``.tsv``, else refused with the
      suffix to give it); an Excel workbook is refused the same way; else YAML.

    Raises:
        DocumentError: the file cannot be read, or is refused; the error names it.
    """
    suffix = Path(path).suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        return load(path)
    from scenario.io.formats import format_for

    fmt = format_for(path, reading=True)
    if fmt is not None and fmt.read is not None:
        return fmt.read(path)
    return _by_content(path, suffix)


def _by_content(path: str, suffix: str) -> Scenario:
    from scenario.io._input import regular_file

    regular_file(path)  # never open a pipe or a device: reading its head might never end
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD)
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        reason = os_reason(error)
        raise DocumentError(
            _("cannot read the file: {reason}").format(reason=reason), source=path
        ) from None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"PK\x03\x04"):
        raise DocumentError(
            _("the file is a spreadsheet workbook (or another ZIP archive), not a document"),
            source=path,
            hint=_("name it .xlsx to read it as a scenarisation table"),
        )
    if text.startswith((b"{", b"[")):
        return load(path, format="json")
    if text.startswith(b"<") and b"<map" in head:
        from scenario.io.freemind import read_freemind

        return read_freemind(path)
    if _delimited_table(text):
        if suffix in _TEXT_TABLE_SUFFIXES:
            from scenario.io.table import from_table

            return from_table(path)
        raise DocumentError(
            _("the file is a delimited table with a 'phase' column, not a document"),
            source=path,
            hint=_("name it .csv to read it as a scenarisation table"),
        )
    return load(path, format="yaml")


def _delimited_table(head: bytes) -> bool:
    """True when one of the first ten lines is cut by ``;``, tabs or commas and one of its
    cells is ``phase``, as the header of a scenarisation table (YAML's ``phase:`` keys
    never are)."""
    for line in head.decode("utf-8", errors="replace").splitlines()[:10]:
        for separator in (";", "\t", ","):
            cells = [fold(cell.strip().strip('"')) for cell in line.split(separator)]
            if len(cells) > 1 and ("phase" in cells or "type de phase" in cells):
                return True
    return False


def write(path: str, data: str | bytes) -> None:
    """Write ``data`` to ``path`` atomically; a failure is a WriteError naming the file."""
    try:
        atomic_write(path, data)
    except OSError as error:
        raise WriteError(
            _("cannot write {file}: {reason}").format(file=path, reason=os_reason(error))
        ) from error
