"""The .mm round trip with Freeplane: what Freeplane 1.7 opens and saves, what a designer adds.

``tests/data/freeplane/paie-saved-by-freeplane-1.7.mm`` is the map of
``spoc-logiciel-paie`` as written by ``scenario export``, opened in
Freeplane 1.7.10 (Debian's package, under Xvfb: no dialog), and saved by
it: Freeplane's own styles, timestamps and escapes. The edits below are
written the way Freeplane 1.7 writes them: notes and details as HTML
``richcontent``, connectors as ``arrowlink``, icons as ``icon``.
"""

from __future__ import annotations

import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import assume, given

import scenario
from scenario._text import scrub
from scenario.io.document import from_document, to_document
from scenario.io.freemind import from_freemind, read_freemind, to_freemind
from tests.conftest import example_named
from tests.strategies import scenarios

FIXTURE = Path(__file__).parent / "data" / "freeplane" / "paie-saved-by-freeplane-1.7.mm"


def _read(text: str) -> tuple[scenario.Scenario, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        back = from_freemind(text, source="paie.mm")
    return back, [str(w.message) for w in caught if issubclass(w.category, scenario.ReadWarning)]


def _saved() -> str:
    return FIXTURE.read_text(encoding="utf-8")


def _after(text: str, anchor: str, added: str) -> str:
    """``text`` with ``added`` right after the first line that contains ``anchor``."""
    start = text.index(anchor)
    end = text.index("\n", start) + 1
    return text[:end] + added + "\n" + text[end:]


class TestFreeplaneOpensIt:
    def test_the_file_starts_as_freeplane_expects(self) -> None:
        """No XML declaration: Freeplane 1.7 asks about an « unknown program » unless the
        file starts with a version it knows (``xml/mapVersions.xml`` in its jar)."""
        text = to_freemind(example_named("spoc-logiciel-paie"))
        assert text.startswith('<map version="freeplane 1.7.0">')
        assert "<?xml" not in text

    def test_a_map_saved_by_freeplane_reads_back_equal(self) -> None:
        """Freeplane's save (styles, CREATED/MODIFIED, escapes, FOLDED left out) changes nothing."""
        back, notices = _read(_saved())
        assert back == example_named("spoc-logiciel-paie")
        assert notices == []


class TestWhatADesignerAdds:
    def test_notes_and_details_become_the_phase_notes(self) -> None:
        note = (
            '<richcontent TYPE="NOTE"><html><head></head><body>'
            "<p>Prévoir un tutoriel</p><p>pour les absents</p></body></html></richcontent>"
        )
        details = (
            '<richcontent TYPE="DETAILS"><html><head></head><body><p>20 min max</p></body>'
            "</html></richcontent>"
        )
        text = _after(_saved(), 'ID="ID_phase_interface"', note + details)
        back, notices = _read(text)
        assert (
            back.phase("interface").notes == "Prévoir un tutoriel\npour les absents\n\n20 min max"
        )
        assert any("détails sont ajoutés à ses notes" in n for n in notices)

    def test_a_note_on_the_centre_is_the_course_notes(self) -> None:
        note = (
            '<richcontent TYPE="NOTE"><html><body><p>Version du 3 mars</p></body></html>'
            "</richcontent>"
        )
        back, _notices = _read(_after(_saved(), 'ID="ID_scenario"', note))
        assert back.notes == "Version du 3 mars"

    def test_a_connector_between_phases_is_a_step_of_the_path(self) -> None:
        arrow = (
            '<arrowlink SHAPE="CUBIC_CURVE" COLOR="#000000" WIDTH="2" TRANSPARENCY="200" '
            'DESTINATION="ID_phase_accroche" MIDDLE_LABEL="remédiation" STARTARROW="NONE" '
            'ENDARROW="DEFAULT"/>'
        )
        back, notices = _read(_after(_saved(), 'ID="ID_phase_classe-virtuelle"', arrow))
        assert back.path is not None
        assert back.path[-1] == scenario.Transition("classe-virtuelle", "accroche", "remediation")
        assert notices == []

    def test_a_connector_to_an_activity_is_reported(self) -> None:
        arrow = '<arrowlink DESTINATION="ID_phase_interface_1" ENDARROW="DEFAULT"/>'
        back, notices = _read(_after(_saved(), 'ID="ID_phase_accroche"', arrow))
        assert back == example_named("spoc-logiciel-paie")
        assert any("connecteur" in n and "n'est pas gardé" in n for n in notices)

    def test_sub_activities_are_flattened_and_said(self) -> None:
        sub = '<node TEXT="question 1" ID="ID_42"/><node TEXT="question 2" ID="ID_43"/>'
        text = _saved().replace(
            '<node TEXT="questions int&#xe9;gr&#xe9;es" ID="ID_phase_interface_2"',
            '<node TEXT="questions int&#xe9;gr&#xe9;es" ID="ID_phase_interface_2"',
        )
        text = _after(text, 'ID="ID_phase_interface_2"', sub)
        back, notices = _read(text)
        assert back.phase("interface").activities == (
            "capsules vidéo",
            "questions intégrées",
            "questions intégrées › question 1",
            "questions intégrées › question 2",
        )
        assert any("sous-activités" in n for n in notices)

    def test_icons_formatting_and_links_are_said(self) -> None:
        text = _after(_saved(), 'ID="ID_phase_accroche"', '<icon BUILTIN="yes"/>')
        text = _after(text, 'ID="ID_phase_interface_1"', '<icon BUILTIN="idea"/>').replace(
            'ID="ID_phase_interface_1"', 'ID="ID_phase_interface_1" LINK="https://exemple.fr/v"'
        )
        back, notices = _read(text)
        assert any("icônes" in n and "'yes'" in n for n in notices)
        assert any("icônes" in n and "'idea'" in n for n in notices)
        assert any("lien" in n and "exemple.fr" in n for n in notices)
        assert back.phase("interface").activities[0] == "capsules vidéo"

    def test_a_link_on_a_phase_is_a_resource(self) -> None:
        text = _saved().replace(
            'ID="ID_phase_accroche"', 'ID="ID_phase_accroche" LINK="https://exemple.fr/quiz"'
        )
        back, _notices = _read(text)
        assert back.phase("accroche").resources[-1] == "https://exemple.fr/quiz"

    def test_notes_of_an_activity_join_its_phase_notes(self) -> None:
        note = '<richcontent TYPE="NOTE"><html><body><p>5 questions</p></body></html></richcontent>'
        back, notices = _read(_after(_saved(), 'ID="ID_phase_interface_2"', note))
        assert back.phase("interface").notes == "questions intégrées : 5 questions"
        assert any("notes de sa phase" in n for n in notices)

    def test_plain_text_notes_of_recent_freeplane(self) -> None:
        """Freeplane 1.8+ may keep a plain note in a ``<text>`` element: read as written."""
        note = '<richcontent TYPE="NOTE" CONTENT-TYPE="plain/"><text>a  b\nc</text></richcontent>'
        back, _notices = _read(_after(_saved(), 'ID="ID_phase_accroche"', note))
        assert back.phase("accroche").notes == "a  b\nc"

    def test_the_cli_prints_the_warnings_in_french(self, tmp_path: Path) -> None:
        source = tmp_path / "paie.mm"
        source.write_text(_after(_saved(), 'ID="ID_phase_accroche"', '<icon BUILTIN="yes"/>'))
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "scenario",
                "import",
                str(source),
                "-o",
                str(tmp_path / "p.yaml"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "avertissement" in done.stderr
        assert "icônes" in done.stderr
        assert scenario.load(tmp_path / "p.yaml").phase("accroche").title


class TestRoundTrip:
    def test_every_field_comes_back(self) -> None:
        """Notes on several lines, dates, weeks, the start, the LMS id, waivers everywhere."""
        s = example_named("spoc-logiciel-paie")
        s.notes = "Première ligne\n\nTroisième ligne"
        s.start = "2025-03-10"  # type: ignore[assignment]
        s.update_phase("accroche", notes="à relire", lms="42", week=1, date="2025-03-11")
        s.waive("phase.long-async", "interface", "vidéos courtes")
        s.waive("spoc.no-synchronous", "absente", "phase retirée")
        assert from_freemind(to_freemind(s)) == s
        assert from_freemind(to_freemind(s, lang="en")) == s

    def test_orders_the_map_cannot_show_are_kept(self) -> None:
        """The document lists phases and steps in another order than the map shows them."""
        s = example_named("spoc-logiciel-paie")
        s.phases = list(reversed(s.phases))
        assert s.path is not None
        s.path = list(reversed(s.path))
        s.waive("a", "accroche")
        s.waive("b")
        back = from_freemind(to_freemind(s))
        assert back == s

    @pytest.mark.parametrize(
        "path",
        [
            [],
            [scenario.Transition("b", "a", "remediation")],
            [scenario.Transition("a", "b"), scenario.Transition("a", "b")],
        ],
    )
    def test_explicit_paths_without_a_plain_sequence(self, path: list[scenario.Transition]) -> None:
        s = scenario.Scenario("Chemins")
        s.add_phase("a", "découverte")
        s.add_phase("b", "évaluation")
        s.path = path
        assert from_freemind(to_freemind(s)) == s

    @given(scenarios())
    def test_any_scenario_comes_back_equal(self, s: scenario.Scenario) -> None:
        """Any scenario: equal to its canonical document, what XML cannot hold as U+FFFD
        (a waiver's rule is an id: no colon in it)."""
        assume(all(":" not in w.rule and " @" not in w.rule for w in s.waivers))

        def clean(value: object) -> object:
            if isinstance(value, str):
                return scrub(value)
            if isinstance(value, list):
                return [clean(v) for v in value]
            if isinstance(value, dict):
                return {k: clean(v) for k, v in value.items()}
            return value

        document = clean(to_document(s))
        assert isinstance(document, dict)
        if document.get("audience") == {}:
            del document["audience"]  # an audience with neither size nor description
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert from_freemind(to_freemind(s)) == from_document(document)


class TestSafeReading:
    def test_utf16_does_not_bypass_the_doctype_refusal(self, tmp_path: Path) -> None:
        """A UTF-16 file declaring entities is refused as a UTF-8 one is (defusedxml)."""
        text = (
            '<?xml version="1.0" encoding="UTF-16"?>'
            '<!DOCTYPE map [<!ENTITY a "x">]><map><node TEXT="&a;"/></map>'
        )
        path = tmp_path / "carte.mm"
        path.write_bytes(text.encode("utf-16"))
        with pytest.raises(scenario.DocumentError, match="DOCTYPE"):
            read_freemind(path)

    def test_an_external_entity_is_never_fetched(self, tmp_path: Path) -> None:
        text = '<!DOCTYPE map SYSTEM "http://exemple.invalid/x.dtd"><map><node TEXT="T"/></map>'
        with pytest.raises(scenario.DocumentError, match="DOCTYPE"):
            from_freemind(text)

    def test_html_in_a_text_stays_text(self) -> None:
        """A text starting with <html> is shown as written, never as HTML: FreeMind and
        Freeplane take a TEXT that starts with <html> for HTML, so it is rich text holding
        the title escaped."""
        s = scenario.Scenario("<html><body><b>x</b></body></html>")
        s.add_phase("a", "découverte", "<html><script>alert(1)</script>")
        text = to_freemind(s)
        root = ET.fromstring(text)
        assert not [n for n in root.iter("node") if "html" in (n.get("TEXT") or "").lower()]
        assert root.find(".//script") is None
        assert root.find(".//b") is None
        assert "&lt;html&gt;&lt;script&gt;" in text
        back = from_freemind(text)
        assert back.title == s.title
        assert back.phases[0].title == s.phases[0].title

    def test_lone_surrogates_and_controls_are_replaced(self) -> None:
        s = scenario.Scenario("a\ud800b\x07c\uffff")
        s.add_phase("a", "découverte", "x\x00y")
        text = to_freemind(s)
        text.encode("utf-8")
        back = from_freemind(text)
        assert back.title == "a\ufffdb\ufffdc\ufffd"
        assert back.phases[0].title == "x\ufffdy"
