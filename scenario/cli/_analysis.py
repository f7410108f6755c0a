"""What the analysis commands (stats, requirements, synopsis) share.

They read a scenario document (YAML, JSON) or anything a registered format
can import (a scenarisation table: ``.csv``, ``.xlsx``), and write their
output atomically.
"""

from __future__ import annotations

from pathlib import Path

from scenario._atomic import atomic_write
from scenario.cli._files import DOCUMENT_SUFFIXES
from scenario.errors import WriteError
from scenario.i18n import _
from scenario.io import load
from scenario.model import Scenario


def load_any(path: str) -> Scenario:
    """A scenario from a document, or from a file a registered format reads."""
    if Path(path).suffix.lower() not in DOCUMENT_SUFFIXES:
        from scenario.io.formats import format_for

        fmt = format_for(path, reading=True)
        if fmt is not None and fmt.read is not None:
            return fmt.read(path)
    return load(path)


def write(path: str, data: str | bytes) -> None:
    """Write ``data`` to ``path`` atomically; a failure is a WriteError naming the file."""
    try:
        atomic_write(path, data)
    except OSError as error:
        raise WriteError(
            _("cannot write {file}: {reason}").format(file=path, reason=error.strerror or error)
        ) from error
