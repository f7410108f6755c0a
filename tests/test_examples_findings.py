"""The examples judged as the rule catalog says: for each, the findings that must come and the rule
ids that must not (the false alarms a designer would not raise)."""

from __future__ import annotations

import pytest

from scenario.learning_path import detours
from tests.conftest import EXAMPLE_FILES, example_named

#: example -> (the exact (rule, phase) findings, rule ids that must not fire)
EXPECTED: dict[str, tuple[list[tuple[str, str | None]], set[str]]] = {
    "spoc-excel-soutien": (
        [("phase.synchronous-alone", "soutien")],
        {
            "structure.multiple-entries",
            "structure.starts-without-discovery",
            "structure.unreachable",
            "structure.detour-no-return",
            "structure.ends-without-evaluation",
            "spoc.final-evaluation-only",
            "scenario.monotonous",
        },
    ),
    "inversee-entretien-annuel": (
        [],
        {
            "flipped.no-preparation",
            "flipped.preparation-not-alone",
            "flipped.session-expositive",
            "phase.active-large-group",
            "structure.starts-without-discovery",
            "structure.multiple-entries",
        },
    ),
    "spoc-risques-psychosociaux": (
        [],
        {"spoc.large-group", "phase.active-large-group", "spoc.final-evaluation-only"},
    ),
    "blended-tutorat-cv": (
        [("phase.synchronous-alone", "rendez-vous-tuteur")],
        {"phase.sharing-alone", "blended.single-situation", "phase.long-async"},
    ),
    "presentiel-droit-du-travail": (
        [("scenario.monotonous", None)],
        {"phase.active-large-group", "structure.backward-step"},
    ),
    "mooc-intelligence-artificielle": (
        [("structure.detour-no-return", "approfondissement")],
        {
            "structure.multiple-entries",
            "structure.starts-without-discovery",
            "structure.ends-without-evaluation",
            "structure.backward-step",
            "mooc.individual-follow-up",
            "phase.active-large-group",
        },
    ),
}

#: The examples written clean: no finding at all (tests/test_rules_modality.py).
CLEAN = {
    "blended-manager-distance",
    "mooc-cybersecurite",
    "pedagogie-inversee-formateurs",
    "presentiel-reunions",
    "spoc-logiciel-paie",
}


@pytest.mark.parametrize("stem", sorted(EXPECTED))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_example_gives_exactly_its_findings(stem: str, lang: str) -> None:
    """The findings that must come come, and nothing else, in both languages."""
    expected, never = EXPECTED[stem]
    report = example_named(stem).validate(lang=lang)
    found = [(f.rule, f.phase) for f in report]
    assert found == expected
    assert not never & {rule for rule, _ in found}
    assert report.ok


def test_every_example_has_its_expected_findings() -> None:
    """No example escapes: each is either clean or listed above."""
    assert {p.stem for p in EXAMPLE_FILES} == CLEAN | set(EXPECTED)


@pytest.mark.parametrize(
    ("stem", "kinds", "entries", "exits"),
    [
        ("spoc-excel-soutien", {"soutien": "remediation"}, ("accroche",), ("evaluation",)),
        ("inversee-entretien-annuel", {"forum": "optional"}, ("lancement",), ("evaluation",)),
        (
            "mooc-intelligence-artificielle",
            {"approfondissement": "remediation", "live-questions": "optional"},
            ("teaser",),
            ("examen",),
        ),
    ],
)
def test_the_detours_of_the_examples(
    stem: str, kinds: dict[str, str], entries: tuple[str, ...], exits: tuple[str, ...]
) -> None:
    """The support phase, the optional forum and live session are detours off the main path."""
    found = detours(example_named(stem))
    assert found.kinds == kinds
    assert (found.entries, found.exits) == (entries, exits)


def test_the_lecture_heavy_course_says_which_pedagogy_and_how_much() -> None:
    (finding,) = example_named("presentiel-droit-du-travail").validate()
    assert "la pédagogie expositive occupe 84\u00a0% du temps du parcours principal" in (
        finding.message
    )
    assert "{rule: scenario.monotonous, reason:" in finding.message


def test_the_detour_that_leads_nowhere_says_how_to_set_it_aside() -> None:
    """The message says what to do, and the waiver line names the rule and the phase."""
    (finding,) = example_named("mooc-intelligence-artificielle").validate(lang="en")
    assert "add a transition from it back" in finding.message
    assert (
        "{rule: structure.detour-no-return, phase: approfondissement, "
        'reason: "why it is meant"}' in finding.message
    )
