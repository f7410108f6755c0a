"""Hypothesis strategies: random valid scenarios, and random damage to documents.

:func:`scenarios` builds scenarios that use the whole vocabulary, branches,
remediation loops and modules, with free text that tries to break every
format it passes through: control characters, quotes, backslashes,
``<script>``, Graphviz's ``<...>`` labels, and the strings YAML reads as
something else (``yes``, ``null``, ``- x``, ``: ``, ``#``, leading spaces).
:func:`mutants` damages a document (a parsed example) the ways a hand-edited
file gets damaged.

Two settings profiles: ``ci`` (the default: 100 examples per property, no
deadline, so the whole property suite stays well under a minute on two cores)
and ``fuzz`` (2,000 examples): ``HYPOTHESIS_PROFILE=fuzz pytest tests/test_properties.py``.
"""

from __future__ import annotations

import copy
import itertools
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

import scenario
from scenario.vocabulary import (
    Group,
    Intention,
    Modality,
    Pedagogy,
    PhaseKind,
    Situation,
    TransitionKind,
)

settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz",
    max_examples=2_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

#: Strings that mean something else to YAML, JSON, DOT, HTML or a terminal.
TRICKY_TEXTS = [
    "yes",
    "No",
    "null",
    "~",
    "true",
    "- x",
    "-",
    ": ",
    "a: b",
    "#",
    "# comment",
    " leading space",
    "trailing space ",
    "  ",
    "<script>alert('x')</script>",
    "<b>gras</b>",
    "<<table>>",
    "a\\b",
    "\\",
    "\\N",
    "\\l",
    '"',
    "'",
    '"l\'apostrophe"',
    "{a: b}",
    "[x, y]",
    "&anchor",
    "*alias",
    "!tag",
    "!!python/object:os.system",
    "%YAML",
    "@",
    "`",
    "|",
    ">",
    "1",
    "0x10",
    "1e3",
    ".inf",
    "2024-01-01",
    "=",
    "<<",
    "---",
    "...",
    "\t",
    "\n",
    "a\nb",
    "a\r\nb",
    "\r",
    "\x00",
    "\x07",
    "\x1b[31mrouge\x1b[0m",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u200b",
    "é",
    "Évaluation « finale »",
    "🎓",
    "&amp;",
    "]]>",
    "<!-- x -->",
    "%s",
    "{0}",
    "${x}",
    "label=<x>",
    "\\\\server\\share",
]

#: Every character a file can hold (surrogates cannot be written in UTF-8).
_CHARACTERS = st.characters(exclude_categories=("Cs",))

texts = st.one_of(
    st.sampled_from(TRICKY_TEXTS),
    st.text(_CHARACTERS, max_size=20),
    st.lists(st.sampled_from(TRICKY_TEXTS), min_size=2, max_size=4).map("".join),
)
non_empty_texts = texts.filter(bool)
phase_ids = st.one_of(
    st.from_regex(r"[a-z0-9_-]{1,12}", fullmatch=True),
    st.sampled_from(["yes", "no", "null", "1", "0x10", "1e3", "-", "--", "_", "-1", "true"]),
)
durations = st.one_of(
    st.none(),
    st.integers(0, 600),
    st.integers(0, 10**12),
    st.sampled_from(["20min", "1h30", "PT1H30M", "2 h", "90", "1 h 30 min"]),
)


def _terms(cls: Any) -> st.SearchStrategy[Any]:
    """A member, its French value or its English alias (as designers write them)."""
    return st.sampled_from(list(cls)) | st.sampled_from(
        [m.value for m in cls] + [m.english.upper() for m in cls]
    )


@st.composite
def phases(draw: st.DrawFn, phase_id: str) -> scenario.Phase:
    """One phase with any mix of tags given or left out."""
    maybe = st.none() | st.none()  # tags are left out a third of the time

    return scenario.Phase(
        phase_id,
        draw(_terms(PhaseKind)),
        draw(st.none() | texts),
        group=draw(maybe | _terms(Group)),
        situation=draw(maybe | _terms(Situation)),
        pedagogy=draw(maybe | _terms(Pedagogy)),
        intentions=draw(st.none() | st.lists(_terms(Intention), max_size=4)),
        duration=draw(durations),
        module=draw(st.none() | st.sampled_from(["m1", "m2", "1", "yes"]) | texts),
        activities=draw(st.lists(texts, max_size=3)),
        resources=draw(st.lists(texts, max_size=2)),
    )


