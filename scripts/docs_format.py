"""Write the reference of the document format, ``docs/format.md``, from the JSON Schema.

The schema (``schemas/scenario.schema.json``) is the one source of truth for
what a document may hold; this module turns its titles, descriptions, types,
enums and patterns into a Markdown page, so the page cannot drift from what
:func:`scenario.load` accepts. A test checks that the committed page is up to
date. Run it from the repository's root::

    python scripts/docs_format.py            # rewrite docs/format.md
    python scripts/docs_format.py --check    # exit 1 when docs/format.md is stale

>>> page = render()
>>> page.startswith("# The document format")
True
>>> "| `phase` | yes | [phase kind](#phase-kind): one of `découverte`" in page
True
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scenario._atomic import atomic_write
from scenario.io.schema import schema_text
from scenario.vocabulary import Term, normalize_word

__all__ = ["DEFAULT_OUTPUT", "main", "render"]

#: Where the page goes, relative to the repository's root.
DEFAULT_OUTPUT = Path("docs/format.md")

#: The definitions that are objects, each with a section, in the page's order.
_OBJECTS: tuple[tuple[str, str], ...] = (
    ("phase", "A phase"),
    ("transition", "A transition of the path"),
    ("waiver", "A waiver"),
    ("audience", "The audience"),
)

#: The definitions that are vocabularies, and the enum holding their English aliases.
_VOCABULARIES: tuple[tuple[str, str], ...] = (
    ("phaseKind", "PhaseKind"),
    ("group", "Group"),
    ("situation", "Situation"),
    ("pedagogy", "Pedagogy"),
    ("intention", "Intention"),
    ("modality", "Modality"),
)

_HEADER = """\
# The document format

<!-- Generated from schemas/scenario.schema.json by `python scripts/docs_format.py`:
     do not edit by hand, edit the schema and run the command again. -->

{description}

A document is YAML or JSON (`.yaml`, `.yml` or `.json`). Keys are the English
field names below, matched exactly; values of the vocabularies are read
leniently (case, accents, extra spaces and the English aliases), and
`scenario` always writes the canonical French value back. Anything else is
refused when loading, with a message naming the file, the line, the place
(`phases[2].situation`) and, for a misspelt value or key, the closest valid
one. The schema itself is shipped inside the package
(`scenario.io.schema.schema()`) for other tools to use.

