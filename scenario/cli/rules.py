"""``scenario rules``: list the rule catalog (id, severity, modality, one line).

``--format markdown`` prints the catalog as ``docs/fr/rules.md`` has it
(``docs/en/rules.md`` with ``--lang en``), with the rules of installed
plug-ins too; ``--format json`` one object per rule.
"""

from __future__ import annotations

import argparse
import json
import sys

from scenario.rules import catalog_markdown, rules
from scenario.rules.catalog import source_label


def run(args: argparse.Namespace) -> int:
    catalog = rules()
    if args.format == "markdown":
        sys.stdout.write(catalog_markdown(include_plugins=True, lang=args.lang))
        return 0
    if args.format == "json":
        data = [
            {
                "id": r.id,
                "severity": r.severity.value,
                "modalities": None
                if r.modalities is None
                else sorted(m.value for m in r.modalities),
                "summary": r.summary_label(args.lang),
                "source": source_label(r, args.lang),
            }
            for r in catalog
        ]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    width_id = max(len(r.id) for r in catalog)
    width_severity = max(len(r.severity.label(args.lang)) for r in catalog)
    width_modality = max(len(r.modality_label(args.lang)) for r in catalog)
    for r in catalog:
        print(
            f"{r.id:<{width_id}}  {r.severity.label(args.lang):<{width_severity}}  "
            f"{r.modality_label(args.lang):<{width_modality}}  {r.summary_label(args.lang)}"
        )
    return 0
