"""The scenarisation table: CSV and XLSX, as the tool writes them and as designers do."""

from __future__ import annotations

import datetime
import itertools

import pytest

import scenario
from scenario.i18n import use_language
from scenario.io.formats import format_for, get_format
from scenario.io.table import COLUMNS, dumps_csv, from_table, to_table
from scenario.learning_path import path_order
from tests.conftest import EXAMPLES, example_named

SUFFIXES = [".csv", ".xlsx"]


def in_path_order(s: scenario.Scenario) -> list[scenario.Phase]:
    return [s.phase(pid) for pid in path_order(s.graph)]


def linear_sequence(s: scenario.Scenario) -> bool:
    """True when the path is one line of sequence transitions (what rows can say)."""
    order = path_order(s.graph)
    return [(t.source, t.target, t.kind.value) for t in s.transitions] == [
        (a, b, "sequence") for a, b in itertools.pairwise(order)
    ]


class TestRoundTrip:
    @pytest.mark.parametrize("suffix", SUFFIXES)
    def test_the_whole_course_comes_back(self, example, tmp_path, suffix):
        """YAML -> table -> YAML gives the same scenario (``==``): title, modality, audience,
        objectives, every phase in the document's order, the path and the waivers."""
        out = tmp_path / f"table{suffix}"
        example.to_table(out)
        assert from_table(out) == example

    @pytest.mark.parametrize("suffix", SUFFIXES)
    def test_every_field_comes_back(self, tmp_path, suffix):
        """Dates, weeks, the LMS id, notes on several lines, the start, every waiver."""
        s = example_named("spoc-logiciel-paie")
        s.start = "2025-03-10"
        s.notes = "version 2\nà relire"
        s.update_phase("accroche", date="2025-03-11", week=1, lms="42", notes="a\nb")
        s.waive("phase.long-async", "interface", "vidéos courtes")
        s.waive("spoc.no-synchronous")
        out = tmp_path / f"table{suffix}"
        s.to_table(out, lang="en")
        assert from_table(out) == s

    def test_csv_then_yaml_is_loadable(self, example, tmp_path):
        out = tmp_path / "table.csv"
        example.to_table(out)
        text = from_table(out).dumps()
        assert scenario.loads(text) == example

    @pytest.mark.parametrize(
        ("lang", "header"),
        [
            (None, "titre;taille du groupe;situation;pédagogie;intention(s);durée"),
            ("en", "title;group;situation;pedagogy;intention;duration"),
        ],
    )
    def test_headers_in_either_language_round_trip(self, tmp_path, lang, header):
        """The headers are written in the reader's language (French by default) and both
        languages are read back."""
        s = example_named("presentiel-reunions")
        out = tmp_path / "t.csv"
        to_table(s, out, lang=lang)
        assert header in out.read_text(encoding="utf-8-sig")
        assert from_table(out).phases == s.phases

    @pytest.mark.parametrize("lang", ["fr", "en"])
    def test_the_xlsx_course_sheet_in_either_language_round_trips(self, tmp_path, lang):
        """The scénario sheet's keys and the kinds of transitions are written in the
        reader's language, and read back whichever it was."""
        openpyxl = pytest.importorskip("openpyxl")
        s = example_named("spoc-logiciel-paie")
        out = tmp_path / "t.xlsx"
        to_table(s, out, lang=lang)
        sheets = openpyxl.load_workbook(out).worksheets
        keys = [row[0].value for row in sheets[1].iter_rows()]
        expected = {
            "fr": ("scénario", "titre", "remédiation"),
            "en": ("scenario", "title", "remediation"),
        }
        name, title, remediation = expected[lang]
        assert sheets[1].title == name
        assert keys[0] == title
        assert remediation in [row[3].value for row in sheets[1].iter_rows() if len(row) > 3]
        back = from_table(out)
        assert (back.title, back.audience, back.path) == (s.title, s.audience, s.path)


#: The headers the table writes in French, the default language.
FRENCH = [
    "id",
    "phase",
    "titre",
    "taille du groupe",
    "situation",
    "pédagogie",
    "intention(s)",
    "durée",
    "module",
    "activités",
    "ressources",
    "facultatif",
    "date",
    "semaine",
    "lms",
    "notes",
]


