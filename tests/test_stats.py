"""The time balance: figures computed by hand from the example YAML files."""

from __future__ import annotations

import json
import math

import pytest

import scenario
from scenario.analysis.stats import UNSET, stats
from tests.conftest import example_named

# Each expectation was added up by hand from the example's YAML, phase by phase.
# A phase with k intentions gives each a k-th of its time.
EXPECTED = {
    "blended-manager-distance": {
        "total_minutes": 395,
        "by": {
            "phase": {"découverte": 60, "apprentissage": 110, "réalisation": 165, "évaluation": 60},
            "group": {"seul": 95, "petit groupe": 120, "moyen groupe": 120, "grand groupe": 60},
            "situation": {
                "présentiel": 240,
                "distanciel synchrone": 60,
                "distanciel asynchrone": 95,
            },
            "pedagogy": {"expositive": 50, "active": 165, "interrogative": 180},
            "intention": {
                "interpeller": 60,
                "partager": 180,
                "synthétiser": 75,
                "transmettre": 50,
                "évaluer": 30,
            },
        },
        "synchronous_minutes": 300,
        "asynchronous_minutes": 95,
        "by_module": {"lancement": 60, "en-ligne": 110, "pratique": 165, "bilan": 60},
        "routes": (275, 350, 2),
    },
    "mooc-cybersecurite": {
        "total_minutes": 280,
        "by": {
            "phase": {"découverte": 10, "apprentissage": 145, "réalisation": 80, "évaluation": 45},
            "group": {"seul": 160, "petit groupe": 60, "moyen groupe": 0, "grand groupe": 60},
            "situation": {
                "présentiel": 0,
                "distanciel synchrone": 60,
                "distanciel asynchrone": 220,
            },
            "pedagogy": {"expositive": 95, "active": 60, "interrogative": 125},
            "intention": {
                "interpeller": 10,
                "partager": 90,
                "synthétiser": 40,
                "transmettre": 85,
                "évaluer": 55,
            },
        },
        "synchronous_minutes": 60,
        "asynchronous_minutes": 220,
        "by_module": {"semaine-1": 75, "semaine-2": 205},
        "routes": (280, 280, 1),
    },
    "pedagogie-inversee-formateurs": {
        "total_minutes": 760,
        "by": {
            "phase": {"découverte": 45, "apprentissage": 85, "réalisation": 570, "évaluation": 60},
            "group": {"seul": 130, "petit groupe": 390, "moyen groupe": 240, "grand groupe": 0},
            "situation": {
                "présentiel": 540,
                "distanciel synchrone": 90,
                "distanciel asynchrone": 130,
            },
            "pedagogy": {"expositive": 90, "active": 570, "interrogative": 100},
            "intention": {
                "interpeller": 22.5,
                "partager": 345,
                "synthétiser": 255,
                "transmettre": 107.5,
                "évaluer": 30,
            },
        },
        "synchronous_minutes": 630,
        "asynchronous_minutes": 130,
        "by_module": {
            "1-cadrer": 225,
            "2-objectifs-contenus": 130,
            "3-methodes-ressources": 225,
            "4-tester": 180,
        },
        "routes": (760, 760, 1),
    },
    "presentiel-reunions": {
        "total_minutes": 270,
        "by": {
            "phase": {"découverte": 30, "apprentissage": 75, "réalisation": 135, "évaluation": 30},
            "group": {"seul": 30, "petit groupe": 90, "moyen groupe": 105, "grand groupe": 45},
            "situation": {
                "présentiel": 270,
                "distanciel synchrone": 0,
                "distanciel asynchrone": 0,
            },
            "pedagogy": {"expositive": 45, "active": 135, "interrogative": 90},
            "intention": {
                "interpeller": 30,
                "partager": 112.5,
                "synthétiser": 52.5,
                "transmettre": 45,
                "évaluer": 30,
            },
        },
        "synchronous_minutes": 270,
        "asynchronous_minutes": 0,
        "by_module": {UNSET: 270},
        "routes": (270, 270, 1),
    },
    "spoc-logiciel-paie": {
        "total_minutes": 300,
        "by": {
            "phase": {"découverte": 20, "apprentissage": 105, "réalisation": 130, "évaluation": 45},
            "group": {"seul": 150, "petit groupe": 90, "moyen groupe": 60, "grand groupe": 0},
            "situation": {
                "présentiel": 0,
                "distanciel synchrone": 150,
                "distanciel asynchrone": 150,
            },
            "pedagogy": {"expositive": 20, "active": 130, "interrogative": 150},
            "intention": {
                "interpeller": 20,
                "partager": 120,
                "synthétiser": 50,
                "transmettre": 45,
                "évaluer": 65,
            },
        },
        "synchronous_minutes": 150,
        "asynchronous_minutes": 150,
        "by_module": {"m1-prise-en-main": 105, "m2-cas-reels": 195},
        "routes": (300, 300, 1),
    },
}


