"""Rules of pédagogie inversée (flipped learning): each runs only on a flipped course.

The theory is studied alone and asynchronously first, the practice done
synchronously with the trainer ("pédagogie inversée en entreprise").
*Synchronous* is présentiel or distanciel synchrone, *asynchronous*
distanciel asynchrone; *before* a phase is an ancestor on the main path.
Like every rule about the course as a whole, they look at the main path
only: detour phases that only some learners take are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from scenario.i18n import N_, _
from scenario.model import Phase
from scenario.rules.context import Context
from scenario.rules.modality import asynchronous, synchronous
from scenario.rules.registry import Hit, rule
from scenario.vocabulary import Group, Modality, Pedagogy, PhaseKind

FLIPPED = "pédagogie inversée en entreprise"


def _session(phase: Phase) -> bool:
    """A synchronous phase other than a découverte: a session the learners prepare for.

    A synchronous découverte is a launch session (a kick-off call, a
    welcome): nothing is studied before it.
    """
    return synchronous(phase) and phase.kind is not PhaseKind.DECOUVERTE


@rule(
    "flipped.no-preparation",
    severity="error",
    summary=N_("a synchronous session with no asynchronous phase before it"),
    source=FLIPPED,
    modalities=Modality.PEDAGOGIE_INVERSEE,
    waivable=True,
)
def no_preparation(ctx: Context) -> Iterator[Hit]:
    """Fires for each synchronous phase of the main path, other than a découverte, with no
    asynchronous phase before it on the main path.

    Synchronous: présentiel or distanciel synchrone; asynchronous: distanciel
    asynchrone. *Before* is an ancestor on the main path. On a path with a
    loop, the other phases of a phase's loop count as before it (the answer
    stays linear: loops are taken as one node).

    Left alone: a synchronous découverte (the launch call that opens a
    flipped course: nothing is studied before it); detour phases, which
    neither need a preparation nor count as one (an optional reading does
    not prepare everyone).
    """
    prepared = ctx.any_before(asynchronous)
    for phase in ctx.main_phases:
        if _session(phase) and not prepared[phase.id]:
            yield Hit(
                phase.id,
                _(
                    "the session {phase} has no asynchronous phase before it: in flipped "
                    "learning, learners study the theory alone before the session; put a seul "
                    "(alone), distanciel asynchrone phase before it"
                ).format(phase=ctx.name(phase.id)),
            )


@rule(
    "flipped.preparation-not-alone",
    severity="warning",
    summary=N_("an asynchronous preparation phase that is not seul (alone)"),
    source=FLIPPED,
    modalities=Modality.PEDAGOGIE_INVERSEE,
    waivable=True,
)
def preparation_not_alone(ctx: Context) -> Iterator[Hit]:
    """Fires for each asynchronous découverte or apprentissage phase of the main path, not
    seul, that comes before some synchronous phase on the main path and after none.

    Such a phase prepares the first session, and in flipped learning the
    learner prepares alone, at their own pace.

    Left alone: a synchronous phase (the launch call that opens the course is
    not a preparation); a phase after a synchronous one; a phase without a
    group or a situation (``phase.missing-tag``); detour phases.
    """
    before = ctx.any_before(synchronous)
    after = ctx.any_after(synchronous)
    for phase in ctx.main_phases:
        if (
            phase.kind in (PhaseKind.DECOUVERTE, PhaseKind.APPRENTISSAGE)
            and asynchronous(phase)
            and phase.group is not None
            and phase.group is not Group.SEUL
            and after[phase.id]
            and not before[phase.id]
        ):
            yield Hit(
                phase.id,
                _(
                    "phase {phase} prepares the first session but is done as {group}: in "
                    "flipped learning, preparation is done seul (alone), at one's own pace; "
                    "make it seul, and leave the exchanges to the session"
                ).format(phase=ctx.name(phase.id), group=phase.group.mention(quoted=False)),
            )


@rule(
    "flipped.practice-not-synchronous",
    severity="warning",
    summary=N_("a réalisation (practice) phase that is not synchronous"),
    source=FLIPPED,
    modalities=Modality.PEDAGOGIE_INVERSEE,
    waivable=True,
)
def practice_notsynchronous(ctx: Context) -> Iterator[Hit]:
    """Fires for each réalisation phase of the main path in distanciel asynchrone.

    Left alone: a phase without a situation (``phase.missing-tag``); detour
    phases (an optional exercise to do alone after the session).
    """
    for phase in ctx.main_phases:
        if phase.kind is PhaseKind.REALISATION and asynchronous(phase):
            yield Hit(
                phase.id,
                _(
                    "the réalisation (practice) phase {phase} is distanciel asynchrone: in "
                    "flipped learning, practice happens with the trainer; make it présentiel "
                    "or distanciel synchrone"
                ).format(phase=ctx.name(phase.id)),
            )


@rule(
    "flipped.session-expositive",
    severity="warning",
    summary=N_("a synchronous session with pedagogy expositive"),
    source=FLIPPED,
    modalities=Modality.PEDAGOGIE_INVERSEE,
    waivable=True,
)
def session_expositive(ctx: Context) -> Iterator[Hit]:
    """Fires for each synchronous phase of the main path, other than a découverte, with
    pedagogy expositive.

    Left alone: a synchronous découverte (a launch call may present the
    course); asynchronous phases (the theory studied beforehand is
    expositive by design); detour phases.
    """
    for phase in ctx.main_phases:
        if _session(phase) and phase.pedagogy is Pedagogy.EXPOSITIVE:
            yield Hit(
                phase.id,
                _(
                    "the session {phase} is expositive (expository): in flipped learning, "
                    "theory is studied beforehand; use the time with the trainer for practice "
                    "(an active or interrogative pedagogy)"
                ).format(phase=ctx.name(phase.id)),
            )
