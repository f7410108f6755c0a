"""Reading a parsed document leniently, before the schema checks it.

:class:`Reading` makes the *normalised* copy of a document that
:func:`scenario.io.document.from_document` checks and builds: the keys
written in French (``durée``, ``titre``) or in another case renamed to the
document's keys (:func:`scenario.lexicon.canonical_key`), the shorthands
a designer writes expanded (``audience: 24`` is ``{size: 24}``, ``intention:
"partager, évaluer"`` a list of two), the words of the grid made canonical,
durations in minutes, dates in ISO form. What it cannot read it does not
stop at: it notes a :class:`Refusal` (place, message, hint), leaves the value
as it was, and reads on, so that every problem of a document is found in one
pass. It remembers the keys it renamed, so that a place can be shown, and
found in the text, as the document writes it (:meth:`Reading.written`).

>>> reading = Reading()
>>> normal = reading.normalise({"titre": "T", "audience": 24,
...     "phases": [{"id": "a", "phase": "x", "durée": "1,5 h", "intention": "share, évaluer"}]})
>>> normal["title"], normal["audience"], normal["phases"][0]["duration"]
('T', {'size': 24}, 90)
>>> normal["phases"][0]["intention"]
['partager', 'évaluer']
>>> [(r.path, r.message) for r in reading.refusals]
[(['phases', 0, 'phase'], "type de phase inconnu 'x'")]
>>> reading.written(["phases", 0, "duration"])
['phases', 0, 'durée']
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from scenario._text import quote
from scenario.dates import format_date, parse_date
from scenario.duration import parse_duration
from scenario.errors import VocabularyError
from scenario.i18n import _
from scenario.io.schema import schema
from scenario.lexicon import canonical_key
from scenario.vocabulary import (
    Group,
    Intention,
    Modality,
    Pedagogy,
    PhaseKind,
    Situation,
    Term,
    TransitionKind,
    parse_term,
)

__all__ = ["Reading", "Refusal"]

Location = list[str | int]

_PHASE_TERMS: dict[str, type[Term]] = {
    "phase": PhaseKind,
    "group": Group,
    "situation": Situation,
    "pedagogy": Pedagogy,
}
_TEXT_SCALARS = (int, float, datetime.date)
# Intentions written as one text: "partager, évaluer", "partager; évaluer".
_SEPARATORS = re.compile(r"[,;]")


class Refusal(NamedTuple):
    """A value the lenient reading could not read: where (in the normalised
    document's keys), what is wrong, and what to write instead."""

    path: Location
    message: str
    hint: str | None = None


@cache
def _keys_of(definition: str | None) -> frozenset[str]:
    """The keys the schema allows in the document (``None``) or one of its definitions."""
    node = schema() if definition is None else schema()["$defs"][definition]
    return frozenset(node.get("properties", {}))


class Reading:
    """One lenient reading of a document (see the module's documentation).

    Attributes:
        refusals: what could not be read, in document order.
        renamed: for each key renamed, its place in the normalised document
            (a tuple of keys and indexes) and the key as the document writes it.
    """

    def __init__(self) -> None:
        self.refusals: list[Refusal] = []
        self.renamed: dict[tuple[str | int, ...], str] = {}

    def refuse(self, path: Location, message: str, hint: str | None = None) -> None:
        """Note a value that cannot be read."""
        self.refusals.append(Refusal(list(path), message, hint))

    def written(self, path: Sequence[str | int]) -> Location:
        """``path`` (of the normalised document) with each renamed key as the document
        writes it: the place to show, and to look for in the text."""
        if not self.renamed:
            return list(path)
        return [
            self.renamed.get(tuple(path[: index + 1]), part) if isinstance(part, str) else part
            for index, part in enumerate(path)
        ]

    # -- the document -------------------------------------------------------------------

    def normalise(self, data: dict[Any, Any]) -> dict[Any, Any]:
        """A copy of ``data`` read leniently (see the module's documentation)."""
        normal = self._keys(data, [], _keys_of(None))
        for key in ("title", "notes"):
            if key in normal:
                normal[key] = _text(normal[key])
        if "modality" in normal:
            normal["modality"] = self._term(Modality, normal["modality"], ["modality"])
        if "audience" in normal:
            normal["audience"] = self._audience(normal["audience"])
        if "objectives" in normal:
            normal["objectives"] = _texts(normal["objectives"])
        if "start" in normal:
            normal["start"] = self._date(normal["start"], ["start"])
        if isinstance(normal.get("phases"), list):
            normal["phases"] = [
                self._phase(p, ["phases", i]) if isinstance(p, dict) else p
                for i, p in enumerate(normal["phases"])
            ]
        if isinstance(normal.get("waivers"), list):
            normal["waivers"] = [
                self._waiver(w, ["waivers", i]) if isinstance(w, dict) else w
                for i, w in enumerate(normal["waivers"])
            ]
        if isinstance(normal.get("path"), list):
            normal["path"] = [
                self._transition(t, ["path", i]) if isinstance(t, dict) else t
                for i, t in enumerate(normal["path"])
            ]
        return normal

    def _keys(
        self, mapping: dict[Any, Any], path: Location, allowed: frozenset[str]
    ) -> dict[Any, Any]:
        """``mapping`` with its keys read as the document's keys where they mean one.

        A key that is neither allowed nor a name of one is left for the schema to
        refuse (with the closest key). A key and its French name both given: the
        French one is refused.
        """
        if allowed.issuperset(mapping):  # (allowed holds texts only)
            return dict(mapping)  # the common case: nothing to rename
        renamed: dict[Any, Any] = {}
        for key, value in mapping.items():
            meant = canonical_key(key, allowed) if type(key) is str else None
            if meant is None or meant == key:
                if key in renamed:  # a canonical key after its French name
                    self._twice(path, self.renamed.pop(tuple([*path, key])), key)
                renamed[key] = value
            elif meant in renamed:
                self._twice(path, key, meant)
            else:
                renamed[meant] = value
                self.renamed[tuple([*path, meant])] = key
        return renamed

    def _twice(self, path: Location, written: str, meant: str) -> None:
        self.refuse(
            [*path, written],
            _("the key {key} means {meant}, which is given too").format(
                key=quote(written), meant=quote(meant)
            ),
            _("keep one of them"),
        )

    def _audience(self, value: Any) -> Any:
        """``audience: 24`` is ``{size: 24}``; a mapping has its keys read."""
        if _whole(value):
            return {"size": int(value)}
        if not isinstance(value, dict):
            return value
        audience = self._keys(value, ["audience"], _keys_of("audience"))
        if "description" in audience:
            audience["description"] = _text(audience["description"])
        if _whole(audience.get("size")):
            audience["size"] = int(audience["size"])
        return audience

    def _phase(self, phase: dict[Any, Any], path: Location) -> dict[Any, Any]:
        normal: dict[Any, Any] = self._keys(phase, path, _keys_of("phase"))
        for key, cls in _PHASE_TERMS.items():
            if key in normal:
                normal[key] = self._term(cls, normal[key], [*path, key])
        if "intention" in normal:
            normal["intention"] = self._intentions(normal["intention"], [*path, "intention"])
        duration = normal.get("duration")
        if (
            type(duration) is str
            or type(duration) is float
            or (type(duration) is int and duration < 0)
        ):
            normal["duration"] = self._duration(duration, [*path, "duration"])
        if "date" in normal:
            normal["date"] = self._date(normal["date"], [*path, "date"])
        for key in ("title", "module", "lms", "notes"):
            if key in normal and type(normal[key]) is not str:
                normal[key] = _text(normal[key])
        for key in ("activities", "resources"):
            if key in normal:
                normal[key] = _texts(normal[key])
        return normal

    def _transition(self, step: dict[Any, Any], path: Location) -> dict[Any, Any]:
        normal: dict[Any, Any] = self._keys(step, path, _keys_of("transition"))
        if "kind" in normal:
            normal["kind"] = self._term(TransitionKind, normal["kind"], [*path, "kind"])
        return normal

    def _waiver(self, waiver: dict[Any, Any], path: Location) -> dict[Any, Any]:
        normal: dict[Any, Any] = self._keys(waiver, path, _keys_of("waiver"))
        for key in ("rule", "reason"):
            if key in normal:
                normal[key] = _text(normal[key])
        return normal

    # -- values -------------------------------------------------------------------------

    def _term(self, cls: type[Term], value: Any, path: Location) -> Any:
        """The canonical value of a vocabulary word; a word that is none is refused and
        left as it was; a value that is not a word is left for the schema."""
        if type(value) is not str or value in cls._value2member_map_:
            return value  # not a word (the schema explains), or already canonical
        try:
            return parse_term(cls, value).value
        except VocabularyError as error:
            self.refuse(path, error.problem, error.hint)
            return value

    def _intentions(self, value: Any, path: Location) -> Any:
        """One intention, a list of them, or several in one text (``"partager, évaluer"``):
        each wrong word is refused with its own hint."""
        if isinstance(value, list):
            return [self._term(Intention, v, [*path, i]) for i, v in enumerate(value)]
        if type(value) is str and _SEPARATORS.search(value):
            words = [word.strip() for word in _SEPARATORS.split(value) if word.strip()]
            return [self._term(Intention, word, path) for word in words]
        return self._term(Intention, value, path)

    def _duration(self, value: Any, path: Location) -> Any:
        try:
            return parse_duration(value)
        except VocabularyError as error:
            self.refuse(
                path,
                _("cannot read the duration {duration}").format(duration=quote(str(value))),
                error.hint
                if error.reason
                else _("write it as '20min', '1h30', '1,5 h', 'PT1H30M' or a number of minutes"),
            )
            return value

    def _date(self, value: Any, path: Location) -> Any:
        """A date (a YAML date, ``2025-03-10``, ``10/03/2025``) in ISO form; other types are
        left for the schema to explain."""
        if not isinstance(value, (str, datetime.date)):
            return value
        try:
            return format_date(parse_date(value))
        except VocabularyError as error:
            self.refuse(
                path,
                _("cannot read the date {date}").format(date=quote(str(value))),
                error.reason or _("write it as '2025-03-10' (or '10/03/2025')"),
            )
            return value


def _whole(value: Any) -> bool:
    """A whole number (``24``, ``24.0``), not a boolean."""
    return type(value) is int or (type(value) is float and value.is_integer())


def _text(value: Any) -> Any:
    """Free text written as a number or a date in YAML (``module: 1``) is read as text."""
    if isinstance(value, _TEXT_SCALARS) and not isinstance(value, bool):
        return str(value)
    return value


def _texts(value: Any) -> Any:
    if isinstance(value, str):
        return [value]  # a single activity written without a list
    if not isinstance(value, list) or all(type(v) is str for v in value):
        return value
    return [_text(v) for v in value]
