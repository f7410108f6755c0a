"""Writing a scenario as a FreeMind 1.0 map (see :mod:`scenario.io.freemind`)."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

from scenario.duration import format_duration
from scenario.i18n import _, use_language
from scenario.io._flags import written_flag
from scenario.io._outline import one_line, phase_title
from scenario.io.freemind._names import written_names
from scenario.learning_path import ordered_phases
from scenario.model import Scenario, Transition, Waiver
from scenario.palette import INK, NEUTRAL, colour_of
from scenario.vocabulary import TransitionKind

_FONT = "SansSerif"


def to_freemind(scenario: Scenario, *, lang: str | None = None) -> str:
    """The scenario as a FreeMind 1.0 map (UTF-8 text with its XML declaration).

    The same scenario gives the same bytes: node ids come from phase ids,
    and no date is written. The attribute names and the notice at the top
    are in ``lang`` (None: the current language, French unless chosen
    otherwise); the values are the grid's canonical words. Both languages
    are read back.
    """
    with use_language(lang):
        return _map(scenario, written_names())


def _map(scenario: Scenario, names: dict[str, str]) -> str:
    ordered = ordered_phases(scenario)
    root = ET.Element("map", version="1.0.1")
    notice = _(
        "To view this file, open it with Freeplane (https://www.freeplane.org), "
        "FreeMind or XMind (File > Import). Made by scenario."
    )
    root.append(ET.Comment(f" {notice} "))
    centre = ET.SubElement(
        root,
        "node",
        TEXT=one_line(scenario.title),
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
        if scenario.audience.description:
            _attribute(centre, names["audience"], scenario.audience.description)
    for objective in scenario.objectives:
        _attribute(centre, names["objective"], objective)
    # Each phase's waivers and transitions, found once (not by a walk of all of them per phase).
    waivers: dict[str | None, list[Waiver]] = {}
    for waiver in scenario.waivers:
        waivers.setdefault(waiver.phase, []).append(waiver)
    leaving: dict[str, list[Transition]] = {}
    for transition in scenario.transitions:
        leaving.setdefault(transition.source, []).append(transition)
    _waivers(centre, waivers.get(None, []), names["waiver"])

    linear = _is_linear(scenario, [p.id for p in ordered])
    for index, phase in enumerate(ordered):
        colour = colour_of(phase.kind)
        node = ET.SubElement(
            centre,
            "node",
            TEXT=phase_title(phase) if phase.title else "",
            ID=f"ID_phase_{phase.id}",
            POSITION="right" if index < (len(ordered) + 1) // 2 else "left",
            COLOR=INK,
            BACKGROUND_COLOR=colour.light,
            STYLE="bubble",
        )
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
        if phase.module:
            _attribute(node, names["module"], phase.module)
        for resource in phase.resources:
            _attribute(node, names["resource"], resource)
        if phase.optional:
            _attribute(node, names["optional"], written_flag(True))
        _waivers(node, waivers.get(phase.id, []), names["waiver"])
        for transition in leaving.get(phase.id, []):
            if transition.kind is TransitionKind.REMEDIATION:
                _attribute(node, names["remediation"], transition.target)
            elif not linear:
                _attribute(node, names["next"], transition.target)
        for number, activity in enumerate(phase.activities, start=1):
            child = ET.SubElement(
                node,
                "node",
                TEXT=one_line(activity),
                ID=f"ID_phase_{phase.id}_{number}",
                COLOR=INK,
            )
            ET.SubElement(child, "edge", COLOR=colour.strong, WIDTH="2", STYLE="bezier")
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="unicode", xml_declaration=False).join(
        ['<?xml version="1.0" encoding="UTF-8"?>\n', "\n"]
    )


def _attribute(node: ET.Element, name: str, value: str) -> None:
    ET.SubElement(node, "attribute", NAME=name, VALUE=one_line(value))


def _waivers(node: ET.Element, waivers: list[Waiver], name: str) -> None:
    for waiver in waivers:
        reason = f": {waiver.reason}" if waiver.reason else ""
        _attribute(node, name, waiver.rule + reason)


def _is_linear(scenario: Scenario, order: list[str]) -> bool:
    """True when the sequence transitions are exactly each phase to the next in ``order``."""
    sequence = {
        (t.source, t.target) for t in scenario.transitions if t.kind is TransitionKind.SEQUENCE
    }
    return sequence == set(itertools.pairwise(order))
