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
        """{"file", "ok", "findings": [{"rule", "severity", "phase", "message", "waived"}]}."""
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
        }

    def test_a_file_that_cannot_be_loaded(
        self, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Its object has ok false, the load error's message and no finding; the others go on."""
        status, data = run_json(capsys, str(files["broken"]), str(files["warnings"]))
        assert status == 2
        broken, other = data
        assert broken["ok"] is False
        assert broken["findings"] == []
        assert "lune" in broken["error"]
        assert str(files["broken"]) in broken["error"]
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
        """file: phase: severity rule: message, one per finding, then one summary line."""
        assert main(["validate", "--lang", "en", str(files["error"]), str(files["broken"])]) == 2
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].startswith(f"{files['error']}: d: error audience.group-exceeds-audience: ")
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


class TestRulesCommand:
    def test_lists_every_rule(self, capsys: pytest.CaptureFixture[str]) -> None:
        """One line per rule: id, severity, modality, summary."""
        assert main(["rules", "--lang", "en"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert len(lines) == len(rules())
        first = lines[0].split()
        assert first[:3] == ["structure.empty", "error", "all"]
        assert any(line.startswith("spoc.audience-size") and " spoc " in line for line in lines)

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
