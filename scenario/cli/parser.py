"""The parser of the ``scenario`` command line: every command's arguments, nothing else.

Building it imports no command: ``scenario --help`` and a usage error stay
quick. Each command's parser records the module that runs it
(``command``); :func:`scenario.cli.main` imports that module only then.

Every word of the help is marked for the catalog and looked up when the
parser is built, in the current language: build it inside
:func:`scenario.cli._argparse.argparse_speaks_ours` for argparse's own words
("usage:", "options", its errors) to be translated too. The options every
command has (``--lang``) come from one parent parser, :func:`common_options`.
"""

from __future__ import annotations

import argparse
from typing import Any

from scenario._version import __version__
from scenario.i18n import LANGUAGES, _

__all__ = ["COMMANDS", "TEMPLATE_MODALITIES", "build_parser", "common_options"]

#: The modalities ``scenario new`` has a template for (``scenario.io.templates``
#: checks it has these, so that the parser need not import it).
TEMPLATE_MODALITIES = ("spoc", "mooc", "présentiel", "pédagogie inversée", "blended")


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
    return common


def _command(subparsers: Any, common: argparse.ArgumentParser, name: str, **words: str) -> Any:
    """A command's parser, with the options every command has."""
    return subparsers.add_parser(name, parents=[common], **words)


def _validate(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = _command(
        subparsers,
        common,
        "validate",
        help=_("check scenario documents against the coherence rules"),
        description=_(
            "Load each scenario document (files, or folders of .yaml/.yml/.json) "
            "and check it against the coherence rules (see 'scenario rules'). Exit 0 when "
            "every file loads and has no unwaived error, 1 when some finding is an error "
            "(with --strict: an error or a warning), 2 when a file cannot be loaded."
        ),
    )
    parser.add_argument(
        "files", nargs="+", metavar=_("FILE"), help=_("scenario documents or folders")
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=_("text (like a compiler, the default) or one JSON array"),
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help=_("warnings fail too: exit 1 on any unwaived error or warning"),
    )
    parser.set_defaults(command="validate")


def _rules(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = _command(
        subparsers,
        common,
        "rules",
        help=_("list the coherence rules"),
        description=_(
            "List every coherence rule 'scenario validate' runs, built-in or added "
            "by an installed package: its id, severity, the modalities it applies to, and "
            "what it checks."
        ),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help=_("a table (the default), one JSON array, or the Markdown catalog"),
    )
    parser.set_defaults(command="rules")


def _new(subparsers: Any, common: argparse.ArgumentParser) -> None:
    choices = ", ".join(TEMPLATE_MODALITIES)
    parser = _command(
        subparsers,
        common,
        "new",
        help=_("start a scenario from a commented template"),
        description=_(
            "Write a commented starting scenario for a modality, to be filled in. "
            "It validates with no error and no warning. Modalities: {choices} (case, "
            "accents and the English aliases onsite, flipped, hybrid are accepted). The "
            "comments and titles are in the language of --lang. An existing file is kept "
            "unless --force is given."
        ).format(choices=choices),
    )
    parser.add_argument(
        "--modality",
        "-m",
        required=True,
        metavar=_("MODALITY"),
        help=_("one of {choices}").format(choices=choices),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar=_("FILE"),
        help=_("the file to write (.yaml); without it, the template is printed"),
    )
    parser.add_argument(
        "--title", metavar=_("TITLE"), help=_("the course's title (default: a placeholder)")
    )
    parser.add_argument("--force", action="store_true", help=_("overwrite FILE if it exists"))
    parser.set_defaults(command="new")


def _stats(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = _command(
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
    parser.set_defaults(command="stats")


def _requirements(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = _command(
        subparsers,
        common,
        "requirements",
        help=_("show what a scenario takes"),
        description=_(
            "Show what a scenario takes: its modality's profile (preparation, "
            "equipment, trainer skills) and the needs its phases cause (a room, a "
            "virtual-classroom tool, a platform...), each with the phases that cause it. "
            "FILE is a YAML/JSON document or a scenarisation table (.csv, .xlsx)."
        ),
    )
    parser.add_argument("file", metavar=_("FILE"), help=_("a scenario document or table"))
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help=_("text (default) or JSON")
    )
    parser.set_defaults(command="requirements")


def _synopsis(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = _command(
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
    parser.set_defaults(command="synopsis")


def _render(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = _command(
        subparsers,
        common,
        "render",
        help=_("draw the scenario as a mind map or a path diagram (SVG, PNG, PDF, DOT)"),
        description=_(
            "Draw the scenario with Graphviz: a radial mind map of its phases "
            "(default) or its learning path as a flow. The suffix of OUT picks the format: "
            ".svg, .png, .pdf, or .dot for the DOT source. Exit 0 when the file is written, "
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
        help=_("the file to write (.svg .png .pdf .dot)"),
    )
    parser.add_argument(
        "--view",
        choices=("mindmap", "path"),
        default="mindmap",
        help=_("what to draw (default: mindmap)"),
    )
    parser.add_argument(
        "--detail",
        choices=("phases", "tags", "activities"),
        default="tags",
        help=_("mind map: what hangs under each phase (default: tags)"),
    )
    parser.add_argument(
        "--layout",
        choices=("twopi", "dot"),
        default="twopi",
        help=_("mind map: radial (twopi, default) or a left-to-right tree (dot)"),
    )
    parser.add_argument(
        "--findings",
        action="store_true",
        help=_("validate the scenario and show its findings on the picture"),
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar=_("SECONDS"),
        help=_("stop Graphviz after this many seconds (default: 30)"),
    )
    parser.set_defaults(command="render")


def _export(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = _command(
        subparsers,
        common,
        "export",
        help=_("export a scenario to a mind-map tool or a table (markmap, mermaid, freemind...)"),
        description=_(
            "Write the scenario in the format of another tool: markmap (.md), "
            "mermaid (.mmd), opml (.opml), freemind (.mm, for Freeplane, FreeMind, XMind), "
            "csv, xlsx, and any format a plugin registers. Exit 0 when written, 1 when the "
            "format is unknown or the file cannot be written, 2 when FILE cannot be loaded."
        ),
    )
    parser.add_argument("file", metavar=_("FILE"), help=_("a scenario document"))
    parser.add_argument(
        "--to",
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
    parser = _command(
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


#: The commands, in the order ``scenario --help`` lists them.
COMMANDS = (_validate, _rules, _new, _stats, _requirements, _synopsis, _render, _export, _import)
