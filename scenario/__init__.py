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
    RenderError,
    RenderTimeoutError,
    ScenarioError,
    VocabularyError,
    WriteError,
)
from scenario.io import dump, dumps, load, loads
from scenario.model import Audience, Phase, Scenario, Transition, Waiver
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

if TYPE_CHECKING:
    import networkx

    from scenario.analysis.overlay import overlay
    from scenario.io.table import from_table
    from scenario.report import Finding, Report, Severity
    from scenario.rules import register_rule, validate

__all__ = [
    "Audience",
    "DocumentError",
    "Finding",
    "GraphvizNotFoundError",
    "Group",
    "Intention",
    "Modality",
    "Pedagogy",
    "Phase",
    "PhaseKind",
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


#: Names of the later layers, imported from their module when first used.
_LAZY = {
    "Finding": "scenario.report",
    "Report": "scenario.report",
    "Severity": "scenario.report",
    "from_table": "scenario.io.table",
    "overlay": "scenario.analysis.overlay",
    "register_rule": "scenario.rules",
    "validate": "scenario.rules",
}


def __getattr__(name: str) -> Any:
    # The later layers are imported when first used, so `import scenario` stays quick.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'scenario' has no attribute {name!r}")
