"""Detours on the mind map and the path diagram: a branch off the phase that sends learners
there, dashed and named on the edge, with the way back; not a step of the main path."""

from __future__ import annotations

import re

import pytest

import scenario
from scenario.learning_path import numbering
from scenario.learning_path.numbering import letters
from scenario.palette import OPTIONAL_COLOUR, REMEDIATION_COLOUR, SEQUENCE_COLOUR
from scenario.render.mindmap import mindmap
from scenario.render.path import path_diagram
from tests.conftest import example_named
from tests.render_helpers import node_groups, svg_tree, texts_of


def edge(source: str, a: str, b: str) -> str:
    """The attributes of the DOT edge a -> b (phase ids, or ``course``, ``start``, ``end``)."""

    def name(pid: str) -> str:
        node = pid if pid in ("course", "start", "end") else f"phase__{pid}"
        return f'"{node}"' if "-" in node else node

    found = re.findall(rf"^\s*{re.escape(name(a))} -> {re.escape(name(b))} \[(.*)\]$", source, re.M)
    assert len(found) == 1, (a, b, found)
    return found[0]


class TestTheMindMap:
    def test_a_remediation_detour_hangs_off_the_phase_that_sends_learners_there(self):
        """spoc-excel-soutien: soutien is no branch of the course; the quiz leads to it by a
        dashed purple arrow named « remédiation », and it leads back by « retour »."""
        source = mindmap(example_named("spoc-excel-soutien")).source
        assert not re.search(r"^\s*course -> phase__soutien ", source, re.M)
        branch = edge(source, "quiz-formules", "soutien")
        assert "style=dashed" in branch
        assert f'color="{REMEDIATION_COLOUR}"' in branch
        assert "<<I>remédiation</I>>" in branch
        assert "constraint=false" not in branch  # it places the detour beside its phase
        back = edge(source, "soutien", "quiz-formules")
        assert "style=dashed" in back
        assert "<<I>retour</I>>" in back
        assert "détour : remédiation" in source

    def test_the_main_path_goes_on_without_the_detour(self):
        source = mindmap(example_named("spoc-excel-soutien")).source
        for a, b in [("tutoriels", "quiz-formules"), ("quiz-formules", "atelier")]:
            attributes = edge(source, a, b)
            assert f'color="{SEQUENCE_COLOUR}"' in attributes
        assert not re.search(r"phase__soutien -> .*style=dotted", source)

    def test_an_optional_phase_is_marked_as_an_option_and_bypassed(self):
        """mooc-intelligence-artificielle: the live session hangs off the videos, « facultatif »
        in blue; the main path goes from the videos straight to the quiz."""
        source = mindmap(example_named("mooc-intelligence-artificielle")).source
        branch = edge(source, "videos", "live-questions")
        assert f'color="{OPTIONAL_COLOUR}"' in branch
        assert "<<I>facultatif</I>>" in branch
        assert "style=dashed" in branch
        assert f'color="{SEQUENCE_COLOUR}"' in edge(source, "videos", "quiz")
        assert "détour : facultatif" in source
        assert "détour : remédiation" in source

    def test_numbers_follow_the_main_path_and_detours_are_numbered_from_their_phase(self):
        s = example_named("mooc-intelligence-artificielle")
        groups = node_groups(svg_tree(mindmap(s).pipe("svg")))
        shown = {pid: " ".join(texts_of(groups[f"phase__{pid}"])) for pid in ("quiz", "projet")}
        assert shown["quiz"].startswith("3. Quiz")
        assert shown["projet"].startswith("4. Projet")
        detour = " ".join(texts_of(groups["phase__live-questions"]))
        assert detour.startswith("2a. Séance de questions")
        assert "facultatif · apprentissage" in detour
        course = " ".join(" ".join(texts_of(groups["course"])).split())
        assert "phases : 5, et 2 détours" in course.replace("\u00a0", " ")
        assert "de 2 h 35 à 3 h 50 selon le chemin" in course.replace("\u00a0", " ")

    def test_the_tree_draws_the_way_back_forward(self):
        """In the left-to-right tree the way back is drawn from the phase, its head turned,
        so that Graphviz puts the arrow where it belongs."""
        source = mindmap(example_named("spoc-excel-soutien"), layout="dot").source
        turned = re.findall(r'"phase__quiz-formules" -> phase__soutien \[(.*)\]', source)
        assert len(turned) == 2
        assert any("dir=back" in t and "<<I>retour</I>>" in t for t in turned)

    def test_in_english(self):
        source = mindmap(example_named("mooc-intelligence-artificielle"), lang="en").source
        assert "<<I>optional</I>>" in source
        assert "<<I>back</I>>" in source
        assert "detour: remediation" in source

    def test_no_detour_no_detour_in_the_legend(self):
        source = mindmap(example_named("spoc-logiciel-paie")).source
        assert "détour" not in source
        assert "style=dotted" in source  # its loop back stays a remediation loop

    def test_an_optional_phase_nothing_leads_to_hangs_off_the_course(self):
        s = scenario.Scenario("T")
        s.add_phase("avant", "découverte", "Lecture facultative", optional=True)
        s.add_phase("a", "apprentissage")
        s.add_phase("b", "évaluation")
        s.path = []
        s.connect("avant", "a")
        s.connect("a", "b")
        source = mindmap(s).source
        assert "<<I>facultatif</I>>" in edge(source, "course", "avant")
        assert numbering(s).labels == {"a": "1", "b": "2", "avant": "a"}
        assert "start -> phase__avant" in path_diagram(s).source

    def test_the_same_dot_twice(self):
        s = example_named("mooc-intelligence-artificielle")
        assert mindmap(s).source == mindmap(s).source
        assert path_diagram(s).source == path_diagram(s).source


