"""What the mind-map exports share: the phases in path order, their tags as words, clean text.

>>> one_line("Vidéo\\nd'accroche\\x00 ")
"Vidéo d'accroche"
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scenario.duration import format_duration

if TYPE_CHECKING:
    from scenario.model import Phase, Scenario

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]+")

#: The names of the tags, as the exports write them.
TAG_NAMES: dict[str, dict[str, str]] = {
    "fr": {
        "group": "groupe",
        "situation": "situation",
        "pedagogy": "pédagogie",
        "intention": "intention",
        "duration": "durée",
        "module": "module",
        "activities": "activités",
        "resources": "ressources",
        "modality": "modalité",
        "audience": "public",
        "learners": "apprenants",
        "total": "durée totale",
        "objectives": "objectifs",
    },
    "en": {
        "group": "group",
        "situation": "situation",
        "pedagogy": "pedagogy",
        "intention": "intention",
        "duration": "duration",
        "module": "module",
        "activities": "activities",
        "resources": "resources",
        "modality": "modality",
        "audience": "audience",
        "learners": "learners",
        "total": "total duration",
        "objectives": "objectives",
    },
}


def check_lang(lang: str) -> str:
    """``lang`` if the exports speak it, else a ``ValueError``."""
    if lang not in TAG_NAMES:
        raise ValueError(f"lang must be 'fr' or 'en' (got {lang!r})")
    return lang


def one_line(value: object) -> str:
    """User text on one line, without control characters (XML 1.0 refuses most of them)."""
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def phase_title(phase: Phase) -> str:
    """The phase's title, or its id when it has none."""
    return one_line(phase.title) if phase.title else phase.id


def tags(phase: Phase, lang: str) -> list[tuple[str, str]]:
    """The phase's tags that are given, as (name, value) words in ``lang``."""
    names = TAG_NAMES[lang]
    found: list[tuple[str, str]] = []
    for key in ("group", "situation", "pedagogy"):
        term = getattr(phase, key)
        if term is not None:
            found.append((names[key], term.label(lang)))
    if phase.intentions:
        found.append((names["intention"], ", ".join(i.label(lang) for i in phase.intentions)))
    if phase.duration is not None:
        found.append((names["duration"], format_duration(phase.duration)))
    if phase.module:
        found.append((names["module"], one_line(phase.module)))
    return found


def course_facts(scenario: Scenario, lang: str) -> list[tuple[str, str]]:
    """Modality, audience and total duration, as (name, value) words in ``lang``."""
    names = TAG_NAMES[lang]
    found: list[tuple[str, str]] = []
    if scenario.modality is not None:
        found.append((names["modality"], scenario.modality.label(lang)))
    audience = scenario.audience
    if audience is not None:
        parts = []
        if audience.size is not None:
            parts.append(f"{audience.size} {names['learners']}")
        if audience.description:
            parts.append(one_line(audience.description))
        if parts:
            found.append((names["audience"], ", ".join(parts)))
    if scenario.total_duration:
        found.append((names["total"], format_duration(scenario.total_duration)))
    return found
