"""Rules of pédagogie inversée (flipped learning): each runs only on a flipped course.

The theory is studied alone and asynchronously first, the practice done
synchronously with the trainer ("pédagogie inversée en entreprise").
*Synchronous* is présentiel or distanciel synchrone, *asynchronous*
distanciel asynchrone; *before* a phase is an ancestor on the main path.
"""

from __future__ import annotations

from collections.abc import Iterator

from scenario.i18n import N_, _
from scenario.rules.context import Context
from scenario.rules.modality import asynchronous, synchronous
from scenario.rules.registry import Hit, rule
from scenario.vocabulary import Group, Modality, Pedagogy, PhaseKind, Situation

FLIPPED = "pédagogie inversée en entreprise"


@rule(
    "flipped.no-preparation",
    severity="error",
    summary=N_("a synchronous session with no asynchronous phase before it"),
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
    prepared = ctx.any_before(asynchronous)
    for phase in ctx.phases:
        if synchronous(phase) and not prepared[phase.id]:
            yield Hit(
                phase.id,
                _(
                    "the session {phase} has no asynchronous phase before it: in flipped "
                    "learning, learners study the theory alone before the session; put a seul "
                    "(alone), distanciel asynchrone phase before it"
                ).format(phase=repr(phase.id)),
            )


@rule(
    "flipped.preparation-not-alone",
    severity="warning",
    summary=N_("a preparation phase that is not seul in distanciel asynchrone"),
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
    before = ctx.any_before(synchronous)
    after = ctx.any_after(synchronous)
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
                _(
                    "the phase {phase} prepares the first session but is done as {group}, "
                    "{situation}: in flipped learning, preparation is done alone, distanciel "
                    "asynchrone, at one's own pace"
                ).format(
                    phase=repr(phase.id),
                    group=phase.group.mention(quoted=False),
                    situation=phase.situation.mention(quoted=False),
                ),
            )


@rule(
    "flipped.practice-not-synchronous",
    severity="warning",
    summary=N_("a réalisation (practice) phase that is not synchronous"),
    source=FLIPPED,
    modalities=Modality.PEDAGOGIE_INVERSEE,
)
def practice_notsynchronous(ctx: Context) -> Iterator[Hit]:
    """Fires for each réalisation phase in distanciel asynchrone (phases without a situation skipped)."""
    for phase in ctx.phases:
        if phase.kind is PhaseKind.REALISATION and asynchronous(phase):
            yield Hit(
                phase.id,
                _(
                    "the réalisation (practice) phase {phase} is distanciel asynchrone: in "
                    "flipped learning, practice happens with the trainer; make it présentiel "
                    "or distanciel synchrone"
                ).format(phase=repr(phase.id)),
            )


@rule(
    "flipped.session-expositive",
    severity="warning",
    summary=N_("a synchronous session with pedagogy expositive"),
    source=FLIPPED,
    modalities=Modality.PEDAGOGIE_INVERSEE,
)
def session_expositive(ctx: Context) -> Iterator[Hit]:
    """Fires for each synchronous phase (présentiel, distanciel synchrone) with pedagogy expositive."""
    for phase in ctx.phases:
        if synchronous(phase) and phase.pedagogy is Pedagogy.EXPOSITIVE:
            yield Hit(
                phase.id,
                _(
                    "the session {phase} is expositive (expository): in flipped learning, "
                    "theory is studied beforehand; use the time with the trainer for practice "
                    "(an active or interrogative pedagogy)"
                ).format(phase=repr(phase.id)),
            )