class TestThePathDiagram:
    def test_the_start_and_the_end_are_those_of_the_main_path(self):
        """soutien was an entry phase: the start now leads to the first phase only."""
        source = path_diagram(example_named("spoc-excel-soutien")).source
        assert re.findall(r"^\s*start -> (\S+)", source, re.M) == ["phase__accroche"]
        assert re.findall(r"^\s*(\S+) -> end", source, re.M) == ["phase__evaluation"]

    def test_the_detour_is_dashed_and_named(self):
        source = path_diagram(example_named("spoc-excel-soutien")).source
        branch = edge(source, "quiz-formules", "soutien")
        assert "style=dashed" in branch
        assert "<<I>remédiation</I>>" in branch
        assert "<<I>retour</I>>" in edge(source, "soutien", "quiz-formules")
        assert "3a · remédiation · apprentissage" in source

    def test_the_main_path_jumps_over_the_optional_phase(self):
        source = path_diagram(example_named("inversee-entretien-annuel")).source
        assert "style=dashed" not in edge(source, "capsules", "quiz-preparation")
        assert "<<I>facultatif</I>>" in edge(source, "capsules", "forum")
        assert "group=main" in source

    def test_a_reading_that_leads_nowhere_has_no_way_back(self):
        """mooc-intelligence-artificielle: the reading leads nowhere (detour-no-return)."""
        source = path_diagram(example_named("mooc-intelligence-artificielle")).source
        assert not re.search(r"^\s*phase__approfondissement -> ", source, re.M)
        assert "phase__approfondissement -> end" not in source


class TestNumbering:
    def test_a_chain_of_detours_takes_the_letters_of_its_phase(self):
        s = scenario.Scenario("T")
        for pid in ("intro", "quiz", "s1", "s2", "fin"):
            s.add_phase(pid, "apprentissage")
        s.path = []
        for step in [
            ("intro", "quiz"),
            ("quiz", "fin"),
            ("quiz", "s1", "remediation"),
            ("s1", "s2"),
            ("s2", "quiz"),
        ]:
            s.connect(*step)
        n = numbering(s)
        assert n.main == ("intro", "quiz", "fin")
        assert n.labels == {"intro": "1", "quiz": "2", "fin": "3", "s1": "2a", "s2": "2b"}
        assert n.anchors == {"s1": "quiz", "s2": "quiz"}
        assert n.parents == {"s1": "quiz", "s2": "s1"}

    @pytest.mark.parametrize(
        ("index", "word"), [(0, "a"), (1, "b"), (25, "z"), (26, "aa"), (701, "zz"), (702, "aaa")]
    )
    def test_letters(self, index, word):
        assert letters(index) == word

    def test_a_course_without_detours_is_numbered_as_before(self):
        s = example_named("blended-manager-distance")
        n = numbering(s)
        assert n.detours == ()
        assert list(n.main) == scenario.learning_path.path_order(s.graph)
