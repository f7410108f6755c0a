"""Shared fixtures: the example scenarios of ``examples/`` are the test fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

import scenario

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))


@pytest.fixture(params=EXAMPLE_FILES, ids=lambda p: p.stem)
def example_file(request: pytest.FixtureRequest) -> Path:
    """Each example document, one test per file."""
    path: Path = request.param
    return path


@pytest.fixture
def example(example_file: Path) -> scenario.Scenario:
    """Each example scenario, loaded."""
    return scenario.load(example_file)


def example_named(stem: str) -> scenario.Scenario:
    """One example by file name without extension."""
    return scenario.load(EXAMPLES / f"{stem}.yaml")
