"""``scenario new --modality MODALITY -o FILE``: start a scenario from a commented template."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from scenario._atomic import atomic_write
from scenario.cli import print_error
from scenario.errors import ScenarioError, WriteError, os_reason
from scenario.i18n import _
from scenario.io.templates import template


def run(args: argparse.Namespace) -> int:
    try:
        text = template(args.modality, lang=args.lang)
    except ScenarioError as error:  # a modality misspelt or without a template: a usage error
        print_error(str(error))
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
        raise WriteError(
            _("{file} already exists: give --force to overwrite it").format(file=output)
        )
    try:
        atomic_write(output, text)
    except OSError as error:
        raise WriteError(
            _("cannot write {file}: {reason}").format(file=output, reason=os_reason(error))
        ) from error
    print(
        _(
            "{file}: a starting scenario, to be filled in; check it with: scenario validate {file}"
        ).format(file=output)
    )
    return 0
