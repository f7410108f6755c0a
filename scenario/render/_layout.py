"""How the mind map is laid out: the rings of the radial map, overlaps, and straight edges.

Graphviz's own choices cost seconds, or never end, on large maps: the rings
are sized so that the nodes have room side by side, overlaps are removed by
``prism`` only on small maps, and curved edges give way to straight ones
when Graphviz would walk too many paths (:func:`curve_cost`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from scenario.palette import BACKGROUND
from scenario.render._labels import FONT

if TYPE_CHECKING:
    from scenario.render._arrows import Arrow

#: The id of the node at the centre of the map.
ROOT = "course"
# Approximate inches a node takes along a ring, to size the rings of the radial layout.
_PHASE_WIDTH = 2.7
_CHILD_WIDTH = 1.9
# Above this many phases and children, overlaps are removed by scaling the map up.
_PRISM_NODES = 600


def graph_attributes(layout: str, phases: int, children: int) -> dict[str, str]:
    """The graph attributes of a map of ``phases`` phases and ``children`` nodes under them."""
    common = {
        "fontname": FONT,
        "bgcolor": BACKGROUND,
        "pad": "0.3",
        "outputorder": "edgesfirst",
        "charset": "UTF-8",
    }
    if layout == "dot":
        return {
            **common,
            "rankdir": "LR",
            "ranksep": "0.6",
            "nodesep": "0.15",
            "splines": "curved",
        }
    # Ring radii so that the nodes of each ring have room side by side: twopi then needs
    # no overlap removal with spline routing (that pair takes seconds on large maps).
    ring1 = max(4.0, phases * _PHASE_WIDTH / (2 * math.pi))
    ring2 = max(2.0, children * _CHILD_WIDTH / (2 * math.pi) - ring1)
    return {
        **common,
        "root": ROOT,
        "ranksep": f"{ring1:.2f} {ring2:.2f}",
        # prism removes what overlap is left without first scaling the whole map up; its
        # cost grows fast past a few hundred nodes (13 s for 2,000), where a uniform
        # scale-up is all but free.
        **(
            {"overlap": "prism", "overlap_scaling": "0"}
            if phases + children <= _PRISM_NODES
            else {"overlap": "scale"}
        ),
        "splines": "curved",
    }


#: Above this many paths in the drawn graph, edges are straight (see :func:`curve_cost`).
CURVE_BUDGET = 1_000_000


def curve_cost(order: Sequence[str], drawn: Iterable[Arrow], children: dict[str, int]) -> float:
    """About how many paths Graphviz walks to draw ``splines=curved``; inf when too many to count.

    For curved edges Graphviz (2.42 to 12) enumerates every simple directed path of the
    graph, from every node, to find cycles, then compares the cycles pairwise. A linear
    path keeps that quadratic; branches that join again make it exponential (a 150-phase
    path with a branch every tenth phase takes seconds, 200 never ends). This counts the
    paths by dynamic programming over the main path (``order``: its phases in order, then
    the detours), adds those the other arrows open (loops, the branches to detours and the
    ways back: each may close a cycle) and the pairwise comparison of the cycles they
    close; the caller draws straight edges when the count is over :data:`CURVE_BUDGET`.
    """
    following: dict[str, list[str]] = {pid: [] for pid in order}
    loops: list[tuple[str, str]] = []
    for arrow in drawn:
        if arrow.source is None:
            continue
        if arrow.role == "main":
            following[arrow.source].append(arrow.target)
        else:
            loops.append((arrow.source, arrow.target))
    rank = {pid: index for index, pid in enumerate(order)}
    if any(rank[b] <= rank[a] for a, nexts in following.items() for b in nexts):
        return math.inf  # the main path has a cycle: no order to count in
    # Only "over the budget or not" matters: counts saturate just above it, so
    # the numbers stay small however many paths the branches multiply.
    cap = CURVE_BUDGET + 1
    onward: dict[str, int] = {}  # paths starting at a phase
    for pid in reversed(order):
        onward[pid] = min(cap, 1 + children[pid] + sum(onward[b] for b in following[pid]))
    reaching = {pid: 2 for pid in order}  # paths ending at a phase: itself, from the course
    for pid in order:
        for b in following[pid]:
            reaching[b] = min(cap, reaching[b] + reaching[pid])
    cycles = min(cap, sum(onward[target] for _, target in loops))
    paths = min(cap, 1 + 2 * sum(onward.values()) + sum(children.values()))
    for source, target in loops:
        paths = min(cap, paths + reaching[source] * onward[target])
    return float(min(cap, paths + cycles * cycles))
