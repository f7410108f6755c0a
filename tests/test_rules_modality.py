"""Modality rules: each fires on a course of its modality made for it, not on a close one,
and never on a course of another modality. The examples are the clean bases."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import scenario
from scenario.rules import get_rule, validate
from scenario.vocabulary import Modality
from tests.rules_helpers import Builder, changed, example, fired, path, tag

Edit = Callable[[scenario.Scenario], Any]

SPOC = example("spoc-logiciel-paie")
MOOC = example("mooc-cybersecurite")
FLIPPED = example("pedagogie-inversee-formateurs")
ONSITE = example("presentiel-reunions")
BLENDED = example("blended-manager-distance")


def modality(value: str) -> Edit:
    def edit(s: scenario.Scenario) -> None:
        s.modality = scenario.parse_term(Modality, value)

    return edit


def audience(size: int) -> Edit:
    def edit(s: scenario.Scenario) -> None:
        s.audience = scenario.Audience(size=size)

    return edit


def every_phase(**changes: Any) -> Edit:
    def edit(s: scenario.Scenario) -> None:
        for phase in list(s.phases):
            s.update_phase(phase.id, **changes)

    return edit


def small_flipped() -> scenario.Scenario:
    """Four phases of a flipped course, to reorder with an explicit path."""
    s = scenario.Scenario("Inversée", modality="flipped", audience=12, objectives=["o"])
    s.add_phase(
        "prep",
        "découverte",
        group="seul",
        situation="distanciel asynchrone",
        pedagogy="expositive",
        intentions="transmettre",
        duration=30,
    )
    s.add_phase(
        "session",
        "réalisation",
        group="petit groupe",
        situation="présentiel",
        pedagogy="active",
        intentions="partager",
        duration=60,
    )
    s.add_phase(
        "late",
        "apprentissage",
        group="seul",
        situation="distanciel asynchrone",
        pedagogy="interrogative",
        intentions="synthétiser",
        duration=30,
    )
    s.add_phase(
        "bilan",
        "évaluation",
        group="moyen groupe",
        situation="présentiel",
        pedagogy="interrogative",
        intentions="évaluer",
        duration=30,
    )
    return s


def with_launch() -> scenario.Scenario:
    """The small flipped course opened by a launch call, its preparation optional."""
    s = small_flipped()
    s.add_phase(
        "lancement",
        "découverte",
        group="grand groupe",
        situation="distanciel synchrone",
        pedagogy="interrogative",
        intentions="interpeller",
        duration=30,
    )
    s.update_phase("prep", optional=True)
    s.path = []
    for pair in [
        ("lancement", "prep"),
        ("prep", "session"),
        ("session", "late"),
        ("late", "bilan"),
    ]:
        s.connect(*pair)
    return s


#: (rule, a scenario where it fires, the phases of its findings, a close one where it does not)
CASES = [
    *[
        pytest.param(
            "online.presentiel-phase",
            changed(SPOC, modality(name), tag("classe-virtuelle", situation="présentiel")),
            ["classe-virtuelle"],
            changed(SPOC, modality("blended"), tag("classe-virtuelle", situation="présentiel")),
            id=f"online.presentiel-phase in a {name}",
        )
        for name in ("spoc", "mooc", "cooc", "sooc")
    ],
    pytest.param(
        "online.presentiel-phase",
        changed(SPOC, tag("classe-virtuelle", situation="présentiel", optional=True)),
        ["classe-virtuelle"],
        changed(SPOC, tag("classe-virtuelle", optional=True)),
        id="online.presentiel-phase: a detour phase counts too (a phase's own tags)",
    ),
    pytest.param(
        "onsite.remote-phase",
        changed(
            ONSITE,
            tag("apports", situation="distanciel synchrone"),
            tag("evaluation", situation="distanciel asynchrone"),
        ),
        ["apports", "evaluation"],
        changed(ONSITE, modality("blended"), tag("apports", situation="distanciel synchrone")),
        id="onsite.remote-phase",
    ),
    pytest.param(
        "blended.single-situation",
        changed(BLENDED, every_phase(situation="présentiel")),
        [None],
        BLENDED,
        id="blended.single-situation: all présentiel",
    ),
    pytest.param(
        "blended.single-situation",
        changed(BLENDED, every_phase(situation="distanciel synchrone")),
        [None],
        changed(BLENDED, every_phase(situation=None)),
        id="blended.single-situation: all distanciel; quiet without situations",
    ),
    pytest.param(
        "spoc.audience-size",
        changed(SPOC, audience(14)),
        [None],
        changed(SPOC, audience(15)),
        id="spoc.audience-size: below 15",
    ),
    pytest.param(
        "spoc.audience-size",
        changed(SPOC, audience(51)),
        [None],
        changed(SPOC, audience(50)),
        id="spoc.audience-size: above 50",
    ),
    pytest.param(
        "spoc.large-group",
        changed(SPOC, tag("atelier-cas", group="grand groupe")),
        [None],
        changed(SPOC, tag("classe-virtuelle", group="grand groupe")),
        id="spoc.large-group: 60% of the live time in plenary, not a webinar now and then (40%)",
    ),
    pytest.param(
        "spoc.large-group",
        changed(
            SPOC,
            tag("atelier-cas", group="grand groupe", duration=None),
            tag("classe-virtuelle", group="grand groupe"),
        ),
        [None],
        changed(SPOC, tag("atelier-cas", group="grand groupe", duration=None)),
        id="spoc.large-group: by count when a duration is missing (one of two is not more)",
    ),
    pytest.param(
        "spoc.large-group",
        changed(SPOC, tag("atelier-cas", group="grand groupe")),
        [None],
        changed(
            SPOC,
            tag("atelier-cas", group="grand groupe", optional=True),
            tag("evaluation-finale", group="grand groupe"),
        ),
        id="spoc.large-group: a plenary detour and an asynchronous exam do not count",
    ),
    pytest.param(
        "spoc.no-collaboration",
        changed(
            SPOC,
            tag("classe-virtuelle", intentions="synthétiser"),
            tag("atelier-cas", intentions="synthétiser", pedagogy="interrogative"),
        ),
        [None],
        changed(
            SPOC,
            tag("classe-virtuelle", intentions="synthétiser"),
            tag("atelier-cas", intentions="synthétiser", pedagogy="active"),
        ),
        id="spoc.no-collaboration: active in a small group is collaboration",
    ),
    pytest.param(
        "spoc.no-collaboration",
        changed(
            SPOC,
            tag("classe-virtuelle", group="grand groupe"),
            tag("atelier-cas", group="seul", intentions="synthétiser"),
        ),
        [None],
        changed(
            SPOC,
            tag("atelier-cas", group="seul", intentions="synthétiser"),
        ),
        id="spoc.no-collaboration: sharing in a medium group is collaboration",
    ),
    pytest.param(
        "spoc.no-collaboration",
        changed(
            SPOC,
            tag("classe-virtuelle", intentions="synthétiser"),
            tag("atelier-cas", optional=True),
        ),
        [None],
        changed(SPOC, tag("classe-virtuelle", intentions="synthétiser")),
        id="spoc.no-collaboration: collaboration in a detour only does not count",
    ),
    pytest.param(
        "spoc.final-evaluation-only",
        changed(SPOC, tag("exercice-guide", intentions="synthétiser")),
        [None],
        changed(
            SPOC,
            tag("exercice-guide", intentions="synthétiser"),
            tag("classe-virtuelle", kind="évaluation", intentions="évaluer"),
        ),
        id="spoc.final-evaluation-only",
    ),
    pytest.param(
        "spoc.final-evaluation-only",
        changed(SPOC, tag("exercice-guide", optional=True)),
        [None],
        SPOC,
        id="spoc.final-evaluation-only: an assessment in a detour does not count",
    ),
    pytest.param(
        "spoc.no-synchronous",
        changed(
            SPOC,
            tag("classe-virtuelle", situation="présentiel"),
            tag("atelier-cas", situation="distanciel asynchrone"),
        ),
        [None],
        changed(SPOC, tag("classe-virtuelle", situation="présentiel")),
        id="spoc.no-synchronous: présentiel does not count",
    ),
    pytest.param(
        "spoc.no-synchronous",
        changed(
            SPOC,
            tag("classe-virtuelle", situation="distanciel asynchrone"),
            tag("atelier-cas", optional=True),
        ),
        [None],
        changed(SPOC, tag("classe-virtuelle", situation="distanciel asynchrone")),
        id="spoc.no-synchronous: a live detour does not count",
    ),
    pytest.param(
        "blended.single-situation",
        changed(
            BLENDED,
            every_phase(situation="présentiel"),
            tag("projet-terrain", situation="distanciel asynchrone", optional=True),
        ),
        [None],
        changed(
            BLENDED,
            every_phase(situation="présentiel"),
            tag("projet-terrain", situation="distanciel asynchrone"),
        ),
        id="blended.single-situation: a remote detour does not make a blended course",
    ),
    pytest.param(
        "mooc.individual-follow-up",
        changed(MOOC, tag("webinaire", group="seul"), tag("examen", situation="présentiel")),
        ["webinaire", "examen"],
        MOOC,
        id="mooc.individual-follow-up: alone and synchronous",
    ),
    pytest.param(
        "mooc.individual-follow-up",
        changed(MOOC, tag("webinaire", group="seul", optional=True)),
        ["webinaire"],
        changed(MOOC, tag("webinaire", group="seul", situation="distanciel asynchrone")),
        id="mooc.individual-follow-up: a detour counts too, asynchronous work alone does not",
    ),
    pytest.param(
        "mooc.audience-size",
        changed(MOOC, audience(999)),
        [None],
        changed(MOOC, audience(1000)),
        id="mooc.audience-size: below 1000",
    ),
    pytest.param(
        "flipped.no-preparation",
        changed(FLIPPED, tag("cadrage-elearning", kind="apprentissage", situation="présentiel")),
        ["cadrage-elearning", "cadrage-atelier"],
        FLIPPED,
        id="flipped.no-preparation",
    ),
    pytest.param(
        "flipped.no-preparation",
        changed(FLIPPED, tag("cadrage-elearning", situation="présentiel")),
        ["cadrage-atelier"],
        changed(with_launch, tag("prep", optional=False)),
        id="flipped.no-preparation: a launch découverte is not concerned",
    ),
    pytest.param(
        "flipped.no-preparation",
        with_launch,
        ["session"],
        changed(with_launch, tag("prep", optional=False)),
        id="flipped.no-preparation: an optional preparation prepares no one",
    ),
    pytest.param(
        "flipped.no-preparation",
        changed(
            small_flipped,
            path(
                ("session", "prep"),
                ("prep", "bilan"),
                ("bilan", "late"),
                ("late", "session", "remediation"),
            ),
        ),
        ["session"],
        changed(small_flipped, path(("late", "session"), ("session", "prep"), ("prep", "bilan"))),
        id="flipped.no-preparation: before means on the path, remediation left out",
    ),
    pytest.param(
        "flipped.preparation-not-alone",
        changed(FLIPPED, tag("cadrage-elearning", group="petit groupe")),
        ["cadrage-elearning"],
        changed(FLIPPED, tag("objectifs-elearning", group="petit groupe")),
        id="flipped.preparation-not-alone: only before the first session",
    ),
    pytest.param(
        "flipped.preparation-not-alone",
        changed(FLIPPED, tag("cadrage-elearning", group="grand groupe")),
        ["cadrage-elearning"],
        changed(FLIPPED, tag("cadrage-elearning", kind="réalisation", group="petit groupe")),
        id="flipped.preparation-not-alone: découverte or apprentissage only",
    ),
    pytest.param(
        "flipped.preparation-not-alone",
        changed(FLIPPED, tag("cadrage-elearning", group="grand groupe")),
        ["cadrage-elearning"],
        changed(
            FLIPPED,
            tag("cadrage-elearning", group="grand groupe", situation="distanciel synchrone"),
        ),
        id="flipped.preparation-not-alone: the launch call opening the course is not concerned",
    ),
    pytest.param(
        "flipped.preparation-not-alone",
        changed(FLIPPED, tag("cadrage-elearning", group="grand groupe")),
        ["cadrage-elearning"],
        changed(FLIPPED, tag("cadrage-elearning", group="grand groupe", optional=True)),
        id="flipped.preparation-not-alone: a detour is not concerned",
    ),
    pytest.param(
        "flipped.practice-not-synchronous",
        changed(FLIPPED, tag("test-prototype", situation="distanciel asynchrone")),
        ["test-prototype"],
        changed(FLIPPED, tag("test-prototype", situation="distanciel synchrone")),
        id="flipped.practice-not-synchronous",
    ),
    pytest.param(
        "flipped.practice-not-synchronous",
        changed(FLIPPED, tag("test-prototype", situation="distanciel asynchrone")),
        ["test-prototype"],
        changed(FLIPPED, tag("test-prototype", situation="distanciel asynchrone", optional=True)),
        id="flipped.practice-not-synchronous: not an optional exercise",
    ),
    pytest.param(
        "flipped.session-expositive",
        changed(FLIPPED, tag("bilan", pedagogy="expositive")),
        ["bilan"],
        changed(FLIPPED, tag("objectifs-elearning", pedagogy="expositive")),
        id="flipped.session-expositive: synchronous phases only",
    ),
    pytest.param(
        "flipped.session-expositive",
        changed(FLIPPED, tag("cadrage-atelier", pedagogy="expositive")),
        ["cadrage-atelier"],
        changed(with_launch, tag("lancement", pedagogy="expositive")),
        id="flipped.session-expositive: a launch découverte may present the course",
    ),
]


@pytest.mark.parametrize(("rule", "fires", "phases", "quiet"), CASES)
def test_rule_fires_and_stays_quiet(
    rule: str, fires: Builder, phases: list[str | None], quiet: Builder
) -> None:
    """The rule gives exactly the expected findings, and none on the close scenario."""
    assert [f.phase for f in fired(fires(), rule)] == phases
    assert fired(quiet(), rule) == []


@pytest.mark.parametrize(("rule", "fires", "phases", "quiet"), CASES)
def test_rule_applies_to_its_modality_only(
    rule: str, fires: Builder, phases: list[str | None], quiet: Builder
) -> None:
    """The scenario where the rule fires, given any other modality or none, does not fire it."""
    modalities = get_rule(rule).modalities
    assert modalities is not None
    for other in [*[m for m in Modality if m not in modalities], None]:
        s = fires()
        s.modality = other
        assert fired(s, rule) == [], other


@pytest.mark.parametrize(
    "stem",
    [
        "blended-manager-distance",
        "mooc-cybersecurite",
        "pedagogie-inversee-formateurs",
        "presentiel-reunions",
        "spoc-logiciel-paie",
    ],
)
def test_examples_are_clean(stem: str) -> None:
    """The examples were designed clean: no error, no warning, no info, in both languages."""
    for lang in ("fr", "en"):
        report = example(stem)().validate(lang=lang)
        assert [f.text() for f in report] == []


def test_flipped_messages_tell_what_to_do() -> None:
    """The message of flipped.no-preparation says what is missing and what to add."""
    s = changed(FLIPPED, tag("cadrage-elearning", kind="apprentissage", situation="présentiel"))()
    finding = fired(s, "flipped.no-preparation", lang="en")[0]
    assert (
        "session 1 “Les bases de l'ingénierie pédagogique” (cadrage-elearning)" in finding.message
    )
    assert "distanciel asynchrone" in finding.message
    assert finding.source == "pédagogie inversée en entreprise"


def test_flipped_rules_on_a_path_with_a_loop() -> None:
    """With a loop, the other phases of the loop count as before: no crash, a defined answer."""
    s = changed(
        small_flipped, path(("prep", "session"), ("session", "prep"), ("session", "bilan"))
    )()
    report = validate(s)
    assert "structure.cycle" in {f.rule for f in report}
    assert fired(s, "flipped.no-preparation") == []
    s.update_phase("prep", situation="présentiel")
    assert [f.phase for f in fired(s, "flipped.no-preparation")] == ["session", "bilan"]
    s.update_phase("prep", kind="apprentissage")
    assert [f.phase for f in fired(s, "flipped.no-preparation")] == ["prep", "session", "bilan"]
