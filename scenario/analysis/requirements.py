"""What a scenario takes: its modality's profile, and the needs its phases cause.

:func:`requirements` (also :meth:`Scenario.requirements
<scenario.model.Scenario.requirements>`) gives a :class:`Requirements`:

- **The modality's profile** (DOMAIN.md, after the four CMVRH modality
  fiches): the preparation, the equipment and the trainer's skills the
  modality takes. The fiches describe présentiel, pédagogie inversée, SPOC
  and MOOC. For the others this module decides: a COOC and a SOOC are
  online courses built like a MOOC and a SPOC (the article SPOC (Appvizer)
  describes them as such), so they take the same; a blended course takes the
  union of the présentiel profile and the SPOC one (its online part). A
  scenario without a modality has an empty profile.
- **The needs its phases cause**, each with the phases that cause it and
  their minutes: a room for the présentiel phases, a room set out for
  sub-groups for présentiel work in petit or moyen groupe, a virtual-classroom
  tool for the distanciel synchrone ones (with breakout rooms when the group
  is petit or moyen), a learning platform for the distanciel asynchrone ones,
  an online collaboration space for remote group work, an assessment tool for
  phases that assess remotely, a computer and an Internet access for every
  learner as soon as a phase is remote (CMVRH fiche SPOC); for the trainer,
  leading the synchronous sessions, following up the learners working at
  their own pace, and facilitating group work when a group phase is active.
  A phase without the tag a need looks at causes no need.
- **The resources** the phases list, each with the phases that use it: the
  materials to prepare.

Text is French by default; every line has its English (``lang="en"``).

>>> from scenario.model import Scenario
>>> s = Scenario("Démo", modality="présentiel")
>>> _ = s.add_phase("a", "découverte", situation="présentiel", group="petit groupe", duration=30)
>>> r = requirements(s)
>>> r.profile.equipment[0].fr
'une salle'
>>> [n.id for n in r.needs]
['room', 'subgroup-room', 'lead-sessions']
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from scenario.vocabulary import Group, Modality, Pedagogy, Situation

if TYPE_CHECKING:
    from scenario.model import Phase, Scenario

__all__ = ["Need", "Profile", "Requirements", "Text", "requirements"]


@attrs.frozen
class Text:
    """A line in French and in English."""

    fr: str
    en: str

    def __call__(self, lang: str = "fr") -> str:
        return self.en if lang == "en" else self.fr


@attrs.frozen
class Profile:
    """What a modality takes (DOMAIN.md, "What each modality takes").

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


@attrs.frozen
class Need:
    """One need the phases cause.

    Attributes:
        id: a stable name (``"virtual-classroom"``).
        category: ``"equipment"``, ``"trainer"`` or ``"learner"``.
        text: what is needed.
        phases: the ids of the phases that cause it, in document order.
        minutes: their known minutes together.
    """

    id: str
    category: str
    text: Text
    phases: tuple[str, ...]
    minutes: int


_T = Text

