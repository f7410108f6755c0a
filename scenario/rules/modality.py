"""Rules of one modality: each runs only on scenarios of the modalities it names.

``online.`` rules apply to spoc, mooc, cooc and sooc; ``spoc.``, ``mooc.``,
``onsite.`` (présentiel) and ``blended.`` rules to that modality alone (the
``flipped.`` rules of pédagogie inversée are in :mod:`scenario.rules.flipped`). A scenario without a modality gets none of them.
The rules that look at all the phases together say nothing about an empty
scenario: ``structure.empty`` already says what to do.
"""

from __future__ import annotations

from collections.abc import Iterator

from scenario.i18n import N_, _, ngettext
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
    summary=N_("a présentiel (onsite) phase in an online course (spoc, mooc, cooc, sooc)"),
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
                _(
                    "the phase {phase} is présentiel (onsite) in a {modality}, a course taken "
                    "wholly online: make it distanciel synchrone (a virtual class), or declare "
                    "the course 'modality: blended'"
                ).format(phase=repr(phase.id), modality=name),
            )


@rule(
    "onsite.remote-phase",
    severity="warning",
    summary=N_("a remote (distanciel) phase in a présentiel (onsite) course"),
    source=MODALITIES,
    modalities=Modality.PRESENTIEL,
)
def remote_phase(ctx: Context) -> Iterator[Hit]:
    """Fires for each distanciel phase (synchrone or asynchrone) of a présentiel course."""
    for phase in ctx.phases:
        if phase.situation is not None and phase.situation is not Situation.PRESENTIEL:
            yield Hit(
                phase.id,
                _(
                    "the phase {phase} is {situation} in a présentiel (onsite) course, where "
                    "trainer and learners share one room: make it présentiel, or declare the "
                    "course 'modality: blended'"
                ).format(phase=repr(phase.id), situation=phase.situation.mention(quoted=False)),
            )


@rule(
    "blended.single-situation",
    severity="warning",
    summary=N_("a blended course without both présentiel and distanciel phases"),
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


# -- spoc ----------------------------------------------------------------------------


@rule(
    "spoc.audience-size",
    severity="warning",
    summary=N_("a spoc whose audience is not 15 to 50 people"),
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
        message = ngettext(
            "the spoc's audience is {count} person, outside the range of 15 to 50; below "
            "that, on-site training or tutoring may fit better",
            "the spoc's audience is {count} people, outside the range of 15 to 50; below "
            "that, on-site training or tutoring may fit better",
            size,
        )
    else:
        message = _(
            "the spoc's audience is {count} people, outside the range of 15 to 50; above "
            "that, personal follow-up cannot be kept up: split it into several sessions"
        )
    yield Hit(None, message.format(count=size))


@rule(
    "spoc.large-group",
    severity="warning",
    summary=N_("a grand groupe phase in a spoc"),
    source=CMVRH,
    modalities=Modality.SPOC,
)
def spoc_large_group(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase with group grand groupe in a spoc."""
    for phase in ctx.phases:
        if phase.group is Group.GRAND_GROUPE:
            yield Hit(
                phase.id,
                _(
                    "the phase {phase} is a grand groupe (large group) in a spoc, a small "
                    "group course built on interaction: make it a moyen groupe or petit groupe"
                ).format(phase=repr(phase.id)),
            )


@rule(
    "spoc.no-collaboration",
    severity="warning",
    summary=N_("a spoc without collaborative work in small or medium groups"),
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
        _(
            "no phase of the spoc has learners work together: add a petit groupe or moyen "
            "groupe phase, active or meant to share (a team case study, a moderated forum)"
        ),
    )


@rule(
    "spoc.final-evaluation-only",
    severity="warning",
    summary=N_("a spoc that assesses only at the end"),
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
        _(
            "the spoc assesses only at the end of the path: add the intention 'évaluer' "
            "(assess) to phases along the way (a quiz, a marked exercise) to follow progress"
        ),
    )


@rule(
    "spoc.no-synchronous",
    severity="info",
    summary=N_("a spoc without a distanciel synchrone phase"),
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
        _(
            "the spoc has no live meeting: a virtual class in distanciel synchrone keeps the "
            "group alive and answers questions"
        ),
    )


# -- mooc ----------------------------------------------------------------------------


@rule(
    "mooc.individual-follow-up",
    severity="warning",
    summary=N_("a mooc with live individual follow-up"),
    source=SPOC_ARTICLE,
    modalities=Modality.MOOC,
)
def individual_follow_up(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase with group seul in présentiel or distanciel synchrone in a mooc."""
    for phase in ctx.phases:
        if phase.group is Group.SEUL and synchronous(phase):
            yield Hit(
                phase.id,
                _(
                    "the phase {phase} follows each learner alone and live, which a mooc and "
                    "its thousands of learners cannot afford: make it an asynchronous "
                    "activity, or a session for the group"
                ).format(phase=repr(phase.id)),
            )


@rule(
    "mooc.audience-size",
    severity="info",
    summary=N_("a mooc of fewer than 1000 people: a spoc may fit better"),
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
            ngettext(
                "the mooc is for {count} person, far from a massive audience: a spoc, with "
                "follow-up and small group exchanges, may fit better",
                "the mooc is for {count} people, far from a massive audience: a spoc, with "
                "follow-up and small group exchanges, may fit better",
                size,
            ).format(count=size),
        )
