"""Pictures and XML exports of random scenarios: they never fail, and user text stays text.

A title such as ``<script>``, ``"]; a -> b`` or ``\\N`` must come out of the
DOT source, the SVG Graphviz draws from it, and the OPML and FreeMind files
as the characters the designer typed: shown, never obeyed. Control
characters, which neither XML nor a label can hold, may become spaces;
labels may be wrapped, so the comparison ignores white space.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import scenario
from scenario._text import scrub
from tests.strategies import TRICKY_TEXTS, scenarios

mindmap_module = pytest.importorskip("scenario.render.mindmap")
formats = pytest.importorskip("scenario.io.formats")


_INVISIBLE = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\ufeff]+")

#: Short user text (labels wrap at ~20 characters and stop after a few lines).
short_texts = st.one_of(
    st.sampled_from(TRICKY_TEXTS),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12),
).filter(lambda t: _INVISIBLE.sub("", t) != "")


def squeeze(text: str) -> str:
    """Text as compared: without white space, control or zero-width characters."""
    return _INVISIBLE.sub("", text)


@st.composite
def labelled_scenarios(draw: st.DrawFn) -> scenario.Scenario:
    """A small scenario whose every piece of user text is short and tricky."""
    s = scenario.Scenario(
        draw(short_texts),
        modality=draw(st.sampled_from(["spoc", "blended", None])),
        audience={"size": 20, "description": draw(short_texts)},
        objectives=[draw(short_texts)],
    )
    for index in range(draw(st.integers(1, 3))):
        s.add_phase(
            f"p{index}",
            draw(st.sampled_from(["découverte", "apprentissage", "réalisation", "évaluation"])),
            draw(short_texts),
            module=draw(st.none() | short_texts),
            activities=[draw(short_texts)],
            resources=[draw(short_texts)],
        )
    return s


def user_texts(s: scenario.Scenario, *, resources: bool = True) -> list[str]:
    found = [s.title, *(p.title or "" for p in s.phases)]
    for phase in s.phases:
        found += list(phase.activities)
        if resources:
            found += list(phase.resources)
    return [t for t in found if squeeze(t)]


def xml_text(document: str | bytes) -> str:
    """Every text and attribute value of a well-formed XML document, squeezed."""
    root = ET.fromstring(document)
    pieces = []
    for element in root.iter():
        pieces.append(element.text or "")
        pieces.extend(element.attrib.values())
    return squeeze(" ".join(pieces))


class TestDot:
    @given(scenarios())
    def test_the_mind_map_source_never_fails(self, s):
        for detail in ("phases", "tags", "activities"):
            assert s.mindmap(detail=detail).source.startswith(("digraph", "//", "strict"))

    @given(scenarios())
    def test_the_path_diagram_source_never_fails(self, s):
        assert "digraph" in s.path_diagram().source

    @given(scenarios(max_phases=4))
    def test_the_source_is_the_same_every_time(self, s):
        assert s.mindmap().source == s.mindmap().source


class TestSvg:
    @settings(max_examples=30)
    @given(labelled_scenarios())
    def test_every_user_string_is_shown_as_text(self, s):
        svg = s.mindmap(detail="activities", layout="dot").pipe(format="svg")
        root = ET.fromstring(svg)  # well-formed: no label became markup
        assert not [e for e in root.iter() if e.tag.endswith(("script", "foreignObject"))]
        shown = squeeze(
            " ".join("".join(e.itertext()) for e in root.iter() if e.tag.endswith("text"))
        )
        for text in user_texts(s, resources=False):
            assert squeeze(text) in shown, text


class TestXmlExports:
    @given(labelled_scenarios())
    def test_opml_shows_every_user_string_as_text(self, s):
        shown = xml_text(formats.get_format("opml").dump(s))
        for text in [*user_texts(s), s.audience.description]:
            assert squeeze(text) in shown, text

    @given(labelled_scenarios())
    def test_freemind_shows_every_user_string_as_text(self, s):
        """As written; a character XML cannot hold shows as U+FFFD."""
        shown = xml_text(formats.get_format("freemind").dump(s))
        for text in [*user_texts(s), s.audience.description, *s.objectives]:
            assert squeeze(scrub(text)) in shown, text

    @given(scenarios())
    def test_xml_exports_of_any_scenario_are_well_formed(self, s):
        for name in ("opml", "freemind"):
            ET.fromstring(formats.get_format(name).dump(s))
