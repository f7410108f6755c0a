"""What a scenario takes: its modality's profile, and the needs its phases cause.

:func:`requirements` (also :meth:`Scenario.requirements
<scenario.model.Scenario.requirements>`) gives a :class:`Requirements`:

- **The modality's profile** (after the sheet comparing the four
  modalities): the preparation, the equipment and the trainer's skills the
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
- **The trainer's workload** (:mod:`scenario.analysis.workload`): per phase and in all, the detours' part apart, or
  why it cannot be totalled.

Text is in the current language, French by default; every line has its
English (``lang="en"``): the lines are messages of the catalog (:mod:`scenario.i18n`).

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
from typing import TYPE_CHECKING, Any

import attrs

from scenario._gc import collector_paused
from scenario.analysis._needs import CATEGORIES, HEADINGS, NEEDS, PROFILES, Profile, Text
from scenario.analysis.workload import MARKING_MINUTES, Workload, workload
from scenario.duration import readable_duration
from scenario.i18n import _, current_language, use_language

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["PROFILES", "Need", "Profile", "Requirements", "Text", "requirements"]


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


@attrs.frozen
class Requirements:
    """What a scenario takes: its modality's profile, the needs of its phases, its resources.

    ``str()`` and :meth:`text` give text in the current language (French
    unless chosen otherwise), :meth:`text` with ``lang`` either language; in
    Jupyter it shows as HTML; :meth:`to_dict` gives plain data with both languages.
    :attr:`workload` is the trainer's workload.
    """

    title: str
    profile: Profile
    needs: tuple[Need, ...]
    resources: dict[str, tuple[str, ...]]
    workload: Workload

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
            "workload": self.workload.to_dict(),
        }

    def sections(
        self, lang: str | None = None, *, with_workload: bool = True
    ) -> list[tuple[str, list[str]]]:
        """The requirements as (heading, lines) in ``lang`` (None: the current language),
        as :meth:`text` and the trainer's synopsis show them; the trainer's workload
        last, unless ``with_workload`` is False (the sign-off pack shows it as a table)."""
        with use_language(lang):
            return self._sections(current_language(), with_workload)

    def _sections(self, lang: str, with_workload: bool = True) -> list[tuple[str, list[str]]]:
        profile = self.profile
        sections: list[tuple[str, list[str]]] = []
        if profile.modality is None:
            sections.append((_("modality"), [_("not given: no profile")]))
        else:
            name = profile.modality.label(lang)
            for key, heading in HEADINGS.items():
                lines = [t() for t in getattr(profile, key)]
                sections.append((f"{heading()} ({name})", lines))
            if profile.note is not None:
                sections.append((_("note"), [profile.note()]))
        for category, heading in CATEGORIES.items():
            lines = [
                _("{label}: {value}").format(label=n.text(), value=", ".join(n.phases))
                + (f" ({readable_duration(n.minutes)})" if n.minutes else "")
                for n in self.needs
                if n.category == category
            ]
            if lines:
                sections.append(
                    (_("{category}, from the phases").format(category=heading()), lines)
                )
        if self.resources:
            sections.append(
                (
                    _("resources listed"),
                    [
                        _("{label}: {value}").format(label=k, value=", ".join(v))
                        for k, v in self.resources.items()
                    ],
                )
            )
        if with_workload:
            sections.append((_("trainer workload"), self.workload.text_lines()))
        return sections

    def text(self, lang: str | None = None) -> str:
        """The requirements as plain text, in ``lang`` (None: the current language)."""
        with use_language(lang):
            out = [_("What the scenario takes: {title}").format(title=self.title)]
            for heading, lines in self._sections(current_language()):
                out += ["", heading] + [f"  - {line}" for line in lines]
            return "\n".join(out)

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        esc = html.escape
        parts = [
            '<div class="scenario-requirements">',
            "<strong>{}</strong>".format(
                _("What the scenario takes: {title}").format(title=esc(self.title))
            ),
        ]
        for heading, lines in self._sections(current_language()):
            parts.append(f"<p><em>{esc(heading)}</em></p><ul>")
            parts += [f"<li>{esc(line)}</li>" for line in lines]
            parts.append("</ul>")
        parts.append("</div>")
        return "\n".join(parts)


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def requirements(scenario: Scenario, *, marking_minutes: int = MARKING_MINUTES) -> Requirements:
    """What ``scenario`` takes (see the module's documentation).

    Args:
        scenario: the course.
        marking_minutes: the minutes of marking per learner of an asynchronous
            phase with the intention évaluer, for the trainer's workload.
    """
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
        workload(scenario, marking_minutes=marking_minutes),
    )
