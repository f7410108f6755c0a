"""The parser of the ``scenario`` command line: every command's arguments, nothing else.

Building it imports no command: ``scenario --help`` and a usage error stay
quick. Each command's parser records the module that runs it
(``command``); :func:`scenario.cli.main` imports that module only then.
"""

from __future__ import annotations

import argparse
from typing import Any

from scenario._version import __version__

__all__ = ["COMMANDS", "TEMPLATE_MODALITIES", "build_parser"]

#: The modalities ``scenario new`` has a template for (``scenario.io.templates``
#: checks it has these, so that the parser need not import it).
TEMPLATE_MODALITIES = ("spoc", "mooc", "présentiel", "pédagogie inversée", "blended")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(
        prog="scenario",
        description="Author, check and draw pedagogical scenarios (CMVRH grid).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command_name", metavar="COMMAND")
    subparsers.required = True
    for add in COMMANDS:
        add(subparsers)
    return parser


def _validate(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check scenario documents against the coherence rules",
        description="Load each scenario document (files, or folders of .yaml/.yml/.json) "
        "and check it against the coherence rules (see 'scenario rules'). Exit 0 when "
        "every file loads and has no unwaived error, 1 when some finding is an error "
        "(with --strict: an error or a warning), 2 when a file cannot be loaded.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="scenario documents or folders")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (like a compiler, the default) or one JSON array",
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        default="fr",
        help="language of the messages (default: fr)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="warnings fail too: exit 1 on any unwaived error or warning",
    )
    parser.set_defaults(command="validate")


def _rules(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "rules",
        help="list the coherence rules",
        description="List every coherence rule 'scenario validate' runs, built-in or added "
        "by an installed package: its id, severity, the modalities it applies to, and "
        "what it checks.",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="a table (the default), one JSON array, or the Markdown catalog",
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        default="fr",
        help="language of the summaries (default: fr)",
    )
    parser.set_defaults(command="rules")


def _new(subparsers: Any) -> None:
    choices = ", ".join(TEMPLATE_MODALITIES)
    parser = subparsers.add_parser(
        "new",
        help="start a scenario from a commented template",
        description="Write a commented starting scenario for a modality, to be filled in. "
        "It validates with no error and no warning. Modalities: "
        f"{choices} (case, accents and the English aliases onsite, flipped, hybrid "
        "are accepted). An existing file is kept unless --force is given.",
    )
    parser.add_argument(
        "--modality",
        "-m",
        required=True,
        metavar="MODALITY",
        help=f"one of {choices}",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the file to write (.yaml); without it, the template is printed",
    )
    parser.add_argument("--title", help="the course's title (default: a placeholder)")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.set_defaults(command="new")


def _stats(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "stats",
        help="show the time balance of a scenario",
        description="Show where the minutes of a scenario go: per phase kind, group, "
        "situation, pedagogy and intention, synchronous and asynchronous time, per module, "
        "and the shortest and longest route. FILE is a YAML/JSON document or a "
        "scenarisation table (.csv, .xlsx).",
    )
    parser.add_argument("file", metavar="FILE", help="a scenario document or table")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="a readable table (default) or JSON",
    )
    parser.add_argument(
        "--plot",
        metavar="OUT.png",
        help="also draw the balance per dimension to this image (.png, .svg, .pdf)",
    )
    _data_argument(parser)
    parser.set_defaults(command="stats")


def _requirements(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "requirements",
        help="show what a scenario takes",
        description="Show what a scenario takes: its modality's profile (preparation, "
        "equipment, trainer skills) and the needs its phases cause (a room, a "
        "virtual-classroom tool, a platform...), each with the phases that cause it. "
        "FILE is a YAML/JSON document or a scenarisation table (.csv, .xlsx).",
    )
    parser.add_argument("file", metavar="FILE", help="a scenario document or table")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or JSON"
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help="language of the text (default: fr)"
    )
    parser.set_defaults(command="requirements")


def _synopsis(subparsers: Any) -> None:
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
    _data_argument(parser)
    parser.add_argument(
        "--pack",
        action="store_true",
        help=_pack_help(),
    )
    parser.set_defaults(command="synopsis")


