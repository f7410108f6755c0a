"""``scenario import FILE -o OUT.yaml``: a scenario document from another tool's file.

The suffix of FILE picks the format among those of the registry that can
be read (:mod:`scenario.formats`): a FreeMind/Freeplane map (``.mm``), a
scenarisation table (``.csv``, ``.xlsx``)... ``--title`` and ``--modality``
give what the file may lack. The document is written atomically (YAML, or
JSON for ``.json``); without ``-o`` YAML goes to the standard output.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from scenario.errors import DocumentError


def add_parser(subparsers: Any) -> None:
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
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from scenario.formats import format_for, formats
    from scenario.io import dump, dumps

    fmt = format_for(args.file, reading=True)
    if fmt is None or fmt.read is None:
        known = ", ".join(f"{f.name} ({' '.join(f.suffixes)})" for f in formats() if f.read)
        raise DocumentError(
            "cannot tell which format to read from the file's suffix",
            source=args.file,
            hint=f"import one of: {known}",
        )
    options = {
        key: value
        for key, value in (("title", args.title), ("modality", args.modality))
        if value is not None
    }
    scenario = fmt.read(args.file, **options)
    if args.output:
        dump(scenario, args.output)
    else:
        sys.stdout.write(dumps(scenario))
    return 0
