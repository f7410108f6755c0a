"""Analysis of a scenario: its time balance, what it takes, and a synopsis to sign off.

- :mod:`scenario.analysis.stats`: :func:`stats`, minutes per value of each
  dimension of the grid, synchronous and asynchronous time, the routes.

These read the model (and the path graph); nothing here imports a renderer
or the command line.
"""

from __future__ import annotations

from scenario.analysis.stats import Route, Routes, Stats, stats

__all__ = ["Route", "Routes", "Stats", "stats"]