class TestWriting:
    def test_csv_is_semicolons_with_a_bom_and_the_twelve_columns(self, tmp_path):
        out = tmp_path / "t.csv"
        example_named("spoc-logiciel-paie").to_table(out)
        data = out.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        lines = data.decode("utf-8-sig").splitlines()
        assert lines[0] == "titre;Prendre en main le nouveau logiciel de paie"
        top = next(i for i, line in enumerate(lines) if line.startswith("id;"))
        assert lines[top].split(";") == FRENCH
        english = dumps_csv(example_named("spoc-logiciel-paie"), lang="en").splitlines()
        assert ";".join(COLUMNS) in english
        row = lines[top + 3]
        assert row.startswith("exercice-guide;réalisation;")
        assert ";synthétiser | évaluer;40;" in row

    def test_rows_follow_the_document_and_the_path_is_written(self, tmp_path):
        """The rows keep the document's order, so the scenario comes back equal; the
        explicit path is written above them."""
        s = scenario.Scenario("Ordre")
        for pid in ("c", "a", "b"):
            s.add_phase(pid, "découverte", duration=5)
        s.connect("a", "b")
        s.connect("b", "c")
        lines = dumps_csv(s).splitlines()
        top = next(i for i, line in enumerate(lines) if line.startswith("id;"))
        assert [line.split(";")[0] for line in lines[top + 1 :]] == ["c", "a", "b"]
        assert "transition;a;b;séquence" in lines

    def test_unknown_suffix(self, tmp_path):
        with pytest.raises(scenario.ScenarioError, match="suffix"):
            example_named("spoc-logiciel-paie").to_table(tmp_path / "t.ods")

    def test_xlsx_durations_are_numbers_and_lists_are_lines(self, tmp_path):
        openpyxl = pytest.importorskip("openpyxl")
        out = tmp_path / "t.xlsx"
        example_named("spoc-logiciel-paie").to_table(out)
        sheet = openpyxl.load_workbook(out).worksheets[0]
        assert [c.value for c in sheet[1]] == FRENCH
        assert sheet["H2"].value == 20
        assert sheet["G4"].value == "synthétiser\névaluer"


class TestRegistry:
    def test_csv_and_xlsx_are_registered(self):
        assert get_format("csv").suffixes == (".csv",)
        assert get_format("xlsx").read is not None
        assert format_for("plan.xlsx", reading=True).name == "xlsx"

    @pytest.mark.parametrize("name", ["csv", "xlsx"])
    def test_format_objects_write_and_read(self, tmp_path, name):
        s = example_named("mooc-cybersecurite")
        fmt = get_format(name)
        out = tmp_path / f"t.{name}"
        fmt.write(s, out)
        back = fmt.read(out, title="Autre titre", modality="spoc")
        assert back.title == "Autre titre"
        assert back.modality is scenario.Modality.SPOC
        assert back.phases == s.phases

    def test_from_table_is_exposed_at_the_top(self):
        assert scenario.from_table is from_table
        assert "from_table" in scenario.__all__


DESIGNER_CSV = (
    "Tableau de scénarisation : Gérer son temps\n"
    "Modalité : Présentiel\n"
    "Objectifs;prioriser ses tâches | planifier sa semaine\n"
    ";;;;;;;;;\n"
    "Séquence;Phase;Titre;Taille du groupe;SITUATION;Pedagogie;Intention(s);Duree (min);"
    "Activites;Ressources;Remarques\n"
    "Matin;Decouverte;Où passe mon temps ?;Moyen Groupe;presentiel;Interrogative;"
    "Interpeller;20;tour de table | photolangage;cartes photo;à revoir\n"
    "Matin;APPRENTISSAGE;La matrice d'Eisenhower;grand groupe;Présentiel;expositive;"
    'Transmettre;45min;"exposé\nexemples";diaporama;\n'
    ";;;;;;;;;;\n"
    "Matin;realisation;Trier sa semaine;petit groupe;présentiel;ACTIVE;"
    "partager, synthetiser;1h15;atelier en binômes;agenda de chacun | post-it;\n"
    "Après-midi;Evaluation;Mon plan d'action;seul;presentiel;interrogative;"
    "Evaluer;0:30;plan d'action individuel;;\n"
)


