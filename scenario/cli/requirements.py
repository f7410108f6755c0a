"""``scenario requirements FILE``: what a scenario takes.

The profile of its modality (preparation, equipment, trainer skills), the
needs its phases cause, each with the phases causing it, and the trainer's
workload (``--marking-minutes``: the marking time per learner).
"""

from __future__ import annotations

import argparse
import json
import sys

from scenario.analysis.requirements import requirements
from scenario.cli._analysis import load_any


def run(args: argparse.Namespace) -> int:
    result = requirements(load_any(args.file), marking_minutes=args.marking_minutes)
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(result.text(args.lang))
    return 0
