"""Draw the gallery of the documentation: each example's mind map and path diagram.

Run ``python scripts/gallery.py docs/gallery`` from the top of the
repository: for each ``examples/*.yaml`` it writes ``NAME.mindmap.dot``,
``NAME.mindmap.svg``, ``NAME.slide.dot``, ``NAME.slide.svg``, ``NAME.path.dot``
and ``NAME.path.svg`` to the folder (one copy, shared by both languages of
the site), and the pages
``docs/fr/gallery.md`` and ``docs/en/gallery.md`` that show them, each in its
own language, each picture a link to itself (click to see it whole, at full
size): the words of the pages come from the message catalog (context
``"gallery"``, extracted from this script by ``scripts/catalog.py``). The
pictures are drawn in French, the language of the vocabulary. SVG bytes
depend on the Graphviz version; the DOT sources do not, and the tests check
that they are up to date.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from scenario._atomic import atomic_write
from scenario._text import wrap
from scenario.i18n import LANGUAGES, N_, ngettext, pgettext, use_language
from scenario.io import load
from scenario.learning_path import detours

__all__ = ["CONTEXT", "PICTURES", "gallery_page", "pictures", "write_gallery"]

#: The catalog context of the pages' words.
CONTEXT = "gallery"

#: The pictures of each example: (suffix, description).
PICTURES = (
    ("mindmap", N_("Mind map")),
    ("slide", N_("Map for a slide (16:9)")),
    ("path", N_("Path diagram")),
)

#: Where the pages go: ``{lang}`` is the language.
PAGES = "docs/{lang}/gallery.md"

_INTRO = N_(
    "The mind map, the map for a slide and the path diagram of each example of "
    "`examples/`, drawn by `scenario render` with its default options (French words, the "
    "language of the vocabulary, and the tags under each phase; `--lang en` draws them with "
    "English words) and `--layout slide`. Click a picture to see it whole, at full size. "
    "Regenerate this page and its pictures with `python scripts/gallery.py docs/gallery` "
    "after changing an example or the drawing: a test checks that the DOT sources here are "
    "up to date. See [the mind map guide](mindmap.md) for the options."
)


def _t(text: str) -> str:
    return pgettext(CONTEXT, text)


def pictures(path: str | os.PathLike[str]) -> dict[str, str]:
    """The DOT sources of one example's pictures, by kind (``mindmap``, ``path``): in
    French, whatever SCENARIO_LANG says, as the pages show them."""
    scenario = load(path)
    return {
        "mindmap": scenario.mindmap(lang="fr").source,
        "slide": scenario.mindmap(lang="fr", layout="slide").source,
        "path": scenario.path_diagram(lang="fr").source,
    }


def gallery_page(examples: Sequence[Path], folder: str, lang: str = "fr") -> str:
    """The Markdown page showing the pictures of ``examples`` stored in ``folder``, in
    ``lang``."""
    with use_language(lang):
        lines = ["# " + _t("Gallery"), ""]
        lines += wrap(_t(_INTRO))
        lines.append("")
        for example in examples:
            scenario = load(example)
            modality = scenario.modality.label() if scenario.modality else "—"
            # As the map's centre counts them: the main path's phases, the detours apart.
            apart = detours(scenario).phases
            count = len(scenario.phases) - len(apart)
            said = ngettext(
                "{file}: {modality}, {count} phase.", "{file}: {modality}, {count} phases.", count
            )
            if apart:
                said = ngettext(
                    "{file}: {modality}, {count} phases, and {detours} detour ({names}).",
                    "{file}: {modality}, {count} phases, and {detours} detours ({names}).",
                    len(apart),
                )
            said = said.format(
                file=f"`examples/{example.name}`",
                modality=modality,
                count=count,
                detours=len(apart),
                names=", ".join(f"`{pid}`" for pid in apart),
            )
            lines += [f"## {scenario.title}", "", said, ""]
            for kind, description in PICTURES:
                alt = _t("{picture}: {example}").format(
                    picture=_t(description), example=example.stem
                )
                picture = f"{folder}/{example.stem}.{kind}.svg"
                # As wide as the page's column; the link opens it whole.
                lines += [f'[![{alt}]({picture}){{ width="100%" }}]({picture})', ""]
    return "\n".join(lines)


def write_gallery(out: Path, examples_dir: Path, pages: str | None) -> list[Path]:
    """Write every picture (DOT and SVG) to ``out`` and the pages (``{lang}`` in
    ``pages`` stands for the language); return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    examples = sorted(examples_dir.glob("*.yaml"))
    written: list[Path] = []
    for example in examples:
        scenario = load(example)
        diagrams = {
            "mindmap": scenario.mindmap(lang="fr"),
            "slide": scenario.mindmap(lang="fr", layout="slide"),
            "path": scenario.path_diagram(lang="fr"),
        }
        for kind, diagram in diagrams.items():
            dot_file = out / f"{example.stem}.{kind}.dot"
            svg_file = out / f"{example.stem}.{kind}.svg"
            atomic_write(dot_file, diagram.source)
            atomic_write(svg_file, diagram.pipe("svg"))
            written += [dot_file, svg_file]
    if pages is not None:
        for lang in LANGUAGES:
            page = Path(pages.format(lang=lang))
            page.parent.mkdir(parents=True, exist_ok=True)
            folder = os.path.relpath(out, page.parent).replace(os.sep, "/")
            atomic_write(page, gallery_page(examples, folder, lang))
            written.append(page)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: ``python scripts/gallery.py OUT [--examples DIR] [--page FILE]``."""
    parser = argparse.ArgumentParser(prog="python scripts/gallery.py")
    parser.add_argument("out", type=Path, help="the folder of the pictures (docs/gallery)")
    parser.add_argument("--examples", type=Path, default=Path("examples"))
    parser.add_argument("--pages", default=PAGES, help="the pages to write; {lang} is the language")
    args = parser.parse_args(argv)
    for path in write_gallery(args.out, args.examples, args.pages):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
