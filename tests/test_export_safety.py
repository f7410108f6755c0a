"""Every string that reaches an export is made safe for it: one small reproducer per hazard.

Formulas in CSV and XLSX (OWASP's CSV injection), control characters and
lone surrogates in every writer, directives and raw HTML in Mermaid,
markmap and OPML, and Graphviz labels for titles Graphviz once refused.
"""

from __future__ import annotations

import io
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import scenario
from scenario.io.formats import get_format
from scenario.io.markmap import to_markmap
from scenario.io.mermaid import to_mermaid
from scenario.io.opml import to_opml
from scenario.io.table import dumps_csv, dumps_xlsx, from_table
from scenario.io.table._guard import guard, unguard
from tests.conftest import example_named

FORMULAS = ["=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")', "'=x"]


def with_title(title: str) -> scenario.Scenario:
    s = scenario.Scenario(title, objectives=[title])
    s.add_phase("a", "découverte", title, activities=[title], resources=[title], module=title)
    return s


class TestFormulas:
    @pytest.mark.parametrize("text", FORMULAS)
    def test_a_csv_cell_never_starts_a_formula(self, text: str) -> None:
        """The cell is written with a quote first, as OWASP advises."""
        assert guard(text).startswith("'")
        assert unguard(guard(text)) == text

    @pytest.mark.parametrize("text", FORMULAS)
    def test_csv_round_trips_what_it_neutralised(self, tmp_path: Path, text: str) -> None:
        s = with_title(text)
        out = tmp_path / "t.csv"
        s.to_table(out)
        written = out.read_text(encoding="utf-8-sig")
        for line in written.splitlines():
            for cell in line.split(";"):
                assert not cell.startswith(("=", "+", "-", "@", "\t")), line
        back = from_table(out)
        assert back.title == text.strip()
        assert back.phases[0].title == text.strip()

    @pytest.mark.parametrize("text", FORMULAS)
    def test_an_xlsx_cell_is_text_never_a_formula(self, tmp_path: Path, text: str) -> None:
        openpyxl = pytest.importorskip("openpyxl")
        out = tmp_path / "t.xlsx"
        with_title(text).to_table(out)
        for sheet in openpyxl.load_workbook(out).worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
        assert from_table(out).phases[0].title == text.strip()


class TestUnwritableCharacters:
    @pytest.mark.parametrize("name", ["markmap", "mermaid", "opml", "freemind", "csv", "xlsx"])
    @pytest.mark.parametrize("bad", ["\ud800", "\x00", "\x07", "\uffff", "\x1b[31m"])
    def test_every_writer_replaces_them(self, name: str, bad: str) -> None:
        """A lone surrogate (UTF-8 cannot encode it) or a control character (XML cannot
        hold it) never crashes a writer nor reaches the file."""
        data = get_format(name).dump(with_title(f"a{bad}b"))
        raw = data if isinstance(data, bytes) else data.encode("utf-8")
        if name == "xlsx":
            raw = b"".join(
                zipfile.ZipFile(io.BytesIO(raw)).read(n)
                for n in zipfile.ZipFile(io.BytesIO(raw)).namelist()
            )
        assert bad.encode("utf-8", "surrogatepass") not in raw

    def test_the_markmap_page_too(self) -> None:
        page = get_format("markmap").dump_for("c.html")(with_title("a\ud800b\x00c"))
        assert isinstance(page, str)
        page.encode("utf-8")


