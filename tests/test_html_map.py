"""The interactive HTML map, read as text: self-contained, safe, deterministic, in French.

What it does in a browser is tested in ``test_html_map_browser.py`` (headless Chromium).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import scenario
from scenario import Scenario
from scenario.analysis.overlay import overlay
from scenario.cli import main
from scenario.palette import REMEDIATION_COLOUR, SEVERITY_COLOURS, completion_colour
from scenario.render.html_map import InteractiveMap, interactive_map
from scenario.render.html_map._facts import plain
from tests._scripts import load_script
from tests.conftest import EXAMPLE_FILES, EXAMPLES, example_named

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "scenario" / "render" / "vendor" / "mind-elixir"
DATA = EXAMPLES / "apres-la-session" / "progress.prendre-en-main.csv"

#: Text that would run, fetch or break out of its place if it were not neutralised.
HOSTILE_TITLE = "</script><img src=x onerror=\"window.pwned='title'\"> « 1 » & 'q' \u2028 \ud800"
HOSTILE_PHASE = "\"'><svg onload=window.pwned='phase'> <!-- </style>"
HOSTILE_ACTIVITY = "</script><script>window.pwned='activity'</script>"


def hostile() -> Scenario:
    """A course whose every text field tries to become HTML or script."""
    s = Scenario(
        HOSTILE_TITLE,
        modality="spoc",
        audience={"size": 20, "description": "<b>gras</b></textarea>"},
        objectives=["<script>window.pwned='objective'</script>"],
    )
    s.add_phase(
        "accroche",
        "découverte",
        HOSTILE_PHASE,
        group="seul",
        situation="distanciel asynchrone",
        pedagogy="expositive",
        intentions="interpeller",
        duration="20min",
        module="</script>module",
        activities=[HOSTILE_ACTIVITY],
        resources=["javascript:window.pwned='resource'", "\u2029ligne"],
    )
    s.add_phase("quiz", "évaluation", "Quiz <i>final</i>", intentions="évaluer", duration=15)
    return s


#: The elements the page itself writes.
PAGE_TAGS = {
    "html", "head", "meta", "title", "style", "noscript", "body", "header", "h1", "h2", "h3",
    "div", "label", "input", "span", "button", "main", "footer", "section", "ul", "li", "p",
    "aside", "article", "dl", "dt", "dd", "strong", "code", "br", "script",
}  # fmt: skip


class Tags(HTMLParser):
    """The names of the elements of a page, as an HTML parser meets them."""

    def __init__(self) -> None:
        super().__init__()
        self.found: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.add(tag)
        assert not any(name.startswith("on") for name, _value in attrs), (tag, attrs)


def data_of(page: str) -> dict[str, Any]:
    """The JSON the page's script reads."""
    found = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', page, re.S)
    assert found is not None
    data: dict[str, Any] = json.loads(found[1])
    return data


def phase_nodes(page: str) -> list[dict[str, Any]]:
    children: list[dict[str, Any]] = data_of(page)["mind"]["nodeData"]["children"]
    return children


class TestSelfContained:
    def test_nothing_is_fetched_every_script_and_style_is_inline(self) -> None:
        """No src, href, @import or url() leaves the page: it opens offline."""
        page = interactive_map(example_named("spoc-logiciel-paie")).html
        assert re.search(r"<(script|img|iframe|link)[^>]*\s(src|href)=", page) is None
        assert "@import" not in page
        assert re.findall(r"url\((?!data:)", page) == []
        assert page.count("<script") == 3

    def test_the_policy_lets_run_only_the_page_own_scripts(self) -> None:
        """The Content-Security-Policy forbids every request and names each script by hash."""
        page = interactive_map(example_named("spoc-logiciel-paie")).html
        policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
        assert policy is not None
        assert policy[1].startswith("default-src 'none'; ")
        scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
        assert len(scripts) == 2
        for script in scripts:
            digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in policy[1]

    def test_the_library_licence_goes_with_it(self) -> None:
        """The MIT licence of Mind Elixir is in the page, just before the inlined library."""
        page = interactive_map(example_named("presentiel-reunions")).html
        licence = (VENDOR / "LICENSE").read_text(encoding="utf-8")
        assert "Copyright (c) 2019 DjZhou" in licence
        assert licence in page
        assert page.index(licence) < page.index("var MindElixirLite=")

    def test_the_vendored_files_are_those_of_the_npm_package(self) -> None:
        """Each vendored file has the sha256 its README records (copied unchanged)."""
        readme = (VENDOR / "README.md").read_text(encoding="utf-8")
        sums = dict(re.findall(r"\| `([^`]+)` \| `[^`]+` \| `([0-9a-f]{64})` \|", readme))
        assert set(sums) == {"MindElixirLite.iife.js", "MindElixirLite.css", "LICENSE"}
        for name, digest in sums.items():
            assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name
        assert "5.15.1" in readme


