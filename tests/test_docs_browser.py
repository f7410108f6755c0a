"""The documentation site, built and opened in a real headless browser: French first.

The site is built with ``mkdocs build --strict`` into a temporary folder,
served from a local ``http.server``, and opened in Debian's Chromium
(``/usr/bin/chromium``) driven by Playwright, headless, with a new profile
and every request that leaves the local server aborted: the site must work
offline. What a reader sees is checked: the root in French (``lang="fr"``,
French navigation and headings) with its language switcher, the same page
in English under ``/en/``, every page of both navs there, and the search
finding French pages from the French site and English ones from ``/en/``.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.test_docs_site import nav_pages

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built from this tree, served on a free local port: its base URL."""
    out = tmp_path_factory.mktemp("site")
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser(site: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A headless Chromium context, its own new profile, the network outside the site
    blocked; ``context.blocked`` lists what was stopped."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium is needed: bash scripts/setup.sh"
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_FLAGS,
        )
        blocked: list[str] = []

        def only_the_site(route: Any) -> None:
            url = route.request.url
            if url.startswith(site + "/"):
                route.continue_()
            else:
                blocked.append(url)
                route.abort()

        context.route("**/*", only_the_site)
        context.blocked = blocked
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    tab = browser.new_page()
    try:
        yield tab
    finally:
        tab.close()


def _texts(page: Any, selector: str) -> list[str]:
    """The texts of the elements, without the headings' permalink mark."""
    return [text.replace("¶", "").strip() for text in page.locator(selector).all_inner_texts()]


def test_the_root_is_french_with_a_language_switcher(site: str, page: Any) -> None:
    page.goto(site + "/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert _texts(page, "article h1") == ["scenario"]
    nav = " | ".join(_texts(page, "nav.md-nav--primary .md-nav__link"))
    for title in ("Accueil", "Démarrage rapide", "Recettes", "Le catalogue des règles"):
        assert title in nav
    assert "Getting started" not in nav
    switcher = page.locator("a.md-select__link[hreflang='en']")
    assert switcher.count() == 1
    assert page.locator("input.md-search__input").get_attribute("placeholder") == "Rechercher"


def test_the_switcher_leads_to_the_same_page_in_english(site: str, page: Any) -> None:
    page.goto(site + "/concepts/")
    headings = _texts(page, "article h2")
    assert "Les détours et le parcours principal" in " ".join(headings)
    _switch_to(page, "en")
    page.wait_for_url(site + "/en/concepts/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Detours and the main path" in " ".join(_texts(page, "article h2"))
    nav = " | ".join(_texts(page, "nav.md-nav--primary .md-nav__link"))
    assert "Getting started" in nav
    assert "Démarrage rapide" not in nav
    _switch_to(page, "fr")
    page.wait_for_url(site + "/concepts/")


def _switch_to(page: Any, lang: str) -> None:
    """Open the language switcher of the header, as a reader does, and choose ``lang``."""
    page.locator(".md-header .md-select").first.hover()
    page.locator(f".md-header a.md-select__link[hreflang='{lang}']").first.click()


def _search(page: Any, words: str) -> list[str]:
    """Type ``words`` in the search box; the links of the results."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(words, delay=20)
    results = page.locator("li.md-search-result__item a")
    results.first.wait_for(timeout=20_000)
    # The results are drawn again as each letter arrives: read them in one go, once
    # two readings a moment apart agree.
    read = "els => els.map(e => e.href)"
    hrefs: list[str] = page.eval_on_selector_all("li.md-search-result__item a", read)
    for _ in range(50):
        page.wait_for_timeout(200)
        again: list[str] = page.eval_on_selector_all("li.md-search-result__item a", read)
        if again == hrefs:
            break
        hrefs = again
    return hrefs


def test_the_french_site_searches_its_french_pages(site: str, page: Any) -> None:
    page.goto(site + "/")
    found = _search(page, "dérogation")
    assert found
    assert all(href.startswith(site + "/") for href in found)
    assert not any("/en/" in href for href in found)
    assert any("/validation/" in href or "/concepts/" in href for href in found)


def test_the_english_site_searches_its_english_pages(site: str, page: Any) -> None:
    page.goto(site + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("input.md-search__input").get_attribute("placeholder") == "Search"
    found = _search(page, "waiver")
    assert found
    assert all(href.startswith(site + "/en/") for href in found), found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_of_the_nav_opens_in_its_language(site: str, page: Any, lang: str) -> None:
    """Each page of the nav answers, in its language, with a title and its switcher."""
    prefix = "" if lang == "fr" else "/en"
    for name in nav_pages(lang):
        url = site + prefix + "/" + name.removesuffix("index.md").removesuffix(".md")
        url = url if url.endswith("/") else url + "/"
        response = page.goto(url)
        assert response is not None
        assert response.status == 200, url
        assert page.locator("html").get_attribute("lang") == lang, url
        assert page.locator("article h1").count() == 1, url
        other = "en" if lang == "fr" else "fr"
        assert page.locator(f"a.md-select__link[hreflang='{other}']").count() == 1, url


def test_the_pictures_shared_by_both_languages_show(site: str, page: Any) -> None:
    for url in (site + "/", site + "/en/"):
        page.goto(url)
        image = page.locator("article img").first
        assert image.evaluate("img => img.complete && img.naturalWidth > 0")


def test_nothing_was_fetched_from_outside(browser: Any) -> None:
    """The site fetches nothing from another site (no web fonts, no scripts)."""
    assert browser.blocked == []
