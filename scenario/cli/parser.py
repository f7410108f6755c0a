"""The parser of the ``scenario`` command line: every command's arguments, nothing else.

Building it imports no command: ``scenario --help`` and a usage error stay
quick. Each command's parser records the module that runs it
(``command``); :func:`scenario.cli.main` imports that module only then.
Every command also takes ``--timeout`` (the whole command's time) and
``--limits`` (the input policy, :mod:`scenario.io.limits`, read by
:func:`scenario.cli.main`: this module imports nothing of ``scenario.io``). The
commands are declared by purpose: ``_args_check.py`` (validate, rules, new,
diff, fix), ``_args_show.py`` (stats, requirements, synopsis, render,
overlay), ``_args_exchange.py`` (export, import).

Every word of the help is marked for the catalog and looked up when the
parser is built, in the current language: build it inside
:func:`scenario.cli._argparse.argparse_speaks_ours` for argparse's own words
("usage:", "options", its errors) to be translated too. The options every
command has (``--lang``) come from one parent parser, :func:`common_options`.
"""

from __future__ import annotations

import argparse

from scenario._version import __version__
from scenario.cli import _args_check, _args_exchange, _args_show
from scenario.cli._args import TEMPLATE_MODALITIES, positive_seconds
from scenario.i18n import LANGUAGES, _

__all__ = ["COMMANDS", "TEMPLATE_MODALITIES", "build_parser", "common_options"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(
        prog="scenario",
        description=_("Author, check and draw pedagogical scenarios (CMVRH grid)."),
        epilog=_(
            "Every command takes --lang fr or --lang en, the language of its messages "
            "and of what it writes (default: the SCENARIO_LANG variable, else fr). "
            "'scenario COMMAND --help' tells more about a command."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show program's version number and exit"),
    )
    subparsers = parser.add_subparsers(dest="command_name", metavar=_("COMMAND"))
    subparsers.required = True
    common = common_options()
    for add in COMMANDS:
        add(subparsers, common)
    return parser


def common_options() -> argparse.ArgumentParser:
    """The parent parser of every command: the options they all have."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=_(
            "the language of the messages and of what is written: fr or en "
            "(default: the SCENARIO_LANG variable, else fr)"
        ),
    )
    common.add_argument(
        "--timeout",
        type=positive_seconds,
        default=None,
        metavar=_("SECONDS"),
        help=_(
            "stop the command after this many seconds, exit status 1 (default: no limit; "
            "Graphviz alone is stopped after 30 s)"
        ),
    )
    common.add_argument(
        "--limits",
        default=None,
        metavar=_("LIMITS"),
        help=_(
            "raise or lower the limits of what is read, as NAME=VALUE,... for example "
            "phases=50000,file_size=64MB (default: the SCENARIO_LIMITS variable, else the "
            "limits of the documentation's robustness page)"
        ),
    )
    return common


#: The commands, in the order ``scenario --help`` lists them: check, show, exchange.
COMMANDS = (*_args_check.COMMANDS, *_args_show.COMMANDS, *_args_exchange.COMMANDS)
