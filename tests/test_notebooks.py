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
