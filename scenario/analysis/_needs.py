"""What each modality takes and which phases cause which need: the lexicon of requirements.

The data :func:`scenario.analysis.requirements.requirements` reads (see its
module for what the profiles rest on). Every line is an English message of
the catalog (:mod:`scenario.i18n`), French by default when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from scenario.i18n import N_, _, use_language
from scenario.vocabulary import Group, Modality, Pedagogy, Situation

if TYPE_CHECKING:
    from scenario.model import Phase

__all__ = ["CATEGORIES", "HEADINGS", "NEEDS", "PROFILES", "Profile", "Text"]


@attrs.frozen
class Text:
    """A line of the requirements: its English words, the catalog's key to the others.

    Calling it gives the line in the current language, or in ``lang``;
    :attr:`fr` and :attr:`en` give it in each.

    >>> Text("a room")("fr"), Text("a room").en
    ('une salle', 'a room')
    """

    en: str

    def __call__(self, lang: str | None = None) -> str:
        with use_language(lang):
            return _(self.en)

    @property
    def fr(self) -> str:
        """The line in French."""
        return self("fr")


@attrs.frozen
class Profile:
    """What a modality takes (the sheet comparing the four modalities).

    Attributes:
        modality: the modality, or None.
        preparation, equipment, trainer_skills: the lines of the profile.
        note: how the profile was had, when not straight from the fiches.
    """

    modality: Modality | None
    preparation: tuple[Text, ...] = ()
    equipment: tuple[Text, ...] = ()
    trainer_skills: tuple[Text, ...] = ()
    note: Text | None = None


_T = Text

_ONSITE = Profile(
    Modality.PRESENTIEL,
    preparation=(_T(N_("the content and facilitation")),),
    equipment=(_T(N_("a room")),),
    trainer_skills=(
        _T(N_("a deep knowledge of the subject")),
        _T(N_("ease in speaking")),
    ),
)
_FLIPPED = Profile(
    Modality.PEDAGOGIE_INVERSEE,
    preparation=(_T(N_("the path: contents and exercises")),),
    equipment=(_T(N_("basic computer equipment")),),
    trainer_skills=(_T(N_("a deep knowledge of the subject")),),
)
_ONLINE_PREPARATION = (
    _T(N_("a very long design time")),
    _T(N_("following up the learners")),
)
_ONLINE_EQUIPMENT = (
    _T(N_("video equipment")),
    _T(N_("a delivery platform")),
)
_ONLINE_SKILLS = (
    _T(N_("subject mastery")),
    _T(N_("technical skills")),
)


def _online(modality: Modality, note: Text | None = None) -> Profile:
    return Profile(modality, _ONLINE_PREPARATION, _ONLINE_EQUIPMENT, _ONLINE_SKILLS, note)


def _union(*lines: tuple[Text, ...]) -> tuple[Text, ...]:
    found: list[Text] = []
    for group in lines:
        for line in group:
            if line not in found:
                found.append(line)
    return tuple(found)


#: The profile of each modality; see the module's documentation for cooc, sooc, blended.
PROFILES: dict[Modality, Profile] = {
    Modality.PRESENTIEL: _ONSITE,
    Modality.PEDAGOGIE_INVERSEE: _FLIPPED,
    Modality.SPOC: _online(Modality.SPOC),
    Modality.MOOC: _online(Modality.MOOC),
    Modality.COOC: _online(
        Modality.COOC,
        _T(N_("the MOOC's profile: a COOC is a massive online course for a company")),
    ),
    Modality.SOOC: _online(
        Modality.SOOC,
        _T(N_("the SPOC's profile: a SOOC is an open online course in small groups")),
    ),
    Modality.BLENDED: Profile(
        Modality.BLENDED,
        preparation=_union(_ONSITE.preparation, _ONLINE_PREPARATION),
        equipment=_union(_ONSITE.equipment, _ONLINE_EQUIPMENT),
        trainer_skills=_union(_ONSITE.trainer_skills, _ONLINE_SKILLS),
        note=_T(N_("the union of the présentiel and SPOC profiles (the online part)")),
    ),
}

_GROUPS = (Group.PETIT_GROUPE, Group.MOYEN_GROUPE, Group.GRAND_GROUPE)
_SUBGROUPS = (Group.PETIT_GROUPE, Group.MOYEN_GROUPE)
_REMOTE = (Situation.DISTANCIEL_SYNCHRONE, Situation.DISTANCIEL_ASYNCHRONE)

#: The needs phases cause: id, category, text, and which phases cause it.
NEEDS: tuple[tuple[str, str, Text, Callable[[Phase], bool]], ...] = (
    (
        "room",
        "equipment",
        _T(N_("a room for the on-site sessions")),
        lambda p: p.situation is Situation.PRESENTIEL,
    ),
    (
        "subgroup-room",
        "equipment",
        _T(N_("a room set out for work in sub-groups (tables apart, flip charts)")),
        lambda p: p.situation is Situation.PRESENTIEL and p.group in _SUBGROUPS,
    ),
    (
        "virtual-classroom",
        "equipment",
        _T(N_("a virtual-classroom tool (video conference, screen sharing)")),
        lambda p: p.situation is Situation.DISTANCIEL_SYNCHRONE,
    ),
    (
        "breakout-rooms",
        "equipment",
        _T(N_("breakout rooms in the virtual classroom")),
        lambda p: p.situation is Situation.DISTANCIEL_SYNCHRONE and p.group in _SUBGROUPS,
    ),
    (
        "platform",
        "equipment",
        _T(N_("a learning platform for self-paced work")),
        lambda p: p.situation is Situation.DISTANCIEL_ASYNCHRONE,
    ),
    (
        "collaboration-space",
        "equipment",
        _T(N_("an online collaboration space (shared documents, forum)")),
        lambda p: p.situation in _REMOTE and p.group in _GROUPS,
    ),
    (
        "assessment-tool",
        "equipment",
        _T(N_("a remote assessment tool (quizzes, assignment upload)")),
        lambda p: p.situation in _REMOTE and p.assesses,
    ),
    (
        "learner-computer",
        "learner",
        _T(N_("for every learner, a computer and an Internet access")),
        lambda p: p.situation in _REMOTE,
    ),
    (
        "lead-sessions",
        "trainer",
        _T(N_("lead the synchronous sessions, there at the set time")),
        lambda p: p.synchronous is True,
    ),
    (
        "follow-up",
        "trainer",
        _T(N_("follow up the learners working at their own pace (answers, reminders)")),
        lambda p: p.situation is Situation.DISTANCIEL_ASYNCHRONE,
    ),
    (
        "group-facilitation",
        "trainer",
        _T(N_("facilitate group activities (instructions, regulation, debriefing)")),
        lambda p: p.pedagogy is Pedagogy.ACTIVE and p.group in _GROUPS,
    ),
)

CATEGORIES: dict[str, Text] = {
    "equipment": _T(N_("equipment and tools")),
    "trainer": _T(N_("trainer")),
    "learner": _T(N_("learners")),
}

#: The headings of the parts of a profile.
HEADINGS = {
    "preparation": _T(N_("preparation")),
    "equipment": _T(N_("equipment")),
    "trainer_skills": _T(N_("trainer skills")),
}
