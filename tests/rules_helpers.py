"""Small scenarios to test the rules on: a clean base, and ways to change it a little."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import scenario
from scenario.report import Finding
from scenario.rules import validate
from tests.conftest import example_named

Builder = Callable[[], scenario.Scenario]


def base(modality: str | None = None, audience: int | None = 12) -> scenario.Scenario:
    """Four phases in grid order, varied, fully tagged: no finding for any modality-free rule."""
    s = scenario.Scenario(
        "Démo", modality=modality, audience=audience, objectives=["lire un bulletin"]
    )
    s.add_phase(
        "d",
        "découverte",
        group="seul",
        situation="distanciel asynchrone",
        pedagogy="expositive",
        intentions="interpeller",
        duration=20,
    )
    s.add_phase(
        "a",
        "apprentissage",
        group="petit groupe",
        situation="présentiel",
        pedagogy="interrogative",
        intentions="transmettre",
        duration=30,
    )
    s.add_phase(
        "r",
        "réalisation",
        group="petit groupe",
        situation="présentiel",
        pedagogy="active",
        intentions="partager",
        duration=45,
    )
    s.add_phase(
        "e",
        "évaluation",
        group="seul",
        situation="présentiel",
        pedagogy="interrogative",
        intentions="évaluer",
        duration=20,
    )
    return s


def example(stem: str) -> Builder:
    """A builder giving a fresh copy of one of the examples."""
    return lambda: example_named(stem)


def changed(build: Builder, *edits: Callable[[scenario.Scenario], Any]) -> Builder:
    """A builder: the scenario of ``build`` with each edit applied in turn."""

    def make() -> scenario.Scenario:
        s = build()
        for edit in edits:
            edit(s)
        return s

    return make


def tag(phase: str, **changes: Any) -> Callable[[scenario.Scenario], Any]:
    """An edit: change some fields of one phase."""
    return lambda s: s.update_phase(phase, **changes)


def path(*pairs: tuple[str, str] | tuple[str, str, str]) -> Callable[[scenario.Scenario], Any]:
    """An edit: make the path explicit with exactly these transitions."""

    def edit(s: scenario.Scenario) -> None:
        s.path = []
        for pair in pairs:
            s.connect(*pair)

    return edit


def fired(s: scenario.Scenario, rule: str, **options: Any) -> list[Finding]:
    """The unwaived findings of ``rule`` when ``s`` is validated."""
    return [f for f in validate(s, **options) if f.rule == rule and not f.waived]
