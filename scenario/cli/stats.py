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

from scenario.analysis.stats import stats
from scenario.cli._analysis import load_any, write


def run(args: argparse.Namespace) -> int:
    balance = stats(load_any(args.file))
    if args.format == "json":
        json.dump(balance.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(balance)
    if args.plot:
        figure = balance.plot(lang=args.lang)
        buffer = io.BytesIO()
        suffix = args.plot.rsplit(".", 1)[-1].lower() if "." in args.plot else "png"
        figure.savefig(buffer, format=suffix, dpi=120)
        write(args.plot, buffer.getvalue())
    if getattr(args, "data", None):
        from scenario.analysis.overlay import overlay

        print()
        print(overlay(load_any(args.file), args.data).text(), end="")
    return 0
