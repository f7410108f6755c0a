"""Formats other tools open: one registry of exporters and importers.

Each format is a :class:`Format`: a name (``markmap``, ``freemind``,
``csv``...), the file suffixes it uses, and a function that writes a
scenario (``dump``: text or bytes) and/or one that reads it back (``read``).
``scenario export FILE --to NAME`` and ``scenario import FILE`` look formats
up here; another package adds its own with :func:`register_format` or through
the entry-point group ``scenario.formats`` (each entry point names a
:class:`Format`). A plug-in that fails to load, or names something else, is
skipped with a ``RuntimeWarning`` naming it, as the rules' plug-ins are
(:mod:`scenario._plugins`): the built-in formats and the others still work.

>>> sorted(f.name for f in formats())
['csv', 'freemind', 'imscc', 'markmap', 'mermaid', 'olx', 'opml', 'xlsx']
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from scenario._atomic import atomic_write
from scenario._plugins import load_entry_points
from scenario._text import closest, did_you_mean, quote
from scenario.errors import ScenarioError
from scenario.i18n import _

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["ENTRY_POINT_GROUP", "Format", "format_for", "formats", "get_format", "register_format"]

#: The entry-point group where other packages declare their formats.
ENTRY_POINT_GROUP = "scenario.formats"

# The built-in formats: module name -> attribute holding its Format(s), imported when first asked.
_BUILTIN_MODULES: tuple[str, ...] = (
    "freemind",
    "markmap",
    "mermaid",
    "opml",
    "table",
    "imscc",
    "olx",
)


@attrs.frozen
class Format:
    """A file format a scenario can be exported to and/or imported from.

    Args:
        name: the name given to ``--to`` (lower case).
        suffixes: the file suffixes, the first one the default (``(".mm",)``).
        description: one line for ``scenario export --help`` and the docs.
        dump: gives the file's content (``str`` written as UTF-8, or ``bytes``).
        read: builds a scenario from a file; keyword options (``title``,
            ``modality``) are passed through from ``scenario import``.
        variants: another ``dump`` for some suffixes (``{".html": ...}``: markmap
            writes Markdown, or for ``.html`` the page that draws it).
    """

    name: str
    suffixes: tuple[str, ...]
    description: str
    dump: Callable[[Scenario], str | bytes] | None = None
    read: Callable[..., Scenario] | None = None
    variants: Mapping[str, Callable[[Scenario], str | bytes]] = attrs.field(factory=dict)

    def dump_for(self, path: str | Path | None) -> Callable[[Scenario], str | bytes]:
        """The ``dump`` for a file of this name (a variant's, by its suffix).

        Raises:
            ScenarioError: the format can be imported, not exported.
        """
        name = "" if path is None else Path(path).name.lower()
        for suffix, dump in self.variants.items():
            if name.endswith(suffix):
                return dump
        if self.dump is None:
            raise ScenarioError(
                _("the {name} format can be imported, not exported").format(name=self.name)
            )
        return self.dump

    def write(self, scenario: Scenario, path: str | Path) -> None:
        """Write ``scenario`` to ``path`` in this format, atomically."""
        atomic_write(path, self.dump_for(path)(scenario))


_registry: dict[str, Format] = {}
_loaded = False


def register_format(fmt: Format) -> Format:
    """Add a format (or replace one of the same name); returns it."""
    _registry[fmt.name] = fmt
    return fmt


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in _BUILTIN_MODULES:
        importlib.import_module(f"scenario.io.{module}")
    load_entry_points(ENTRY_POINT_GROUP, _register_plugin)


def _register_plugin(found: object) -> None:
    if not isinstance(found, Format):
        raise TypeError(
            _("a format plug-in names a Format, not {value}").format(value=quote(found))
        )
    register_format(found)


def formats() -> list[Format]:
    """Every format known, built-in and from plugins, by name."""
    _load()
    return [_registry[name] for name in sorted(_registry)]


def get_format(name: str) -> Format:
    """The format of this name.

    Raises:
        ScenarioError: no such format (the message lists the known ones).
    """
    _load()
    found = _registry.get(name.lower())
    if found is None:
        hint = did_you_mean(closest(name.lower(), _registry)) or _(
            "expected one of {choices}"
        ).format(choices=", ".join(sorted(_registry)))
        raise ScenarioError(_("unknown format {name}: {hint}").format(name=quote(name), hint=hint))
    return found


def format_for(path: str | Path, *, reading: bool = False) -> Format | None:
    """The format whose suffix ``path`` has (for reading: one that can import), if any."""
    _load()
    name = Path(path).name.lower()  # by the end of the name: ".tar.gz" is one suffix
    for fmt in formats():
        if any(name.endswith(s) for s in fmt.suffixes) and (
            fmt.read is not None if reading else fmt.dump is not None
        ):
            return fmt
    return None