class TestDesignerSpreadsheet:
    """A table written as a French designer writes it, read and validated."""

    def write(self, tmp_path, text=DESIGNER_CSV, encoding="utf-8", name="gerer-son-temps.csv"):
        out = tmp_path / name
        out.write_bytes(text.encode(encoding))
        return out

    def test_reads_every_cell(self, tmp_path):
        s = from_table(self.write(tmp_path))
        assert s.title == "Gérer son temps"
        assert s.objectives == ["prioriser ses tâches", "planifier sa semaine"]
        assert s.modality is scenario.Modality.PRESENTIEL
        assert [p.id for p in s.phases] == [
            "ou-passe-mon-temps",
            "la-matrice-d-eisenhower",
            "trier-sa-semaine",
            "mon-plan-d-action",
        ]
        first, second, third, last = s.phases
        assert first.group is scenario.Group.MOYEN_GROUPE
        assert first.activities == ("tour de table", "photolangage")
        assert second.kind is scenario.PhaseKind.APPRENTISSAGE
        assert second.activities == ("exposé", "exemples")
        assert third.intentions == (scenario.Intention.PARTAGER, scenario.Intention.SYNTHETISER)
        assert third.resources == ("agenda de chacun", "post-it")
        assert [p.duration for p in s.phases] == [20, 45, 75, 30]
        assert [p.module for p in s.phases] == ["Matin", "Matin", "Matin", "Après-midi"]
        assert last.resources == ()

    def test_validates(self, tmp_path):
        report = from_table(self.write(tmp_path)).validate()
        assert report.ok, str(report)
        assert report.warnings == []

    def test_options_override_the_table(self, tmp_path):
        s = from_table(self.write(tmp_path), title="Autre", modality="blended")
        assert (s.title, s.modality) == ("Autre", scenario.Modality.BLENDED)

    def test_title_defaults_to_the_file_stem(self, tmp_path):
        text = DESIGNER_CSV.split("\n", 4)[4]  # the header first, nothing above
        s = from_table(self.write(tmp_path, text))
        assert s.title == "gerer-son-temps"
        assert s.modality is None

    def test_windows_excel_cp1252(self, tmp_path):
        """Excel's 'CSV (séparateur: point-virgule)' on Windows writes cp1252."""
        s = from_table(self.write(tmp_path, encoding="cp1252"))
        assert s.phases[2].kind is scenario.PhaseKind.REALISATION
        assert s.phases[3].module == "Après-midi"

    def test_comma_and_bom(self, tmp_path):
        text = (
            "\ufeffID,Phase,Title,Group,Situation,Pedagogy,Intention,Duration\n"
            "hook,discovery,Hook video,alone,asynchronous remote,expository,"
            '"engage, transmit",PT20M\n'
            "exam,assessment,Final exam,alone,asynchronous remote,interrogative,assess,45\n"
        )
        s = from_table(self.write(tmp_path, text))
        assert [p.id for p in s.phases] == ["hook", "exam"]
        assert s.phases[0].intentions == (
            scenario.Intention.INTERPELLER,
            scenario.Intention.TRANSMETTRE,
        )
        assert s.total_duration == 65

    def test_ids_from_titles_are_unique_and_row_numbers_without_title(self, tmp_path):
        text = "phase;titre\ndécouverte;Accueil\ndécouverte;Accueil\névaluation;\n"
        s = from_table(self.write(tmp_path, text))
        assert [p.id for p in s.phases] == ["accueil", "accueil-2", "phase-3"]

    def test_headers_that_say_more(self, tmp_path):
        """'Durée estimée', 'Taille des groupes': a known header followed by more words."""
        text = (
            "Phase;Titre de l'activité;Taille des groupes;Durée estimée;Titre court\n"
            "découverte;Accueil des participants;seul;20;x\n"
        )
        s = from_table(self.write(tmp_path, text))
        phase = s.phases[0]
        assert (phase.title, phase.group, phase.duration) == (
            "Accueil des participants",
            scenario.Group.SEUL,
            20,
        )

    def test_remarks_in_brackets_are_set_aside(self, tmp_path):
        text = (
            "phase;groupe;intention\n"
            "Découverte (J1);Petit groupe (4 pers.);Partager (tour de table)\n"
        )
        phase = from_table(self.write(tmp_path, text)).phases[0]
        assert (phase.kind, phase.group, phase.intentions) == (
            scenario.PhaseKind.DECOUVERTE,
            scenario.Group.PETIT_GROUPE,
            (scenario.Intention.PARTAGER,),
        )

    def test_a_plain_header_wins_over_one_that_says_more(self, tmp_path):
        s = from_table(self.write(tmp_path, "phase;durée prévue;durée\ndécouverte;10;20\n"))
        assert s.phases[0].duration == 20

    def test_given_ids_are_folded(self, tmp_path):
        s = from_table(self.write(tmp_path, "ID;phase\nAccroche Vidéo;découverte\n"))
        assert s.phases[0].id == "accroche-video"

    def test_xlsx_as_a_designer_makes_it(self, tmp_path):
        """French headers, a title cell above, time cells, an extra column: read as meant."""
        openpyxl = pytest.importorskip("openpyxl")
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(["Formation : Accueillir un stagiaire"])
        sheet.append([])
        sheet.append(
            [
                "Phase",
                "Titre",
                "Taille du groupe",
                "Situation",
                "Pédagogie",
                "Intention(s)",
                "Durée",
                "Module",
                "Notes",
            ]
        )
        sheet.append(
            [
                "découverte",
                "Visite",
                "Petit groupe",
                "Présentiel",
                "active",
                "interpeller\npartager",
                datetime.time(1, 30),
                1,
                "x",
            ]
        )
        sheet.append(["évaluation", "Bilan", "seul", "présentiel", "interrogative", "évaluer", 30])
        out = tmp_path / "stagiaire.xlsx"
        workbook.save(out)
        s = from_table(out)
        assert s.title == "Accueillir un stagiaire"
        assert [p.duration for p in s.phases] == [90, 30]
        assert s.phases[0].module == "1"
        assert s.phases[0].intentions == (
            scenario.Intention.INTERPELLER,
            scenario.Intention.PARTAGER,
        )

    def test_xlsx_merged_module_cells_and_a_sheet_of_instructions_first(self, tmp_path):
        """The phases' sheet is found after a sheet of instructions; a merged cell fills down."""
        openpyxl = pytest.importorskip("openpyxl")
        workbook = openpyxl.Workbook()
        workbook.active.title = "Consignes"
        workbook.active.append(["Remplir une ligne par phase."])
        sheet = workbook.create_sheet("Tableau")
        sheet.append(["Module", "Phase", "Titre", "Durée"])
        sheet.append(["Matin", "découverte", "Accueil", 30])
        sheet.append([None, "apprentissage", "Apports", 45])
        sheet.append(["Après-midi", "évaluation", "Quiz", 20])
        sheet.merge_cells("A2:A3")
        out = tmp_path / "plan.xlsx"
        workbook.save(out)
        s = from_table(out)
        assert [p.module for p in s.phases] == ["Matin", "Matin", "Après-midi"]
        assert s.title == "plan"

    def test_the_example_spreadsheet_loads_and_validates(self):
        """examples/tableau-scenarisation.csv: French headers, semicolons, course rows above."""
        s = from_table(EXAMPLES / "tableau-scenarisation.csv")
        assert s.modality is scenario.Modality.SPOC
        assert s.audience.size == 18
        assert len(s.objectives) == 3
        assert len(s.phases) == 6
        assert s.total_duration == 310
        assert s.validate().ok


