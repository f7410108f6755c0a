"""The scenario as a whole: objectives, variety, audience, and the waivers themselves."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from scenario.rules._text import en
from scenario.rules.context import Context
from scenario.rules.registry import Hit, rule, rules
from scenario.vocabulary import Group

APPVIZER = "article SPOC (Appvizer)"
DOMAIN = "DOMAIN"


@rule(
    "scenario.no-objectives",
    severity="warning",
    summary={"fr": "aucun objectif pédagogique", "en": "no learning objective"},
    source=APPVIZER,
)
def no_objectives(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when ``objectives`` is empty or holds only blank lines."""
    if not any(objective.strip() for objective in ctx.scenario.objectives):
        yield Hit(
            None,
            "le scénario n'a aucun objectif pédagogique : ajoutez sous « objectives » ce que "
            "l'apprenant saura faire à la fin, un verbe d'action par objectif",
            "the scenario has no learning objective: list under 'objectives' what the "
            "learner will be able to do at the end, one action verb each",
        )


@rule(
    "scenario.monotonous",
    severity="warning",
    summary={
        "fr": "trois phases ou plus, toutes de la même pédagogie",
        "en": "three phases or more, all with the same pedagogy",
    },
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
            f"les {len(tagged)} phases sont toutes en pédagogie {pedagogy.value} : variez les "
            "méthodes (expositive, interrogative, active) pour garder l'attention",
            f"all {len(tagged)} phases use the pedagogy {en(pedagogy)}: vary the methods "
            "(expositive, interrogative, active) to keep attention",
        )


_SMALLEST = {Group.PETIT_GROUPE: 2, Group.MOYEN_GROUPE: 4, Group.GRAND_GROUPE: 4}


@rule(
    "audience.group-exceeds-audience",
    severity="error",
    summary={
        "fr": "le groupe d'une phase demande plus de personnes que le public n'en compte",
        "en": "a phase's group needs more people than the audience has",
    },
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
            f"la phase {phase.id!r} est prévue en {group.value} mais le public ne compte que "
            f"{size} personne{'s' if size > 1 else ''} : choisissez un groupe plus petit, ou "
            "corrigez audience.size",
            f"the phase {phase.id!r} is planned as a {en(group)} but the audience has only "
            f"{size} {'people' if size > 1 else 'person'}: choose a smaller group, or correct "
            "audience.size",
        )


@rule(
    "waiver.unused",
    severity="warning",
    summary={"fr": "une dérogation ne lève aucun constat", "en": "a waiver matches no finding"},
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
        on_phase = waiver.phase if waiver.phase in ctx.by_id else None
        target = known.get(waiver.rule)
        where_fr = f" sur la phase {waiver.phase!r}" if waiver.phase else ""
        where_en = f" on the phase {waiver.phase!r}" if waiver.phase else ""
        head_fr = f"la dérogation à {waiver.rule!r}{where_fr}"
        head_en = f"the waiver of {waiver.rule!r}{where_en}"
        if waiver.rule == "waiver.unused":
            why_fr = "ne peut rien lever : supprimez plutôt les dérogations inutiles"
            why_en = "cannot set anything aside: delete the unused waivers instead"
        elif target is None:
            close = difflib.get_close_matches(waiver.rule, list(known), n=2, cutoff=0.75)
            hint = " ou ".join(repr(c) for c in close)
            hint_en = " or ".join(repr(c) for c in close)
            why_fr = "nomme une règle inconnue : " + (
                f"vouliez-vous dire {hint} ?" if close else "voyez « scenario rules »"
            )
            why_en = "names an unknown rule: " + (
                f"did you mean {hint_en}?" if close else "see 'scenario rules'"
            )
        elif waiver.phase is not None and waiver.phase not in ctx.by_id:
            why_fr = "vise une phase qui n'existe pas : corrigez l'id de la phase ou supprimez-la"
            why_en = "names a phase that does not exist: correct the phase id or delete it"
        elif not target.applies_to(ctx.scenario.modality):
            modality = ctx.scenario.modality
            why_fr = (
                f"ne sert à rien : la règle ne s'applique qu'aux modalités "
                f"{target.modality_label('fr')}, pas à "
                f"{modality.value if modality else 'un scénario sans modalité'} ; supprimez-la"
            )
            why_en = (
                f"is of no use: the rule applies only to the modalities "
                f"{target.modality_label('en')}, not to "
                f"{modality.value if modality else 'a scenario without a modality'}; delete it"
            )
        else:
            why_fr = "ne lève rien : la règle ne se déclenche pas ici ; supprimez la dérogation"
            why_en = "sets nothing aside: the rule does not fire here; delete the waiver"
        yield Hit(on_phase, f"{head_fr} {why_fr}", f"{head_en} {why_en}")
