"""Every colour of the pictures, charts and pages: phase kinds, severities, arrows, greys.

A colour-blind-safe palette (Okabe and Ito, 2008): the four kinds stay
distinct for the common forms of colour blindness, and each has a light
tint for the nodes under its branch. The severities of findings, the
remediation loops and the greys of text and frames are chosen apart from
the kinds, and dark enough to read on white.

>>> KIND_COLOURS[PhaseKind.EVALUATION].strong
'#D55E00'
>>> SEVERITY_COLOURS["error"]
'#B00020'
"""

from __future__ import annotations

import attrs

from scenario.vocabulary import PhaseKind

__all__ = [
    "BACKGROUND",
    "CHANGE_COLOURS",
    "COMPLETION_COLOURS",
    "DROP_COLOUR",
    "FRAME",
    "INK",
    "KIND_COLOURS",
    "MISSING_TEXT",
    "NEUTRAL",
    "NO_DATA_COLOUR",
    "OPTIONAL_COLOUR",
    "OTHER_COLOURS",
    "PAGE_RULE",
    "PAGE_TEXT",
    "QUIET_TEXT",
    "REMEDIATION_COLOUR",
    "SEQUENCE_COLOUR",
    "SEVERITY_COLOURS",
    "TAG_NAME_TEXT",
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


#: The severities of findings (keyed by ``Severity.value``): a deep red, a dark ochre and
#: the neutral grey, apart from the kinds' colours and readable as text on white.
SEVERITY_COLOURS: dict[str, str] = {"error": "#B00020", "warning": "#7A5C00", "info": "#4D4D4D"}

#: Remediation loops: Okabe-Ito reddish purple, apart from the four kinds.
REMEDIATION_COLOUR = "#CC79A7"
#: The branch to an optional detour and its way back: Paul Tol's bright blue, apart from
#: the kinds, the remediation purple and the marks of a diff; dashed and named on the
#: maps, so colour is never the only clue.
OPTIONAL_COLOUR = "#4477AA"
#: The arrows of the main path.
SEQUENCE_COLOUR = NEUTRAL.strong

#: The background of the pictures and the fill of the blank nodes.
BACKGROUND = "white"
#: Text on a coloured node (FreeMind).
INK = "#000000"
#: The details under a phase's title on the path diagram.
QUIET_TEXT = "#555555"
#: The names of the tags on the mind map.
TAG_NAME_TEXT = "#666666"
#: A tag still to be given ("à préciser").
MISSING_TEXT = "#888888"
#: The frame of the legend.
FRAME = "#BBBBBB"
#: The text and the rules under the headings of an HTML page (the synopsis).
PAGE_TEXT = "#222"
PAGE_RULE = "#ddd"
