"""Functions of the upper layers, found when called: how the lower layers offer them.

``Scenario.validate()`` is the public face of :func:`scenario.rules.validate`,
but the model sits below the rules and may not import them (the layers of
``docs/architecture.md``, checked by import-linter). Such a convenience
method names its target as ``"module:function"`` and :func:`deferred` imports
it on the first call, as pandas finds its plotting backend: the import graph
keeps pointing down, and ``import scenario`` stays quick. A test checks that
every name given here resolves.

>>> deferred("scenario.duration:format_duration")(90)
'1h30'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["deferred"]


def deferred(target: str) -> Callable[..., Any]:
    """The function ``target`` (``"package.module:name"``), imported now."""
    module, _, name = target.partition(":")
    found: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return found
