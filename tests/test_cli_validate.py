"""`scenario validate` and `scenario rules` on the command line: formats and exit statuses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scenario.cli import main
from scenario.rules import rules
from tests.conftest import EXAMPLES

CLEAN = EXAMPLES / "spoc-logiciel-paie.yaml"

WARNINGS_ONLY = """\
scenario: 1
title: Démo
objectives: [lire un bulletin]
phases:
  - {id: d, phase: découverte, group: seul, situation: distanciel asynchrone,
     pedagogy: expositive, intention: interpeller, duration: 90}
  - {id: e, phase: évaluation, group: seul, situation: présentiel,
     pedagogy: interrogative, intention: évaluer, duration: 20}
"""

WITH_ERROR = """\
scenario: 1
title: Démo
objectives: [lire un bulletin]
audience: {size: 1}
phases:
  - {id: d, phase: découverte, group: petit groupe, situation: présentiel,
     pedagogy: active, intention: partager, duration: 20}
  - {id: e, phase: évaluation, group: seul, situation: présentiel,
     pedagogy: interrogative, intention: évaluer, duration: 20}
"""

WAIVED = (
    WITH_ERROR
    + """\
waivers:
  - {rule: audience.group-exceeds-audience, phase: d, reason: binôme avec le tuteur}
"""
)

BROKEN = "scenario: 1\ntitle: Cassé\nphases:\n  - {id: a, phase: découverte, situation: lune}\n"

#: A designer's draft in French with four mistakes, out of line order for the schema.
MISTAKES = """\
scenario: 1
titre: Atelier de paie
public: 24
phases:
  - id: accroche
    phase: découverte
    groupe: seul
    durée: 1,5 h
    intention: partager, evalur
  - id: atelier
    phase: realisaton
    situation: lune
    couleur: rouge
  - id: accroche
    phase: évaluation
parcours:
  - {de: accroche, vers: atelir}
"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    written = {}
    for name, text in [
        ("warnings", WARNINGS_ONLY),
        ("error", WITH_ERROR),
        ("waived", WAIVED),
        ("broken", BROKEN),
    ]:
        path = tmp_path / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        written[name] = path
    return written


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, Any]]]:
    status = main(["validate", "--format", "json", *args])
    return status, json.loads(capsys.readouterr().out)