class TestHostileText:
    def test_no_text_of_the_course_becomes_a_tag(self) -> None:
        """Titles, tags, activities, objectives: nothing closes the data block or opens a tag.

        The page parsed as a browser parses it has only the elements the page itself
        writes, and its data block holds no ``<`` at all.
        """
        page = interactive_map(hostile()).html
        assert page.lower().count("</script") == 3  # the three blocks of the page, no more
        block = re.search(r'id="map-data">(.*?)</script>', page, re.S)
        assert block is not None
        assert "<" not in block[1]
        tags = Tags()
        tags.feed(page)
        assert tags.found <= PAGE_TAGS, tags.found - PAGE_TAGS
        assert "\u2028" not in page
        assert "\u2029" not in page

    def test_the_text_arrives_whole_in_the_data_and_escaped_in_the_cards(self) -> None:
        """The script receives the text as written (on one line); the cards show it escaped."""
        page = interactive_map(hostile()).html
        data = data_of(page)
        assert data["mind"]["nodeData"]["topic"] == plain(HOSTILE_TITLE)
        assert "\ufffd" in data["mind"]["nodeData"]["topic"]  # the lone surrogate
        first = data["mind"]["nodeData"]["children"][0]
        assert first["topic"] == f"1. {plain(HOSTILE_PHASE)}"
        activities = next(c for c in first["children"] if c["topic"].startswith("Activités"))
        assert activities["children"][0]["topic"] == HOSTILE_ACTIVITY
        assert html.escape(plain(HOSTILE_PHASE), quote=True) in page
        assert "&lt;script&gt;window.pwned=&#x27;objective&#x27;&lt;/script&gt;" in page

    def test_the_page_is_valid_utf8(self, tmp_path: Path) -> None:
        """A lone surrogate in a title does not stop the file being written."""
        out = tmp_path / "carte.html"
        interactive_map(hostile()).save(out)
        out.read_bytes().decode("utf-8")


