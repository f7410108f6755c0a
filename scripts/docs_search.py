"""An MkDocs hook: each language of the site searches its own pages, with its own stemmer.

mkdocs-static-i18n builds the French site at the root and the English one
under ``/en/``, then gathers the pages of both into one search index,
``search/search_index.json``, read by every page: a French reader's search
would list English pages beside the French ones. This hook, declared in
``mkdocs.yml`` (``hooks:``), splits that index once the whole site is built:

- ``search/search_index.json`` keeps the French pages (``lang: ["fr"]``);
- ``en/search/search_index.json`` gets the English pages, their locations
  made relative to ``/en/`` (``lang: ["en"]``);

and points each English page's search at ``/en/`` by changing the ``base`` of
the page's Material configuration (the ``__config`` script, whose ``base`` is
used only to find the search index and the sitemap, not the assets).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

from scenario._atomic import atomic_write

#: The language folders below the root, and the language of the root (the default).
OTHER_LANGUAGES = ("en",)
ROOT_LANGUAGE = "fr"

#: The ``base`` of the ``__config`` script (Jinja's ``tojson`` sorts the keys).
_BASE = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base": ")([^"]*)(")')


def page_language(dest_uri: str) -> str:
    """The language of a built page, from where it is written (``en/cli/index.html``: en).

    >>> page_language("en/cli/index.html"), page_language("cli/index.html")
    ('en', 'fr')
    """
    first = dest_uri.split("/", 1)[0]
    return first if first in OTHER_LANGUAGES else ROOT_LANGUAGE


def with_search_base(html: str, lang: str) -> str:
    """The page with its search pointed at its language's folder (unchanged for the root).

    >>> page = '<script id="__config" type="application/json">{"base": "../..", "x": 1}'
    >>> with_search_base(page, "en")
    '<script id="__config" type="application/json">{"base": "../../en/", "x": 1}'
    """
    if lang == ROOT_LANGUAGE:
        return html
    # The trailing slash matters: the browser resolves search/search_index.json against it.
    return _BASE.sub(lambda m: f"{m[1]}{m[2].rstrip('/')}/{lang}/{m[3]}", html, count=1)


def split_index(index: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The combined index cut in one index per language, keyed by language.

    >>> docs = [{"location": "cli/", "title": "a"}, {"location": "en/cli/", "title": "b"}]
    >>> parts = split_index({"config": {"lang": ["fr", "en"]}, "docs": docs})
    >>> parts["fr"]["docs"], parts["en"]["docs"], parts["en"]["config"]["lang"]
    ([{'location': 'cli/', 'title': 'a'}], [{'location': 'cli/', 'title': 'b'}], ['en'])
    """
    parts: dict[str, dict[str, Any]] = {}
    for lang in (ROOT_LANGUAGE, *OTHER_LANGUAGES):
        parts[lang] = {**index, "config": {**index.get("config", {}), "lang": [lang]}, "docs": []}
    for doc in index.get("docs", []):
        location = str(doc.get("location", ""))
        lang = page_language(location)
        if lang != ROOT_LANGUAGE:
            doc = {**doc, "location": location[len(lang) + 1 :]}
        parts[lang]["docs"].append(doc)
    return parts


def on_post_page(output: str, page: Any, config: Any) -> str:
    return with_search_base(output, page_language(page.file.dest_uri))


@event_priority(-200)  # after mkdocs-static-i18n has gathered every language's pages
def on_post_build(config: Any) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # a language built inside the main build: the index is not whole yet
    site = Path(config.site_dir)
    combined = site / "search" / "search_index.json"
    if not combined.is_file():
        return
    parts = split_index(json.loads(combined.read_text(encoding="utf-8")))
    for lang, part in parts.items():
        target = combined if lang == ROOT_LANGUAGE else site / lang / "search" / combined.name
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, json.dumps(part, ensure_ascii=False))
