"""``scenario diff`` on files, on git revisions, and as git's diff driver (a real repository)."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scenario.cli import main
from scenario.errors import DocumentError
from scenario.io.git import is_revision, load_revision, read_revision
from tests.test_french_first import english_words

ROOT = Path(__file__).resolve().parent.parent
V1 = ROOT / "examples" / "revision" / "entretien-v1.yaml"
V2 = ROOT / "examples" / "revision" / "entretien-v2.yaml"
SCENARIO = f"{shlex.quote(sys.executable)} -m scenario"


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose cours.yaml is version 1 in HEAD and version 2 on disk."""
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.email", "designer@example.org")
    _git(tmp_path, "config", "user.name", "Designer")
    shutil.copy(V1, tmp_path / "cours.yaml")
    _git(tmp_path, "add", "cours.yaml")
    _git(tmp_path, "commit", "-q", "-m", "version 1")
    shutil.copy(V2, tmp_path / "cours.yaml")
    return tmp_path


class TestFiles:
    def test_text_in_french_by_default(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["diff", str(V1), str(V2)]) == 0
        out = capsys.readouterr().out
        assert out.startswith("Modifications de « Conduire l'entretien annuel »")
        assert "+ ajoutée : phase 4 « Forum, partager ses cas difficiles » (forum)" in out

    def test_english_text(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["diff", "--lang", "en", str(V1), str(V2)]) == 0
        assert "+ added: phase 4 “Forum, partager ses cas difficiles” (forum)" in (
            capsys.readouterr().out
        )

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["diff", "--format", "json", str(V1), str(V2)]) == 0
        data = json.loads(capsys.readouterr().out)
        assert (data["old"], data["new"]) == (str(V1), str(V2))
        assert [p["id"] for p in data["phases"]["removed"]] == ["quiz"]

    def test_exit_code_tells_whether_they_differ(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["diff", "--exit-code", str(V1), str(V2)]) == 1
        assert main(["diff", "--exit-code", str(V1), str(V1)]) == 0
        assert "Les deux versions décrivent le même scénario." in capsys.readouterr().out

    @pytest.mark.parametrize("suffix", [".svg", ".dot"])
    def test_the_map_is_written(self, tmp_path: Path, suffix: str) -> None:
        out = tmp_path / f"changes{suffix}"
        assert main(["diff", "--no-findings", str(V1), str(V2), "--map", str(out)]) == 0
        data = out.read_text(encoding="utf-8")
        assert "nouvelle phase" in data
        assert "Quiz sur le cadre de" in data  # the removed phase's ghost
        if suffix == ".svg":
            ET.fromstring(data.encode("utf-8"))

    def test_a_map_of_unknown_suffix_is_refused(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["diff", str(V1), str(V2), "--map", str(tmp_path / "map.gif")]) == 2
        assert "impossible de déduire le format" in capsys.readouterr().err

    @pytest.mark.parametrize("argv", [["one.yaml"], ["a.yaml", "b.yaml", "c.yaml"]])
    def test_two_versions_are_needed(
        self, argv: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert main(["diff", *argv]) == 2
        assert "compare deux versions" in capsys.readouterr().err

    def test_a_missing_file_is_an_input_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["diff", str(V1), "nowhere.yaml"]) == 2
        assert "nowhere.yaml" in capsys.readouterr().err


