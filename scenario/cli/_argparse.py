"""argparse's own words ("usage:", "options", its errors) in the reader's language.

argparse words its help and its errors with the ``_`` and ``ngettext`` it
imported from :mod:`gettext`, looked up as globals of the argparse module
each time it needs a word. While the command line builds its parser and
parses, :func:`argparse_speaks_ours` puts our catalog's functions in their
place, and puts argparse's back afterwards. The messages argparse can show a
user are marked below, so that ``python scripts/catalog.py`` extracts them
and the French catalog translates them like any other message; a test
checks that none of the running Python's argparse is missing.

>>> import argparse
>>> from scenario.i18n import use_language
>>> with use_language("fr"), argparse_speaks_ours():
...     argparse.ArgumentParser(prog="scenario").format_usage()
'utilisation : scenario [-h]\\n'
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from scenario.i18n import N_, _, ngettext

__all__ = [
    "DEVELOPER_MESSAGES",
    "MESSAGES",
    "SAME_IN_EVERY_LANGUAGE",
    "argparse_speaks_ours",
]

#: What argparse can say to a user (Python 3.10 to 3.13), marked for the catalog.
MESSAGES = (
    N_("usage: "),
    # TRANSLATORS: argparse writes a colon right after a section's title: a language that
    # wants a space before the colon (French) ends its title with a space.
    N_("positional arguments"),
    # TRANSLATORS: as for "positional arguments", end the title with a space if need be.
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    # Python 3.13 and later:
    # TRANSLATORS: the titles above end with their own space where the language wants
    # one before a colon: keep this one as it is.
    N_("%(heading)s:"),
    N_("subcommands"),
    N_(" (default: %(default)s)"),
    N_("%(prog)s: warning: %(message)s\n"),
    N_("argument '%(argument_name)s' is deprecated"),
    N_("command '%(parser_name)s' is deprecated"),
    N_("option '%(option)s' is deprecated"),
)

#: Of :data:`MESSAGES`, those a language keeps as they are.
SAME_IN_EVERY_LANGUAGE = frozenset({"%(heading)s:"})

#: What argparse says only to the programmer who declares a parser wrongly: not translated.
DEVELOPER_MESSAGES = frozenset(
    {
        ".__call__() not defined",
        "conflicting subparser: %s",
        "conflicting subparser alias: %s",
        'argument "-" with mode %r',
        "cannot merge actions - two groups are named %r",
        "'required' is an invalid argument for positionals",
        "invalid option string %(option)r: must start with a character %(prefix_chars)r",
        "invalid option string %(option)r: ",
        "dest= is required for options like %r",
        "invalid conflict_resolution value: %r",
        "conflicting option string: %s",
        "conflicting option strings: %s",
        "mutually exclusive arguments must be optional",
        "cannot have multiple subparser arguments",
        "%r is not callable",
        "length of metavar tuple does not match nargs",
    }
)


def _plural_messages() -> None:  # pragma: no cover - never called: marks plurals for the catalog
    ngettext("expected %s argument", "expected %s arguments", 0)


@contextmanager
def argparse_speaks_ours() -> Iterator[None]:
    """Inside the block, argparse takes its words from our catalog, in the current language.

    argparse's module globals are shared: the block is meant for the command
    line's own short parse, not for a long-running program's threads.
    """
    names = vars(argparse)
    saved = names["_"], names["ngettext"]
    error_text = argparse.ArgumentError.__str__
    names["_"], names["ngettext"] = _, ngettext
    argparse.ArgumentError.__str__ = _argument_error_text  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        names["_"], names["ngettext"] = saved
        argparse.ArgumentError.__str__ = error_text  # type: ignore[method-assign]


def _argument_error_text(error: argparse.ArgumentError) -> str:
    """What argparse 3.11 and later say of an error on an argument, through the catalog:
    Python 3.10's argparse writes its "argument X: ..." without asking for a translation."""
    if error.argument_name is None:
        return error.message
    return _("argument %(argument_name)s: %(message)s") % {
        "argument_name": error.argument_name,
        "message": error.message,
    }
