"""The input policy: how much a document, a table, a map or learner data may hold.

Every door that reads a file (:func:`scenario.load`, the importers of
tables and maps, learner data, a git revision, every command) checks the
limits of one :class:`Limits` value *before* the work starts, and refuses
what is past them with a :class:`~scenario.errors.DocumentError` that names
the limit and says how to raise it. The limits are far above any real
course: only hostile or broken input meets them.

The limits in force are, in this order: the ``limits=`` given to a
function; those chosen for a block with :func:`use_limits` (the command
line chooses them from ``--limits``); those of the ``SCENARIO_LIMITS``
variable; the defaults. ``--limits`` and ``SCENARIO_LIMITS`` take the same
text, the names of :class:`Limits` with a value each
(:func:`parse_limits`)::

    scenario validate --limits phases=50000,file_size=64MB cours/
    SCENARIO_LIMITS="string_length=1M" scenario import tableau.xlsx

>>> limits = parse_limits("phases=20k, file_size=64MB")
>>> limits.phases, limits.file_size, limits.depth
(20000, 64000000, 100)
>>> Limits(phases=20_000) == limits.evolve(file_size=Limits().file_size)
True
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

import attrs

from scenario.errors import DocumentError, ScenarioError
from scenario.i18n import _, format_number

__all__ = [
    "DEFAULT_LIMITS",
    "LARGEST_NUMBER",
    "LIMITS_VARIABLE",
    "Limits",
    "LimitsError",
    "current_limits",
    "parse_limits",
    "refusal",
    "use_limits",
]

#: The environment variable whose text (as ``--limits`` takes it) sets the limits.
LIMITS_VARIABLE = "SCENARIO_LIMITS"

#: Whole numbers past this are refused in documents: the largest every JSON reader
#: keeps exact (2**53 - 1), far past any duration or audience.
LARGEST_NUMBER = 2**53 - 1

#: The limits counted in bytes: their suggested values are written in MB.
_BYTES = frozenset({"file_size", "unzipped_size", "data_size"})

#: The deepest nesting a document may be allowed: past it, parsers recurse too deep.
_DEEPEST = 1_000


class LimitsError(ScenarioError, ValueError):
    """A text of limits (``--limits``, ``SCENARIO_LIMITS``) that cannot be read."""


def _positive(instance: Any, attribute: Any, value: Any) -> None:
    if type(value) is not int or value < 1:
        raise LimitsError(
            _("the limit {name} must be a whole number of at least 1, not {value}").format(
                name=attribute.name, value=repr(value)
            )
        )
    if attribute.name == "depth" and value > _DEEPEST:
        raise LimitsError(
            _("the limit depth cannot go past {deepest}").format(deepest=format_number(_DEEPEST))
        )


@attrs.frozen(kw_only=True)
class Limits:
    """How much input the library reads before refusing it; every field can be raised.

    Attributes:
        file_size: bytes of a document, a table, a map or a file of a git revision.
        string_length: characters of one text (a title, an activity, a cell).
        expanded_text: characters of a YAML document's text once its aliases
            are expanded (``*name`` repeats the text of ``&name``).
        phases: phases of a document, rows of a table.
        values: values of a document (texts, numbers, lists, mappings), YAML
            aliases expanded: what its parsed form takes in memory.
        cells: cells of a table (for XLSX, the rectangle its sheets span,
            merged cells included), nodes of a FreeMind map.
        depth: how deeply lists and mappings nest (at most 1,000).
        unzipped_size: bytes of an XLSX workbook once unzipped.
        data_size: bytes of a file of learner data.
        data_rows: rows or statements of a file of learner data.
        data_traces: traces of learner data kept in memory: one per learner and
            activity completed (a completion report), or per learner and activity
            with a statement (xAPI); some 200 bytes each.

    Change them with :meth:`evolve` (``Limits().evolve(phases=50_000)``) or
    :func:`parse_limits`; :meth:`trusted` lifts them all for input one trusts.
    """

    file_size: int = attrs.field(default=16 * 2**20, validator=_positive)
    string_length: int = attrs.field(default=100_000, validator=_positive)
    expanded_text: int = attrs.field(default=32 * 2**20, validator=_positive)
    phases: int = attrs.field(default=10_000, validator=_positive)
    values: int = attrs.field(default=1_000_000, validator=_positive)
    cells: int = attrs.field(default=250_000, validator=_positive)
    depth: int = attrs.field(default=100, validator=_positive)
    unzipped_size: int = attrs.field(default=64 * 2**20, validator=_positive)
    data_size: int = attrs.field(default=256_000_000, validator=_positive)
    data_rows: int = attrs.field(default=1_000_000, validator=_positive)
    data_traces: int = attrs.field(default=3_000_000, validator=_positive)

    def evolve(self, **changes: int | None) -> Limits:
        """These limits with some changed (``None`` values are ignored)."""
        given = {key: value for key, value in changes.items() if value is not None}
        unknown = sorted(set(given) - set(names()))
        if unknown:
            raise LimitsError(_unknown(unknown[0]))
        return attrs.evolve(self, **given)

    @classmethod
    def trusted(cls) -> Limits:
        """Limits for input one trusts, generated or written by oneself: every size and
        count as large as it gets (the depth stays, no scenario nests deep).

        >>> Limits.trusted().phases > 10**18
        True
        """
        largest = 2**62
        return cls(**{name: largest for name in names() if name != "depth"})

    def as_text(self) -> str:
        """The limits as ``--limits`` takes them (every one, in order).

        >>> Limits(phases=5).as_text().split(",")[3]
        'phases=5'
        """
        return ",".join(f"{name}={getattr(self, name)}" for name in names())


#: The limits when nothing else is chosen.
DEFAULT_LIMITS = Limits()


def names() -> tuple[str, ...]:
    """The names of the limits, in the order of :class:`Limits`."""
    return tuple(field.name for field in attrs.fields(Limits))


def _unknown(name: str) -> str:
    from scenario._text import closest, did_you_mean

    hint = did_you_mean(closest(name, names())) or _("expected one of {names}").format(
        names=", ".join(names())
    )
    return _("unknown limit {name}: {hint}").format(name=repr(name), hint=hint)


_UNITS = {
    "": 1,
    "k": 10**3,
    "m": 10**6,
    "g": 10**9,
    "ki": 2**10,
    "mi": 2**20,
    "gi": 2**30,
}
_VALUE = re.compile(r"(\d[\d_]*)\s*(k|m|g|ki|mi|gi|)(?:b|o|)", re.IGNORECASE)


def parse_limits(text: str, base: Limits | None = None) -> Limits:
    """The limits a text sets: ``NAME=VALUE`` separated by commas, over ``base``.

    A value is a whole number, with ``_`` between digits if wanted, and may end
    with a multiple: ``k`` (1,000), ``M`` (1,000,000), ``G``, or ``Ki``, ``Mi``,
    ``Gi`` (1,024...), followed or not by ``B`` (or ``o``, French for bytes):
    ``64MB``, ``64Mo``, ``16MiB``, ``20k``. Names may be written with ``-``
    for ``_``.

    Raises:
        LimitsError: an unknown name, or a value that is not a positive whole number.

    >>> parse_limits("string-length=1Mi").string_length
    1048576
    """
    limits = DEFAULT_LIMITS if base is None else base
    changes: dict[str, int] = {}
    for item in text.split(","):
        item = item.strip()
        if not item:
            continue
        name, equals, value = item.partition("=")
        name = name.strip().lower().replace("-", "_")
        if not equals:
            raise LimitsError(
                _("{item} is not NAME=VALUE (for example phases=20000)").format(item=repr(item))
            )
        if name not in names():
            raise LimitsError(_unknown(name))
        match = _VALUE.fullmatch(value.strip())
        if match is None or len(match.group(1)) > 30:
            raise LimitsError(
                _(
                    "the limit {name} takes a whole number such as 20000, 20k or 64MB, not {value}"
                ).format(name=name, value=repr(value.strip()))
            )
        changes[name] = int(match.group(1).replace("_", "")) * _UNITS[match.group(2).lower()]
    return limits.evolve(**changes)


_chosen: ContextVar[Limits | None] = ContextVar("scenario_limits", default=None)


def current_limits() -> Limits:
    """The limits in force: those of :func:`use_limits`, else ``SCENARIO_LIMITS``, else
    the defaults.

    Raises:
        LimitsError: ``SCENARIO_LIMITS`` cannot be read.
    """
    chosen = _chosen.get()
    if chosen is not None:
        return chosen
    return _from_environment(os.environ.get(LIMITS_VARIABLE, ""))


@lru_cache(maxsize=8)
def _from_environment(text: str) -> Limits:
    if not text.strip():
        return DEFAULT_LIMITS
    try:
        return parse_limits(text)
    except LimitsError as error:
        raise LimitsError(f"{LIMITS_VARIABLE}: {error}") from None


@contextmanager
def use_limits(limits: Limits | None) -> Iterator[Limits]:
    """Apply ``limits`` inside the block (``None``: keep those in force)."""
    if limits is None:
        yield current_limits()
        return
    token = _chosen.set(limits)
    try:
        yield limits
    finally:
        _chosen.reset(token)


def _suggestion(name: str, limit: int, needed: int | None) -> str:
    value = max(2 * limit, needed or 0)
    if name in _BYTES:
        return f"{math.ceil(value / 10**6)}MB"
    return str(value)


def refusal(
    name: str,
    message: str,
    *,
    source: str | None,
    limits: Limits | None = None,
    needed: int | None = None,
    line: int | None = None,
    path: str = "",
    error: type[DocumentError] = DocumentError,
) -> DocumentError:
    """The refusal of an input past the limit ``name``: ``message`` says what is
    too large; the hint names the limit and how to raise it."""
    limit = getattr(limits or current_limits(), name)
    hint = _(
        "if the input is trusted, raise the limit: --limits {name}={value} "
        "(or {variable}; Limits({name}=...) in Python)"
    ).format(name=name, value=_suggestion(name, limit, needed), variable=LIMITS_VARIABLE)
    return error(message, source=source, line=line, path=path, hint=hint)
