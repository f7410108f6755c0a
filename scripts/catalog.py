"""Keep the message catalog in step with the code: extract, update, compile, check.

The code marks every message a reader sees with ``_()``, ``N_()``,
``ngettext()`` or ``pgettext()`` (:mod:`scenario.i18n`). This script, on
Babel's own functions:

- ``python scripts/catalog.py``: extracts the messages of ``scenario/`` into
  ``scenario/locale/scenario.pot``, merges them into the French catalog
  ``scenario/locale/fr/LC_MESSAGES/scenario.po`` (new messages come in
  untranslated, gone ones are dropped) and compiles ``scenario.mo``; then
  lists the messages still to translate.
- ``python scripts/catalog.py --check``: changes nothing; exits 1 when the
  template or the compiled catalog is stale, or a message has no French.
- ``python scripts/catalog.py --fill fr.json``: also sets the translations
  a JSON object gives (``{"message": "traduction"}``; a plural message takes
  a list of two forms; a message with a context is keyed ``"context::message"``),
  for when many messages are translated at once.

The files are sorted by message and carry no source lines, so that two
branches adding messages merge without conflict.
"""

from __future__ import annotations

import argparse
import datetime
import io
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "scenario"
LOCALE = PACKAGE / "locale"
TEMPLATE = LOCALE / "scenario.pot"
LANGUAGES = ("fr",)
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "scenario.po"


def mo_path(lang: str) -> Path:
    return po_path(lang).with_suffix(".mo")


def extract() -> Catalog:
    """Every message marked in the package's code."""
    catalog = Catalog(project="scenario", domain="scenario", fuzzy=False)
    catalog.header_comment = "# The messages of scenario, extracted by scripts/catalog.py."
    catalog.msgid_bugs_address = ""
    catalog.version = "1"
    for _file, _line, message, comments, context in extract_from_dir(
        PACKAGE, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",), strip_comment_tags=True
    ):
        catalog.add(message, None, auto_comments=comments, context=context)
    return catalog


def _text(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(
        out,
        catalog,
        width=100,
        no_location=True,
        omit_header=False,
        sort_output=True,
        ignore_obsolete=True,
        include_previous=False,
    )
    text = out.getvalue()
    # The header's dates change at every run: keep them out of the files.
    return b"\n".join(
        line
        for line in text.split(b"\n")
        if not line.startswith((b'"POT-Creation-Date', b'"PO-Revision-Date', b'"Generated-By'))
    )


def fill(catalog: Catalog, translations: dict[str, str | list[str]]) -> list[str]:
    """Set the translations given; return the keys that name no message of the catalog."""
    unknown = []
    for key, string in translations.items():
        context, _, message_id = key.rpartition("::")
        found = None
        for message in catalog:
            first = message.id[0] if isinstance(message.id, tuple) else message.id
            if first == message_id and (message.context or "") == context:
                found = message
                break
        if found is None:
            unknown.append(key)
            continue
        found.string = tuple(string) if isinstance(string, list) else string
        found.flags.discard("fuzzy")
    return unknown


def updated(template: Catalog, lang: str) -> Catalog:
    """The catalog of ``lang`` with the template's messages, translations kept."""
    path = po_path(lang)
    if path.exists():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
    else:
        catalog = Catalog(locale=lang, domain="scenario", project="scenario")
        catalog.header_comment = f"# The {lang} translations of the messages of scenario."
    # The classic form of French plurals (0 and 1 singular), not CLDR's three forms.
    catalog._num_plurals, catalog._plural_expr = 2, "(n > 1)"
    catalog.last_translator = catalog.language_team = "The scenario team"
    catalog.msgid_bugs_address = ""
    catalog.version = "1"
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalog.obsolete.clear()
    catalog.fuzzy = False
    return catalog


def compiled(po_text: bytes, lang: str) -> bytes:
    """The ``.mo`` of the catalog as written in the ``.po`` file: the same bytes whenever
    it is compiled (babel would stamp the minute of compiling in its header)."""
    catalog = read_po(io.BytesIO(po_text), locale=lang)
    catalog.creation_date = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def untranslated(catalog: Catalog) -> list[Message]:
    """The messages without a translation (or marked fuzzy)."""
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message)
    return missing


def _show(messages: Iterable[Message]) -> str:
    return "\n".join(f"  - {m.id!r}" for m in messages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/catalog.py", description=__doc__)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    parser.add_argument("--fill", metavar="JSON", help="French translations to set first")
    args = parser.parse_args(argv)
    template = extract()
    status = 0
    wanted = {TEMPLATE: _text(template)}
    for lang in LANGUAGES:
        catalog = updated(template, lang)
        if args.fill and lang == "fr":
            import json

            given = json.loads(Path(args.fill).read_text(encoding="utf-8"))
            for key in fill(catalog, given):
                print(f"no such message in the code: {key!r}")
                status = 1
        wanted[po_path(lang)] = _text(catalog)
        wanted[mo_path(lang)] = compiled(wanted[po_path(lang)], lang)
        missing = untranslated(catalog)
        if missing:
            status = 1
            print(f"{len(missing)} messages without a translation in {lang}:\n{_show(missing)}")
    for path, data in wanted.items():
        if path.exists() and path.read_bytes() == data:
            continue
        if args.check:
            status = 1
            print(f"{path.relative_to(ROOT)} is stale: run python scripts/catalog.py")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    sys.exit(main())
