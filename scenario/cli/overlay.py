"""``scenario overlay COURSE DATA``: learner data from the platform laid over the scenario.

Prints the figures of each phase (text, or ``--format json``); ``--map OUT``
also draws the mind map (or with ``--view path`` the path diagram) coloured
by completion with the drop-off points marked (``--map carte.html``: the
interactive map, each phase's card giving its figures), ``--funnel OUT`` the funnel
of learners along the path. Every file is written atomically. Only counts
are shown: no output names a learner.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from scenario.analysis.overlay import overlay
from scenario.cli._analysis import load_any, write
from scenario.errors import ScenarioError
from scenario.i18n import _, use_language

#: The suffixes of --map and the Graphviz format they ask for (None: the DOT source;
#: "html": the interactive map).
MAP_SUFFIXES: dict[str, str | None] = {
    ".svg": "svg",
    ".png": "png",
    ".pdf": "pdf",
    ".dot": None,
    ".html": "html",
    ".htm": "html",
}
FUNNEL_SUFFIXES = (".svg", ".png", ".pdf")


def run(args: argparse.Namespace) -> int:
    with use_language(args.lang):
        for option, name, known in (
            ("--map", args.map, tuple(MAP_SUFFIXES)),
            ("--funnel", args.funnel, FUNNEL_SUFFIXES),
        ):
            if name and Path(name).suffix.lower() not in known:
                raise ScenarioError(
                    _(
                        "cannot tell the format of {file} from its suffix: give {option} one of {known}"
                    ).format(file=name, option=option, known=" ".join(known))
                )
        html_map = bool(args.map) and MAP_SUFFIXES[Path(args.map).suffix.lower()] == "html"
        if html_map and args.view == "path":
            raise ScenarioError(
                _(
                    "the interactive map is a mind map: --view path cannot be written as HTML "
                    "(draw the path diagram as .svg, .png or .pdf)"
                )
            )
        scenario = load_any(args.course)
        result = overlay(
            scenario,
            args.data,
            max_rows=args.max_rows,
            max_bytes=None if args.max_mb is None else args.max_mb * 1_000_000,
            max_session=args.max_session,
        )
        if args.format == "json":
            json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            sys.stdout.write(result.text())
        if html_map:
            write(args.map, scenario.interactive_map(lang=args.lang, overlay=result).html)
        elif args.map:
            if args.view == "path":
                diagram = scenario.path_diagram(lang=args.lang, overlay=result)
            else:
                diagram = scenario.mindmap(lang=args.lang, overlay=result)
            fmt = MAP_SUFFIXES[Path(args.map).suffix.lower()]
            write(args.map, diagram.source if fmt is None else diagram.pipe(format=fmt))
        if args.funnel:
            from scenario.render.funnel import funnel_chart, save_figure

            figure = funnel_chart(result, lang=args.lang)
            write(args.funnel, save_figure(figure, Path(args.funnel).suffix.lower().lstrip(".")))
    return 0
