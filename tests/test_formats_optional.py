"""``optional: true`` through the table (a column « facultatif ») and FreeMind (an attribute
« facultatif »): written in the reader's language, read in both, lossless."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

import scenario
from scenario.io.freemind import from_freemind, to_freemind
from scenario.io.table import dumps_csv, from_table
from tests.conftest import OPTIONAL_EXAMPLES, PENDING_OPTIONAL, example_named


def test_no_round_trip_is_pending_any_more():
    assert PENDING_OPTIONAL == ()


class TestTheTable:
    @pytest.mark.parametrize("stem", OPTIONAL_EXAMPLES)
    @pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
    def test_optional_phases_survive(self, tmp_path, stem, suffix):
        s = example_named(stem)
        out = tmp_path / f"t{suffix}"
        s.to_table(out)
        back = from_table(out)
        assert {p.id: p.optional for p in back.phases} == {p.id: p.optional for p in s.phases}

    def test_written_in_french_and_in_english(self):
        s = example_named("inversee-entretien-annuel")
        french = dumps_csv(s).splitlines()
        assert any(
            line.endswith(";ressources;facultatif;date;semaine;lms;notes") for line in french
        )
        assert ";oui;" in next(line for line in french if line.startswith("forum;"))
        assert next(line for line in french if line.startswith("capsules;")).endswith(";;;;;")
        english = dumps_csv(s, lang="en").splitlines()
        assert any(line.endswith(";resources;optional;date;week;lms;notes") for line in english)
        assert ";yes;" in next(line for line in english if line.startswith("forum;"))

    @pytest.mark.parametrize("header", ["facultatif", "Facultatif", "optional", "Optionnel"])
    @pytest.mark.parametrize(
        ("cell", "expected"),
        [
            ("oui", True),
            ("Oui", True),
            ("x", True),
            ("yes", True),
            ("vrai", True),
            ("1", True),
            ("non", False),
            ("no", False),
            ("", False),
            ("0", False),
        ],
    )
    def test_read_in_both_languages(self, tmp_path, header, cell, expected):
        out = tmp_path / "t.csv"
        out.write_text(f"id;phase;{header}\na;découverte;\nb;apprentissage;{cell}\n", "utf-8")
        phases = from_table(out).phases
        assert [p.optional for p in phases] == [False, expected]

    def test_neither_yes_nor_no_is_refused_with_its_cell(self, tmp_path):
        out = tmp_path / "t.csv"
        out.write_text("id;phase;facultatif\na;découverte;peut-être\n", "utf-8")
        with pytest.raises(scenario.DocumentError) as caught:
            from_table(out)
        message = str(caught.value)
        assert "ligne 2, colonne C (facultatif)" in message
        assert "ni oui ni non : 'peut-être'" in message
        assert "écrivez 'oui' pour un détour" in message

    def test_a_table_without_the_column_has_no_optional_phase(self, tmp_path):
        out = tmp_path / "t.csv"
        out.write_text("id;phase\na;découverte\n", "utf-8")
        assert [p.optional for p in from_table(out).phases] == [False]


class TestFreeMind:
    def _attribute(self, text: str, pid: str, name: str) -> list[str]:
        centre = ET.fromstring(text).find("node")
        assert centre is not None
        for node in centre.findall("node"):
            values = {a.get("NAME"): a.get("VALUE") for a in node.findall("attribute")}
            if values.get("id") == pid:
                return [
                    a.get("VALUE", "") for a in node.findall("attribute") if a.get("NAME") == name
                ]
        raise AssertionError(pid)

    def test_written_on_the_optional_phase_only(self):
        text = to_freemind(example_named("mooc-intelligence-artificielle"))
        assert self._attribute(text, "live-questions", "facultatif") == ["oui"]
        assert self._attribute(text, "quiz", "facultatif") == []
        english = to_freemind(example_named("mooc-intelligence-artificielle"), lang="en")
        assert self._attribute(english, "live-questions", "optional") == ["yes"]

    @pytest.mark.parametrize("stem", OPTIONAL_EXAMPLES)
    @pytest.mark.parametrize("lang", ["fr", "en"])
    def test_read_back(self, stem, lang):
        s = example_named(stem)
        back = from_freemind(to_freemind(s, lang=lang))
        assert [p.id for p in back.phases if p.optional] == [p.id for p in s.phases if p.optional]

    def test_neither_yes_nor_no_is_refused(self):
        text = (
            '<map><node TEXT="T"><node TEXT="X"><attribute NAME="phase" VALUE="découverte"/>'
            '<attribute NAME="facultatif" VALUE="bof"/></node></node></map>'
        )
        with pytest.raises(scenario.DocumentError, match="ni oui ni non : 'bof'"):
            from_freemind(text)
