"""Checking many files on every core: a process pool, results in the order given.

``scenario validate`` over a folder of a thousand scenarios spends its time
loading and checking each file, work that shares nothing between files: a
pool of worker processes (one per usable core) takes the files in chunks.
A handful of files is checked in the calling process, where starting
workers would cost more than it saves. On a terminal a progress line is
drawn on stderr; redirected output stays clean.

The number of workers is the number of usable cores, or ``SCENARIO_JOBS``
when it is set (``SCENARIO_JOBS=1`` checks every file in the calling process).

>>> check_files(["a", "bb", "ccc"], len)
[1, 2, 3]
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import IO, TypeVar

from scenario.i18n import ngettext

__all__ = ["SERIAL_BELOW", "check_files", "default_jobs", "terminal_progress"]

R = TypeVar("R")

#: Fewer files than this are checked in the calling process.
SERIAL_BELOW = 16

Progress = Callable[[int, int], None]


def default_jobs() -> int:
    """How many worker processes to start: ``SCENARIO_JOBS``, else the usable cores."""
    configured = os.environ.get("SCENARIO_JOBS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def check_files(
    files: Sequence[str],
    worker: Callable[[str], R],
    jobs: int | None = None,
    progress: Progress | None = None,
    *,
    serial_below: int = SERIAL_BELOW,
) -> list[R]:
    """``[worker(f) for f in files]``, on ``jobs`` processes when there are enough files.

    Args:
        files: the files, in the order the results are wanted.
        worker: a function of one file; it must be picklable (defined at the
            top of a module, or a ``functools.partial`` of one) and should turn
            the errors it expects into results: an exception it raises is
            raised here.
        jobs: worker processes; by default :func:`default_jobs`.
        progress: called as ``progress(done, total)`` after each file.
        serial_below: fewer files than this are checked in this process.

    Returns:
        The results, in the order of ``files``.
    """
    jobs = default_jobs() if jobs is None else max(1, jobs)
    total = len(files)
    results: list[R] = []
    if jobs > 1 and total >= serial_below:
        # The first file is checked here: what the worker imports on first use (the
        # rules, networkx) is then imported once, and forked workers inherit it.
        results.append(worker(files[0]))
        if progress is not None:
            progress(1, total)
        rest = files[1:]
        chunk = max(1, min(64, len(rest) // (jobs * 8)))
        try:
            with ProcessPoolExecutor(max_workers=min(jobs, len(rest))) as pool:
                for result in pool.map(worker, rest, chunksize=chunk):
                    results.append(result)
                    if progress is not None:
                        progress(len(results), total)
        except (BrokenProcessPool, OSError, NotImplementedError):
            # No pool here (a sandbox without semaphores) or a worker died (killed,
            # out of memory): check what is left in this process, which reports properly.
            pass
    for file in files[len(results) :]:
        results.append(worker(file))
        if progress is not None:
            progress(len(results), total)
    return results


def terminal_progress(stream: IO[str] | None = None, every: float = 0.1) -> Progress | None:
    """A progress line drawn on ``stream`` (stderr), or ``None`` when it is not a terminal.

    The line is redrawn at most every ``every`` seconds, and erased when the
    last file is done so that the report starts on a clean line.
    """
    out = sys.stderr if stream is None else stream
    try:
        if not out.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    last = 0.0

    def show(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if done < total and now - last < every:
            return
        last = now
        if done >= total:
            out.write("\r\x1b[K")
        else:
            line = ngettext(
                "{done}/{total} file checked ({percent}%)",
                "{done}/{total} files checked ({percent}%)",
                total,
            ).format(done=done, total=total, percent=100 * done // total)
            out.write(f"\r{line}")
        out.flush()

    return show
