"""The IMS Common Cartridge 1.1 export: valid against the IMS schemas, as Moodle imports it.

The manifest is validated with lxml (libxml2, the engine of Moodle's own
``DOMDocument::schemaValidate``) against the CC 1.1 schemas Moodle ships,
kept in ``tests/data/imscc11/`` with their licence notice; nothing is fetched.
A small reader, written here apart from the exporter, reads the package back
into a course outline that must equal the scenario's.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree, html

import scenario
from scenario import Scenario
from scenario.cli import main
from scenario.io._lms import sections
from scenario.io.imscc import CC_NAMESPACE, to_imscc

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCHEMAS = ROOT / "tests" / "data" / "imscc11"
NS = {"cp": CC_NAMESPACE, "lom": "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "ccv1p1_imscp_v1p2_v1p0.xsd"), parser))


def read_package(data: bytes) -> dict[str, Any]:
    """The course outline a platform would build from the package: its title, its
    first page's objectives, and per section its title and its pages' contents."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    manifest = etree.fromstring(archive.read("imsmanifest.xml"))
    hrefs = {r.get("identifier"): r.get("href") for r in manifest.iterfind(".//cp:resource", NS)}
    (organization,) = manifest.findall("cp:organizations/cp:organization", NS)
    (root,) = organization.findall("cp:item", NS)
    outline = []
    for section in root.findall("cp:item", NS):
        pages = []
        for item in section.findall("cp:item", NS):
            page = html.fromstring(archive.read(hrefs[item.get("identifierref")]))
            facts = {s.get("data-key"): s.get("data-value") for s in page.iterfind(".//span")}
            lists = {
                ul.get("data-key"): [li.text_content() for li in ul.iterfind("li")]
                for ul in page.iterfind(".//ul[@data-key]")
            }
            pages.append({"title": item.findtext("cp:title", namespaces=NS), **facts, **lists})
        outline.append((section.findtext("cp:title", namespaces=NS), pages))
    return {
        "title": manifest.findtext(".//lom:general/lom:title/lom:string", namespaces=NS),
        "outline": outline,
    }


def expected_outline(s: Scenario) -> dict[str, Any]:
    """What the reader must find, built from the scenario."""
    parts = sections(s)
    outline: list[tuple[str | None, list[dict[str, Any]]]] = [
        ("Présentation", [{"title": "Objectifs et déroulé", "objectives": list(s.objectives)}])
    ]
    for part in parts:
        pages = []
        for p in part.phases:
            page: dict[str, Any] = {"title": p.title or p.id, "phase": p.kind.value}
            if p.duration is not None:
                page["duration"] = str(p.duration)
            for key in ("group", "situation", "pedagogy"):
                if getattr(p, key) is not None:
                    page[key] = getattr(p, key).value
            if p.intentions:
                page["intention"] = ", ".join(i.value for i in p.intentions)
            if p.activities:
                page["activities"] = list(p.activities)
            if p.resources:
                page["resources"] = list(p.resources)
            pages.append(page)
        title = part.title or ("Déroulé" if len(parts) == 1 else "Hors module")
        outline.append((title, pages))
    if not s.objectives:
        del outline[0][1][0]["objectives"]
    return {"title": s.title, "outline": outline}


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_example_validates_and_reads_back_into_the_same_outline(
    example: Path, schema: etree.XMLSchema
) -> None:
    """The manifest is valid CC 1.1; the package reads back into the course outline:
    the title, the first page's objectives, the sections (modules in path order) and
    each phase's page (title, kind, duration, tags, activities, resources)."""
    s = scenario.load(example)
    data = to_imscc(s, lang="fr")
    manifest = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("imsmanifest.xml"))
    assert schema.validate(manifest), schema.error_log
    assert read_package(data) == expected_outline(s)


