"""The one way `scenario` writes a file: to a temporary file beside it, then a rename.

A reader never sees a half-written file, and when writing fails (disk full,
an exception while producing the content, the process killed) the previous
file is left as it was and the temporary file is removed. Every writer of
the library (``dump``, the exports, the renderers, the commands) goes
through :func:`atomic_write` or :func:`open_atomic`.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write(folder / "a.txt", "bonjour\\n")
>>> (folder / "a.txt").read_text(encoding="utf-8")
'bonjour\\n'
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["atomic_write", "open_atomic"]


@contextlib.contextmanager
def open_atomic(path: str | os.PathLike[str], binary: bool = False) -> Iterator[IO[Any]]:
    """Open a temporary file that replaces ``path`` only when the block ends without error.

    Text is written as UTF-8 with ``\\n`` line endings. A symbolic link is
    followed: the file it points to is replaced, the link kept. An existing
    file keeps its permissions; a new one gets those ``open()`` would give.
    The data reaches the disk (``fsync``) before the rename.
    """
    target = Path(os.path.realpath(path))
    directory = target.parent
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        mode = "wb" if binary else "w"
        encoding = None if binary else "utf-8"
        newline = None if binary else "\n"
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_directory(directory)


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8, or bytes) to ``path`` atomically."""
    with open_atomic(path, binary=isinstance(data, bytes)) as handle:
        handle.write(data)


def _mode_for(target: Path) -> int:
    """The permissions of the file being replaced, or those a new file gets."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        # mkstemp makes the file private; give it the permissions a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
