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
PAGE = ROOT / "docs" / "gallery.md"


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


def test_gallery_page_is_up_to_date() -> None:
    assert PAGE.read_text(encoding="utf-8") == gallery_page(EXAMPLE_FILES, "gallery")
    for example in EXAMPLE_FILES:
        for kind, _ in PICTURES:
            assert f"gallery/{example.stem}.{kind}.svg" in PAGE.read_text(encoding="utf-8")


def test_gallery_script_writes_every_file(tmp_path: Path) -> None:
    main = _gallery.main

    page = tmp_path / "gallery.md"
    assert (
        main([str(tmp_path / "gallery"), "--examples", str(ROOT / "examples"), "--page", str(page)])
        == 0
    )
    names = sorted(p.name for p in (tmp_path / "gallery").iterdir())
    assert names == sorted(p.name for p in GALLERY.iterdir())
    assert page.read_text(encoding="utf-8") == PAGE.read_text(encoding="utf-8")


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


def test_the_snippets_of_the_mindmap_page_run(tmp_path: Path) -> None:
    """docs/mindmap.md: its Python blocks and commands run as written."""
    from tests.test_docs_snippets import DOCS, run_page

    assert run_page(DOCS / "mindmap.md", tmp_path) > 0
