"""``scenario import FILE -o OUT.yaml``: a scenario document from another tool's file.

The suffix of FILE picks the format among those of the registry that can
be read (:mod:`scenario.io.formats`): a FreeMind/Freeplane map (``.mm``), a
scenarisation table (``.csv``, ``.xlsx``)... ``--title`` and ``--modality``
give what the file may lack. The document is written atomically (YAML, or
JSON for ``.json``); without ``-o`` YAML goes to the standard output.
"""

from __future__ import annotations

import argparse
import sys

from scenario.errors import DocumentError
from scenario.i18n import _


def run(args: argparse.Namespace) -> int:
    from scenario.io import dump, dumps
    from scenario.io.formats import format_for, formats

    fmt = format_for(args.file, reading=True)
    if fmt is None or fmt.read is None:
        known = ", ".join(f"{f.name} ({' '.join(f.suffixes)})" for f in formats() if f.read)
        raise DocumentError(
            _("cannot tell which format to read from the file's suffix"),
            source=args.file,
            hint=_("import one of: {known}").format(known=known),
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
