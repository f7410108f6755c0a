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
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

import yaml

from scenario._atomic import atomic_write
from scenario._gc import collector_paused
from scenario.errors import DocumentError, WriteError, os_reason
from scenario.i18n import _, format_number, use_language
from scenario.io._places import Places, json_phase_lines, phase_lines
from scenario.io._yaml import MAX_DEPTH, LimitError, load_yaml
from scenario.io._yaml_dump import dump_yaml
from scenario.io._yaml_words import json_problem, yaml_problem
from scenario.io.document import from_document, to_document
from scenario.model import Scenario

__all__ = ["MAX_DEPTH", "MAX_DOCUMENT_BYTES", "dump", "dumps", "load", "loads"]

#: Documents larger than this are refused before parsing (override with ``max_bytes``).
#: 16 MiB holds about 45,000 fully tagged phases in YAML. See docs/robustness.md.
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024

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
    max_bytes: int = MAX_DOCUMENT_BYTES,
    lang: str | None = None,
) -> Scenario:
    """Load a scenario from a YAML (``.yaml``, ``.yml``) or JSON (``.json``) file.

    Args:
        path: the file.
        format: ``"yaml"`` or ``"json"``; by default from the extension (YAML
            unless ``.json``).
        max_bytes: larger files are refused before they are parsed.
        lang: the language of the refusals (``None``: the current one).

    Raises:
        DocumentError: the file cannot be read or its document is refused;
            the message names the file, the place and a hint.
    """
    with use_language(lang):
        return _load_file(Path(path), format, max_bytes)


def _load_file(file: Path, format: str | None, max_bytes: int) -> Scenario:
    try:
        size = file.stat().st_size
        if size > max_bytes:
            problem = _("the file is {size} bytes, more than the limit of {limit}")
        else:
            with file.open("rb") as handle:
                raw = _read_at_most(handle, size, max_bytes + 1)
            problem = _("the file holds more than the limit of {limit} bytes")
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        reason = os_reason(error)
        raise DocumentError(
            _("cannot read the file: {reason}").format(reason=reason), source=str(file)
        ) from None
    if size > max_bytes or len(raw) > max_bytes:
        raise DocumentError(
            problem.format(size=format_number(size), limit=format_number(max_bytes)),
            source=str(file),
            hint=_("raise max_bytes if the file is trusted"),
        )
    return _load_bytes(raw, str(file), _format_of(file, format), max_bytes)


def _read_at_most(handle: BinaryIO, size: int, limit: int) -> bytes:
    """Read up to ``limit`` bytes: never past it, even from a file that grows or has no
    size (a pipe, /dev/zero), and never asking for more memory than the file needs."""
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = handle.read(min(limit - total, max(size + 1, 1 << 20)))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def loads(
    text: str | bytes,
    format: str = "yaml",
    *,
    source: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    lang: str | None = None,
) -> Scenario:
    """Load a scenario from the text of a YAML or JSON document.

    Raises:
        DocumentError: the document is refused (see :func:`load`).
    """
    with use_language(lang):
        return _load_text(text, format, source or "<string>", max_bytes)


def _load_text(text: str | bytes, format: str, source: str, max_bytes: int) -> Scenario:
    if isinstance(text, str):
        if len(text) > max_bytes:  # each character is at least one byte
            _refuse_size(len(text), max_bytes, source)
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError as error:
            message = _("the text holds a character no file can hold (a lone surrogate at {index})")
            raise DocumentError(message.format(index=error.start), source=source) from None
    else:
        raw = text
    return _load_bytes(raw, source, _check_format(format), max_bytes)


def _refuse_size(size: int, max_bytes: int, source: str) -> NoReturn:
    raise DocumentError(
        _("the document is {size} bytes, more than the limit of {limit}").format(
            size=format_number(size), limit=format_number(max_bytes)
        ),
        source=source,
        hint=_("raise max_bytes if the document is trusted"),
    )


def _load_bytes(raw: bytes, source: str, format: str, max_bytes: int) -> Scenario:
    if len(raw) > max_bytes:
        _refuse_size(len(raw), max_bytes, source)
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
        data = _parse(text, source, format, tree=lambda root: lines.append(phase_lines(root)))
        if format == "json":
            return from_document(data, source, _json_places(text), json_phase_lines(text))
        return from_document(data, source, Places(text).find, lines[0] if lines else None)


# What YAML refuses or reads as a line break in JSON text, where it is allowed in strings.
_NOT_YAML = re.compile(
    "[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


def _json_places(text: str) -> Callable[[Sequence[str | int]], tuple[int, int] | None]:
    """Find lines and columns in JSON text with the YAML composer (JSON is YAML, once
    its control characters are blanked: same lines, same columns)."""
    places = Places(_NOT_YAML.sub(" ", text))

    def find(place: Sequence[str | int]) -> tuple[int, int] | None:
        found = places.find(place)
        if found is None and not place:
            blank = text[: len(text) - len(text.lstrip())]
            found = (blank.count("\n") + 1, len(blank) - blank.rfind("\n"))
        return found

    return find


def _too_deep(source: str, line: int | None = None) -> DocumentError:
    return DocumentError(
        _("the document nests more than {depth} levels deep").format(depth=MAX_DEPTH),
        source=source,
        line=line,
        hint=_("a scenario needs only a few levels: phases, a phase, its lists"),
    )


def _parse(text: str, source: str, format: str, tree: Callable[[Any], None] | None = None) -> Any:
    if format == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise DocumentError(
                _("not valid JSON: {problem}").format(problem=json_problem(error.msg)),
                source=source,
                line=error.lineno,
                column=error.colno,
            ) from None
        except RecursionError:
            raise _too_deep(source, _json_depth_line(text, MAX_DEPTH)) from None
        if not _within_depth(data, MAX_DEPTH):
            raise _too_deep(source, _json_depth_line(text, MAX_DEPTH))
        return data
    try:
        return load_yaml(text, tree=tree)
    except LimitError as error:
        if error.limit == "depth":
            raise _too_deep(source, error.line) from None
        hint = _("write the repeated values out, or fewer")
        raise DocumentError(error.message, source=source, line=error.line, hint=hint) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or _("cannot be parsed")
        if "maximum nesting depth" in problem:
            # libyaml 0.2.5 as built in PyYAML 6.0.4 has a depth limit of its own that
            # stops parsing before ours: give the same refusal whichever one trips first.
            raise _too_deep(source, mark.line + 1 if mark else None) from None
        char = _char_at(text, mark)
        raise DocumentError(
            _("not valid YAML: {problem}").format(problem=yaml_problem(problem, char)),
            source=source,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            hint=_yaml_hint(problem, char),
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
        raise _too_deep(source) from None


_JSON_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _json_depth_line(text: str, limit: int) -> int | None:
    """The line where JSON text first nests deeper than ``limit`` (for the message)."""
    depth = 0
    for token in _JSON_NESTING.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > limit:
                return text.count("\n", 0, token.start()) + 1
        elif mark in "]}":
            depth -= 1
    return None


def _within_depth(data: Any, limit: int) -> bool:
    """True when no container of ``data`` nests deeper than ``limit`` (no recursion)."""
    level = [data] if type(data) is dict or type(data) is list else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return False
        deeper = []
        for value in level:
            for child in value.values() if type(value) is dict else value:
                if type(child) is dict or type(child) is list:
                    deeper.append(child)
        level = deeper
    return True


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
