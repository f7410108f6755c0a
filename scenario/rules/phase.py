"""Each phase's tags: rules read on one phase at a time, one finding per phase concerned.

They look at every phase, detour phases included: a phase's tags are judged
whoever takes it. A rule about a tag skips the phases that lack that tag:
``phase.missing-tag`` reports them once.
"""

from __future__ import annotations

from collections.abc import Iterator

from scenario.i18n import N_, _, format_number
from scenario.rules.catalog import SCENARIO_COHERENCE
from scenario.rules.context import Context
from scenario.rules.registry import Hit, rule
from scenario.vocabulary import Group, Intention, Pedagogy, PhaseKind, Situation

CMVRH = "CMVRH fiche SPOC"
APPVIZER = "article SPOC (Appvizer)"


@rule(
    "phase.missing-tag",
    severity="warning",
    summary=N_("a phase lacks some tags (group, situation, pedagogy, intention)"),
    source=CMVRH,
)
def missing_tag(ctx: Context) -> Iterator[Hit]:
    """Fires once per phase that lacks group, situation, pedagogy or intention, listing them all.

    Every phase counts, detour phases included. The kind (``phase``) is
    always there: a document without it is refused at load time.

    Left alone: the duration (``phase.no-duration``), the title, the
    module. Not to be waived: give the values, the other rules need them.
    """
    for phase in ctx.phases:
        missing = phase.missing_tags
        if missing:
            keys = ", ".join(missing)
            yield Hit(
                phase.id,
                _(
                    "phase {phase} lacks {keys}: give these keys values of the CMVRH grid "
                    "so the scenario can be checked"
                ).format(phase=ctx.name(phase.id), keys=keys),
            )


@rule(
    "phase.sharing-alone",
    severity="warning",
    summary=N_("intention partager (share) with group seul (alone), asynchronous"),
    source=CMVRH,
    waivable=True,
)
def sharing_alone(ctx: Context) -> Iterator[Hit]:
    """Fires for each asynchronous phase with the intention partager and the group seul.

    Alone, at one's own pace, a learner has no one to share with.

    Left alone: a seul phase in a synchronous situation (présentiel or
    distanciel synchrone), which is an exchange with the trainer (a
    one-to-one appointment, a tutoring session); a phase without a situation
    (``phase.missing-tag``).
    """
    for phase in ctx.phases:
        if (
            phase.group is Group.SEUL
            and phase.situation is Situation.DISTANCIEL_ASYNCHRONE
            and Intention.PARTAGER in phase.intentions
        ):
            yield Hit(
                phase.id,
                _(
                    "phase {phase} means to share but the learner is seul (alone), at "
                    "their own pace: make it a petit groupe (small group) or moyen groupe "
                    "(medium group) with a forum or a shared document, hold it live with the "
                    "trainer, or choose another intention"
                ).format(phase=ctx.name(phase.id)),
            )


@rule(
    "phase.evaluation-without-assess",
    severity="warning",
    summary=N_("an évaluation (assessment) phase without the intention évaluer (assess)"),
    source=CMVRH,
    waivable=True,
)
def evaluation_without_assess(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase of kind évaluation whose intentions do not include évaluer.

    Left alone: a phase with no intention at all (``phase.missing-tag``); a
    phase of another kind, with or without évaluer.
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
                ).format(phase=ctx.name(phase.id)),
            )