@pytest.mark.parametrize("stem", sorted(EXPECTED))
class TestExamplesByHand:
    def test_figures_match_the_hand_count(self, stem):
        """Total, minutes per value, synchronous/asynchronous and modules match the hand count."""
        expected = EXPECTED[stem]
        st = example_named(stem).stats()
        assert st.total_minutes == expected["total_minutes"]
        assert st.by == expected["by"]
        assert st.synchronous_minutes == expected["synchronous_minutes"]
        assert st.asynchronous_minutes == expected["asynchronous_minutes"]
        assert st.by_module == expected["by_module"]
        assert st.phases_without_duration == ()

    def test_routes_match_the_hand_count(self, stem):
        """The shortest and longest learner time, and the number of routes."""
        shortest, longest, count = EXPECTED[stem]["routes"]
        routes = example_named(stem).stats().routes
        assert (routes.shortest.minutes, routes.longest.minutes, routes.count) == (
            shortest,
            longest,
            count,
        )

    def test_shares_sum_to_100_per_dimension(self, stem):
        """Each dimension's shares add up to 100 %, and each is minutes / total."""
        st = example_named(stem).stats()
        for dim, shares in st.shares.items():
            assert math.isclose(sum(shares.values()), 100.0), dim
            for key, share in shares.items():
                assert math.isclose(share, 100 * st.by[dim][key] / st.total_minutes, abs_tol=0.01)

    def test_json_has_the_shape_of_the_issue(self, stem):
        """to_dict() is plain JSON with its documented keys, canonical French keys."""
        data = json.loads(json.dumps(example_named(stem).stats().to_dict()))
        expected = EXPECTED[stem]
        for key in ("total_minutes", "synchronous_minutes", "asynchronous_minutes"):
            assert data[key] == expected[key]
        assert data["by"] == expected["by"]
        assert set(data["by"]) == {"phase", "group", "situation", "pedagogy", "intention"}
        assert data["phases_without_duration"] == []


def test_blended_routes_name_the_branch_and_the_join():
    """After the virtual class the path branches; both routes meet at the review."""
    routes = example_named("blended-manager-distance").stats().routes
    assert routes.branches == {"classe-virtuelle": ("mise-en-situation", "projet-terrain")}
    assert routes.joins == {"bilan": ("mise-en-situation", "projet-terrain")}
    assert routes.shortest.phases == (
        "lancement",
        "parcours-en-ligne",
        "classe-virtuelle",
        "projet-terrain",
        "bilan",
    )
    assert "mise-en-situation" in routes.longest.phases


def test_remediation_loops_are_not_routes():
    """The MOOC's loop back from the exam is left out: one route, no cycle."""
    routes = example_named("mooc-cybersecurite").stats().routes
    assert not routes.cycle
    assert routes.branches == {}


def draft() -> scenario.Scenario:
    s = scenario.Scenario("Brouillon")
    s.add_phase("a", "découverte", duration=30, situation="distanciel asynchrone")
    s.add_phase("b", "apprentissage")  # no duration, no tags
    s.add_phase("c", "évaluation", duration=20, group="seul", intentions=["évaluer", "partager"])
    s.add_phase("d", "évaluation", duration=10)
    return s


