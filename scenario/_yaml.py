"""YAML for scenario documents: safe loading only, line numbers for error messages.

Loading uses libyaml's ``CSafeLoader`` when PyYAML was built with it (it is
faster, and the pure-Python loader rejects some valid flow mappings), else
``SafeLoader``: tags that would build Python objects are refused either way.
Line numbers are looked up only when an error needs one, so the common path
pays nothing for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

__all__ = ["dump_yaml", "line_of", "load_yaml"]

SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SafeDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load_yaml(text: str) -> Any:
    """Parse one YAML document safely (raises ``yaml.YAMLError``)."""
    return yaml.load(text, Loader=SafeLoader)


def line_of(text: str, path: Sequence[str | int]) -> int | None:
    """The 1-based line where ``path`` (keys and indexes) sits in ``text``, if it can be found.

    For a key that does not exist (a required key left out), the line of the
    nearest enclosing node that does.
    """
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if node is None:
        return None
    line: int = node.start_mark.line + 1
    for part in path:
        child = None
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == part:
                    child = value
                    line = key.start_mark.line + 1
                    break
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(part, int)
            and 0 <= part < len(node.value)
        ):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line


def dump_yaml(data: Any) -> str:
    """Write ``data`` as block-style YAML, keys in the order given, unicode kept."""
    text: str = yaml.dump(
        data,
        Dumper=SafeDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
        indent=2,
    )
    return text