@st.composite
def paths(draw: st.DrawFn, ids: list[str]) -> list[scenario.Transition] | None:
    """No path (list order), or a chain with branches, shortcuts and remediation loops."""
    if not ids or draw(st.integers(0, 3)) == 0:
        return None
    order = draw(st.permutations(ids))
    transitions = [scenario.Transition(a, b) for a, b in itertools.pairwise(order)]
    index = st.integers(0, len(ids) - 1)
    for _ in range(draw(st.integers(0, len(ids)))):
        a, b = order[draw(index)], order[draw(index)]
        kind = draw(st.sampled_from(list(TransitionKind)))
        transitions.append(scenario.Transition(a, b, kind))
    return draw(st.permutations(transitions)) if transitions else []


@st.composite
def scenarios(draw: st.DrawFn, max_phases: int = 8) -> scenario.Scenario:
    """A random scenario that loads: every field, any vocabulary, any path."""
    ids = draw(st.lists(phase_ids, max_size=max_phases, unique=True))
    built = [draw(phases(pid)) for pid in ids]
    audience = draw(
        st.none()
        | st.builds(
            scenario.Audience,
            st.none() | st.integers(1, 100_000),
            st.none() | texts,
        )
    )
    waiver_phase = st.none() | (st.sampled_from(ids) if ids else st.none()) | phase_ids
    waivers = draw(
        st.lists(
            st.builds(
                scenario.Waiver,
                st.sampled_from(["structure.cycle", "spoc.audience-size", "x"]) | texts,
                waiver_phase,
                st.none() | texts,
            ),
            max_size=2,
        )
    )
    return scenario.Scenario(
        draw(non_empty_texts),
        modality=draw(st.none() | _terms(Modality)),
        audience=audience,
        objectives=draw(st.lists(texts, max_size=3)),
        phases=built,
        path=draw(paths(ids)),
        waivers=waivers,
    )


# -- damage --------------------------------------------------------------------------

#: Values of every JSON/YAML type, to put where another type is expected.
wrong_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    texts,
    st.sampled_from(["spock", "distanciel synchron", "Évaluatoin", "une heure", "-20", "PT"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.sampled_from(["a", "id", "phase"]), st.integers(), max_size=2),
    st.just("x" * 200_000),
)


def _places(document: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a document (the paths of its mappings' keys and lists' items)."""
    found = [path]
    if isinstance(document, dict):
        for key, value in document.items():
            found.extend(_places(value, (*path, key)))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found.extend(_places(value, (*path, index)))
    return found


def _get(document: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        document = document[part]
    return document


@st.composite
def mutants(draw: st.DrawFn, document: dict[str, Any]) -> Any:
    """``document`` damaged at a few places: keys dropped or misspelt, wrong types,
    unknown words, huge strings, deep nesting."""
    damaged = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        places = _places(damaged)
        place = draw(st.sampled_from(places))
        if not place:
            if draw(st.booleans()):
                return draw(wrong_values)
            continue
        parent = _get(damaged, place[:-1])
        last = place[-1]
        action = draw(st.sampled_from(["drop", "rename", "replace", "nest", "duplicate"]))
        if action == "drop":
            del parent[last]
        elif action == "rename" and isinstance(parent, dict):
            new = draw(st.sampled_from([f"{last}s", str(last).upper(), f"x-{last}", ""]) | texts)
            parent[new] = parent.pop(last)
        elif action == "nest":
            value: Any = parent[last]
            for _ in range(draw(st.sampled_from([2, 50, 150]))):
                value = [value]
            parent[last] = value
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
        else:
            parent[last] = draw(wrong_values)
    return damaged


@st.composite
def damaged_bytes(draw: st.DrawFn, raw: bytes) -> bytes:
    """The bytes of a file truncated, with garbage inserted, or with bytes flipped."""
    action = draw(st.sampled_from(["truncate", "insert", "flip", "tail"]))
    at = draw(st.integers(0, len(raw)))
    if action == "truncate":
        return raw[:at]
    if action == "insert":
        return raw[:at] + draw(st.binary(min_size=1, max_size=16)) + raw[at:]
    if action == "tail":
        return raw + draw(st.binary(min_size=1, max_size=64))
    data = bytearray(raw)
    for _ in range(draw(st.integers(1, 8))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)
