"""The gallery of docs/ is up to date, and the examples' maps have no overlapping nodes."""

from __future__ import annotations

import itertools
import shlex
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import scenario
from tests._scripts import load_script
from tests.conftest import EXAMPLE_FILES, ROOT

_gallery = load_script("gallery")
PICTURES, gallery_page, pictures = _gallery.PICTURES, _gallery.gallery_page, _gallery.pictures

GALLERY = ROOT / "docs" / "gallery"
PAGES = {lang: ROOT / "docs" / lang / "gallery.md" for lang in ("fr", "en")}


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_gallery_is_up_to_date(example: Path) -> None:
    """The checked-in DOT sources are what the code draws now; each SVG is there and parses."""
    for kind, source in pictures(example).items():
        dot = GALLERY / f"{example.stem}.{kind}.dot"
        assert dot.read_text(encoding="utf-8") == source, (
            f"{dot.name} is stale: run python scripts/gallery.py docs/gallery"
        )
        svg = GALLERY / f"{example.stem}.{kind}.svg"
        ET.fromstring(svg.read_bytes())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_gallery_page_is_up_to_date(lang: str) -> None:
    """Each language's page shows the one copy of the pictures, with its own words."""
    text = PAGES[lang].read_text(encoding="utf-8")
    assert text == gallery_page(EXAMPLE_FILES, "../gallery", lang)
    for example in EXAMPLE_FILES:
        for kind, _ in PICTURES:
            assert f"(../gallery/{example.stem}.{kind}.svg)" in text


def test_the_gallery_pages_speak_their_language() -> None:
    """French labels on the French page, English on the English one."""
    fr, en = (PAGES[lang].read_text(encoding="utf-8") for lang in ("fr", "en"))
    assert fr.startswith("# Galerie\n")
    assert "![Carte mentale : spoc-logiciel-paie]" in fr
    assert "`examples/spoc-logiciel-paie.yaml` : SPOC, 6 phases." in fr
    assert en.startswith("# Gallery\n")
    assert "![Mind map: spoc-logiciel-paie]" in en
    assert "`examples/inversee-entretien-annuel.yaml`: flipped," in en


def test_gallery_script_writes_every_file(tmp_path: Path) -> None:
    main = _gallery.main

    pages = str(tmp_path / "{lang}" / "gallery.md")
    out = tmp_path / "gallery"
    assert main([str(out), "--examples", str(ROOT / "examples"), "--pages", pages]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.name for p in GALLERY.iterdir())
    for lang, page in PAGES.items():
        written = (tmp_path / lang / "gallery.md").read_text(encoding="utf-8")
        assert written == page.read_text(encoding="utf-8")


def _boxes(source: str, engine: str) -> dict[str, tuple[float, float, float, float]]:
    out = subprocess.run(
        ["dot", f"-K{engine}", "-Tplain"], input=source.encode(), capture_output=True, check=True
    ).stdout.decode()
    boxes = {}
    for line in out.splitlines():
        if line.startswith("node "):
            parts = shlex.split(line)
            x, y, w, h = map(float, parts[2:6])
            boxes[parts[1]] = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
    return boxes


@pytest.mark.parametrize("detail", ["phases", "tags", "activities"])
@pytest.mark.parametrize("layout", ["twopi", "dot"])
def test_no_overlapping_nodes(example: scenario.Scenario, detail: str, layout: str) -> None:
    """No two node boxes of an example's map intersect, whatever the detail and layout."""
    boxes = _boxes(example.mindmap(detail=detail, layout=layout).source, layout)
    for (a, ba), (b, bb) in itertools.combinations(boxes.items(), 2):
        overlap = ba[0] < bb[2] and bb[0] < ba[2] and ba[1] < bb[3] and bb[1] < ba[3]
        assert not overlap, (a, b)


def test_path_diagram_has_no_overlapping_nodes(example: scenario.Scenario) -> None:
    boxes = _boxes(example.path_diagram().source, "dot")
    for (a, ba), (b, bb) in itertools.combinations(boxes.items(), 2):
        assert not (ba[0] < bb[2] and bb[0] < ba[2] and ba[1] < bb[3] and bb[1] < ba[3]), (a, b)