_ONSITE = Profile(
    Modality.PRESENTIEL,
    preparation=(_T("le contenu et l'animation de la formation", "the content and facilitation"),),
    equipment=(_T("une salle", "a room"),),
    trainer_skills=(
        _T("une connaissance approfondie du sujet", "a deep knowledge of the subject"),
        _T("de l'aisance à l'oral", "ease in speaking"),
    ),
)
_FLIPPED = Profile(
    Modality.PEDAGOGIE_INVERSEE,
    preparation=(
        _T("le parcours : les contenus et les exercices", "the path: contents and exercises"),
    ),
    equipment=(_T("du matériel informatique de base", "basic computer equipment"),),
    trainer_skills=(
        _T("une connaissance approfondie du sujet", "a deep knowledge of the subject"),
    ),
)
_ONLINE_PREPARATION = (
    _T("un temps de conception très important", "a very long design time"),
    _T("le suivi des apprenants", "following up the learners"),
)
_ONLINE_EQUIPMENT = (
    _T("du matériel technique pour les vidéos", "video equipment"),
    _T("une plateforme de diffusion", "a delivery platform"),
)
_ONLINE_SKILLS = (
    _T("la maîtrise du sujet", "subject mastery"),
    _T("des compétences techniques", "technical skills"),
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
        _T(
            "profil du MOOC : un COOC est un cours en ligne de masse pour une entreprise",
            "the MOOC's profile: a COOC is a massive online course for a company",
        ),
    ),
    Modality.SOOC: _online(
        Modality.SOOC,
        _T(
            "profil du SPOC : un SOOC est un cours en ligne ouvert, en petits groupes",
            "the SPOC's profile: a SOOC is an open online course in small groups",
        ),
    ),
    Modality.BLENDED: Profile(
        Modality.BLENDED,
        preparation=_union(_ONSITE.preparation, _ONLINE_PREPARATION),
        equipment=_union(_ONSITE.equipment, _ONLINE_EQUIPMENT),
        trainer_skills=_union(_ONSITE.trainer_skills, _ONLINE_SKILLS),
        note=_T(
            "union des profils du présentiel et du SPOC (la partie en ligne)",
            "the union of the présentiel and SPOC profiles (the online part)",
        ),
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
        _T("une salle pour les sessions en présentiel", "a room for the on-site sessions"),
        lambda p: p.situation is Situation.PRESENTIEL,
    ),
    (
        "subgroup-room",
        "equipment",
        _T(
            "une salle aménagée pour le travail en sous-groupes (îlots, paperboards)",
            "a room set out for work in sub-groups (tables apart, flip charts)",
        ),
        lambda p: p.situation is Situation.PRESENTIEL and p.group in _SUBGROUPS,
    ),
    (
        "virtual-classroom",
        "equipment",
        _T(
            "un outil de classe virtuelle (visioconférence, partage d'écran)",
            "a virtual-classroom tool (video conference, screen sharing)",
        ),
        lambda p: p.situation is Situation.DISTANCIEL_SYNCHRONE,
    ),
    (
        "breakout-rooms",
        "equipment",
        _T(
            "des salles de sous-groupes dans la classe virtuelle",
            "breakout rooms in the virtual classroom",
        ),
        lambda p: p.situation is Situation.DISTANCIEL_SYNCHRONE and p.group in _SUBGROUPS,
    ),
    (
        "platform",
        "equipment",
        _T(
            "une plateforme de formation en ligne pour le travail à son rythme",
            "a learning platform for self-paced work",
        ),
        lambda p: p.situation is Situation.DISTANCIEL_ASYNCHRONE,
    ),
    (
        "collaboration-space",
        "equipment",
        _T(
            "un espace de collaboration en ligne (documents partagés, forum)",
            "an online collaboration space (shared documents, forum)",
        ),
        lambda p: p.situation in _REMOTE and p.group in _GROUPS,
    ),
    (
        "assessment-tool",
        "equipment",
        _T(
            "un outil d'évaluation à distance (quiz, dépôt de travaux)",
            "a remote assessment tool (quizzes, assignment upload)",
        ),
        lambda p: p.situation in _REMOTE and p.assesses,
    ),
    (
        "learner-computer",
        "learner",
        _T(
            "pour chaque apprenant, un ordinateur et un accès à Internet",
            "for every learner, a computer and an Internet access",
        ),
        lambda p: p.situation in _REMOTE,
    ),
    (
        "lead-sessions",
        "trainer",
        _T(
            "animer les sessions synchrones, présent à l'heure dite",
            "lead the synchronous sessions, there at the set time",
        ),
        lambda p: p.synchronous is True,
    ),
    (
        "follow-up",
        "trainer",
        _T(
            "suivre les apprenants qui avancent à leur rythme (réponses, relances)",
            "follow up the learners working at their own pace (answers, reminders)",
        ),
        lambda p: p.situation is Situation.DISTANCIEL_ASYNCHRONE,
    ),
    (
        "group-facilitation",
        "trainer",
        _T(
            "animer des activités de groupe (consignes, régulation, restitution)",
            "facilitate group activities (instructions, regulation, debriefing)",
        ),
        lambda p: p.pedagogy is Pedagogy.ACTIVE and p.group in _GROUPS,
    ),
)

CATEGORIES: dict[str, Text] = {
    "equipment": _T("matériel et outils", "equipment and tools"),
    "trainer": _T("formateur", "trainer"),
    "learner": _T("apprenants", "learners"),
}

_HEADINGS = {
    "preparation": _T("préparation", "preparation"),
    "equipment": _T("matériel", "equipment"),
    "trainer_skills": _T("compétences du formateur", "trainer skills"),
}