def test_moodle_recognises_the_package_as_cc_11(schema: etree.XMLSchema) -> None:
    """Moodle reads the manifest's first 500 bytes, lower case, without spaces and
    quotes, and looks for the CC 1.1 default namespace; every file a resource
    names is in the archive; the root item has no title, every other item one."""
    data = to_imscc(scenario.load(EXAMPLES / "spoc-logiciel-paie.yaml"))
    archive = zipfile.ZipFile(io.BytesIO(data))
    head = archive.read("imsmanifest.xml")[:500].decode("utf-8").lower()
    snippet = "".join(head.split()).replace('"', "").replace("'", "")
    assert f"xmlns={CC_NAMESPACE}" in snippet
    manifest = etree.fromstring(archive.read("imsmanifest.xml"))
    files = [f.get("href") for f in manifest.iterfind(".//cp:file", NS)]
    assert sorted(files) == sorted(n for n in archive.namelist() if n != "imsmanifest.xml")
    (root,) = manifest.findall(".//cp:organization/cp:item", NS)
    assert root.find("cp:title", NS) is None
    assert all(i.find("cp:title", NS) is not None for i in root.iterfind(".//cp:item", NS))
    assert {r.get("type") for r in manifest.iterfind(".//cp:resource", NS)} == {"webcontent"}


def test_hostile_text_is_escaped_and_ids_starting_with_a_digit_are_valid(
    schema: etree.XMLSchema,
) -> None:
    """Titles with markup and control characters, a phase id starting with a digit:
    still a valid manifest, the text shown, never obeyed."""
    s = Scenario('Cours <script>alert("x")</script> & co\x07', objectives=["a < b"])
    s.add_phase(
        "1-intro",
        "découverte",
        'Étape <b>1</b> & "suite"',
        module="M&M's <1>",
        activities=["<img src=x onerror=alert(1)>"],
    )
    data = to_imscc(s)
    manifest = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("imsmanifest.xml"))
    assert schema.validate(manifest), schema.error_log
    page = zipfile.ZipFile(io.BytesIO(data)).read("phases/1-intro.html").decode("utf-8")
    assert "<img" not in page
    assert "<b>1</b>" not in page
    back = read_package(data)
    assert back["title"] == 'Cours <script>alert("x")</script> & co'
    assert back["outline"][1][0] == "M&M's <1>"
    assert back["outline"][1][1][0]["activities"] == ["<img src=x onerror=alert(1)>"]


def test_a_course_without_modules_is_one_section_and_words_follow_the_language(
    schema: etree.XMLSchema,
) -> None:
    s = Scenario("Sans module")
    s.add_phase("a", "découverte", "A")
    s.add_phase("b", "évaluation", "B")
    english = read_package(to_imscc(s, lang="en"))
    assert [title for title, _pages in english["outline"]] == ["Introduction", "Course outline"]
    french = read_package(to_imscc(s, lang="fr"))
    assert [title for title, _pages in french["outline"]] == ["Présentation", "Déroulé"]


def test_the_package_is_the_same_bytes_for_the_same_scenario() -> None:
    s = scenario.load(EXAMPLES / "blended-manager-distance.yaml")
    assert to_imscc(s) == to_imscc(s)


def test_cli_writes_the_package_with_format_imscc(tmp_path: Path, schema: etree.XMLSchema) -> None:
    """``scenario export --format imscc`` and the ``.imscc`` suffix give the same package."""
    source = str(EXAMPLES / "spoc-logiciel-paie.yaml")
    assert main(["export", source, "--format", "imscc", "-o", str(tmp_path / "a.imscc")]) == 0
    assert main(["export", source, "-o", str(tmp_path / "b.imscc")]) == 0
    data = (tmp_path / "a.imscc").read_bytes()
    assert data == (tmp_path / "b.imscc").read_bytes()
    assert read_package(data)["title"] == "Prendre en main le nouveau logiciel de paie"


def test_the_schemas_are_the_published_files_with_their_notice() -> None:
    """The schemas keep the IMS licence notice in its entirety (and their sizes: a
    changed byte would be a modified document, which the notice does not allow)."""
    sizes = {
        "ccv1p1_imscp_v1p2_v1p0.xsd": 63509,
        "ccv1p1_lommanifest_v1p0.xsd": 45996,
        "ccv1p1_lomresource_v1p0.xsd": 17391,
        "ccv1p1_imsccauth_v1p1.xsd": 12966,
        "xml.xsd": 5873,
    }
    for name, size in sizes.items():
        data = (SCHEMAS / name).read_bytes()
        assert len(data) == size, name
        if name.startswith("ccv1p1"):
            assert b"IPR, License and Distribution Notices" in data
            assert b"Copyright (c) IMS Global Learning Consortium 1999-2011." in data
    assert "as is, with no modification" in (SCHEMAS / "NOTICE.md").read_text("utf-8")
