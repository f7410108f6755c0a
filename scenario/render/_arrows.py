"""The arrows between phases on the maps: the main path, the loops, the detours.

:func:`arrows` sorts every transition of a scenario by what it means to a
reader, once, for the mind map and the path diagram:

- ``main``: a link of the main path (:attr:`Detours.main
  <scenario.learning_path.detours.Detours.main>`), those over optional
  phases included (``over`` names the phases skipped);
- ``loop``: a remediation transition between two phases of the main path;
- ``branch``: the way into a detour phase from the phase that sends
  learners there (:attr:`Numbering.parents
  <scenario.learning_path.numbering.Numbering.parents>`); ``source`` is None
  for a detour that nothing leads to (drawn from the centre or the start);
- ``detour``: another way into a detour phase;
- ``back``: a way out of a detour phase, back to the main path or on to
  another detour.

``kind`` is the detour's kind (``remediation`` or ``optional``) for the
last three. The order is that of the document, the main path's links first.
:func:`arrow_look` is how every picture draws an arrow of each role; a
picture adds only its own pens and ports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from scenario.i18n import pgettext
from scenario.learning_path.detours import kind_label
from scenario.palette import REMEDIATION_COLOUR, SEQUENCE_COLOUR
from scenario.render._labels import detour_colour, text
from scenario.vocabulary import TransitionKind

if TYPE_CHECKING:
    from scenario.learning_path import Numbering
    from scenario.model import Scenario

__all__ = ["Arrow", "arrow_look", "arrows"]


@attrs.frozen
class Arrow:
    """One arrow of a map (see the module's documentation)."""

    source: str | None
    target: str
    role: str
    kind: str | None = None
    over: tuple[str, ...] = ()


def arrows(scenario: Scenario, numbers: Numbering) -> list[Arrow]:
    """The arrows of ``scenario``, each pair of phases once."""
    found = numbers.found
    drawn = [
        Arrow(a, b, "main", over=tuple(data.get("over", ())))
        for a, b, data in found.main.edges(data=True)
    ]
    targets = {t.target for t in scenario.transitions}
    drawn += [
        Arrow(None, pid, "branch", found.kinds[pid])
        for pid, parent in numbers.parents.items()
        if parent is None and pid not in targets
    ]
    pairs: dict[tuple[str, str], bool] = {}  # True: a sequence transition joins them
    for transition in scenario.transitions:
        pair = (transition.source, transition.target)
        pairs[pair] = pairs.get(pair, False) or transition.kind is TransitionKind.SEQUENCE
    for (a, b), sequence in pairs.items():
        if b in found:
            role = "branch" if numbers.parents[b] == a else "detour"
            drawn.append(Arrow(a, b, role, found.kinds[b]))
        elif a in found:
            drawn.append(Arrow(a, b, "back", found.kinds[a]))
        elif not sequence:
            drawn.append(Arrow(a, b, "loop"))
    return drawn


def arrow_look(arrow: Arrow) -> dict[str, str]:
    """The attributes every picture draws ``arrow`` with: the main path dashed and grey,
    a loop dotted and purple, a detour's arrows dashed in its colour with a word on the
    branch (the detour's kind) and on the way back."""
    if arrow.role == "main":
        return {"style": "dashed", "color": SEQUENCE_COLOUR}
    if arrow.role == "loop":
        return {"style": "dotted", "color": REMEDIATION_COLOUR, "arrowhead": "vee"}
    colour = detour_colour(arrow.kind or "")
    look = {"style": "dashed", "color": colour, "fontcolor": colour, "arrowhead": "vee"}
    words = {"branch": kind_label(arrow.kind or ""), "back": pgettext("detour", "back")}
    if arrow.role in words:
        look["label"] = f"<<I>{text(words[arrow.role])}</I>>"
    return look
