"""The synopsis designers sign off: the scenario as a readable document, in path order.

:func:`synopsis` (also :meth:`Scenario.synopsis <scenario.model.Scenario.synopsis>`)
writes Markdown or a self-contained HTML page (no external style or script,
every text of the scenario escaped):

- the **learner view**: the course (modality, audience, duration, objectives)
  and each phase of the main path in the order a learner meets it (see
  :mod:`scenario.learning_path.numbering`), grouped by module, with its
  tags, duration, activities and resources; where the path branches, where
  a remediation loop leads back and where a detour branches off, the phase
  says so. The detour phases (optional, or reached only by remediation)
  come after, out of the main sequence, under their own heading (« Pour les
  apprenants qui en ont besoin »), numbered from the phase they branch off
  (``3a``), each with where it starts from and where it leads back;
- the **trainer view** adds the phase ids, the synchronous and asynchronous
  time of the main path and the detours' time apart, the synchronous
  sessions to run (a detour's marked as such), what the scenario takes
  (:func:`scenario.analysis.requirements.requirements`, the trainer's
  workload included) and the findings of :meth:`Scenario.validate
  <scenario.model.Scenario.validate>`.

>>> from scenario.model import Scenario
>>> s = Scenario("Démo", modality="présentiel", objectives=["animer une réunion"])
>>> _ = s.add_phase("intro", "découverte", "Accueil", situation="présentiel", duration=30)
>>> print(synopsis(s))
# Démo
<BLANKLINE>
*Synopsis apprenant*
<BLANKLINE>
- **Modalité :** présentiel
- **Durée :** 30 min
<BLANKLINE>
## Objectifs
<BLANKLINE>
- animer une réunion
<BLANKLINE>
## Déroulé
<BLANKLINE>
### 1. Accueil
<BLANKLINE>
découverte · présentiel · 30 min
<BLANKLINE>
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from scenario._gc import collector_paused
from scenario._text import quote
from scenario.duration import readable_duration
from scenario.errors import ScenarioError
from scenario.i18n import (
    N_,
    _,
    current_language,
    format_number,
    ngettext,
    pgettext,
    use_language,
)
from scenario.learning_path.detours import OPTIONAL, REMEDIATION, kind_label
from scenario.render._arrows import arrows
from scenario.render._synopsis_write import Block, html_page, markdown

if TYPE_CHECKING:
    from scenario.model import Phase, Scenario

__all__ = ["FORMATS", "VIEWS", "synopsis"]

#: The views a synopsis is written for.
VIEWS = ("learner", "trainer")
#: The formats a synopsis is written in.
FORMATS = ("md", "html")

#: The subtitle of each view.
_VIEW_TITLES = {"learner": N_("Learner synopsis"), "trainer": N_("Trainer synopsis")}


def _tags(phase: Phase, lang: str) -> str:
    parts = [phase.kind.label(lang)]
    for term in (phase.group, phase.situation, phase.pedagogy):
        if term is not None:
            parts.append(term.label(lang))
    parts += [i.label(lang) for i in phase.intentions]
    return " · ".join(parts)


def _blocks(scenario: Scenario, view: str, lang: str) -> list[Block]:
    from scenario.analysis.stats import stats
    from scenario.learning_path import numbering

    trainer = view == "trainer"
    numbers = numbering(scenario)
    found = numbers.found
    by_id = {phase.id: phase for phase in scenario.phases}
    order = [by_id[pid] for pid in numbers.main]
    balance = stats(scenario)
    blocks: list[Block] = [("h1", scenario.title), ("em", _(_VIEW_TITLES[view]))]

    facts: list[tuple[str, str]] = []
    if scenario.modality is not None:
        facts.append((_("Modality"), scenario.modality.label(lang)))
    audience = scenario.audience
    if audience is not None and (audience.size or audience.description):
        text = ""
        if audience.size:
            text = ngettext("{count} person", "{count} people", audience.size).format(
                count=format_number(audience.size, 0)
            )
        if audience.description:
            text = f"{text}, {audience.description}" if text else audience.description
        facts.append((_("Audience"), text))
    routes = balance.routes
    duration = readable_duration(balance.total_minutes)
    if (routes.count > 1 or routes.spread) and routes.shortest and routes.longest:
        duration = _("{low} to {high} depending on the route").format(
            low=readable_duration(routes.shortest.minutes),
            high=readable_duration(routes.longest.minutes),
        )
    elif routes.longest is not None:
        duration = readable_duration(routes.longest.minutes)
    if balance.phases_without_duration:
        duration = _("{duration}, not counting the phases without a duration").format(
            duration=duration
        )
    facts.append((_("Duration"), duration))
    if trainer:
        main = balance.main_path
        facts.append((_("Synchronous time"), readable_duration(main.synchronous_minutes)))
        facts.append((_("Asynchronous time"), readable_duration(main.asynchronous_minutes)))
        if found.phases:
            facts.append(
                (_("Time of the detours, apart"), readable_duration(balance.detours.total_minutes))
            )
    blocks.append(("kv", facts))
    if scenario.objectives:
        blocks += [("h2", _("Objectives")), ("ul", list(scenario.objectives))]

    blocks.append(("h2", _("Course outline")))
    if not order:
        blocks.append(("p", _("no phase")))
    sep = pgettext("between the items of a list", "; ")
    names = {phase.id: phase.title or phase.id for phase in scenario.phases}

    def named(ids: Sequence[str]) -> str:
        return sep.join(f"{numbers.labels.get(i, '?')}. {names.get(i, i)}" for i in ids)

    loops: dict[str, list[str]] = {}  # remediation loops between phases of the main path
    for arrow in arrows(scenario, numbers):
        if arrow.role == "loop" and arrow.source is not None:
            loops.setdefault(arrow.source, []).append(arrow.target)
    off: dict[str, list[str]] = {}  # the detours that branch off each phase
    for pid, parent in numbers.parents.items():
        off.setdefault(parent or "", []).append(pid)
    grouped = any(p.module for p in order)
    module: object = object()
    for phase in order:
        if grouped and phase.module != module:
            module = phase.module
            heading = _("Module: {name}").format(name=module) if module else _("Outside any module")
            blocks.append(("h3", heading))
        blocks += _phase_blocks(
            phase, numbers.labels[phase.id], "h4" if grouped else "h3", trainer, lang
        )
        pairs = _details(phase, sep)
        following = list(found.main.successors(phase.id))
        if len(following) > 1:
            pairs.append((_("Next, by choice or as the case may be"), named(following)))
        if loops.get(phase.id):
            pairs.append((_("If needed, back to"), named(loops[phase.id])))
        for kind, label in ((REMEDIATION, _("Detour if needed")), (OPTIONAL, _("Optional detour"))):
            chosen = [d for d in off.get(phase.id, []) if found.kinds[d] == kind]
            if chosen:
                pairs.append((label, named(chosen)))
        if pairs:
            blocks.append(("kv", pairs))

    if numbers.detours:
        blocks.append(("h2", _("For the learners who need it")))
        for pid in numbers.detours:
            phase = by_id[pid]
            blocks += _phase_blocks(phase, numbers.labels[pid], "h3", trainer, lang)
            parent = numbers.parents[pid]
            kind = kind_label(found.kinds[pid])
            start = (
                _("{kind}, from {phase}").format(kind=kind, phase=named([parent]))
                if parent
                else kind
            )
            pairs = [(_("Detour"), start), *_details(phase, sep)]
            back = found.returns[pid]
            pairs.append(
                (
                    _("Then back to"),
                    named(back) if back else _("nowhere, no transition leads back to the course"),
                )
            )
            blocks.append(("kv", pairs))

    if trainer:
        detoured = [by_id[pid] for pid in numbers.detours]
        blocks += _trainer_blocks(scenario, order, detoured, lang)
    return blocks


def _phase_blocks(phase: Phase, number: str, level: str, trainer: bool, lang: str) -> list[Block]:
    """A phase's heading and its line of tags."""
    line = _tags(phase, lang) + " · "
    line += (
        readable_duration(phase.duration) if phase.duration is not None else _("duration not given")
    )
    if trainer:
        line += " · " + _("id: {id}").format(id=phase.id)
    return [(level, f"{number}. {phase.title or phase.id}"), ("p", line)]


