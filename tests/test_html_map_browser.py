"""The interactive map in a real browser: headless Chromium, offline, driven by Playwright.

The browser is the system's (Debian's ``chromium``), opened as
``scripts/carte_interactive.py`` opens it: a new empty profile, no
background traffic, the network emulated offline; on top of that every
request the page makes is aborted and recorded, and each test asserts that
the page asked for nothing but its own file and logged no error. Run only
these with ``pytest -m browser``, or leave them out with ``-m "not browser"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import scenario
from scenario.analysis.overlay import overlay
from scenario.palette import DROP_COLOUR, SEVERITY_COLOURS, completion_colour
from scenario.render.html_map import interactive_map
from tests._scripts import load_script
from tests.conftest import EXAMPLES, example_named
from tests.test_html_map import HOSTILE_ACTIVITY, HOSTILE_PHASE, HOSTILE_TITLE, hostile

pytestmark = pytest.mark.browser

browser_script = load_script("carte_interactive")


def rgb(colour: str) -> str:
    """``#B00020`` as the browser computes it: ``rgb(176, 0, 32)``."""
    value = colour.lstrip("#")
    red, green, blue = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgb({red}, {green}, {blue})"


@attrs.define
class Opened:
    """A map open in a tab, with what the page logged and asked for."""

    page: Any
    url: str
    errors: list[str]
    requests: list[str]

    def node(self, node: str) -> Any:
        return self.page.locator(f'me-tpc[data-nodeid="me{node}"]')

    def focused(self) -> str:
        found: str = self.page.evaluate(
            "document.activeElement.dataset.nodeid || document.activeElement.id"
            " || document.activeElement.tagName"
        )
        return found

    def check_clean(self) -> None:
        """Nothing logged as an error, nothing fetched but the page itself."""
        assert self.errors == []
        assert set(self.requests) <= {self.url}


def _only_the_page(route: Any) -> None:
    """Let through the opening of a local page; abort any other request."""
    request = route.request
    if request.is_navigation_request() and request.url.startswith("file://"):
        route.continue_()
    else:
        route.abort()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with browser_script.chromium() as context:
        context.route("**/*", _only_the_page)
        yield context


@pytest.fixture
def open_map(browser: Any, tmp_path: Path) -> Iterator[Callable[..., Opened]]:
    tabs: list[Any] = []

    def opener(page_html: str, name: str = "carte.html", wait: bool = True) -> Opened:
        path = tmp_path / name
        path.write_text(page_html, encoding="utf-8")
        tab = browser.new_page()
        tabs.append(tab)
        opened = Opened(tab, path.as_uri(), [], [])
        tab.on(
            "console",
            lambda message: (
                opened.errors.append(message.text) if message.type in ("error", "warning") else None
            ),
        )
        tab.on("pageerror", lambda error: opened.errors.append(str(error)))
        tab.on("request", lambda request: opened.requests.append(request.url))
        tab.goto(opened.url)
        if wait:
            tab.wait_for_selector("html[data-ready]")
        return opened

    yield opener
    for tab in tabs:
        tab.close()


def test_it_opens_offline_with_every_phase_and_no_error(open_map: Callable[..., Opened]) -> None:
    s = example_named("spoc-logiciel-paie")
    opened = open_map(interactive_map(s).html)
    assert opened.node("root").inner_text().startswith(s.title)
    for number in range(1, len(s.phases) + 1):
        assert opened.node(f"p{number}").is_visible()
    assert opened.node("p1").inner_text().startswith("1. Pourquoi changer d'outil ?")
    assert opened.page.locator("me-main me-tpc").count() > len(s.phases)  # the tags below
    assert opened.page.title() == f"{s.title} — carte interactive"
    opened.check_clean()


def test_folding_with_the_mouse_and_the_buttons(open_map: Callable[..., Opened]) -> None:
    opened = open_map(interactive_map(example_named("spoc-logiciel-paie")).html)
    assert opened.node("p1-1").is_visible()
    opened.page.locator('me-tpc[data-nodeid="mep1"] + me-epd').click()
    assert opened.node("p1-1").count() == 0
    assert opened.node("p1").get_attribute("aria-expanded") == "false"
    opened.page.locator('me-tpc[data-nodeid="mep1"] + me-epd').click()
    assert opened.node("p1-1").is_visible()
    opened.page.get_by_role("button", name="Tout replier").click()
    assert opened.page.locator("me-main me-tpc").count() == 6
    opened.page.get_by_role("button", name="Tout déplier").click()
    unfolded = opened.page.locator("#map").get_by_text("quiz de positionnement", exact=True)
    assert unfolded.is_visible()
    opened.page.get_by_role("button", name="Zoom avant").click()
    opened.page.get_by_role("button", name="Ajuster à la fenêtre").click()
    opened.check_clean()