class TestErrors:
    """Errors are DocumentErrors naming the file, the row and the column, with a hint."""

    def load(self, tmp_path, text):
        out = tmp_path / "t.csv"
        out.write_text(text, encoding="utf-8")
        return from_table(out)

    @pytest.mark.parametrize(
        ("row", "place", "hint"),
        [
            ("a;découverte;seul;activ;20", "ligne 3, colonne D (pédagogie)", "'active'"),
            ("a;découvertes;seul;active;20", "ligne 3, colonne B (phase)", "'découverte'"),
            ("a;découverte;petit grupe;active;20", "ligne 3, colonne C (groupe)", "'petit groupe'"),
            ("a;découverte;seul;active;bientôt", "ligne 3, colonne E (durée)", "'1h30'"),
            ("a;;seul;active;20", "ligne 3, colonne B (phase)", "'découverte'"),
        ],
    )
    def test_a_bad_cell(self, tmp_path, row, place, hint):
        text = "id;phase;groupe;pédagogie;durée\nz;évaluation;seul;active;5\n" + row + "\n"
        with pytest.raises(scenario.DocumentError) as caught:
            self.load(tmp_path, text)
        message = str(caught.value)
        assert "t.csv" in message
        assert place in message
        assert hint in message

    def test_a_bad_intention_among_several(self, tmp_path):
        text = "phase;intentions\ndécouverte;partager, interpeler\n"
        with pytest.raises(scenario.DocumentError, match=r"ligne 2, colonne B.*'interpeller'"):
            self.load(tmp_path, text)

    def test_a_near_miss_header(self, tmp_path):
        """A header near a known one is refused, with the header to write, in French."""
        with pytest.raises(
            scenario.DocumentError, match=r"ligne 1, colonne B.*vouliez-vous dire 'pédagogie'"
        ):
            self.load(tmp_path, "phase;pedagogi\ndécouverte;active\n")
        with (
            use_language("en"),
            pytest.raises(
                scenario.DocumentError, match=r"row 1, column B.*did you mean 'pedagogy'"
            ),
        ):
            self.load(tmp_path, "phase;pedagogi\ndécouverte;active\n")

    def test_no_phase_column(self, tmp_path):
        with pytest.raises(scenario.DocumentError, match="aucune ligne d'en-tête avec une colonne"):
            self.load(tmp_path, "titre;durée\nx;5\n")

    def test_two_columns_for_one_field(self, tmp_path):
        with pytest.raises(scenario.DocumentError, match=r"deux colonnes pour 'durée' \(col"):
            self.load(tmp_path, "phase;durée;temps\ndécouverte;5;5\n")

    def test_duplicate_ids(self, tmp_path):
        with pytest.raises(scenario.DocumentError, match=r"ligne 3, colonne A.*déjà pris"):
            self.load(tmp_path, "id;phase\na;découverte\nA;évaluation\n")

    def test_unknown_suffix(self, tmp_path):
        with pytest.raises(scenario.DocumentError, match="suffix"):
            from_table(tmp_path / "t.ods")

    def test_missing_file(self, tmp_path):
        with pytest.raises(scenario.DocumentError, match="impossible de lire"):
            from_table(tmp_path / "absent.csv")

    def test_not_a_workbook(self, tmp_path):
        pytest.importorskip("openpyxl")
        out = tmp_path / "t.xlsx"
        out.write_text("not a zip")
        with pytest.raises(scenario.DocumentError, match="XLSX"):
            from_table(out)

    def test_missing_openpyxl_is_a_clear_error(self, tmp_path, monkeypatch):
        import builtins

        real_import = builtins.__import__

        def no_openpyxl(name, *args, **kwargs):
            if name.startswith("openpyxl"):
                raise ImportError(name)
            return real_import(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", no_openpyxl)
        with pytest.raises(scenario.ScenarioError, match=r"\[xlsx\]"):
            example_named("spoc-logiciel-paie").to_table(tmp_path / "t.xlsx")
        assert not (tmp_path / "t.xlsx").exists()


class TestFindingLines:
    """A finding on a phase read from a table names its row, as the spreadsheet numbers it."""

    @pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
    def test_each_phase_has_its_row(self, tmp_path, suffix: str) -> None:
        s = scenario.Scenario("T", modality="présentiel")
        s.add_phase("a", "découverte", "A", duration=10)
        s.add_phase("b", "évaluation", "B", duration=10)
        path = tmp_path / f"plan{suffix}"
        get_format(suffix.lstrip(".")).write(s, path)
        back = from_table(path)
        rows = [back.origin.line(p.id) for p in back.phases]
        assert rows[1] == rows[0] + 1
        lines = {f.phase: f.line for f in back.validate() if f.phase is not None}
        assert lines["a"] == rows[0]
        if suffix == ".csv":  # a CSV row is a line of the file, here
            text = path.read_text(encoding="utf-8-sig").splitlines()
            assert text[rows[0] - 1].startswith("a;")
