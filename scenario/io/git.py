"""Scenario documents read from a git revision: ``HEAD~1:cours.yaml``.

``scenario diff HEAD~1:cours.yaml cours.yaml`` compares the file as it was
one commit ago with the file on disk. :func:`is_revision` tells such an
argument from a file name, :func:`load_revision` reads it with ``git show``
(never past the limit ``file_size`` of :mod:`scenario.io.limits`, nor longer
than a time limit) and loads it within the limits in force. As with ``git show``, the path after the colon is
taken from the top of the repository; when no such file is there, it is
taken from the current folder (``HEAD:./cours.yaml``).

>>> is_revision("HEAD~1:cours.yaml"), is_revision(":cours.yaml"), is_revision("cours.yaml")
(True, True, False)
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
from pathlib import Path

from scenario.errors import DocumentError, os_reason
from scenario.i18n import _, format_number
from scenario.io.files import loads
from scenario.io.limits import current_limits, refusal
from scenario.model import Scenario

__all__ = ["GIT_TIMEOUT", "is_revision", "load_revision", "read_revision"]

#: Seconds ``git show`` may take before it is stopped.
GIT_TIMEOUT = 30.0


def is_revision(argument: str) -> bool:
    """True when ``argument`` names a file in a git revision (``REV:PATH``) rather
    than a file on disk: it holds a colon, names no existing file, and is no
    Windows drive (``C:\\cours.yaml``)."""
    if ":" not in argument or Path(argument).exists():
        return False
    revision, _, path = argument.partition(":")
    return bool(path) and len(revision) != 1


def read_revision(
    argument: str,
    *,
    max_bytes: int | None = None,
    timeout: float = GIT_TIMEOUT,
    git: str = "git",
) -> bytes:
    """The bytes of ``REV:PATH`` as ``git show`` gives them (textconv filters left out).

    Raises:
        DocumentError: git is missing, the revision or the file is not there,
            the file is larger than ``max_bytes``, or git takes too long.
    """
    revision, _sep, path = argument.partition(":")
    if max_bytes is None:
        max_bytes = current_limits().file_size
    try:
        return _show(f"{revision}:{path}", argument, max_bytes, timeout, git)
    except _Missing as missing:
        if path.startswith(("/", "./", "../")):
            raise missing.error from None
        try:  # the path from the current folder, as a designer in a sub-folder means it
            return _show(f"{revision}:./{path}", argument, max_bytes, timeout, git)
        except _Missing:
            raise missing.error from None


def load_revision(argument: str, *, max_bytes: int | None = None, git: str = "git") -> Scenario:
    """Load the scenario of ``REV:PATH`` (JSON when PATH ends in ``.json``, else YAML).

    Raises:
        DocumentError: it cannot be read (see :func:`read_revision`) or is refused.
    """
    raw = read_revision(argument, max_bytes=max_bytes, git=git)
    format = "json" if argument.lower().endswith(".json") else "yaml"
    return loads(raw, format, source=argument, max_bytes=max_bytes)


class _Missing(Exception):
    def __init__(self, error: DocumentError) -> None:
        super().__init__(str(error))
        self.error = error


def _show(spec: str, argument: str, max_bytes: int, timeout: float, git: str) -> bytes:
    hint = _("check the revision ('git log') and the file's path in the repository")
    try:
        process = subprocess.Popen(
            [git, "show", "--no-textconv", "--no-color", spec],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0"},
            start_new_session=os.name == "posix",
        )
    except FileNotFoundError:
        raise DocumentError(
            _("git was not found: it is needed to read a file of a revision"),
            source=argument,
            hint=_("install git, or give the old version as a file"),
        ) from None
    except OSError as error:
        raise DocumentError(
            _("git could not be run: {reason}").format(reason=os_reason(error)),
            source=argument,
        ) from None
    out, err, late = _read_bounded(process, max_bytes, timeout)
    if late:
        raise DocumentError(
            _("git took more than {seconds} seconds to give the file").format(seconds=timeout),
            source=argument,
        )
    if out is None:
        too_large = _("the file holds more than the limit of {limit} bytes")
        raise refusal(
            "file_size",
            too_large.format(limit=format_number(max_bytes)),
            source=argument,
            limits=current_limits().evolve(file_size=max_bytes),
        )
    if process.returncode != 0:
        message = err.decode("utf-8", "replace").strip().splitlines()
        reason = message[0].removeprefix("fatal: ")[:200] if message else ""
        if "not a git repository" in reason:
            reason = _("this folder is not in a git repository")
            hint = _("run the command from inside the git repository")
        elif "does not exist in" in reason or "exists on disk, but not in" in reason:
            reason = _("the file is not in this revision")
        elif "invalid object name" in reason or "unknown revision" in reason:
            reason = _("git does not know this revision")
        raise _Missing(
            DocumentError(
                _("git cannot give this file: {reason}").format(reason=reason),
                source=argument,
                hint=hint,
            )
        )
    return out


def _read_bounded(
    process: subprocess.Popen[bytes], max_bytes: int, timeout: float
) -> tuple[bytes | None, bytes, bool]:
    """git's output (None past ``max_bytes``: git is then stopped), its stderr, and
    whether it ran past ``timeout`` (it is then stopped too)."""
    late = threading.Event()

    def stop() -> None:
        late.set()
        _kill(process)

    timer = threading.Timer(timeout, stop)
    timer.start()
    try:
        assert process.stdout is not None
        assert process.stderr is not None
        out: bytes | None = process.stdout.read(max_bytes + 1)
        if out is not None and len(out) > max_bytes:
            _kill(process)
            out = None
        err = process.stderr.read(64 * 1024)
        process.stdout.close()
        process.stderr.close()
        process.wait()
    finally:
        timer.cancel()
    return out, err, late.is_set()


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Stop git and what it started (a pager, a hook) so that its pipes close."""
    if os.name == "posix":
        import signal

        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    else:  # pragma: no cover - Windows
        process.kill()
