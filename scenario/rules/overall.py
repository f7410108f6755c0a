"""The scenario as a whole: objectives, a draft's placeholders, variety, audience, and the
waivers themselves."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from scenario._text import closest, did_you_mean
from scenario.i18n import N_, _, format_percent, ngettext
from scenario.rules.catalog import SCENARIO_COHERENCE
from scenario.rules.context import Context
from scenario.rules.registry import Hit, Rule, rule, rules
from scenario.vocabulary import Group, Pedagogy

if TYPE_CHECKING:
    from scenario.model import Waiver

APPVIZER = "article SPOC (Appvizer)"


@rule(
    "scenario.no-objectives",
    severity="warning",
    summary=N_("no learning objective"),
    source=APPVIZER,
)
def no_objectives(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when ``objectives`` is empty or holds only blank lines.

    Left alone: how the objectives are worded. Not to be waived: a course
    without objectives cannot be judged against them.
    """
    if not any(objective.strip() for objective in ctx.scenario.objectives):
        yield Hit(
            None,
            _(
                "the scenario has no learning objective: list under 'objectives' what the "
                "learner will be able to do at the end, one action verb each"
            ),
        )


#: The texts a template leaves for the designer to replace (``scenario new``), and the
#: usual ones, in any case, with or without accents: a value that starts with one or ends
#: with one in brackets ("Mon SPOC (à compléter)") is a draft; "grille à compléter" is an
#: activity.
_MARKERS = (
    r"(?:[aà]\s+compl[eé]ter|to\s+be\s+completed|[aà]\s+d[eé]finir|[aà]\s+pr[eé]ciser"
    r"|todo|tbd)"
)
PLACEHOLDERS = re.compile(
    rf"^\s*{_MARKERS}\b|\(\s*{_MARKERS}\s*\)\s*$", re.IGNORECASE | re.MULTILINE
)


def _placeholder(value: str | None) -> bool:
    return value is not None and PLACEHOLDERS.search(value) is not None


@rule(
    "scenario.placeholder",
    severity="warning",
    summary=N_("a value still holds the template's text to fill in"),
    source=SCENARIO_COHERENCE,
)
def placeholder(ctx: Context) -> Iterator[Hit]:
    """Fires once for the scenario, and once per phase, whose values still hold the text a
    template leaves to fill in, listing those values.

    The texts are those of the templates of ``scenario new`` ("à compléter",
    "to be completed") and the usual ones ("à définir", "à préciser", "TODO",
    "TBD"), in any case, with or without accents, when a value starts with
    one or ends with one in brackets ("Mon SPOC (à compléter)"). The
    scenario's values are its title, its audience's description and its
    objectives; a phase's are its title, activities and resources. A fresh
    template is a draft: these findings say what is left to write.

    Left alone: a value that only mentions such a text (an activity "grille
    à compléter"); the tags of the grid and the durations (the templates
    give real ones). Not to be waived: replace the text.
    """
    scenario = ctx.scenario
    fields = []
    if _placeholder(scenario.title):
        fields.append("title")
    if scenario.audience is not None and _placeholder(scenario.audience.description):
        fields.append("audience.description")
    if any(_placeholder(objective) for objective in scenario.objectives):
        fields.append("objectives")
    if fields:
        yield Hit(
            None,
            _(
                "the scenario is still a draft: fill in {fields}, which still hold the "
                "template's text to replace"
            ).format(fields=", ".join(repr(f) for f in fields)),
        )
    for phase in ctx.phases:
        texts = [phase.title or "", *phase.activities, *phase.resources]
        if not PLACEHOLDERS.search("\n".join(texts)):
            continue  # one search per phase: most have none
        found = [
            key
            for key, values in (
                ("title", (phase.title,)),
                ("activities", phase.activities),
                ("resources", phase.resources),
            )
            if any(_placeholder(v) for v in values)
        ]
        if found:
            yield Hit(
                phase.id,
                _(
                    "phase {phase} is still a draft: fill in {fields}, which still hold the "
                    "template's text to replace"
                ).format(phase=ctx.name(phase.id), fields=", ".join(repr(f) for f in found)),
            )


