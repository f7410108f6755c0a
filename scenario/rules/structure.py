"""Structure of the path: rules read on the networkx graph of the phases.

Unless a rule says otherwise, the graph is the main path: the sequence
transitions only, remediation loops left out (:attr:`Context.sequence`).
An empty scenario gives ``structure.empty`` and no other structure finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from scenario._text import names
from scenario.i18n import N_, _
from scenario.rules.context import Context
from scenario.rules.registry import Hit, rule
from scenario.vocabulary import PhaseKind

DOMAIN = "DOMAIN"
CMVRH = "CMVRH fiche SPOC"

#: The order of the kinds: découverte < apprentissage < réalisation < évaluation.
RANK = {kind: kind.rank for kind in PhaseKind}


@rule(
    "structure.empty",
    severity="error",
    summary=N_("the scenario has no phase"),
    source=DOMAIN,
)
def empty(ctx: Context) -> Iterator[Hit]:
    """Fires once when the scenario has no phase at all (``phases: []``).

    The other structure rules say nothing about an empty scenario.
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
    source=DOMAIN,
)
def cycle(ctx: Context) -> Iterator[Hit]:
    """Fires once per loop of the main path, with no phase (``phase`` is None).

    A loop is a strongly connected component of the graph of sequence
    transitions with more than one phase, or a phase with a sequence
    transition to itself. The message names its phases in document order.
    Remediation transitions never make a loop: going back is what they are for.
    """
    for loop in ctx.cycles:
        yield Hit(
            None,
            _(
                "the path loops between the phases {phases}: a learner never gets out; "
                "remove one of these transitions, or mark the way back as 'kind: remediation'"
            ).format(phases=names(loop)),
        )


@rule(
    "structure.unreachable",
    severity="error",
    summary=N_("a phase cannot be reached from any entry phase"),
    source=DOMAIN,
)
def unreachable(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase that no walk along sequence transitions reaches from an entry phase.

    Entry phases are those without an incoming sequence transition, so only
    phases caught in (or behind) a loop that nothing leads into can be
    unreachable; a phase left out of an explicit path is an entry phase of its
    own (``structure.multiple-entries`` reports it).
    """
    if not ctx.phases:
        return
    reached = ctx.reachable
    for phase in ctx.phases:
        if phase.id not in reached:
            yield Hit(
                phase.id,
                _(
                    "the phase {phase} cannot be reached from any entry phase: add a "
                    "transition leading to it from the start of the path"
                ).format(phase=repr(phase.id)),
            )


@rule(
    "structure.multiple-entries",
    severity="warning",
    summary=N_("the path has more than one entry phase"),
    source=DOMAIN,
)
def multiple_entries(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when more than one phase has no incoming sequence transition.

    The message names the entry phases. A phase that an explicit ``path``
    leaves out counts as one.
    """
    entries = ctx.entries
    if len(entries) > 1:
        yield Hit(
            None,
            _(
                "the path has {count} entry phases ({phases}): connect them with transitions "
                "so there is one starting point, or add the forgotten phases to 'path'"
            ).format(count=len(entries), phases=names(entries)),
        )


@rule(
    "structure.no-evaluation",
    severity="error",
    summary=N_("no évaluation (assessment) phase"),
    source=CMVRH,
)
def no_evaluation(ctx: Context) -> Iterator[Hit]:
    """Fires once (no phase) when no phase is of kind évaluation.

    A phase of another kind with the intention évaluer does not count: the
    grid's path ends with an évaluation phase.
    """
    if ctx.phases and not any(p.kind is PhaseKind.EVALUATION for p in ctx.phases):
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
)
def starts_without_discovery(ctx: Context) -> Iterator[Hit]:
    """Fires for each entry phase (no incoming sequence transition) not of kind découverte."""
    for pid in ctx.entries:
        phase = ctx.by_id[pid]
        if phase.kind is not PhaseKind.DECOUVERTE:
            yield Hit(
                pid,
                _(
                    "the path starts with the phase {phase}, of kind {kind}: open it with a "
                    "découverte (discovery) that engages the learner, or connect this phase "
                    "to the one before it"
                ).format(phase=repr(pid), kind=phase.kind.mention()),
            )


@rule(
    "structure.ends-without-evaluation",
    severity="warning",
    summary=N_("an exit phase is not an évaluation (assessment)"),
    source=CMVRH,
)
def ends_without_evaluation(ctx: Context) -> Iterator[Hit]:
    """Fires for each exit phase (no outgoing sequence transition) not of kind évaluation.

    A remediation transition leaving a phase does not stop it being an exit.
    """
    for pid in ctx.exits:
        phase = ctx.by_id[pid]
        if phase.kind is not PhaseKind.EVALUATION:
            yield Hit(
                pid,
                _(
                    "the path ends with the phase {phase}, of kind {kind}: end it with an "
                    "évaluation (assessment), or connect this phase to the next one"
                ).format(phase=repr(pid), kind=phase.kind.mention()),
            )


@rule(
    "structure.backward-step",
    severity="warning",
    summary=N_("a transition goes back to an earlier kind of phase within one module"),
    source=CMVRH,
)
def backward_step(ctx: Context) -> Iterator[Hit]:
    """Fires for each sequence transition to a phase of an earlier kind, in one module.

    The kinds are ordered découverte < apprentissage < réalisation <
    évaluation. Both phases must have the same ``module`` (phases without a
    module form one module together): a new module may start again from
    découverte. The finding is on the phase the step leads to; two such
    steps into one phase give two findings.
    """
    for a, b in ctx.sequence.edges:
        source, target = ctx.by_id[a], ctx.by_id[b]
        if source.module == target.module and RANK[target.kind] < RANK[source.kind]:
            yield Hit(
                b,
                _(
                    "the transition from {source} ({source_kind}) to {target} ({target_kind}) "
                    "steps back within one module: move the phase earlier, change its kind, "
                    "put it in another module, or mark the transition 'kind: remediation' if "
                    "it is a catch-up loop"
                ).format(
                    source=repr(a),
                    source_kind=source.kind.mention(),
                    target=repr(b),
                    target_kind=target.kind.mention(),
                ),
            )


@rule(
    "structure.remediation-forward",
    severity="warning",
    summary=N_("a remediation transition leads to a later kind of phase"),
    source=DOMAIN,
)
def remediation_forward(ctx: Context) -> Iterator[Hit]:
    """Fires for each remediation transition to a phase of a later kind, on that phase.

    Remediation loops back to go over something again; one that leads
    forward is a sequence transition in disguise. Modules play no part here.
    """
    for a, b in ctx.remediations:
        source, target = ctx.by_id[a], ctx.by_id[b]
        if RANK[target.kind] > RANK[source.kind]:
            yield Hit(
                b,
                _(
                    "the remediation from {source} ({source_kind}) to {target} ({target_kind}) "
                    "goes forward: remediation goes back to an earlier phase; make it a "
                    "'sequence' transition or point it at the phase to go over again"
                ).format(
                    source=repr(a),
                    source_kind=source.kind.mention(),
                    target=repr(b),
                    target_kind=target.kind.mention(),
                ),
            )
