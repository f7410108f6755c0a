"""The model of a course: a :class:`Scenario` made of :class:`Phase` objects on a path.

Phases, transitions, waivers and the audience are small frozen values; the
scenario is a builder that designers fill step by step, or that
:func:`scenario.load` fills from a document. Vocabulary arguments are read
leniently (see :mod:`scenario.vocabulary`) and durations as
:func:`scenario.duration.parse_duration` does.

>>> s = Scenario(title="Tableaux croisés dynamiques", modality="spoc")
>>> s.add_phase("accroche", "discovery", "Vidéo d'accroche", group="alone",
...             situation="distanciel asynchrone", pedagogy="expositive",
...             intentions="interpeller", duration="20min").kind
<PhaseKind.DECOUVERTE: 'découverte'>
>>> _ = s.add_phase("quiz", "évaluation", "Quiz final", duration="PT15M")
>>> [(t.source, t.target) for t in s.transitions]
[('accroche', 'quiz')]
>>> s.total_duration
35
"""

from __future__ import annotations

from scenario.model.course import Scenario
from scenario.model.origin import Origin
from scenario.model.values import FORMAT_VERSION, ID_PATTERN, Audience, Phase, Transition, Waiver

__all__ = [
    "FORMAT_VERSION",
    "ID_PATTERN",
    "Audience",
    "Origin",
    "Phase",
    "Scenario",
    "Transition",
    "Waiver",
]
