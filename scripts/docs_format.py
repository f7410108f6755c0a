"""Write the reference of the document format, ``docs/fr/format.md`` and ``docs/en/format.md``,
from the JSON Schema.

The schema (``schemas/scenario.schema.json``) is the one source of truth for
what a document may hold; this module turns its titles, descriptions, types,
enums and patterns into a Markdown page, so the page cannot drift from what
:func:`scenario.load` accepts. A test checks that the committed pages are up
to date. Run it from the repository's root::

    python scripts/docs_format.py            # rewrite both pages
    python scripts/docs_format.py --check    # exit 1 when a page is stale

The schema's titles and descriptions are English; the French page takes
their French from the message catalog (context ``"document format"``), where
``scripts/catalog.py`` extracts them, as it extracts this script's own words.

>>> page = render("en")
>>> page.startswith("# The document format")
True
>>> "| `phase` | yes | [phase kind](#phase-kind): one of `découverte`" in page
True
>>> "| `phase` | oui | [type de phase](#type-de-phase) : une valeur parmi" in render("fr")
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
from scenario._text import wrap
from scenario.i18n import LANGUAGES, N_, current_language, pgettext, use_language
from scenario.io.schema import schema_text
from scenario.vocabulary import Term, normalize_word

__all__ = ["CONTEXT", "DEFAULT_OUTPUT", "main", "output", "render"]

#: Where the pages go, relative to the repository's root: ``{lang}`` is the language.
DEFAULT_OUTPUT = "docs/{lang}/format.md"

#: The catalog context of the schema's words and of this page's.
CONTEXT = "document format"

#: The definitions that are objects, each with a section, in the page's order.
_OBJECTS: tuple[tuple[str, str], ...] = (
    ("phase", N_("A phase")),
    ("transition", N_("A transition of the path")),
    ("waiver", N_("A waiver")),
    ("audience", N_("The audience")),
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

_INTRODUCTION = N_(
    "A document is YAML or JSON (`.yaml`, `.yml` or `.json`). Keys are the English field "
    "names below; the French names a designer writes are read too (`titre`, `durée`, "
    "`groupe`...: see [Keys in French](#keys-in-french)). Values of the vocabularies are read "
    "leniently (case, accents, extra spaces and the English aliases), a few shorthands are "
    "read as a designer means them, and `scenario` always writes the canonical document "
    "back. Anything else is refused when loading, every problem of the document at once, "
    "each with a message naming the file, the line and column, the place "
    "(`phases[2].situation`) and, for a misspelt value or key, the closest valid one. The "
    "schema itself is shipped inside the package (`scenario.io.schema.schema()`) for other "
    "tools to use."
)

_EXAMPLE = """\
```yaml
scenario: 1
title: Prendre en main le nouveau logiciel de paie
modality: spoc
audience: {size: 24, description: "gestionnaires de paie, intra-entreprise"}
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
  - {from: accroche, to: evaluation}
  - {from: evaluation, to: accroche, kind: remediation}
```
"""


def _t(text: str) -> str:
    """A word of the schema or of this page, in the current language."""
    return pgettext(CONTEXT, text)


def _header(description: str) -> list[str]:
    lang = current_language()
    return [
        "# " + _t("The document format"),
        "",
        f"<!-- Generated from schemas/scenario.schema.json by `python scripts/docs_format.py` "
        f"(docs/{lang}/format.md):",
        "     do not edit by hand, edit the schema and run the command again. -->",
        "",
        _t(description),
        "",
        *wrap(_t(_INTRODUCTION)),
        "",
        _EXAMPLE,
    ]


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
    """Definition name -> the anchor of the section that describes it (in the current
    language)."""
    defs = _schema()["$defs"]
    found = {name: _anchor(_t(title)) for name, title in _OBJECTS}
    found.update({name: _anchor(_t(defs[name]["title"])) for name, _ in _VOCABULARIES})
    found["duration"] = _anchor(_t("Durations"))
    return found


def _resolve(node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """The definition a node refers to (its name, or None) and the node to describe."""
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        name = ref.rsplit("/", 1)[1]
        return name, _schema()["$defs"][name]
    return None, node


def _values(values: Sequence[object]) -> str:
    return ", ".join(f"`{v}`" for v in values)


def _type(node: dict[str, Any], short: bool = False) -> str:
    """What a value must be, in a few words with links to the sections."""
    name, target = _resolve(node)
    sections = _sections()
    if name is not None and name in sections:
        label = _t(str(target.get("title", name))).split(" (")[0].lower()
        link = f"[{label}](#{sections[name]})"
        if "enum" in target and not short:
            return _t("{link}: one of {values}").format(link=link, values=_values(target["enum"]))
        return link
    if "oneOf" in target:
        return _t(" or ").join(_type(option) for option in target["oneOf"])
    if "const" in target:
        return _t("the integer `{value}`").format(value=target["const"])
    if "enum" in target:
        return _t("one of {values}").format(values=_values(target["enum"]))
    kind = target.get("type")
    if kind == "array":
        items = target.get("items", {})
        item_name, item = _resolve(items)
        if item_name is not None:
            return _t("a list of {items}").format(items=_type(items, short=True))
        return _t("a list of texts") if item.get("type") == "string" else _t("a list")
    if kind == "string" and "pattern" in target:
        return _t("a text matching `{pattern}`").format(pattern=target["pattern"])
    if kind == "string":
        return _t("a text (not empty)") if target.get("minLength") else _t("a text")
    if kind == "integer":
        minimum = target.get("minimum")
        if minimum is None:
            return _t("a whole number")
        return _t("a whole number ≥ {minimum}").format(minimum=minimum)
    if kind == "object":
        return _t("a mapping")
    if kind == "boolean":
        return _t("`true` or `false`")
    return _t("any value")


def _cell(text: object) -> str:
    """Text made safe for a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(node: dict[str, Any]) -> list[str]:
    """The table of an object's keys: key, required, type, description."""
    required = set(node.get("required", ()))
    headers = (_t("key"), _t("required"), _t("value"), _t("description"))
    lines = ["| " + " | ".join(headers) + " |", "|---|---|---|---|"]
    for key, prop in node.get("properties", {}).items():
        description = prop.get("description") or _resolve(prop)[1].get("description", "")
        needed = _t("yes") if key in required else _t("no")
        said = _t(description) if description else ""
        lines.append(f"| `{key}` | {needed} | {_cell(_type(prop))} | {_cell(said)} |")
    return lines


