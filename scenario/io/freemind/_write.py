"""Writing a scenario as a FreeMind 1.0 map (see :mod:`scenario.io.freemind`)."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

from scenario.duration import format_duration
from scenario.io._outline import one_line, phase_title
from scenario.learning_path import ordered_phases
from scenario.model import Scenario, Transition, Waiver
from scenario.palette import INK, NEUTRAL, colour_of
from scenario.vocabulary import TransitionKind

_NOTICE = (
    " To view this file, open it with Freeplane (https://www.freeplane.org), "
    "FreeMind or XMind (File > Import). Made by scenario. "
)
_FONT = "SansSerif"


def to_freemind(scenario: Scenario) -> str:
    """The scenario as a FreeMind 1.0 map (UTF-8 text with its XML declaration).

    The same scenario gives the same bytes: node ids come from phase ids,
    and no date is written.
    """
    ordered = ordered_phases(scenario)
    root = ET.Element("map", version="1.0.1")
    root.append(ET.Comment(_NOTICE))
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
        _attribute(centre, "modality", scenario.modality.value)
    if scenario.audience is not None:
        if scenario.audience.size is not None:
            _attribute(centre, "audience size", str(scenario.audience.size))
        if scenario.audience.description:
            _attribute(centre, "audience", scenario.audience.description)
    for objective in scenario.objectives:
        _attribute(centre, "objective", objective)
    # Each phase's waivers and transitions, found once (not by a walk of all of them per phase).
    waivers: dict[str | None, list[Waiver]] = {}
    for waiver in scenario.waivers:
        waivers.setdefault(waiver.phase, []).append(waiver)
    leaving: dict[str, list[Transition]] = {}
    for transition in scenario.transitions:
        leaving.setdefault(transition.source, []).append(transition)
    _waivers(centre, waivers.get(None, []))

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
        _attribute(node, "id", phase.id)
        _attribute(node, "phase", phase.kind.value)
        for key in ("group", "situation", "pedagogy"):
            term = getattr(phase, key)
            if term is not None:
                _attribute(node, key, term.value)
        if phase.intentions:
            _attribute(node, "intention", ", ".join(i.value for i in phase.intentions))
        if phase.duration is not None:
            _attribute(node, "duration", format_duration(phase.duration))
        if phase.module:
            _attribute(node, "module", phase.module)
        for resource in phase.resources:
            _attribute(node, "resource", resource)
        _waivers(node, waivers.get(phase.id, []))
        for transition in leaving.get(phase.id, []):
            if transition.kind is TransitionKind.REMEDIATION:
                _attribute(node, "remediation", transition.target)
            elif not linear:
                _attribute(node, "next", transition.target)
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


def _waivers(node: ET.Element, waivers: list[Waiver]) -> None:
    for waiver in waivers:
        reason = f": {waiver.reason}" if waiver.reason else ""
        _attribute(node, "waiver", waiver.rule + reason)


def _is_linear(scenario: Scenario, order: list[str]) -> bool:
    """True when the sequence transitions are exactly each phase to the next in ``order``."""
    sequence = {
        (t.source, t.target) for t in scenario.transitions if t.kind is TransitionKind.SEQUENCE
    }
    return sequence == set(itertools.pairwise(order))
