"""The colours of the phase kinds, shared by every picture and chart.

A colour-blind-safe palette (Okabe and Ito, 2008): the four kinds stay
distinct for the common forms of colour blindness, and each has a light
tint for the nodes under its branch.

>>> KIND_COLOURS[PhaseKind.EVALUATION].strong
'#D55E00'
"""

from __future__ import annotations

import attrs

from scenario.vocabulary import PhaseKind

__all__ = [
    "CHANGE_COLOURS",
    "COMPLETION_COLOURS",
    "DROP_COLOUR",
    "KIND_COLOURS",
    "NEUTRAL",
    "NO_DATA_COLOUR",
    "OTHER_COLOURS",
    "KindColour",
    "colour_of",
    "completion_colour",
]


@attrs.frozen
class KindColour:
    """The colours of one phase kind: ``strong`` for edges and borders, ``light`` for fills."""

    strong: str
    light: str


KIND_COLOURS: dict[PhaseKind, KindColour] = {
    PhaseKind.DECOUVERTE: KindColour("#0072B2", "#D6EAF5"),  # blue
    PhaseKind.APPRENTISSAGE: KindColour("#009E73", "#D3F0E6"),  # bluish green
    PhaseKind.REALISATION: KindColour("#E69F00", "#FBECCC"),  # orange
    PhaseKind.EVALUATION: KindColour("#D55E00", "#F8DDCB"),  # vermillion
}

#: For what has no kind: the course at the centre, the legend frame.
NEUTRAL = KindColour("#4D4D4D", "#F2F2F2")


def colour_of(kind: PhaseKind | None) -> KindColour:
    """The colours of a phase kind (neutral grey for None)."""
    return NEUTRAL if kind is None else KIND_COLOURS[kind]


#: Colours of the values of the dimensions other than the phase kind, in the vocabulary's
#: order: Okabe and Ito's colour-blind-safe set less the four colours of the kinds (sky
#: blue, reddish purple, yellow, black), then a mid grey. "non renseigné" is hatched.
OTHER_COLOURS: tuple[str, ...] = ("#56B4E9", "#CC79A7", "#F0E442", "#000000", "#999999")


#: The fills of a phase by the share of learners who completed it, low to high, in steps
#: of 20 %: the light end of ColorBrewer's red-blue scale, colour-blind safe and dark
#: text readable on every step.
COMPLETION_COLOURS: tuple[str, ...] = ("#F4A582", "#FDDBC7", "#F7F7F7", "#D1E5F0", "#92C5DE")
#: A phase the learner data says nothing of.
NO_DATA_COLOUR = "#FFFFFF"
#: The border of a drop-off point (the dark red end of the same scale).
DROP_COLOUR = "#B2182B"


def completion_colour(share: float | None) -> str:
    """The fill of a phase completed by ``share`` (0 to 1) of the learners.

    >>> completion_colour(0.58), completion_colour(1.0), completion_colour(None)
    ('#F7F7F7', '#92C5DE', '#FFFFFF')
    """
    if share is None:
        return NO_DATA_COLOUR
    step = min(len(COMPLETION_COLOURS) - 1, max(0, int(share * len(COMPLETION_COLOURS))))
    return COMPLETION_COLOURS[step]


#: The marks of a diff's map (``scenario diff --map``): a phase added, changed or removed.
#: Paul Tol's muted green and indigo, and a grey, apart from the kinds' colours; each mark
#: also carries its sign (+, ~, −), so colour is never the only clue.
CHANGE_COLOURS: dict[str, str] = {"added": "#117733", "changed": "#332288", "removed": "#888888"}