def test_search_finds_a_phase_accents_and_case_aside(open_map: Callable[..., Opened]) -> None:
    opened = open_map(interactive_map(example_named("spoc-logiciel-paie")).html)
    page = opened.page
    page.get_by_label("Rechercher une phase").fill("CLASSE VIRTUELLE")
    assert page.locator("#status").inner_text() == "1 phase trouvée"
    matches = page.locator("me-tpc.is-match")
    assert matches.count() == 1
    assert matches.inner_text().startswith("4. Classe virtuelle")
    page.get_by_label("Rechercher une phase").press("Enter")
    assert opened.focused() == "mep4"
    page.get_by_label("Rechercher une phase").fill("ecrans")  # écrans, without the accent
    assert page.locator("me-tpc.is-match").inner_text().startswith("2. Les écrans")
    page.get_by_label("Rechercher une phase").fill("zzz introuvable")
    assert page.locator("#status").inner_text() == "aucune phase trouvée"
    page.get_by_label("Rechercher une phase").press("Escape")
    assert page.locator("#status").inner_text() == ""
    opened.check_clean()


def test_clicking_a_phase_opens_its_card(open_map: Callable[..., Opened]) -> None:
    s = example_named("spoc-excel-soutien")
    opened = open_map(interactive_map(s).html)
    page = opened.page
    assert page.locator("#panel").is_hidden()
    opened.node("p3a").click()  # the detour of phase 3
    card = page.locator("#card-p3a")
    assert card.is_visible()
    text = card.inner_text().replace("\t", "\n").replace("\u00a0", " ")
    for words in (
        "3a. Rendez-vous individuel avec le tuteur",
        "détour de remédiation",
        "groupe\tseul",
        "situation\tdistanciel synchrone",
        "pédagogie\tinterrogative",
        "intention\ttransmettre",
        "durée\t30 min",
        "reprise des erreurs du quiz",
        "outil de visioconférence",
        "phase.synchronous-alone",
        "vient après\t3. Quiz de formules corrigé automatiquement (remédiation)",
    ):
        assert words.replace("\t", "\n") in text, words
    colour = card.locator(".severity").evaluate("e => getComputedStyle(e).color")
    assert colour == rgb(SEVERITY_COLOURS["info"])
    assert page.locator(".card.is-open").count() == 1
    page.keyboard.press("Escape")
    assert page.locator("#panel").is_hidden()
    assert opened.focused() == "mep3a"
    opened.check_clean()


def test_the_keyboard_alone(open_map: Callable[..., Opened]) -> None:
    """Tab reaches the map; arrows move, fold and unfold; Enter and Space open; Escape closes."""
    opened = open_map(interactive_map(example_named("spoc-logiciel-paie")).html)
    page = opened.page
    page.get_by_label("Rechercher une phase").focus()
    for _ in range(10):
        page.keyboard.press("Tab")
        if opened.focused().startswith("me"):
            break
    assert opened.focused() == "meroot"
    assert page.locator("me-tpc[tabindex='0']").count() == 1
    page.keyboard.press("Enter")
    assert page.locator("#card-course").is_visible()
    assert "Objectifs" in page.locator("#card-course").inner_text()
    page.keyboard.press("Escape")
    assert opened.focused() == "meroot"
    page.keyboard.press("ArrowDown")
    assert opened.focused() == "mep1"
    page.keyboard.press("ArrowLeft")
    assert opened.node("p1").get_attribute("aria-expanded") == "false"
    assert opened.node("p1-1").count() == 0
    page.keyboard.press("ArrowDown")
    assert opened.focused() == "mep2"
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowRight")
    assert opened.node("p1").get_attribute("aria-expanded") == "true"
    page.keyboard.press("ArrowRight")
    assert opened.focused() == "mep1-1"
    page.keyboard.press(" ")
    assert page.locator("#card-p1").is_visible()
    page.keyboard.press("Escape")
    assert opened.focused() == "mep1-1"
    page.keyboard.press("ArrowLeft")
    assert opened.focused() == "mep1"
    page.keyboard.press("End")
    page.keyboard.press("Home")
    assert opened.focused() == "meroot"
    opened.check_clean()