def _vocabulary(name: str, enum_name: str) -> list[str]:
    from scenario import vocabulary

    definition = _schema()["$defs"][name]
    enum: type[Term] = getattr(vocabulary, enum_name)
    headers = (_t("canonical value"), _t("English alias"), _t("also read as"))
    lines = [
        f"### {_t(definition['title'])}",
        "",
        _cell(_t(definition.get("description", ""))),
        "",
        "| " + " | ".join(headers) + " |",
        "|---|---|---|",
    ]
    for value in definition["enum"]:
        member = enum(value)
        unaccented = normalize_word(value)
        also = f"`{unaccented}`" if unaccented != value else ""
        lines.append(f"| `{value}` | `{member.english}` | {also} |")
    return [*lines, ""]


#: A draft with three mistakes: its refusal shows what every refusal looks like.
_MISSPELT = """\
scenario: 1
titre: Un brouillon
phases:
  - id: intro
    phase: découverte
    situation: distanciel synchrne
    durée: une heure
  - id: intro
    phase: évaluation
"""


_REFUSALS = N_(
    "A refused document gets every problem found in it at once, sorted by line as a compiler "
    "gives them: each names the file, the line and column, the place and, for a misspelt "
    "value or key, the closest valid one (`scenario validate --format json` gives them as a "
    "list). Messages are in French, or in English with `SCENARIO_LANG=en` (`--lang en` on the "
    "command line). The draft"
)


def _refusals() -> list[str]:
    """The section that shows a refusal, in both languages, as the library words it now."""
    from scenario import DocumentError, loads

    messages = []
    for lang in LANGUAGES:
        with use_language(lang):
            try:
                loads(_MISSPELT, source="cours.yaml")
            except DocumentError as error:
                messages += error.messages()
    return [
        "## " + _t("When a document is refused"),
        "",
        *wrap(_t(_REFUSALS)),
        "",
        "```yaml",
        _MISSPELT.rstrip("\n"),
        "```",
        "",
        _t("is refused with:"),
        "",
        "```text",
        *messages,
        "```",
        "",
    ]


