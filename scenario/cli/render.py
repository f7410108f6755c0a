"""``scenario render FILE -o OUT``: draw the mind map or the path diagram with Graphviz.

The suffix of OUT picks the output: ``.svg``, ``.png``, ``.pdf``, or
``.dot``/``.gv`` for the DOT source (written without Graphviz). The file is
written atomically: when Graphviz fails or runs past ``--timeout``, no file
is left half-written and an existing one is kept.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from scenario.cli._analysis import load_any, write

#: Output suffixes and the Graphviz format they ask for (None: the DOT source).
SUFFIXES: dict[str, str | None] = {
    ".svg": "svg",
    ".png": "png",
    ".pdf": "pdf",
    ".dot": None,
    ".gv": None,
}


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "render",
        help="draw the scenario as a mind map or a path diagram (SVG, PNG, PDF, DOT)",
        description="Draw the scenario with Graphviz: a radial mind map of its phases "
        "(default) or its learning path as a flow. The suffix of OUT picks the format: "
        ".svg, .png, .pdf, or .dot for the DOT source. Exit 0 when the file is written, "
        "1 when Graphviz is missing, fails or is too slow, 2 when FILE cannot be loaded "
        "or OUT has an unknown suffix.",
    )
    parser.add_argument("file", metavar="FILE", help="a scenario document (or a table, a .mm map)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the file to write (.svg .png .pdf .dot)",
    )
    parser.add_argument(
        "--view",
        choices=("mindmap", "path"),
        default="mindmap",
        help="what to draw (default: mindmap)",
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help="language of the words (default: fr)"
    )
    parser.add_argument(
        "--detail",
        choices=("phases", "tags", "activities"),
        default="tags",
        help="mind map: what hangs under each phase (default: tags)",
    )
    parser.add_argument(
        "--layout",
        choices=("twopi", "dot"),
        default="twopi",
        help="mind map: radial (twopi, default) or a left-to-right tree (dot)",
    )
    parser.add_argument(
        "--findings",
        action="store_true",
        help="validate the scenario and show its findings on the picture",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="stop Graphviz after this many seconds (default: 30)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    suffix = Path(args.output).suffix.lower()
    if suffix not in SUFFIXES:
        known = " ".join(SUFFIXES)
        print(
            f"scenario: error: cannot tell the format of {args.output!r} from its suffix: "
            f"use one of {known}",
            file=sys.stderr,
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
