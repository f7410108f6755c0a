"""``scenario new --modality MODALITY -o FILE``: start a scenario from a commented template."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from scenario._atomic import atomic_write
from scenario.errors import ScenarioError, WriteError
from scenario.templates import TEMPLATES, template


def add_parser(subparsers: Any) -> None:
    choices = ", ".join(m.value for m in TEMPLATES)
    parser = subparsers.add_parser(
        "new",
        help="start a scenario from a commented template",
        description="Write a commented starting scenario for a modality, to be filled in. "
        "It validates with no error and no warning. Modalities: "
        f"{choices} (case, accents and the English aliases onsite, flipped, hybrid "
        "are accepted). An existing file is kept unless --force is given.",
    )
    parser.add_argument(
        "--modality",
        "-m",
        required=True,
        metavar="MODALITY",
        help=f"one of {choices}",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the file to write (.yaml); without it, the template is printed",
    )
    parser.add_argument("--title", help="the course's title (default: a placeholder)")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        text = template(args.modality)
    except ScenarioError as error:  # a modality misspelt or without a template: a usage error
        print(f"scenario: {error}", file=sys.stderr)
        return 2
    if args.title:
        # A JSON string is a valid YAML scalar: quotes, colons and accents stay safe.
        title = json.dumps(args.title, ensure_ascii=False)
        text = re.sub(r"^title: .*$", lambda _: f"title: {title}", text, count=1, flags=re.M)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    output = Path(args.output)
    if output.exists() and not args.force:
        raise WriteError(f"{output} already exists: give --force to overwrite it")
    try:
        atomic_write(output, text)
    except OSError as error:
        raise WriteError(f"cannot write {output}: {error.strerror or error}") from error
    print(
        f"{output}: a starting scenario, to be filled in; check it with: scenario validate {output}"
    )
    return 0
