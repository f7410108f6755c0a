"""The built wheel: it ships the schema and py.typed, and works installed on its own."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("scenario_pedagogique-*.whl")
    return built


def test_wheel_holds_the_schema_the_marker_and_the_console_script(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        scripts = archive.read(entry_points).decode()
    assert "scenario/schemas/scenario.schema.json" in names
    assert "scenario/py.typed" in names
    assert "scenario = scenario.cli:main" in scripts


def test_installed_wheel_loads_an_example_with_its_shipped_schema(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    code = (
        "import scenario, scenario.io.schema as sc;"
        "assert scenario.__file__.startswith({!r}), scenario.__file__;"
        "s = scenario.load({!r});"
        "assert sc.schema()['$id'].endswith('scenario.schema.json');"
        "assert 'var MindElixirLite=' in s.interactive_map(findings=False).html;"
        "print(len(s.phases))"
    ).format(str(target), str(ROOT / "examples" / "spoc-logiciel-paie.yaml"))
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "6"


def test_wheel_ships_the_interactive_map_library_and_its_licence(wheel: Path) -> None:
    """Mind Elixir, its licence and README, and the page's own script and style are in it."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        licence = archive.read("scenario/render/vendor/mind-elixir/LICENSE").decode()
    for name in (
        "scenario/render/vendor/mind-elixir/MindElixirLite.iife.js",
        "scenario/render/vendor/mind-elixir/MindElixirLite.css",
        "scenario/render/vendor/mind-elixir/README.md",
        "scenario/render/html_map/map.js",
        "scenario/render/html_map/map.css",
    ):
        assert name in names
    assert "MIT License" in licence
