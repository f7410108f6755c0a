"""Analysis of a scenario: its time balance and what it takes.

- :mod:`scenario.analysis.stats`: :func:`stats`, minutes per value of each
  dimension of the grid, synchronous and asynchronous time, the routes;
  the main path's balance with the detours' time apart (shown by
  ``_stats_show``).
- :mod:`scenario.analysis.requirements`: :func:`requirements`, the
  modality's profile, the needs the phases cause and the trainer's workload.
- :mod:`scenario.analysis.workload`: the trainer's workload, computed once
  for the requirements report and the sign-off pack;
- :mod:`scenario.analysis.diff`: what changed between two versions
  (``Scenario.diff``, ``scenario diff``);
- :mod:`scenario.analysis.fixes`: the fixes that answer the rules' findings,
  and the fixing loop of ``scenario fix``.

These read the model and the path graph; nothing here imports a renderer
or the command line (the synopsis and the charts are in :mod:`scenario.render`).
"""

from __future__ import annotations

from scenario.analysis.requirements import Need, Profile, Requirements, requirements
from scenario.analysis.stats import Stats, stats

__all__ = [
    "Need",
    "Profile",
    "Requirements",
    "Stats",
    "requirements",
    "stats",
]
