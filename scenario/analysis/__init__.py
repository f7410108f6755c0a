"""Analysis of a scenario: its time balance, what it takes, and a synopsis to sign off.

- :mod:`scenario.analysis.stats`: :func:`stats`, minutes per value of each
  dimension of the grid, synchronous and asynchronous time, the routes.
- :mod:`scenario.analysis.requirements`: :func:`requirements`, the
  modality's profile and the needs the phases cause.
- :mod:`scenario.analysis.synopsis`: :func:`synopsis`, the scenario as a
  readable document (Markdown or HTML) for learners or trainers.

These read the model (and the path graph; the synopsis also the report of
the rules); nothing here imports a renderer or the command line.
"""

from __future__ import annotations

from scenario.analysis.requirements import Need, Profile, Requirements, requirements
from scenario.analysis.stats import Route, Routes, Stats, stats
from scenario.analysis.synopsis import synopsis

__all__ = [
    "Need",
    "Profile",
    "Requirements",
    "Route",
    "Routes",
    "Stats",
    "requirements",
    "stats",
    "synopsis",
]
