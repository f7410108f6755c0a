"""Every output of every example is byte-identical to its golden file.

The golden files under ``tests/golden/`` are written by ``scripts/golden.py``;
a change of any output (a refactoring that moves code, a renderer that
changes a label) fails here. A change made on purpose regenerates them with
``python scripts/golden.py tests/golden``, committed with the change.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests._scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("golden")
    here = os.getcwd()
    try:
        load_script("golden").write(folder)
    finally:
        os.chdir(here)
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_the_same_outputs_are_made(written: Path) -> None:
    """No output appears or disappears."""
    assert _files(written) == _files(GOLDEN)


@pytest.mark.parametrize("name", _files(GOLDEN))
def test_each_output_is_byte_identical(written: Path, name: str) -> None:
    """Each output is the golden file, byte for byte."""
    assert (written / name).read_bytes() == (GOLDEN / name).read_bytes(), (
        f"{name} changed: if on purpose, run python scripts/golden.py tests/golden"
    )