class TestRevisions:
    def test_head_against_the_work_tree(
        self, repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`scenario diff HEAD:cours.yaml cours.yaml`, as the docs show it."""
        monkeypatch.chdir(repo)
        assert main(["diff", "HEAD:cours.yaml", "cours.yaml"]) == 0
        assert "− retirée : phase 5 « Quiz sur le cadre de l'entretien » (quiz)" in (
            capsys.readouterr().out
        )

    def test_a_path_from_a_sub_folder(self, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """From a sub-folder, REV:PATH is tried from the top, then from the current folder."""
        (repo / "v").mkdir()
        shutil.copy(V1, repo / "v" / "old.yaml")
        _git(repo, "add", "v/old.yaml")
        _git(repo, "commit", "-q", "-m", "a copy in a folder")
        monkeypatch.chdir(repo / "v")
        assert load_revision("HEAD:old.yaml").title == "Conduire l'entretien annuel"
        assert load_revision("HEAD:cours.yaml").title == "Conduire l'entretien annuel"
        assert load_revision("HEAD~1:../cours.yaml").phases[4].id == "quiz"

    @pytest.mark.parametrize(
        ("argument", "words"),
        [
            ("HEAD~5:cours.yaml", "HEAD~5"),
            ("HEAD:absent.yaml", "absent.yaml"),
        ],
    )
    def test_a_missing_revision_or_file_is_a_clear_error(
        self, repo: Path, monkeypatch: pytest.MonkeyPatch, argument: str, words: str
    ) -> None:
        monkeypatch.chdir(repo)
        with pytest.raises(DocumentError) as caught:
            load_revision(argument)
        message = str(caught.value)
        assert message.startswith(f"{argument}: ")
        assert "git ne peut pas donner ce fichier" in message
        assert words in message
        assert "vérifiez la révision" in message
        assert english_words(message) == [], message  # git's own English words are not shown

    def test_outside_a_repository(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.chdir(tmp_path)
        with pytest.raises(DocumentError, match="lancez la commande depuis le dépôt git") as caught:
            load_revision("HEAD:cours.yaml")
        assert "n'est pas dans un dépôt git" in str(caught.value)

    def test_without_git(self, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.chdir(repo)
        with pytest.raises(DocumentError, match="git est introuvable"):
            load_revision("HEAD:cours.yaml", git="no-such-git-here")

    def test_reading_is_bounded(self, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.chdir(repo)
        with pytest.raises(DocumentError, match="dépasse la limite de 100 octets"):
            read_revision("HEAD:cours.yaml", max_bytes=100)
        assert read_revision("HEAD:cours.yaml") == V1.read_bytes()

    def test_reading_is_bounded_in_time(self, tmp_path: Path) -> None:
        slow = tmp_path / "slow-git"
        slow.write_text("#!/bin/sh\nsleep 20\n", encoding="utf-8")
        slow.chmod(0o755)
        with pytest.raises(DocumentError, match=r"plus de 0\.5 secondes"):
            read_revision("HEAD:cours.yaml", git=str(slow), timeout=0.5)

    def test_what_is_a_revision(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.chdir(tmp_path)
        (tmp_path / "a:b.yaml").write_text("", encoding="utf-8")
        assert is_revision("HEAD~1:cours.yaml")
        assert is_revision(":cours.yaml")  # the index, as git reads it
        assert not is_revision("a:b.yaml")  # a file of that name exists
        assert not is_revision("C:cours.yaml")  # a Windows drive
        assert not is_revision("HEAD:")


class TestGitDriver:
    def test_textconv_makes_git_diff_read_as_facts(self, repo: Path) -> None:
        """The documented .gitattributes line and textconv recipe, run by git itself."""
        (repo / ".gitattributes").write_text("*.yaml diff=scenario\n", encoding="utf-8")
        _git(repo, "config", "diff.scenario.textconv", f"{SCENARIO} diff --textconv")
        out = _git(repo, "diff")
        assert "\n-apports · durée : 1 h\n" in out
        assert "\n+apports · durée : 45 min\n" in out
        assert "\n-bilan · intentions : évaluer\n" in out
        assert "-quiz · type de phase : évaluation\n" in out
        assert "+forum · « Forum, partager ses cas difficiles »\n" in out

    def test_the_external_diff_command(self, repo: Path) -> None:
        """`git diff` runs `scenario diff --git-driver` with git's seven arguments."""
        (repo / ".gitattributes").write_text("*.yaml diff=scenario\n", encoding="utf-8")
        _git(repo, "config", "diff.scenario.command", f"{SCENARIO} diff --git-driver")
        out = _git(repo, "diff")
        assert out.startswith("diff --scenario a/cours.yaml b/cours.yaml\n")
        assert "Modifications de « Conduire l'entretien annuel »" in out
        assert "    ~ phase 6 « Bilan évalué de la journée » (bilan)" in out
        log = _git(repo, "log", "-p", "--ext-diff", "-1")
        assert "+ ajoutée : phase 1 « Ce que les collaborateurs" in log  # the first commit adds all

    def test_a_version_that_does_not_load_gives_a_line_diff(self, repo: Path) -> None:
        (repo / ".gitattributes").write_text("*.yaml diff=scenario\n", encoding="utf-8")
        _git(repo, "config", "diff.scenario.command", f"{SCENARIO} diff --git-driver")
        text = V2.read_text(encoding="utf-8").replace("situation: présentiel", "situation: dehors")
        (repo / "cours.yaml").write_text(text, encoding="utf-8")
        out = _git(repo, "diff")
        assert "(une version ne se charge pas :" in out
        assert "+    situation: dehors\n" in out

    def test_textconv_of_a_document_that_does_not_load(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        broken = tmp_path / "broken.yaml"
        broken.write_text("scenario: 1\ntitle: T\nphases: [{id: a}]\n", encoding="utf-8")
        assert main(["diff", "--textconv", str(broken)]) == 0
        out = capsys.readouterr().out
        assert out.startswith("(cette version ne se charge pas :")
        assert out.endswith("phases: [{id: a}]\n")

    def test_driver_arguments(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["diff", "--git-driver", "cours.yaml"]) == 0
        assert "fusion pas encore terminée" in capsys.readouterr().out
        assert main(["diff", "--git-driver", "a", "b", "c"]) == 2
        assert main(["diff", "--textconv", "a", "b"]) == 2
        assert "sept arguments" in capsys.readouterr().err

    def test_a_new_file_against_nothing(self, capsys: pytest.CaptureFixture[str]) -> None:
        """git gives /dev/null for the side of a file that is not there."""
        args = ["cours.yaml", os.devnull, "0" * 40, "100644", str(V1), "1" * 40, "100644"]
        assert main(["diff", "--git-driver", *args]) == 0
        out = capsys.readouterr().out
        assert "6 phases ajoutées, 0 retirée, 0 modifiée ; 0 constat apparu, 0 disparu" in out
