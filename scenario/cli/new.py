"""``scenario new --modality MODALITY -o FILE``: start a scenario from a commented template."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from scenario._atomic import atomic_write
from scenario.errors import ScenarioError, WriteError
from scenario.io.templates import template


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
