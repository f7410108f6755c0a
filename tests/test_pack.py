"""The sign-off pack: one self-contained HTML page, and a real PDF through WeasyPrint."""

from __future__ import annotations

import io
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

import scenario
from scenario.cli import main
from scenario.errors import ScenarioError
from scenario.render.balance_svg import balance_svg
from scenario.render.pack import pack, pack_pdf

ROOT = Path(__file__).resolve().parent.parent
V1 = ROOT / "examples" / "revision" / "entretien-v1.yaml"
V2 = ROOT / "examples" / "revision" / "entretien-v2.yaml"

FRENCH_SECTIONS = [
    "Objectifs",
    "Carte mentale",
    "Équilibre du temps",
    "Les phases",
    "Calendrier des sessions",
    "Ce que demande le scénario",
    "Constats et décisions",
    "Indicateurs à suivre",
    "Validation",
]


class _Page(HTMLParser):
    """What a browser would fetch, and the text of each heading and table cell."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []
        self.tags: list[str] = []
        self.h2: list[str] = []
        self.cells: list[str] = []
        self._into: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") or (name == "style" and value and "url(" in value):
                self.fetched.append(str(value))
        if tag == "h2":
            self.h2.append("")
            self._into = self.h2
        elif tag == "td":
            self.cells.append("")
            self._into = self.cells

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h2", "td"):
            self._into = None

    def handle_data(self, data: str) -> None:
        if self._into is not None:
            self._into[-1] += data


def parse(page: str) -> _Page:
    parsed = _Page()
    parsed.feed(page)
    return parsed


@pytest.fixture(scope="module")
def page() -> str:
    return pack(scenario.load(V2), source="entretien-v2.yaml")


class TestHtml:
    def test_every_section_in_french_order(self, page: str) -> None:
        assert parse(page).h2 == FRENCH_SECTIONS
        assert '<html lang="fr">' in page
        assert "<title>Dossier de validation : Conduire l&#x27;entretien annuel</title>" in page

    def test_self_contained(self, page: str) -> None:
        """Nothing to fetch: no link, script, image file or stylesheet URL; the pictures are SVG."""
        parsed = parse(page)
        assert parsed.fetched == []
        assert not {"script", "link", "img", "iframe"} & set(parsed.tags)
        assert parsed.tags.count("svg") == 2
        assert "<?xml" not in page
        assert "<!DOCTYPE svg" not in page

    def test_the_map_and_the_chart_are_there(self, page: str) -> None:
        assert "Forum, partager ses cas" in page.split("Carte mentale")[1].split("</svg>")[0]
        assert "Équilibre du temps : 5 h 35" in page
        assert "72\u00a0%" in page  # the synchronous share

    def test_the_phases_in_path_order(self, page: str) -> None:
        cells = parse(page).cells
        titles = [c for c in cells if c.endswith(("accroche", "classe-virtuelle", "apports"))]
        assert titles[:3] == [
            "Ce que les collaborateurs attendent de l'entretienaccroche",
            "Classe virtuelle de lancement, les questions des managersclasse-virtuelle",
            "Les étapes de l'entretien en capsulesapports",
        ]

    def test_the_calendar(self, page: str) -> None:
        calendar = page.split("Calendrier des sessions")[1].split("</table>")[0]
        when = re.findall(r"<tr><td>([^<]+)</td>", calendar)
        assert when == [
            "semaine 1, à partir du lundi 10 mars 2025",
            "mercredi 12 mars 2025",
            "semaine 2, à partir du lundi 17 mars 2025",
            "semaine 2, à partir du lundi 17 mars 2025",
            "lundi 24 mars 2025",
            "lundi 24 mars 2025",
        ]
        assert "La formation commence le lundi 10 mars 2025." in page

    def test_requirements_and_workload(self, page: str) -> None:
        assert "Charge du formateur" in page
        assert "En tout : 4 h de temps du formateur." in page
        assert "un outil de classe virtuelle" in page

    def test_indicators_and_signatures(self, page: str) -> None:
        assert "Taux d&#x27;achèvement" in page
        assert "Présence aux sessions synchrones" in page
        assert page.count("☐ validé  ☐ validé sous réserve  ☐ à reprendre") == 3
        assert "Produit par scenario" in page
        assert "entretien-v2.yaml" in page

    def test_the_decision_table(self) -> None:
        """A waived finding shows its reason, an error is to fix, a warning is to decide."""
        s = scenario.load(V1)
        s.update_phase("apports", duration=90)
        s.waive("phase.long-async", "apports", "une vidéo déjà tournée")
        s.remove_phase("bilan")
        s.remove_phase("quiz")  # no évaluation left: an error
        decisions = pack(s).split("Constats et décisions")[1].split("Indicateurs")[0]
        assert "à corriger : 1 ; dérogations : 1 ; à trancher : 1" in decisions
        assert "<strong>à corriger</strong>" in decisions
        assert "dérogation : une vidéo déjà tournée" in decisions
        assert "☐ maintenu  ☐ à corriger" in decisions

    def test_user_text_is_escaped(self) -> None:
        s = scenario.Scenario('<script>alert("x")</script>', objectives=["<b>gras</b>"])
        s.add_phase("a", "découverte", "<img src=x>", duration=10)
        text = pack(s)
        assert "<script>" not in text
        assert "<img" not in text
        assert "&lt;b&gt;gras&lt;/b&gt;" in text
        assert parse(text).fetched == []

    def test_english(self) -> None:
        text = pack(scenario.load(V2), lang="en")
        assert parse(text).h2[:2] == ["Objectives", "Mind map"]
        assert "week 2, from Monday 17 March 2025" in text

    def test_a_scenario_without_durations_or_dates(self) -> None:
        s = scenario.Scenario("Brouillon")
        s.add_phase("a", "découverte")
        text = pack(s)
        assert "Aucun objectif n&#x27;est encore écrit." in text
        assert "Pas encore planifiées : a." in text
        assert "aucune durée renseignée pour l&#x27;instant" in text


class TestPdf:
    def test_a_real_pdf(self) -> None:
        """WeasyPrint makes an A4 PDF of several pages whose text is the pack's."""
        from pypdf import PdfReader

        data = pack_pdf(scenario.load(V2))
        assert data.startswith(b"%PDF-")
        reader = PdfReader(io.BytesIO(data))
        assert len(reader.pages) >= 3
        width, height = (float(v) for v in reader.pages[0].mediabox[2:])
        assert (round(width), round(height)) == (595, 842)  # A4 in points
        text = "\n".join(p.extract_text() for p in reader.pages)
        for words in (
            "DOSSIER DE VALIDATION",
            "Conduire l'entretien annuel",
            "Calendrier des sessions",
        ):
            assert words in text

    def test_without_weasyprint(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setitem(sys.modules, "weasyprint", None)
        with pytest.raises(ScenarioError, match=r"pip install 'scenario-pedagogique\[pdf\]'"):
            pack_pdf(scenario.load(V2))

    def test_without_pango(self, monkeypatch: pytest.MonkeyPatch) -> None:
        class Broken:
            def __getattr__(self, name: str) -> object:
                raise OSError("cannot load library 'libpango-1.0-0'")

        monkeypatch.setitem(sys.modules, "weasyprint", Broken())
        with pytest.raises(ScenarioError, match="installez Pango"):
            pack_pdf(scenario.load(V2))


class TestCommand:
    def test_html_file(self, tmp_path: Path) -> None:
        out = tmp_path / "dossier.html"
        assert main(["synopsis", str(V2), "--pack", "-o", str(out)]) == 0
        assert parse(out.read_text(encoding="utf-8")).h2 == FRENCH_SECTIONS

    def test_standard_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["synopsis", str(V2), "--pack", "--lang", "en"]) == 0
        assert capsys.readouterr().out.startswith('<!DOCTYPE html>\n<html lang="en">')

    def test_pdf_file(self, tmp_path: Path) -> None:
        out = tmp_path / "dossier.pdf"
        assert main(["synopsis", str(V2), "--pack", "-o", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF-")

    def test_pdf_without_weasyprint(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.setitem(sys.modules, "weasyprint", None)
        out = tmp_path / "dossier.pdf"
        assert main(["synopsis", str(V2), "--pack", "-o", str(out)]) == 1
        assert "le PDF demande WeasyPrint" in capsys.readouterr().err
        assert not out.exists()

    def test_a_pack_is_html_or_pdf(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["synopsis", str(V2), "--pack", "-o", str(tmp_path / "x.md")]) == 2
        assert "s'écrit en .html ou en .pdf" in capsys.readouterr().err

    def test_the_synopsis_without_pack_is_unchanged(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["synopsis", str(V2)]) == 0
        assert capsys.readouterr().out.startswith("# Conduire l'entretien annuel\n")


class TestBalanceChart:
    def test_valid_svg_with_the_shares(self) -> None:
        svg = balance_svg(scenario.load(V2))
        root = ET.fromstring(svg)
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert "72\u00a0%" in svg
        assert "28\u00a0%" in svg

    def test_user_text_never_reaches_the_svg_raw(self) -> None:
        s = scenario.Scenario("<T>")
        s.add_phase("a", "découverte", situation="présentiel", duration=10)
        ET.fromstring(balance_svg(s))

    def test_no_duration(self) -> None:
        s = scenario.Scenario("T")
        s.add_phase("a", "découverte")
        assert "no duration given yet" in balance_svg(s, lang="en")
