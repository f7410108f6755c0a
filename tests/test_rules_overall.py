"""The scenario as a whole: objectives, variety, audience; and unused waivers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import scenario
from tests.rules_helpers import Builder, base, changed, fired, tag

Edit = Callable[[scenario.Scenario], Any]


def objectives(*lines: str) -> Edit:
    def edit(s: scenario.Scenario) -> None:
        s.objectives = list(lines)

    return edit


def audience(size: int | None) -> Edit:
    def edit(s: scenario.Scenario) -> None:
        s.audience = scenario.Audience(size=size)

    return edit


def waive(rule: str, phase: str | None = None) -> Edit:
    return lambda s: s.waive(rule, phase, "raison")


def two_phases() -> scenario.Scenario:
    s = scenario.Scenario("Court", objectives=["o"])
    s.add_phase("d", "découverte", pedagogy="expositive")
    s.add_phase("e", "évaluation", pedagogy="expositive")
    return s


#: (rule, a scenario where it fires, the phases of its findings, a close one where it does not)
CASES = [
    pytest.param(
        "scenario.no-objectives",
        changed(base, objectives()),
        [None],
        base,
        id="no-objectives",
    ),
    pytest.param(
        "scenario.no-objectives",
        changed(base, objectives("  ", "")),
        [None],
        changed(base, objectives("", "rédiger un compte rendu")),
        id="no-objectives: blank lines are not objectives",
    ),
    pytest.param(
        "scenario.monotonous",
        changed(base, tag("d", pedagogy="interrogative"), tag("r", pedagogy="interrogative")),
        [None],
        changed(base, tag("d", pedagogy="interrogative")),
        id="monotonous: all four the same, or one different",
    ),
    pytest.param(
        "scenario.monotonous",
        changed(
            base,
            tag("d", pedagogy="interrogative"),
            tag("r", pedagogy=None),
        ),
        [None],
        two_phases,
        id="monotonous: untagged phases left out, fewer than three is not monotonous",
    ),
    pytest.param(
        "audience.group-exceeds-audience",
        changed(base, audience(1)),
        ["a", "r"],
        changed(base, audience(2)),
        id="group-exceeds-audience: one learner, petit groupe",
    ),
    pytest.param(
        "audience.group-exceeds-audience",
        changed(base, audience(3), tag("r", group="moyen groupe")),
        ["r"],
        changed(base, audience(4), tag("r", group="grand groupe")),
        id="group-exceeds-audience: below four, moyen or grand groupe",
    ),
    pytest.param(
        "audience.group-exceeds-audience",
        changed(base, audience(1), tag("a", group="seul"), tag("r", group="seul")),
        [],
        changed(base, audience(None)),
        id="group-exceeds-audience: needs a size",
    ),
    pytest.param(
        "waiver.unused",
        changed(base, waive("phase.long-async", "d")),
        ["d"],
        changed(base, tag("d", duration=90), waive("phase.long-async", "d")),
        id="waiver.unused: nothing to waive",
    ),
]


@pytest.mark.parametrize(("rule", "fires", "phases", "quiet"), CASES)
def test_rule_fires_and_stays_quiet(
    rule: str, fires: Builder, phases: list[str | None], quiet: Builder
) -> None:
    """The rule gives exactly the expected findings, and none on the close scenario."""
    assert [f.phase for f in fired(fires(), rule)] == phases
    assert fired(quiet(), rule) == []


def test_group_exceeds_audience_says_the_size() -> None:
    """The message names the group and the audience size."""
    s = changed(base, audience(3), tag("r", group="grand groupe"))()
    (finding,) = fired(s, "audience.group-exceeds-audience", lang="en")
    assert "'grand groupe' (large group)" in finding.message
    assert "only 3 people" in finding.message
