"""Rules of one modality: each runs only on scenarios of the modalities it names.

``online.`` rules apply to spoc, mooc, cooc and sooc; ``spoc.``, ``mooc.``,
``flipped.`` (pédagogie inversée), ``onsite.`` (présentiel) and ``blended.``
rules to that modality alone. A scenario without a modality gets none of them.
The rules that look at all the phases together say nothing about an empty
scenario: ``structure.empty`` already says what to do.
"""

from __future__ import annotations

from collections.abc import Iterator

from scenario.model import Phase
from scenario.rules.context import Context
from scenario.rules.registry import Hit, rule
from scenario.vocabulary import Group, Intention, Modality, Pedagogy, PhaseKind, Situation

CMVRH = "CMVRH fiche SPOC"
APPVIZER = "article SPOC (Appvizer)"
SPOC_ARTICLE = "article SPOC, MOOC et COOC"
MODALITIES = "fiche comparative des modalités"
FLIPPED = "pédagogie inversée en entreprise"

ONLINE = (Modality.SPOC, Modality.MOOC, Modality.COOC, Modality.SOOC)


def _synchronous(phase: Phase) -> bool:
    return phase.situation is not None and phase.situation.synchronous


def _asynchronous(phase: Phase) -> bool:
    return phase.situation is Situation.DISTANCIEL_ASYNCHRONE


# -- online courses and on-site courses ------------------------------------------------


@rule(
    "online.presentiel-phase",
    severity="warning",
    summary={
        "fr": "une phase en présentiel dans un cours en ligne (spoc, mooc, cooc, sooc)",
        "en": "a présentiel (onsite) phase in an online course (spoc, mooc, cooc, sooc)",
    },
    source=CMVRH,
    modalities=ONLINE,
)
def presentiel_phase(ctx: Context) -> Iterator[Hit]:
    """Fires for each présentiel phase of a spoc, mooc, cooc or sooc."""
    modality = ctx.scenario.modality
    name = modality.value if modality else ""
    for phase in ctx.phases:
        if phase.situation is Situation.PRESENTIEL:
            yield Hit(
                phase.id,
                f"la phase {phase.id!r} est en présentiel dans un {name}, un cours entièrement "
                "en ligne : passez-la en distanciel synchrone (classe virtuelle), ou déclarez "
                "le cours « modality: blended »",
                f"the phase {phase.id!r} is présentiel (onsite) in a {name}, a course taken "
                "wholly online: make it distanciel synchrone (a virtual class), or declare the "
                "course 'modality: blended'",
            )


@rule(
    "onsite.remote-phase",
    severity="warning",
    summary={
        "fr": "une phase à distance dans un cours en présentiel",
        "en": "a remote (distanciel) phase in a présentiel (onsite) course",
    },
    source=MODALITIES,
    modalities=Modality.PRESENTIEL,
)
def remote_phase(ctx: Context) -> Iterator[Hit]:
    """Fires for each distanciel phase (synchrone or asynchrone) of a présentiel course."""
    for phase in ctx.phases:
        if phase.situation is not None and phase.situation is not Situation.PRESENTIEL:
            yield Hit(
                phase.id,
                f"la phase {phase.id!r} est en {phase.situation.value} dans un cours en "
                "présentiel, où formateur et apprenants sont dans la même salle : passez-la "
                "en présentiel, ou déclarez le cours « modality: blended »",
                f"the phase {phase.id!r} is {phase.situation.value} ({phase.situation.english}) "
                "in a présentiel (onsite) course, where trainer and learners share one room: "
                "make it présentiel, or declare the course 'modality: blended'",
            )


