"""Write the examples of docs/reviser.md: a diff, its map, and a sign-off pack.

Run ``python scripts/revision_examples.py`` from the top of the repository:
from the two versions of ``examples/revision/`` it writes to ``docs/exemples/``

- ``entretien-diff.txt``: ``scenario diff`` of version 1 and version 2, in French;
- ``entretien-diff.svg``: the map of version 2 with the changes marked;
- ``dossier-entretien.html`` and ``dossier-entretien.pdf``: the sign-off pack of
  version 2 (the PDF needs WeasyPrint, the ``pdf`` extra).

The SVG and PDF bytes depend on the Graphviz and WeasyPrint versions; the
text does not, and a test checks that it is up to date.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from scenario._atomic import atomic_write
from scenario.io import load

__all__ = ["DIFF", "MAP", "NEW", "OLD", "PACK", "PDF", "diff_text", "main", "pack_page"]

OLD = Path("examples/revision/entretien-v1.yaml")
NEW = Path("examples/revision/entretien-v2.yaml")
DIFF = "entretien-diff.txt"
MAP = "entretien-diff.svg"
PACK = "dossier-entretien.html"
PDF = "dossier-entretien.pdf"


def diff_text() -> str:
    """What ``scenario diff examples/revision/entretien-v1.yaml ...-v2.yaml`` prints."""
    return load(OLD).diff(load(NEW), lang="fr").text()


def pack_page() -> str:
    """The sign-off pack of version 2, as ``scenario synopsis --pack`` writes it."""
    from scenario.render.pack import pack

    return pack(load(NEW), lang="fr", source=str(NEW))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/revision_examples.py")
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/exemples"))
    args = parser.parse_args(argv)
    from scenario.render.diffmap import diff_map
    from scenario.render.pack import pack_pdf

    args.out.mkdir(parents=True, exist_ok=True)
    old, new = load(OLD), load(NEW)
    atomic_write(args.out / DIFF, diff_text())
    atomic_write(args.out / MAP, diff_map(old, new, lang="fr").pipe("svg"))
    atomic_write(args.out / PACK, pack_page())
    atomic_write(args.out / PDF, pack_pdf(new, lang="fr", source=str(NEW)))
    for name in (DIFF, MAP, PACK, PDF):
        print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
