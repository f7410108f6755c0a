"""Checking many files on every core: a process pool, results in the order given.

``scenario validate`` over a folder of a thousand scenarios spends its time
loading and checking each file, work that shares nothing between files: a
pool of worker processes (one per usable core) takes the files in chunks.
A handful of files is checked in the calling process, where starting
workers would cost more than it saves. On a terminal a progress line is
drawn on stderr; redirected output stays clean.

The number of workers is the number of usable cores, or ``SCENARIO_JOBS``
when it is set (``SCENARIO_JOBS=1`` checks every file in the calling process).

One file never stops the others (with ``on_error``): a check that raises
gives an error result for its file, and a worker process that dies (out of
memory, killed) is replaced: the files it had in hand are checked again,
each alone in a worker of its own, so that only the one that kills its
worker is reported as such. When the command is stopped (``--timeout``,
SIGTERM, Ctrl-C) the workers are killed, not waited for.

>>> check_files(["a", "bb", "ccc"], len)
[1, 2, 3]
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import IO, Any, TypeVar

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
    on_error: Callable[[str, str], R] | None = None,
) -> list[R]:
    """``[worker(f) for f in files]``, on ``jobs`` processes when there are enough files.

    Args:
        files: the files, in the order the results are wanted.
        worker: a function of one file; it must be picklable (defined at the
            top of a module, or a ``functools.partial`` of one) and should turn
            the errors it expects into results.
        jobs: worker processes; by default :func:`default_jobs`.
        progress: called as ``progress(done, total)`` after each file.
        serial_below: fewer files than this are checked in this process.
        on_error: gives the result of a file whose check raised an exception
            (``on_error(file, "TypeError: ...")``) or killed its worker process
            (out of memory, a crash: ``on_error(file, "")``); the other files are
            still checked. Without it, an exception of the worker is raised here.

    Returns:
        The results, in the order of ``files``.
    """
    jobs = default_jobs() if jobs is None else max(1, jobs)
    total = len(files)
    results: list[R] = []
    run: Callable[[str], Any] = worker if on_error is None else _Guarded(worker)

    def keep(file: str, result: Any) -> None:
        if isinstance(result, _Failed):
            assert on_error is not None
            result = on_error(file, result.reason)
        results.append(result)
        if progress is not None:
            progress(len(results), total)

    if jobs > 1 and total >= serial_below:
        # The first file is checked here: what the worker imports on first use (the
        # rules, networkx) is then imported once, and forked workers inherit it.
        keep(files[0], run(files[0]))
        rest = files[1:]
        chunk = max(1, min(64, len(rest) // (jobs * 8)))
        try:
            workers = min(jobs, len(rest))
            with _pool(workers) as pool:
                for files_done, results_done in _in_chunks(pool, run, rest, chunk, 2 * workers):
                    for file, result in zip(files_done, results_done):
                        keep(file, result)
        except BrokenProcessPool:
            # A worker died (killed, out of memory, a crash) with files in hand: each file
            # left is checked alone in a worker of its own, which tells which one kills it.
            if on_error is not None:
                left = files[len(results) :]
                for file, result in zip(left, _one_by_one(run, left)):
                    keep(file, result)
        except (OSError, NotImplementedError):
            pass  # no pool here (a sandbox without semaphores): the files are checked here
    for file in files[len(results) :]:
        keep(file, run(file))
    return results


def _in_chunks(
    pool: ProcessPoolExecutor,
    run: Callable[[str], Any],
    files: Sequence[str],
    size: int,
    window: int,
) -> Iterator[tuple[Sequence[str], list[Any]]]:
    """The results of ``run`` over ``files`` in chunks of ``size``, in order, with at most
    ``window`` chunks given to the workers at a time. Unlike ``pool.map``, nothing is
    cancelled when the caller stops early: killing the workers then breaks the pool
    cleanly (Python 3.11's pool fails on cancelled work when it breaks)."""
    chunks = (files[start : start + size] for start in range(0, len(files), size))
    pending: collections.deque[tuple[Sequence[str], Any]] = collections.deque()
    for part in itertools.islice(chunks, window):
        pending.append((part, pool.submit(_run_chunk, run, part)))
    while pending:
        part, future = pending.popleft()
        yield part, future.result()
        following = next(chunks, None)
        if following is not None:
            pending.append((following, pool.submit(_run_chunk, run, following)))


def _run_chunk(run: Callable[[str], Any], files: Sequence[str]) -> list[Any]:
    """What a worker does with one chunk of files."""
    return [run(file) for file in files]


class _Failed:
    """What a guarded worker gives for a file whose check raised an exception."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


class _Guarded:
    """A worker whose exceptions (a bug, a recursion, memory) become a :class:`_Failed`
    result of their file, so that one file never stops the others."""

    def __init__(self, worker: Callable[[str], Any]) -> None:
        self.worker = worker

    def __call__(self, file: str) -> Any:
        try:
            return self.worker(file)
        except Exception as error:  # everything but the signals and Ctrl-C
            return _Failed(f"{type(error).__name__}: {error}"[:500])


@contextmanager
def _pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers are killed if the caller stops early (a deadline,
    SIGTERM, Ctrl-C) rather than waited for."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_quiet_worker)
    try:
        yield pool
    except Exception:
        pool.shutdown(wait=True)
        raise
    except BaseException:
        _kill_workers(pool)  # the pool then breaks, and its manager ends at once
        pool.shutdown(wait=True)
        raise
    pool.shutdown(wait=True)


def _quiet_worker() -> None:
    """In a worker: the signals that stop the command stop the worker plainly (the parent
    cleans up and reports), with no traceback of the handler the command line installed."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(Exception):
            process.kill()


def _one_by_one(run: Callable[[str], Any], files: Sequence[str]) -> Iterator[Any]:
    """``run(file)`` for each file in turn, in one worker process given one file at a
    time: when it dies, the file it had is the one that killed it (a :class:`_Failed`),
    and a new worker takes the next file."""
    index = 0
    while index < len(files):
        try:
            with _pool(1) as pool:
                while index < len(files):
                    result = pool.submit(run, files[index]).result()
                    index += 1
                    yield result
        except BrokenProcessPool:
            index += 1
            yield _Failed("")
        except (OSError, NotImplementedError):
            for file in files[index:]:
                yield run(file)
            return


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
