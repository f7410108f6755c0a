"""The learning path: the graph of the phases and its routes (the graph layer).

- :mod:`scenario.learning_path.graph`: the path as a networkx graph, its
  sequence transitions apart from the remediation loops, path order;
- :mod:`scenario.learning_path.detours`: the detour phases that only some
  learners take, and the main path that every learner follows (its entry
  and exit phases);
- :mod:`scenario.learning_path.routes`: the routes a learner can take, the
  shortest and the longest;
- :mod:`scenario.learning_path.numbering`: how pictures and documents number
  the phases: the main path 1, 2, 3..., each detour from the phase it
  branches off (``3a``).

This layer reads the model; networkx is imported when a graph is first built.
"""

from __future__ import annotations

from scenario.learning_path.detours import Detours, detours, kind_label
from scenario.learning_path.graph import (
    build_graph,
    entry_phases,
    exit_phases,
    main_path,
    ordered_phases,
    path_order,
    sequence_graph,
    split_transitions,
)
from scenario.learning_path.numbering import Numbering, numbering
from scenario.learning_path.routes import Route, Routes, routes

__all__ = [
    "Detours",
    "Numbering",
    "Route",
    "Routes",
    "build_graph",
    "detours",
    "entry_phases",
    "exit_phases",
    "kind_label",
    "main_path",
    "numbering",
    "ordered_phases",
    "path_order",
    "routes",
    "sequence_graph",
    "split_transitions",
]
