"""Each phase's tags: rules read on one phase at a time, one finding per phase concerned.

A rule about a tag skips the phases that lack that tag: ``phase.missing-tag``
reports them once.
"""

from __future__ import annotations

from collections.abc import Iterator

from scenario.rules._text import minutes
from scenario.rules.context import Context
from scenario.rules.registry import Hit, rule
from scenario.vocabulary import Group, Intention, Pedagogy, PhaseKind, Situation

CMVRH = "CMVRH fiche SPOC"
APPVIZER = "article SPOC (Appvizer)"
DOMAIN = "DOMAIN"


@rule(
    "phase.missing-tag",
    severity="warning",
    summary={
        "fr": "une phase n'a pas tous ses tags (groupe, situation, pédagogie, intention)",
        "en": "a phase lacks some tags (group, situation, pedagogy, intention)",
    },
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
                f"il manque à la phase {phase.id!r} : {keys} ; complétez ces clés avec les "
                "valeurs de la grille CMVRH pour que le scénario puisse être vérifié",
                f"the phase {phase.id!r} lacks {keys}: give these keys values of the CMVRH "
                "grid so the scenario can be checked",
            )


@rule(
    "phase.sharing-alone",
    severity="error",
    summary={
        "fr": "intention partager avec le groupe seul",
        "en": "intention partager (share) with group seul (alone)",
    },
    source=CMVRH,
)
def sharing_alone(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase with the intention partager and the group seul: no one to share with."""
    for phase in ctx.phases:
        if phase.group is Group.SEUL and Intention.PARTAGER in phase.intentions:
            yield Hit(
                phase.id,
                f"la phase {phase.id!r} veut faire partager mais l'apprenant y est seul : "
                "passez-la en petit ou moyen groupe, ou choisissez une autre intention",
                f"the phase {phase.id!r} means to share but the learner is seul (alone): make "
                "it a petit groupe (small group) or moyen groupe (medium group), or choose "
                "another intention",
            )


@rule(
    "phase.evaluation-without-assess",
    severity="warning",
    summary={
        "fr": "une phase d'évaluation sans l'intention évaluer",
        "en": "an évaluation (assessment) phase without the intention évaluer (assess)",
    },
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
                f"la phase d'évaluation {phase.id!r} n'a pas l'intention « évaluer » : "
                "ajoutez-la, ou changez le type de la phase si elle n'évalue rien",
                f"the évaluation (assessment) phase {phase.id!r} lacks the intention 'évaluer' "
                "(assess): add it, or change the phase's kind if it assesses nothing",
            )


@rule(
    "phase.active-large-group",
    severity="warning",
    summary={
        "fr": "pédagogie active en grand groupe",
        "en": "pedagogy active with group grand groupe (large group)",
    },
    source=CMVRH,
)
def active_large_group(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase with pedagogy active and group grand groupe."""
    for phase in ctx.phases:
        if phase.pedagogy is Pedagogy.ACTIVE and phase.group is Group.GRAND_GROUPE:
            yield Hit(
                phase.id,
                f"la phase {phase.id!r} est active en grand groupe : chacun ne peut pas y "
                "agir ; répartissez les apprenants en petits ou moyens groupes, ou choisissez "
                "une pédagogie interrogative",
                f"the phase {phase.id!r} is active in a grand groupe (large group): not "
                "everyone can take part; split the learners into small or medium groups, "
                "or choose an interrogative pedagogy",
            )


@rule(
    "phase.expositive-practice",
    severity="warning",
    summary={
        "fr": "une phase de réalisation en pédagogie expositive",
        "en": "a réalisation (practice) phase with pedagogy expositive (expository)",
    },
    source=CMVRH,
)
def expositive_practice(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase of kind réalisation with pedagogy expositive."""
    for phase in ctx.phases:
        if phase.kind is PhaseKind.REALISATION and phase.pedagogy is Pedagogy.EXPOSITIVE:
            yield Hit(
                phase.id,
                f"la phase de réalisation {phase.id!r} est expositive : en réalisation "
                "l'apprenant pratique ; rendez-la active, ou faites-en une phase "
                "d'apprentissage",
                f"the réalisation (practice) phase {phase.id!r} is expositive (expository): in "
                "practice the learner does the work; make it active, or make it an "
                "apprentissage (learning) phase",
            )


@rule(
    "phase.synchronous-alone",
    severity="info",
    summary={
        "fr": "seul en distanciel synchrone : une séance de tutorat individuel",
        "en": "seul (alone) in distanciel synchrone: an individual tutoring session",
    },
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
                f"la phase {phase.id!r} réunit un apprenant seul et un formateur à distance : "
                "c'est un tutorat individuel, à prévoir pour chaque apprenant dans le temps "
                "du formateur",
                f"the phase {phase.id!r} puts one learner alone with a trainer, live and "
                "remote: it is individual tutoring, to plan for every learner in the "
                "trainer's time",
            )


@rule(
    "phase.long-async",
    severity="warning",
    summary={
        "fr": "une phase asynchrone de plus de 60 minutes (seuil réglable)",
        "en": "an asynchronous phase longer than 60 minutes (threshold configurable)",
    },
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
                f"la phase asynchrone {phase.id!r} dure {phase.duration} min, plus que "
                f"{minutes(limit)} min : seul à son rythme, l'apprenant décroche ; découpez-la "
                "en modules courts",
                f"the asynchronous phase {phase.id!r} lasts {phase.duration} min, more than "
                f"{minutes(limit)} min: alone at their own pace, learners drop out; cut it "
                "into short modules",
            )


@rule(
    "phase.no-duration",
    severity="info",
    summary={"fr": "une phase sans durée", "en": "a phase without a duration"},
    source=DOMAIN,
)
def no_duration(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase whose duration is not given (a duration of 0 is given)."""
    for phase in ctx.phases:
        if phase.duration is None:
            yield Hit(
                phase.id,
                f"la phase {phase.id!r} n'a pas de durée : indiquez-la (« 20min », « 1h30 ») "
                "pour équilibrer le parcours",
                f"the phase {phase.id!r} has no duration: give one ('20min', '1h30') to "
                "balance the path",
            )
