"""The ``scenario`` command line.

:mod:`scenario.cli.parser` declares every command's arguments; one module per
command (``scenario/cli/validate.py``...) holds its ``run(args) -> int``,
imported only when that command runs. Exit statuses: 0 success, 1 the work
was done and found errors (or failed to render/write), 2 an input could not
be loaded or the command line is wrong. A
:class:`~scenario.errors.ScenarioError` is printed as one message, never as a
traceback; set ``SCENARIO_DEBUG=1`` to see tracebacks.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

from scenario.cli.parser import build_parser
from scenario.errors import DocumentError, ScenarioError

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        command = importlib.import_module(f"scenario.cli.{args.command}")
        status: int = command.run(args)
        return status
    except DocumentError as error:
        _print_error(str(error))
        return EXIT_INPUT
    except ScenarioError as error:
        _print_error(str(error))
        return EXIT_FINDINGS
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # a bug of ours: say so in one paragraph, not a traceback
        if os.environ.get("SCENARIO_DEBUG"):
            raise
        _print_error(
            f"internal error ({type(error).__name__}: {error}). This is a bug in "
            "scenario: please report it with the input file "
            "(SCENARIO_DEBUG=1 shows the traceback)."
        )
        return 3


def _print_error(message: str) -> None:
    print(f"scenario: {message}", file=sys.stderr)