class TestDirectivesAndHtml:
    def test_mermaid_directives_are_text(self) -> None:
        text = to_mermaid(with_title('%%{init: {"theme": "dark"}}%%'))
        assert "%%" not in text
        assert "{init" not in text

    @pytest.mark.parametrize("title", ["click a call alert()", "<script>alert(1)</script>"])
    def test_mermaid_click_and_script_stay_in_their_label(self, title: str) -> None:
        lines = to_mermaid(with_title(title)).splitlines()
        assert not any(line.strip().startswith("click") for line in lines)
        assert "<script" not in "\n".join(lines)

    @pytest.mark.parametrize("title", ["==marqué==", "~sub~", "^sup^", "++ins++", "$x$"])
    def test_markmap_marks_are_escaped(self, title: str) -> None:
        body = to_markmap(with_title(title), front_matter=False)
        heading = body.splitlines()[0]
        for mark in "=~^+$":
            assert f"\\{mark}" in heading or mark not in title

    def test_markmap_html_is_text(self) -> None:
        body = to_markmap(with_title("<html><b>x</b></html>"), front_matter=False)
        assert "<html>" not in body
        assert "&lt;html&gt;" in body

    @pytest.mark.parametrize("title", ["<html><b>x</b></html>", "<HTML>y", "<html>"])
    def test_freemind_html_is_text_and_read_back_equal(self, tmp_path: Path, title: str) -> None:
        import warnings

        from scenario.io.freemind import read_freemind, to_freemind

        s = with_title(title)
        text = to_freemind(s)
        for node in ET.fromstring(text).iter("node"):
            assert not (node.get("TEXT") or "").lstrip().lower().startswith("<html")
        (tmp_path / "c.mm").write_text(text, encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # no « formatting not kept » for a plain text
            back = read_freemind(tmp_path / "c.mm")
        assert back.title == title
        assert back.phases[0].title == title
        assert list(back.phases[0].activities) == [title]

    def test_opml_html_is_text(self) -> None:
        root = ET.fromstring(to_opml(with_title("<html><b>x</b></html>")))
        assert root.find(".//html") is None
        assert root.find("body/outline").get("text") == "<html><b>x</b></html>"  # type: ignore[union-attr]


class TestGraphvizLabels:
    @pytest.mark.parametrize("title", ["", " ", "\uffff", "\ufffe", "]", "[x]", "\\N", "a]]>b"])
    @pytest.mark.parametrize("layout", ["twopi", "dot", "slide"])
    def test_graphviz_accepts_any_title(self, title: str, layout: str) -> None:
        s = with_title(title)
        s.title = title
        s.mindmap(layout=layout, detail="activities").pipe("svg")
        s.path_diagram().pipe("svg")


class TestDeterministicWorkbook:
    def test_the_same_bytes_every_time(self) -> None:
        s = example_named("spoc-logiciel-paie")
        assert dumps_xlsx(s) == dumps_xlsx(s)
        names = zipfile.ZipFile(io.BytesIO(dumps_xlsx(s))).infolist()
        assert {info.date_time for info in names} == {(1980, 1, 1, 0, 0, 0)}

    def test_the_bytes_do_not_depend_on_what_was_imported(self) -> None:
        """weasyprint registers XML namespaces when it writes a PDF: a workbook made
        after it is the same, byte for byte."""
        code = (
            "import sys, hashlib, scenario\n"
            "if sys.argv[1] == 'pdf':\n"
            "    import weasyprint\n"
            "    weasyprint.HTML(string='<p>x</p>').write_pdf()\n"
            "from scenario.io.table import dumps_xlsx\n"
            "s = scenario.load('examples/spoc-logiciel-paie.yaml')\n"
            "print(hashlib.sha256(dumps_xlsx(s)).hexdigest())\n"
        )
        digests = {
            subprocess.run(
                [sys.executable, "-c", code, first],
                capture_output=True,
                text=True,
                check=True,
                cwd=Path(__file__).parent.parent,
            ).stdout
            for first in ("plain", "pdf")
        }
        assert len(digests) == 1


class TestWorkingWorkbook:
    def test_drop_down_lists_on_every_grid_column(self, tmp_path: Path) -> None:
        openpyxl = pytest.importorskip("openpyxl")
        out = tmp_path / "t.xlsx"
        example_named("spoc-logiciel-paie").to_table(out)
        sheet = openpyxl.load_workbook(out).worksheets[0]
        lists = {
            str(v.sqref).split(":")[0][0]: v.formula1 for v in sheet.data_validations.dataValidation
        }
        headers = {c.value: c.column_letter for c in sheet[1]}
        for header, word in [
            ("phase", "découverte"),
            ("taille du groupe", "petit groupe"),
            ("situation", "distanciel synchrone"),
            ("pédagogie", "interrogative"),
            ("intention(s)", "synthétiser"),
            ("facultatif", "oui"),
        ]:
            assert word in lists[headers[header]], header

    def test_prints_on_a4_landscape_fitted_to_width_with_the_header_on_each_page(
        self, tmp_path: Path
    ) -> None:
        openpyxl = pytest.importorskip("openpyxl")
        out = tmp_path / "t.xlsx"
        example_named("spoc-logiciel-paie").to_table(out)
        sheet = openpyxl.load_workbook(out).worksheets[0]
        assert sheet.page_setup.orientation == "landscape"
        assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        assert sheet["C2"].alignment.wrap_text
        # Each row is as tall as its wrapped text: more than one line for a long title.
        assert sheet.row_dimensions[2].height > 15

    def test_headers_are_french_and_to_table_takes_headers(self, tmp_path: Path) -> None:
        openpyxl = pytest.importorskip("openpyxl")
        s = example_named("spoc-logiciel-paie")
        s.to_table(tmp_path / "fr.xlsx")
        s.to_table(tmp_path / "en.xlsx", headers="en")
        french = openpyxl.load_workbook(tmp_path / "fr.xlsx")
        english = openpyxl.load_workbook(tmp_path / "en.xlsx")
        assert french.sheetnames == ["phases", "scénario"]
        assert french.worksheets[0]["D1"].value == "taille du groupe"
        assert english.worksheets[0]["D1"].value == "group"
        with pytest.raises(ValueError, match="lang"):
            s.to_table(tmp_path / "x.csv", lang="fr", headers="en")

    def test_csv_keeps_the_course_in_french(self) -> None:
        text = dumps_csv(example_named("spoc-logiciel-paie"))
        assert "objectif;" in text
        assert "transition;exercice-guide;interface;remédiation" in text
