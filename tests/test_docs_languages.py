"""The documentation is French first, and English beside it: every page in both languages.

- Every page of ``docs/fr/`` has its English page of the same name in
  ``docs/en/``, and the other way round: a page written in one language only
  fails here (the language switcher pairs pages by name).
- No French page keeps an English heading. The heuristic: a heading, once its
  `code spans` and link targets are taken out, is English when one of its
  words is in :data:`ENGLISH_WORDS`: English function words that French does
  not use (``the``, ``and``, ``of``, ``with``, ``your``...) and the English
  words of our own English headings that French never spells the same
  (``getting``, ``started``, ``recipe``, ``waivers``...). French and English
  share many words (``phase``, ``validation``, ``concepts``, ``module``), so a
  heading made only of those passes, as it should. The pages for developers
  (:data:`DEVELOPER_PAGES`) may stay in English below a French summary: only
  their title and the summary that opens them are checked.
- Pictures and files that both languages show stay outside the language
  folders (``docs/gallery/``...), one copy, and the pages link to them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

#: Pages for developers: English below a French title and summary on the French site.
DEVELOPER_PAGES = {"api.md", "extending.md", "performance.md", "architecture.md", "changelog.md"}

#: English words that mark a heading as English (see the module's docstring).
_WORDS = """
    the and of to with for from into your you what how when which why where who whose
    this that these those is are was be been being by its it's than then there their
    they them not no yes each every all any some more most other only also after before
    about across against between through without within here our we us my
    getting started start recipe recipes gallery catalog rule rules analysis reference
    command line home write writing read reading check checking checked draw drawing
    build building learner learners course courses path paths map maps mind findings
    finding waiver waivers waived step steps spreadsheet extending extend robustness
    changelog learning next review sign after data week weeks time shows show tell tells
    says say new old language languages detour detours kind kinds group groups size
    sizes input inputs overview summary how-to what's
"""
ENGLISH_WORDS = frozenset(_WORDS.split())

_FENCE = re.compile(r"^(```|~~~).*?^\1\s*$", re.MULTILINE | re.DOTALL)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$", re.MULTILINE)


def pages(lang: str) -> set[str]:
    """The pages of one language, as paths relative to its folder."""
    return {str(page.relative_to(DOCS / lang)) for page in (DOCS / lang).rglob("*.md")}


def headings(text: str) -> list[tuple[int, str]]:
    """The headings of a Markdown page, outside code blocks: (level, text)."""
    text = _FENCE.sub("", text)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    return [(len(m[1]), m[2]) for m in _HEADING.finditer(text)]


def english_words(heading: str) -> list[str]:
    """The words of a heading that mark it as English (none for a French heading).

    >>> english_words("Getting started with `scenario`")
    ['getting', 'started', 'with']
    >>> english_words("Démarrage rapide : la phase de découverte `from`")
    []
    """
    heading = re.sub(r"`[^`]*`", " ", heading)
    heading = re.sub(r"\]\([^)]*\)", "]", heading)
    heading = re.sub(r"\{[#.][^}]*\}", " ", heading)  # attr_list: {#anchor}
    words = re.findall(r"[A-Za-zÀ-ÿ'’-]+", heading.lower())
    return [word for word in words if word.strip("'’-") in ENGLISH_WORDS]


def test_every_page_exists_in_both_languages() -> None:
    """A page written in one language only fails: write its other language's page."""
    french, english = pages("fr"), pages("en")
    assert sorted(french - english) == [], "French pages without their English page"
    assert sorted(english - french) == [], "English pages without their French page"
    assert len(french) >= 24


@pytest.mark.parametrize("page", sorted(pages("fr")))
def test_no_french_page_keeps_an_english_heading(page: str) -> None:
    """Every heading of a French page is French (developer pages: their title)."""
    found = headings((DOCS / "fr" / page).read_text(encoding="utf-8"))
    assert found, "a page starts with its title"
    if page in DEVELOPER_PAGES:
        found = found[:1]
    english = [(text, words) for _, text in found if (words := english_words(text))]
    assert english == []


@pytest.mark.parametrize("page", sorted(DEVELOPER_PAGES))
def test_a_developer_page_opens_with_a_french_summary(page: str) -> None:
    """The French version of a developer page may stay English, after a French summary:
    its first paragraph is French (an admonition « En bref »)."""
    text = (DOCS / "fr" / page).read_text(encoding="utf-8")
    assert '!!! abstract "En bref"' in text.split("\n## ", 1)[0]


def test_the_heuristic_catches_an_english_heading() -> None:
    """A French page with an English heading is caught; French ones with shared words pass."""
    text = "# Concepts\n\n## The main path\n\n```python\n# not a heading\n```\n## Phase et module\n"
    caught = [text for _, text in headings(text) if english_words(text)]
    assert caught == ["The main path"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_shared_pictures_are_linked_from_outside_the_language_folder(lang: str) -> None:
    """No picture is copied into a language folder: pages link to docs/gallery/... once."""
    assert [p for p in (DOCS / lang).rglob("*") if p.suffix in {".svg", ".png", ".pdf"}] == []
    index = (DOCS / lang / "index.md").read_text(encoding="utf-8")
    assert "](../gallery/spoc-logiciel-paie.mindmap.svg)" in index
