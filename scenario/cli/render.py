"""``scenario render FILE -o OUT``: draw the mind map or the path diagram.

``--format``, else the suffix of OUT, picks the output: ``.svg``, ``.png``,
``.pdf``, or ``.dot``/``.gv`` for the DOT source (written without
Graphviz), drawn by Graphviz; ``.html``/``.htm`` for the interactive map
(:mod:`scenario.render.html_map`), one self-contained page. The file is
written atomically: when Graphviz fails or runs past ``--timeout``, no file
is left half-written and an existing one is kept.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from scenario._text import quote
from scenario.cli import print_error
from scenario.cli._analysis import load_any, write
from scenario.i18n import _

if TYPE_CHECKING:
    from scenario.model import Scenario

#: Output suffixes and the Graphviz format they ask for (None: the DOT source).
SUFFIXES: dict[str, str | None] = {
    ".svg": "svg",
    ".png": "png",
    ".pdf": "pdf",
    ".dot": None,
    ".gv": None,
}
#: The suffixes of the interactive map, an HTML page.
HTML_SUFFIXES = (".html", ".htm")


def output_format(name: str, asked: str | None = None) -> str | None:
    """The format to write: ``asked`` (``--format``), else the one the suffix of ``name``
    says (``svg``, ``png``, ``pdf``, ``dot`` or ``html``); None when it says none.

    >>> output_format("carte.HTML"), output_format("map.gv"), output_format("map.jpg", "png")
    ('html', 'dot', 'png')
    """
    if asked:
        return asked
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in SUFFIXES:
        return SUFFIXES[suffix] or "dot"
    return None


def run(args: argparse.Namespace) -> int:
    fmt = output_format(args.output, args.format)
    if fmt is None:
        print_error(
            _("cannot tell the format of {file} from its suffix: use one of {known}").format(
                file=quote(args.output), known=" ".join([*SUFFIXES, *HTML_SUFFIXES])
            )
        )
        return 2
    if fmt == "html" and args.view == "path":
        print_error(
            _(
                "the interactive map is a mind map: --view path cannot be written as HTML "
                "(draw the path diagram as .svg, .png or .pdf)"
            )
        )
        return 2
    scenario = load_any(args.file)
    if fmt == "html":
        return _html(args, scenario)
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
            dpi=args.dpi,
        )
    if args.timeout is not None:
        diagram.timeout = args.timeout
    if args.dpi is not None:
        diagram.dpi = args.dpi
    data: str | bytes = diagram.source if fmt == "dot" else diagram.pipe(format=fmt)
    write(args.output, data)
    return 0


def _html(args: argparse.Namespace, scenario: Scenario) -> int:
    """The interactive map: the rules are always run, their findings always shown."""
    from scenario.render.html_map import interactive_map

    write(args.output, interactive_map(scenario, lang=args.lang, detail=args.detail).html)
    return 0