@rule(
    "scenario.monotonous",
    severity="warning",
    summary=N_(
        "one pedagogy takes more than 75% of the time on the main path (threshold configurable)"
    ),
    source=APPVIZER,
    threshold=75,
    waivable=True,
)
def monotonous(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when, with three phases or more on the main path, one pedagogy
    takes more than the threshold (75%) of their duration.

    The share is of the duration of the main path's phases that have a
    pedagogy; it is of their count as soon as one of them lacks a duration
    (or when they all last 0). The threshold is a percentage, 75 unless
    ``validate(thresholds={"scenario.monotonous": n})`` says otherwise; a
    share equal to it does not fire. The message names the pedagogy and its
    share. A course that is 87% expository by time fires, whatever other
    pedagogies appear in a few short phases.

    Left alone: detour phases (a detour does not change what every learner
    lives through); phases without a pedagogy (``phase.missing-tag``), which
    are left out of the count, so a draft with three expositive phases and
    two untagged ones fires; a main path of fewer than three such phases.
    """
    tagged = [(p.pedagogy, p.duration) for p in ctx.main_phases if p.pedagogy is not None]
    if len(tagged) < 3:
        return
    timed = all(minutes is not None for _, minutes in tagged) and any(m for _, m in tagged)
    shares: dict[Pedagogy, int] = {}
    for pedagogy, minutes in tagged:
        shares[pedagogy] = shares.get(pedagogy, 0) + ((minutes or 0) if timed else 1)
    pedagogy, weight = max(shares.items(), key=lambda item: item[1])
    share = 100 * weight / sum(shares.values())
    if share <= ctx.threshold("scenario.monotonous"):
        return
    if timed:
        message = _(
            "the pedagogy {pedagogy} takes {share} of the time on the main path: vary the "
            "methods (expositive, interrogative, active) to keep attention, for example a "
            "quiz or an exercise between two presentations"
        )
    else:
        message = _(
            "the pedagogy {pedagogy} takes {share} of the phases on the main path: vary the "
            "methods (expositive, interrogative, active) to keep attention, for example a "
            "quiz or an exercise between two presentations"
        )
    yield Hit(None, message.format(pedagogy=pedagogy.mention(), share=format_percent(share, 0)))


_SMALLEST = {Group.PETIT_GROUPE: 2, Group.MOYEN_GROUPE: 4, Group.GRAND_GROUPE: 4}


@rule(
    "audience.group-exceeds-audience",
    severity="error",
    summary=N_("a phase's group needs more people than the audience has"),
    source=SCENARIO_COHERENCE,
)
def group_exceeds_audience(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase whose group cannot be formed with ``audience.size`` learners.

    With a size of 1 every group but seul fires; with 2 or 3, moyen groupe
    and grand groupe fire (petit groupe does not). Every phase counts,
    detour phases included.

    Left alone: a scenario whose audience has no size, and phases without a
    group. Not to be waived: correct the group or the size.
    """
    audience = ctx.scenario.audience
    size = audience.size if audience is not None else None
    if size is None:
        return
    for phase in ctx.phases:
        group = phase.group
        if group is None or group is Group.SEUL or size >= _SMALLEST[group]:
            continue
        yield Hit(
            phase.id,
            ngettext(
                "phase {phase} is planned as a {group} but the audience has only {count} "
                "person: choose a smaller group, or correct audience.size",
                "phase {phase} is planned as a {group} but the audience has only {count} "
                "people: choose a smaller group, or correct audience.size",
                size,
            ).format(phase=ctx.name(phase.id), group=group.mention(), count=size),
        )


@rule(
    "waiver.unused",
    severity="warning",
    summary=N_("a waiver matches no finding"),
    source=SCENARIO_COHERENCE,
    late=True,
)
def unused_waiver(ctx: Context) -> Iterator[Hit]:
    """Fires for each waiver of the document that matched no finding.

    Its rule id may be unknown (the message suggests the closest ids), name
    a phase that does not exist, name a rule that does not apply to the
    scenario's modality, or simply have nothing to waive. A waiver of
    ``waiver.unused`` itself is always unused: delete the unused waiver
    instead. The finding is on the waiver's phase when that phase exists,
    else on no phase. ``waiver.unused`` findings cannot be waived.

    Left alone: the waivers of a rule left out with ``ignore`` (the rule did
    not run, so nothing can be said of them).
    """
    known = {r.id: r for r in rules()}
    for waiver in ctx.unused_waivers:
        yield Hit(
            waiver.phase if waiver.phase in ctx.by_id else None,
            _why_unused(ctx, waiver, known.get(waiver.rule), known),
        )


def _why_unused(ctx: Context, waiver: Waiver, target: Rule | None, known: Iterable[str]) -> str:
    """The message of ``waiver.unused`` for one waiver: which waiver, and why it is of no use."""
    if waiver.phase:
        name = _("the waiver of {rule} on phase {phase}").format(
            rule=repr(waiver.rule), phase=ctx.name(waiver.phase)
        )
    else:
        name = _("the waiver of {rule}").format(rule=repr(waiver.rule))
    if waiver.rule == "waiver.unused":
        return _("{waiver} cannot set anything aside: delete the unused waivers instead").format(
            waiver=name
        )
    if target is None:
        hint = did_you_mean(closest(waiver.rule, known, cutoff=0.75)) or _("see 'scenario rules'")
        return _("{waiver} names an unknown rule: {hint}").format(waiver=name, hint=hint)
    if waiver.phase is not None and waiver.phase not in ctx.by_id:
        return _(
            "{waiver} names a phase that does not exist: correct the phase id or delete it"
        ).format(waiver=name)
    modality = ctx.scenario.modality
    if not target.applies_to(modality):
        return _(
            "{waiver} is of no use: the rule applies only to the modalities {modalities}, "
            "not to {modality}; delete it"
        ).format(
            waiver=name,
            modalities=target.modality_label(),
            modality=modality.mention() if modality else _("a scenario without a modality"),
        )
    return _("{waiver} sets nothing aside: the rule does not fire here; delete the waiver").format(
        waiver=name
    )
