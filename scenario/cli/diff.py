"""``scenario diff OLD NEW``: what changed between two versions of a scenario.

OLD and NEW are files, or files of a git revision (``HEAD~1:cours.yaml``,
read with ``git show``). The text says what changed phase by phase (French
by default), ``--format json`` gives the same as data, ``--map OUT`` also
draws the new version's mind map with the changes marked. The exit status
is 0 when the comparison is done, whatever it finds (with ``--exit-code``:
1 when the versions differ), 2 when a version cannot be read.

For git, two more ways in (see ``docs/reviser.md``):

- ``--textconv FILE`` prints one fact a line, each led by its phase's id,
  for ``git config diff.scenario.textconv``: git's own line diff then reads
  as a diff of facts;
- ``--git-driver PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE``
  takes the seven arguments git gives an external diff
  (``git config diff.scenario.command``) and prints the semantic diff; a
  side that does not load is shown as a plain line diff instead, and the
  status is always 0 (git stops at a driver that fails).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

from scenario.analysis.diff import diff
from scenario.cli._analysis import load_any
from scenario.errors import DocumentError, ScenarioError
from scenario.i18n import _, use_language
from scenario.io.files import load
from scenario.io.git import is_revision, load_revision
from scenario.model import Scenario
from scenario.report import Report

#: What git gives for the missing side of an added or deleted file.
_NO_FILE = "/dev/null"


def run(args: argparse.Namespace) -> int:
    with use_language(args.lang) as lang:
        if args.textconv:
            return _textconv(args.files, lang)
        if args.git_driver:
            return _git_driver(args.files, lang)
        if len(args.files) != 2:
            return _usage(
                _(
                    "scenario diff compares two versions: give OLD and NEW (for example: "
                    "scenario diff HEAD~1:cours.yaml cours.yaml)"
                )
            )
        old_name, new_name = args.files
        old, new = load_version(old_name), load_version(new_name)
        found = diff(old, new, lang=lang, validate=not args.no_findings)
        if args.format == "json":
            data = {"old": old_name, "new": new_name, **found.to_dict()}
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            sys.stdout.write(found.text(lang))
        if args.map:
            _write_map(args.map, old, new, found, lang)
        return 1 if args.exit_code and found else 0


def _usage(message: str) -> int:
    print(f"scenario diff: {message}", file=sys.stderr)
    return 2


def load_version(name: str) -> Scenario:
    """A version of a scenario: a file, or a file of a git revision (``REV:PATH``)."""
    if is_revision(name):
        return load_revision(name)
    return load_any(name)


def _write_map(output: str, old: Scenario, new: Scenario, found: object, lang: str) -> None:
    from scenario.cli._analysis import write
    from scenario.cli.render import SUFFIXES
    from scenario.render.diffmap import diff_map

    suffix = Path(output).suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError(
            _("cannot tell the format of {file} from its suffix").format(file=output),
            hint=_("use one of {suffixes}").format(suffixes=" ".join(SUFFIXES)),
        )
    diagram = diff_map(old, new, found, lang=lang)  # type: ignore[arg-type]
    fmt = SUFFIXES[suffix]
    write(output, diagram.source if fmt is None else diagram.pipe(format=fmt))


def _textconv(files: list[str], lang: str) -> int:
    from scenario.analysis._diff_text import facts

    if len(files) != 1:
        return _usage(_("--textconv takes one file"))
    try:
        sys.stdout.write(facts(load_any(files[0]), lang))
    except ScenarioError as error:
        # git shows what textconv prints: the error, then the text as it is.
        print(_("(this version does not load: {error})").format(error=error))
        sys.stdout.write(_raw(files[0]))
    return 0


def _git_driver(files: list[str], lang: str) -> int:
    if len(files) == 1:  # git gives only the path of an unmerged file
        print(_("{path}: not merged yet, no comparison").format(path=files[0]))
        return 0
    if len(files) != 7:
        return _usage(
            _(
                "--git-driver takes the seven arguments git gives an external diff (set it "
                "with: git config diff.scenario.command 'scenario diff --git-driver')"
            )
        )
    path, old_file, _old_hex, _old_mode, new_file, _new_hex, _new_mode = files
    print(f"diff --scenario a/{path} b/{path}")
    sides = []
    try:
        for name in (old_file, new_file):
            sides.append(_empty_like(path) if name == _NO_FILE else _load_as(name, path))
    except ScenarioError as error:
        print(_("(a version does not load: {error})").format(error=error))
        old_text = "" if old_file == _NO_FILE else _raw(old_file)
        new_text = "" if new_file == _NO_FILE else _raw(new_file)
        sys.stdout.writelines(
            difflib.unified_diff(
                old_text.splitlines(keepends=True),
                new_text.splitlines(keepends=True),
                f"a/{path}",
                f"b/{path}",
            )
        )
        return 0
    old, new = sides
    empty = Report([])
    found = diff(
        old,
        new,
        lang=lang,
        old_report=empty if old_file == _NO_FILE else None,
        new_report=empty if new_file == _NO_FILE else None,
    )
    sys.stdout.write(found.text(lang))
    return 0


def _load_as(temporary: str, path: str) -> Scenario:
    """git's copy of a version, read as the file it stands for (JSON for a ``.json``)."""
    return load(temporary, format="json" if path.lower().endswith(".json") else "yaml")


def _empty_like(path: str) -> Scenario:
    return Scenario(title=Path(path).stem, phases=[])


def _raw(name: str) -> str:
    from scenario.io._input import read_input

    try:  # a regular file only, within the limit file_size (a pipe would never end)
        return read_input(name).decode("utf-8", "replace")
    except DocumentError:
        return ""
