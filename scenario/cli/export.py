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

from scenario.cli._analysis import load_any, write
from scenario.errors import ScenarioError


def run(args: argparse.Namespace) -> int:
    from scenario.io.formats import format_for, formats, get_format

    if args.to:
        fmt = get_format(args.to)
    elif args.output:
        found = format_for(args.output)
        if found is None:
            known = ", ".join(f"{f.name} ({' '.join(f.suffixes)})" for f in formats() if f.dump)
            raise ScenarioError(
                f"cannot tell the format of {args.output!r} from its suffix: "
                f"give --to, one of {known}"
            )
        fmt = found
    else:
        raise ScenarioError("give --to FORMAT, or -o OUT with a known suffix")
    if fmt.dump is None:
        raise ScenarioError(f"the {fmt.name} format can be imported, not exported")
    data = fmt.dump(load_any(args.file))
    if args.output:
        write(args.output, data)
    elif isinstance(data, bytes):
        raise ScenarioError(f"the {fmt.name} format is binary: give -o OUT")
    else:
        sys.stdout.write(data)
    return 0