def _render(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "render",
        help="draw the scenario as a mind map or a path diagram (SVG, PNG, PDF, DOT)",
        description="Draw the scenario with Graphviz: a radial mind map of its phases "
        "(default) or its learning path as a flow. The suffix of OUT picks the format: "
        ".svg, .png, .pdf, or .dot for the DOT source. Exit 0 when the file is written, "
        "1 when Graphviz is missing, fails or is too slow, 2 when FILE cannot be loaded "
        "or OUT has an unknown suffix.",
    )
    parser.add_argument("file", metavar="FILE", help="a scenario document (or a table, a .mm map)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the file to write (.svg .png .pdf .dot)",
    )
    parser.add_argument(
        "--view",
        choices=("mindmap", "path"),
        default="mindmap",
        help="what to draw (default: mindmap)",
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help="language of the words (default: fr)"
    )
    parser.add_argument(
        "--detail",
        choices=("phases", "tags", "activities"),
        default="tags",
        help="mind map: what hangs under each phase (default: tags)",
    )
    parser.add_argument(
        "--layout",
        choices=("twopi", "dot"),
        default="twopi",
        help="mind map: radial (twopi, default) or a left-to-right tree (dot)",
    )
    parser.add_argument(
        "--findings",
        action="store_true",
        help="validate the scenario and show its findings on the picture",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="stop Graphviz after this many seconds (default: 30)",
    )
    parser.set_defaults(command="render")


def _export(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export a scenario to a mind-map tool or a table (markmap, mermaid, freemind...)",
        description="Write the scenario in the format of another tool: markmap (.md), "
        "mermaid (.mmd), opml (.opml), freemind (.mm, for Freeplane, FreeMind, XMind), "
        "csv, xlsx, imscc (an IMS Common Cartridge 1.1 for Moodle, Canvas, Chamilo), olx (an "
        "Open edX course, .tar.gz), and any format a plugin registers. Exit 0 when written, 1 when the "
        "format is unknown or the file cannot be written, 2 when FILE cannot be loaded.",
    )
    parser.add_argument("file", metavar="FILE", help="a scenario document")
    parser.add_argument(
        "--to",
        "--format",
        dest="to",
        metavar="FORMAT",
        help="the format's name (default: from the suffix of OUT)",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="the file to write (default: standard output)"
    )
    parser.set_defaults(command="export")


def _import(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import",
        help="make a scenario document from a mind map (.mm) or a table (.csv, .xlsx)",
        description="Read a file of another tool (a Freeplane/FreeMind map, a scenarisation "
        "table...) and write the scenario document. Exit 0 when written, 1 when it cannot be "
        "written, 2 when FILE cannot be read.",
    )
    parser.add_argument("file", metavar="FILE", help="the file to import (.mm, .csv, .xlsx...)")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="the document to write (.yaml or .json)"
    )
    parser.add_argument("--title", help="the course's title (when the file has none)")
    parser.add_argument("--modality", help="the course's modality (spoc, présentiel...)")
    parser.set_defaults(command="import_")


def _pack_help() -> str:
    from scenario.i18n import _

    return _(
        "write the sign-off pack instead: one HTML page (or PDF with -o pack.pdf) with the map, "
        "the time balance, the phases, the calendar, the requirements, the findings to decide, "
        "the indicators and a signature block"
    )


def _data_argument(parser: Any) -> None:
    parser.add_argument(
        "--data",
        metavar="DATA",
        help="also show the learners' figures per phase from this file: a Moodle activity "
        "completion report (.csv) or xAPI statements (.jsonl), as 'scenario overlay' reads it",
    )


