"""Each phase's tags: each rule fires on a phase made for it, and not on a close one."""

from __future__ import annotations

import pytest

from tests.rules_helpers import Builder, base, changed, fired, tag

#: (rule, a scenario where it fires, the phases of its findings, a close one where it does not)
CASES = [
    pytest.param(
        "phase.missing-tag",
        changed(base, tag("a", group=None, intentions=())),
        ["a"],
        base,
        id="missing-tag",
    ),
    pytest.param(
        "phase.sharing-alone",
        changed(base, tag("r", group="seul")),
        ["r"],
        changed(base, tag("r", group="seul", intentions="synthétiser")),
        id="sharing-alone",
    ),
    pytest.param(
        "phase.evaluation-without-assess",
        changed(base, tag("e", intentions="synthétiser")),
        ["e"],
        changed(base, tag("e", intentions=["synthétiser", "évaluer"])),
        id="evaluation-without-assess",
    ),
    pytest.param(
        "phase.evaluation-without-assess",
        changed(base, tag("e", intentions="partager", group="petit groupe")),
        ["e"],
        changed(base, tag("e", intentions=())),
        id="evaluation-without-assess: skipped without intention",
    ),
    pytest.param(
        "phase.active-large-group",
        changed(base, tag("r", group="grand groupe")),
        ["r"],
        changed(base, tag("r", group="moyen groupe")),
        id="active-large-group",
    ),
    pytest.param(
        "phase.expositive-practice",
        changed(base, tag("r", pedagogy="expositive")),
        ["r"],
        changed(base, tag("a", pedagogy="expositive")),
        id="expositive-practice: not in an apprentissage phase",
    ),
    pytest.param(
        "phase.synchronous-alone",
        changed(base, tag("e", situation="distanciel synchrone")),
        ["e"],
        base,
        id="synchronous-alone: not présentiel",
    ),
    pytest.param(
        "phase.long-async",
        changed(base, tag("d", duration=61)),
        ["d"],
        changed(base, tag("d", duration=60), tag("a", duration=120)),
        id="long-async: strictly above 60, asynchronous only",
    ),
    pytest.param(
        "phase.no-duration",
        changed(base, tag("a", duration=None)),
        ["a"],
        changed(base, tag("a", duration=0)),
        id="no-duration: 0 is a duration",
    ),
]


@pytest.mark.parametrize(("rule", "fires", "phases", "quiet"), CASES)
def test_rule_fires_and_stays_quiet(
    rule: str, fires: Builder, phases: list[str | None], quiet: Builder
) -> None:
    """The rule gives exactly the expected findings, and none on the close scenario."""
    assert [f.phase for f in fired(fires(), rule)] == phases
    assert fired(quiet(), rule) == []


def test_missing_tag_lists_every_missing_tag_once() -> None:
    """One finding per phase, naming all its missing tags."""
    s = changed(base, tag("a", group=None, situation=None, pedagogy=None, intentions=()))()
    (finding,) = fired(s, "phase.missing-tag", lang="en")
    assert "group, situation, pedagogy, intention" in finding.message


def test_rules_about_a_tag_skip_phases_without_it() -> None:
    """A phase without tags gives phase.missing-tag, not the rules about those tags."""
    s = changed(
        base, tag("r", group=None, situation=None, pedagogy=None, intentions=(), duration=None)
    )()
    from scenario.rules import validate

    rules = {f.rule for f in validate(s) if f.phase == "r"}
    assert rules == {"phase.missing-tag", "phase.no-duration"}


@pytest.mark.parametrize(
    ("limit", "duration", "fires"),
    [(45, 46, True), (45, 45, False), (90, 61, False), (0, 1, True)],
)
def test_long_async_threshold_is_an_option(limit: int, duration: int, fires: bool) -> None:
    """thresholds={"phase.long-async": n} moves the limit; strictly greater fires."""
    s = changed(base, tag("d", duration=duration))()
    found = fired(s, "phase.long-async", thresholds={"phase.long-async": limit}, lang="en")
    assert bool(found) is fires
    if fires:
        assert f"more than {limit} min" in found[0].message


def test_long_async_message_says_how_long_and_what_to_do() -> None:
    """The message gives the phase's duration, the limit, and the remedy."""
    s = changed(base, tag("d", duration=90))()
    (finding,) = fired(s, "phase.long-async")
    assert "'d'" in finding.message
    assert "90 min" in finding.message
    assert "60 min" in finding.message
    assert "modules courts" in finding.message
