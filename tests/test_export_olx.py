"""The Open edX export: an OLX course Studio imports, checked by olxcleaner."""

from __future__ import annotations

import io
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from olxcleaner import validate

import scenario
from scenario.cli import main
from scenario.io.olx import to_olx

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _unpack(data: bytes, folder: Path) -> Path:
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        names = archive.getnames()
        assert all(n == "course" or n.startswith("course/") for n in names)
        archive.extractall(folder, filter="data")
    return folder / "course"


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_example_passes_olxcleaner_without_a_single_finding(
    example: Path, tmp_path: Path
) -> None:
    """olxcleaner runs its 8 steps (load, policy, url_names, grading, each block,
    global checks) on the unpacked course and reports nothing at all."""
    course_dir = _unpack(to_olx(scenario.load(example)), tmp_path)
    course, errors, _urls = validate(str(course_dir), steps=8)
    assert course is not None
    assert [(e.level, e.name) for e in errors.errors] == []


def test_chapters_sequentials_and_verticals_follow_modules_and_phases(tmp_path: Path) -> None:
    """One chapter per module in path order (after the introduction), one sequential
    per phase holding one vertical holding one html component with the phase's page."""
    s = scenario.load(EXAMPLES / "spoc-logiciel-paie.yaml")
    course_dir = _unpack(to_olx(s, lang="fr"), tmp_path)
    pointer = ET.parse(course_dir / "course.xml").getroot()
    run = ET.parse(course_dir / "course" / f"{pointer.get('url_name')}.xml").getroot()
    assert run.get("display_name") == s.title
    chapters = [
        ET.parse(course_dir / "chapter" / f"{c.get('url_name')}.xml").getroot() for c in run
    ]
    assert [c.get("display_name") for c in chapters] == [
        "Présentation",
        "m1-prise-en-main",
        "m2-cas-reels",
    ]
    titles = []
    for chapter in chapters[1:]:
        for seq in chapter:
            sequential = ET.parse(course_dir / "sequential" / f"{seq.get('url_name')}.xml")
            (unit,) = sequential.getroot()
            vertical = ET.parse(course_dir / "vertical" / f"{unit.get('url_name')}.xml")
            (component,) = vertical.getroot()
            assert component.tag == "html"
            block = ET.parse(course_dir / "html" / f"{component.get('url_name')}.xml").getroot()
            page = (course_dir / "html" / f"{block.get('filename')}.html").read_text("utf-8")
            assert 'data-key="duration"' in page
            titles.append(sequential.getroot().get("display_name"))
    assert titles == [p.title for p in s.phases]


def test_the_archive_is_the_same_bytes_for_the_same_scenario() -> None:
    """Fixed dates and order: exporting twice gives the same archive."""
    s = scenario.load(EXAMPLES / "mooc-cybersecurite.yaml")
    assert to_olx(s) == to_olx(s)


def test_cli_exports_olx_with_format_or_from_the_suffix(tmp_path: Path) -> None:
    """``--format olx`` (as the docs write it), ``--to olx`` and the ``.tar.gz`` suffix agree;
    without ``-o`` a binary format is refused with a clear message."""
    source = str(EXAMPLES / "spoc-logiciel-paie.yaml")
    outs = [tmp_path / "a.tar.gz", tmp_path / "b.tgz", tmp_path / "c.tar.gz"]
    assert main(["export", source, "--format", "olx", "-o", str(outs[0])]) == 0
    assert main(["export", source, "--to", "olx", "-o", str(outs[1])]) == 0
    assert main(["export", source, "-o", str(outs[2])]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes() == outs[2].read_bytes()
