"""The arguments of the commands that trade with other tools: export, import."""

from __future__ import annotations

import argparse
from typing import Any

from scenario.cli._args import command
from scenario.i18n import _

__all__ = ["COMMANDS"]


def _export(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = command(
        subparsers,
        common,
        "export",
        help=_("export a scenario to a mind-map tool or a table (markmap, mermaid, freemind...)"),
        description=_(
            "Write the scenario in the format of another tool: markmap (.md), "
            "mermaid (.mmd), opml (.opml), freemind (.mm, for Freeplane, FreeMind, XMind), "
            "csv, xlsx, imscc (an IMS Common Cartridge for Moodle, Canvas, Chamilo), olx (an "
            "Open edX course), and any format a plugin registers. Exit 0 when written, 1 when the "
            "format is unknown or the file cannot be written, 2 when FILE cannot be loaded."
        ),
    )
    parser.add_argument("file", metavar=_("FILE"), help=_("a scenario document"))
    parser.add_argument(
        "--to",
        "--format",
        dest="to",
        metavar=_("FORMAT"),
        help=_("the format's name (default: from the suffix of OUT)"),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar=_("OUT"),
        help=_("the file to write (default: standard output)"),
    )
    parser.set_defaults(command="export")


def _import(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = command(
        subparsers,
        common,
        "import",
        help=_("make a scenario document from a mind map (.mm) or a table (.csv, .xlsx)"),
        description=_(
            "Read a file of another tool (a Freeplane/FreeMind map, a scenarisation "
            "table...) and write the scenario document. Exit 0 when written, 1 when it "
            "cannot be written, 2 when FILE cannot be read."
        ),
    )
    parser.add_argument(
        "file", metavar=_("FILE"), help=_("the file to import (.mm, .csv, .xlsx...)")
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar=_("OUT"),
        help=_("the document to write (.yaml or .json)"),
    )
    parser.add_argument(
        "--title", metavar=_("TITLE"), help=_("the course's title (when the file has none)")
    )
    parser.add_argument(
        "--modality",
        metavar=_("MODALITY"),
        help=_("the course's modality (spoc, présentiel...)"),
    )
    parser.set_defaults(command="import_")


COMMANDS = (_export, _import)