@attrs.frozen
class Requirements:
    """What a scenario takes: its modality's profile, the needs of its phases, its resources.

    ``str()`` gives French text, :meth:`text` either language; in Jupyter it
    shows as HTML; :meth:`to_dict` gives plain data with both languages.
    """

    title: str
    profile: Profile
    needs: tuple[Need, ...]
    resources: dict[str, tuple[str, ...]]

    def need(self, id: str) -> Need | None:
        """The need of this id, or None when no phase causes it."""
        return next((n for n in self.needs if n.id == id), None)

    def to_dict(self) -> dict[str, Any]:
        """Plain data: the profile, the needs with their phases, the resources."""
        profile = self.profile
        return {
            "title": self.title,
            "modality": profile.modality.value if profile.modality else None,
            "profile": {
                key: [{"fr": t.fr, "en": t.en} for t in getattr(profile, key)]
                for key in ("preparation", "equipment", "trainer_skills")
            }
            | {"note": {"fr": profile.note.fr, "en": profile.note.en} if profile.note else None},
            "needs": [
                {
                    "id": n.id,
                    "category": n.category,
                    "text": {"fr": n.text.fr, "en": n.text.en},
                    "phases": list(n.phases),
                    "minutes": n.minutes,
                }
                for n in self.needs
            ],
            "resources": {k: list(v) for k, v in self.resources.items()},
        }

    def _sections(self, lang: str) -> list[tuple[str, list[str]]]:
        en = lang == "en"
        colon = ": " if en else " : "
        profile = self.profile
        sections: list[tuple[str, list[str]]] = []
        if profile.modality is None:
            sections.append(
                (
                    "modality" if en else "modalité",
                    ["not given: no profile" if en else "non renseignée : pas de profil"],
                )
            )
        else:
            name = profile.modality.label(lang)
            for key, heading in _HEADINGS.items():
                lines = [t(lang) for t in getattr(profile, key)]
                sections.append((f"{heading(lang)} ({name})", lines))
            if profile.note is not None:
                sections.append(("note", [profile.note(lang)]))
        for category, heading in CATEGORIES.items():
            lines = [
                f"{n.text(lang)}{colon}{', '.join(n.phases)}"
                + (f" ({n.minutes} min)" if n.minutes else "")
                for n in self.needs
                if n.category == category
            ]
            if lines:
                title = f"{heading(lang)}, " + ("from the phases" if en else "selon les phases")
                sections.append((title, lines))
        if self.resources:
            sections.append(
                (
                    "resources listed" if en else "ressources citées",
                    [f"{k}{colon}{', '.join(v)}" for k, v in self.resources.items()],
                )
            )
        return sections

    def text(self, lang: str = "fr") -> str:
        """The requirements as plain text, in French (default) or English."""
        head = "What the scenario takes" if lang == "en" else "Ce que demande le scénario"
        out = [f"{head}: {self.title}" if lang == "en" else f"{head} « {self.title} »"]
        for heading, lines in self._sections(lang):
            out += ["", heading] + [f"  - {line}" for line in lines]
        return "\n".join(out)

    def __str__(self) -> str:
        return self.text("fr")

    def _repr_html_(self) -> str:
        esc = html.escape
        parts = [
            '<div class="scenario-requirements">',
            f"<strong>Ce que demande le scénario « {esc(self.title)} »</strong>",
        ]
        for heading, lines in self._sections("fr"):
            parts.append(f"<p><em>{esc(heading)}</em></p><ul>")
            parts += [f"<li>{esc(line)}</li>" for line in lines]
            parts.append("</ul>")
        parts.append("</div>")
        return "\n".join(parts)


def requirements(scenario: Scenario) -> Requirements:
    """What ``scenario`` takes (see the module's documentation)."""
    profile = (
        PROFILES[scenario.modality] if scenario.modality is not None else Profile(modality=None)
    )
    needs: list[Need] = []
    for need_id, category, text, causes in NEEDS:
        phases = [p for p in scenario.phases if causes(p)]
        if phases:
            needs.append(
                Need(
                    need_id,
                    category,
                    text,
                    tuple(p.id for p in phases),
                    sum(p.duration or 0 for p in phases),
                )
            )
    # Each resource's phases as the keys of a dict: in order, each once, found in one step.
    resources: dict[str, dict[str, None]] = {}
    for phase in scenario.phases:
        for resource in phase.resources:
            resources.setdefault(resource, {})[phase.id] = None
    return Requirements(
        scenario.title,
        profile,
        tuple(needs),
        {k: tuple(v) for k, v in resources.items()},
    )
