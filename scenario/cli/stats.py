"""``scenario stats FILE``: the time balance of a scenario.

Text (the default) shows the minutes and shares per dimension; ``--format
json`` prints :meth:`Stats.to_dict <scenario.analysis.stats.Stats.to_dict>`;
``--plot OUT.png`` also draws the chart per dimension (needs matplotlib).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from typing import Any

from scenario.analysis.stats import stats
from scenario.cli._analysis import load_any, write


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "stats",
        help="show the time balance of a scenario",
        description="Show where the minutes of a scenario go: per phase kind, group, "
        "situation, pedagogy and intention, synchronous and asynchronous time, per module, "
        "and the shortest and longest route. FILE is a YAML/JSON document or a "
        "scenarisation table (.csv, .xlsx).",
    )
    parser.add_argument("file", metavar="FILE", help="a scenario document or table")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="a readable table (default) or JSON",
    )
    parser.add_argument(
        "--plot",
        metavar="OUT.png",
        help="also draw the balance per dimension to this image (.png, .svg, .pdf)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    balance = stats(load_any(args.file))
    if args.format == "json":
        json.dump(balance.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(balance)
    if args.plot:
        figure = balance.plot()
        buffer = io.BytesIO()
        suffix = args.plot.rsplit(".", 1)[-1].lower() if "." in args.plot else "png"
        figure.savefig(buffer, format=suffix, dpi=120)
        write(args.plot, buffer.getvalue())
    return 0
