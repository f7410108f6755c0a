"""``scenario synopsis FILE --pack``: the sign-off pack (:mod:`scenario.render.pack`).

HTML on the standard output, or to ``-o OUT``: ``.html`` (or ``.htm``) for
the page, ``.pdf`` for a PDF made by WeasyPrint (the ``pdf`` extra; a clear
error when it is missing). Written atomically.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scenario.cli._analysis import load_any, write
from scenario.i18n import _, use_language

#: What the suffix of OUT gives.
SUFFIXES = {".html": "html", ".htm": "html", ".pdf": "pdf"}


def run_pack(args: argparse.Namespace) -> int:
    from scenario.render.pack import pack, pack_pdf

    with use_language(args.lang):
        kind = "html"
        if args.output:
            suffix = Path(args.output).suffix.lower()
            if suffix not in SUFFIXES or args.format == "md":
                print(
                    "scenario synopsis: "
                    + _("the sign-off pack is written as .html or .pdf, not {file}").format(
                        file=args.output
                    ),
                    file=sys.stderr,
                )
                return 2
            kind = SUFFIXES[suffix]
        scenario = load_any(args.file)
        if kind == "pdf":
            write(args.output, pack_pdf(scenario, lang=args.lang, source=args.file))
            return 0
        page = pack(scenario, lang=args.lang, source=args.file)
        if args.output:
            write(args.output, page)
        else:
            sys.stdout.write(page)
        return 0
