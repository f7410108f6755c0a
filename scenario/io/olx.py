"""The scenario as an Open edX course in OLX, packed as the ``.tar.gz`` Studio imports.

OLX (Open Learning XML) is the course format of Open edX (FUN-MOOC runs it).
A course is a folder ``course/`` holding ``course.xml``, which points to the
run's file, and one folder per kind of block, each block a file named by its
``url_name``. Here:

- one **chapter** (a section of the course outline) per module in path order
  (:func:`scenario.io._lms.sections`), after a first chapter that holds the
  course's first page (its facts, objectives and outline);
- one **sequential** (a subsection) per phase, titled by the phase;
- in it one **vertical** (a unit), and in the unit one **html** component:
  the phase's page with its kind, duration, tags, activities and resources;
- ``policies/<run>/policy.json`` gives the start date Open edX gives a
  course not yet scheduled (2030-01-01), an end date and a plain course
  image, all to be set in Studio; ``grading_policy.json`` one grader.

The archive is the same, byte for byte, for the same scenario and language.

>>> import io, tarfile
>>> from scenario import Scenario
>>> s = Scenario("Démo")
>>> _ = s.add_phase("accueil", "découverte", "Accueil", duration=20)
>>> names = tarfile.open(fileobj=io.BytesIO(to_olx(s))).getnames()
>>> "course/course.xml" in names, "course/sequential/seq_phase_accueil.xml" in names
(True, True)
"""

from __future__ import annotations

import gzip
import io
import json
import struct
import tarfile
import xml.etree.ElementTree as ET
import zlib
from typing import TYPE_CHECKING

from scenario._text import slug
from scenario.i18n import _, current_language, use_language
from scenario.io._lms import course_page, phase_page, section_title, sections
from scenario.io._outline import one_line, phase_title
from scenario.io.formats import Format, register_format
from scenario.palette import NEUTRAL

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["END", "OLX", "RUN", "START", "to_olx"]

#: The run's name (the ``url_name`` of the course).
RUN = "run"
#: The start date Open edX gives a course not yet scheduled.
START = "2030-01-01T00:00:00Z"
#: The end date Open edX needs: a year after :data:`START`; set the real dates in Studio.
END = "2030-12-31T00:00:00Z"
#: The course's card in the catalogue (Open edX requires one): a plain tile of the
#: palette's neutral colour, to be replaced in Studio.
_IMAGE = "course_image.png"
#: The time of every member of the archive: the same scenario gives the same bytes.
_MTIME = 946684800  # 2000-01-01


def _xml(element: ET.Element) -> bytes:
    ET.indent(element, space="  ")
    return (ET.tostring(element, encoding="unicode") + "\n").encode("utf-8")


def _block(tag: str, **attributes: str) -> ET.Element:
    return ET.Element(tag, attributes)


def to_olx(scenario: Scenario, *, lang: str | None = None) -> bytes:
    """The scenario as an Open edX OLX course: the bytes of a ``.tar.gz`` archive.

    Args:
        scenario: the course.
        lang: ``"fr"`` or ``"en"``, the language of the pages' words; None:
            the current language.
    """
    files: dict[str, bytes] = {}
    with use_language(lang):
        language = current_language()
        parts = sections(scenario)
        number = slug(scenario.title, 40) or "course"
        files["course.xml"] = _xml(_block("course", url_name=RUN, org="scenario", course=number))
        course = _block("course", display_name=one_line(scenario.title), language=language)
        chapters: list[tuple[str, str, list[tuple[str, str, str]]]] = [
            (
                "chapter_intro",
                _("Introduction"),
                [("presentation", _("Objectives and outline"), course_page(scenario, parts))],
            )
        ]
        for index, section in enumerate(parts, start=1):
            chapters.append(
                (
                    f"chapter_{index}",
                    section_title(section, len(parts) == 1),
                    [(f"phase_{p.id}", phase_title(p), phase_page(p)) for p in section.phases],
                )
            )
        for chapter_name, chapter_title, pages in chapters:
            ET.SubElement(course, "chapter", url_name=chapter_name)
            chapter = _block("chapter", display_name=chapter_title)
            for name, title, body in pages:
                # One url_name per block: Open edX refuses a name used twice, even across kinds.
                ET.SubElement(chapter, "sequential", url_name=f"seq_{name}")
                sequential = _block("sequential", display_name=title)
                ET.SubElement(sequential, "vertical", url_name=f"unit_{name}")
                vertical = _block("vertical", display_name=title)
                ET.SubElement(vertical, "html", url_name=f"html_{name}")
                files[f"sequential/seq_{name}.xml"] = _xml(sequential)
                files[f"vertical/unit_{name}.xml"] = _xml(vertical)
                files[f"html/html_{name}.xml"] = _xml(
                    _block("html", filename=f"html_{name}", display_name=title)
                )
                files[f"html/html_{name}.html"] = (body + "\n").encode("utf-8")
            files[f"chapter/{chapter_name}.xml"] = _xml(chapter)
        files[f"course/{RUN}.xml"] = _xml(course)
        policy = {
            f"course/{RUN}": {"course_image": _IMAGE, "end": END, "start": START},
        }
        grading = {
            "GRADER": [
                {
                    "drop_count": 0,
                    "min_count": 1,
                    "short_label": "EV",
                    "type": _("Assessment"),
                    "weight": 1.0,
                }
            ],
            "GRADE_CUTOFFS": {"Pass": 0.5},
        }
        files[f"policies/{RUN}/policy.json"] = _json(policy)
        files[f"policies/{RUN}/grading_policy.json"] = _json(grading)
        files[f"static/{_IMAGE}"] = _course_image()
    return _archive(files)


def _course_image(width: int = 378, height: int = 225) -> bytes:
    """A PNG of one colour (the palette's neutral tint), written with zlib alone."""
    colour = bytes.fromhex(NEUTRAL.light.lstrip("#"))
    rows = b"".join(b"\x00" + colour * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def _json(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _archive(files: dict[str, bytes]) -> bytes:
    """A ``.tar.gz`` of ``files`` under ``course/``, in a fixed order with fixed dates."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as archive:
        folders = sorted(
            {"/".join(name.split("/")[:i]) for name in files for i in range(1, name.count("/") + 1)}
        )
        for folder in ["", *folders]:
            info = tarfile.TarInfo(f"course/{folder}".rstrip("/"))
            info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, _MTIME
            archive.addfile(info)
        for name in sorted(files):
            data = files[name]
            info = tarfile.TarInfo(f"course/{name}")
            info.size, info.mode, info.mtime = len(data), 0o644, _MTIME
            archive.addfile(info, io.BytesIO(data))
    packed = io.BytesIO()
    with gzip.GzipFile(fileobj=packed, mode="wb", mtime=_MTIME, filename="") as zipped:
        zipped.write(raw.getvalue())
    return packed.getvalue()


OLX = register_format(
    Format(
        "olx",
        (".tar.gz",),
        "an Open edX course in OLX, as Studio imports it (.tar.gz)",
        dump=to_olx,
    )
)
