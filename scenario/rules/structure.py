"""Structure of the path: rules read on the networkx graph of the phases.

Unless a rule says otherwise, the graph is made of the sequence transitions
only, remediation loops left out (:attr:`Context.sequence`). The rules that
judge the course as a whole (its entries, its exits, its évaluation) look at
the main path only (:attr:`Context.main`): the phases every learner follows,
without the detour phases that only some take. An empty scenario gives
``structure.empty`` and no other structure finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from scenario.i18n import N_, _
from scenario.rules.catalog import PATH_COHERENCE
from scenario.rules.context import Context
from scenario.rules.registry import Hit, rule
from scenario.vocabulary import PhaseKind

CMVRH = "CMVRH fiche SPOC"

#: The order of the kinds: découverte < apprentissage < réalisation < évaluation.
RANK = {kind: kind.rank for kind in PhaseKind}


@rule(
    "structure.empty",
    severity="error",
    summary=N_("the scenario has no phase"),
    source=PATH_COHERENCE,
)
def empty(ctx: Context) -> Iterator[Hit]:
    """Fires once when the scenario has no phase at all (``phases: []``).

    Left alone: everything else; the other structure rules say nothing about
    an empty scenario. Not to be waived: add phases.
    """
    if not ctx.phases:
        yield Hit(
            None,
            _(
                "the scenario has no phase: add at least a découverte (discovery), an "
                "apprentissage (learning) or réalisation (practice), and an évaluation "
                "(assessment)"
            ),
        )


@rule(
    "structure.cycle",
    severity="error",
    summary=N_("the path loops back on itself (remediation aside)"),
    source=PATH_COHERENCE,
)
def cycle(ctx: Context) -> Iterator[Hit]:
    """Fires once per loop of sequence transitions, with no phase (``phase`` is None).

    A loop is a strongly connected component of the graph of sequence
    transitions (detour phases included) with more than one phase, or a
    phase with a sequence transition to itself. The message names its phases
    in document order.

    Left alone: remediation transitions never make a loop, going back is
    what they are for; a detour that leads back to the phase that sent
    learners there (``quiz -> soutien`` as remediation, ``soutien -> quiz``)
    is no loop either. Not to be waived: a learner caught in a loop never
    gets out.
    """
    for loop in ctx.cycles:
        yield Hit(
            None,
            _(
                "the path loops between phases {phases}: a learner never gets out; "
                "remove one of these transitions, or mark the way back as 'kind: remediation'"
            ).format(phases=ctx.names(loop)),
        )


@rule(
    "structure.unreachable",
    severity="error",
    summary=N_("a phase cannot be reached from any entry phase"),
    source=PATH_COHERENCE,
)
def unreachable(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase that no walk from an entry phase reaches.

    The walk follows the sequence transitions, and the remediation
    transitions into detour phases (a support phase that learners who failed
    a check are sent to is reached). It starts at the entry phases of the
    main path and at the detour phases nothing leads into (an optional phase
    offered beside the start). So only phases caught in (or behind) a loop
    that nothing leads into can be unreachable.

    Left alone: a phase left out of an explicit path, an entry phase of its
    own (``structure.multiple-entries`` reports it); a phase that only a
    remediation leads to, which is a detour, not a lost phase.
    """
    if not ctx.phases:
        return
    reached = ctx.reachable
    for phase in ctx.phases:
        if phase.id not in reached:
            yield Hit(
                phase.id,
                _(
                    "phase {phase} cannot be reached from any entry phase: add a "
                    "transition leading to it from the start of the path"
                ).format(phase=ctx.name(phase.id)),
            )


