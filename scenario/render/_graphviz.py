"""Running the Graphviz programs under a time limit, and the ``Digraph`` that uses it.

The graphviz package's ``pipe()`` waits for ``dot`` as long as it takes; a
layout that explodes would hang a notebook. :func:`run` gives the DOT source
to ``dot -K<engine> -T<format>`` on its standard input and kills the process
when it outlives ``timeout``. :class:`Diagram` is the ``graphviz.Digraph`` the
renderers return: its ``pipe()`` and its Jupyter display go through
:func:`run`, and everything else (``source``, ``render()``, ``save()``...) is
the graphviz package's own.

graphviz is imported when this module is, that is when a picture is first
asked for: ``import scenario`` does not pay for it.
"""

from __future__ import annotations

import os
import subprocess

import graphviz

from scenario.errors import GraphvizNotFoundError, RenderError, RenderTimeoutError

__all__ = ["DEFAULT_TIMEOUT", "ENGINES", "Diagram", "run"]

#: Seconds a layout may take before it is stopped (a 200-phase map takes about one).
DEFAULT_TIMEOUT = 30.0

#: The layout engines the renderers use.
ENGINES = ("dot", "twopi")

#: The program that runs every engine (``-K`` chooses the layout).
PROGRAM = "dot"

_STDERR_LIMIT = 2000


def run(
    source: str,
    *,
    engine: str = "dot",
    format: str = "svg",
    timeout: float | None = DEFAULT_TIMEOUT,
    program: str = PROGRAM,
) -> bytes:
    """Lay out and draw DOT ``source`` with Graphviz; return the output bytes.

    Args:
        source: a DOT graph.
        engine: the layout (``dot``, ``twopi``...), given to ``dot -K``.
        format: the output format given to ``-T`` (``svg``, ``png``, ``pdf``,
            ``svg:cairo``...).
        timeout: seconds before Graphviz is killed; ``None`` waits forever.
        program: the Graphviz executable (a name looked up on ``PATH``, or a path).

    Raises:
        GraphvizNotFoundError: the program is not installed.
        RenderTimeoutError: Graphviz ran longer than ``timeout``; it was killed.
        RenderError: Graphviz failed; the message holds what it wrote on stderr.
    """
    command = [program, f"-K{engine}", f"-T{format}"]
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=os.name == "posix",
        )
    except FileNotFoundError:
        raise GraphvizNotFoundError(os.path.basename(program)) from None
    except PermissionError as error:
        raise RenderError(f"cannot run the Graphviz program {program!r}: {error}") from None
    try:
        out, err = process.communicate(source.encode("utf-8"), timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise RenderTimeoutError(
            f"Graphviz ({engine}, {format}) ran for more than {timeout:g} s and was stopped; "
            "draw fewer details (detail='phases') or raise the time limit (timeout=...)"
        ) from None
    except BaseException:  # KeyboardInterrupt included: never leave dot running
        process.kill()
        process.communicate()
        raise
    if process.returncode != 0:
        message = err.decode("utf-8", "replace").strip()[:_STDERR_LIMIT]
        raise RenderError(
            f"Graphviz ({engine}, {format}) failed with status {process.returncode}"
            + (f": {message}" if message else "")
        )
    return out


class Diagram(graphviz.Digraph):  # type: ignore[misc]
    """A ``graphviz.Digraph`` whose ``pipe()`` and notebook display run under a time limit.

    ``timeout`` (seconds, :data:`DEFAULT_TIMEOUT` unless set) bounds every
    call of :meth:`pipe` and every inline display in Jupyter. Errors are the
    library's: :class:`~scenario.errors.GraphvizNotFoundError`,
    :class:`~scenario.errors.RenderTimeoutError`,
    :class:`~scenario.errors.RenderError`. ``render()``, ``save()``,
    ``source`` and ``view()`` are those of the graphviz package.
    """

    timeout: float | None = DEFAULT_TIMEOUT

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
        data = run(
            self.source,
            engine=engine or self.engine or "dot",
            format=fmt,
            timeout=self.timeout,
        )
        return data.decode(encoding) if encoding is not None else data

    def _repr_image_svg_xml(self) -> str:
        text = self.pipe(format="svg", encoding="utf-8")
        assert isinstance(text, str)
        return text

    def _repr_image_png(self) -> bytes:
        data = self.pipe(format="png")
        assert isinstance(data, bytes)
        return data

    def _repr_image_jpeg(self) -> bytes:
        data = self.pipe(format="jpeg")
        assert isinstance(data, bytes)
        return data

    def copy(self) -> Diagram:
        """A copy of the diagram, its time limit included."""
        duplicate: Diagram = super().copy()
        duplicate.timeout = self.timeout
        return duplicate
