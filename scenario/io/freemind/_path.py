"""The path of a map: the steps its phases carry, and the connectors drawn in Freeplane
(see :mod:`scenario.io.freemind`)."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from scenario._text import quote
from scenario.i18n import _
from scenario.io.freemind._names import key_of, written_names
from scenario.model import Phase, Transition
from scenario.vocabulary import TransitionKind

if TYPE_CHECKING:
    from scenario.io.freemind._phases import PhaseReader


def read_path(
    self: PhaseReader,
    phases: list[Phase],
    leaving: dict[str, list[Transition]],
    nodes: dict[str, ET.Element],
    recorded: bool,
) -> list[Transition] | None:
    """The path: the ``phase suivante`` and ``remédiation`` attributes in the map's
    order when a phase has the first (or the centre records an order); without, the
    map's order with the remediation loops; None when the map says nothing."""
    ids = [p.id for p in phases]
    steps = [t for pid in ids for t in leaving[pid]]
    if not recorded and not any(t.kind is TransitionKind.SEQUENCE for t in steps):
        if not steps:
            return None
        steps = [Transition(a, b) for a, b in itertools.pairwise(ids)] + steps
    known = set(ids)
    for step in steps:
        if step.target not in known:
            kind = "remediation" if step.kind is TransitionKind.REMEDIATION else "next"
            raise self.error(
                nodes[step.source],
                _("the {attribute} attribute names no phase of the map: {target}").format(
                    attribute=quote(written_names()[kind]), target=quote(step.target)
                ),
                hint=_("name the {id} of a phase, or remove the attribute").format(
                    id=quote(written_names()["id"])
                ),
            )
    return steps


def read_connectors(
    self: PhaseReader, centre: ET.Element, phases: list[Phase], path: list[Transition] | None
) -> list[Transition] | None:
    """Connectors drawn in Freeplane: one from a phase to a phase is a step of the path
    (a remediation when its label says so); any other is said not to be kept."""
    for node in centre.iter("node"):
        for arrow in node.findall("arrowlink"):
            source = self.owners.get(node.get("ID", ""), ("", None))
            target = self.owners.get(arrow.get("DESTINATION", ""), ("", None))
            if source[0] != "phase" or target[0] != "phase":
                self.notice(
                    node,
                    _("a connector that does not join two phases is not kept"),
                )
                continue
            labels = " ".join(
                arrow.get(k, "") for k in ("SOURCE_LABEL", "MIDDLE_LABEL", "TARGET_LABEL")
            )
            remediation = any(
                key_of(word) == "remediation" for word in labels.replace(",", " ").split()
            )
            step = Transition(
                str(source[1]),
                str(target[1]),
                TransitionKind.REMEDIATION if remediation else TransitionKind.SEQUENCE,
            )
            if path is None:
                ids = [p.id for p in phases]
                path = [Transition(a, b) for a, b in itertools.pairwise(ids)]
            if step not in path:
                path.append(step)
    return path
