"""Running the Graphviz programs under a time limit, and the ``Digraph`` that uses it.

The graphviz package's ``pipe()`` waits for ``dot`` as long as it takes; a
layout that explodes would hang a notebook. :func:`run` gives the DOT source
to ``dot -K<engine> -T<format>`` on its standard input and kills the process
when it outlives ``timeout``. ``dot`` never outlives the program that runs
it: it starts in a process group of its own, killed whole when the run ends
early for any reason (a time limit, Ctrl-C, SIGTERM under the command line,
an error), and on Linux it is also asked to die with its parent
(``PR_SET_PDEATHSIG``), so that even a parent killed with SIGKILL takes it
along. :class:`Diagram` is the ``graphviz.Digraph`` the
renderers return: its ``pipe()`` goes through :func:`run`, and ``render()``
and ``save()`` write their files atomically. Everything else (``source``,
``view()``...) is the graphviz package's own, the Jupyter display included:
the package's ``JupyterIntegration._repr_mimebundle_`` draws the picture
with ``self.pipe(format=...)``, so an inline picture is drawn under the same
time limit, in the format ``graphviz.set_jupyter_format()`` chose.

graphviz is imported when this module is, that is when a picture is first
asked for: ``import scenario`` does not pay for it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import graphviz

from scenario._atomic import atomic_write
from scenario.errors import GraphvizNotFoundError, RenderError, RenderTimeoutError
from scenario.i18n import _, format_number

__all__ = ["DEFAULT_TIMEOUT", "ENGINES", "Diagram", "run"]

#: Seconds a layout may take before it is stopped (a 200-phase map takes about one).
DEFAULT_TIMEOUT = 30.0

#: The layout engines the renderers use.
ENGINES = ("dot", "twopi")

#: The program that runs every engine (``-K`` chooses the layout).
PROGRAM = "dot"

_STDERR_LIMIT = 2000

#: The formats drawn in pixels, whose resolution ``dpi`` sets.
_BITMAPS = frozenset({"png", "jpeg", "jpg", "gif", "bmp", "tif", "tiff", "webp"})


def run(
    source: str,
    *,
    engine: str = "dot",
    format: str = "svg",
    timeout: float | None = DEFAULT_TIMEOUT,
    program: str = PROGRAM,
    dpi: float | None = None,
) -> bytes:
    """Lay out and draw DOT ``source`` with Graphviz; return the output bytes.

    Args:
        source: a DOT graph.
        engine: the layout (``dot``, ``twopi``...), given to ``dot -K``.
        format: the output format given to ``-T`` (``svg``, ``png``, ``pdf``,
            ``svg:cairo``...).
        timeout: seconds before Graphviz is killed; ``None`` waits forever.
        program: the Graphviz executable (a name looked up on ``PATH``, or a path).
        dpi: the resolution of a bitmap (``png``, ``jpeg``...), given as ``-Gdpi``.

    Raises:
        GraphvizNotFoundError: the program is not installed.
        RenderTimeoutError: Graphviz ran longer than ``timeout``; it was killed.
        RenderError: Graphviz failed; the message holds what it wrote on stderr.
    """
    command = [program, f"-K{engine}", f"-T{format}"]
    if dpi is not None:
        command.append(f"-Gdpi={dpi:g}")
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=os.name == "posix",
            preexec_fn=_dies_with_parent(),
        )
    except FileNotFoundError:
        raise GraphvizNotFoundError(os.path.basename(program)) from None
    except PermissionError as error:
        message = _("cannot run the Graphviz program {program}: {error}")
        raise RenderError(message.format(program=repr(program), error=error)) from None
    try:
        out, err = process.communicate(source.encode("utf-8"), timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(process)
        message = _(
            "Graphviz ({engine}, {format}) ran for more than {seconds} s and was stopped; "
            "draw fewer details (detail='phases') or raise the time limit (timeout=...)"
        )
        seconds = format_number(timeout or 0, 3)
        raise RenderTimeoutError(
            message.format(engine=engine, format=format, seconds=seconds)
        ) from None
    except BaseException:  # KeyboardInterrupt included: never leave dot running
        _stop(process)
        raise
    if process.returncode != 0:
        stderr = err.decode("utf-8", "replace").strip()[:_STDERR_LIMIT]
        failed = (
            _("Graphviz ({engine}, {format}) failed with status {status}: {stderr}")
            if stderr
            else _("Graphviz ({engine}, {format}) failed with status {status}")
        )
        raise RenderError(
            failed.format(engine=engine, format=format, status=process.returncode, stderr=stderr)
        )
    return out


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Kill ``dot`` and its process group, and wait for it (its pipes closed)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        process.kill()
    with contextlib.suppress(OSError, ValueError):
        process.communicate()


#: prctl's option asking for a signal when the parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1


@cache
def _prctl() -> Any:
    """The C library's ``prctl`` on Linux, else None (looked up once, in the parent)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
        return None


