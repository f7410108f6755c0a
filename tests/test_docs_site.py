"""The documentation site's navigation: each language's nav lists each of its pages once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _pages(entries: list[Any]) -> list[str]:
    found: list[str] = []
    for entry in entries:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(value, list):
            found += _pages(value)
        else:
            found.append(str(value))
    return found


def _config() -> dict[str, Any]:
    # mkdocs.yml may hold !!python tags (none now); the safe loader is enough for the nav.
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return loaded


def navs() -> dict[str, list[Any]]:
    """The nav of each language, from the i18n plugin's settings in mkdocs.yml."""
    for plugin in _config()["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            return {lang["locale"]: lang["nav"] for lang in plugin["i18n"]["languages"]}
    raise AssertionError("mkdocs.yml has no i18n plugin")


def nav_pages(lang: str) -> list[str]:
    return _pages(navs()[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_page_is_listed_twice_in_the_nav(lang: str) -> None:
    """Each page appears once in the nav (a page not yet listed is still built)."""
    pages = nav_pages(lang)
    assert [page for page, n in Counter(pages).items() if n > 1] == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_nav_names_only_pages_that_exist(lang: str) -> None:
    """Every page of a language's nav is a file of docs/<lang>/."""
    assert [page for page in nav_pages(lang) if not (DOCS / lang / page).is_file()] == []


def test_both_navs_list_the_same_pages_in_the_same_order() -> None:
    """French first: the French nav is the site's, and the English one mirrors it."""
    assert nav_pages("fr") == nav_pages("en")
    assert list(navs()) == ["fr", "en"]


def test_french_is_the_site_s_root_and_english_is_under_en() -> None:
    for plugin in _config()["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            settings = plugin["i18n"]
    assert settings["docs_structure"] == "folder"
    french, english = settings["languages"]
    assert (french["locale"], french.get("default")) == ("fr", True)
    assert (english["locale"], english.get("default", False)) == ("en", False)


def test_the_changelog_has_a_section_for_this_version() -> None:
    """CHANGELOG.md (Keep a Changelog) has a section for scenario/_version.py's version."""
    from scenario import __version__

    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    assert f"## [{__version__}]" in changelog


def test_the_installed_version_is_the_one_of_version_py() -> None:
    """The package metadata reads the version from scenario/_version.py (one place)."""
    from importlib.metadata import version

    from scenario import __version__

    assert version("scenario-pedagogique") == __version__
