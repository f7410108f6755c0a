"""The house: layers that only look down, no circle, small modules, and the picture of it.

import-linter enforces the contract of pyproject.toml in scripts/test.sh;
these tests read the same import graph (grimp, the imports that run) and
say plainly what is wrong when a change breaks the layering.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

import scenario
from tests._scripts import load_script

import_graph = load_script("import_graph")
PACKAGE = Path(scenario.__file__).parent

#: A module may grow past this only with a reason; the house keeps modules small.
MAX_LINES = 400


@pytest.fixture(scope="module")
def imports() -> dict[str, set[str]]:
    return import_graph.imports()


def test_no_import_goes_up_a_layer(imports: dict[str, set[str]]) -> None:
    """Each module imports only modules of its own layer or of the layers below."""
    table = import_graph.layers()
    upward = []
    for module, targets in imports.items():
        here = import_graph.layer_of(module, table)
        for target in targets:
            there = import_graph.layer_of(target, table)
            if here is not None and there is not None and there < here:
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_every_module_belongs_to_a_layer(imports: dict[str, set[str]]) -> None:
    """A new module (or subpackage) must be placed in the contract of pyproject.toml."""
    table = import_graph.layers()
    outside = [m for m in imports if m != "scenario" and import_graph.layer_of(m, table) is None]
    assert outside == []


def test_the_import_graph_has_no_circle(imports: dict[str, set[str]]) -> None:
    """No two modules import each other, even through others (a package and its modules
    included)."""
    graph = nx.DiGraph((m, t) for m, targets in imports.items() for t in targets)
    circles = [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]
    assert circles == []


def test_the_model_imports_only_the_bottom(imports: dict[str, set[str]]) -> None:
    """The model knows the vocabulary, durations, errors and the deferred lookup, no more."""
    allowed = {
        "scenario._deferred",
        "scenario._indexed",
        "scenario._text",
        "scenario.dates",
        "scenario.duration",
        "scenario.errors",
        "scenario.i18n",
        "scenario.vocabulary",
    }
    used = set().union(*(t for m, t in imports.items() if m.startswith("scenario.model")))
    assert {m for m in used if not m.startswith("scenario.model")} - allowed == set()


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_modules_stay_small(path: Path) -> None:
    """No module of the package is longer than MAX_LINES lines."""
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines: split it by job"


def _deferred_targets() -> list[str]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "deferred"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.append(node.args[0].value)
    return sorted(set(found))


@pytest.mark.parametrize("target", _deferred_targets())
def test_every_deferred_function_exists(target: str) -> None:
    """Each "module:function" a lower layer names for later is importable and callable."""
    from scenario._deferred import deferred

    assert callable(deferred(target))


def test_the_picture_of_the_layers_is_up_to_date() -> None:
    """docs/architecture/imports.dot is what the code imports now:
    run python scripts/import_graph.py after moving an import."""
    assert import_graph.main(["--check"]) == 0
