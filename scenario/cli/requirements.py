"""``scenario requirements FILE``: what a scenario takes.

The profile of its modality (preparation, equipment, trainer skills) and the
needs its phases cause, each with the phases causing it.
"""

from __future__ import annotations

import argparse
import json
import sys

from scenario.analysis.requirements import requirements
from scenario.cli._analysis import load_any


def run(args: argparse.Namespace) -> int:
    result = requirements(load_any(args.file))
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(result.text(args.lang))
    return 0
