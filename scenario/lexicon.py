"""The lexicon of the document's keys: the names a designer writes for them.

A scenario document's keys are English field names (``title``, ``duration``);
designers write them in French (``titre``, ``durée``, ``taille du groupe``).
:data:`KEY_ALIASES` is the one table of those names, which loading
(:mod:`scenario.io.document`), ``scenario fix`` (:mod:`scenario.io.form_fixes`)
and the format page (``docs/*/format.md``) all read; :func:`canonical_key`
reads a key as they do. The words of the grid itself (the values) are in
:mod:`scenario.vocabulary`.

>>> canonical_key("Durée", ["id", "phase", "duration"]), canonical_key("Title", ["title"])
('duration', 'title')
"""

from __future__ import annotations

from collections.abc import Collection

from scenario._text import fold

__all__ = ["KEY_ALIASES", "canonical_key"]


#: The names a designer gives the document's keys (in French, or singular for a list): the
#: key each one means. They are matched as :func:`scenario._text.fold` folds them (any case,
#: with or without accents). A name counts only where its key is allowed (``type`` is a
#: transition's ``kind``, nothing else).
KEY_ALIASES: dict[str, str] = {
    # the course
    "titre": "title",
    "intitulé": "title",
    "modalité": "modality",
    "public": "audience",
    "taille": "size",
    "effectif": "size",
    "début": "start",
    "date de début": "start",
    "objectifs": "objectives",
    "objectif": "objectives",
    "objective": "objectives",
    "parcours": "path",
    "dérogations": "waivers",
    "dérogation": "waivers",
    "remarques": "notes",
    "remarque": "notes",
    "note": "notes",
    # a phase
    "identifiant": "id",
    "type de phase": "phase",
    "titre de la phase": "title",
    "groupe": "group",
    "taille du groupe": "group",
    "pédagogie": "pedagogy",
    "intentions": "intention",
    "durée": "duration",
    "semaine": "week",
    "séquence": "module",
    "activités": "activities",
    "activité": "activities",
    "activity": "activities",
    "ressources": "resources",
    "ressource": "resources",
    "resource": "resources",
    "facultatif": "optional",
    "facultative": "optional",
    "optionnel": "optional",
    "optionnelle": "optional",
    # a transition of the path
    "de": "from",
    "depuis": "from",
    "vers": "to",
    "type": "kind",
    # a waiver
    "règle": "rule",
    "raison": "reason",
}


def canonical_key(word: str, allowed: Collection[str]) -> str | None:
    """The key of ``allowed`` that ``word`` means, or None.

    ``word`` itself when allowed; else the allowed key it is in another case
    or with accents (``Title``, ``scénario``); else the key its French name
    means (:data:`KEY_ALIASES`: ``durée``, ``Taille du groupe``), when that
    key is allowed at this place.

    >>> canonical_key("type", ["from", "to", "kind"]), canonical_key("type", ["id", "phase"])
    ('kind', None)
    """
    if word in allowed:
        return word
    folded = fold(word[:100])
    if folded in allowed:
        return folded
    meant = _FOLDED_KEYS.get(folded)
    return meant if meant is not None and meant in allowed else None


_FOLDED_KEYS = {fold(name): key for name, key in KEY_ALIASES.items()}
