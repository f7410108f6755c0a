"""``scenario render FILE -o OUT``: draw the mind map or the path diagram with Graphviz.

The suffix of OUT picks the output: ``.svg``, ``.png``, ``.pdf``, or
``.dot``/``.gv`` for the DOT source (written without Graphviz). The file is
written atomically: when Graphviz fails or runs past ``--timeout``, no file
is left half-written and an existing one is kept.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from scenario._text import quote
from scenario.cli import print_error
from scenario.cli._analysis import load_any, write
from scenario.i18n import _

#: Output suffixes and the Graphviz format they ask for (None: the DOT source).
SUFFIXES: dict[str, str | None] = {
    ".svg": "svg",
    ".png": "png",
    ".pdf": "pdf",
    ".dot": None,
    ".gv": None,
}


def run(args: argparse.Namespace) -> int:
    suffix = Path(args.output).suffix.lower()
    if suffix not in SUFFIXES:
        print_error(
            _("cannot tell the format of {file} from its suffix: use one of {known}").format(
                file=quote(args.output), known=" ".join(SUFFIXES)
            )
        )
        return 2
    scenario = load_any(args.file)
    report = None
    if args.findings:
        from scenario.rules import validate

        report = validate(scenario, lang=args.lang)
    if args.view == "path":
        from scenario.render.path import path_diagram

        diagram = path_diagram(scenario, lang=args.lang, report=report)
    else:
        from scenario.render.mindmap import mindmap

        diagram = mindmap(
            scenario,
            lang=args.lang,
            detail=args.detail,
            layout=args.layout,
            report=report,
            with_findings=args.findings,
        )
    if args.timeout is not None:
        diagram.timeout = args.timeout
    fmt = SUFFIXES[suffix]
    data: str | bytes = diagram.source if fmt is None else diagram.pipe(format=fmt)
    write(args.output, data)
    return 0
