"""The one way `scenario` writes a file: to a temporary file beside it, then a rename.

A reader never sees a half-written file, and when writing fails (disk full,
an exception while producing the content, the process interrupted: Ctrl-C,
or SIGTERM under the command line, whose handler raises) the previous file
is left as it was and the temporary file (``.NAME.XXXXXXXX.tmp``, hidden, so
that no folder expansion takes it for a document) is removed. Every writer
of the library (``dump``, the exports, the renderers, the commands) goes
through :func:`atomic_write` or :func:`open_atomic`.

Only a regular file is replaced: a named pipe, a device (``/dev/null``), a
socket or a folder in its place is refused with :class:`NotRegularFileError`
before anything is written: renaming over ``/dev/null`` would replace the
device by a file.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write(folder / "a.txt", "bonjour\\n")
>>> (folder / "a.txt").read_text(encoding="utf-8")
'bonjour\\n'
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from scenario._messages import _

__all__ = ["NotRegularFileError", "atomic_write", "open_atomic"]


class NotRegularFileError(OSError):
    """The file to write is a named pipe, a device, a socket or a folder: it is kept.

    Its ``strerror`` says what it is, in the reader's language (an
    :class:`OSError`, so every writer reports it as it reports a full disk).
    """


def _refuse_irregular(target: Path) -> None:
    try:
        mode = target.stat().st_mode
    except (OSError, ValueError):
        return  # no such file yet: it is made
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        kind = _("this is a folder, not a file: it is not replaced")
    elif stat.S_ISFIFO(mode):
        kind = _("this is a named pipe, not a regular file: it is not replaced")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = _("this is a device, not a regular file: it is not replaced")
    else:
        kind = _("this is not a regular file: it is not replaced")
    raise NotRegularFileError(errno.EINVAL, kind, str(target))


@contextlib.contextmanager
def open_atomic(path: str | os.PathLike[str], binary: bool = False) -> Iterator[IO[Any]]:
    """Open a temporary file that replaces ``path`` only when the block ends without error.

    Text is written as UTF-8 with ``\\n`` line endings. A symbolic link is
    followed: the file it points to is replaced, the link kept. An existing
    file keeps its permissions; a new one gets those ``open()`` would give.
    The data reaches the disk (``fsync``) before the rename.

    Raises:
        NotRegularFileError: ``path`` is a named pipe, a device, a socket or a folder.
        OSError: the file cannot be written; the previous one is kept.
    """
    target = Path(os.path.realpath(path))
    _refuse_irregular(target)
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
