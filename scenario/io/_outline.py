"""What the mind-map exports share: the phases in path order, their tags as words, clean text.

The names of the tags are messages of the catalog (:mod:`scenario.i18n`), in
the language of the moment: each export sets it from its ``lang`` argument.

>>> one_line("Vidéo\\nd'accroche\\x00 ")
"Vidéo d'accroche"
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scenario._text import scrub
from scenario.duration import readable_duration
from scenario.i18n import N_, _, format_number, ngettext

if TYPE_CHECKING:
    from scenario.model import Phase, Scenario

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]+")

#: The names of the tags and of the course's facts, as the exports write them.
TAG_NAMES: dict[str, str] = {
    "group": N_("group"),
    "situation": N_("situation"),
    "pedagogy": N_("pedagogy"),
    "intention": N_("intention"),
    "duration": N_("duration"),
    "module": N_("module"),
    "activities": N_("activities"),
    "resources": N_("resources"),
    "modality": N_("modality"),
    "audience": N_("audience"),
    "total": N_("total duration"),
    "objectives": N_("objectives"),
}


def tag_name(key: str) -> str:
    """The name of a tag or of a fact of the course, in the current language."""
    return _(TAG_NAMES[key])


def one_line(value: object) -> str:
    """User text on one line, without control characters (XML 1.0 refuses most of them);
    a lone surrogate, which UTF-8 cannot encode, becomes U+FFFD."""
    return " ".join(scrub(_CONTROL.sub(" ", str(value))).split())


def phase_title(phase: Phase) -> str:
    """The phase's title, or its id when it has none."""
    return one_line(phase.title) if phase.title else phase.id


def tags(phase: Phase, lang: str) -> list[tuple[str, str]]:
    """The phase's tags that are given, as (name, value) words: the names in the
    current language, the terms of the grid in ``lang``."""
    found: list[tuple[str, str]] = []
    for key in ("group", "situation", "pedagogy"):
        term = getattr(phase, key)
        if term is not None:
            found.append((tag_name(key), term.label(lang)))
    if phase.intentions:
        found.append((tag_name("intention"), ", ".join(i.label(lang) for i in phase.intentions)))
    if phase.duration is not None:
        found.append((tag_name("duration"), readable_duration(phase.duration)))
    if phase.module:
        found.append((tag_name("module"), one_line(phase.module)))
    return found


def course_facts(scenario: Scenario, lang: str) -> list[tuple[str, str]]:
    """Modality, audience and total duration, as (name, value) words (see :func:`tags`)."""
    found: list[tuple[str, str]] = []
    if scenario.modality is not None:
        found.append((tag_name("modality"), scenario.modality.label(lang)))
    audience = scenario.audience
    if audience is not None:
        parts = []
        if audience.size is not None:
            learners = ngettext("{count} learner", "{count} learners", audience.size)
            parts.append(learners.format(count=format_number(audience.size, 0)))
        if audience.description:
            parts.append(one_line(audience.description))
        if parts:
            found.append((tag_name("audience"), ", ".join(parts)))
    if scenario.total_duration:
        found.append((tag_name("total"), readable_duration(scenario.total_duration)))
    return found