class TestDrafts:
    def test_phases_without_duration_are_listed_not_counted(self):
        """A phase without a duration is listed apart and counted nowhere."""
        st = draft().stats()
        assert st.phases_without_duration == ("b",)
        assert st.total_minutes == 60
        assert sum(st.by["phase"].values()) == 60

    def test_missing_tags_count_under_non_renseigne(self):
        """Minutes of phases lacking a tag go to 'non renseigné', keeping the sums honest."""
        st = draft().stats()
        assert st.by["group"][UNSET] == 40
        assert st.by["group"]["seul"] == 20
        assert st.by["intention"] == {
            "interpeller": 0,
            "partager": 10,
            "synthétiser": 0,
            "transmettre": 0,
            "évaluer": 10,
            UNSET: 40,
        }
        for shares in st.shares.values():
            assert math.isclose(sum(shares.values()), 100.0)
        assert UNSET not in st.by["phase"]  # every phase has a kind

    def test_a_phase_without_situation_is_neither_synchronous_nor_not(self):
        st = draft().stats()
        assert (st.synchronous_minutes, st.asynchronous_minutes) == (0, 30)
        assert st.by["situation"][UNSET] == 30

    def test_route_through_a_phase_without_duration_is_incomplete(self):
        """The route counts the known minutes and says it is incomplete."""
        routes = draft().stats().routes
        assert routes.longest.minutes == 60
        assert routes.longest.incomplete
        assert "60 min (1 h) (sans les phases sans durée)" in str(draft().stats())

    def test_no_duration_at_all_gives_zero_shares(self):
        s = scenario.Scenario("Vide")
        s.add_phase("a", "découverte")
        st = s.stats()
        assert st.total_minutes == 0
        assert st.phases_without_duration == ("a",)
        assert set(st.shares["phase"].values()) == {0.0}

    def test_empty_scenario(self):
        st = scenario.Scenario("Rien").stats()
        assert st.total_minutes == 0
        assert st.routes.count == 0
        assert st.routes.shortest is None

    def test_a_cycle_gives_no_routes(self):
        s = scenario.Scenario("Boucle")
        s.add_phase("a", "découverte", duration=10)
        s.add_phase("b", "évaluation", duration=10)
        s.connect("a", "b")
        s.connect("b", "a")
        routes = s.stats().routes
        assert routes.cycle
        assert routes.shortest is None
        assert "cycle" in str(s.stats())


class TestDisplay:
    def test_text_shows_the_total_and_every_dimension(self):
        text = str(example_named("spoc-logiciel-paie").stats())
        assert "300 min" in text
        for label in ("taille du groupe", "pédagogie", "intention", "distanciel synchrone"):
            assert label in text

    def test_html_escapes_user_text(self):
        """Titles and module names are escaped in the notebook table."""
        s = scenario.Scenario("<script>alert(1)</script>")
        s.add_phase("a", "découverte", duration=10, module="<b>m</b>")
        page = s.stats()._repr_html_()
        assert "<script>" not in page
        assert "&lt;script&gt;" in page
        assert "&lt;b&gt;m&lt;/b&gt;" in page
        assert "<table>" in page


class TestPlot:
    def test_one_axes_per_dimension(self, tmp_path):
        """plot() gives a Figure with one chart per dimension; it saves as PNG."""
        pytest.importorskip("matplotlib")
        figure = example_named("blended-manager-distance").stats().plot()
        assert len(figure.axes) == 5
        titles = [ax.get_title(loc="left") for ax in figure.axes]
        assert titles == ["phase", "taille du groupe", "situation", "pédagogie", "intention"]
        out = tmp_path / "balance.png"
        figure.savefig(out)
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    def test_phase_kinds_take_the_mind_map_colours(self):
        pytest.importorskip("matplotlib")
        from matplotlib.colors import to_hex

        from scenario.palette import KIND_COLOURS

        figure = example_named("spoc-logiciel-paie").stats().plot()
        colours = [to_hex(bar.get_facecolor()).upper() for bar in figure.axes[0].patches]
        assert colours == [c.strong.upper() for c in KIND_COLOURS.values()]

    def test_missing_matplotlib_is_a_clear_error(self, monkeypatch):
        """Without matplotlib, plot() raises ScenarioError naming the extra."""
        import builtins

        real_import = builtins.__import__

        def no_matplotlib(name, *args, **kwargs):
            if name.startswith("matplotlib"):
                raise ImportError(name)
            return real_import(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", no_matplotlib)
        with pytest.raises(scenario.ScenarioError, match=r"\[plot\]"):
            stats(example_named("spoc-logiciel-paie")).plot()