class TestExitStatus:
    @pytest.mark.parametrize(
        ("names", "strict", "status"),
        [
            (["clean"], False, 0),
            (["clean"], True, 0),
            (["warnings"], False, 0),
            (["warnings"], True, 1),
            (["error"], False, 1),
            (["waived"], False, 0),
            (["broken"], False, 2),
            (["error", "broken", "clean"], False, 2),
            (["clean", "warnings"], True, 1),
        ],
    )
    def test_status(
        self,
        files: dict[str, Path],
        capsys: pytest.CaptureFixture[str],
        names: list[str],
        strict: bool,
        status: int,
    ) -> None:
        """0 no unwaived error (--strict: nor warning), 1 some, 2 a file could not be loaded."""
        paths = [str(CLEAN if n == "clean" else files[n]) for n in names]
        assert main(["validate", *paths, *(["--strict"] if strict else [])]) == status

    def test_no_document_found(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A folder without documents is an input error, said on stderr."""
        assert main(["validate", str(tmp_path)]) == 2
        assert (
            "scenario : aucun scénario (.yaml, .yml, .json) trouvé dans" in capsys.readouterr().err
        )


class TestJson:
    def test_one_object_per_file_with_exactly_the_documented_keys(
        self, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """{"file", "ok", "findings": [{"rule", "severity", "phase", "message", "waived",
        "line"}]}, the line that of the finding's phase in the document."""
        status, data = run_json(capsys, str(files["error"]), str(CLEAN))
        assert status == 1
        assert [set(item) for item in data] == [{"file", "ok", "findings"}] * 2
        first, second = data
        assert first["file"] == str(files["error"])
        assert first["ok"] is False
        assert second == {"file": str(CLEAN), "ok": True, "findings": []}
        (finding,) = first["findings"]
        assert finding == {
            "rule": "audience.group-exceeds-audience",
            "severity": "error",
            "phase": "d",
            "message": finding["message"],
            "waived": False,
            "line": 6,
        }

    def test_a_file_that_cannot_be_loaded(
        self, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Its object has ok false, the load error's message, the list of its problems and no
        finding; the others go on."""
        status, data = run_json(capsys, str(files["broken"]), str(files["warnings"]))
        assert status == 2
        broken, other = data
        assert set(broken) == {"file", "ok", "error", "errors", "findings"}
        assert broken["ok"] is False
        assert broken["findings"] == []
        assert "lune" in broken["error"]
        assert str(files["broken"]) in broken["error"]
        assert broken["errors"] == [
            {
                "place": "phases[0].situation",
                "line": 4,
                "column": 32,
                "message": "situation inconnue 'lune'",
                "hint": "choisissez parmi 'présentiel', 'distanciel synchrone', "
                "'distanciel asynchrone'",
            }
        ]
        assert other["ok"] is True
        assert {f["rule"] for f in other["findings"]} == {"phase.long-async"}

    def test_waived_findings_are_listed_and_do_not_count(
        self, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A waived error leaves ok true and says waived."""
        status, data = run_json(capsys, str(files["waived"]))
        assert status == 0
        assert data[0]["ok"] is True
        assert [f["waived"] for f in data[0]["findings"]] == [True]

    @pytest.mark.parametrize(("lang", "word"), [("fr", "découpez"), ("en", "cut it")])
    def test_language(
        self, files: dict[str, Path], capsys: pytest.CaptureFixture[str], lang: str, word: str
    ) -> None:
        """--lang picks the language of the messages."""
        _, data = run_json(capsys, "--lang", lang, str(files["warnings"]))
        assert word in data[0]["findings"][0]["message"]

    def test_folders_are_expanded(
        self, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A folder gives each .yaml/.yml/.json under it, sorted."""
        status, data = run_json(capsys, str(files["error"].parent))
        assert status == 2
        assert [Path(item["file"]).name for item in data] == [
            "broken.yaml",
            "error.yaml",
            "waived.yaml",
            "warnings.yaml",
        ]

    def test_the_examples_give_their_expected_findings(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The clean examples give no finding at all, even with --strict; the others give the
        findings tests/test_examples_findings.py expects, and no error."""
        from tests.test_examples_findings import CLEAN, EXPECTED

        # The two versions of the course of docs/reviser.md, in examples/revision/, are clean.
        clean = CLEAN | {"entretien-v1", "entretien-v2"}
        status, data = run_json(capsys, "--strict", str(EXAMPLES))
        assert status == 1  # some examples show warnings on purpose
        assert len(data) == len(clean) + len(EXPECTED)
        for item in data:
            stem = Path(item["file"]).stem
            assert item["ok"], stem
            found = [(f["rule"], f["phase"]) for f in item["findings"]]
            assert found == ([] if stem in clean else EXPECTED[stem][0]), stem


class TestText:
    def test_compiler_like_lines_then_a_summary(
        self, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """file:line: phase: severity rule: message, one per finding, then one summary line."""
        assert main(["validate", "--lang", "en", str(files["error"]), str(files["broken"])]) == 2
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].startswith(
            f"{files['error']}:6: d: error audience.group-exceeds-audience: phase 1 (d) is planned"
        )
        assert lines[1].startswith(f"{files['broken']}:")
        assert "lune" in lines[1]
        assert lines[-1] == "2 files: 1 error, 0 warnings, 0 infos; 1 could not be loaded"

    def test_scenario_wide_findings_have_no_phase(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A finding about the whole scenario goes straight from the file to the severity."""
        path = tmp_path / "s.yaml"
        path.write_text(WARNINGS_ONLY.replace("objectives: [lire un bulletin]\n", ""), "utf-8")
        main(["validate", "--lang", "en", str(path)])
        out = capsys.readouterr().out
        assert f"{path}: warning scenario.no-objectives: " in out

    def test_waived_findings_show_the_reason(
        self, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A waived finding is listed with its waiver, and counted apart."""
        assert main(["validate", str(files["waived"])]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].endswith("[dérogation : binôme avec le tuteur]")
        assert lines[-1] == "1 fichier : 0 erreur, 0 avertissement, 0 info, 1 dérogation"

    def test_the_severity_is_a_word_of_the_readers_language(
        self, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """In French the line says « erreur », « avertissement »: no English word in it."""
        main(["validate", str(files["error"]), str(files["warnings"])])
        out = capsys.readouterr().out
        assert f"{files['error']}:6: d: erreur audience.group-exceeds-audience: " in out
        assert f"{files['warnings']}:5: d: avertissement phase.long-async: " in out
        assert " warning " not in out
        assert " error " not in out


class TestEveryProblemAtOnce:
    """A document with several mistakes gets them all in one run, sorted by line."""

    @pytest.fixture
    def draft(self, tmp_path: Path) -> Path:
        path = tmp_path / "cours.yaml"
        path.write_text(MISTAKES, encoding="utf-8")
        return path

    def test_text_lists_each_problem_like_a_compiler(
        self, draft: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """file:line:column: erreur à place : message (conseil : hint), in line order; the
        French keys, the audience, the decimal duration and the first intention are read."""
        assert main(["validate", str(draft)]) == 2
        lines = capsys.readouterr().out.splitlines()
        assert lines == [
            f"{draft}:9:5: erreur à phases[0].intention : intention inconnue 'evalur' "
            "(conseil : vouliez-vous dire 'évaluer' ?)",
            f"{draft}:11:5: erreur à phases[1].phase : type de phase inconnu 'realisaton' "
            "(conseil : vouliez-vous dire 'réalisation' ou 'évaluation' ?)",
            f"{draft}:12:5: erreur à phases[1].situation : situation inconnue 'lune' "
            "(conseil : choisissez parmi 'présentiel', 'distanciel synchrone', "
            "'distanciel asynchrone')",
            f"{draft}:13:5: erreur à phases[1].couleur : clé inconnue 'couleur' (conseil : "
            "choisissez parmi 'activities', 'date', 'duration', 'group', 'id', 'intention', "
            "'lms', 'module', 'notes', 'optional', 'pedagogy', 'phase', 'resources', 'situation', "
            "'title', 'week')",
            f"{draft}:14:5: erreur à phases[2].id : identifiant de phase en double 'accroche' "
            "(conseil : phases[0] le porte déjà : donnez à chaque phase son propre identifiant)",
            f"{draft}:17:20: erreur à parcours[0].vers : aucune phase n'a l'identifiant "
            "'atelir' (conseil : vouliez-vous dire 'atelier' ?)",
            "1 fichier : 0 erreur, 0 avertissement, 0 info ; 1 illisible",
        ]

    def test_json_gives_every_problem_with_its_place_line_and_column(
        self, draft: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """ "errors" lists them all; "error" is the first one's whole message, as before."""
        status, (item,) = run_json(capsys, "--lang", "en", str(draft))
        assert status == 2
        places = [(e["place"], e["line"], e["column"]) for e in item["errors"]]
        assert places == [
            ("phases[0].intention", 9, 5),
            ("phases[1].phase", 11, 5),
            ("phases[1].situation", 12, 5),
            ("phases[1].couleur", 13, 5),
            ("phases[2].id", 14, 5),
            ("parcours[0].vers", 17, 20),
        ]
        assert item["error"].startswith(f"{draft}:9:5: error at phases[0].intention: ")
        assert item["errors"][5]["hint"] == "did you mean 'atelier'?"
        assert all(set(e) == {"place", "line", "column", "message", "hint"} for e in item["errors"])

    def test_a_bounded_number_of_problems_then_how_many_more(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A hundred problems are listed, the rest counted: « et N autres erreurs »."""
        path = tmp_path / "long.yaml"
        phases = "".join(f"  - {{id: p{n}, phase: découverte, group: lune}}\n" for n in range(130))
        path.write_text(f"scenario: 1\ntitle: Long\nphases:\n{phases}", encoding="utf-8")
        assert main(["validate", str(path)]) == 2
        lines = capsys.readouterr().out.splitlines()
        assert len(lines) == 102
        assert lines[0].startswith(f"{path}:4:")
        assert lines[99].startswith(f"{path}:103:")
        assert lines[100] == f"{path} : ... et 30 autres erreurs"
        _, (item,) = run_json(capsys, str(path))
        assert (len(item["errors"]), item["more_errors"]) == (100, 30)

    def test_other_commands_print_every_problem_too(
        self, draft: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """stats (and every command that reads a scenario) says all the problems on stderr."""
        assert main(["stats", str(draft)]) == 2
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 6
        assert err[0].startswith(f"scenario : {draft}:9:5: erreur à phases[0].intention")


EMPTY_JSON = json.dumps({"scenario": 1, "title": "T", "phases": []}).encode()


class TestAnyFormat:
    """validate reads what the other commands read: tables, maps, by suffix or by content."""

    def test_a_table_is_validated(self, capsys: pytest.CaptureFixture[str]) -> None:
        status = main(["validate", str(EXAMPLES / "tableau-scenarisation.csv")])
        out = capsys.readouterr().out
        assert status == 0
        assert "YAML" not in out
        assert out.splitlines()[-1] == "1 fichier : 0 erreur, 0 avertissement, 0 info"

    def test_a_freemind_map_is_validated(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        mm = tmp_path / "carte.mm"
        assert main(["export", str(CLEAN), "--to", "freemind", "-o", str(mm)]) == 0
        capsys.readouterr()
        assert main(["validate", str(mm)]) == 0
        assert capsys.readouterr().out.splitlines()[-1].startswith("1 fichier : 0 erreur")

    @pytest.mark.parametrize(
        ("name", "content", "status", "words"),
        [
            ("cours.txt", (EXAMPLES / "tableau-scenarisation.csv").read_bytes(), 0, []),
            ("cours", CLEAN.read_bytes(), 0, []),
            (
                "cours.scenario",
                json.dumps({"scenario": 1, "title": "T", "phases": []}).encode(),
                1,
                [],
            ),
            (
                "plan.dat",
                b"id;phase;titre\na;d\xc3\xa9couverte;Accueil\n",
                2,
                ["tableau délimité", "nommez-le en .csv"],
            ),
            ("plan.bin", b"PK\x03\x04rest", 2, ["classeur", "nommez-le en .xlsx"]),
        ],
    )
    def test_a_file_without_a_known_suffix_is_read_by_its_content(
        self,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        name: str,
        content: bytes,
        status: int,
        words: list[str],
    ) -> None:
        """JSON, YAML, a delimited table (.txt) by content; a table or a workbook under
        another suffix is refused with the suffix to give it, naming the file."""
        path = tmp_path / name
        path.write_bytes(content)
        assert main(["validate", str(path)]) == status
        out = capsys.readouterr().out
        for word in words:
            assert word in out
        if words:
            assert out.startswith(str(path))


class TestRulesCommand:
    def test_lists_every_rule(self, capsys: pytest.CaptureFixture[str]) -> None:
        """One line per rule: id, severity, modality, summary, in the reader's language."""
        assert main(["rules", "--lang", "en"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert len(lines) == len(rules())
        first = lines[0].split()
        assert first[:3] == ["structure.empty", "error", "all"]
        assert any(line.startswith("spoc.audience-size") and " SPOC " in line for line in lines)
        assert main(["rules"]) == 0
        assert capsys.readouterr().out.split()[:3] == ["structure.empty", "erreur", "toutes"]

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json gives id, severity, modalities, summary and source of each rule."""
        assert main(["rules", "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        online = next(r for r in data if r["id"] == "online.presentiel-phase")
        assert online["modalities"] == ["cooc", "mooc", "sooc", "spoc"]
        assert online["severity"] == "warning"

    def test_markdown(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format markdown prints the catalog of docs/fr/rules.md, or with --lang en of
        docs/en/rules.md."""
        assert main(["rules", "--format", "markdown"]) == 0
        assert capsys.readouterr().out.startswith("# Le catalogue des règles")
        assert main(["rules", "--format", "markdown", "--lang", "en"]) == 0
        assert capsys.readouterr().out.startswith("# The rule catalog")
