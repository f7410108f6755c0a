"""Structure rules: each fires on a scenario made for it, and stays quiet on a close one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import scenario
from scenario.rules import validate
from tests.rules_helpers import Builder, base, changed, fired, path, tag


def empty() -> scenario.Scenario:
    return scenario.Scenario("Vide", objectives=["o"])


def extra(pid: str, kind: str, **changes: Any) -> Callable[[scenario.Scenario], Any]:
    """An edit: add a fully tagged phase (a support phase, say) at the end of the document."""
    tags = {
        "group": "seul",
        "situation": "distanciel asynchrone",
        "pedagogy": "interrogative",
        "intentions": "transmettre",
        "duration": 20,
        **changes,
    }
    return lambda s: s.add_phase(pid, kind, **tags)


#: The base course with a support phase 's' that learners who fail 'e' are sent to.
SUPPORT = (
    extra("s", "apprentissage"),
    path(("d", "a"), ("a", "r"), ("r", "e"), ("e", "s", "remediation"), ("s", "e")),
)


#: (rule, a scenario where it fires, the phases of its findings, a close one where it does not)
CASES = [
    pytest.param("structure.empty", empty, [None], base, id="empty"),
    pytest.param(
        "structure.cycle",
        changed(base, path(("d", "a"), ("a", "r"), ("r", "a"), ("r", "e"))),
        [None],
        changed(base, path(("d", "a"), ("a", "r"), ("r", "a", "remediation"), ("r", "e"))),
        id="cycle: a loop of sequence transitions, not a remediation one",
    ),
    pytest.param(
        "structure.cycle",
        changed(base, path(("d", "a"), ("a", "a"), ("a", "r"), ("r", "e"))),
        [None],
        changed(base, path(("d", "a"), ("a", "r"), ("r", "e"))),
        id="cycle: a phase looping on itself",
    ),
    pytest.param(
        "structure.unreachable",
        changed(base, path(("d", "e"), ("a", "r"), ("r", "a"))),
        ["a", "r"],
        changed(base, path(("d", "e"), ("a", "r"), ("r", "a", "remediation"))),
        id="unreachable: a loop nothing leads into",
    ),
    pytest.param(
        "structure.multiple-entries",
        changed(base, path(("d", "r"), ("a", "r"), ("r", "e"))),
        [None],
        changed(base, path(("d", "a"), ("a", "r"), ("r", "e"), ("e", "a", "remediation"))),
        id="multiple-entries: two phases without incoming sequence transition",
    ),
    pytest.param(
        "structure.multiple-entries",
        changed(base, path(("d", "a"), ("a", "r"))),
        [None],
        changed(base, path(("d", "a"), ("a", "r"), ("r", "e"))),
        id="multiple-entries: a phase the explicit path leaves out",
    ),
    pytest.param(
        "structure.no-evaluation",
        changed(base, tag("e", kind="réalisation")),
        [None],
        base,
        id="no-evaluation: the intention évaluer alone does not count",
    ),
    pytest.param(
        "structure.starts-without-discovery",
        changed(base, tag("d", kind="apprentissage")),
        ["d"],
        changed(base, path(("d", "a"), ("a", "r"), ("r", "e"), ("r", "d", "remediation"))),
        id="starts-without-discovery",
    ),
    pytest.param(
        "structure.starts-without-discovery",
        changed(base, path(("d", "e"), ("a", "r"), ("r", "e"))),
        ["a"],
        changed(base, path(("d", "a"), ("a", "r"), ("r", "e"), ("r", "d", "remediation"))),
        id="starts-without-discovery: each entry phase counts",
    ),
    pytest.param(
        "structure.ends-without-evaluation",
        changed(base, path(("d", "a"), ("a", "e"), ("e", "r"))),
        ["r"],
        changed(base, path(("d", "a"), ("a", "r"), ("r", "e"), ("e", "r", "remediation"))),
        id="ends-without-evaluation: a remediation leaving the end keeps it an exit",
    ),
    pytest.param(
        "structure.backward-step",
        changed(base, path(("d", "r"), ("r", "a"), ("a", "e"))),
        ["a"],
        changed(
            base,
            path(("d", "r"), ("r", "a"), ("a", "e")),
            tag("a", module="m2"),
            tag("e", module="m2"),
        ),
        id="backward-step: only within one module",
    ),
    pytest.param(
        "structure.backward-step",
        changed(
            base,
            tag("d", module="m1"),
            tag("a", module="m1"),
            path(("a", "d"), ("d", "r"), ("r", "e")),
        ),
        ["d"],
        changed(base, tag("d", module="m1"), path(("a", "d"), ("d", "r"), ("r", "e"))),
        id="backward-step: phases without a module form one module",
    ),
    pytest.param(
        "structure.unreachable",
        changed(
            base,
            extra("s", "apprentissage"),
            extra("s2", "réalisation"),
            path(
                ("d", "a"),
                ("a", "r"),
                ("r", "e"),
                ("e", "s", "remediation"),
                ("s", "s2"),
                ("s2", "s"),
            ),
        ),
        ["s", "s2"],
        changed(base, *SUPPORT),
        id="unreachable: a remediation into a detour counts, not into a loop",
    ),
    pytest.param(
        "structure.multiple-entries",
        changed(
            base, extra("s", "apprentissage"), path(("d", "a"), ("a", "r"), ("r", "e"), ("s", "e"))
        ),
        [None],
        changed(base, *SUPPORT),
        id="multiple-entries: a support phase that a remediation leads to is no entry",
    ),
    pytest.param(
        "structure.multiple-entries",
        changed(
            base,
            extra("pre", "apprentissage"),
            path(("pre", "a"), ("d", "a"), ("a", "r"), ("r", "e")),
        ),
        [None],
        changed(
            base,
            extra("pre", "apprentissage", optional=True),
            path(("pre", "a"), ("d", "a"), ("a", "r"), ("r", "e")),
        ),
        id="multiple-entries: an optional phase beside the start is no entry",
    ),
    pytest.param(
        "structure.no-evaluation",
        changed(base, tag("e", optional=True)),
        [None],
        changed(base, tag("r", optional=True)),
        id="no-evaluation: an optional évaluation does not count",
    ),
    pytest.param(
        "structure.starts-without-discovery",
        changed(base, tag("d", optional=True)),
        ["a"],
        changed(base, *SUPPORT),
        id="starts-without-discovery: after an optional opening, the next phase is the entry",
    ),
    pytest.param(
        "structure.ends-without-evaluation",
        changed(base, extra("bonus", "réalisation")),
        ["bonus"],
        changed(base, extra("bonus", "réalisation", optional=True)),
        id="ends-without-evaluation: an optional phase at the end is no exit",
    ),
    pytest.param(
        "structure.ends-without-evaluation",
        changed(
            base, extra("s", "apprentissage"), path(("d", "a"), ("a", "r"), ("r", "e"), ("e", "s"))
        ),
        ["s"],
        changed(
            base,
            extra("s", "apprentissage"),
            path(("d", "a"), ("a", "r"), ("r", "e"), ("e", "s", "remediation")),
        ),
        id="ends-without-evaluation: a detour is never an exit",
    ),
    pytest.param(
        "structure.backward-step",
        changed(
            base,
            extra("s", "réalisation"),
            path(("d", "a"), ("a", "r"), ("r", "s"), ("s", "a"), ("r", "e")),
        ),
        ["a"],
        changed(
            base,
            extra("s", "réalisation"),
            path(("d", "a"), ("a", "r"), ("r", "s", "remediation"), ("s", "a"), ("r", "e")),
        ),
        id="backward-step: the way back out of a detour is not judged",
    ),
    pytest.param(
        "structure.backward-step",
        changed(
            base,
            extra("o", "réalisation", optional=True),
            path(("d", "r"), ("r", "o"), ("o", "a"), ("a", "e")),
        ),
        ["a"],
        changed(
            base,
            extra("o", "réalisation", optional=True),
            path(("d", "r"), ("r", "o"), ("o", "a"), ("a", "e")),
            tag("a", module="m2"),
            tag("e", module="m2"),
        ),
        id="backward-step: skipping an optional phase is a step of the main path",
    ),
    pytest.param(
        "structure.remediation-forward",
        changed(base, path(("d", "a"), ("a", "r"), ("r", "e"), ("d", "e", "remediation"))),
        ["e"],
        changed(base, path(("d", "a"), ("a", "r"), ("r", "e"), ("e", "d", "remediation"))),
        id="remediation-forward",
    ),
    pytest.param(
        "structure.remediation-forward",
        changed(base, path(("d", "a"), ("a", "r"), ("r", "e"), ("a", "e", "remediation"))),
        ["e"],
        changed(
            base,
            extra("s", "réalisation"),
            path(("d", "a"), ("a", "r"), ("r", "e"), ("a", "s", "remediation"), ("s", "a")),
        ),
        id="remediation-forward: not into a detour (an extra exercise for who needs it)",
    ),
    pytest.param(
        "structure.detour-no-return",
        changed(
            base,
            extra("s", "apprentissage"),
            path(("d", "a"), ("a", "r"), ("r", "e"), ("e", "s", "remediation")),
        ),
        ["s"],
        changed(base, *SUPPORT),
        id="detour-no-return",
    ),
    pytest.param(
        "structure.detour-no-return",
        changed(
            base,
            extra("s", "apprentissage"),
            extra("s2", "réalisation"),
            path(("d", "a"), ("a", "r"), ("r", "e"), ("e", "s", "remediation"), ("s", "s2")),
        ),
        ["s2"],
        changed(
            base,
            extra("s", "apprentissage"),
            extra("s2", "réalisation"),
            path(
                ("d", "a"),
                ("a", "r"),
                ("r", "e"),
                ("e", "s", "remediation"),
                ("s", "s2"),
                ("s2", "e", "remediation"),
            ),
        ),
        id="detour-no-return: on the last phase of the detour; a remediation back is a return",
    ),
    pytest.param(
        "structure.detour-no-return",
        changed(
            base,
            extra("s", "apprentissage"),
            path(("d", "a"), ("a", "r"), ("r", "e"), ("e", "s", "remediation")),
        ),
        ["s"],
        changed(base, extra("bonus", "réalisation", optional=True)),
        id="detour-no-return: an optional phase at the end is not concerned",
    ),
]


@pytest.mark.parametrize(("rule", "fires", "phases", "quiet"), CASES)
def test_rule_fires_and_stays_quiet(
    rule: str, fires: Builder, phases: list[str | None], quiet: Builder
) -> None:
    """The rule gives exactly the expected findings, and none on the close scenario."""
    assert [f.phase for f in fired(fires(), rule)] == phases
    assert fired(quiet(), rule) == []


def test_the_base_scenario_has_no_structure_finding() -> None:
    """The base used to build the cases is clean."""
    assert [f.rule for f in validate(base())] == []


def test_empty_gives_no_other_structure_finding() -> None:
    """structure.empty is the only structure finding of a scenario without phases."""
    rules = {f.rule for f in validate(empty()) if f.rule.startswith("structure.")}
    assert rules == {"structure.empty"}


def test_empty_spoc_gives_no_whole_course_modality_finding() -> None:
    """An empty course says one thing: add phases (the audience is still checked)."""
    s = scenario.Scenario("Vide", modality="spoc", audience=24, objectives=["o"])
    assert [f.rule for f in validate(s)] == ["structure.empty"]


def test_cycle_names_its_phases_in_document_order() -> None:
    """One finding per loop, naming each phase of it."""
    s = changed(
        base,
        path(("d", "a"), ("a", "d"), ("a", "r"), ("r", "e"), ("e", "r")),
    )()
    found = fired(s, "structure.cycle", lang="en")
    assert len(found) == 2
    assert "phases 1 (d), 2 (a):" in found[0].message
    assert "phases 3 (r), 4 (e):" in found[1].message


def test_backward_step_message_names_both_phases_and_what_to_do() -> None:
    """The message names the step's two phases and their kinds, and offers remedies."""
    s = changed(base, path(("d", "r"), ("r", "a"), ("a", "e")))()
    (finding,) = fired(s, "structure.backward-step", lang="en")
    assert "from phase 2 (r), of kind 'réalisation' (practice), to phase 3 (a)" in finding.message
    assert "remediation" in finding.message
    assert finding.source == "CMVRH fiche SPOC"


def test_many_entries_are_named_a_few_and_counted() -> None:
    """A message never lists thousands of ids: it names a few and counts the rest."""
    s = scenario.Scenario("Épars", objectives=["o"])
    for number in range(20):
        s.add_phase(f"p{number}", "découverte")
    s.path = []
    (finding,) = fired(s, "structure.multiple-entries", lang="en")
    assert "20 entry phases" in finding.message
    assert "and 14 more" in finding.message
