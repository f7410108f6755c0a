"""Loading what other packages add through entry points, with one failure policy.

The rules (group ``scenario.rules``) and the formats (``scenario.formats``)
of installed packages are loaded the same way: each entry point is loaded
and handed to ``register``; one that fails is skipped with a
:class:`RuntimeWarning` naming it, and the others and the built-in ones
still work. A broken plug-in never breaks the library.
"""

from __future__ import annotations

import importlib.metadata
import warnings
from collections.abc import Callable
from typing import Any

from scenario._messages import _

__all__ = ["load_entry_points"]


def load_entry_points(group: str, register: Callable[[Any], object]) -> list[str]:
    """Load every entry point of ``group`` and give what each names to ``register``.

    Returns the names of the entry points skipped because loading or
    registering them failed (each also warned about).
    """
    skipped = []
    for entry in importlib.metadata.entry_points(group=group):
        try:
            register(entry.load())
        except Exception as error:  # a broken plug-in must not stop the others
            skipped.append(entry.name)
            warnings.warn(
                _(
                    "the plug-in {name} ({value}) of {group} could not be loaded "
                    "and is skipped: {error}"
                ).format(
                    name=repr(entry.name),
                    value=entry.value,
                    group=repr(group),
                    error=f"{type(error).__name__}: {error}",
                ),
                RuntimeWarning,
                stacklevel=2,
            )
    return skipped
