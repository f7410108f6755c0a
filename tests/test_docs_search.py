"""The MkDocs hook that gives each language of the site its own search index."""

from __future__ import annotations

import doctest

from tests._scripts import load_script

docs_search = load_script("docs_search")


def test_the_examples_of_the_hook_hold() -> None:
    assert doctest.testmod(docs_search).failed == 0


def test_the_index_is_cut_by_language_with_english_locations_made_relative_to_en() -> None:
    index = {
        "config": {"lang": ["fr", "en"], "separator": "[\\s\\-]+"},
        "docs": [
            {"location": "", "title": "scenario", "text": "accueil"},
            {"location": "concepts/#les-detours", "title": "Les détours", "text": "..."},
            {"location": "en/", "title": "scenario", "text": "home"},
            {"location": "en/concepts/#detours", "title": "Detours", "text": "..."},
        ],
    }
    parts = docs_search.split_index(index)
    assert [d["location"] for d in parts["fr"]["docs"]] == ["", "concepts/#les-detours"]
    assert [d["location"] for d in parts["en"]["docs"]] == ["", "concepts/#detours"]
    assert parts["fr"]["config"] == {"lang": ["fr"], "separator": "[\\s\\-]+"}
    assert parts["en"]["config"]["lang"] == ["en"]
    assert index["config"]["lang"] == ["fr", "en"]  # the combined index is left as it was


def test_only_an_english_page_searches_under_en() -> None:
    page = '<script id="__config" type="application/json">{"annotate": null, "base": ".."}'
    assert docs_search.with_search_base(page, "fr") == page
    assert '"base": "../en/"' in docs_search.with_search_base(page, "en")
    assert docs_search.page_language("en/index.html") == "en"
    assert docs_search.page_language("engagement/index.html") == "fr"
