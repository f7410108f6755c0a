"""The arguments of the commands that show a course: stats, requirements, synopsis, render, overlay."""

from __future__ import annotations

import argparse
from typing import Any

from scenario.cli._args import command, data_argument, positive_minutes, positive_whole
from scenario.i18n import _

__all__ = ["COMMANDS"]


def _stats(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = command(
        subparsers,
        common,
        "stats",
        help=_("show the time balance of a scenario"),
        description=_(
            "Show where the minutes of a scenario go: per phase kind, group, "
            "situation, pedagogy and intention, synchronous and asynchronous time, per "
            "module, and the shortest and longest route. FILE is a YAML/JSON document or a "
            "scenarisation table (.csv, .xlsx)."
        ),
    )
    parser.add_argument("file", metavar=_("FILE"), help=_("a scenario document or table"))
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=_("a readable table (default) or JSON"),
    )
    parser.add_argument(
        "--plot",
        metavar=_("OUT.png"),
        help=_("also draw the balance per dimension to this image (.png, .svg, .pdf)"),
    )
    data_argument(parser)
    parser.set_defaults(command="stats")


def _requirements(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = command(
        subparsers,
        common,
        "requirements",
        help=_("show what a scenario takes"),
        description=_(
            "Show what a scenario takes: its modality's profile (preparation, "
            "equipment, trainer skills) and the needs its phases cause (a room, a "
            "virtual-classroom tool, a platform...), each with the phases that cause it, "
            "and the trainer's workload. FILE is a YAML/JSON document or a scenarisation table (.csv, .xlsx)."
        ),
    )
    parser.add_argument("file", metavar=_("FILE"), help=_("a scenario document or table"))
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help=_("text (default) or JSON")
    )
    parser.add_argument(
        "--marking-minutes",
        type=int,
        default=10,
        metavar=_("MINUTES"),
        help=_(
            "the trainer's minutes of marking per learner for an asynchronous phase that "
            "assesses, in the workload (default: 10)"
        ),
    )
    parser.set_defaults(command="requirements")


