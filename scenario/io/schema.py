"""The JSON Schema of scenario documents, and the checking of a document against it.

The schema is ``schemas/scenario.schema.json`` in the repository; it ships
inside the wheel as ``scenario/schemas/scenario.schema.json`` and is read with
:mod:`importlib.resources`. jsonschema is the reference validator;
``jsonschema-rs`` (a dependency; the code falls back to jsonschema without
it) accepts valid documents about a hundred times faster, and jsonschema
explains every refusal: :func:`violations` gives them all, each with its
place and a hint, so that a designer sees every problem of a document at
once.

>>> schema()["$schema"]
'https://json-schema.org/draft/2020-12/schema'
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from scenario._text import closest, did_you_mean, quote
from scenario.i18n import N_, _, pgettext

__all__ = ["SchemaViolation", "check", "describe", "schema", "schema_text", "violations"]

_RESOURCE = "schemas/scenario.schema.json"


@cache
def schema_text() -> str:
    """The schema as shipped, as text."""
    shipped = resources.files("scenario").joinpath(_RESOURCE)
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    # Working from a source checkout (editable install): the schema sits at the top.
    source = Path(str(resources.files("scenario"))).parent / _RESOURCE
    return source.read_text(encoding="utf-8")


@cache
def schema() -> dict[str, Any]:
    """The schema as a dict (do not mutate it: it is shared)."""
    loaded: dict[str, Any] = json.loads(schema_text())
    return loaded


class SchemaViolation(Exception):
    """What is wrong with a document, located: not a public error, :mod:`scenario.io.document`
    turns it into a :class:`~scenario.errors.DocumentError`."""

    def __init__(self, path: Sequence[str | int], message: str, hint: str | None) -> None:
        super().__init__(message)
        self.path = list(path)
        self.message = message
        self.hint = hint


@cache
def _reference_validator() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


@cache
def _fast_validator() -> Any:
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs.validator_for(schema())


def check(document: Any) -> None:
    """Check a normalised document against the schema.

    Raises:
        SchemaViolation: the first of :func:`violations`, if any.
    """
    found = violations(document)
    if found:
        raise found[0]


def violations(document: Any) -> list[SchemaViolation]:
    """Every way a normalised document breaks the schema, each with its place and a hint
    (an unknown key or a missing one each on its own), in no particular order; empty for
    a valid document (found quickly, by jsonschema-rs when it is installed)."""
    fast = _fast_validator()
    if fast is not None:
        try:
            if fast.is_valid(document):
                return []
        except (ValueError, TypeError, OverflowError):
            pass  # a value JSON has no type for (a YAML date...): let jsonschema explain
    found: list[SchemaViolation] = []
    seen: set[tuple[str | int, ...]] = set()
    # A value of the wrong type breaks its enum or its pattern too: its type is said, once.
    errors = sorted(
        _reference_validator().iter_errors(document), key=lambda e: e.validator != "type"
    )
    for error in errors:
        for violation in _explain(error):
            # Each missing key is said; anything else once per place.
            place = tuple(violation.path)
            if error.validator == "required":
                place = (*place, violation.message)
            if place not in seen:
                seen.add(place)
                found.append(violation)
    if not found and fast is not None:
        refusal = _fast_refusal(fast, document)
        if refusal is not None:
            found.append(refusal)
    return found


def _fast_refusal(fast: Any, document: Any) -> SchemaViolation | None:
    """Explain a refusal jsonschema does not share.

    Python's ``re`` lets ``$`` match before a final newline, so jsonschema
    accepts the id ``"intro\\n"``; the schema means ECMA-262 regular
    expressions, as jsonschema-rs reads them, and the refusal stands.
    """
    try:
        found = next(iter(fast.iter_errors(document)), None)
    except (ValueError, TypeError, OverflowError):
        return None
    if found is None:
        return None
    path: list[str | int] = list(found.instance_path)
    if path and path[-1] in ("id", "from", "to", "phase") and isinstance(found.instance, str):
        return _not_an_id(path, found.instance)
    rule = next((str(p) for p in reversed(list(found.schema_path)) if isinstance(p, str)), "?")
    return SchemaViolation(path, _("refused by the schema ({rule})").format(rule=rule), None)


def describe(value: Any) -> str:
    """What a value of a document is, in words, quoted when short enough to show.

    >>> from scenario.i18n import use_language
    >>> with use_language("en"):
    ...     describe("oops"), describe(5), describe([1, 2]), describe(None)
    ("the text 'oops'", 'the whole number 5', 'a list', 'an empty value (null)')
    """
    if value is None:
        return _("an empty value (null)")
    if isinstance(value, bool):
        return _("the boolean {value}").format(value=str(value).lower())
    if isinstance(value, int):
        return _("the whole number {value}").format(value=quote(value))
    if isinstance(value, float):
        return _("the number {value}").format(value=quote(value))
    if isinstance(value, str):
        return _("the text {value}").format(value=quote(value))
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("a mapping")
    return _("the value {value}").format(value=quote(str(value)))  # a YAML date...


#: What a value must be, by its JSON Schema type.
_EXPECTED = {
    "object": N_("a mapping"),
    "array": N_("a list"),
    "string": N_("a text"),
    "integer": N_("a whole number"),
    "number": N_("a number"),
    "boolean": N_("true or false"),
}


def _either(words: Sequence[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    if len(words) == 1:
        return words[0]
    return _("{first} or {second}").format(first=", ".join(words[:-1]), second=words[-1])


def _one_of(choices: Sequence[str]) -> str:
    return _("expected one of {choices}").format(choices=", ".join(quote(c) for c in choices))


def _not_an_id(path: Sequence[str | int], value: Any) -> SchemaViolation:
    return SchemaViolation(
        path,
        _("{value} is not a phase id made of a-z, 0-9, '_' and '-'").format(value=quote(value)),
        _("use lower-case letters without accents, digits, '_' or '-'"),
    )


def _explain(error: Any) -> list[SchemaViolation]:
    """Turn a jsonschema error into sentences, each with a place and a hint: one for each
    unknown key, or each missing key, that the error names."""
    if error.validator == "additionalProperties":
        detail = error.schema
        allowed = sorted(detail.get("properties", {}))
        path = list(error.absolute_path)
        extras = [k for k in error.instance if k not in detail.get("properties", {})]
        return [_unknown_key(path, key, allowed) for key in extras or ["?"]]
    if error.validator == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return [
            SchemaViolation(
                list(error.absolute_path),
                _("missing required key {key}").format(key=quote(key)),
                None,
            )
            for key in missing or [str(error.validator_value[0])]
        ]
    return [_explain_one(error)]


def _unknown_key(path: list[str | int], key: Any, allowed: list[str]) -> SchemaViolation:
    hint = did_you_mean(closest(str(key), allowed, n=1, cutoff=0.7)) or _one_of(allowed)
    return SchemaViolation([*path, str(key)], _("unknown key {key}").format(key=quote(key)), hint)


def _explain_one(error: Any) -> SchemaViolation:
    """Turn a jsonschema error into a sentence, a place and a hint."""
    path: list[str | int] = list(error.absolute_path)
    kind = error.validator
    value = error.instance
    detail = error.schema
    if kind == "oneOf" and error.context:
        # The alternatives of a oneOf (duration, intention): explain with the one the value
        # is of the type of (a list of intentions: its wrong item), else name them all.
        own = len(error.absolute_path)
        wrong_type = {
            e.relative_schema_path[0]
            for e in error.context
            if e.validator == "type" and len(e.absolute_path) == own
        }
        fitting = [e for e in error.context if e.relative_schema_path[0] not in wrong_type]
        if not fitting:
            return SchemaViolation(
                path,
                _("expected {expected}, got {found}").format(
                    expected=_alternatives(error.schema), found=describe(value)
                ),
                None,
            )
        best = min(fitting, key=lambda e: (len(e.absolute_path), e.validator != "type"))
        kind, value, detail = best.validator, best.instance, best.schema
        path = list(best.absolute_path)
    if kind == "additionalProperties":
        extras = [k for k in value if k not in detail.get("properties", {})]
        return _unknown_key(
            path, extras[0] if extras else "?", sorted(detail.get("properties", {}))
        )
    if path == ["scenario"]:
        return SchemaViolation(
            path,
            _("the format version must be the whole number 1, got {found}").format(
                found=describe(value)
            ),
            _("write 'scenario: 1'"),
        )
    if kind == "required":
        missing = [k for k in error.validator_value if k not in value]
        key = missing[0] if missing else str(error.validator_value[0])
        return SchemaViolation(path, _("missing required key {key}").format(key=quote(key)), None)
    if kind == "type":
        expected = detail.get("type")
        names = expected if isinstance(expected, list) else [expected]
        return SchemaViolation(
            path,
            _("expected {expected}, got {found}").format(
                expected=_either([_(_EXPECTED[n]) if n in _EXPECTED else str(n) for n in names]),
                found=describe(value),
            ),
            None,
        )
    if kind == "enum":
        choices = [str(c) for c in detail["enum"]]
        hint = did_you_mean(closest(str(value), choices, cutoff=0.5)) or _one_of(choices)
        return SchemaViolation(path, _("unknown value {value}").format(value=quote(value)), hint)
    if kind == "const":
        expected = quote(detail["const"])
        return SchemaViolation(
            path,
            _("must be {expected}, got {found}").format(expected=expected, found=describe(value)),
            _("write {expected}").format(expected=expected),
        )
    if kind == "minimum":
        return SchemaViolation(
            path,
            _("must be at least {minimum}, got {found}").format(
                minimum=detail["minimum"], found=describe(value)
            ),
            None,
        )
    if kind == "minLength":
        return SchemaViolation(path, _("must not be empty"), None)
    if kind == "pattern" and path and path[-1] in ("id", "from", "to", "phase"):
        return _not_an_id(path, value)
    if kind == "pattern":
        return SchemaViolation(
            path, _("{value} is not in the expected form").format(value=quote(value)), None
        )
    return SchemaViolation(path, _("refused by the schema ({rule})").format(rule=kind), None)


def _alternatives(one_of_schema: dict[str, Any]) -> str:
    """The alternatives of a ``oneOf``, in words: ``a whole number or a text``."""
    words = []
    for alt in one_of_schema.get("oneOf", []):
        if "$ref" in alt:
            words.append(_("a word"))
        elif alt.get("type") in _EXPECTED:
            words.append(_(_EXPECTED[alt["type"]]))
        elif alt.get("title"):
            # The schema's words are in the catalog (context "document format").
            words.append(pgettext("document format", str(alt["title"])))
        else:
            words.append(str(alt.get("type", "?")))
    return _either(words)
