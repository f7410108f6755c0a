"""The time balance of courses with detours: the main path's figures, detour time apart.

Every figure was added up by hand from the example's YAML.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

import scenario
from scenario.analysis.stats import DIMENSION_NAMES, stats
from scenario.render.balance_svg import balance_svg
from tests.conftest import example_named


class TestTheMainPathAndTheDetours:
    def test_the_support_session_is_apart(self):
        """spoc-excel-soutien: 200 min on the main path, the 30 min soutien apart;
        synchronous 90 min (the workshop), 45 % of the main path."""
        st = example_named("spoc-excel-soutien").stats()
        assert st.detour_kinds == {"soutien": "remediation"}
        assert st.main_path.total_minutes == 200
        assert st.detours.total_minutes == 30
        assert (st.main_path.synchronous_minutes, st.main_path.asynchronous_minutes) == (90, 110)
        assert st.main_path.synchronous_share == pytest.approx(45)
        assert st.main_path.asynchronous_share == pytest.approx(55)
        assert st.main_path.by["situation"]["distanciel synchrone"] == 90
        assert st.detours.by["situation"]["distanciel synchrone"] == 30

    def test_optional_and_remediation_detours_alike(self):
        """mooc-intelligence-artificielle: the optional live session (45, synchronous) and the
        reading sent by the quiz (30) are apart; the main path is all asynchronous."""
        st = example_named("mooc-intelligence-artificielle").stats()
        assert st.detour_kinds == {
            "live-questions": "optional",
            "approfondissement": "remediation",
        }
        assert (st.main_path.total_minutes, st.detours.total_minutes) == (155, 75)
        assert st.main_path.synchronous_minutes == 0
        assert st.main_path.asynchronous_share == pytest.approx(100)

    def test_the_figures_of_every_phase_keep_their_meaning(self):
        """total_minutes, by, synchronous_minutes still take every phase: main + detours."""
        st = example_named("spoc-excel-soutien").stats()
        assert st.total_minutes == 230
        assert st.synchronous_minutes == 120
        for dim in DIMENSION_NAMES:
            for key, minutes in st.by[dim].items():
                assert minutes == st.main_path.by[dim][key] + st.detours.by[dim][key], (dim, key)

    def test_a_course_without_detours_has_its_whole_balance_as_main_path(self):
        st = example_named("spoc-logiciel-paie").stats()
        assert st.detour_kinds == {}
        assert st.detours.total_minutes == 0
        assert st.main_path.by == st.by
        assert st.main_path.total_minutes == st.total_minutes


class TestShown:
    def test_text_gives_the_main_path_and_the_detours_apart(self):
        text = str(example_named("spoc-excel-soutien").stats())
        assert "parcours principal             200 min (3 h 20)" in text
        assert "détours, à part                30 min : soutien (remédiation)" in text
        assert "90 min (1 h 30), 45\u00a0% du parcours principal" in text
        assert "de 200 min (3 h 20) sans détour à 230 min (3 h 50) avec chaque détour" in text
        assert "phase (parcours principal)" in text
        assert "apprentissage       45 min   22,5\u00a0%   + 30 min en détour" in text

    def test_english(self):
        text = example_named("mooc-intelligence-artificielle").stats().text("en")
        assert "live-questions (optional), approfondissement (remediation)" in text
        assert (
            "from 155 min (2 h 35) without a detour to 230 min (3 h 50) with every detour" in text
        )

    def test_no_detour_no_word_of_detours(self):
        text = str(example_named("spoc-logiciel-paie").stats())
        assert "détour" not in text
        assert "parcours principal" not in text
        assert "150 min (2 h 30), 50\u00a0%" in text

    def test_html_has_a_column_for_the_detours(self):
        page = example_named("spoc-excel-soutien").stats()._repr_html_()
        assert "<th>en détour</th>" in page
        assert "soutien (remédiation)" in page
        assert "en détour" not in example_named("spoc-logiciel-paie").stats()._repr_html_()

    def test_json_has_the_main_path_and_the_detours(self):
        data = json.loads(json.dumps(example_named("spoc-excel-soutien").stats().to_dict()))
        assert data["total_minutes"] == 230
        assert data["main_path"]["total_minutes"] == 200
        assert data["main_path"]["synchronous_share"] == 45.0
        assert data["detours"]["phases"] == {"soutien": "remediation"}
        assert data["detours"]["total_minutes"] == 30
        assert data["routes"]["shortest"]["minutes"] == 200
        assert data["routes"]["longest"]["detours"] == ["soutien"]


class TestCharts:
    def test_the_plot_adds_the_detours_after_the_main_path(self):
        pytest.importorskip("matplotlib")
        figure = example_named("spoc-excel-soutien").stats().plot()
        phase_axes = figure.axes[0]
        assert phase_axes.get_title(loc="left") == "phase (parcours principal)"
        main, extra = phase_axes.containers
        assert [bar.get_width() for bar in main] == [15, 45, 110, 30]
        assert [bar.get_width() for bar in extra] == [0, 30, 0, 0]
        assert [bar.get_x() for bar in extra] == [15, 45, 110, 30]

    def test_the_plot_without_detours_has_one_bar_per_value(self):
        pytest.importorskip("matplotlib")
        figure = example_named("spoc-logiciel-paie").stats().plot()
        assert len(figure.axes[0].containers) == 1

    def test_the_pack_chart_shows_the_main_path_and_the_detours_apart(self):
        svg = balance_svg(example_named("spoc-excel-soutien"))
        ET.fromstring(svg)
        assert "Équilibre du temps du parcours principal : 3 h 20, détours à part" in svg
        assert "détours à part" in svg
        assert "parcours principal 3 h 20" in svg
        assert "détours 30 min" in svg
        # the synchronous row is the main path's: 90 of 200 minutes
        assert "45\u00a0%" in svg

    def test_the_pack_chart_without_detours_is_as_before(self):
        svg = balance_svg(example_named("spoc-logiciel-paie"))
        assert "détour" not in svg


def test_stats_of_a_course_whose_every_phase_is_a_detour():
    s = scenario.Scenario("T")
    s.add_phase("o", "découverte", duration=10, optional=True)
    st = stats(s)
    assert (st.main_path.total_minutes, st.detours.total_minutes) == (0, 10)
    assert st.main_path.synchronous_share == 0.0
    assert "détours, à part" in str(st)
