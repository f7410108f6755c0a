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
        changed(base, tag("r", group="seul", situation="distanciel asynchrone")),
        ["r"],
        changed(
            base,
            tag("r", group="seul", situation="distanciel asynchrone", intentions="synthétiser"),
        ),
        id="sharing-alone",
    ),
    pytest.param(
        "phase.sharing-alone",
        changed(base, tag("r", group="seul", situation="distanciel asynchrone")),
        ["r"],
        changed(base, tag("r", group="seul", situation="distanciel synchrone")),
        id="sharing-alone: a live one-to-one with the trainer is an exchange",
    ),
    pytest.param(
        "phase.sharing-alone",
        changed(base, tag("r", group="seul", situation="distanciel asynchrone")),
        ["r"],
        changed(base, tag("r", group="seul")),
        id="sharing-alone: seul in présentiel is not concerned",
    ),
    pytest.param(
        "phase.sharing-alone",
        changed(base, tag("r", group="seul", situation="distanciel asynchrone", optional=True)),
        ["r"],
        changed(base, tag("r", group="seul", situation=None)),
        id="sharing-alone: a detour phase counts, a phase without situation is skipped",
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
        changed(lambda: base(audience=40), tag("r", group="grand groupe")),
        ["r"],
        changed(lambda: base(audience=40), tag("r", group="moyen groupe")),
        id="active-large-group",
    ),
    pytest.param(
        "phase.active-large-group",
        changed(lambda: base(audience=31), tag("r", group="grand groupe")),
        ["r"],
        changed(lambda: base(audience=30), tag("r", group="grand groupe")),
        id="active-large-group: above 30 learners, not an 18 or 30 person ice-breaker",
    ),
    pytest.param(
        "phase.active-large-group",
        changed(lambda: base(audience=None), tag("r", group="grand groupe")),
        ["r"],
        changed(
            lambda: base(audience=None),
            tag("r", group="grand groupe", situation="distanciel asynchrone"),
        ),
        id="active-large-group: size unknown fires; an asynchronous forum open to all does not",
    ),
    pytest.param(
        "phase.active-large-group",
        changed(
            lambda: base(audience=200),
            tag("r", group="grand groupe", situation="distanciel synchrone"),
        ),
        ["r"],
        changed(
            lambda: base(audience=200),
            tag("r", group="grand groupe", situation="distanciel asynchrone"),
        ),
        id="active-large-group: a live webinar, not a forum",
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
    assert "la phase asynchrone 1 (d) dure 90 min" in finding.message
    assert "60 min" in finding.message
    assert "modules courts" in finding.message


@pytest.mark.parametrize(
    ("limit", "size", "fires"),
    [(30, 31, True), (30, 30, False), (15, 18, True), (50, 40, False)],
)
def test_active_large_group_threshold_is_an_option(limit: int, size: int, fires: bool) -> None:
    """thresholds={"phase.active-large-group": n} moves the audience limit; strictly above fires."""
    s = changed(lambda: base(audience=size), tag("r", group="grand groupe"))()
    found = fired(s, "phase.active-large-group", thresholds={"phase.active-large-group": limit})
    assert bool(found) is fires


def test_active_large_group_message_says_the_size_and_what_to_do() -> None:
    s = changed(lambda: base(audience=40), tag("r", group="grand groupe"))()
    (finding,) = fired(s, "phase.active-large-group", lang="en")
    assert "whole group of 40 people" in finding.message
    assert "split the learners into small or medium groups" in finding.message
    (unknown,) = fired(
        changed(lambda: base(audience=None), tag("r", group="grand groupe"))(),
        "phase.active-large-group",
        lang="en",
    )
    assert "give audience.size" in unknown.message


def test_sharing_alone_is_a_warning_now() -> None:
    """A warning (a knowingly chosen solitary sharing is not an error)."""
    s = changed(base, tag("r", group="seul", situation="distanciel asynchrone"))()
    (finding,) = fired(s, "phase.sharing-alone")
    assert finding.severity.value == "warning"
