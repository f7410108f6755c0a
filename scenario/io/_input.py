"""Reading an input file within the limits: only a regular file, never past its limit.

:func:`read_input` is the one way the readers of documents, tables and maps
get their bytes (:mod:`scenario.io.limits` says which limits there are):
it refuses a folder, a named pipe, a device (``/dev/zero``) or a socket
before reading anything, checks the size the system gives, and never reads
past the limit even if the file grows meanwhile. :func:`regular_file` does
the first check alone, for readers that open the file themselves.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from scenario.errors import DocumentError, os_reason
from scenario.i18n import _, format_number
from scenario.io.limits import Limits, current_limits, refusal

__all__ = ["not_regular", "read_at_most", "read_input", "regular_file", "size_refusal"]


_KINDS = (
    (stat.S_ISDIR, "folder"),
    (stat.S_ISFIFO, "pipe"),
    (stat.S_ISCHR, "device"),
    (stat.S_ISBLK, "device"),
    (stat.S_ISSOCK, "socket"),
)


def not_regular(mode: int) -> str | None:
    """What a file of this ``st_mode`` is, when it is not a regular file (``None`` when it is).

    >>> not_regular(stat.S_IFIFO), not_regular(stat.S_IFREG) is None
    ('un tube nommé', True)
    """
    if stat.S_ISREG(mode):
        return None
    for test, kind in _KINDS:
        if test(mode):
            return _kind_words(kind)
    return _kind_words("other")


def _kind_words(kind: str) -> str:
    words = {
        "folder": _("a folder"),
        "pipe": _("a named pipe"),
        "device": _("a device"),
        "socket": _("a socket"),
    }
    return words.get(kind, _("not a regular file"))


def _cannot_read(source: str, reason: object, error: type[DocumentError]) -> DocumentError:
    return error(_("cannot read the file: {reason}").format(reason=reason), source=source)


def regular_file(
    path: str | os.PathLike[str], *, error: type[DocumentError] = DocumentError
) -> int:
    """The size of ``path``, a regular file (a link to one is followed).

    Raises:
        DocumentError: (or ``error``) the name is empty, the file is missing, or it
            is a folder, a pipe, a device or a socket, which are refused: reading
            one might never end.
    """
    source = os.fspath(path)
    if not source:
        raise error(_("the file name is empty"), hint=_("give the name of a file"))
    try:
        info = os.stat(source)
    except (OSError, ValueError) as failure:  # ValueError: a NUL in the name
        raise _cannot_read(source, os_reason(failure), error) from None
    _refuse_irregular(info.st_mode, source, error)
    return info.st_size


def _refuse_irregular(mode: int, source: str, error: type[DocumentError]) -> None:
    kind = not_regular(mode)
    if kind is not None:
        raise error(
            _("this is {kind}, not a regular file: it is not read").format(kind=kind),
            source=source,
            hint=_("give a file saved on disk"),
        )


def read_input(
    path: str | os.PathLike[str],
    *,
    limits: Limits | None = None,
    limit: str = "file_size",
    error: type[DocumentError] = DocumentError,
) -> bytes:
    """The bytes of the regular file ``path``, refused past the limit ``limit``.

    The file is checked to be a regular file once opened (without waiting on a
    pipe), and never read past the limit, even if it grows meanwhile.

    Raises:
        DocumentError: (or ``error``) see :func:`regular_file`; or the file is past
            the limit (the message names it and how to raise it).
    """
    source = os.fspath(path)
    regular_file(source, error=error)
    maximum: int = getattr(limits or current_limits(), limit)
    try:
        fd = os.open(
            source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        )
    except (OSError, ValueError) as failure:
        raise _cannot_read(source, os_reason(failure), error) from None
    try:
        info = os.fstat(fd)
        _refuse_irregular(info.st_mode, source, error)  # swapped since it was checked
        if info.st_size > maximum:
            raise size_refusal(source, info.st_size, limit, limits=limits, error=error)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = read_at_most(handle, info.st_size, maximum + 1)
    except OSError as failure:
        raise _cannot_read(source, os_reason(failure), error) from None
    finally:
        os.close(fd)
    if len(raw) > maximum:
        raise size_refusal(source, None, limit, limits=limits, error=error)
    return raw


def size_refusal(
    source: str | None,
    size: int | None,
    limit: str = "file_size",
    *,
    limits: Limits | None = None,
    error: type[DocumentError] = DocumentError,
) -> DocumentError:
    """The refusal of a file of ``size`` bytes (``None``: unknown, past the limit)."""
    maximum = getattr(limits or current_limits(), limit)
    if size is None:
        message = _("the file holds more than the limit of {limit} bytes").format(
            limit=format_number(maximum)
        )
    else:
        message = _("the file is {size} bytes, more than the limit of {limit}").format(
            size=format_number(size), limit=format_number(maximum)
        )
    return refusal(limit, message, source=source, limits=limits, needed=size, error=error)


def read_at_most(handle: BinaryIO, size: int, limit: int) -> bytes:
    """Up to ``limit`` bytes of ``handle``: never past it, even from a file that grows or
    has no size, and never asking for more memory than the file needs."""
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = handle.read(min(limit - total, max(size + 1, 1 << 20)))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)