@rule(
    "structure.multiple-entries",
    severity="warning",
    summary=N_("the path has more than one entry phase"),
    source=PATH_COHERENCE,
    waivable=True,
)
def multiple_entries(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when the main path has more than one entry phase.

    An entry phase is a phase of the main path with no incoming sequence
    transition on it; the message names them. A phase that an explicit
    ``path`` leaves out counts as one.

    Left alone: detour phases (an optional phase with nothing before it, a
    support phase that only a remediation leads to) are not entries; the
    phase after an optional opening phase is the entry.
    """
    entries = ctx.entries
    if len(entries) > 1:
        yield Hit(
            None,
            _(
                "the path has {count} entry phases ({phases}): connect them with transitions "
                "so there is one starting point, or add the forgotten phases to 'path'"
            ).format(count=len(entries), phases=ctx.names(entries)),
        )


@rule(
    "structure.no-evaluation",
    severity="error",
    summary=N_("no évaluation (assessment) phase"),
    source=CMVRH,
    waivable=True,
)
def no_evaluation(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when no phase of the main path is of kind évaluation.

    An évaluation phase that is a detour (optional, or reached only by
    remediation) does not count: a detour cannot make up for what every
    learner misses. Neither does a phase of another kind with the intention
    évaluer: the grid's path ends with an évaluation phase.

    Left alone: an empty scenario (``structure.empty``); where the évaluation
    stands on the path (``structure.ends-without-evaluation``).
    """
    if ctx.phases and not any(p.kind is PhaseKind.EVALUATION for p in ctx.main_phases):
        yield Hit(
            None,
            _(
                "no phase is an évaluation (assessment): add a phase with 'phase: évaluation' "
                "that checks the objectives"
            ),
        )


@rule(
    "structure.starts-without-discovery",
    severity="warning",
    summary=N_("an entry phase is not a découverte (discovery)"),
    source=CMVRH,
    waivable=True,
)
def starts_without_discovery(ctx: Context) -> Iterator[Hit]:
    """Fires for each entry phase of the main path not of kind découverte.

    Left alone: detour phases, which are never entries (a support phase that
    a remediation leads to, an optional phase before the start).
    """
    for pid in ctx.entries:
        phase = ctx.by_id[pid]
        if phase.kind is not PhaseKind.DECOUVERTE:
            yield Hit(
                pid,
                _(
                    "the path starts with phase {phase}, of kind {kind}: open it with a "
                    "découverte (discovery) that engages the learner, or connect this phase "
                    "to the one before it"
                ).format(phase=ctx.name(pid), kind=phase.kind.mention()),
            )


@rule(
    "structure.ends-without-evaluation",
    severity="warning",
    summary=N_("an exit phase is not an évaluation (assessment)"),
    source=CMVRH,
    waivable=True,
)
def ends_without_evaluation(ctx: Context) -> Iterator[Hit]:
    """Fires for each exit phase of the main path not of kind évaluation.

    An exit phase has no outgoing sequence transition on the main path; a
    remediation transition leaving it does not stop it being an exit, nor
    does a sequence transition to an optional phase that leads nowhere.

    Left alone: detour phases, which are never exits (a detour that leads
    nowhere is ``structure.detour-no-return``).
    """
    for pid in ctx.exits:
        phase = ctx.by_id[pid]
        if phase.kind is not PhaseKind.EVALUATION:
            yield Hit(
                pid,
                _(
                    "the path ends with phase {phase}, of kind {kind}: end it with an "
                    "évaluation (assessment), or connect this phase to the next one"
                ).format(phase=ctx.name(pid), kind=phase.kind.mention()),
            )


@rule(
    "structure.backward-step",
    severity="warning",
    summary=N_("a transition goes back to an earlier kind of phase within one module"),
    source=CMVRH,
    waivable=True,
)
def backward_step(ctx: Context) -> Iterator[Hit]:
    """Fires for each sequence transition to a phase of an earlier kind, in one module.

    The kinds are ordered découverte < apprentissage < réalisation <
    évaluation. Both phases must have the same ``module`` (phases without a
    module form one module together): a new module may start again from
    découverte. The finding is on the phase the step leads to; two such
    steps into one phase give two findings. The links of the main path over
    an optional phase (``a -> o -> b`` read as ``a -> b`` by the learners
    who skip ``o``) are judged like transitions.

    Left alone: the transitions out of a detour phase (a way back to the
    main path is backward by nature), and remediation transitions.
    """
    detour = ctx.detours.kinds
    steps = [(a, b, None) for a, b in ctx.sequence.edges if a not in detour]
    steps += [(a, b, ctx.main.edges[a, b]["over"]) for a, b in ctx.detours.bypasses]
    for a, b, over in steps:
        source, target = ctx.by_id[a], ctx.by_id[b]
        if source.module != target.module or RANK[target.kind] >= RANK[source.kind]:
            continue
        facts = {
            "source": ctx.name(a),
            "source_kind": source.kind.mention(),
            "target": ctx.name(b),
            "target_kind": target.kind.mention(),
        }
        if over is None:
            message = _(
                "the transition from phase {source}, of kind {source_kind}, to phase {target}, of "
                "kind {target_kind}, steps back within one module: move the phase earlier, change its kind, "
                "put it in another module, or mark the transition 'kind: remediation' if "
                "it is a catch-up loop"
            ).format(**facts)
        else:
            message = _(
                "the learners who skip the optional phases {over} go from phase {source}, of kind "
                "{source_kind}, to phase {target}, of kind {target_kind}, a step back within one "
                "module: move the phase earlier, change its kind, or put it in another module"
            ).format(over=ctx.names(over), **facts)
        yield Hit(b, message)


@rule(
    "structure.remediation-forward",
    severity="warning",
    summary=N_("a remediation transition leads to a later kind of phase"),
    source=PATH_COHERENCE,
    waivable=True,
)
def remediation_forward(ctx: Context) -> Iterator[Hit]:
    """Fires for each remediation transition to a phase of a later kind, on that phase.

    Remediation loops back to go over something again; one that leads
    forward is a sequence transition in disguise. Modules play no part here.

    Left alone: a remediation into a detour phase (a support phase or an
    extra exercise that learners who need it are sent to may be of any kind).
    """
    detour = ctx.detours.kinds
    for a, b in ctx.remediations:
        source, target = ctx.by_id[a], ctx.by_id[b]
        if RANK[target.kind] > RANK[source.kind] and b not in detour:
            yield Hit(
                b,
                _(
                    "the remediation from phase {source}, of kind {source_kind}, to phase {target}, "
                    "of kind {target_kind}, goes forward: remediation goes back to an earlier phase; make it a "
                    "'sequence' transition, point it at the phase to go over again, or make "
                    "phase {target} a detour that only the learners sent there take"
                ).format(
                    source=ctx.name(a),
                    source_kind=source.kind.mention(),
                    target=ctx.name(b),
                    target_kind=target.kind.mention(),
                ),
            )


@rule(
    "structure.detour-no-return",
    severity="warning",
    summary=N_("a phase reached only by remediation leads nowhere"),
    source=PATH_COHERENCE,
    waivable=True,
)
def detour_no_return(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase reached only by remediation that has no outgoing transition.

    Learners sent there (after a failed check, say) are left there: the
    detour must lead them back to the course, by a sequence transition (or a
    remediation one) to a phase of the path. A phase reached only from such
    phases counts too, so the finding is on the last phase of the detour.

    Left alone: an optional phase that leads nowhere (an extra resource at
    the end of the course: learners who take it have finished), and a
    detour phase with any outgoing transition.
    """
    found = ctx.detours
    if not found.phases:
        return
    leaving = {a for a, _ in ctx.sequence.edges} | {a for a, _ in ctx.remediations}
    for pid in found.remediation:
        if pid not in leaving:
            yield Hit(
                pid,
                _(
                    "phase {phase} is reached only by remediation and leads nowhere: "
                    "the learners sent there are left there; add a transition from it back "
                    "to the phase they should go over again"
                ).format(phase=ctx.name(pid)),
            )
