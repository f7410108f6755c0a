"""``scenario synopsis FILE``: the scenario as a document to read and sign off.

Markdown or a self-contained HTML page, for learners or for trainers (who
also get the sessions to run, the requirements and the findings). With
``-o`` the file is written atomically and its suffix picks the format
(``.html``/``.htm``: HTML, else Markdown); without, Markdown goes to the
standard output.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scenario.cli._analysis import load_any, write
from scenario.render.synopsis import synopsis


def run(args: argparse.Namespace) -> int:
    if getattr(args, "pack", False):
        from scenario.cli._pack import run_pack

        return run_pack(args)
    format = args.format
    if format is None:
        suffix = Path(args.output).suffix.lower() if args.output else ""
        format = "html" if suffix in (".html", ".htm") else "md"
    text = synopsis(load_any(args.file), view=args.view, format=format, lang=args.lang)
    if getattr(args, "data", None):  # the learners' figures after the synopsis
        from scenario.analysis.overlay import overlay

        result = overlay(load_any(args.file), args.data)
        if format == "html":
            end = text.rfind("</body>")
            text = text[:end] + result._repr_html_() + text[end:]
        else:
            text = text.rstrip("\n") + "\n\n" + result.markdown(lang=args.lang)
    if args.output:
        write(args.output, text)
    else:
        sys.stdout.write(text)
    return 0