_FRENCH_KEYS = N_(
    "Each key may be written with its French name, in any case, with or without accents; "
    "loading reads it as the key it names, and `scenario fix` rewrites it so. A French name "
    "counts only where its key belongs (`type` is a transition's `kind`), and a key given "
    "both ways is refused."
)

_SHORTHANDS = N_(
    "- `audience: 24` is `audience: {size: 24}`.\n"
    '- `intention: "partager, évaluer"` (words separated by commas or semicolons) is the '
    "list `[partager, évaluer]`; a wrong word among them is refused with the closest one.\n"
    "- A duration may give hours with a decimal comma or point: `1,5 h`, `0,5h`, `1,5 heure`, "
    "`1.5h` (rounded to the minute)."
)


def _french_keys() -> list[str]:
    """The section that lists the French names of the keys, from the one lexicon."""
    from scenario.lexicon import KEY_ALIASES

    names: dict[str, list[str]] = {}
    for alias, key in KEY_ALIASES.items():
        names.setdefault(key, []).append(alias)
    headers = (_t("key"), _t("also written"))
    lines = ["## " + _t("Keys in French"), "", *wrap(_t(_FRENCH_KEYS)), ""]
    lines += ["| " + " | ".join(headers) + " |", "|---|---|"]
    for key in sorted(names):
        lines.append(f"| `{key}` | " + ", ".join(f"`{a}`" for a in names[key]) + " |")
    lines += ["", "## " + _t("Shorthands"), "", *_t(_SHORTHANDS).split("\n"), ""]
    return lines


def render(lang: str | None = "en") -> str:
    """The whole page, as Markdown, in ``lang`` (``None``: the current language)."""
    with use_language(lang):
        return _render()


def _render() -> str:
    root = _schema()
    defs = root["$defs"]
    lines = [*_header(root["description"]), "## " + _t("The document"), ""]
    lines += _table(root)
    for name, title in _OBJECTS:
        lines += ["", f"## {_t(title)}", "", _t(defs[name]["description"]), ""]
        lines += _table(defs[name])
    ident = defs["phaseId"]
    lines += [
        "",
        "## " + _t("Phase ids"),
        "",
        _t("{description} Pattern: `{pattern}`.").format(
            description=_t(ident["description"]), pattern=ident["pattern"]
        ),
    ]
    duration = defs["duration"]
    lines += ["", "## " + _t("Durations"), "", _t(duration["description"]), ""]
    for option in duration["oneOf"]:
        lines.append(
            _t("- **{title}**: {description}").format(
                title=_t(option["title"]), description=_t(option["description"])
            )
        )
    lines += ["", "## " + _t("Vocabularies"), ""]
    lines += [
        _t(
            "Values are read leniently: case, accents, extra spaces and the English "
            "aliases are accepted; the canonical value is written back."
        ),
        "",
    ]
    for name, enum_name in _VOCABULARIES:
        lines += _vocabulary(name, enum_name)
    lines += _french_keys()
    lines += _refusals()
    return "\n".join(lines).rstrip("\n") + "\n"


def output(lang: str) -> Path:
    """The page of ``lang``, relative to the repository's root."""
    return Path(DEFAULT_OUTPUT.format(lang=lang))


def main(argv: Sequence[str] | None = None) -> int:
    """Write the pages, or with ``--check`` say whether they are up to date (exit 1 if not)."""
    parser = argparse.ArgumentParser(prog="python scripts/docs_format.py", description=__doc__)
    parser.add_argument(
        "-o",
        "--output",
        default=DEFAULT_OUTPUT,
        help="where to write; {lang} stands for the language (default: %(default)s)",
    )
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if stale")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        page = render(lang)
        path = Path(str(args.output).format(lang=lang))
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == page:
            continue
        if args.check:
            print(f"{path} is out of date: run python scripts/docs_format.py", file=sys.stderr)
            status = 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, page)
            print(f"wrote {path}")
    return status


if __name__ == "__main__":
    sys.exit(main())
