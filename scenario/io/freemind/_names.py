"""The names of the attributes a FreeMind map carries: written in the reader's language, read in both.

A map is written with its attribute names in the current language (French
by default: ``groupe``, ``pédagogie``, ``durée``...), as the designer sees
them in Freeplane's attribute table. :data:`ALIASES` is the lexicon the
reader accepts for each name, French and English, folded (case, accents):
data, like the vocabulary's aliases, not translations.
"""

from __future__ import annotations

from scenario.i18n import pgettext
from scenario.vocabulary import normalize_word

#: Each attribute's key, and the names read for it (folded when compared).
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "identifiant"),
    "phase": ("phase", "type de phase", "kind"),
    "group": ("group", "groupe", "taille du groupe", "group size"),
    "situation": ("situation",),
    "pedagogy": ("pedagogy", "pédagogie"),
    "intention": ("intention", "intentions"),
    "duration": ("duration", "durée"),
    "module": ("module", "séquence"),
    "resource": ("resource", "ressource", "resources", "ressources"),
    "next": ("next", "phase suivante", "suivante"),
    "remediation": ("remediation", "remédiation"),
    "waiver": ("waiver", "dérogation"),
    "modality": ("modality", "modalité"),
    "audience size": ("audience size", "effectif"),
    "audience": ("audience", "public"),
    "objective": ("objective", "objectif"),
    "optional": ("optional", "facultatif", "optionnel"),
    "date": ("date",),
    "week": ("week", "semaine"),
    "lms": ("lms", "activite lms", "lms activity", "plateforme"),
    "start": ("start", "debut", "date de debut"),
    "phase order": ("phase order", "ordre des phases"),
    "path order": ("path order", "ordre du parcours"),
    "waiver order": ("waiver order", "ordre des derogations"),
}

#: The attributes a phase may carry.
PHASE_KEYS = frozenset(
    {"id", "phase", "group", "situation", "pedagogy", "intention", "duration", "module"}
    | {"resource", "next", "remediation", "waiver", "optional", "date", "week", "lms"}
)

_LOOKUP = {normalize_word(alias): key for key, aliases in ALIASES.items() for alias in aliases}


def key_of(name: str) -> str:
    """The key an attribute name stands for (the folded name itself when it is none)."""
    folded = normalize_word(name)
    return _LOOKUP.get(folded, folded)


def written_names() -> dict[str, str]:
    """The name the map writes for each key, in the current language."""
    return {
        "id": pgettext("attribute", "id"),
        "phase": pgettext("attribute", "phase"),
        "group": pgettext("attribute", "group"),
        "situation": pgettext("attribute", "situation"),
        "pedagogy": pgettext("attribute", "pedagogy"),
        "intention": pgettext("attribute", "intention"),
        "duration": pgettext("attribute", "duration"),
        "module": pgettext("attribute", "module"),
        "resource": pgettext("attribute", "resource"),
        "next": pgettext("attribute", "next"),
        "remediation": pgettext("attribute", "remediation"),
        "waiver": pgettext("attribute", "waiver"),
        "modality": pgettext("attribute", "modality"),
        "audience size": pgettext("attribute", "audience size"),
        "audience": pgettext("attribute", "audience"),
        "objective": pgettext("attribute", "objective"),
        "optional": pgettext("attribute", "optional"),
        "date": pgettext("attribute", "date"),
        "week": pgettext("attribute", "week"),
        "lms": pgettext("attribute", "lms"),
        "start": pgettext("attribute", "start"),
        "phase order": pgettext("attribute", "phase order"),
        "path order": pgettext("attribute", "path order"),
        "waiver order": pgettext("attribute", "waiver order"),
    }
