"""``scenario requirements FILE``: what a scenario takes.

The profile of its modality (preparation, equipment, trainer skills) and the
needs its phases cause, each with the phases causing it.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from scenario.analysis.requirements import requirements
from scenario.cli._analysis import load_any


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "requirements",
        help="show what a scenario takes",
        description="Show what a scenario takes: its modality's profile (preparation, "
        "equipment, trainer skills) and the needs its phases cause (a room, a "
        "virtual-classroom tool, a platform...), each with the phases that cause it. "
        "FILE is a YAML/JSON document or a scenarisation table (.csv, .xlsx).",
    )
    parser.add_argument("file", metavar="FILE", help="a scenario document or table")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or JSON"
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help="language of the text (default: fr)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    result = requirements(load_any(args.file))
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(result.text(args.lang))
    return 0