def _details(phase: Phase, sep: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    if phase.activities:
        pairs.append((_("Activities"), sep.join(phase.activities)))
    if phase.resources:
        pairs.append((_("Resources"), sep.join(phase.resources)))
    return pairs


def _trainer_blocks(
    scenario: Scenario, order: Sequence[Phase], detoured: Sequence[Phase], lang: str
) -> list[Block]:
    from scenario.analysis.requirements import requirements

    blocks: list[Block] = [("h2", _("Synchronous sessions to run"))]
    sessions = [p for p in (*order, *detoured) if p.synchronous]
    apart = {p.id for p in detoured}
    if sessions:
        items = []
        for phase in sessions:
            parts = [phase.title or phase.id]
            if phase.id in apart:
                parts.append(_("detour, for the learners who need it"))
            if phase.situation is not None:
                parts.append(phase.situation.label(lang))
            if phase.group is not None:
                parts.append(phase.group.label(lang))
            if phase.duration is not None:
                parts.append(readable_duration(phase.duration))
            if phase.resources:
                parts.append(", ".join(phase.resources))
            items.append(" · ".join(parts))
        blocks.append(("ul", items))
    else:
        blocks.append(("p", _("No synchronous session: the whole path is self-paced.")))
    blocks.append(("h2", _("What the scenario takes")))
    for heading, lines in requirements(scenario).sections():
        blocks += [("h3", heading), ("ul", lines)]
    blocks.append(("h2", _("Validation findings")))
    report = scenario.validate(lang=lang)
    blocks.append(("p", report.summary()))
    if len(report):
        items = []
        for finding in report:
            severity = finding.severity.label(lang)
            if finding.phase:
                text = _("{severity} {rule} — {phase}: {message}").format(
                    severity=severity,
                    rule=finding.rule,
                    phase=finding.phase,
                    message=finding.message,
                )
            else:
                text = _("{severity} {rule} — {message}").format(
                    severity=severity, rule=finding.rule, message=finding.message
                )
            if finding.waived:
                waived = (
                    _("waived: {reason}").format(reason=finding.waiver_reason)
                    if finding.waiver_reason
                    else pgettext("finding", "waived")
                )
                text += f" ({waived})"
            items.append(text)
        blocks.append(("ul", items))
    return blocks


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def synopsis(
    scenario: Scenario, view: str = "learner", format: str = "md", lang: str | None = None
) -> str:
    """The scenario as a readable document.

    Args:
        scenario: the scenario.
        view: ``"learner"`` (the course and its phases) or ``"trainer"``
            (also the synchronous sessions, the requirements and the findings).
        format: ``"md"`` (Markdown) or ``"html"`` (a self-contained page).
        lang: ``"fr"`` or ``"en"``, for the headings and the tags (None: the
            current language, French unless chosen otherwise); the scenario's
            own text is left as written.

    Raises:
        ScenarioError: an unknown view or format.
        LanguageError: an unknown language.
    """
    with use_language(lang):
        for option, value, choices in (("view", view, VIEWS), ("format", format, FORMATS)):
            if value not in choices:
                raise ScenarioError(
                    _("{option} must be one of {choices} (got {value})").format(
                        option=option, choices=", ".join(choices), value=quote(value)
                    )
                )
        spoken = current_language()
        blocks = _blocks(scenario, view, spoken)
        return html_page(blocks, spoken) if format == "html" else markdown(blocks)
