"""The analysis commands: stats, requirements, synopsis."""

from __future__ import annotations

import json

import pytest

from scenario.cli import main
from tests.conftest import EXAMPLES

SPOC = str(EXAMPLES / "spoc-logiciel-paie.yaml")
TABLE = str(EXAMPLES / "tableau-scenarisation.csv")


class TestStats:
    def test_json_has_the_shape_of_the_issue(self, capsys):
        assert main(["stats", SPOC, "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["total_minutes"] == 300
        assert data["by"]["situation"] == {
            "présentiel": 0,
            "distanciel synchrone": 150,
            "distanciel asynchrone": 150,
        }
        assert data["by"]["intention"]["évaluer"] == 65
        assert (data["synchronous_minutes"], data["asynchronous_minutes"]) == (150, 150)
        assert data["phases_without_duration"] == []

    def test_text(self, capsys):
        assert main(["stats", SPOC]) == 0
        out = capsys.readouterr().out
        assert "durée totale" in out
        assert "300 min" in out

    def test_reads_a_table(self, capsys):
        assert main(["stats", TABLE, "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)["total_minutes"] == 310

    def test_plot(self, tmp_path, capsys):
        pytest.importorskip("matplotlib")
        out = tmp_path / "balance.png"
        assert main(["stats", SPOC, "--plot", str(out)]) == 0
        assert out.read_bytes()[:4] == b"\x89PNG"

    def test_a_file_that_does_not_load(self, tmp_path, capsys):
        bad = tmp_path / "bad.yaml"
        bad.write_text("scenario: 1\ntitle: x\nphases:\n  - {id: a, phase: decouvert}\n")
        assert main(["stats", str(bad)]) == 2
        err = capsys.readouterr().err
        assert "bad.yaml" in err
        assert "découverte" in err
        assert "Traceback" not in err

    def test_a_bad_table_names_row_and_column(self, tmp_path, capsys):
        bad = tmp_path / "t.csv"
        bad.write_text("phase;pédagogie\ndécouverte;activ\n", encoding="utf-8")
        assert main(["stats", str(bad)]) == 2
        err = capsys.readouterr().err
        assert "ligne 2, colonne B (pédagogie)" in err


class TestRequirements:
    def test_text(self, capsys):
        assert main(["requirements", SPOC]) == 0
        out = capsys.readouterr().out
        assert "un outil de classe virtuelle" in out
        assert "classe-virtuelle, atelier-cas" in out

    def test_english_json(self, capsys):
        assert main(["requirements", SPOC, "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["modality"] == "spoc"
        assert {n["id"] for n in data["needs"]} >= {"virtual-classroom", "platform"}
        assert main(["requirements", SPOC, "--lang", "en"]) == 0
        assert "a delivery platform" in capsys.readouterr().out


class TestSynopsis:
    def test_markdown_to_stdout(self, capsys):
        assert main(["synopsis", SPOC]) == 0
        assert capsys.readouterr().out.startswith("# Prendre en main le nouveau logiciel de paie")

    @pytest.mark.parametrize(("name", "start"), [("s.md", "# "), ("s.html", "<!DOCTYPE html>")])
    def test_output_suffix_picks_the_format(self, tmp_path, name, start):
        out = tmp_path / name
        assert main(["synopsis", SPOC, "--view", "trainer", "-o", str(out)]) == 0
        text = out.read_text(encoding="utf-8")
        assert text.startswith(start)
        assert "Constats de la validation" in text
        assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left

    def test_unwritable_output_is_one_message(self, tmp_path, capsys):
        out = tmp_path / "missing-folder" / "s.md"
        assert main(["synopsis", SPOC, "-o", str(out)]) == 1
        err = capsys.readouterr().err
        assert "s.md" in err
        assert "Traceback" not in err


class TestExportImport:
    """The generic export/import commands over the csv and xlsx formats of the registry."""

    @pytest.mark.parametrize("to", ["csv", "xlsx"])
    def test_export_then_import(self, example_file, tmp_path, to, capsys):
        if to == "xlsx":
            pytest.importorskip("openpyxl")
        import scenario

        table = tmp_path / f"table.{to}"
        assert main(["export", str(example_file), "--to", to, "-o", str(table)]) == 0
        back = tmp_path / "back.yaml"
        assert (
            main(["import", str(table), "-o", str(back), "--title", "T", "--modality", "spoc"]) == 0
        )
        original = scenario.load(example_file)
        loaded = scenario.load(back)
        assert loaded.title == "T"
        assert loaded.modality is scenario.Modality.SPOC
        assert sorted(p.id for p in loaded.phases) == sorted(p.id for p in original.phases)
        assert loaded.stats().by == original.stats().by

    def test_import_refuses_a_bad_cell_naming_row_and_column(self, tmp_path, capsys):
        table = tmp_path / "plan.csv"
        table.write_text("Phase;Taille du groupe\ndécouverte;petit grupe\n", encoding="utf-8")
        out = tmp_path / "plan.yaml"
        assert main(["import", str(table), "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert "plan.csv" in err
        assert "ligne 2, colonne B (Taille du groupe)" in err
        assert "'petit groupe'" in err
        assert not out.exists()

    def test_import_a_designers_workbook(self, tmp_path):
        openpyxl = pytest.importorskip("openpyxl")
        import scenario

        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(["Modalité", "présentiel"])
        sheet.append(["Objectif", "prioriser ses tâches"])
        sheet.append(["Séquence", "Phase", "Titre", "Groupe", "Situation", "Pédagogie"])
        sheet["G3"] = "Intention(s)"
        sheet["H3"] = "Durée"
        sheet.append(["jour 1", "Decouverte", "Tour de table", "moyen groupe", "presentiel"])
        sheet["F4"], sheet["G4"], sheet["H4"] = "interrogative", "interpeller", 20
        sheet.append([None, "evaluation", "Quiz", "seul", "presentiel", "interrogative"])
        sheet["G5"], sheet["H5"] = "evaluer", 15
        sheet.merge_cells("A4:A5")
        table = tmp_path / "temps.xlsx"
        workbook.save(table)
        out = tmp_path / "temps.yaml"
        assert main(["import", str(table), "-o", str(out), "--title", "Gérer son temps"]) == 0
        loaded = scenario.load(out)
        assert loaded.title == "Gérer son temps"
        assert loaded.modality is scenario.Modality.PRESENTIEL
        assert [p.module for p in loaded.phases] == ["jour 1", "jour 1"]
        assert loaded.total_duration == 35
        assert loaded.validate().ok

    def test_import_the_example_spreadsheet(self, tmp_path):
        import scenario

        out = tmp_path / "accueil.yaml"
        assert main(["import", TABLE, "-o", str(out)]) == 0
        loaded = scenario.load(out)
        assert loaded.title == "Accueillir et intégrer un nouveau collaborateur"
        assert loaded.validate().ok