def _synopsis(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = command(
        subparsers,
        common,
        "synopsis",
        help=_("write the synopsis of a scenario (Markdown or HTML)"),
        description=_(
            "Write the scenario as a readable document in path order: objectives, "
            "audience, each phase with its tags, duration, activities and resources. The "
            "trainer view adds the synchronous sessions, the requirements and the findings."
        ),
    )
    parser.add_argument("file", metavar=_("FILE"), help=_("a scenario document or table"))
    parser.add_argument(
        "--view",
        choices=("learner", "trainer"),
        default="learner",
        help=_("for learners (default) or for trainers"),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar=_("OUT"),
        help=_("the file to write (.md or .html); default: Markdown on the standard output"),
    )
    parser.add_argument(
        "--format",
        choices=("md", "html"),
        help=_("md or html (default: from the suffix of OUT, else md)"),
    )
    data_argument(parser)
    parser.add_argument(
        "--pack",
        action="store_true",
        help=_(
            "write the sign-off pack instead: one HTML page (or PDF with -o pack.pdf) with the "
            "map, the time balance, the phases, the calendar, the requirements, the findings to "
            "decide, the indicators and a signature block"
        ),
    )
    parser.set_defaults(command="synopsis")


def _render(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = command(
        subparsers,
        common,
        "render",
        help=_(
            "draw the scenario as a mind map or a path diagram (SVG, PNG, PDF, DOT), "
            "or as an interactive map (HTML)"
        ),
        description=_(
            "Draw the scenario with Graphviz: a radial mind map of its phases "
            "(default) or its learning path as a flow. The suffix of OUT picks the format: "
            ".svg, .png, .pdf, or .dot for the DOT source; .html writes the interactive map, "
            "one page that opens offline in any browser (fold, zoom, search, the details of "
            "each phase and its findings). Exit 0 when the file is written, "
            "1 when Graphviz is missing, fails or is too slow, 2 when FILE cannot be loaded "
            "or OUT has an unknown suffix."
        ),
    )
    parser.add_argument(
        "file", metavar=_("FILE"), help=_("a scenario document (or a table, a .mm map)")
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar=_("OUT"),
        required=True,
        help=_("the file to write (.svg .png .pdf .dot .html)"),
    )
    parser.add_argument(
        "--format",
        choices=("svg", "png", "pdf", "dot", "html"),
        help=_("the format to write (default: from the suffix of OUT)"),
    )
    parser.add_argument(
        "--view",
        choices=("mindmap", "path"),
        default="mindmap",
        help=_("what to draw (default: mindmap; the HTML map is a mind map)"),
    )
    parser.add_argument(
        "--detail",
        choices=("phases", "tags", "activities"),
        default="tags",
        help=_(
            "mind map: what hangs under each phase (default: tags); HTML map: what is "
            "unfolded when it opens"
        ),
    )
    parser.add_argument(
        "--layout",
        choices=("twopi", "dot", "slide"),
        default="twopi",
        help=_(
            "mind map: radial (twopi, default), a left-to-right tree (dot), or a 16:9 "
            "landscape picture for a slide (slide)"
        ),
    )
    parser.add_argument(
        "--dpi",
        type=float,
        default=None,
        metavar=_("DPI"),
        help=_("the resolution of a PNG, in dots per inch (default: 96; 300 for print)"),
    )
    parser.add_argument(
        "--findings",
        action="store_true",
        help=_(
            "validate the scenario and show its findings on the picture (the HTML map "
            "always shows them)"
        ),
    )
    parser.set_defaults(command="render")


def _overlay(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = command(
        subparsers,
        common,
        "overlay",
        help=_("lay learner data from Moodle or Open edX over the scenario, phase by phase"),
        description=_(
            "Read what learners did on the platform (a Moodle activity completion "
            "report, either CSV download, or xAPI statements as JSON lines), match the "
            "activities to the phases (by their 'lms:' id, else by title) and show per phase: "
            "learners who reached it, completion, drop-off from the phase before, median time "
            "against the planned duration, success rate. Only counts are shown, never a "
            "learner's name. Exit 0 when done, 1 when a picture cannot be written, 2 when "
            "COURSE or DATA cannot be read."
        ),
    )
    parser.add_argument("course", metavar=_("COURSE"), help=_("the scenario (document or table)"))
    parser.add_argument("data", metavar=_("DATA"), help=_("the learner data (.csv or .jsonl)"))
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help=_("text (default) or JSON")
    )
    parser.add_argument(
        "--map",
        metavar=_("OUT"),
        help=_(
            "also draw the scenario coloured by completion, drop-off points marked "
            "(.svg .png .pdf .dot, or .html for the interactive map)"
        ),
    )
    parser.add_argument(
        "--view",
        choices=("mindmap", "path"),
        default="mindmap",
        help=_("the picture of --map: the mind map (default) or the path diagram"),
    )
    parser.add_argument(
        "--funnel",
        metavar=_("OUT"),
        help=_("also draw the funnel of learners along the path (.svg .png .pdf)"),
    )
    parser.add_argument(
        "--max-rows",
        type=positive_whole,
        default=None,
        metavar="N",
        help=_(
            "read at most N rows or statements (default: the limit data_rows of --limits, 1000000)"
        ),
    )
    parser.add_argument(
        "--max-mb",
        type=positive_whole,
        default=None,
        metavar="MB",
        help=_(
            "read a file of at most MB megabytes (default: the limit data_size of --limits, 256)"
        ),
    )
    parser.add_argument(
        "--max-session",
        type=positive_minutes,
        default=180,
        metavar=_("MINUTES"),
        help=_("a longer gap between two traces is not time spent on a phase (default: 180)"),
    )
    parser.set_defaults(command="overlay")


COMMANDS = (_stats, _requirements, _synopsis, _render, _overlay)
