"""Which phase each activity of the learner data belongs to.

An activity goes to a phase, in this order:

1. by the phase's ``lms:`` id: it equals one of the activity's identifiers
   (the xAPI IRI, the Moodle course-module id, the Open edX block id or its
   block name) or, when the data gives no id, the activity's name;
2. by the blocks of the OLX export: an Open edX block named ``seq_phase_<id>``,
   ``unit_phase_<id>`` or ``html_phase_<id>`` is the phase ``<id>``
   (Studio keeps the names of an imported course);
3. by title: the activity's name is the phase's title, case, accents,
   punctuation and HTML entities aside (the names of the IMS CC export are
   the phases' titles);
4. by one of the phase's ``activities``, when a single phase lists it;
5. leniently: one title holds the other (both at least 6 characters), or
   they are close (a similarity of 0.85 or more), when a single phase fits.

An activity no phase fits is reported, not guessed.
"""

from __future__ import annotations

import difflib
import html
import re
from typing import TYPE_CHECKING

from scenario._text import fold

if TYPE_CHECKING:
    from scenario.io.learner_data import Activity
    from scenario.model import Phase

__all__ = ["match_activities"]

_BLOCK = re.compile(r"(?:^|@)(?:seq|unit|html)_phase_([a-z0-9_-]+)$")
_PUNCTUATION = re.compile(r"[^\w]+")
_CLOSE = 0.85
_SHORTEST = 6


def _words(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold(html.unescape(text))).split())


def _one(found: list[str]) -> str | None:
    unique = list(dict.fromkeys(found))
    return unique[0] if len(unique) == 1 else None


def match_activities(
    activities: tuple[Activity, ...], phases: list[Phase]
) -> dict[str, str | None]:
    """Each activity's key, and the id of its phase (None: no phase fits)."""
    known = {phase.id for phase in phases}
    by_lms: dict[str, list[str]] = {}
    for phase in phases:
        if phase.lms:
            by_lms.setdefault(phase.lms.strip(), []).append(phase.id)
            by_lms.setdefault(_words(phase.lms), []).append(phase.id)
    titles = {phase.id: _words(phase.title or phase.id) for phase in phases}
    listed: dict[str, list[str]] = {}
    for phase in phases:
        for planned in phase.activities:
            listed.setdefault(_words(planned), []).append(phase.id)

    matched: dict[str, str | None] = {}
    for activity in activities:
        matched[activity.key] = _match(activity, by_lms, known, titles, listed)
    return matched


def _match(
    activity: Activity,
    by_lms: dict[str, list[str]],
    known: set[str],
    titles: dict[str, str],
    listed: dict[str, list[str]],
) -> str | None:
    keys = list(activity.ids) or ([activity.name] if activity.name else [])
    for key in keys:
        found = by_lms.get(key.strip()) or by_lms.get(_words(key))
        if found and _one(found):
            return found[0]
    for key in activity.ids:
        block = _BLOCK.search(key)
        if block and block.group(1) in known:
            return block.group(1)
    if not activity.name:
        return None
    name = _words(activity.name)
    if not name:
        return None
    exact = _one([pid for pid, title in titles.items() if title == name])
    if exact:
        return exact
    in_list = _one(listed.get(name, []))
    if in_list:
        return in_list
    if len(name) >= _SHORTEST:
        holding = _one(
            [
                pid
                for pid, title in titles.items()
                if len(title) >= _SHORTEST and (title in name or name in title)
            ]
        )
        if holding:
            return holding
    if len(name) <= 200:
        scores = sorted(
            (
                (difflib.SequenceMatcher(None, name, title).ratio(), pid)
                for pid, title in titles.items()
            ),
            reverse=True,
        )
        if scores and scores[0][0] >= _CLOSE and (len(scores) == 1 or scores[1][0] < _CLOSE):
            return scores[0][1]
    return None
