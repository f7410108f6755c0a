"""Writing a scenario as a Freeplane map (see :mod:`scenario.io.freemind`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from scenario._gc import collector_paused
from scenario._text import scrub
from scenario.dates import format_date
from scenario.duration import format_duration
from scenario.i18n import _, use_language
from scenario.io._flags import written_flag
from scenario.io.freemind._names import written_names
from scenario.io.freemind._order import permutation, reading_order, written_transitions
from scenario.model import Phase, Scenario, Transition, Waiver
from scenario.palette import INK, NEUTRAL, colour_of
from scenario.vocabulary import TransitionKind

_FONT = "SansSerif"

#: The first bytes of the file: Freeplane 1.7 and later open a map that starts with one of
#: the versions they know (``xml/mapVersions.xml`` in Freeplane) without a dialog; an XML
#: declaration first, or FreeMind's ``1.0.1``, makes them ask about an unknown program.
MAP_VERSION = "freeplane 1.7.0"


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def to_freemind(scenario: Scenario, *, lang: str | None = None) -> str:
    """The scenario as a Freeplane map (UTF-8 text, no XML declaration: the file starts
    with ``<map version="freeplane 1.7.0">``, as Freeplane expects).

    The same scenario gives the same bytes: node ids come from phase ids,
    and no date is written. The attribute names and the notice at the top
    are in ``lang`` (None: the current language, French unless chosen
    otherwise); the values are the grid's canonical words. Both languages
    are read back, and :func:`~scenario.io.freemind.read_freemind` gives an
    equal scenario back.
    """
    with use_language(lang):
        return _map(scenario, written_names())


def _map(scenario: Scenario, names: dict[str, str]) -> str:
    ordered = reading_order(scenario)
    root = ET.Element("map", version=MAP_VERSION)
    notice = _(
        "To view this file, open it with Freeplane (https://www.freeplane.org), "
        "FreeMind or XMind (File > Import). Made by scenario."
    )
    root.append(ET.Comment(f" {notice} "))
    centre = _node(
        root,
        scenario.title,
        FOLDED="false",
        ID="ID_scenario",
        COLOR=NEUTRAL.strong,
        BACKGROUND_COLOR=NEUTRAL.light,
        STYLE="bubble",
    )
    ET.SubElement(centre, "font", NAME=_FONT, SIZE="18", BOLD="true")
    if scenario.modality is not None:
        _attribute(centre, names["modality"], scenario.modality.value)
    if scenario.audience is not None:
        if scenario.audience.size is not None:
            _attribute(centre, names["audience size"], str(scenario.audience.size))
        if scenario.audience.description is not None:
            _attribute(centre, names["audience"], scenario.audience.description)
    if scenario.start is not None:
        _attribute(centre, names["start"], format_date(scenario.start))
    for objective in scenario.objectives:
        _attribute(centre, names["objective"], objective)
    # Each phase's waivers, found once (not by a walk of all of them per phase).
    waivers: dict[str | None, list[Waiver]] = {}
    for waiver in scenario.waivers:
        waivers.setdefault(waiver.phase if waiver.phase in _ids(ordered) else None, []).append(
            waiver
        )
    _waivers(centre, waivers.get(None, []), names["waiver"], None)
    _orders(centre, scenario, ordered, waivers, names)
    _notes(centre, scenario.notes)

    leaving = written_transitions(scenario, [p.id for p in ordered])
    for index, phase in enumerate(ordered):
        _phase(centre, phase, index, len(ordered), names, waivers, leaving.get(phase.id, []))
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="unicode", xml_declaration=False) + "\n"


def _phase(
    centre: ET.Element,
    phase: Phase,
    index: int,
    count: int,
    names: dict[str, str],
    waivers: dict[str | None, list[Waiver]],
    leaving: Sequence[Transition],
) -> None:
    colour = colour_of(phase.kind)
    # A phase without a title has no TEXT (an empty one is a title of no words).
    looks = {
        "FOLDED": "false",
        "ID": f"ID_phase_{phase.id}",
        "POSITION": "right" if index < (count + 1) // 2 else "left",
        "COLOR": INK,
        "BACKGROUND_COLOR": colour.light,
        "STYLE": "bubble",
    }
    node = _node(centre, phase.title, **looks)
    ET.SubElement(node, "edge", COLOR=colour.strong, WIDTH="4", STYLE="bezier")
    ET.SubElement(node, "font", NAME=_FONT, SIZE="14", BOLD="true")
    _attribute(node, names["id"], phase.id)
    _attribute(node, names["phase"], phase.kind.value)
    for key in ("group", "situation", "pedagogy"):
        term = getattr(phase, key)
        if term is not None:
            _attribute(node, names[key], term.value)
    if phase.intentions:
        _attribute(node, names["intention"], ", ".join(i.value for i in phase.intentions))
    if phase.duration is not None:
        _attribute(node, names["duration"], format_duration(phase.duration))
    if phase.module is not None:
        _attribute(node, names["module"], phase.module)
    if phase.date is not None:
        _attribute(node, names["date"], format_date(phase.date))
    if phase.week is not None:
        _attribute(node, names["week"], str(phase.week))
    for resource in phase.resources:
        _attribute(node, names["resource"], resource)
    if phase.lms is not None:
        _attribute(node, names["lms"], phase.lms)
    if phase.optional:
        _attribute(node, names["optional"], written_flag(True))
    _waivers(node, waivers.get(phase.id, []), names["waiver"], phase.id)
    for transition in leaving:
        key = "remediation" if transition.kind is TransitionKind.REMEDIATION else "next"
        _attribute(node, names[key], transition.target)
    _notes(node, phase.notes)
    for number, activity in enumerate(phase.activities, start=1):
        child = _node(node, activity, ID=f"ID_phase_{phase.id}_{number}", COLOR=INK)
        ET.SubElement(child, "edge", COLOR=colour.strong, WIDTH="2", STYLE="bezier")


def _ids(phases: Sequence[Phase]) -> set[str]:
    return {p.id for p in phases}


def _orders(
    centre: ET.Element,
    scenario: Scenario,
    ordered: Sequence[Phase],
    waivers: dict[str | None, list[Waiver]],
    names: dict[str, str],
) -> None:
    """The orders the map cannot show, on the centre, only where they differ from the map's
    (:mod:`scenario.io.freemind._order`): the phases' order in the document, the path's
    (and that there is an explicit path at all, when it has no sequence step), the waivers'."""
    map_ids = [p.id for p in ordered]
    if map_ids != [p.id for p in scenario.phases]:
        _attribute(centre, names["phase order"], ", ".join(p.id for p in scenario.phases))
    if scenario.path is not None:
        leaving = written_transitions(scenario, map_ids)
        read = [t for pid in map_ids for t in leaving.get(pid, [])]
        moved = permutation(read, scenario.path)
        if moved is not None and (
            read != scenario.path
            or not any(t.kind is TransitionKind.SEQUENCE for t in scenario.path)
        ):
            _attribute(centre, names["path order"], _numbers(moved))
    read_waivers = [*waivers.get(None, []), *(w for pid in map_ids for w in waivers.get(pid, []))]
    moved = permutation(read_waivers, scenario.waivers)
    if moved is not None and read_waivers != scenario.waivers:
        _attribute(centre, names["waiver order"], _numbers(moved))


