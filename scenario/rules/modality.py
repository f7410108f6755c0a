"""Rules of one modality: each runs only on scenarios of the modalities it names.

``online.`` rules apply to SPOC, MOOC, COOC and SOOC; ``spoc.``, ``mooc.``,
``onsite.`` (présentiel) and ``blended.`` rules to that modality alone (the
``flipped.`` rules of pédagogie inversée are in :mod:`scenario.rules.flipped`).
A scenario without a modality gets none of them. The rules about one phase's
tags look at every phase; the rules about the course as a whole look at the
main path only (:attr:`Context.main_phases`): a detour that only some
learners take cannot make up for what everyone misses. The rules that look
at all the phases together say nothing about an empty scenario:
``structure.empty`` already says what to do.
"""

from __future__ import annotations

from collections.abc import Iterator

from scenario.i18n import N_, _, format_percent, ngettext
from scenario.model import Phase
from scenario.rules.context import Context
from scenario.rules.registry import Hit, rule
from scenario.vocabulary import Group, Intention, Modality, Pedagogy, Situation

CMVRH = "CMVRH fiche SPOC"
APPVIZER = "article SPOC (Appvizer)"
SPOC_ARTICLE = "article SPOC, MOOC et COOC"
MODALITIES = "fiche comparative des modalités"

ONLINE = (Modality.SPOC, Modality.MOOC, Modality.COOC, Modality.SOOC)


def synchronous(phase: Phase) -> bool:
    """True for a phase in présentiel or distanciel synchrone."""
    return phase.situation is not None and phase.situation.synchronous


def asynchronous(phase: Phase) -> bool:
    """True for a phase in distanciel asynchrone."""
    return phase.situation is Situation.DISTANCIEL_ASYNCHRONE


# -- online courses and on-site courses ------------------------------------------------


@rule(
    "online.presentiel-phase",
    severity="warning",
    summary=N_("a présentiel (onsite) phase in an online course (SPOC, MOOC, COOC, SOOC)"),
    source=CMVRH,
    modalities=ONLINE,
    waivable=True,
)
def presentiel_phase(ctx: Context) -> Iterator[Hit]:
    """Fires for each présentiel phase of a SPOC, MOOC, COOC or SOOC, detour phases included.

    Left alone: distanciel phases, and phases without a situation.
    """
    modality = ctx.scenario.modality
    name = modality.label() if modality else ""
    for phase in ctx.phases:
        if phase.situation is Situation.PRESENTIEL:
            yield Hit(
                phase.id,
                _(
                    "phase {phase} is présentiel (onsite) in a {modality}, a course taken "
                    "wholly online: make it distanciel synchrone (a virtual class), or declare "
                    "the course 'modality: blended'"
                ).format(phase=ctx.name(phase.id), modality=name),
            )


@rule(
    "onsite.remote-phase",
    severity="warning",
    summary=N_("a remote (distanciel) phase in a présentiel (onsite) course"),
    source=MODALITIES,
    modalities=Modality.PRESENTIEL,
    waivable=True,
)
def remote_phase(ctx: Context) -> Iterator[Hit]:
    """Fires for each distanciel phase (synchrone or asynchrone) of a présentiel course.

    Every phase counts, detour phases included. Left alone: phases without a
    situation.
    """
    for phase in ctx.phases:
        if phase.situation is not None and phase.situation is not Situation.PRESENTIEL:
            yield Hit(
                phase.id,
                _(
                    "phase {phase} is {situation} in a présentiel (onsite) course, where "
                    "trainer and learners share one room: make it présentiel, or declare the "
                    "course 'modality: blended'"
                ).format(phase=ctx.name(phase.id), situation=phase.situation.mention(quoted=False)),
            )


