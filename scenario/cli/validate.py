"""``scenario validate FILE...``: load each scenario and check it against the rules.

Any file a command reads is checked: a document (YAML, JSON) or a file a
format imports (a scenarisation table ``.csv``/``.xlsx``, a FreeMind map
``.mm``), chosen by its suffix or, without a known one, by its content
(:func:`scenario.cli._analysis.load_any`).

Text output reads like a compiler's, one line per finding
(``file:line: phase: severity rule: message``, the line that of the
finding's phase in the document, left out when unknown, as for a finding
about the whole scenario; waived findings end with the waiver), then one
summary line. A file that cannot be loaded gives every problem found in it,
one line each, sorted by line (``file:line:column: error at place: message
(hint: ...)``), at most a hundred, then how many more. ``--format json``
prints one JSON array with one object per file: ``{"file", "ok",
"findings": [{"rule", "severity", "phase", "message", "waived", "line"}]}``,
or ``{"file", "ok": false, "error", "errors": [{"place", "line", "column",
"message", "hint"}], "findings": []}`` for a file that cannot be loaded
(``error`` is the first problem's whole message; ``more_errors`` counts those
left out past a hundred). Every file is checked, even after a broken one:
a file whose check fails on a bug of scenario, or kills its worker process
(out of memory), is reported as a file that cannot be checked, with its
error, and the others still are (:mod:`scenario.cli._parallel`).

Exit status: 0 no unwaived error (with ``--strict``: no unwaived error or
warning), 1 some such finding, 2 a file could not be loaded or checked (or no
file was found), whatever the findings of the others.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from typing import Any, NamedTuple

from scenario.cli import print_error
from scenario.cli._analysis import load_any
from scenario.cli._files import expand
from scenario.cli._parallel import check_files, terminal_progress
from scenario.errors import DocumentError, ScenarioError
from scenario.i18n import _, ngettext, use_language
from scenario.io.limits import Limits, current_limits, use_limits
from scenario.report import Report, summary_line

#: The keys of each finding in the JSON output (docs/cli.md, "scenario validate").
JSON_KEYS = ("rule", "severity", "phase", "message", "waived", "line")


class Refused(NamedTuple):
    """Why a file could not be loaded, as plain data (it comes back from a worker process).

    Attributes:
        error: the first problem's whole message.
        lines: every problem as a compiler's line, sorted by line, then how many more.
        errors: every problem as data (place, line, column, message, hint).
        more: how many problems were left out.
    """

    error: str
    lines: tuple[str, ...]
    errors: tuple[dict[str, Any], ...]
    more: int = 0


Result = tuple[str, "Report | None", "Refused | None"]


def run(args: argparse.Namespace) -> int:
    files = expand(args.files)
    if not files:
        if args.format == "json":
            print("[]")
        print_error(
            _("no scenario document (.yaml, .yml, .json) found in {places}").format(
                places=", ".join(args.files)
            )
        )
        return 2
    # On every core for many files, with a progress line on a terminal (cli/_parallel.py).
    check = functools.partial(_check, lang=args.lang, limits=current_limits())
    failed = functools.partial(_failed, lang=args.lang)
    results = check_files(files, check, progress=terminal_progress(), on_error=failed)
    if args.format == "json":
        _print_json(results)
    else:
        _print_text(results, args.lang)
    return _status(results, strict=args.strict)


def _check(file: str, lang: str, limits: Limits | None = None) -> Result:
    """Load and check one file (in a worker process when there are many), speaking ``lang``,
    within ``limits`` (those of ``--limits``: a worker process is given them)."""
    with use_language(lang), use_limits(limits):
        try:
            return file, load_any(file).validate(lang=lang), None
        except DocumentError as error:
            problems = tuple(problem.to_dict() for problem in error.errors)
            return file, None, Refused(str(error), tuple(error.messages()), problems, error.more)
        except ScenarioError as error:
            problem = {"place": "", "line": None, "column": None, "message": str(error)}
            return file, None, Refused(str(error), (str(error),), ({**problem, "hint": None},))


def _failed(file: str, reason: str, lang: str) -> Result:
    """The result of a file whose check failed on a bug, or killed its worker process."""
    with use_language(lang):
        if reason:
            message = _(
                "{file}: internal error while checking the file ({error}); this is a bug in "
                "scenario: please report it with the file"
            ).format(file=file, error=reason)
        else:
            message = _(
                "{file}: the check of this file stopped its process (out of memory, or "
                "killed); the file is not checked"
            ).format(file=file)
        problem = {"place": "", "line": None, "column": None, "message": message, "hint": None}
        return file, None, Refused(message, (message,), (problem,))


def _status(results: list[Result], *, strict: bool) -> int:
    if any(report is None for _, report, _ in results):
        return 2
    reports = [report for _, report, _ in results if report is not None]
    if any(not r.ok for r in reports) or (strict and any(r.warnings for r in reports)):
        return 1
    return 0


def _print_json(results: list[Result]) -> None:
    data: list[dict[str, Any]] = []
    for file, report, refused in results:
        if report is None:
            assert refused is not None
            entry: dict[str, Any] = {"file": file, "ok": False, "error": refused.error}
            entry["errors"] = list(refused.errors)
            if refused.more:
                entry["more_errors"] = refused.more
            data.append({**entry, "findings": []})
            continue
        findings = [{key: f.to_dict()[key] for key in JSON_KEYS} for f in report]
        data.append({"file": file, "ok": report.ok, "findings": findings})
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


def _print_text(results: list[Result], lang: str) -> None:
    errors = warnings = infos = waived = broken = 0
    for file, report, refused in results:
        if report is None:
            assert refused is not None
            broken += 1
            print("\n".join(refused.lines))
            continue
        for finding in report:
            where = file if finding.line is None else f"{file}:{finding.line}"
            print(f"{where}: {finding.text(lang)}")
        errors += len(report.errors)
        warnings += len(report.warnings)
        infos += len(report.infos)
        waived += len(report.waived)
    with use_language(lang):
        line = ngettext("{count} file: {counts}", "{count} files: {counts}", len(results)).format(
            count=len(results), counts=summary_line(errors, warnings, infos, waived)
        )
        if broken:
            line += ngettext(
                "; {count} could not be loaded", "; {count} could not be loaded", broken
            ).format(count=broken)
    print(line)