@rule(
    "phase.active-large-group",
    severity="warning",
    summary=N_(
        "pedagogy active with group grand groupe (large group), live, for more than 30 "
        "learners (threshold configurable)"
    ),
    source=CMVRH,
    threshold=30,
    waivable=True,
)
def active_large_group(ctx: Context) -> Iterator[Hit]:
    """Fires for each synchronous phase with pedagogy active and group grand groupe, when
    ``audience.size`` is above the threshold or not given.

    Synchronous is présentiel or distanciel synchrone. The threshold is 30
    learners unless ``validate(thresholds={"phase.active-large-group": n})``
    says otherwise; a size equal to it does not fire.

    Left alone: an asynchronous phase (a forum open to the whole cohort,
    where each takes part in turn); a live activity for a group of the
    threshold or fewer (an ice-breaker with 18 people); a phase without a
    situation (``phase.missing-tag``).
    """
    limit = ctx.threshold("phase.active-large-group")
    audience = ctx.scenario.audience
    size = audience.size if audience is not None else None
    if size is not None and size <= limit:
        return
    for phase in ctx.phases:
        if (
            phase.pedagogy is Pedagogy.ACTIVE
            and phase.group is Group.GRAND_GROUPE
            and phase.situation is not None
            and phase.situation.synchronous
        ):
            if size is None:
                message = _(
                    "phase {phase} is active, live, with the whole group, and the audience "
                    "has no size: above {limit} people not everyone can take part; give "
                    "audience.size, split the learners into small or medium groups, or "
                    "choose an interrogative pedagogy"
                ).format(phase=ctx.name(phase.id), limit=format_number(limit))
            else:
                message = _(
                    "phase {phase} is active, live, with the whole group of {count} "
                    "people: not everyone can take part; split the learners into small or "
                    "medium groups, or choose an interrogative pedagogy"
                ).format(phase=ctx.name(phase.id), count=format_number(size))
            yield Hit(phase.id, message)


@rule(
    "phase.expositive-practice",
    severity="warning",
    summary=N_("a réalisation (practice) phase with pedagogy expositive (expository)"),
    source=CMVRH,
    waivable=True,
)
def expositive_practice(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase of kind réalisation with pedagogy expositive.

    Left alone: a phase of another kind that is expositive (a lecture in
    apprentissage), and a réalisation phase without a pedagogy.
    """
    for phase in ctx.phases:
        if phase.kind is PhaseKind.REALISATION and phase.pedagogy is Pedagogy.EXPOSITIVE:
            yield Hit(
                phase.id,
                _(
                    "the réalisation (practice) phase {phase} is expositive (expository): in "
                    "practice the learner does the work; make it active, or make it an "
                    "apprentissage (learning) phase"
                ).format(phase=ctx.name(phase.id)),
            )


@rule(
    "phase.synchronous-alone",
    severity="info",
    summary=N_("seul (alone) in distanciel synchrone: an individual tutoring session"),
    source=CMVRH,
    waivable=True,
)
def synchronous_alone(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase with group seul in distanciel synchrone (not présentiel).

    An info: a live session for one learner is individual tutoring, which
    costs trainer time for each learner (the requirements report counts it
    once per learner).

    Left alone: a seul phase in présentiel (the trainer is in the room with
    everyone) or in distanciel asynchrone (work at one's own pace).
    """
    for phase in ctx.phases:
        if phase.group is Group.SEUL and phase.situation is Situation.DISTANCIEL_SYNCHRONE:
            yield Hit(
                phase.id,
                _(
                    "phase {phase} puts one learner alone with a trainer, live and remote: "
                    "it is individual tutoring; plan one session per learner in the trainer's "
                    "time, or hold it in petit groupe (small group)"
                ).format(phase=ctx.name(phase.id)),
            )


@rule(
    "phase.long-async",
    severity="warning",
    summary=N_("an asynchronous phase longer than 60 minutes (threshold configurable)"),
    source=APPVIZER,
    threshold=60,
    waivable=True,
)
def long_async(ctx: Context) -> Iterator[Hit]:
    """Fires for each distanciel asynchrone phase whose duration is strictly above the threshold.

    The threshold is 60 minutes unless ``validate(thresholds={"phase.long-async": n})``
    says otherwise; a duration equal to it does not fire.

    Left alone: synchronous phases of any length, and phases without a
    duration (``phase.no-duration``).
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
                    phase=ctx.name(phase.id),
                    minutes=format_number(phase.duration),
                    limit=format_number(limit),
                ),
            )


@rule(
    "phase.no-duration",
    severity="info",
    summary=N_("a phase without a duration"),
    source=SCENARIO_COHERENCE,
)
def no_duration(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase whose duration is not given (a duration of 0 is given).

    Every phase counts, detour phases included. Left alone: a phase of 0
    minutes (a milestone). Not to be waived: give a duration, the balance of
    the course and the trainer's workload need it.
    """
    for phase in ctx.phases:
        if phase.duration is None:
            yield Hit(
                phase.id,
                _(
                    "phase {phase} has no duration: give one ('20min', '1h30') to balance the path"
                ).format(phase=ctx.name(phase.id)),
            )
