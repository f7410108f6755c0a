"""What the declarations of the commands share: a command's parser, the common options."""

from __future__ import annotations

import argparse
import math
from typing import Any

from scenario.i18n import _

__all__ = [
    "TEMPLATE_MODALITIES",
    "command",
    "data_argument",
    "positive_minutes",
    "positive_seconds",
    "positive_whole",
]

#: The modalities ``scenario new`` has a template for (``scenario.io.templates``
#: checks it has these, so that the parser need not import it).
TEMPLATE_MODALITIES = ("spoc", "mooc", "présentiel", "pédagogie inversée", "blended")


def command(subparsers: Any, common: argparse.ArgumentParser, name: str, **words: str) -> Any:
    """A command's parser, with the options every command has (``common``)."""
    return subparsers.add_parser(name, parents=[common], **words)


def data_argument(parser: argparse.ArgumentParser) -> None:
    """``--data``: the learners' figures of a Moodle or xAPI file, for stats and synopsis."""
    parser.add_argument(
        "--data",
        metavar=_("DATA"),
        help=_(
            "also show the learners' figures per phase from this file: a Moodle activity "
            "completion report (.csv) or xAPI statements (.jsonl), as 'scenario overlay' reads it"
        ),
    )


def positive_seconds(text: str) -> float:
    """A number of seconds given on the command line: positive and finite.

    >>> positive_seconds("2.5"), positive_seconds("30")
    (2.5, 30.0)
    """
    try:
        seconds = float(text.replace(",", "."))
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and seconds > 0):
        raise argparse.ArgumentTypeError(
            _("{value} is not a number of seconds above zero (for example 30 or 2.5)").format(
                value=repr(text)
            )
        )
    return seconds


def positive_minutes(text: str) -> float:
    """A number of minutes given on the command line: positive and finite."""
    try:
        minutes = float(text.replace(",", "."))
    except ValueError:
        minutes = math.nan
    if not (math.isfinite(minutes) and minutes > 0):
        raise argparse.ArgumentTypeError(
            _("{value} is not a number of minutes above zero (for example 180)").format(
                value=repr(text)
            )
        )
    return minutes


def positive_whole(text: str) -> int:
    """A whole number of at least 1 given on the command line (``1000000``, ``1_000_000``)."""
    cleaned = text.replace("_", "").strip()
    if not cleaned.isdigit() or len(cleaned) > 30 or int(cleaned) < 1:
        raise argparse.ArgumentTypeError(
            _("{value} is not a whole number of at least 1").format(value=repr(text))
        )
    return int(cleaned)
