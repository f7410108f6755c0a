"""The JSON Schema of scenario documents, and the checking of a document against it.

The schema is ``schemas/scenario.schema.json`` in the repository; it ships
inside the wheel as ``scenario/schemas/scenario.schema.json`` and is read with
:mod:`importlib.resources`. jsonschema is the reference validator;
``jsonschema-rs`` (a dependency; the code falls back to jsonschema without
it) accepts valid documents about a hundred times faster, and jsonschema
still explains every refusal (``best_match``).

>>> schema()["$schema"]
'https://json-schema.org/draft/2020-12/schema'
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["SchemaViolation", "check", "schema", "schema_text"]

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
        SchemaViolation: the most relevant error, with its place and a hint.
    """
    fast = _fast_validator()
    if fast is not None:
        try:
            if fast.is_valid(document):
                return
        except (ValueError, TypeError, OverflowError):
            pass  # a value JSON has no type for (a YAML date...): let jsonschema explain
    import jsonschema

    error = jsonschema.exceptions.best_match(_reference_validator().iter_errors(document))
    if error is not None:
        raise _explain(error)
    if fast is not None:
        _fast_refusal(fast, document)


def _fast_refusal(fast: Any, document: Any) -> None:
    """Explain a refusal jsonschema does not share.

    Python's ``re`` lets ``$`` match before a final newline, so jsonschema
    accepts the id ``"intro\\n"``; the schema means ECMA-262 regular
    expressions, as jsonschema-rs reads them, and the refusal stands.
    """
    try:
        found = next(iter(fast.iter_errors(document)), None)
    except (ValueError, TypeError, OverflowError):
        return
    if found is None:
        return
    path: list[str | int] = list(found.instance_path)
    if path and path[-1] in ("id", "from", "to", "phase") and isinstance(found.instance, str):
        raise SchemaViolation(
            path,
            f"{_short(found.instance)} is not a phase id made of a-z, 0-9, '_' and '-'",
            "use lower-case letters without accents, digits, '_' or '-'",
        )
    message = str(found.message)
    raise SchemaViolation(path, message if len(message) < 120 else "refused by the schema", None)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    return type(value).__name__


def _short(value: Any, limit: int = 40) -> str:
    if isinstance(value, (dict, list)):
        return f"a {_json_type(value)}"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "...'"


def _explain(error: Any) -> SchemaViolation:
    """Turn a jsonschema error into a sentence, a place and a hint."""
    path: list[str | int] = list(error.absolute_path)
    kind = error.validator
    value = error.instance
    detail = error.schema
    if kind == "oneOf" and error.context:
        # The alternatives of a oneOf (duration, intention): explain with the plainest one.
        best = min(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
        kind, value, detail = best.validator, best.instance, best.schema
        path = list(best.absolute_path)
        if kind == "type":
            names = _alternatives(error.schema)
            return SchemaViolation(
                path,
                f"expected {names}, got {_json_type(value)} {_short(value)}"
                if not isinstance(value, (dict, list))
                else f"expected {names}, got a {_json_type(value)}",
                None,
            )
    if kind == "additionalProperties":
        allowed = sorted(detail.get("properties", {}))
        extras = [k for k in value if k not in detail.get("properties", {})]
        key = extras[0] if extras else "?"
        close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.5)
        hint = f"did you mean {close[0]!r}?" if close else "expected one of " + ", ".join(allowed)
        return SchemaViolation([*path, str(key)], f"unknown key {_short(key)}", hint)
    if path == ["scenario"]:
        return SchemaViolation(
            path,
            f"the format version must be the whole number 1, got {_short(value)}",
            "write 'scenario: 1'",
        )
    if kind == "required":
        missing = [k for k in error.validator_value if k not in value]
        key = missing[0] if missing else str(error.validator_value[0])
        return SchemaViolation(path, f"missing required key {key!r}", None)
    if kind == "type":
        expected = detail.get("type")
        names = " or ".join(expected) if isinstance(expected, list) else str(expected)
        names = {
            "object": "a mapping",
            "array": "a list",
            "string": "a string",
            "integer": "a whole number",
        }.get(names, names)
        return SchemaViolation(
            path,
            f"expected {names}, got {_json_type(value)}"
            + ("" if isinstance(value, (dict, list)) else f" {_short(value)}"),
            None,
        )
    if kind == "enum":
        choices = [str(c) for c in detail["enum"]]
        close = difflib.get_close_matches(str(value), choices, n=2, cutoff=0.5)
        hint = (
            ("did you mean " + " or ".join(repr(c) for c in close) + "?")
            if close
            else ("expected one of " + ", ".join(repr(c) for c in choices))
        )
        return SchemaViolation(path, f"unknown value {_short(value)}", hint)
    if kind == "const":
        return SchemaViolation(
            path, f"must be {detail['const']!r}, got {_short(value)}", f"write {detail['const']!r}"
        )
    if kind == "minimum":
        return SchemaViolation(
            path, f"must be at least {detail['minimum']}, got {_short(value)}", None
        )
    if kind == "pattern" and path and path[-1] in ("id", "from", "to", "phase"):
        return SchemaViolation(
            path,
            f"{_short(value)} is not a phase id made of a-z, 0-9, '_' and '-'",
            "use lower-case letters without accents, digits, '_' or '-'",
        )
    if kind == "pattern":
        return SchemaViolation(path, f"{_short(value)} is not in the expected form", None)
    return SchemaViolation(path, error.message if len(error.message) < 120 else kind, None)


def _alternatives(one_of_schema: dict[str, Any]) -> str:
    titles = [alt.get("title") or alt.get("type", "?") for alt in one_of_schema.get("oneOf", [])]
    resolved = []
    for alt, title in zip(one_of_schema.get("oneOf", []), titles):
        if "$ref" in alt:
            resolved.append("a word")
        else:
            resolved.append(
                {"array": "a list", "integer": "a whole number", "string": "a text"}.get(
                    alt.get("type", ""), str(title)
                )
            )
    return " or ".join(resolved)
