"""Helpers the commands share: expanding folders into scenario files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

DOCUMENT_SUFFIXES = (".yaml", ".yml", ".json")


def expand(paths: Iterable[str]) -> list[str]:
    """The files named, with each folder replaced by the documents under it (sorted)."""
    files: list[str] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(
                str(p)
                for p in sorted(path.rglob("*"))
                if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file()
            )
        else:
            files.append(name)
    return files
