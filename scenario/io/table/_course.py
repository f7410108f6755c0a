"""The course's rows of a table: what is not a phase (title, modality, audience, start,
objectives, notes, path, waivers), as the CSV writes them above its header and the XLSX
on its sheet « scénario »; both are read back (:func:`scenario.io.table._rows.read_meta`)."""

from __future__ import annotations

from typing import Any

from scenario.dates import format_date
from scenario.i18n import pgettext
from scenario.model import Scenario
from scenario.vocabulary import TransitionKind


def transition_words() -> dict[TransitionKind, str]:
    """The kinds of transition as the table writes them, in the current language."""
    return {
        TransitionKind.SEQUENCE: pgettext("transition", "sequence"),
        TransitionKind.REMEDIATION: pgettext("transition", "remediation"),
    }


def course_rows(scenario: Scenario) -> list[list[Any]]:
    """One row per fact: the key in the current language, then the value(s). A transition
    is ``transition | from | to | kind``, a waiver ``waiver | rule | phase | reason`` (an
    empty cell for what it does not give)."""
    rows: list[list[Any]] = [[pgettext("course", "title"), scenario.title]]
    if scenario.modality is not None:
        rows.append([pgettext("course", "modality"), scenario.modality.value])
    if scenario.audience is not None:
        if scenario.audience.size is not None:
            rows.append([pgettext("course", "audience size"), scenario.audience.size])
        if scenario.audience.description is not None:
            rows.append([pgettext("course", "audience description"), scenario.audience.description])
    if scenario.start is not None:
        rows.append([pgettext("course", "start"), format_date(scenario.start)])
    rows += [[pgettext("course", "objective"), objective] for objective in scenario.objectives]
    if scenario.notes is not None:
        rows.append([pgettext("course", "notes"), scenario.notes])
    kinds = transition_words()
    rows += [
        [pgettext("course", "transition"), t.source, t.target, kinds[t.kind]]
        for t in scenario.path or ()
    ]
    rows += [
        [pgettext("course", "waiver"), w.rule, w.phase or "", w.reason or ""]
        for w in scenario.waivers
    ]
    return rows
