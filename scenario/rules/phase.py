"""Each phase's tags: rules read on one phase at a time, one finding per phase concerned.

A rule about a tag skips the phases that lack that tag: ``phase.missing-tag``
reports them once.
"""

from __future__ import annotations

from collections.abc import Iterator

from scenario.i18n import N_, _, format_number
from scenario.rules.context import Context
from scenario.rules.registry import Hit, rule
from scenario.vocabulary import Group, Intention, Pedagogy, PhaseKind, Situation

CMVRH = "CMVRH fiche SPOC"
APPVIZER = "article SPOC (Appvizer)"
DOMAIN = "DOMAIN"


@rule(
    "phase.missing-tag",
    severity="warning",
    summary=N_("a phase lacks some tags (group, situation, pedagogy, intention)"),
    source=CMVRH,
)
def missing_tag(ctx: Context) -> Iterator[Hit]:
    """Fires once per phase that lacks group, situation, pedagogy or intention, listing them all.

    The kind (``phase``) is always there: a document without it is refused
    at load time.
    """
    for phase in ctx.phases:
        missing = phase.missing_tags
        if missing:
            keys = ", ".join(missing)
            yield Hit(
                phase.id,
                _(
                    "the phase {phase} lacks {keys}: give these keys values of the CMVRH grid "
                    "so the scenario can be checked"
                ).format(phase=repr(phase.id), keys=keys),
            )


@rule(
    "phase.sharing-alone",
    severity="error",
    summary=N_("intention partager (share) with group seul (alone)"),
    source=CMVRH,
)
def sharing_alone(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase with the intention partager and the group seul: no one to share with."""
    for phase in ctx.phases:
        if phase.group is Group.SEUL and Intention.PARTAGER in phase.intentions:
            yield Hit(
                phase.id,
                _(
                    "the phase {phase} means to share but the learner is seul (alone): make it "
                    "a petit groupe (small group) or moyen groupe (medium group), or choose "
                    "another intention"
                ).format(phase=repr(phase.id)),
            )


@rule(
    "phase.evaluation-without-assess",
    severity="warning",
    summary=N_("an évaluation (assessment) phase without the intention évaluer (assess)"),
    source=CMVRH,
)
def evaluation_without_assess(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase of kind évaluation whose intentions do not include évaluer.

    A phase with no intention at all is skipped (``phase.missing-tag``).
    """
    for phase in ctx.phases:
        if (
            phase.kind is PhaseKind.EVALUATION
            and phase.intentions
            and Intention.EVALUER not in phase.intentions
        ):
            yield Hit(
                phase.id,
                _(
                    "the évaluation (assessment) phase {phase} lacks the intention 'évaluer' "
                    "(assess): add it, or change the phase's kind if it assesses nothing"
                ).format(phase=repr(phase.id)),
            )


@rule(
    "phase.active-large-group",
    severity="warning",
    summary=N_("pedagogy active with group grand groupe (large group)"),
    source=CMVRH,
)
def active_large_group(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase with pedagogy active and group grand groupe."""
    for phase in ctx.phases:
        if phase.pedagogy is Pedagogy.ACTIVE and phase.group is Group.GRAND_GROUPE:
            yield Hit(
                phase.id,
                _(
                    "the phase {phase} is active in a grand groupe (large group): not everyone "
                    "can take part; split the learners into small or medium groups, or choose "
                    "an interrogative pedagogy"
                ).format(phase=repr(phase.id)),
            )


@rule(
    "phase.expositive-practice",
    severity="warning",
    summary=N_("a réalisation (practice) phase with pedagogy expositive (expository)"),
    source=CMVRH,
)
def expositive_practice(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase of kind réalisation with pedagogy expositive."""
    for phase in ctx.phases:
        if phase.kind is PhaseKind.REALISATION and phase.pedagogy is Pedagogy.EXPOSITIVE:
            yield Hit(
                phase.id,
                _(
                    "the réalisation (practice) phase {phase} is expositive (expository): in "
                    "practice the learner does the work; make it active, or make it an "
                    "apprentissage (learning) phase"
                ).format(phase=repr(phase.id)),
            )


@rule(
    "phase.synchronous-alone",
    severity="info",
    summary=N_("seul (alone) in distanciel synchrone: an individual tutoring session"),
    source=CMVRH,
)
def synchronous_alone(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase with group seul in distanciel synchrone (not présentiel).

    An info: a live session for one learner is individual tutoring, which
    costs trainer time for each learner.
    """
    for phase in ctx.phases:
        if phase.group is Group.SEUL and phase.situation is Situation.DISTANCIEL_SYNCHRONE:
            yield Hit(
                phase.id,
                _(
                    "the phase {phase} puts one learner alone with a trainer, live and remote: "
                    "it is individual tutoring, to plan for every learner in the trainer's time"
                ).format(phase=repr(phase.id)),
            )


@rule(
    "phase.long-async",
    severity="warning",
    summary=N_("an asynchronous phase longer than 60 minutes (threshold configurable)"),
    source=APPVIZER,
    threshold=60,
)
def long_async(ctx: Context) -> Iterator[Hit]:
    """Fires for each distanciel asynchrone phase whose duration is strictly above the threshold.

    The threshold is 60 minutes unless ``validate(thresholds={"phase.long-async": n})``
    says otherwise. Phases without a duration are skipped (``phase.no-duration``).
    """
    limit = ctx.threshold("phase.long-async")
    for phase in ctx.phases:
        if (
            phase.situation is Situation.DISTANCIEL_ASYNCHRONE
            and phase.duration is not None
            and phase.duration > limit
        ):
            yield Hit(
                phase.id,
                _(
                    "the asynchronous phase {phase} lasts {minutes} min, more than {limit} min: "
                    "alone at their own pace, learners drop out; cut it into short modules"
                ).format(
                    phase=repr(phase.id),
                    minutes=format_number(phase.duration),
                    limit=format_number(limit),
                ),
            )


@rule(
    "phase.no-duration",
    severity="info",
    summary=N_("a phase without a duration"),
    source=DOMAIN,
)
def no_duration(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase whose duration is not given (a duration of 0 is given)."""
    for phase in ctx.phases:
        if phase.duration is None:
            yield Hit(
                phase.id,
                _(
                    "the phase {phase} has no duration: give one ('20min', '1h30') to balance "
                    "the path"
                ).format(phase=repr(phase.id)),
            )
