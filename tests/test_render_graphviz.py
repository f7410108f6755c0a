"""Running Graphviz: a time limit, clear errors, Jupyter display through the same runner."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

import scenario
from scenario.render._graphviz import Diagram, run
from tests.conftest import example_named


def _fake_program(folder: Path, body: str) -> Path:
    program = folder / "dot"
    program.write_text("#!/bin/sh\n" + body + "\n")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    return program


class TestRun:
    def test_svg(self) -> None:
        assert run("digraph { a -> b }", format="svg").startswith(b"<?xml")

    def test_engine(self) -> None:
        assert b"twopi" not in run("digraph { a -> b }", engine="twopi", format="plain")

    def test_failure_shows_stderr(self) -> None:
        with pytest.raises(scenario.RenderError, match="syntax error"):
            run("digraph { a -> }")

    def test_unknown_format(self) -> None:
        with pytest.raises(scenario.RenderError, match="nope"):
            run("digraph { a }", format="nope")

    def test_missing_program(self, tmp_path: Path) -> None:
        with pytest.raises(scenario.GraphvizNotFoundError, match="apt-get install graphviz"):
            run("digraph { a }", program=str(tmp_path / "dot"))

    def test_timeout_kills(self, tmp_path: Path) -> None:
        """A program past the limit is killed and the error says so, quickly."""
        program = _fake_program(tmp_path, "exec sleep 30")
        start = time.monotonic()
        with pytest.raises(scenario.RenderTimeoutError, match=r"more than 0\.2 s"):
            run("digraph { a }", timeout=0.2, program=str(program))
        assert time.monotonic() - start < 5

    def test_tiny_timeout_with_real_dot(self) -> None:
        s = example_named("pedagogie-inversee-formateurs")
        dot = s.mindmap(detail="activities")
        dot.timeout = 0.0001
        with pytest.raises(scenario.RenderTimeoutError):
            dot.pipe("png")


class TestDiagram:
    def test_pipe_returns_bytes_or_text(self) -> None:
        dot = example_named("presentiel-reunions").mindmap()
        assert isinstance(dot, Diagram)
        assert dot.pipe("svg").startswith(b"<?xml")
        assert dot.pipe(format="svg", encoding="utf-8").startswith("<?xml")
        assert dot.pipe("png", renderer="cairo").startswith(b"\x89PNG")

    def test_jupyter_display(self) -> None:
        bundle = example_named("presentiel-reunions").mindmap()._repr_mimebundle_()
        assert bundle["image/svg+xml"].startswith("<?xml")

    def test_missing_dot(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """Without Graphviz on PATH: a clear error to draw, the DOT source still there."""
        monkeypatch.setenv("PATH", str(tmp_path))
        dot = example_named("presentiel-reunions").mindmap()
        assert dot.source.startswith("digraph mindmap")
        with pytest.raises(scenario.GraphvizNotFoundError, match="Install Graphviz"):
            dot.pipe("svg")
        with pytest.raises(scenario.GraphvizNotFoundError):
            dot._repr_mimebundle_()

    def test_jupyter_display_is_time_limited(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        _fake_program(tmp_path, "exec sleep 30")
        monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
        dot = example_named("presentiel-reunions").mindmap()
        dot.timeout = 0.3
        with pytest.raises(scenario.RenderTimeoutError):
            dot._repr_mimebundle_()

    def test_render_works_as_in_graphviz(self, tmp_path: Path) -> None:
        dot = example_named("presentiel-reunions").mindmap()
        out = dot.render(outfile=tmp_path / "map.svg")
        assert Path(out).read_bytes().startswith(b"<?xml")

    def test_copy_keeps_the_time_limit(self) -> None:
        dot = example_named("presentiel-reunions").mindmap()
        dot.timeout = 3.0
        duplicate = dot.copy()
        assert isinstance(duplicate, Diagram)
        assert duplicate.timeout == 3.0
        assert duplicate.source == dot.source

    def test_import_scenario_does_not_import_graphviz(self) -> None:
        import subprocess
        import sys

        code = "import sys, scenario; print('graphviz' in sys.modules)"
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "False"


def test_text_exports_need_no_graphviz(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With no Graphviz on PATH, the DOT source and every mind-map export still work."""
    from scenario.cli import main
    from scenario.formats import get_format

    monkeypatch.setenv("PATH", str(tmp_path))
    s = example_named("spoc-logiciel-paie")
    assert s.mindmap().source
    assert s.path_diagram().source
    for name in ("markmap", "mermaid", "opml", "freemind"):
        dump = get_format(name).dump
        assert dump is not None
        assert dump(s)
    spoc = str(Path(__file__).resolve().parent.parent / "examples" / "spoc-logiciel-paie.yaml")
    assert main(["render", spoc, "-o", str(tmp_path / "map.dot")]) == 0
    assert main(["export", spoc, "-o", str(tmp_path / "map.mm")]) == 0
