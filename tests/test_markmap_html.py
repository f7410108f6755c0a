"""The markmap page: offline by default, the course's facts and objectives, every text inert."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

import scenario
from scenario.io.formats import format_for, get_format
from scenario.io.markmap_html import markmap_tree, to_markmap_html
from tests._scripts import load_script
from tests.conftest import example_named

VENDOR = files("scenario.io").joinpath("vendor", "markmap")
SUMS = {
    "markmap-view.js": "861eb6d20af18aaa300878d46d695722a73625c58b40f49236af027f18b74e07",
    "d3.min.js": "f2094bbf6141b359722c4fe454eb6c4b0f0e42cc10cc7af921fc158fceb86539",
    "LICENSE.markmap-view": "6595d9ee0cf25c14d247e7d78f82f9e3b291bb6a2265e34cb084dc46bdab7cf4",
    "LICENSE.d3": "3e6849627f74ff73c257a3ae1efb574015d94fc1035c05ec3c15805165efcbc4",
}
HOSTILE = "<img src=x onerror=alert(1)> ==marqué== </script><!-- $x$ %%{init}%%"


def hostile() -> scenario.Scenario:
    s = scenario.Scenario(HOSTILE, modality="spoc", objectives=["<b>objectif</b>"])
    s.add_phase("a", "découverte", HOSTILE, activities=["<script>alert(2)</script>"])
    return s


@pytest.mark.parametrize(("name", "digest"), sorted(SUMS.items()))
def test_the_vendored_files_are_the_npm_ones(name: str, digest: str) -> None:
    """The files are those of the npm packages the README names (their sha256)."""
    assert hashlib.sha256(VENDOR.joinpath(name).read_bytes()).hexdigest() == digest


def test_html_is_the_markmap_format_by_its_suffix(tmp_path: Path) -> None:
    fmt = format_for("carte.html")
    assert fmt is not None
    assert fmt.name == "markmap"
    get_format("markmap").write(example_named("spoc-logiciel-paie"), tmp_path / "c.html")
    assert (tmp_path / "c.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    get_format("markmap").write(example_named("spoc-logiciel-paie"), tmp_path / "c.md")
    assert (tmp_path / "c.md").read_text(encoding="utf-8").startswith("---")


def test_nothing_is_fetched_and_only_its_scripts_run() -> None:
    """No src or href, a policy that forbids every request and names the three scripts."""
    page = to_markmap_html(example_named("spoc-logiciel-paie"))
    markup = re.sub(r"<script>.*?</script>", "", page, flags=re.DOTALL)
    assert not re.search(r"\b(src|href)\s*=", markup)
    assert "://" not in markup
    policy = re.search(r'Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    assert "default-src 'none'" in policy.group(1)
    assert policy.group(1).count("'sha256-") == 3
    assert "MIT License" in page
    assert "Mike Bostock" in page


def test_the_course_facts_and_objectives_are_on_the_map() -> None:
    s = example_named("spoc-logiciel-paie")
    tree = markmap_tree(s, "fr")
    contents = [c["content"] for c in tree["children"]]
    assert "modalité : SPOC" in contents
    objectives = next(c for c in tree["children"] if c["content"] == "objectifs")
    assert [o["content"] for o in objectives["children"]] == s.objectives
    assert sum(c["content"][0].isdigit() for c in tree["children"]) == len(s.phases)


def test_every_text_is_escaped_and_the_data_cannot_close_its_block() -> None:
    page = to_markmap_html(hostile())
    data = page.split('id="markmap-data">')[1].split("</script>")[0]
    assert "<" not in data
    assert ">" not in data
    tree = json.loads(data)
    assert tree["content"].startswith("&lt;img src=x")
    assert "<img" not in page.split("<body>")[1].split("<script>")[0]


def test_the_same_scenario_gives_the_same_page() -> None:
    s = example_named("presentiel-reunions")
    assert to_markmap_html(s) == to_markmap_html(s)


# -- in a browser --------------------------------------------------------------------

browser_script = load_script("carte_interactive")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with browser_script.chromium() as context:
        context.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.is_navigation_request() and route.request.url.startswith("file://")
                else route.abort()
            ),
        )
        yield context


@pytest.mark.browser
def test_it_draws_offline_with_no_error(browser: Any, tmp_path: Path) -> None:
    """Every phase is drawn, a hostile title shows as text, nothing is fetched or logged."""
    s = example_named("spoc-logiciel-paie")
    s.title = HOSTILE
    path = tmp_path / "carte.html"
    path.write_text(to_markmap_html(s), encoding="utf-8")
    errors: list[str] = []
    requests: list[str] = []
    tab = browser.new_page()
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.on("request", lambda r: requests.append(r.url))
    tab.goto(path.as_uri())
    tab.wait_for_selector("html[data-ready]")
    tab.wait_for_selector("svg#markmap foreignObject")
    shown = tab.evaluate("document.getElementById('markmap').textContent")
    for number, _phase in enumerate(s.phases, start=1):
        assert f"{number}. " in shown
    assert HOSTILE.split(" ==")[0] in shown
    assert tab.locator("svg#markmap img").count() == 0
    assert errors == []
    assert set(requests) <= {path.as_uri()}
    tab.close()
