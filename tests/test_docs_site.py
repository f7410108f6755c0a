"""The documentation site's navigation lists each page once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

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


def nav_pages() -> list[str]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return _pages(config["nav"])


def test_no_page_is_listed_twice_in_the_nav() -> None:
    """Each page appears once in the nav (a page not yet listed is still built)."""
    pages = nav_pages()
    assert [page for page, n in Counter(pages).items() if n > 1] == []


def test_the_nav_names_only_pages_that_exist() -> None:
    """Every page of the nav is a file of docs/."""
    assert [page for page in nav_pages() if not (DOCS / page).is_file()] == []


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