def _numbers(indices: Sequence[int]) -> str:
    """1-based numbers, or ``0`` for none (an explicit path with no step)."""
    return ", ".join(str(i + 1) for i in indices) or "0"


def _node(parent: ET.Element, text: str | None, **looks: str) -> ET.Element:
    """A node showing ``text`` as written. FreeMind and Freeplane take a ``TEXT`` that
    starts with ``<html>`` for HTML: such a text is written as rich text instead, one
    paragraph holding it escaped, which they show as it is (and the reader gives back)."""
    if text is None:
        return ET.SubElement(parent, "node", looks)
    clean = scrub(text)
    if not clean.lstrip().lower().startswith("<html"):
        return ET.SubElement(parent, "node", {"TEXT": clean, **looks})
    node = ET.SubElement(parent, "node", looks)
    body = ET.SubElement(
        ET.SubElement(ET.SubElement(node, "richcontent", TYPE="NODE"), "html"), "body"
    )
    ET.SubElement(body, "p").text = clean
    return node


def _attribute(node: ET.Element, name: str, value: str) -> None:
    ET.SubElement(node, "attribute", NAME=name, VALUE=scrub(value))


def _notes(node: ET.Element, notes: str | None) -> None:
    """The notes as Freeplane writes them: an HTML note, one paragraph a line."""
    if notes is None:
        return
    rich = ET.SubElement(node, "richcontent", TYPE="NOTE")
    html = ET.SubElement(rich, "html")
    ET.SubElement(html, "head")
    body = ET.SubElement(html, "body")
    for line in scrub(notes).split("\n"):
        ET.SubElement(body, "p").text = line


def _waivers(node: ET.Element, waivers: Sequence[Waiver], name: str, phase: str | None) -> None:
    for waiver in waivers:
        text = waiver.rule if waiver.reason is None else f"{waiver.rule}: {waiver.reason}"
        if waiver.phase is not None and waiver.phase != phase:
            # A waiver naming a phase the scenario does not have stays on the centre.
            text = f"{waiver.rule} @{waiver.phase}" + (
                "" if waiver.reason is None else f": {waiver.reason}"
            )
        _attribute(node, name, text)
