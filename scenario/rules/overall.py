"""The scenario as a whole: objectives, variety, audience, and the waivers themselves."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from scenario._text import closest, did_you_mean
from scenario.i18n import N_, _, ngettext
from scenario.rules.context import Context
from scenario.rules.registry import Hit, Rule, rule, rules
from scenario.vocabulary import Group

if TYPE_CHECKING:
    from scenario.model import Waiver

APPVIZER = "article SPOC (Appvizer)"
DOMAIN = "DOMAIN"


@rule(
    "scenario.no-objectives",
    severity="warning",
    summary=N_("no learning objective"),
    source=APPVIZER,
)
def no_objectives(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when ``objectives`` is empty or holds only blank lines."""
    if not any(objective.strip() for objective in ctx.scenario.objectives):
        yield Hit(
            None,
            _(
                "the scenario has no learning objective: list under 'objectives' what the "
                "learner will be able to do at the end, one action verb each"
            ),
        )


@rule(
    "scenario.monotonous",
    severity="warning",
    summary=N_("three phases or more, all with the same pedagogy"),
    source=APPVIZER,
)
def monotonous(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when at least three phases have a pedagogy and all share it.

    Phases without a pedagogy are left out of the count (``phase.missing-tag``
    reports them), so a draft with three expositive phases and two untagged
    ones fires.
    """
    tagged = [phase.pedagogy for phase in ctx.phases if phase.pedagogy is not None]
    if len(tagged) >= 3 and all(p is tagged[0] for p in tagged):
        pedagogy = tagged[0]
        yield Hit(
            None,
            _(
                "all {count} phases use the pedagogy {pedagogy}: vary the methods "
                "(expositive, interrogative, active) to keep attention"
            ).format(count=len(tagged), pedagogy=pedagogy.mention()),
        )


_SMALLEST = {Group.PETIT_GROUPE: 2, Group.MOYEN_GROUPE: 4, Group.GRAND_GROUPE: 4}


@rule(
    "audience.group-exceeds-audience",
    severity="error",
    summary=N_("a phase's group needs more people than the audience has"),
    source=DOMAIN,
)
def group_exceeds_audience(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase whose group cannot be formed with ``audience.size`` learners.

    With a size of 1 every group but seul fires; with 2 or 3, moyen groupe
    and grand groupe fire (petit groupe does not). Skipped when the audience
    has no size, and for phases without a group.
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
                "the phase {phase} is planned as a {group} but the audience has only {count} "
                "person: choose a smaller group, or correct audience.size",
                "the phase {phase} is planned as a {group} but the audience has only {count} "
                "people: choose a smaller group, or correct audience.size",
                size,
            ).format(phase=repr(phase.id), group=group.mention(), count=size),
        )


@rule(
    "waiver.unused",
    severity="warning",
    summary=N_("a waiver matches no finding"),
    source=DOMAIN,
    late=True,
)
def unused_waiver(ctx: Context) -> Iterator[Hit]:
    """Fires for each waiver of the document that matched no finding.

    Its rule id may be unknown (the message suggests the closest ids), name
    a phase that does not exist, name a rule that does not apply to the
    scenario's modality, or simply have nothing to waive. A waiver of
    ``waiver.unused`` itself is always unused: delete the unused waiver
    instead. The finding is on the waiver's phase when that phase exists,
    else on no phase. Waivers of a rule left out with ``ignore`` are not
    reported, and ``waiver.unused`` findings cannot be waived.
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
        name = _("the waiver of {rule} on the phase {phase}").format(
            rule=repr(waiver.rule), phase=repr(waiver.phase)
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
            modality=modality.value if modality else _("a scenario without a modality"),
        )
    return _("{waiver} sets nothing aside: the rule does not fire here; delete the waiver").format(
        waiver=name
    )
