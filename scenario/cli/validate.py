"""``scenario validate FILE...``: load each scenario and check it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from scenario.cli._files import expand
from scenario.errors import DocumentError
from scenario.io import load


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="load scenario documents and check them",
        description="Load each scenario document (files, or folders of .yaml/.yml/.json) "
        "and report what is wrong. Exit 0 when every file loads and has no "
        "error finding, 1 when a finding is an error, 2 when a file cannot be loaded.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="scenario documents or folders")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (like a compiler) or one JSON array (default: text)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    results: list[dict[str, Any]] = []
    status = 0
    for file in expand(args.files):
        try:
            load(file)
        except DocumentError as error:
            status = 2
            results.append({"file": file, "ok": False, "error": str(error), "findings": []})
            continue
        results.append({"file": file, "ok": True, "findings": []})
    if args.format == "json":
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for result in results:
            if "error" in result:
                print(result["error"])
        loaded = sum(1 for r in results if "error" not in r)
        print(f"{len(results)} file(s): {loaded} loaded, {len(results) - loaded} refused")
    return status