class TestWhatTheMapShows:
    def test_the_phases_go_round_clockwise_from_noon(self) -> None:
        """Numbered in path order: the first half down the right, the rest up the left."""
        nodes = phase_nodes(interactive_map(example_named("spoc-logiciel-paie")).html)
        assert [(n["topic"].split(".")[0], n["direction"]) for n in nodes] == [
            ("1", 1),
            ("2", 1),
            ("3", 1),
            ("6", 0),
            ("5", 0),
            ("4", 0),
        ]

    def test_each_phase_has_its_kind_colours_tags_activities_and_findings(self) -> None:
        s = example_named("spoc-excel-soutien")
        nodes = {n["id"]: n for n in phase_nodes(interactive_map(s).html)}
        tutor = nodes["p3a"]  # the detour of phase 3, numbered as every map numbers it
        assert tutor["branchColor"] == "#009E73"
        assert tutor["style"]["background"] == "#D3F0E6"
        topics = [c["topic"] for c in tutor["children"]]
        assert topics[:4] == [
            "groupe : seul",
            "situation : distanciel synchrone",
            "pédagogie : interrogative",
            "intention : transmettre",
        ]
        assert "Activités (1)" in topics
        assert "Ressources (2)" in topics
        finding = tutor["children"][-1]
        assert finding["topic"].startswith(
            "ℹ la phase 3a « Rendez-vous individuel avec le tuteur » (soutien) réunit un apprenant"
        )
        assert finding["style"]["color"] == SEVERITY_COLOURS["info"]
        chips = [chip["text"] for chip in tutor["tags"]]
        assert chips == ["apprentissage", "30\u00a0min", "↺ détour de remédiation", "ℹ 1 info"]

    def test_a_detour_has_a_dashed_border_and_remediation_is_an_arrow(self) -> None:
        page = interactive_map(example_named("spoc-excel-soutien")).html
        nodes = {n["id"]: n for n in phase_nodes(page)}
        assert "dashed" in nodes["p3a"]["style"]["border"]
        assert "solid" in nodes["p3"]["style"]["border"]
        arrows = data_of(page)["mind"]["arrows"]
        assert [(a["from"], a["to"]) for a in arrows] == [("p3", "p3a")]
        assert arrows[0]["style"]["stroke"] == REMEDIATION_COLOUR
        assert "Seuls les apprenants qu&#x27;une remédiation envoie ici" in page

    def test_an_optional_phase_is_an_optional_detour(self) -> None:
        page = interactive_map(example_named("inversee-entretien-annuel")).html
        chips = [c["text"] for n in phase_nodes(page) for c in n["tags"]]
        assert "↺ détour facultatif" in chips

    def test_an_error_of_the_phase_thickens_its_border(self) -> None:
        """An error of the course (no évaluation) leaves the phase's border alone; an error
        of the phase itself (a grand groupe for one learner) thickens it."""
        s = Scenario("Sans évaluation", modality="spoc")
        s.add_phase("a", "découverte", "Accroche")
        (node,) = phase_nodes(interactive_map(s).html)
        assert node["style"]["border"].startswith("2px")
        alone = Scenario("Pour une personne", modality="présentiel", audience=1)
        alone.add_phase("a", "évaluation", "Seul contre tous", group="grand groupe")
        (node,) = phase_nodes(interactive_map(alone).html)
        assert node["style"]["border"].startswith("3px")  # audience.group-exceeds-audience

    @pytest.mark.parametrize(
        ("detail", "phases", "lists"), [("phases", False, False), ("tags", True, False)]
    )
    def test_detail_says_what_is_unfolded_at_first(
        self, detail: str, phases: bool, lists: bool
    ) -> None:
        nodes = phase_nodes(
            interactive_map(example_named("spoc-logiciel-paie"), detail=detail).html
        )
        assert all(n["expanded"] is phases for n in nodes)
        lists_found = [c["expanded"] for n in nodes for c in n["children"] if "children" in c]
        assert lists_found
        assert all(found is lists for found in lists_found)

    def test_an_unknown_detail_is_refused_in_french(self) -> None:
        with pytest.raises(ValueError, match="detail doit être l'une des valeurs"):
            interactive_map(example_named("spoc-logiciel-paie"), detail="tout")

    def test_the_rules_run_unless_told(self) -> None:
        s = example_named("spoc-excel-soutien")
        assert "phase.synchronous-alone" in interactive_map(s).html
        assert "phase.synchronous-alone" not in interactive_map(s, findings=False).html
        assert "Aucun constat." not in interactive_map(s, findings=False).html
        assert "phase.synchronous-alone" not in interactive_map(s, report=[]).html


class TestLanguage:
    def test_french_by_default_english_on_demand(self) -> None:
        s = example_named("spoc-logiciel-paie")
        french, english = interactive_map(s).html, interactive_map(s, lang="en").html
        assert '<html lang="fr">' in french
        assert "Tout déplier" in french
        assert "Rechercher une phase" in french
        assert '<html lang="en">' in english
        assert "Unfold all" in english
        assert "group: alone" in json.dumps(data_of(english), ensure_ascii=False)

    def test_the_search_words_count_in_the_language(self) -> None:
        words = data_of(interactive_map(example_named("spoc-logiciel-paie")).html)["words"]
        assert words == {
            "found_none": "aucune phase trouvée",
            "found_one": "{count} phase trouvée",
            "found_many": "{count} phases trouvées",
        }


class TestLearnerData:
    def test_each_phase_is_filled_by_its_completion(self) -> None:
        s = scenario.load(EXAMPLES / "spoc-logiciel-paie.yaml")
        result = overlay(s, DATA)
        page = interactive_map(s, overlay=result).html
        for node in phase_nodes(page):
            figures = result.phases[int(node["topic"].split(".")[0]) - 1]
            assert node["style"]["background"] == completion_colour(figures.completion)
        drop = result.drop_points[0]
        number = next(f.number for f in result.phases if f.phase == drop)
        node = next(n for n in phase_nodes(page) if n["id"] == f"p{number}")
        assert "boxShadow" in node["style"]
        assert node["tags"][-1]["text"].startswith("▼ ")
        assert "Données des apprenants" in page
        assert "Achèvement" in page or "achèvement" in page

    def test_no_learner_is_named(self, tmp_path: Path) -> None:
        """The map of learner data full of names shows counts only."""
        from tests.test_overlay import names_file

        report, xapi, words = names_file(tmp_path)
        course = scenario.load(EXAMPLES / "spoc-logiciel-paie.yaml")
        for data in (report, xapi):
            page = interactive_map(course, overlay=overlay(course, data)).html
            assert [w for w in words if w in page] == []