@rule(
    "blended.single-situation",
    severity="warning",
    summary={
        "fr": "un cours blended sans phases à la fois en présentiel et à distance",
        "en": "a blended course without both présentiel and distanciel phases",
    },
    source=SPOC_ARTICLE,
    modalities=Modality.BLENDED,
)
def single_situation(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when a blended course lacks présentiel or distanciel phases.

    Distanciel is synchrone or asynchrone. Only phases with a situation count;
    when none has one, the rule stays silent (``phase.missing-tag``).
    """
    situations = {phase.situation for phase in ctx.phases if phase.situation is not None}
    if not situations:
        return
    onsite = Situation.PRESENTIEL in situations
    if onsite and len(situations) > 1:
        return
    if onsite:
        fr, en = "toutes les phases sont en présentiel", "every phase is présentiel (onsite)"
        fix_fr, fix_en = "mettez une partie du parcours à distance", "move part of it online"
    else:
        fr, en = "aucune phase n'est en présentiel", "no phase is présentiel (onsite)"
        fix_fr, fix_en = "ajoutez un temps en présentiel", "add an on-site session"
    yield Hit(
        None,
        f"le cours est blended mais {fr} : {fix_fr}, ou changez sa modalité",
        f"the course is blended but {en}: {fix_en}, or change its modality",
    )


# -- spoc ----------------------------------------------------------------------------


@rule(
    "spoc.audience-size",
    severity="warning",
    summary={
        "fr": "un spoc dont le public n'est pas de 15 à 50 personnes",
        "en": "a spoc whose audience is not 15 to 50 people",
    },
    source=APPVIZER,
    modalities=Modality.SPOC,
)
def spoc_audience_size(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when ``audience.size`` is below 15 or above 50 (both allowed).

    Skipped when the audience has no size.
    """
    audience = ctx.scenario.audience
    size = audience.size if audience is not None else None
    if size is None or 15 <= size <= 50:
        return
    if size < 15:
        fix_fr = "en dessous, un accompagnement présentiel ou un tutorat conviendrait mieux"
        fix_en = "below that, on-site training or tutoring may fit better"
    else:
        fix_fr = "au-delà, le suivi personnalisé n'est plus tenable : scindez en plusieurs sessions"
        fix_en = "above that, personal follow-up cannot be kept up: split it into several sessions"
    yield Hit(
        None,
        f"le public du spoc compte {size} personnes, hors de la fourchette de 15 à 50 ; {fix_fr}",
        f"the spoc's audience is {size} people, outside the range of 15 to 50; {fix_en}",
    )


@rule(
    "spoc.large-group",
    severity="warning",
    summary={
        "fr": "une phase en grand groupe dans un spoc",
        "en": "a grand groupe phase in a spoc",
    },
    source=CMVRH,
    modalities=Modality.SPOC,
)
def spoc_large_group(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase with group grand groupe in a spoc."""
    for phase in ctx.phases:
        if phase.group is Group.GRAND_GROUPE:
            yield Hit(
                phase.id,
                f"la phase {phase.id!r} est en grand groupe dans un spoc, un cours en petit "
                "groupe qui mise sur l'interaction : passez-la en moyen ou petit groupe",
                f"the phase {phase.id!r} is a grand groupe (large group) in a spoc, a small "
                "group course built on interaction: make it a moyen groupe or petit groupe",
            )


@rule(
    "spoc.no-collaboration",
    severity="warning",
    summary={
        "fr": "un spoc sans travail collaboratif en petit ou moyen groupe",
        "en": "a spoc without collaborative work in small or medium groups",
    },
    source=SPOC_ARTICLE,
    modalities=Modality.SPOC,
)
def no_collaboration(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when no phase is collaborative.

    A collaborative phase has the group petit groupe or moyen groupe, and the
    intention partager or the pedagogy active.
    """
    if not ctx.phases:
        return
    for phase in ctx.phases:
        if phase.group in (Group.PETIT_GROUPE, Group.MOYEN_GROUPE) and (
            Intention.PARTAGER in phase.intentions or phase.pedagogy is Pedagogy.ACTIVE
        ):
            return
    yield Hit(
        None,
        "aucune phase du spoc ne fait travailler ensemble : ajoutez une phase en petit ou "
        "moyen groupe, active ou qui vise à partager (étude de cas en équipe, forum animé)",
        "no phase of the spoc has learners work together: add a petit groupe or moyen groupe "
        "phase, active or meant to share (a team case study, a moderated forum)",
    )


@rule(
    "spoc.final-evaluation-only",
    severity="warning",
    summary={
        "fr": "un spoc qui n'évalue qu'à la fin",
        "en": "a spoc that assesses only at the end",
    },
    source=SPOC_ARTICLE,
    modalities=Modality.SPOC,
)
def final_evaluation_only(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when no phase other than the exit phases assesses.

    A phase assesses when its kind is évaluation or it has the intention
    évaluer; exit phases have no outgoing sequence transition. A spoc with no
    assessment at all fires too.
    """
    if not ctx.phases:
        return
    exits = set(ctx.exits)
    if any(phase.assesses for phase in ctx.phases if phase.id not in exits):
        return
    yield Hit(
        None,
        "le spoc n'évalue qu'en fin de parcours : ajoutez l'intention « évaluer » à des "
        "phases en cours de route (quiz, exercice corrigé) pour suivre la progression",
        "the spoc assesses only at the end of the path: add the intention 'évaluer' "
        "(assess) to phases along the way (a quiz, a marked exercise) to follow progress",
    )


@rule(
    "spoc.no-synchronous",
    severity="info",
    summary={
        "fr": "un spoc sans phase en distanciel synchrone",
        "en": "a spoc without a distanciel synchrone phase",
    },
    source=SPOC_ARTICLE,
    modalities=Modality.SPOC,
)
def no_synchronous(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when no phase is in distanciel synchrone (présentiel does not count)."""
    if not ctx.phases:
        return
    if any(phase.situation is Situation.DISTANCIEL_SYNCHRONE for phase in ctx.phases):
        return
    yield Hit(
        None,
        "le spoc n'a aucun rendez-vous en direct : une classe virtuelle en distanciel "
        "synchrone fait vivre le groupe et permet de répondre aux questions",
        "the spoc has no live meeting: a virtual class in distanciel synchrone keeps the "
        "group alive and answers questions",
    )


# -- mooc ----------------------------------------------------------------------------


@rule(
    "mooc.individual-follow-up",
    severity="warning",
    summary={
        "fr": "un mooc avec un suivi individuel en synchrone",
        "en": "a mooc with live individual follow-up",
    },
    source=SPOC_ARTICLE,
    modalities=Modality.MOOC,
)
def individual_follow_up(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase with group seul in présentiel or distanciel synchrone in a mooc."""
    for phase in ctx.phases:
        if phase.group is Group.SEUL and _synchronous(phase):
            yield Hit(
                phase.id,
                f"la phase {phase.id!r} suit chaque apprenant seul en synchrone, ce qu'un mooc "
                "et ses milliers d'inscrits ne permettent pas : faites-en une activité "
                "asynchrone, ou une séance collective",
                f"the phase {phase.id!r} follows each learner alone and live, which a mooc and "
                "its thousands of learners cannot afford: make it an asynchronous activity, "
                "or a session for the group",
            )


@rule(
    "mooc.audience-size",
    severity="info",
    summary={
        "fr": "un mooc de moins de 1000 personnes : un spoc conviendrait peut-être mieux",
        "en": "a mooc of fewer than 1000 people: a spoc may fit better",
    },
    source=SPOC_ARTICLE,
    modalities=Modality.MOOC,
    threshold=1000,
)
def mooc_audience_size(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when ``audience.size`` is below the threshold (1000 by default).

    Skipped when the audience has no size.
    """
    audience = ctx.scenario.audience
    size = audience.size if audience is not None else None
    limit = ctx.threshold("mooc.audience-size")
    if size is not None and size < limit:
        yield Hit(
            None,
            f"le mooc vise {size} personnes, loin d'un public massif : un spoc, avec un "
            "suivi et des échanges en petit groupe, conviendrait peut-être mieux",
            f"the mooc is for {size} people, far from a massive audience: a spoc, with "
            "follow-up and small group exchanges, may fit better",
        )


# -- pédagogie inversée (flipped) --------------------------------------------------------


@rule(
    "flipped.no-preparation",
    severity="error",
    summary={
        "fr": "une séance synchrone sans phase asynchrone avant elle",
        "en": "a synchronous session with no asynchronous phase before it",
    },
    source=FLIPPED,
    modalities=Modality.PEDAGOGIE_INVERSEE,
)
def no_preparation(ctx: Context) -> Iterator[Hit]:
    """Fires for each synchronous phase with no asynchronous phase before it on the path.

    Synchronous: présentiel or distanciel synchrone; asynchronous: distanciel
    asynchrone. *Before* is an ancestor on the main path (remediation left
    out). On a path with a loop, the other phases of a phase's loop count as
    before it (the answer stays linear: loops are taken as one node).
    """
    prepared = ctx.any_before(_asynchronous)
    for phase in ctx.phases:
        if _synchronous(phase) and not prepared[phase.id]:
            yield Hit(
                phase.id,
                f"la séance {phase.id!r} n'est précédée d'aucune phase asynchrone : en "
                "pédagogie inversée, l'apprenant découvre seul la théorie avant la séance ; "
                "placez avant elle une phase seul en distanciel asynchrone",
                f"the session {phase.id!r} has no asynchronous phase before it: in flipped "
                "learning, learners study the theory alone before the session; put a seul "
                "(alone), distanciel asynchrone phase before it",
            )


@rule(
    "flipped.preparation-not-alone",
    severity="warning",
    summary={
        "fr": "une phase de préparation qui n'est pas seul en distanciel asynchrone",
        "en": "a preparation phase that is not seul in distanciel asynchrone",
    },
    source=FLIPPED,
    modalities=Modality.PEDAGOGIE_INVERSEE,
)
def preparation_not_alone(ctx: Context) -> Iterator[Hit]:
    """Fires for each preparation phase that is not seul + distanciel asynchrone.

    A preparation phase is a découverte or apprentissage phase that comes
    before some synchronous phase on the path and after none. Phases without
    a group or a situation are skipped (``phase.missing-tag``); phases
    without a situation count as neither synchronous nor asynchronous.
    """
    before = ctx.any_before(_synchronous)
    after = ctx.any_after(_synchronous)
    for phase in ctx.phases:
        if (
            phase.kind in (PhaseKind.DECOUVERTE, PhaseKind.APPRENTISSAGE)
            and phase.group is not None
            and phase.situation is not None
            and (
                phase.group is not Group.SEUL
                or phase.situation is not Situation.DISTANCIEL_ASYNCHRONE
            )
            and after[phase.id]
            and not before[phase.id]
        ):
            yield Hit(
                phase.id,
                f"la phase {phase.id!r} prépare la première séance mais se fait en "
                f"{phase.group.value}, {phase.situation.value} : en pédagogie inversée, la "
                "préparation se fait seul, en distanciel asynchrone, à son rythme",
                f"the phase {phase.id!r} prepares the first session but is done as "
                f"{phase.group.value} ({phase.group.english}), {phase.situation.value} "
                f"({phase.situation.english}): in flipped learning, preparation is done alone, "
                "distanciel asynchrone, at one's own pace",
            )


@rule(
    "flipped.practice-not-synchronous",
    severity="warning",
    summary={
        "fr": "une phase de réalisation qui n'est pas synchrone",
        "en": "a réalisation (practice) phase that is not synchronous",
    },
    source=FLIPPED,
    modalities=Modality.PEDAGOGIE_INVERSEE,
)
def practice_not_synchronous(ctx: Context) -> Iterator[Hit]:
    """Fires for each réalisation phase in distanciel asynchrone (phases without a situation skipped)."""
    for phase in ctx.phases:
        if phase.kind is PhaseKind.REALISATION and _asynchronous(phase):
            yield Hit(
                phase.id,
                f"la phase de réalisation {phase.id!r} est en distanciel asynchrone : en "
                "pédagogie inversée, la pratique se fait avec le formateur ; passez-la en "
                "présentiel ou en distanciel synchrone",
                f"the réalisation (practice) phase {phase.id!r} is distanciel asynchrone: in "
                "flipped learning, practice happens with the trainer; make it présentiel or "
                "distanciel synchrone",
            )


@rule(
    "flipped.session-expositive",
    severity="warning",
    summary={
        "fr": "une séance synchrone en pédagogie expositive",
        "en": "a synchronous session with pedagogy expositive",
    },
    source=FLIPPED,
    modalities=Modality.PEDAGOGIE_INVERSEE,
)
def session_expositive(ctx: Context) -> Iterator[Hit]:
    """Fires for each synchronous phase (présentiel, distanciel synchrone) with pedagogy expositive."""
    for phase in ctx.phases:
        if _synchronous(phase) and phase.pedagogy is Pedagogy.EXPOSITIVE:
            yield Hit(
                phase.id,
                f"la séance {phase.id!r} est expositive : en pédagogie inversée, la théorie "
                "s'étudie avant ; utilisez le temps avec le formateur pour pratiquer "
                "(pédagogie active ou interrogative)",
                f"the session {phase.id!r} is expositive (expository): in flipped learning, "
                "theory is studied beforehand; use the time with the trainer for practice "
                "(an active or interrogative pedagogy)",
            )
