"""Loading and saving scenario documents, in YAML or JSON.

>>> s = loads('''
... scenario: 1
... title: Démo
... phases:
...   - {id: intro, phase: discovery, situation: onsite, duration: 1h}
... ''')
>>> s.phases[0].situation.value, s.phases[0].duration
('présentiel', 60)
>>> print(dumps(s), end="")
scenario: 1
title: Démo
phases:
- id: intro
  phase: découverte
  situation: présentiel
  duration: 1h
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import yaml

from scenario._atomic import atomic_write
from scenario._gc import collector_paused
from scenario.errors import DocumentError, WriteError, os_reason
from scenario.i18n import _, format_number, use_language
from scenario.io._input import read_input
from scenario.io._json import json_places, parse_json, too_deep
from scenario.io._places import Places, json_phase_lines, phase_lines
from scenario.io._yaml import MAX_DEPTH, DuplicateKeyError, LimitError, load_yaml
from scenario.io._yaml_dump import dump_yaml
from scenario.io._yaml_words import yaml_problem
from scenario.io.document import from_document, to_document
from scenario.io.limits import DEFAULT_LIMITS, Limits, current_limits, refusal, use_limits
from scenario.model import Scenario

__all__ = ["MAX_DEPTH", "MAX_DOCUMENT_BYTES", "dump", "dumps", "load", "loads"]

#: Documents larger than this are refused before parsing, unless the limit ``file_size``
#: (:class:`~scenario.io.limits.Limits`) or ``max_bytes`` says otherwise. 16 MiB holds
#: about 45,000 fully tagged phases in YAML. See docs/robustness.md.
MAX_DOCUMENT_BYTES = DEFAULT_LIMITS.file_size

_FORMATS = ("yaml", "json")


def _format_of(path: Path, format: str | None) -> str:
    if format is not None:
        return _check_format(format)
    return "json" if path.suffix.lower() == ".json" else "yaml"


def _check_format(format: str) -> str:
    lowered = format.lower()
    if lowered == "yml":
        lowered = "yaml"
    if lowered not in _FORMATS:
        raise DocumentError(
            _("unknown document format {format}").format(format=repr(format)),
            hint=_("use 'yaml' or 'json'"),
        )
    return lowered


def load(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
    lang: str | None = None,
) -> Scenario:
    """Load a scenario from a YAML (``.yaml``, ``.yml``) or JSON (``.json``) file.

    Args:
        path: the file (a regular file: a folder, a pipe or a device is refused).
        format: ``"yaml"`` or ``"json"``; by default from the extension (YAML
            unless ``.json``).
        max_bytes: larger files are refused before they are parsed (default:
            ``limits.file_size``).
        limits: the limits of the input policy (default: those in force,
            :func:`scenario.io.limits.current_limits`).
        lang: the language of the refusals (``None``: the current one).

    Raises:
        DocumentError: the file cannot be read, is past a limit, or its document is
            refused; the message names the file, the place and a hint.
    """
    with use_language(lang), use_limits(_with_bytes(limits, max_bytes)) as chosen:
        file = Path(path)
        raw = read_input(path, limits=chosen)
        return _load_bytes(raw, str(file), _format_of(file, format), chosen)


def _with_bytes(limits: Limits | None, max_bytes: int | None) -> Limits:
    chosen = limits or current_limits()
    return chosen if max_bytes is None else chosen.evolve(file_size=max_bytes)


def loads(
    text: str | bytes,
    format: str = "yaml",
    *,
    source: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
    lang: str | None = None,
) -> Scenario:
    """Load a scenario from the text of a YAML or JSON document.

    ``max_bytes`` and ``limits`` are those of :func:`load`.

    Raises:
        DocumentError: the document is refused (see :func:`load`).
    """
    with use_language(lang), use_limits(_with_bytes(limits, max_bytes)) as chosen:
        return _load_text(text, format, source or "<string>", chosen)


def _load_text(text: str | bytes, format: str, source: str, limits: Limits) -> Scenario:
    if isinstance(text, str):
        if len(text) > limits.file_size:  # each character is at least one byte
            _refuse_size(len(text), source, limits)
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError as error:
            message = _("the text holds a character no file can hold (a lone surrogate at {index})")
            raise DocumentError(message.format(index=error.start), source=source) from None
    else:
        raw = text
    return _load_bytes(raw, source, _check_format(format), limits)


def _refuse_size(size: int, source: str, limits: Limits) -> NoReturn:
    message = _("the document is {size} bytes, more than the limit of {limit}").format(
        size=format_number(size), limit=format_number(limits.file_size)
    )
    raise refusal("file_size", message, source=source, limits=limits, needed=size)


def _load_bytes(raw: bytes, source: str, format: str, limits: Limits) -> Scenario:
    if len(raw) > limits.file_size:
        _refuse_size(len(raw), source, limits)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(
            _("the file is not UTF-8 text (byte {index})").format(index=error.start),
            source=source,
            hint=_("save it as UTF-8"),
        ) from None
    # Loading makes a great many objects that all live on: the garbage collector
    # waits until the scenario is built (scenario/_gc.py).
    with collector_paused():
        lines: list[tuple[int, ...] | None] = []  # where the phases stand, for the findings
        if format == "json":
            data = parse_json(text, source, limits)
            return from_document(data, source, json_places(text), json_phase_lines(text))
        data = _parse_yaml(text, source, limits, lambda root: lines.append(phase_lines(root)))
        return from_document(data, source, Places(text).find, lines[0] if lines else None)


def _parse_yaml(
    text: str, source: str, limits: Limits, tree: Callable[[Any], None] | None = None
) -> Any:
    try:
        return load_yaml(text, limits=limits, tree=tree)
    except LimitError as error:
        if error.limit == "aliases":
            hint = _("write the repeated values out, or fewer")
            raise DocumentError(error.message, source=source, line=error.line, hint=hint) from None
        raise refusal(
            error.limit,
            error.message,
            source=source,
            limits=limits,
            needed=error.needed,
            line=error.line,
            path=error.path,
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or _("cannot be parsed")
        if "maximum nesting depth" in problem:
            # libyaml 0.2.5 as built in PyYAML 6.0.4 has a depth limit of its own that
            # stops parsing before ours: give the same refusal whichever one trips first.
            raise too_deep(source, limits, mark.line + 1 if mark else None) from None
        char = _char_at(text, mark)
        advice = (
            _("keep one of them: the document must say each thing once")
            if isinstance(error, DuplicateKeyError)
            else _yaml_hint(problem, char)
        )
        raise DocumentError(
            _("not valid YAML: {problem}").format(problem=yaml_problem(problem, char)),
            source=source,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            hint=advice,
        ) from None
    except yaml.reader.ReaderError as error:
        raise DocumentError(
            _("not valid YAML: the character {char} is not allowed in YAML").format(
                char=repr(chr(error.character))
            ),
            source=source,
            line=text.count("\n", 0, error.position) + 1,
            hint=_("remove control characters, or write them as escapes in double quotes"),
        ) from None
    except yaml.YAMLError as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else _("cannot be parsed")
        raise DocumentError(
            _("not valid YAML: {problem}").format(problem=first[:200]), source=source
        ) from None
    except RecursionError:
        raise too_deep(source, limits) from None


def _char_at(text: str, mark: Any) -> str:
    index = getattr(mark, "index", -1)
    return text[index] if isinstance(index, int) and 0 <= index < len(text) else ""


def _yaml_hint(problem: str, char: str = "") -> str | None:
    if "could not determine a constructor" in problem:
        return _("tags such as !!python/object are refused: write plain values")
    if "mapping values are not allowed" in problem:
        return _("a ':' inside a value needs quotes")
    if "tab" in problem or char == "\t":
        return _("indent with spaces, not tabs")
    if char in ("@", "`"):
        return _("a value starting with {char} needs quotes").format(char=repr(char))
    return None


def dumps(scenario: Scenario, format: str = "yaml") -> str:
    """The canonical document of ``scenario`` as YAML or JSON text (deterministic)."""
    document = to_document(scenario)
    if _check_format(format) == "json":
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return dump_yaml(document)


def dump(scenario: Scenario, path: str | os.PathLike[str], format: str | None = None) -> None:
    """Write ``scenario`` to ``path`` (format from the extension), atomically."""
    file = Path(path)
    try:
        atomic_write(file, dumps(scenario, _format_of(file, format)))
    except OSError as error:
        message = _("{file}: cannot write the file: {reason}")
        raise WriteError(message.format(file=file, reason=os_reason(error))) from None
