"""The ``scenario`` command line.

:mod:`scenario.cli.parser` declares every command's arguments; one module per
command (``scenario/cli/validate.py``...) holds its ``run(args) -> int``,
imported only when that command runs. Exit statuses: 0 success, 1 the work
was done and found errors (or failed to render/write, or ran past
``--timeout``), 2 an input could not be loaded or is past a limit, or the
command line is wrong; 130 after Ctrl-C, 128 + the signal after SIGTERM or
SIGHUP. A :class:`~scenario.errors.ScenarioError` is printed as one message,
never as a traceback; set ``SCENARIO_DEBUG=1`` to see tracebacks.

Before a command starts, its outputs are checked (:func:`~scenario.cli._files.check_outputs`:
no pipe, device or input is written over) and the limits of ``--limits``
(else ``SCENARIO_LIMITS``) are chosen for everything it reads
(:mod:`scenario.io.limits`); it runs under :func:`~scenario.cli._guard.guarded`:
``--timeout`` bounds it whole, and SIGTERM cleans up as Ctrl-C does.

Every command speaks the language of ``--lang``, by default the one of
``SCENARIO_LANG``, else French: its messages, its help and argparse's own
words (a usage error of ``scenario validate --lang en`` is in English).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from scenario.cli._argparse import argparse_speaks_ours
from scenario.cli.parser import build_parser
from scenario.errors import DocumentError, ScenarioError
from scenario.i18n import LANGUAGES, _, current_language, format_number, use_language

__all__ = ["main", "print_error"]

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    # The language is needed before parsing: the help and the usage errors speak it too.
    with use_language(asked_language(arguments)):
        with argparse_speaks_ours():
            args = build_parser().parse_args(arguments)
        args.lang = args.lang or current_language()
    with use_language(args.lang):
        return _run(args)


def asked_language(arguments: Sequence[str]) -> str | None:
    """The language a command line asks for with ``--lang``, if valid (the last one wins).

    >>> asked_language(["validate", "--lang", "en", "a.yaml"]), asked_language(["--lang=de"])
    ('en', None)
    """
    found = None
    for index, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(arguments):
            value = arguments[index + 1]
        elif argument.startswith("--lang="):
            value = argument.partition("=")[2]
        else:
            continue
        found = value if value in LANGUAGES else found
    return found


def _run(args: argparse.Namespace) -> int:
    from scenario.cli._files import UsageError, check_outputs
    from scenario.cli._guard import Deadline, Terminated, guarded
    from scenario.io.limits import LimitsError, current_limits, parse_limits, use_limits

    try:
        limits = current_limits()
        if getattr(args, "limits", None):
            limits = parse_limits(args.limits, base=limits)
    except LimitsError as error:
        print_error(str(error))
        return EXIT_INPUT
    try:
        with guarded(getattr(args, "timeout", None)), use_limits(limits):
            check_outputs(args)
            command = importlib.import_module(f"scenario.cli.{args.command}")
            status: int = command.run(args)
            return status
    except DocumentError as error:  # every problem of the document, one line each
        for line in error.messages():
            print_error(line)
        return EXIT_INPUT
    except UsageError as error:
        print_error(str(error))
        return EXIT_INPUT
    except ScenarioError as error:
        print_error(str(error))
        return EXIT_FINDINGS
    except Deadline as stopped:
        print_error(
            _("the command ran for more than {seconds} s (--timeout) and was stopped").format(
                seconds=format_number(stopped.seconds, 3)
            )
        )
        return EXIT_FINDINGS
    except Terminated as stopped:
        return 128 + stopped.signum
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # a bug of ours: say so in one paragraph, not a traceback
        if os.environ.get("SCENARIO_DEBUG"):
            raise
        print_error(
            _(
                "internal error ({error}). This is a bug in scenario: please report it "
                "with the input file (SCENARIO_DEBUG=1 shows the traceback)."
            ).format(error=f"{type(error).__name__}: {error}")
        )
        return 3


def print_error(message: str) -> None:
    """Print one message on the standard error, after the program's name."""
    print(_("scenario: {message}").format(message=message), file=sys.stderr)