@rule(
    "blended.single-situation",
    severity="warning",
    summary=N_("a blended course without both présentiel and distanciel phases"),
    source=SPOC_ARTICLE,
    modalities=Modality.BLENDED,
    waivable=True,
)
def single_situation(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when the main path of a blended course lacks présentiel or
    distanciel phases.

    Distanciel is synchrone or asynchrone. Only phases with a situation count;
    when none has one, the rule stays silent (``phase.missing-tag``).

    Left alone: detour phases, which do not make a course blended for every
    learner (an optional on-site session in an otherwise online course fires).
    """
    situations = {phase.situation for phase in ctx.main_phases if phase.situation is not None}
    if not situations:
        return
    onsite = Situation.PRESENTIEL in situations
    if onsite and len(situations) > 1:
        return
    if onsite:
        message = _(
            "the course is blended but every phase is présentiel (onsite): move part of it "
            "online, or change its modality"
        )
    else:
        message = _(
            "the course is blended but no phase is présentiel (onsite): add an on-site "
            "session, or change its modality"
        )
    yield Hit(None, message)


# -- SPOC ----------------------------------------------------------------------------


@rule(
    "spoc.audience-size",
    severity="warning",
    summary=N_("a SPOC whose audience is not 15 to 50 people"),
    source=APPVIZER,
    modalities=Modality.SPOC,
    waivable=True,
)
def spoc_audience_size(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when ``audience.size`` is below 15 or above 50 (both allowed).

    Left alone: an audience without a size.
    """
    audience = ctx.scenario.audience
    size = audience.size if audience is not None else None
    if size is None or 15 <= size <= 50:
        return
    if size < 15:
        message = ngettext(
            "the SPOC's audience is {count} person, outside the range of 15 to 50; below "
            "that, on-site training or tutoring may fit better",
            "the SPOC's audience is {count} people, outside the range of 15 to 50; below "
            "that, on-site training or tutoring may fit better",
            size,
        )
    else:
        message = _(
            "the SPOC's audience is {count} people, outside the range of 15 to 50; above "
            "that, personal follow-up cannot be kept up: split it into several sessions"
        )
    yield Hit(None, message.format(count=size))


@rule(
    "spoc.large-group",
    severity="info",
    summary=N_("a SPOC run mostly in grand groupe (large group) when it is live"),
    source=CMVRH,
    modalities=Modality.SPOC,
    waivable=True,
)
def spoc_large_group(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when more than half of the SPOC's synchronous time on the main
    path is in grand groupe.

    Synchronous is présentiel or distanciel synchrone; the share is of the
    duration of the main path's synchronous phases that have a group, of
    their count as soon as one of them lacks a duration (or when they all
    last 0). Exactly half does not fire. An info: a SPOC builds on exchanges
    in small groups, and a SPOC run in plenary is a webinar series.

    Left alone: a plenary webinar now and then beside small group sessions;
    asynchronous phases (a forum open to all, an exam taken alone); detour
    phases; a SPOC with no synchronous phase (``spoc.no-synchronous``).
    """
    live = [phase for phase in ctx.main_phases if synchronous(phase) and phase.group is not None]
    if not live:
        return
    timed = all(phase.duration is not None for phase in live) and any(
        phase.duration for phase in live
    )
    plenary = [phase for phase in live if phase.group is Group.GRAND_GROUPE]
    if timed:
        share = sum(p.duration or 0 for p in plenary) / sum(p.duration or 0 for p in live)
    else:
        share = len(plenary) / len(live)
    if share <= 0.5:
        return
    yield Hit(
        None,
        _(
            "{share} of the SPOC's live time on the main path is in grand groupe (large "
            "group): a SPOC lives on exchanges in small groups; hold some of these sessions "
            "in petit groupe or moyen groupe (breakout rooms, team workshops)"
        ).format(share=format_percent(100 * share, 0)),
    )


@rule(
    "spoc.no-collaboration",
    severity="warning",
    summary=N_("a SPOC without collaborative work in small or medium groups"),
    source=SPOC_ARTICLE,
    modalities=Modality.SPOC,
    waivable=True,
)
def no_collaboration(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when no phase of the main path is collaborative.

    A collaborative phase has the group petit groupe or moyen groupe, and the
    intention partager or the pedagogy active.

    Left alone: collaboration in a detour phase does not count (only some
    learners take it); an empty scenario (``structure.empty``).
    """
    if not ctx.phases:
        return
    for phase in ctx.main_phases:
        if phase.group in (Group.PETIT_GROUPE, Group.MOYEN_GROUPE) and (
            Intention.PARTAGER in phase.intentions or phase.pedagogy is Pedagogy.ACTIVE
        ):
            return
    yield Hit(
        None,
        _(
            "no phase of the SPOC has learners work together: add a petit groupe or moyen "
            "groupe phase, active or meant to share (a team case study, a moderated forum)"
        ),
    )


@rule(
    "spoc.final-evaluation-only",
    severity="warning",
    summary=N_("a SPOC that assesses only at the end"),
    source=SPOC_ARTICLE,
    modalities=Modality.SPOC,
    waivable=True,
)
def final_evaluation_only(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when no phase of the main path other than its exit phases assesses.

    A phase assesses when its kind is évaluation or it has the intention
    évaluer; exit phases have no outgoing sequence transition on the main
    path. A SPOC with no assessment at all fires too.

    Left alone: an assessment in a detour phase does not count (only some
    learners take it); an empty scenario (``structure.empty``).
    """
    if not ctx.phases:
        return
    exits = set(ctx.exits)
    if any(phase.assesses for phase in ctx.main_phases if phase.id not in exits):
        return
    yield Hit(
        None,
        _(
            "the SPOC assesses only at the end of the path: add the intention 'évaluer' "
            "(assess) to phases along the way (a quiz, a marked exercise) to follow progress"
        ),
    )


@rule(
    "spoc.no-synchronous",
    severity="info",
    summary=N_("a SPOC without a distanciel synchrone phase"),
    source=SPOC_ARTICLE,
    modalities=Modality.SPOC,
    waivable=True,
)
def no_synchronous(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when no phase of the main path is in distanciel synchrone.

    Left alone: présentiel phases do not count (``online.presentiel-phase``
    speaks of them), nor does a live detour phase that only some learners
    take; an empty scenario (``structure.empty``).
    """
    if not ctx.phases:
        return
    if any(phase.situation is Situation.DISTANCIEL_SYNCHRONE for phase in ctx.main_phases):
        return
    yield Hit(
        None,
        _(
            "the SPOC has no live meeting for every learner: add a virtual class in distanciel "
            "synchrone, which keeps the group alive and answers questions"
        ),
    )


# -- MOOC ----------------------------------------------------------------------------


@rule(
    "mooc.individual-follow-up",
    severity="warning",
    summary=N_("a MOOC with live individual follow-up"),
    source=SPOC_ARTICLE,
    modalities=Modality.MOOC,
    waivable=True,
)
def individual_follow_up(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase with group seul in présentiel or distanciel synchrone in a MOOC.

    Every phase counts, detour phases included: a one-to-one session
    offered to some learners still has to be staffed. Left alone: seul
    phases in distanciel asynchrone (work at one's own pace).
    """
    for phase in ctx.phases:
        if phase.group is Group.SEUL and synchronous(phase):
            yield Hit(
                phase.id,
                _(
                    "phase {phase} follows each learner alone and live, which a MOOC and "
                    "its thousands of learners cannot afford: make it an asynchronous "
                    "activity, or a session for the group"
                ).format(phase=ctx.name(phase.id)),
            )


@rule(
    "mooc.audience-size",
    severity="info",
    summary=N_("a MOOC of fewer than 1000 people: a SPOC may fit better"),
    source=SPOC_ARTICLE,
    modalities=Modality.MOOC,
    threshold=1000,
    waivable=True,
)
def mooc_audience_size(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when ``audience.size`` is below the threshold (1000 by default).

    Left alone: an audience without a size, and a size equal to the threshold.
    """
    audience = ctx.scenario.audience
    size = audience.size if audience is not None else None
    limit = ctx.threshold("mooc.audience-size")
    if size is not None and size < limit:
        yield Hit(
            None,
            ngettext(
                "the MOOC is for {count} person, far from a massive audience: a SPOC, with "
                "follow-up and small group exchanges, may fit better",
                "the MOOC is for {count} people, far from a massive audience: a SPOC, with "
                "follow-up and small group exchanges, may fit better",
                size,
            ).format(count=size),
        )