```yaml
scenario: 1
title: Prendre en main le nouveau logiciel de paie
modality: spoc
audience: {{size: 24, description: "gestionnaires de paie, intra-entreprise"}}
objectives:
  - saisir les éléments variables du mois dans le nouveau logiciel
phases:
  - id: accroche
    phase: découverte
    title: Vidéo d'accroche et quiz de positionnement
    group: seul
    situation: distanciel asynchrone
    pedagogy: expositive
    intention: [interpeller]
    duration: 20min
  - id: evaluation
    phase: évaluation
    group: seul
    situation: distanciel asynchrone
    pedagogy: interrogative
    intention: évaluer
    duration: 30min
path:
  - {{from: accroche, to: evaluation}}
  - {{from: evaluation, to: accroche, kind: remediation}}
```
"""


def _schema() -> dict[str, Any]:
    """The schema as shipped, read afresh (the shared :func:`scenario.io.schema.schema` may
    have been changed in place by a caller)."""
    loaded: dict[str, Any] = json.loads(schema_text())
    return loaded


def _anchor(title: str) -> str:
    """The anchor MkDocs gives a heading (Python-Markdown's ``toc`` slugify).

    >>> _anchor("Modality (modalité)")
    'modality-modalite'
    """
    ascii_only = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    kept = re.sub(r"[^\w\s-]", "", ascii_only).strip().lower()
    return re.sub(r"[-\s]+", "-", kept)


def _sections() -> dict[str, str]:
    """Definition name -> the anchor of the section that describes it."""
    defs = _schema()["$defs"]
    found = {name: _anchor(title) for name, title in _OBJECTS}
    found.update({name: _anchor(defs[name]["title"]) for name, _ in _VOCABULARIES})
    found["duration"] = "durations"
    return found


def _resolve(node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """The definition a node refers to (its name, or None) and the node to describe."""
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        name = ref.rsplit("/", 1)[1]
        return name, _schema()["$defs"][name]
    return None, node


def _type(node: dict[str, Any], short: bool = False) -> str:
    """What a value must be, in a few words with links to the sections."""
    name, target = _resolve(node)
    sections = _sections()
    if name is not None and name in sections:
        label = str(target.get("title", name)).split(" (")[0].lower()
        if "enum" in target and not short:
            values = ", ".join(f"`{v}`" for v in target["enum"])
            return f"[{label}](#{sections[name]}): one of {values}"
        return f"[{label}](#{sections[name]})"
    if "oneOf" in target:
        return " or ".join(_type(option) for option in target["oneOf"])
    if "const" in target:
        return f"the integer `{target['const']}`"
    if "enum" in target:
        return "one of " + ", ".join(f"`{v}`" for v in target["enum"])
    kind = target.get("type")
    if kind == "array":
        return "a list of " + _plural(_type(target.get("items", {}), short=True))
    if kind == "string" and "pattern" in target:
        return f"a text matching `{target['pattern']}`"
    if kind == "string":
        return "a text" + (" (not empty)" if target.get("minLength") else "")
    if kind == "integer":
        minimum = target.get("minimum")
        return "a whole number" + (f" ≥ {minimum}" if minimum is not None else "")
    if kind == "object":
        return "a mapping"
    if kind == "boolean":
        return "`true` or `false`"
    return "any value"


def _plural(words: str) -> str:
    for singular, plural in (("a text", "texts"), ("a mapping", "mappings")):
        if words.startswith(singular):
            return plural + words[len(singular) :]
    return words


def _cell(text: object) -> str:
    """Text made safe for a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(node: dict[str, Any]) -> list[str]:
    """The table of an object's keys: key, required, type, description."""
    required = set(node.get("required", ()))
    lines = ["| key | required | value | description |", "|---|---|---|---|"]
    for key, prop in node.get("properties", {}).items():
        description = prop.get("description") or _resolve(prop)[1].get("description", "")
        lines.append(
            f"| `{key}` | {'yes' if key in required else 'no'} | {_cell(_type(prop))} "
            f"| {_cell(description)} |"
        )
    return lines


def _vocabulary(name: str, enum_name: str) -> list[str]:
    from scenario import vocabulary

    definition = _schema()["$defs"][name]
    enum: type[Term] = getattr(vocabulary, enum_name)
    lines = [
        f"### {definition['title']}",
        "",
        _cell(definition.get("description", "")),
        "",
        "| canonical value | English alias | also read as |",
        "|---|---|---|",
    ]
    for value in definition["enum"]:
        member = enum(value)
        unaccented = normalize_word(value)
        also = f"`{unaccented}`" if unaccented != value else ""
        lines.append(f"| `{value}` | `{member.english}` | {also} |")
    return [*lines, ""]


#: A document with a misspelt word: its refusal shows what every refusal looks like.
_MISSPELT = """\
scenario: 1
title: Un brouillon
phases:
  - id: intro
    phase: découverte
    situation: distanciel synchrne
"""


def _refusals() -> list[str]:
    """The section that shows a refusal, in both languages, as the library words it now."""
    from scenario import DocumentError, loads
    from scenario.i18n import LANGUAGES, use_language

    messages = []
    for lang in LANGUAGES:
        with use_language(lang):
            try:
                loads(_MISSPELT, source="cours.yaml")
            except DocumentError as error:
                messages.append(str(error))
    return [
        "## When a document is refused",
        "",
        "A refused document gets a message naming the file, the line, the place and,",
        "for a misspelt value or key, the closest valid one. Messages are in French,",
        "or in English with `SCENARIO_LANG=en` (`--lang en` on the command line).",
        "The document",
        "",
        "```yaml",
        _MISSPELT.rstrip("\n"),
        "```",
        "",
        "is refused with:",
        "",
        "```text",
        *messages,
        "```",
        "",
    ]


def render() -> str:
    """The whole page, as Markdown."""
    root = _schema()
    defs = root["$defs"]
    lines = [_HEADER.format(description=root["description"]), "## The document", ""]
    lines += _table(root)
    for name, title in _OBJECTS:
        lines += ["", f"## {title}", "", defs[name]["description"], ""]
        lines += _table(defs[name])
    ident = defs["phaseId"]
    lines += ["", "## Phase ids", "", f"{ident['description']} Pattern: `{ident['pattern']}`."]
    duration = defs["duration"]
    lines += ["", "## Durations", "", duration["description"], ""]
    for option in duration["oneOf"]:
        lines.append(f"- **{option['title']}**: {option['description']}")
    lines += ["", "## Vocabularies", ""]
    lines += [
        "Values are read leniently: case, accents, extra spaces and the English "
        "aliases are accepted; the canonical value is written back.",
        "",
    ]
    for name, enum_name in _VOCABULARIES:
        lines += _vocabulary(name, enum_name)
    lines += _refusals()
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the page, or with ``--check`` say whether it is up to date (exit 1 if not)."""
    parser = argparse.ArgumentParser(prog="python scripts/docs_format.py", description=__doc__)
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if stale")
    args = parser.parse_args(argv)
    page = render()
    output: Path = args.output
    current = output.read_text(encoding="utf-8") if output.exists() else None
    if args.check:
        if current != page:
            print(f"{output} is out of date: run python scripts/docs_format.py", file=sys.stderr)
            return 1
        return 0
    if current != page:
        atomic_write(output, page)
        print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
