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


#: Round trips through formats that do not carry ``optional: true`` yet (the table and
#: FreeMind readers and writers: issue 12, part B). Strict: once they carry it, these
#: tests pass and this list must be emptied.
PENDING_OPTIONAL = (
    "tests/test_table.py::TestRoundTrip::test_phases_survive_in_path_order",
    "tests/test_table.py::TestRoundTrip::test_xlsx_keeps_the_course_and_the_path",
    "tests/test_table.py::TestRoundTrip::test_csv_then_yaml_is_loadable",
    "tests/test_formats_freemind.py::TestRoundTrip::test_unchanged_map_gives_the_scenario_back",
)
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
