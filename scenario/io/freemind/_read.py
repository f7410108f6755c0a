"""Reading a scenario back from a FreeMind/Freeplane map (see :mod:`scenario.io.freemind`)."""

from __future__ import annotations

import os
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from scenario._gc import collector_paused
from scenario._text import quote
from scenario.errors import DocumentError, ReadWarning
from scenario.i18n import _
from scenario.io._import_limits import read_map
from scenario.io.freemind._phases import PhaseReader

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["from_freemind", "read_freemind"]


def read_freemind(
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    modality: str | None = None,
    max_bytes: int | None = None,
) -> Scenario:
    """Read a scenario back from a FreeMind/Freeplane ``.mm`` map.

    What the scenario keeps differently, or cannot keep, is said by a
    :class:`~scenario.errors.ReadWarning` naming the node (see
    :mod:`scenario.io.freemind`).

    Args:
        path: the ``.mm`` file.
        title: replaces the central node's text as the course title.
        modality: replaces the modality the map carries.
        max_bytes: larger files are refused (default: the limit ``file_size``,
            :mod:`scenario.io.limits`).

    Raises:
        DocumentError: the file cannot be read, is not a mind map, or a node
            says something the scenario cannot hold; the message names the
            file and the node.
    """
    file = Path(path)
    raw = read_map(file, max_bytes)  # the input policy, before anything is parsed
    return from_freemind(raw, source=str(file), title=title, modality=modality)


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def from_freemind(
    data: str | bytes,
    *,
    source: str = "<mind map>",
    title: str | None = None,
    modality: str | None = None,
) -> Scenario:
    """Read a scenario from the text of a ``.mm`` map (see :func:`read_freemind`).

    The XML is parsed by defusedxml, which refuses a DOCTYPE, an entity
    declaration or an external reference whatever the file's encoding
    (UTF-8, UTF-16...): nothing is ever expanded or fetched.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        root = SafeET.fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise DocumentError(
            _("the map declares a DOCTYPE or entities, which are refused"),
            source=source,
            hint=_("save the map again from Freeplane or FreeMind"),
        ) from None
    except (ET.ParseError, ValueError, UnicodeError) as error:
        line, column = getattr(error, "position", None) or (None, None)
        raise DocumentError(  # (the parser's own words are English: its place says enough)
            _("not a well-formed XML file"),
            source=source,
            line=line,
            column=None if column is None else column + 1,
            hint=_("save the map again from Freeplane or FreeMind"),
        ) from None
    if root.tag != "map":
        raise DocumentError(
            _("not a FreeMind/Freeplane map: the root element is {found}, not {map}").format(
                found=quote(root.tag), map="'map'"
            ),
            source=source,
        )
    centres = root.findall("node")
    if len(centres) != 1:
        raise DocumentError(
            _("a map has one central node; this one has {count}").format(count=len(centres)),
            source=source,
        )
    reader = PhaseReader(source)
    scenario = reader.scenario(centres[0], title, modality)
    for notice in reader.notices:
        warnings.warn(ReadWarning(notice), stacklevel=3)
    return scenario