class TestOutput:
    def test_the_same_scenario_gives_the_same_bytes(self, example_file: Path) -> None:
        first = interactive_map(scenario.load(example_file)).html
        assert interactive_map(scenario.load(example_file)).html == first

    def test_jupyter_shows_the_page_in_a_sandboxed_iframe(self) -> None:
        carte = example_named("presentiel-reunions").interactive_map()
        assert isinstance(carte, InteractiveMap)
        shown = carte._repr_html_()
        found = re.fullmatch(r'<iframe srcdoc="([^"]*)" title="([^"]*)" (.*)></iframe>', shown)
        assert found is not None
        assert html.unescape(found[1]) == carte.html == str(carte)
        assert 'sandbox="allow-scripts allow-modals"' in found[3]

    def test_save_writes_the_page(self, tmp_path: Path) -> None:
        carte = example_named("presentiel-reunions").interactive_map(lang="en")
        carte.save(tmp_path / "map.html")
        assert (tmp_path / "map.html").read_text(encoding="utf-8") == carte.html

    def test_the_example_of_the_docs_is_up_to_date(self) -> None:
        script = load_script("carte_interactive")
        committed = ROOT / "docs" / "exemples" / script.PAGE
        assert committed.read_text(encoding="utf-8") == script.page_html(), (
            "stale: run python scripts/carte_interactive.py --screenshot"
        )
        assert (ROOT / "docs" / "exemples" / script.PICTURE).read_bytes().startswith(b"\x89PNG")


SPOC = str(EXAMPLES / "spoc-logiciel-paie.yaml")


class TestCommandLine:
    @pytest.mark.parametrize(
        ("name", "options"),
        [("carte.html", []), ("carte.HTM", []), ("carte.out", ["--format", "html"])],
    )
    def test_the_suffix_or_format_writes_the_page(
        self, tmp_path: Path, name: str, options: list[str]
    ) -> None:
        out = tmp_path / name
        assert main(["render", SPOC, "-o", str(out), *options]) == 0
        assert out.read_text(encoding="utf-8") == interactive_map(scenario.load(SPOC)).html
        assert [p.name for p in tmp_path.iterdir()] == [name]

    def test_format_wins_over_the_suffix(self, tmp_path: Path) -> None:
        out = tmp_path / "carte.html"
        assert main(["render", SPOC, "-o", str(out), "--format", "dot"]) == 0
        assert out.read_text(encoding="utf-8").startswith("digraph")

    def test_lang_and_detail(self, tmp_path: Path) -> None:
        out = tmp_path / "map.html"
        assert main(["render", SPOC, "-o", str(out), "--lang", "en", "--detail", "phases"]) == 0
        page = out.read_text(encoding="utf-8")
        assert page == interactive_map(scenario.load(SPOC), lang="en", detail="phases").html

    def test_the_path_view_cannot_be_html(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        out = tmp_path / "carte.html"
        assert main(["render", SPOC, "-o", str(out), "--view", "path"]) == 2
        assert "la carte interactive est une carte mentale" in capsys.readouterr().err
        assert not out.exists()

    def test_overlay_writes_the_interactive_map(self, tmp_path: Path) -> None:
        out = tmp_path / "carte.html"
        assert main(["overlay", SPOC, str(DATA), "--map", str(out)]) == 0
        s = scenario.load(SPOC)
        expected = interactive_map(s, overlay=overlay(s, DATA)).html
        assert out.read_text(encoding="utf-8") == expected
        assert main(["overlay", SPOC, str(DATA), "--map", str(out), "--view", "path"]) == 1


def test_every_example_makes_a_page() -> None:
    """All the examples, French and English: a page with one node per phase."""
    for path in EXAMPLE_FILES:
        s = scenario.load(path)
        for lang in ("fr", "en"):
            assert len(phase_nodes(interactive_map(s, lang=lang).html)) == len(s.phases)


def test_the_page_of_the_docs_runs(tmp_path: Path) -> None:
    """docs/fr/carte-interactive.md: its commands and Python blocks run as written."""
    from tests.test_docs_snippets import run_page

    assert run_page(ROOT / "docs" / "fr" / "carte-interactive.md", tmp_path) == 5
    for name in ("carte.html", "carte-en.html", "apercu.html", "carte-suivi.html"):
        assert (tmp_path / name).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in (tmp_path / "carte-en.html").read_text(encoding="utf-8")
