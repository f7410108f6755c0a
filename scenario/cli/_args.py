"""What the declarations of the commands share: a command's parser, the common options."""

from __future__ import annotations

import argparse
from typing import Any

from scenario.i18n import _

__all__ = ["TEMPLATE_MODALITIES", "command", "data_argument"]

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
