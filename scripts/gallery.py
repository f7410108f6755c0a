"""Draw the gallery of the documentation: each example's mind map and path diagram.

Run ``python scripts/gallery.py docs/gallery`` from the top of the
repository: for each ``examples/*.yaml`` it writes ``NAME.mindmap.dot``,
``NAME.mindmap.svg``, ``NAME.path.dot`` and ``NAME.path.svg`` to the
folder, and the page ``docs/gallery.md`` that shows them. SVG bytes depend
on the Graphviz version; the DOT sources do not, and the tests check that
they are up to date.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from scenario._atomic import atomic_write
from scenario.io import load

__all__ = ["PICTURES", "gallery_page", "pictures", "write_gallery"]

#: The pictures of each example: (suffix, description).
PICTURES = (("mindmap", "Carte mentale (mind map)"), ("path", "Parcours (path diagram)"))

_INTRO = """\
# Gallery

The mind map and the path diagram of each example of `examples/`, drawn by
`scenario render` with its default options (French words, tags under each
phase). Regenerate this page and its pictures with
`python scripts/gallery.py docs/gallery` after changing an example
or the drawing: a test checks that the DOT sources here are up to date.
See [the mind map guide](mindmap.md) for the options.
"""


def pictures(path: str | os.PathLike[str]) -> dict[str, str]:
    """The DOT sources of one example's pictures, by kind (``mindmap``, ``path``): in
    French, whatever SCENARIO_LANG says, as the page shows them."""
    scenario = load(path)
    return {
        "mindmap": scenario.mindmap(lang="fr").source,
        "path": scenario.path_diagram(lang="fr").source,
    }


def gallery_page(examples: Sequence[Path], folder: str) -> str:
    """The Markdown page showing the pictures of ``examples`` stored in ``folder``."""
    lines = [_INTRO]
    for example in examples:
        scenario = load(example)
        modality = scenario.modality.value if scenario.modality else "—"
        lines += [
            f"## {scenario.title}",
            "",
            f"`examples/{example.name}`: {modality}, {len(scenario.phases)} phases.",
            "",
        ]
        for kind, description in PICTURES:
            lines += [
                f"![{description}: {example.stem}]({folder}/{example.stem}.{kind}.svg)",
                "",
            ]
    return "\n".join(lines)


def write_gallery(out: Path, examples_dir: Path, page: Path | None) -> list[Path]:
    """Write every picture (DOT and SVG) to ``out`` and the page; return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    examples = sorted(examples_dir.glob("*.yaml"))
    written: list[Path] = []
    for example in examples:
        scenario = load(example)
        diagrams = {"mindmap": scenario.mindmap(), "path": scenario.path_diagram()}
        for kind, diagram in diagrams.items():
            dot_file = out / f"{example.stem}.{kind}.dot"
            svg_file = out / f"{example.stem}.{kind}.svg"
            atomic_write(dot_file, diagram.source)
            atomic_write(svg_file, diagram.pipe("svg"))
            written += [dot_file, svg_file]
    if page is not None:
        folder = os.path.relpath(out, page.parent).replace(os.sep, "/")
        atomic_write(page, gallery_page(examples, folder))
        written.append(page)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: ``python scripts/gallery.py OUT [--examples DIR] [--page FILE]``."""
    parser = argparse.ArgumentParser(prog="python scripts/gallery.py")
    parser.add_argument("out", type=Path, help="the folder of the pictures (docs/gallery)")
    parser.add_argument("--examples", type=Path, default=Path("examples"))
    parser.add_argument(
        "--page", type=Path, default=Path("docs/gallery.md"), help="the page to write"
    )
    args = parser.parse_args(argv)
    for path in write_gallery(args.out, args.examples, args.page):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
