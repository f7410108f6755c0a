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


#: Round trips through formats that do not carry ``optional: true`` yet: marked as strict
#: expected failures. Empty: the table and FreeMind formats carry it.
PENDING_OPTIONAL: tuple[str, ...] = ()
#: The examples with optional phases.
OPTIONAL_EXAMPLES = ("inversee-entretien-annuel", "mooc-intelligence-artificielle")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the round trips that lose ``optional: true`` as expected failures, strictly."""
    for item in items:
        test = item.nodeid.split("[", 1)[0]
        if test in PENDING_OPTIONAL and any(stem in item.nodeid for stem in OPTIONAL_EXAMPLES):
            item.add_marker(
                pytest.mark.xfail(
                    strict=True,
                    reason="the table and FreeMind formats do not carry optional: true yet",
                )
            )
