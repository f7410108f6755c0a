"""The arguments of the commands that write and check a document: validate, rules, new, diff, fix."""

from __future__ import annotations

import argparse
from typing import Any

from scenario.cli._args import TEMPLATE_MODALITIES, command
from scenario.i18n import _

__all__ = ["COMMANDS"]


def _validate(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = command(
        subparsers,
        common,
        "validate",
        help=_("check scenario documents against the coherence rules"),
        description=_(
            "Load each scenario (documents, scenarisation tables .csv/.xlsx, FreeMind "
            "maps .mm, or folders of .yaml/.yml/.json) and check it against the coherence "
            "rules (see 'scenario rules'). A file that cannot be loaded gets every problem "
            "found in it, each with its line. Exit 0 when every file loads and has no "
            "unwaived error, 1 when some finding is an error (with --strict: an error or a "
            "warning), 2 when a file cannot be loaded."
        ),
    )
    parser.add_argument(
        "files", nargs="+", metavar=_("FILE"), help=_("scenarios, tables or folders")
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
    parser = command(
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
    parser = command(
        subparsers,
        common,
        "new",
        help=_("start a scenario from a commented template"),
        description=_(
            "Write a commented starting scenario for a modality, to be filled in. "
            "Once its placeholders are replaced, it validates with no error and no warning; "
            "until then, warnings say what is left to fill in. Modalities: {choices} (case, "
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


def _diff(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = command(
        subparsers,
        common,
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
        "files", nargs="+", metavar=_("FILE"), help=_("OLD and NEW (a file, or REV:FILE)")
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=_("text to read (the default) or JSON"),
    )
    parser.add_argument(
        "--map",
        metavar=_("OUT"),
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


def _fix(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = command(
        subparsers,
        common,
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
    parser.add_argument(
        "file", metavar=_("FILE"), help=_("a scenario document (.yaml, .yml, .json)")
    )
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
    parser.set_defaults(command="fix")


COMMANDS = (_validate, _rules, _new, _diff, _fix)
