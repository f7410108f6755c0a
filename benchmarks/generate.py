"""Generate large scenario documents for the benchmarks: deterministic for a given size.

Every phase carries all the tags, a duration, a module, two activities and
a resource; every tenth phase opens a branch that joins back two phases
later, and every twentieth has a remediation loop back to the phase before.

>>> doc = make_document(10)
>>> len(doc["phases"]), doc["phases"][0]["id"]
(10, 'p00000')
"""

from __future__ import annotations

from typing import Any

KINDS = ("découverte", "apprentissage", "réalisation", "évaluation")
GROUPS = ("seul", "petit groupe", "moyen groupe", "grand groupe")
SITUATIONS = ("présentiel", "distanciel synchrone", "distanciel asynchrone")
PEDAGOGIES = ("expositive", "active", "interrogative")
INTENTIONS = ("interpeller", "partager", "synthétiser", "transmettre", "évaluer")
DURATIONS = ("20min", "45min", "1h", "1h30", "PT15M", 30)


def make_document(phases: int) -> dict[str, Any]:
    """A valid scenario document of ``phases`` phases, with modules, branches and loops."""
    ids = [f"p{i:05d}" for i in range(phases)]
    phase_docs = []
    for i, pid in enumerate(ids):
        kind = KINDS[min(3, i * 4 // max(phases, 1))]
        phase_docs.append(
            {
                "id": pid,
                "phase": kind,
                "title": f"Phase {i} : « atelier » & étude de cas n°{i}",
                "group": GROUPS[i % 4],
                "situation": SITUATIONS[i % 3],
                "pedagogy": PEDAGOGIES[i % 3],
                "intention": [INTENTIONS[i % 5], INTENTIONS[(i + 2) % 5]],
                "duration": DURATIONS[i % len(DURATIONS)],
                "module": f"m{i // 25:03d}",
                "activities": [f"activité {i}a", f"activité {i}b"],
                "resources": ["plateforme LMS"],
            }
        )
    path: list[dict[str, str]] = []
    for i in range(phases - 1):
        path.append({"from": ids[i], "to": ids[i + 1]})
        if i % 10 == 0 and i + 3 < phases:
            path.append({"from": ids[i], "to": ids[i + 3]})
        if i % 20 == 19:
            path.append({"from": ids[i], "to": ids[i - 1], "kind": "remediation"})
    return {
        "scenario": 1,
        "title": f"Catalogue de {phases} phases",
        "modality": "blended",
        "audience": {"size": 24, "description": "gestionnaires, intra-entreprise"},
        "objectives": ["construire un tableau croisé dynamique", "contrôler un bulletin"],
        "phases": phase_docs,
        "path": path,
        "waivers": [{"rule": "scenario.monotonous", "reason": "catalogue de test"}],
    }
