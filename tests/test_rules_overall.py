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


def titled(title: str, description: str | None = None) -> Edit:
    def edit(s: scenario.Scenario) -> None:
        s.title = title
        if description is not None:
            s.audience = scenario.Audience(12, description)

    return edit


def waive(rule: str, phase: str | None = None) -> Edit:
    return lambda s: s.waive(rule, phase, "raison")


def two_phases() -> scenario.Scenario:
    s = scenario.Scenario("Court", objectives=["o"])
    s.add_phase("d", "découverte", pedagogy="expositive")
    s.add_phase("e", "évaluation", pedagogy="expositive")
    return s


def lecture(*, optional: bool) -> Edit:
    """An edit: a long expositive lecture between 'a' and 'r', optional or not."""

    def edit(s: scenario.Scenario) -> None:
        s.add_phase(
            "lecture",
            "apprentissage",
            group="grand groupe",
            situation="présentiel",
            pedagogy="expositive",
            intentions="transmettre",
            duration=500,
            optional=optional,
        )
        s.path = []
        for pair in [("d", "a"), ("a", "lecture"), ("lecture", "r"), ("r", "e")]:
            s.connect(*pair)

    return edit


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
        "scenario.placeholder",
        changed(base, titled("Mon SPOC (à compléter)", "A COMPLETER (métier, niveau)")),
        [None],
        changed(base, titled("Mon SPOC", "gestionnaires (à compléter plus tard)")),
        id="placeholder: the template's title and audience; a text that only mentions it",
    ),
    pytest.param(
        "scenario.placeholder",
        changed(base, tag("a", activities=["TODO"]), tag("e", title="to be completed")),
        ["a", "e"],
        changed(base, tag("a", activities=["grille à compléter", "exercice à définir en séance"])),
        id="placeholder: one finding per phase; an activity named after the words is left alone",
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
        "scenario.monotonous",
        changed(base, tag("a", pedagogy="expositive", duration=200)),
        [None],
        changed(base, tag("a", pedagogy="expositive", duration=150)),
        id="monotonous: a share of time (77% expositive fires, 72% does not)",
    ),
    pytest.param(
        "scenario.monotonous",
        changed(base, lecture(optional=False)),
        [None],
        changed(base, lecture(optional=True)),
        id="monotonous: a long optional lecture is a detour, left out",
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


def test_monotonous_names_the_pedagogy_and_its_share_of_time() -> None:
    """An 87% expository course: the message says which pedagogy and how much, and what to do."""
    s = changed(base, tag("a", pedagogy="expositive", duration=415))()  # 435 min of 500
    (finding,) = fired(s, "scenario.monotonous")
    assert "expositive" in finding.message
    assert "87\u00a0% du temps du parcours principal" in finding.message
    assert "variez les méthodes" in finding.message
    (english,) = fired(s, "scenario.monotonous", lang="en")
    assert "takes 87% of the time on the main path" in english.message


@pytest.mark.parametrize(("limit", "fires"), [(75, True), (78, False), (60, True)])
def test_monotonous_threshold_is_an_option(limit: int, fires: bool) -> None:
    """thresholds={"scenario.monotonous": n} (a percentage) moves the limit; above fires."""
    s = changed(base, tag("a", pedagogy="expositive", duration=200))()  # 77.2% expositive
    found = fired(s, "scenario.monotonous", thresholds={"scenario.monotonous": limit})
    assert bool(found) is fires


def test_monotonous_counts_phases_when_a_duration_is_missing() -> None:
    """Four phases of five expositive by count (80%) fire, whatever the known durations."""
    s = changed(
        base,
        tag("a", pedagogy="expositive", duration=None),
        tag("r", pedagogy="expositive", duration=5),
        tag("e", pedagogy="expositive", duration=5),
        lambda s: s.add_phase("f", "évaluation", pedagogy="active", duration=400),
    )()
    (finding,) = fired(s, "scenario.monotonous", lang="en")
    assert "takes 80% of the phases on the main path" in finding.message
    timed = changed(lambda: s, tag("a", duration=10))()  # now by time: active 400 of 440 min
    (by_time,) = fired(timed, "scenario.monotonous", lang="en")
    assert "pedagogy 'active'" in by_time.message


def test_the_placeholder_finding_says_what_to_fill_in() -> None:
    s = changed(base, titled("Mon SPOC (à compléter)"), objectives("à compléter"))()
    (finding,) = fired(s, "scenario.placeholder")
    assert finding.message == (
        "le scénario est encore un brouillon : complétez 'title', 'objectives', qui gardent "
        "le texte du modèle à remplacer"
    )