def _overlay(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "overlay",
        help="lay learner data from Moodle or Open edX over the scenario, phase by phase",
        description="Read what learners did on the platform (a Moodle activity completion "
        "report, either CSV download, or xAPI statements as JSON lines), match the "
        "activities to the phases (by their 'lms:' id, else by title) and show per phase: "
        "learners who reached it, completion, drop-off from the phase before, median time "
        "against the planned duration, success rate. Only counts are shown, never a "
        "learner's name. Exit 0 when done, 1 when a picture cannot be written, 2 when "
        "COURSE or DATA cannot be read.",
    )
    parser.add_argument("course", metavar="COURSE", help="the scenario (document or table)")
    parser.add_argument("data", metavar="DATA", help="the learner data (.csv or .jsonl)")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or JSON"
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help="language of the words (default: fr)"
    )
    parser.add_argument(
        "--map",
        metavar="OUT",
        help="also draw the scenario coloured by completion, drop-off points marked "
        "(.svg .png .pdf .dot)",
    )
    parser.add_argument(
        "--view",
        choices=("mindmap", "path"),
        default="mindmap",
        help="the picture of --map: the mind map (default) or the path diagram",
    )
    parser.add_argument(
        "--funnel",
        metavar="OUT",
        help="also draw the funnel of learners along the path (.svg .png .pdf)",
    )
    parser.add_argument(
        "--max-rows",
        type=int,
        default=1_000_000,
        metavar="N",
        help="read at most N rows or statements (default: 1000000)",
    )
    parser.add_argument(
        "--max-mb",
        type=int,
        default=256,
        metavar="MB",
        help="read a file of at most MB megabytes (default: 256)",
    )
    parser.add_argument(
        "--max-session",
        type=float,
        default=180,
        metavar="MINUTES",
        help="a longer gap between two traces is not time spent on a phase (default: 180)",
    )
    parser.set_defaults(command="overlay")


# -- revising and signing off (docs/reviser.md) -----------------------------------------


def _diff(subparsers: Any) -> None:
    from scenario.i18n import _

    parser = subparsers.add_parser(
        "diff",
        help=_("show what changed between two versions of a scenario"),
        description=_(
            "Compare two versions of a scenario phase by phase: phases added, removed, "
            "renamed, retagged or moved, durations and their effect on the time, the path, "
            "the waivers and the findings that appeared or went away. OLD and NEW are files "
            "or files of a git revision (HEAD~1:cours.yaml). Exit 0 when compared (with "
            "--exit-code: 1 when they differ), 2 when a version cannot be read."
        ),
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help=_("OLD and NEW (a file, or REV:FILE)")
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=_("text to read (the default) or JSON"),
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=None,
        help=_("language of the text (default: fr, or SCENARIO_LANG)"),
    )
    parser.add_argument(
        "--map",
        metavar="OUT",
        help=_(
            "also draw the new version's mind map with the changes marked (.svg .png .pdf .dot)"
        ),
    )
    parser.add_argument(
        "--no-findings",
        action="store_true",
        help=_("do not validate the versions nor compare their findings"),
    )
    parser.add_argument(
        "--exit-code",
        action="store_true",
        help=_("exit 1 when the versions differ, as 'git diff --exit-code' does"),
    )
    parser.add_argument(
        "--textconv",
        action="store_true",
        help=_("print one FILE as one fact a line, for git's textconv"),
    )
    parser.add_argument(
        "--git-driver",
        action="store_true",
        help=_("take the seven arguments git gives an external diff command"),
    )
    parser.set_defaults(command="diff")


def _fix(subparsers: Any) -> None:
    from scenario.i18n import _

    parser = subparsers.add_parser(
        "fix",
        help=_("fix the mechanical mistakes of a scenario document"),
        description=_(
            "Apply the fixes that are mechanical and safe (aliases and misspellings to "
            "canonical values, a missing 'scenario: 1', durations and dates in their canonical "
            "form, the évaluer intention of an évaluation phase...), repeated until nothing "
            "changes, keeping the document's comments and layout: only the fixed lines change. "
            "The changes are shown as a diff unless --write is given. Fixes that change the "
            "design are only suggested (--unsafe-fixes applies those that can be). Exit 0 when "
            "nothing is left to fix or the file was written, 1 when --diff shows fixes to "
            "make, 2 when the document cannot be read."
        ),
    )
    parser.add_argument("file", metavar="FILE", help=_("a scenario document (.yaml, .yml, .json)"))
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--diff",
        action="store_true",
        help=_("show the fixes as a unified diff and change nothing (the default)"),
    )
    mode.add_argument("--write", action="store_true", help=_("write the fixes to FILE"))
    parser.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help=_("also apply the suggested fixes that change the design"),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=_("text (the default) or JSON"),
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=None,
        help=_("language of the messages (default: fr, or SCENARIO_LANG)"),
    )
    parser.set_defaults(command="fix")


#: The commands, in the order ``scenario --help`` lists them.
COMMANDS = (
    _validate,
    _rules,
    _new,
    _stats,
    _requirements,
    _synopsis,
    _render,
    _export,
    _import,
    _overlay,
    _diff,
    _fix,
)
