"""``scenario export FILE --to FORMAT -o OUT``: write the scenario in another tool's format.

Any format of the registry (:mod:`scenario.io.formats`) that can be written:
``markmap``, ``mermaid``, ``opml``, ``freemind``, ``csv``, ``xlsx`` and
those plugins add. Without ``--to`` the suffix of OUT picks the format;
without ``-o`` a text format goes to the standard output. The file is
written atomically.
"""

from __future__ import annotations

import argparse
import sys

from scenario._text import quote
from scenario.cli._analysis import load_any, write
from scenario.errors import ScenarioError
from scenario.i18n import _


def run(args: argparse.Namespace) -> int:
    from scenario.io.formats import format_for, formats, get_format

    if args.to:
        fmt = get_format(args.to)
    elif args.output:
        found = format_for(args.output)
        if found is None:
            known = ", ".join(f"{f.name} ({' '.join(f.suffixes)})" for f in formats() if f.dump)
            raise ScenarioError(
                _(
                    "cannot tell the format of {file} from its suffix: give --to, one of {known}"
                ).format(file=quote(args.output), known=known)
            )
        fmt = found
    else:
        raise ScenarioError(_("give --to FORMAT, or -o OUT with a known suffix"))
    data = fmt.dump_for(args.output)(load_any(args.file))
    if args.output:
        write(args.output, data)
    elif isinstance(data, bytes):
        raise ScenarioError(_("the {format} format is binary: give -o OUT").format(format=fmt.name))
    else:
        sys.stdout.write(data)
    return 0
