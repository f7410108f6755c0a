"""``scenario fix FILE``: fix what is mechanical, suggest the rest.

By default (``--diff``) the fixes are shown as a unified diff on the standard
output and nothing is written; ``--write`` writes them to FILE (atomically).
The list of the fixes, each with its line and the rule it answers, and the
suggestions follow on the standard error (so that ``scenario fix cours.yaml
> fixes.patch`` keeps the patch alone). ``--unsafe-fixes`` also makes the
fixes that change the design. ``--format json`` prints one JSON object.

Exit status: 0 nothing left to fix (or the file was written), 1 ``--diff``
shows fixes to make, 2 the document cannot be read or still does not load.
"""

from __future__ import annotations

import argparse
import json
import sys

from scenario.analysis.fixes import FixResult, fix_file
from scenario.i18n import _, ngettext, use_language
from scenario.io.fix import Fix


def run(args: argparse.Namespace) -> int:
    with use_language(args.lang):
        result = fix_file(args.file, write=args.write, unsafe=args.unsafe_fixes)
        if args.format == "json":
            _print_json(result, written=args.write)
        else:
            _print_text(result, written=args.write)
        if result.error is not None:
            return 2
        return 1 if result.changed and not args.write else 0


def _line(result: FixResult, fix: Fix) -> str:
    where = f"{result.source}:{fix.line}" if fix.line else result.source
    return f"{where}: {fix.rule}: {fix.message}"


def _print_text(result: FixResult, *, written: bool) -> None:
    if not written:
        sys.stdout.write(result.diff())
    err = sys.stderr
    for fix in sorted(result.applied, key=lambda f: f.line or 0):
        print(_line(result, fix), file=err)
    if result.suggestions:
        print(_("Suggestions, not applied:"), file=err)
        for fix in result.suggestions:
            mark = _(" [--unsafe-fixes]") if fix.edits else ""
            print("  " + _line(result, fix) + mark, file=err)
    count = len(result.applied)
    if written:
        summary = ngettext("{count} fix written", "{count} fixes written", count)
    else:
        summary = ngettext(
            "{count} fix to make (run again with --write)",
            "{count} fixes to make (run again with --write)",
            count,
        )
    if count == 0:
        summary = _("nothing to fix")
    print(summary.format(count=count), file=err)
    if result.error is not None:
        print(_("the document still does not load: {error}").format(error=result.error), file=err)


def _print_json(result: FixResult, *, written: bool) -> None:
    data = {
        "file": result.source,
        "changed": result.changed,
        "written": written and result.changed,
        "fixes": [fix.to_dict() for fix in result.applied],
        "suggestions": [fix.to_dict() for fix in result.suggestions],
        "diff": result.diff(),
        "error": None if result.error is None else str(result.error),
    }
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()