def _dies_with_parent() -> Callable[[], None] | None:
    """What the child runs before ``dot`` starts: ask the kernel to kill it when its
    parent dies (Linux), and die at once if the parent is already gone."""
    prctl = _prctl()
    if prctl is None:
        return None
    parent = os.getpid()

    def setup() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)

    return setup


class Diagram(graphviz.Digraph):  # type: ignore[misc]
    """A ``graphviz.Digraph`` whose drawing runs under a time limit and writes atomically.

    ``timeout`` (seconds, :data:`DEFAULT_TIMEOUT` unless set) bounds every
    call of :meth:`pipe` and :meth:`render` and every inline display in
    Jupyter. :meth:`render` and :meth:`save` take the graphviz package's
    arguments and write each file through a temporary file, so a failed or
    stopped layout never leaves a half-written picture. Errors are the
    library's: :class:`~scenario.errors.GraphvizNotFoundError`,
    :class:`~scenario.errors.RenderTimeoutError`,
    :class:`~scenario.errors.RenderError`.
    """

    timeout: float | None = DEFAULT_TIMEOUT
    #: The resolution of a bitmap drawing (PNG, JPEG), in dots per inch; None: Graphviz's 96.
    dpi: float | None = None

    def pipe(
        self,
        format: str | None = None,
        renderer: str | None = None,
        formatter: str | None = None,
        neato_no_op: bool | int | None = None,
        quiet: bool = False,
        *,
        engine: str | None = None,
        encoding: str | None = None,
    ) -> bytes | str:
        """The picture as bytes (or text with ``encoding``), drawn under :attr:`timeout`.

        Takes the arguments of ``graphviz.Digraph.pipe``; ``neato_no_op`` and
        ``quiet`` are accepted and ignored.
        """
        fmt = format or self.format or "svg"
        for extra in (renderer, formatter):
            if extra:
                fmt += f":{extra}"
        bitmap = fmt.split(":")[0] in _BITMAPS
        data = run(
            self.source,
            engine=engine or self.engine or "dot",
            format=fmt,
            timeout=self.timeout,
            dpi=self.dpi if bitmap else None,
        )
        return data.decode(encoding) if encoding is not None else data

    def save(
        self,
        filename: str | os.PathLike[str] | None = None,
        directory: str | os.PathLike[str] | None = None,
        *,
        skip_existing: bool | None = False,
    ) -> str:
        """Write the DOT source to ``filepath`` (atomically) and return its path."""
        if filename is not None:
            self.filename = os.fspath(filename)
        if directory is not None:
            self.directory = os.fspath(directory)
        path = Path(self.filepath)
        if skip_existing and path.exists():
            return str(path)
        if str(path.parent):
            path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, self.source)
        return str(path)

    def render(
        self,
        filename: str | os.PathLike[str] | None = None,
        directory: str | os.PathLike[str] | None = None,
        view: bool = False,
        cleanup: bool = False,
        format: str | None = None,
        renderer: str | None = None,
        formatter: str | None = None,
        neato_no_op: bool | int | None = None,
        quiet: bool = False,
        quiet_view: bool = False,
        *,
        outfile: str | os.PathLike[str] | None = None,
        engine: str | None = None,
        raise_if_result_exists: bool = False,
        overwrite_source: bool = False,
    ) -> str:
        """Save the source and draw it to a file, as ``graphviz.Digraph.render`` does.

        The picture goes to ``outfile`` (its format from the suffix unless
        ``format`` is given) or to ``<filepath>.<format>``; the path is returned.
        """
        if outfile is not None:
            target = Path(outfile)
            if format is None:
                format = target.suffix.lstrip(".").lower() or None
            if filename is None and directory is None:
                filename = target.with_suffix(".gv")
        source = Path(self.save(filename, directory))
        fmt = format or self.format or "pdf"
        target = Path(outfile) if outfile is not None else Path(f"{source}.{fmt}")
        if raise_if_result_exists and target.exists():
            message = _("output file exists: {path}")
            raise FileExistsError(message.format(path=repr(os.fspath(target))))
        data = self.pipe(format=fmt, renderer=renderer, formatter=formatter, engine=engine)
        assert isinstance(data, bytes)
        atomic_write(target, data)
        if cleanup:
            source.unlink()
        if view:
            graphviz.view(os.fspath(target), quiet=quiet_view)
        return os.fspath(target)

    def copy(self) -> Diagram:
        """A copy of the diagram, its time limit included."""
        duplicate: Diagram = super().copy()
        duplicate.timeout = self.timeout
        duplicate.dpi = self.dpi
        return duplicate
