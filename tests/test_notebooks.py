"""The notebooks of ``examples/`` are stored without outputs and run from top to bottom."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "examples").glob("*.ipynb"))

nbformat = pytest.importorskip("nbformat")


def test_there_is_a_tutorial_and_a_notebook_per_modality_example() -> None:
    """The SPOC tutorial, and one notebook for each other modality's example."""
    names = {p.stem for p in NOTEBOOKS}
    assert {"tutoriel-spoc", "pedagogie-inversee", "mooc", "presentiel", "blended"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path: Path) -> None:
    """Outputs are stripped in the repository: no output, no execution count."""
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: a cell keeps its outputs"
            assert cell.execution_count is None, f"{path.name}: a cell keeps its count"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_from_top_to_bottom(path: Path, tmp_path: Path) -> None:
    """Every cell runs without error in a fresh python3 kernel, beside the examples."""
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    work = tmp_path / "examples"
    shutil.copytree(ROOT / "examples", work)
    notebook = nbformat.read(work / path.name, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=120,
        resources={"metadata": {"path": str(work)}},
    )
    client.execute()
    errors = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "error"
    ]
    assert errors == []


def _first_python_block(page: Path) -> str:
    import re

    found = re.search(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S)
    assert found is not None
    return found.group(1)


def _run_cells(cells: list[str], folder: Path) -> list[list[dict[str, object]]]:
    """Run ``cells`` in a fresh python3 kernel in ``folder``; each cell's outputs."""
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    client = nbclient.NotebookClient(
        notebook, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(folder)}}
    )
    client.execute()
    return [list(cell.outputs) for cell in notebook.cells]


def test_the_first_snippet_of_the_readme_shows_a_map_in_its_cell(tmp_path: Path) -> None:
    """Run as one cell of a notebook, the README's first snippet prints its report and
    shows the mind map it says it draws: an SVG picture under the cell."""
    (outputs,) = _run_cells([_first_python_block(ROOT / "README.md")], tmp_path)
    assert [o["output_type"] for o in outputs if o["output_type"] == "error"] == []
    printed = "".join(str(o.get("text", "")) for o in outputs if o["output_type"] == "stream")
    assert "0 erreur, 0 avertissement, 0 info" in printed
    (shown,) = [o for o in outputs if o["output_type"] == "execute_result"]
    assert str(shown["data"]["image/svg+xml"]).lstrip().startswith(("<?xml", "<svg"))
    assert (tmp_path / "tcd.yaml").is_file()


def test_a_scenario_shows_itself_as_its_map_in_a_notebook(tmp_path: Path) -> None:
    """The last line `s` of a cell draws the mind map, with one line of text beside it."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (outputs,) = _run_cells(
        ["import scenario\ns = scenario.load('examples/spoc-logiciel-paie.yaml')\ns"], tmp_path
    )
    (shown,) = outputs
    assert "image/svg+xml" in shown["data"]
    assert shown["data"]["text/plain"] == "Prendre en main le nouveau logiciel de paie : 6 phases"


class TestDisplay:
    """Scenario._repr_mimebundle_, the hook Jupyter calls (no kernel needed here)."""

    def test_the_map_is_drawn_with_a_line_of_text(self) -> None:
        import scenario

        s = scenario.load(ROOT / "examples" / "spoc-logiciel-paie.yaml")
        bundle = s._repr_mimebundle_()
        assert set(bundle) == {"image/svg+xml", "text/plain"}
        assert 'id="phase&#45;accroche"' in bundle["image/svg+xml"]

    def test_without_graphviz_the_text_says_why(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """No traceback in the notebook: the line of text, then how to install Graphviz."""
        import scenario

        monkeypatch.setenv("PATH", "/nonexistent")
        bundle = scenario.Scenario("Démo")._repr_mimebundle_()
        assert list(bundle) == ["text/plain"]
        first, why = bundle["text/plain"].split("\n", 1)
        assert first == "Démo : 0 phase"
        assert "Graphviz" in why
