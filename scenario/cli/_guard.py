"""What keeps a command within its time and leaves nothing behind when it is stopped.

:func:`guarded` surrounds a command:

- ``--timeout SECONDS`` arms a timer (``SIGALRM``) for the whole command:
  past it, :class:`Deadline` is raised wherever the command is (loading,
  wrapping labels, waiting for Graphviz or the workers), and the command
  line reports it with exit status 1;
- ``SIGTERM`` and ``SIGHUP`` raise :class:`Terminated`, as Ctrl-C raises
  ``KeyboardInterrupt``: what is unwinding cleans up on its way (the
  temporary file of an atomic write is removed, Graphviz and the workers
  are killed), and the command line exits with ``128 + signal``.

Both are :class:`BaseException`: no ``except Exception`` of a command can
take them for an error of one file. Signals can only be handled in the main
thread: elsewhere (or on Windows, without ``SIGALRM``) the block runs
unguarded.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

__all__ = ["Deadline", "Terminated", "guarded"]

#: The signals that stop a command cleanly.
STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Deadline(BaseException):
    """The command ran past its ``--timeout``."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


class Terminated(BaseException):
    """The process was asked to stop (SIGTERM, SIGHUP)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def guarded(timeout: float | None) -> Iterator[None]:
    """Run the block under the deadline ``timeout`` (seconds, ``None``: none), with the
    stopping signals turned into :class:`Terminated`."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved: dict[int, Any] = {}

    def stop(signum: int, frame: FrameType | None) -> None:
        raise Terminated(signum)

    def late(signum: int, frame: FrameType | None) -> None:
        assert timeout is not None
        raise Deadline(timeout)

    try:
        for signum in STOPPING:
            saved[signum] = signal.signal(signum, stop)
        if timeout is not None and hasattr(signal, "setitimer"):
            saved[signal.SIGALRM] = signal.signal(signal.SIGALRM, late)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        yield
    finally:
        alarm = getattr(signal, "SIGALRM", None)
        if alarm is not None and alarm in saved:
            signal.setitimer(signal.ITIMER_REAL, 0)
        for signum, handler in saved.items():
            signal.signal(signum, handler)
