"""``scenario render``, ``scenario export`` and ``scenario import``: exit codes, atomic files."""

from __future__ import annotations

import os
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import scenario
from scenario.cli import main
from tests.conftest import EXAMPLES
from tests.render_helpers import node_groups

SPOC = str(EXAMPLES / "spoc-logiciel-paie.yaml")


def _slow_dot(folder: Path) -> None:
    program = folder / "dot"
    program.write_text("#!/bin/sh\nexec sleep 30\n")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)


class TestRender:
    @pytest.mark.parametrize("suffix", [".svg", ".png", ".pdf", ".dot"])
    def test_format_from_suffix(self, tmp_path: Path, suffix: str) -> None:
        out = tmp_path / f"map{suffix}"
        assert main(["render", SPOC, "-o", str(out)]) == 0
        data = out.read_bytes()
        magic = {".svg": b"<?xml", ".png": b"\x89PNG", ".pdf": b"%PDF", ".dot": b"digraph"}
        assert data.startswith(magic[suffix])
        assert [p.name for p in tmp_path.iterdir()] == [out.name]

    @pytest.mark.parametrize(
        "options",
        [
            ["--view", "path"],
            ["--lang", "en", "--detail", "activities"],
            ["--layout", "dot", "--detail", "phases"],
            ["--findings"],
            ["--view", "path", "--findings", "--lang", "en"],
        ],
    )
    def test_options(self, tmp_path: Path, options: list[str]) -> None:
        out = tmp_path / "map.svg"
        assert main(["render", SPOC, "-o", str(out), *options]) == 0
        groups = node_groups(ET.fromstring(out.read_bytes()))
        assert "phase__accroche" in groups

    def test_every_example(self, example_file: Path, tmp_path: Path) -> None:
        out = tmp_path / "map.svg"
        assert main(["render", str(example_file), "-o", str(out), "--findings"]) == 0
        ET.fromstring(out.read_bytes())

    def test_unknown_suffix(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["render", SPOC, "-o", str(tmp_path / "map.jpg")]) == 2
        assert ".svg" in capsys.readouterr().err
        assert not list(tmp_path.iterdir())

    def test_unloadable_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        bad = tmp_path / "bad.yaml"
        bad.write_text("scenario: 2\n")
        assert main(["render", str(bad), "-o", str(tmp_path / "map.svg")]) == 2
        assert "bad.yaml" in capsys.readouterr().err

    def test_missing_dot(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without Graphviz: exit 1 and how to install it; .dot still works."""
        monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
        out = tmp_path / "map.svg"
        assert main(["render", SPOC, "-o", str(out)]) == 1
        err = capsys.readouterr().err
        assert "Installez Graphviz" in err
        assert "Traceback" not in err
        assert not out.exists()
        assert main(["render", SPOC, "-o", str(tmp_path / "map.dot")]) == 0

    def test_timeout_leaves_the_old_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A render stopped by the time limit leaves the previous file as it was, no temp file."""
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        _slow_dot(bin_dir)
        monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
        out = tmp_path / "map.svg"
        out.write_text("old")
        assert main(["render", SPOC, "-o", str(out), "--timeout", "0.3"]) == 1
        assert "0,3 s" in capsys.readouterr().err
        assert out.read_text() == "old"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["bin", "map.svg"]

    def test_unwritable_output(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["render", SPOC, "-o", str(tmp_path / "no" / "map.dot")]) == 1
        assert "map.dot" in capsys.readouterr().err


class TestExport:
    @pytest.mark.parametrize(
        ("name", "suffix", "start"),
        [
            ("markmap", ".md", "---"),
            ("mermaid", ".mmd", "mindmap"),
            ("opml", ".opml", "<?xml"),
            ("freemind", ".mm", '<map version="freeplane 1.7.0">'),
        ],
    )
    def test_to_format(self, tmp_path: Path, name: str, suffix: str, start: str) -> None:
        out = tmp_path / f"out{suffix}"
        assert main(["export", SPOC, "--to", name, "-o", str(out)]) == 0
        assert out.read_text(encoding="utf-8").startswith(start)
        inferred = tmp_path / f"inferred{suffix}"
        assert main(["export", SPOC, "-o", str(inferred)]) == 0
        assert inferred.read_bytes() == out.read_bytes()

    def test_to_standard_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["export", SPOC, "--to", "mermaid"]) == 0
        assert capsys.readouterr().out.startswith("mindmap\n")

    def test_unknown_format(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["export", SPOC, "--to", "visio", "-o", str(tmp_path / "x.vsd")]) == 1
        assert "freemind" in capsys.readouterr().err
        assert not list(tmp_path.iterdir())

    def test_unknown_suffix(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["export", SPOC, "-o", str(tmp_path / "x.vsd")]) == 1
        assert "--to" in capsys.readouterr().err


class TestImport:
    def test_freemind_round_trip(self, example_file: Path, tmp_path: Path) -> None:
        mm = tmp_path / "map.mm"
        assert main(["export", str(example_file), "--to", "freemind", "-o", str(mm)]) == 0
        out = tmp_path / "back.yaml"
        assert main(["import", str(mm), "-o", str(out)]) == 0
        back = scenario.load(out)
        original = scenario.load(example_file)
        assert sorted(p.id for p in back.phases) == sorted(p.id for p in original.phases)
        assert set(back.graph.edges(data="kind")) == set(original.graph.edges(data="kind"))

    def test_title_and_modality(self, tmp_path: Path) -> None:
        mm = tmp_path / "map.mm"
        assert main(["export", SPOC, "-o", str(mm)]) == 0
        out = tmp_path / "back.json"
        assert main(["import", str(mm), "-o", str(out), "--title", "T", "--modality", "mooc"]) == 0
        back = scenario.load(out)
        assert (back.title, back.modality) == ("T", scenario.Modality.MOOC)

    def test_to_standard_output(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        mm = tmp_path / "map.mm"
        assert main(["export", SPOC, "-o", str(mm)]) == 0
        capsys.readouterr()
        assert main(["import", str(mm)]) == 0
        assert capsys.readouterr().out.startswith("scenario: 1\n")

    def test_unknown_suffix(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        path = tmp_path / "map.opml"
        path.write_text("<opml/>")
        assert main(["import", str(path), "-o", str(tmp_path / "x.yaml")]) == 2
        err = capsys.readouterr().err
        assert "map.opml" in err
        assert "freemind (.mm)" in err

    def test_broken_map_is_exit_2_and_no_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        path = tmp_path / "map.mm"
        path.write_text("<map><node TEXT='T'><node TEXT='sans type'/></node></map>")
        out = tmp_path / "x.yaml"
        assert main(["import", str(path), "-o", str(out)]) == 2
        assert "sans type" in capsys.readouterr().err
        assert not out.exists()
