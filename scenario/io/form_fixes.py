"""The fixes of a document's form, which need no rule, each named by a ``format.*`` code.

- ``format.version``: the missing ``scenario: 1`` (or ``"1"`` written as text);
- ``format.key``: a key written in French (``durée``, the lexicon of
  :data:`scenario.lexicon.KEY_ALIASES`, which loading reads too) or
  misspelt (``situaton``) when one key of that place is meant;
- ``format.alias``: a word of the grid written as an alias, in another
  case or without its accents (``onsite``, ``Evaluation``), an intention
  list written as one text (``"partager, évaluer"``), ``audience: 24``;
- ``format.spelling``: a misspelt word of the grid that is close to one
  canonical word only (two close words: a suggestion);
- ``format.duration``, ``format.date``: a duration or a date in its
  canonical form (``1h30``, ``2025-03-10``).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from scenario._text import fold, quote
from scenario.dates import format_date, parse_date
from scenario.duration import format_duration, parse_duration
from scenario.errors import VocabularyError
from scenario.i18n import _, pgettext
from scenario.io._located import Edit, Located
from scenario.io.document import format_path
from scenario.io.fix import Fix
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
    suggest,
)

__all__ = ["form_fixes"]

_PHASE_TERMS: dict[str, type[Term]] = {
    "phase": PhaseKind,
    "group": Group,
    "situation": Situation,
    "pedagogy": Pedagogy,
}


def form_fixes(doc: Located) -> list[Fix]:
    """The fixes of the document's form (see the module's documentation), in text order."""
    root = doc.root
    if not doc.is_mapping(root) or not root.value:
        return []
    found = list(_version(doc))
    found += _keys(doc, [], _allowed(None))
    found += _term(doc, ["modality"], Modality)
    found += _audience(doc)
    found += _date(doc, ["start"])
    for index, step in enumerate(_items(doc, ["path"])):
        found += _keys(doc, ["path", index], _allowed("transition"))
        if doc.is_mapping(step):
            found += _term(doc, ["path", index, "kind"], TransitionKind)
    for index, _waiver in enumerate(_items(doc, ["waivers"])):
        found += _keys(doc, ["waivers", index], _allowed("waiver"))
    for index, phase in enumerate(_items(doc, ["phases"])):
        if not doc.is_mapping(phase):
            continue
        place: list[str | int] = ["phases", index]
        found += _keys(doc, place, _allowed("phase"))
        for key, cls in _PHASE_TERMS.items():
            found += _term(doc, [*place, key], cls)
        found += _intentions(doc, [*place, "intention"])
        found += _duration(doc, [*place, "duration"])
        found += _date(doc, [*place, "date"])
    return sorted(found, key=lambda f: min((e.start for e in f.edits), default=-1))


def _allowed(definition: str | None) -> tuple[str, ...]:
    """The keys the schema allows at a place (the document, or one of its definitions)."""
    node = schema() if definition is None else schema()["$defs"][definition]
    return tuple(node.get("properties", {}))


def _items(doc: Located, path: Sequence[str | int]) -> list[Any]:
    node = doc.node(path)
    return list(node.value) if doc.is_sequence(node) else []


def _fix(doc: Located, rule: str, path: Sequence[str | int], message: str, *edits: Edit) -> Fix:
    phase = None
    if len(path) >= 2 and path[0] == "phases" and isinstance(path[1], int):
        ident = doc.node(["phases", path[1], "id"])
        phase = ident.value if doc.is_scalar(ident) else None
    return Fix(rule, message, format_path(path), doc.line(path), phase, True, edits)


def _version(doc: Located) -> Iterator[Fix]:
    node = doc.node(["scenario"])
    if node is None and _version_key(doc) is not None:
        return  # written in another case or in French (« scénario »): renamed by format.key
    if node is None:
        yield _fix(
            doc,
            "format.version",
            [],
            _("the format version 'scenario: 1' is missing: it is added at the top"),
            doc.add_first_key("scenario", "1"),
        )
    elif doc.is_scalar(node) and node.value.strip() == "1" and node.style in ("'", '"'):
        yield _fix(
            doc,
            "format.version",
            ["scenario"],
            _("the format version is the whole number 1, not the text {value}").format(
                value=quote(node.value)
            ),
            doc.replace(["scenario"], 1),
        )


def _version_key(doc: Located) -> str | None:
    """The key of the document that means ``scenario``, however it is written."""
    root = doc.node([])
    if not doc.is_mapping(root):
        return None
    for key, _value in root.value:
        if doc.is_scalar(key) and canonical_key(str(key.value), ["scenario"]) == "scenario":
            return str(key.value)
    return None


def _keys(doc: Located, path: Sequence[str | int], allowed: Sequence[str]) -> Iterator[Fix]:
    node = doc.node(path)
    if not doc.is_mapping(node):
        return
    present = {k.value for k, _v in node.value if doc.is_scalar(k)}
    for key, _value in node.value:
        if not doc.is_scalar(key) or key.value in allowed:
            continue
        wanted = canonical_key(str(key.value), allowed)
        close = (
            [wanted]
            if wanted in allowed
            else difflib.get_close_matches(str(key.value)[:100], list(allowed), n=2, cutoff=0.75)
        )
        close = [c for c in close if c not in present]
        place = [*path, key.value]
        if len(close) == 1 and close[0] is not None:
            yield _fix(
                doc,
                "format.key",
                place,
                _("the key {key} is written “{canonical}”").format(
                    key=quote(key.value), canonical=close[0]
                ),
                doc.rename_key(place, close[0]),
            )
        else:
            yield attrs.evolve(
                _fix(
                    doc,
                    "format.key",
                    place,
                    _("the key {key} is unknown here: rename it or remove it").format(
                        key=quote(key.value)
                    ),
                ),
                safe=False,
            )


def _canonical(cls: type[Term], word: str) -> tuple[str | None, list[str]]:
    """The canonical word for ``word`` and, when it is not a word of ``cls``, the closest:
    one when it is clearly closer than any other (``petit grupe``), else up to two."""
    try:
        return parse_term(cls, word).value, []
    except VocabularyError:
        close = suggest(cls, word[:100])
    if len(close) < 2:
        return None, close
    folded = fold(word[:100])
    first, second = (difflib.SequenceMatcher(None, folded, fold(c)).ratio() for c in close[:2])
    return None, close[:1] if first >= 0.85 and first - second >= 0.15 else close


def _term(doc: Located, path: Sequence[str | int], cls: type[Term]) -> Iterator[Fix]:
    node = doc.node(path)
    if not doc.is_scalar(node) or node.tag.endswith((":int", ":bool", ":null")):
        return
    word = str(node.value)
    if word in cls._value2member_map_:
        return
    canonical, close = _canonical(cls, word)
    if canonical is not None:
        message = _("{value} is written “{canonical}”, its canonical form").format(
            value=quote(word), canonical=canonical
        )
        yield _fix(doc, "format.alias", path, message, doc.replace(path, canonical))
    elif len(close) == 1:
        message = _("{value} is not a known {dimension}: corrected to “{canonical}”").format(
            dimension=_dimension(cls), value=quote(word), canonical=close[0]
        )
        yield _fix(doc, "format.spelling", path, message, doc.replace(path, close[0]))
    elif close:
        message = _("{value} is not a known {dimension}: did you mean {choices}?").format(
            dimension=_dimension(cls),
            value=quote(word),
            choices=_("{first} or {second}").format(
                first=_("“{text}”").format(text=close[0]),
                second=_("“{text}”").format(text=close[1]),
            ),
        )
        yield attrs.evolve(_fix(doc, "format.spelling", path, message), safe=False)


def _dimension(cls: type[Term]) -> str:
    """The name of a dimension of the grid for a reader."""
    names = {
        "PhaseKind": pgettext("dimension", "phase kind"),
        "Group": pgettext("dimension", "group"),
        "Situation": pgettext("dimension", "situation"),
        "Pedagogy": pgettext("dimension", "pedagogy"),
        "Intention": pgettext("dimension", "intention"),
        "Modality": pgettext("dimension", "modality"),
        "TransitionKind": pgettext("dimension", "transition kind"),
    }
    return names[cls.__name__]


def _intentions(doc: Located, path: Sequence[str | int]) -> Iterator[Fix]:
    node = doc.node(path)
    if doc.is_sequence(node):
        for index in range(len(node.value)):
            yield from _term(doc, [*path, index], Intention)
        return
    if not doc.is_scalar(node) or not any(sep in str(node.value) for sep in ",;"):
        yield from _term(doc, path, Intention)
        return
    words = [w.strip() for w in str(node.value).replace(";", ",").split(",") if w.strip()]
    canonical = [_canonical(Intention, w)[0] for w in words]
    if words and all(c is not None for c in canonical):
        message = _("the intentions {value} are written as a list").format(value=quote(node.value))
        listed = doc.flow_list(c for c in canonical if c is not None)
        yield _fix(doc, "format.alias", path, message, doc.replace_raw(path, listed))


def _whole(text: object) -> int | None:
    """A YAML whole number as ruamel left it (``1_000``, ``0x1F``), or None when it is not
    one or has too many digits to be a count of anything (Python refuses 4,300)."""
    cleaned = str(text).replace("_", "")
    if len(cleaned) > 20:
        return None
    try:
        return int(cleaned, 0) if cleaned[:2].lower() in ("0x", "0o", "0b") else int(cleaned)
    except ValueError:
        return None


def _audience(doc: Located) -> Iterator[Fix]:
    node = doc.node(["audience"])
    size = _whole(node.value) if doc.is_scalar(node) and node.tag.endswith(":int") else None
    if size is not None and size >= 1:
        message = _("the audience {size} is written as its size").format(size=size)
        text = "{" + f"{doc.scalar('size')}: {size}" + "}"
        yield _fix(doc, "format.alias", ["audience"], message, doc.replace_raw(["audience"], text))


def _duration(doc: Located, path: Sequence[str | int]) -> Iterator[Fix]:
    node = doc.node(path)
    if not doc.is_scalar(node) or node.tag.endswith((":bool", ":null")):
        return
    value: object = _whole(node.value) if node.tag.endswith(":int") else str(node.value)
    if value is None:
        return
    try:
        minutes = parse_duration(value)
    except VocabularyError:
        return
    canonical = format_duration(minutes)
    if str(node.value) != canonical:
        message = _("the duration {value} is written “{canonical}”").format(
            value=quote(node.value), canonical=canonical
        )
        yield _fix(doc, "format.duration", path, message, doc.replace(path, canonical))


def _date(doc: Located, path: Sequence[str | int]) -> Iterator[Fix]:
    node = doc.node(path)
    if not doc.is_scalar(node):
        return
    try:
        canonical = format_date(parse_date(str(node.value)))
    except VocabularyError:
        return
    if str(node.value) != canonical:
        message = _("the date {value} is written “{canonical}”").format(
            value=quote(node.value), canonical=canonical
        )
        yield _fix(doc, "format.date", path, message, doc.replace(path, canonical))
