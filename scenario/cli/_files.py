"""What the commands share about files: folders expanded into documents, outputs checked.

:func:`expand` replaces each folder named by the scenario documents under it;
:func:`check_outputs` refuses, before any work, an output that would replace
something it must not (see its docstring).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable
from pathlib import Path

from scenario._text import quote
from scenario.errors import ScenarioError
from scenario.i18n import _

__all__ = ["DOCUMENT_SUFFIXES", "UsageError", "check_outputs", "expand"]

DOCUMENT_SUFFIXES = (".yaml", ".yml", ".json")

#: The arguments of the commands that name files read, and files written.
INPUTS = ("file", "files", "course", "data")
OUTPUTS = ("output", "map", "funnel", "plot")


class UsageError(ScenarioError):
    """A command line that asks for something refused (exit status 2)."""


def expand(paths: Iterable[str]) -> list[str]:
    """The files named, with each folder replaced by the documents under it (sorted).

    Under a folder, hidden files and folders (``.git``, the ``.NAME.xxx.tmp``
    of a write in progress) and anything but regular files are skipped. An
    empty name stays as it is (it is reported as a file that cannot be read),
    and never means the current folder.
    """
    files: list[str] = []
    for name in paths:
        path = Path(name)
        if name and path.is_dir():
            files.extend(
                str(p)
                for p in sorted(path.rglob("*"))
                if p.suffix.lower() in DOCUMENT_SUFFIXES
                and not _hidden(p.relative_to(path))
                and p.is_file()
            )
        else:
            files.append(name)
    return files


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def check_outputs(args: argparse.Namespace) -> None:
    """Refuse, before the command starts, an output (``-o``, ``--map``...) that:

    - has an empty name;
    - is a named pipe, a device (``/dev/null``), a socket or a folder: the
      write would replace it by a file, or wait on a pipe forever;
    - is one of the inputs (``import x.csv -o x.csv``), through any link, hard
      or symbolic: the input would be lost if the command failed half-way.

    Raises:
        UsageError: the message names the output.
    """
    inputs: list[str] = []
    for attribute in INPUTS:
        value = getattr(args, attribute, None)
        if isinstance(value, str):
            inputs.append(value)
        elif isinstance(value, list):
            inputs.extend(v for v in value if isinstance(v, str))
    for attribute in OUTPUTS:
        output = getattr(args, attribute, None)
        if not isinstance(output, str):
            continue
        if not output:
            raise UsageError(_("the name of the file to write is empty"))
        _check_output(output, inputs)


def _check_output(output: str, inputs: list[str]) -> None:
    from scenario.io._input import not_regular

    try:
        info = os.stat(output)
    except (OSError, ValueError):
        return  # a new file (or one it cannot write, which the write reports)
    kind = not_regular(info.st_mode)
    if kind is not None:
        raise UsageError(
            _(
                "{file} is {kind}, not a regular file: it is not written over "
                "(write to a file, then copy it where it must go)"
            ).format(file=quote(output, 80), kind=kind)
        )
    for name in inputs:
        try:
            other = os.stat(name)
        except (OSError, ValueError):
            continue
        if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
            raise UsageError(
                _(
                    "{file} is also what the command reads: it is not written over "
                    "(write to another file)"
                ).format(file=quote(output, 80))
            )
