"""The ``scenario`` command line.

One module per command (``scenario/cli/validate.py``...), each with an
``add_parser(subparsers)`` that registers it and a ``run(args) -> int``.
Exit statuses: 0 success, 1 the work was done and found errors (or failed
to render/write), 2 an input could not be loaded or the command line is wrong.
A :class:`~scenario.errors.ScenarioError` is printed as one message, never
as a traceback; set ``SCENARIO_DEBUG=1`` to see tracebacks.
"""

from __future__ import annotations

import argparse
import importlib
import keyword
import os
import sys
from collections.abc import Sequence

from scenario._version import __version__
from scenario.errors import DocumentError, ScenarioError

__all__ = ["main"]

#: The command modules, in the order `scenario --help` lists them.
COMMANDS: tuple[str, ...] = (
    "validate",
    "rules",
    "new",
    "stats",
    "requirements",
    "synopsis",
    "render",
    "export",
    "import",
)

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(
        prog="scenario",
        description="Author, check and draw pedagogical scenarios (CMVRH grid).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMANDS:
        # A command named by a Python keyword lives in a module with a trailing '_'.
        module_name = f"{name}_" if keyword.iskeyword(name) else name
        module = importlib.import_module(f"scenario.cli.{module_name}")
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
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
