"""The scenario as an IMS Common Cartridge 1.1 package, as Moodle (and Canvas, Chamilo) import it.

A Common Cartridge is a zip archive with an ``imsmanifest.xml`` at its root
(the CC 1.1 profile of IMS Content Packaging 1.2). Moodle recognises CC 1.1
by the manifest's default namespace, validates the manifest against the
CC 1.1 schemas, then turns the organization into a course (see
``docs/apres-la-session.md`` and ``/work/shared/LMS.md``):

- the manifest's LOM title becomes the course's name;
- one organization, ``rooted-hierarchy``, one root item without a title;
- each second-level item becomes a course section (its title the section's
  name); the first one becomes section 0. Here the first holds the course's
  first page (its facts, objectives and outline), then one section per
  module in path order (:func:`scenario.io._lms.sections`);
- each item under a section points to an HTML ``webcontent`` resource and
  becomes a Page: one per phase, with its title, kind, duration, tags,
  activities and resources. The page's name is the phase's title, so the
  platform's completion report names the activities as the scenario does
  (``scenario overlay`` then matches them by title).

The archive is the same, byte for byte, for the same scenario and language:
its members are written in a fixed order with a fixed date.

>>> import io, zipfile
>>> from scenario import Scenario
>>> s = Scenario("Démo")
>>> _ = s.add_phase("accueil", "découverte", "Accueil", duration=20)
>>> names = zipfile.ZipFile(io.BytesIO(to_imscc(s))).namelist()
>>> names
['imsmanifest.xml', 'course/presentation.html', 'phases/accueil.html']
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from typing import TYPE_CHECKING

from scenario.i18n import _, current_language, use_language
from scenario.io._lms import course_page, html_page, phase_page, section_title, sections
from scenario.io._outline import one_line, phase_title
from scenario.io.formats import Format, register_format

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["CC_NAMESPACE", "IMSCC", "LOM_NAMESPACE", "to_imscc"]

#: The default namespace by which Moodle recognises a CC 1.1 manifest.
CC_NAMESPACE = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
#: The namespace of the LOM metadata of the manifest (the course's title).
LOM_NAMESPACE = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA_LOCATIONS = (
    f"{CC_NAMESPACE} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd "
    f"{LOM_NAMESPACE} http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd"
)
#: The date of every member of the archive: the same scenario gives the same bytes.
_DATE = (2000, 1, 1, 0, 0, 0)
_FIRST_PAGE = "course/presentation.html"


def _cc(tag: str) -> str:
    # The elements of the default namespace are written unqualified under an explicit
    # xmlns: ElementTree's default_namespace refuses unqualified attributes.
    return tag


def _lom(tag: str) -> str:
    return f"{{{LOM_NAMESPACE}}}{tag}"


def _manifest(
    scenario: Scenario,
    pages: list[tuple[str, str, str]],
    outline: list[tuple[str, list[tuple[str, str]]]],
) -> bytes:
    """The manifest: metadata, one organization, the resources."""
    lang = current_language()
    root = ET.Element("manifest", {"xmlns": CC_NAMESPACE, "identifier": "scenario_manifest"})
    root.set(f"{{{_XSI}}}schemaLocation", _SCHEMA_LOCATIONS)
    metadata = ET.SubElement(root, _cc("metadata"))
    ET.SubElement(metadata, _cc("schema")).text = "IMS Common Cartridge"
    ET.SubElement(metadata, _cc("schemaversion")).text = "1.1.0"
    general = ET.SubElement(ET.SubElement(metadata, _lom("lom")), _lom("general"))
    title = ET.SubElement(general, _lom("title"))
    ET.SubElement(title, _lom("string"), {"language": lang}).text = one_line(scenario.title)
    ET.SubElement(general, _lom("language")).text = lang
    if scenario.objectives:
        description = ET.SubElement(general, _lom("description"))
        ET.SubElement(description, _lom("string"), {"language": lang}).text = " ; ".join(
            one_line(o) for o in scenario.objectives
        )

    organization = ET.SubElement(
        ET.SubElement(root, _cc("organizations")),
        _cc("organization"),
        {"identifier": "organization", "structure": "rooted-hierarchy"},
    )
    top = ET.SubElement(organization, _cc("item"), {"identifier": "root"})
    for number, (heading, items) in enumerate(outline, start=1):
        section = ET.SubElement(top, _cc("item"), {"identifier": f"section_{number}"})
        ET.SubElement(section, _cc("title")).text = heading
        for identifier, item_title in items:
            item = ET.SubElement(
                section,
                _cc("item"),
                {"identifier": f"item_{identifier}", "identifierref": f"resource_{identifier}"},
            )
            ET.SubElement(item, _cc("title")).text = item_title

    resources = ET.SubElement(root, _cc("resources"))
    for identifier, href, _text in pages:
        resource = ET.SubElement(
            resources,
            _cc("resource"),
            {"identifier": f"resource_{identifier}", "type": "webcontent", "href": href},
        )
        ET.SubElement(resource, _cc("file"), {"href": href})
    ET.indent(root, space="  ")
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode("utf-8")


def to_imscc(scenario: Scenario, *, lang: str | None = None) -> bytes:
    """The scenario as an IMS Common Cartridge 1.1 package (the bytes of a zip archive).

    Args:
        scenario: the course.
        lang: ``"fr"`` or ``"en"``, the language of the pages' words (the
            scenario's own text is kept as written); None: the current language.
    """
    with use_language(lang):
        parts = sections(scenario)
        first_title = _("Introduction")
        pages: list[tuple[str, str, str]] = [
            (
                "presentation",
                _FIRST_PAGE,
                html_page(scenario.title, course_page(scenario, parts)),
            )
        ]
        outline: list[tuple[str, list[tuple[str, str]]]] = [
            (first_title, [("presentation", _("Objectives and outline"))])
        ]
        for section in parts:
            items = []
            for phase in section.phases:
                identifier = f"phase_{phase.id}"
                pages.append(
                    (
                        identifier,
                        f"phases/{phase.id}.html",
                        html_page(phase_title(phase), phase_page(phase)),
                    )
                )
                items.append((identifier, phase_title(phase)))
            outline.append((section_title(section, len(parts) == 1), items))
        ET.register_namespace("lomimscc", LOM_NAMESPACE)
        ET.register_namespace("xsi", _XSI)
        manifest = _manifest(scenario, pages, outline)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        members = [("imsmanifest.xml", manifest)] + [
            (href, text.encode("utf-8")) for _id, href, text in pages
        ]
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


IMSCC = register_format(
    Format(
        "imscc",
        (".imscc",),
        "an IMS Common Cartridge 1.1 package (Moodle, Canvas, Chamilo import it)",
        dump=to_imscc,
    )
)
