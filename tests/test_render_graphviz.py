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
        with pytest.raises(scenario.RenderTimeoutError, match=r"plus de 0,2 s"):
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
        with pytest.raises(scenario.GraphvizNotFoundError, match="Installez Graphviz"):
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


class TestJupyterDisplay:
    """The notebook display is the graphviz package's own, and it draws through Diagram.pipe."""

    @pytest.fixture
    def drawn(self, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, float | None]]:
        """Replace the time-limited runner: each call is recorded (format, time limit)."""
        calls: list[tuple[str, float | None]] = []

        def fake_run(
            source: str, *, engine: str, format: str, timeout: float | None, **_: object
        ) -> bytes:
            calls.append((format, timeout))
            return b"<svg>drawn</svg>" if format == "svg" else b"drawn " + format.encode()

        monkeypatch.setattr("scenario.render._graphviz.run", fake_run)
        return calls

    def test_every_inline_format_is_drawn_under_the_time_limit(self, drawn) -> None:
        dot = example_named("presentiel-reunions").mindmap()
        dot.timeout = 7.0
        bundle = dot._repr_mimebundle_(include=["image/svg+xml", "image/png", "image/jpeg"])
        assert bundle == {
            "image/svg+xml": "<svg>drawn</svg>",
            "image/png": b"drawn png",
            "image/jpeg": b"drawn jpeg",
        }
        assert sorted(drawn) == [("jpeg", 7.0), ("png", 7.0), ("svg", 7.0)]

    def test_the_format_chosen_with_graphviz_set_jupyter_format_is_drawn(self, drawn) -> None:
        import graphviz

        previous = graphviz.set_jupyter_format("png")
        try:
            bundle = example_named("presentiel-reunions").path_diagram()._repr_mimebundle_()
        finally:
            graphviz.set_jupyter_format(previous)
        assert bundle == {"image/png": b"drawn png"}
        assert drawn == [("png", 30.0)]

    def test_ipython_shows_a_diagram_through_the_time_limited_runner(self, drawn) -> None:
        from IPython.core.formatters import DisplayFormatter

        data, _ = DisplayFormatter().format(example_named("presentiel-reunions").mindmap())
        assert data["image/svg+xml"] == "<svg>drawn</svg>"
        assert drawn == [("svg", 30.0)]

    def test_diagram_overrides_no_display_method_of_graphviz(self) -> None:
        """Only the public hooks: graphviz's own _repr_mimebundle_ calls pipe()."""
        assert not [name for name in vars(Diagram) if name.startswith("_repr_")]


class TestDiagramFiles:
    """render() and save() write like graphviz's, but atomically and under the time limit."""

    def test_render_writes_the_source_and_the_picture(self, tmp_path: Path) -> None:
        diagram = example_named("mooc-cybersecurite").mindmap()
        out = diagram.render(tmp_path / "mooc", format="svg")
        assert out == str(tmp_path / "mooc.svg")
        assert (tmp_path / "mooc").read_text(encoding="utf-8") == diagram.source
        assert (tmp_path / "mooc.svg").read_bytes().lstrip().startswith(b"<?xml")

    def test_render_outfile_takes_the_format_from_its_suffix(self, tmp_path: Path) -> None:
        out = example_named("mooc-cybersecurite").mindmap().render(outfile=tmp_path / "m.png")
        assert out == str(tmp_path / "m.png")
        assert (tmp_path / "m.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    def test_render_cleanup_removes_the_source(self, tmp_path: Path) -> None:
        example_named("mooc-cybersecurite").mindmap().render(
            tmp_path / "m", format="svg", cleanup=True
        )
        assert sorted(p.name for p in tmp_path.iterdir()) == ["m.svg"]

    def test_a_render_past_the_time_limit_leaves_the_previous_picture(self, tmp_path: Path) -> None:
        target = tmp_path / "m.svg"
        target.write_text("previous", encoding="utf-8")
        diagram = example_named("pedagogie-inversee-formateurs").mindmap(detail="activities")
        diagram.timeout = 0.0001
        with pytest.raises(scenario.RenderTimeoutError):
            diagram.render(outfile=target)
        assert target.read_text(encoding="utf-8") == "previous"
        assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]

    def test_save_writes_the_dot_source(self, tmp_path: Path) -> None:
        diagram = example_named("mooc-cybersecurite").path_diagram()
        path = diagram.save(tmp_path / "sub" / "p.gv")
        assert Path(path).read_text(encoding="utf-8") == diagram.source


def test_text_exports_need_no_graphviz(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With no Graphviz on PATH, the DOT source and every mind-map export still work."""
    from scenario.cli import main
    from scenario.io.formats import get_format

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
