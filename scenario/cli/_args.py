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
    return _positive(
        text, _("{value} is not a number of seconds above zero (for example 30 or 2.5)")
    )


def positive_minutes(text: str) -> float:
    """A number of minutes given on the command line: positive and finite."""
    return _positive(text, _("{value} is not a number of minutes above zero (for example 180)"))


def _positive(text: str, refusal: str) -> float:
    """``text`` as a positive finite number (a decimal comma read as a point), else
    ``refusal`` (a message with ``{value}``) as argparse's error."""
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        number = math.nan
    if not (math.isfinite(number) and number > 0):
        raise argparse.ArgumentTypeError(refusal.format(value=repr(text)))
    return number


def positive_whole(text: str) -> int:
    """A whole number of at least 1 given on the command line (``1000000``, ``1_000_000``)."""
    cleaned = text.replace("_", "").strip()
    if not cleaned.isdigit() or len(cleaned) > 30 or int(cleaned) < 1:
        raise argparse.ArgumentTypeError(
            _("{value} is not a whole number of at least 1").format(value=repr(text))
        )
    return int(cleaned)
