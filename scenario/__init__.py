"""scenario: author, check and draw pedagogical scenarios (scénarios pédagogiques).

A course is a path of phases (découverte, apprentissage, réalisation,
évaluation), each tagged with the CMVRH grid: group size, situation, pedagogy
and intentions. Build one in Python or load it from YAML/JSON, check it
against the coherence rules, and draw it as a mind map.

>>> import scenario
>>> s = scenario.Scenario("Tableaux croisés dynamiques", modality="spoc")
>>> _ = s.add_phase("accroche", "découverte", "Vidéo d'accroche", group="seul",
...                 situation="distanciel asynchrone", pedagogy="expositive",
...                 intentions="interpeller", duration="20min")
>>> scenario.loads(s.dumps()) == s
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scenario._version import __version__
from scenario.errors import (
    DocumentError,
    GraphvizNotFoundError,
    ReadWarning,
    RenderError,
    RenderTimeoutError,
    ScenarioError,
    VocabularyError,
    WriteError,
)

if TYPE_CHECKING:
    import networkx

    from scenario.analysis.overlay import overlay
    from scenario.io import dump, dumps, load, loads
    from scenario.io.limits import Limits
    from scenario.io.table import from_table
    from scenario.model import Audience, Phase, Scenario, Transition, Waiver
    from scenario.report import Finding, Report, Severity
    from scenario.rules import register_rule, validate
    from scenario.vocabulary import (
        Group,
        Intention,
        Modality,
        Pedagogy,
        PhaseKind,
        Situation,
        TransitionKind,
        parse_term,
    )

__all__ = [
    "Audience",
    "DocumentError",
    "Finding",
    "GraphvizNotFoundError",
    "Group",
    "Intention",
    "Limits",
    "Modality",
    "Pedagogy",
    "Phase",
    "PhaseKind",
    "ReadWarning",
    "RenderError",
    "RenderTimeoutError",
    "Report",
    "Scenario",
    "ScenarioError",
    "Severity",
    "Situation",
    "Transition",
    "TransitionKind",
    "VocabularyError",
    "Waiver",
    "WriteError",
    "__version__",
    "dump",
    "dumps",
    "from_table",
    "graph",
    "load",
    "loads",
    "overlay",
    "parse_term",
    "register_rule",
    "validate",
]


def graph(scenario: Scenario) -> networkx.DiGraph:
    """The learning path of ``scenario`` as a networkx ``DiGraph``.

    Nodes are phase ids with the phase's data; edges carry ``kind``
    (``sequence`` or ``remediation``). See :mod:`scenario.learning_path`.
    """
    from scenario.learning_path import build_graph

    return build_graph(scenario)


#: The names of the package and the module each comes from, imported when first used:
#: `import scenario` (and so `scenario --help`) loads no YAML parser, attrs or model.
_LAZY = {
    "Audience": "scenario.model",
    "Finding": "scenario.report",
    "Group": "scenario.vocabulary",
    "Intention": "scenario.vocabulary",
    "Limits": "scenario.io.limits",
    "Modality": "scenario.vocabulary",
    "Pedagogy": "scenario.vocabulary",
    "Phase": "scenario.model",
    "PhaseKind": "scenario.vocabulary",
    "Report": "scenario.report",
    "Scenario": "scenario.model",
    "Severity": "scenario.report",
    "Situation": "scenario.vocabulary",
    "Transition": "scenario.model",
    "TransitionKind": "scenario.vocabulary",
    "Waiver": "scenario.model",
    "dump": "scenario.io",
    "dumps": "scenario.io",
    "from_table": "scenario.io.table",
    "overlay": "scenario.analysis.overlay",
    "load": "scenario.io",
    "loads": "scenario.io",
    "parse_term": "scenario.vocabulary",
    "register_rule": "scenario.rules",
    "validate": "scenario.rules",
}


def __getattr__(name: str) -> Any:
    import importlib
    import importlib.util

    if name in _LAZY:
        found = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = found  # found once: later uses are plain attribute lookups
        return found
    # A submodule used as `scenario.io` after a bare `import scenario`.
    if not name.startswith("__") and importlib.util.find_spec(f"scenario.{name}") is not None:
        return importlib.import_module(f"scenario.{name}")
    raise AttributeError(f"module 'scenario' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