def test_a_hostile_text_shows_as_text_and_never_runs(open_map: Callable[..., Opened]) -> None:
    opened = open_map(interactive_map(hostile()).html)
    page = opened.page
    assert page.evaluate("window.pwned") is None
    title = opened.node("root").locator(".text").inner_text()
    assert title.startswith("</script><img src=x onerror=")
    assert "« 1 » & 'q'" in title
    assert opened.node("p1").locator(".text").inner_text() == "1. " + HOSTILE_PHASE.strip()
    page.get_by_role("button", name="Tout déplier").click()
    assert page.get_by_text(HOSTILE_ACTIVITY).count() == 2  # on the map and in its card
    opened.node("p1").click()
    assert page.locator("#card-p1 h2").inner_text().endswith(HOSTILE_PHASE.strip())
    opened.node("root").click()
    assert "<script>window.pwned='objective'</script>" in page.locator("#card-course").inner_text()
    assert page.locator("img, svg[onload], script:not([type]):not([id])").count() <= 2
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("window.pwned") is None
    assert HOSTILE_TITLE[:20] in page.title()
    opened.check_clean()


def test_learner_data_colours_the_phases(open_map: Callable[..., Opened]) -> None:
    s = scenario.load(EXAMPLES / "spoc-logiciel-paie.yaml")
    result = overlay(s, EXAMPLES / "apres-la-session" / "progress.prendre-en-main.csv")
    opened = open_map(interactive_map(s, overlay=result).html)
    for figures in result.phases:
        fill = opened.node(f"p{figures.number}").evaluate(
            "e => getComputedStyle(e).backgroundColor"
        )
        assert fill == rgb(completion_colour(figures.completion))
    drop = next(f.number for f in result.phases if f.phase in result.drop_points)
    shadow = opened.node(f"p{drop}").evaluate("e => getComputedStyle(e).boxShadow")
    assert rgb(DROP_COLOUR) in shadow
    opened.node(f"p{drop}").click()
    assert "Données des apprenants" in opened.page.locator(f"#card-p{drop}").inner_text()
    opened.check_clean()


def test_english_words(open_map: Callable[..., Opened]) -> None:
    opened = open_map(interactive_map(example_named("presentiel-reunions"), lang="en").html)
    assert opened.page.get_by_role("button", name="Unfold all").is_visible()
    assert opened.page.get_by_label("Search a phase").is_visible()
    opened.check_clean()


def test_the_print_view_has_the_map_and_every_card(
    open_map: Callable[..., Opened], tmp_path: Path
) -> None:
    """Printed: the tools hidden, the map fitted to its box, then every card, on A4 landscape."""
    from pypdf import PdfReader

    s = example_named("spoc-excel-soutien")
    opened = open_map(interactive_map(s).html)
    page = opened.page
    page.emulate_media(media="print")
    assert page.locator(".tools").is_hidden()
    assert page.locator("#panel").is_visible()
    assert page.locator(".card:visible").count() == len(s.phases) + 1
    page.emulate_media(media="null")  # page.pdf() prints with the print styles
    pdf = tmp_path / "carte.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    reader = PdfReader(pdf)
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape
    text = "\n".join(p.extract_text() for p in reader.pages)
    for phase in s.phases:
        assert phase.title is not None
        assert phase.title[:20] in re.sub(r"\s+", " ", text)
    assert "Le détail du cours et de ses phases" in text
    assert page.locator("#map").get_attribute("class") in ("", None)  # back as it was
    opened.check_clean()


def test_jupyter_iframe_shows_the_map(open_map: Callable[..., Opened]) -> None:
    """The ``_repr_html_`` of the map, in a page as Jupyter puts it: the map runs in its frame."""
    carte = example_named("presentiel-reunions").interactive_map()
    notebook = f"<!DOCTYPE html><title>notebook</title>{carte._repr_html_()}"
    opened = open_map(notebook, "nb.html", wait=False)
    frame = opened.page.frame_locator("iframe")
    frame.locator("html[data-ready]").wait_for()
    assert frame.locator('me-tpc[data-nodeid="mep1"]').is_visible()
    frame.locator('me-tpc[data-nodeid="mep1"]').click()
    assert frame.locator("#card-p1").is_visible()
    assert opened.errors == []
    assert all(url in (opened.url, "about:srcdoc") for url in opened.requests)


def test_the_picture_of_the_docs(browser: Any, tmp_path: Path) -> None:
    """The screenshot of docs/carte-interactive.md, taken again: the page with a card open."""
    page = tmp_path / browser_script.PAGE
    page.write_text(browser_script.page_html(), encoding="utf-8")
    picture = tmp_path / browser_script.PICTURE
    browser_script.screenshot(page, picture, browser)
    data = picture.read_bytes()
    assert data.startswith(b"\x89PNG")
    width = int.from_bytes(data[16:20], "big")
    height = int.from_bytes(data[20:24], "big")
    assert (width, height) == (
        browser_script.VIEWPORT["width"],
        browser_script.VIEWPORT["height"],
    )
    assert len(data) > 50_000  # a picture, not a blank page
