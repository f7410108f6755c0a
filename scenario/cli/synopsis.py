"""``scenario synopsis FILE``: the scenario as a document to read and sign off.

Markdown or a self-contained HTML page, for learners or for trainers (who
also get the sessions to run, the requirements and the findings). With
``-o`` the file is written atomically and its suffix picks the format
(``.html``/``.htm``: HTML, else Markdown); without, Markdown goes to the
standard output.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from scenario.analysis.synopsis import synopsis
from scenario.cli._analysis import load_any, write


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "synopsis",
        help="write the synopsis of a scenario (Markdown or HTML)",
        description="Write the scenario as a readable document in path order: objectives, "
        "audience, each phase with its tags, duration, activities and resources. The "
        "trainer view adds the synchronous sessions, the requirements and the findings.",
    )
    parser.add_argument("file", metavar="FILE", help="a scenario document or table")
    parser.add_argument(
        "--view",
        choices=("learner", "trainer"),
        default="learner",
        help="for learners (default) or for trainers",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the file to write (.md or .html); default: Markdown on the standard output",
    )
    parser.add_argument(
        "--format",
        choices=("md", "html"),
        help="md or html (default: from the suffix of OUT, else md)",
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help="language of the headings (default: fr)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    format = args.format
    if format is None:
        suffix = Path(args.output).suffix.lower() if args.output else ""
        format = "html" if suffix in (".html", ".htm") else "md"
    text = synopsis(load_any(args.file), view=args.view, format=format, lang=args.lang)
    if args.output:
        write(args.output, text)
    else:
        sys.stdout.write(text)
    return 0
