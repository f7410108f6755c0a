"""The overlay: learner data matched to phases, the figures counted by hand, nobody named."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

import scenario
from scenario import Scenario
from scenario.analysis._matching import match_activities
from scenario.analysis.overlay import Overlay, overlay
from scenario.cli import main
from scenario.io.learner_data import Activity
from scenario.render.funnel import funnel_chart, save_figure

ROOT = Path(__file__).resolve().parent.parent
COURSE = ROOT / "examples" / "spoc-logiciel-paie.yaml"
DATA = ROOT / "examples" / "apres-la-session"


def small_course() -> Scenario:
    s = Scenario("Démo", modality="spoc")
    s.add_phase("a", "découverte", "Vidéo d'accueil", duration=10)
    s.add_phase("b", "apprentissage", "Lecture guidée", duration=30, lms="Module 2 : lecture")
    s.add_phase("c", "évaluation", "Quiz final", duration=20)
    return s


@pytest.fixture
def small_report() -> Path:
    """Five learners of a French Moodle, counted by hand below (tests/data)."""
    return ROOT / "tests" / "data" / "progress.demo.csv"


class TestFiguresCountedByHand:
    def test_reached_completion_drop_off_time_and_success(self, small_report: Path) -> None:
        """a: 4 of 5 completed, no phase before; b: 3 reached, 1 of the 4 of a lost
        (25 %: a drop-off point), times 30 and 40 min (Carl's 4 h 30 gap is no work
        time): median 35; c: 2 reached, 1 of 3 lost, times 20 and 25 min, 1 pass of 2."""
        result = overlay(small_course(), small_report)
        assert result.learners == 5
        a, b, c = result.phases
        assert (a.reached, a.completed, a.completion, a.drop_off) == (4, 4, 0.8, None)
        assert (a.median_minutes, a.measured) == (None, 0)
        assert (b.reached, b.completed, b.completion, b.lost, b.drop_off) == (3, 3, 0.6, 1, 0.25)
        assert (b.median_minutes, b.measured, b.planned_minutes) == (35, 2, 30)
        assert (c.reached, c.completed, c.lost) == (2, 2, 1)
        assert c.drop_off == pytest.approx(1 / 3)
        assert (c.median_minutes, c.measured) == (22.5, 2)
        assert (c.graded, c.passed, c.success) == (2, 1, 0.5)
        assert result.drop_points == ("b", "c")
        assert result.unmatched == ("Forum",)

    def test_max_session_decides_what_counts_as_time_spent(self, small_report: Path) -> None:
        """With 5 hours allowed, Carl's 270 minutes count: the median of 30, 40, 270."""
        result = overlay(small_course(), small_report, max_session=300)
        assert result.phases[1].median_minutes == 40
        assert result.phases[1].measured == 3

    def test_xapi_times_come_from_first_trace_to_completion(self, tmp_path: Path) -> None:
        """A view at 10:00 and a completion at 10:12: 12 minutes; result.duration wins."""
        s = Scenario("T")
        s.add_phase("p", "apprentissage", "Page", lms="7", duration=10)
        site = "https://m.example.org/mod/page/view.php?id=7"
        lines = [
            {
                "actor": {"account": {"homePage": "https://h.example.org", "name": "1"}},
                "verb": {"id": v},
                "object": {"id": site},
                "timestamp": t,
                **extra,
            }
            for v, t, extra in [
                ("http://id.tincanapi.com/verb/viewed", "2026-03-02T10:00:00Z", {}),
                ("http://adlnet.gov/expapi/verbs/completed", "2026-03-02T10:12:00Z", {}),
            ]
        ] + [
            {
                "actor": {"account": {"homePage": "https://h.example.org", "name": "2"}},
                "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                "object": {"id": site},
                "result": {"duration": "PT30M", "completion": True},
            },
        ]
        path = tmp_path / "s.jsonl"
        path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
        (figures,) = overlay(s, path).phases
        assert (figures.reached, figures.completed, figures.measured) == (2, 2, 2)
        assert figures.median_minutes == 21

    def test_the_four_example_files_agree(self) -> None:
        """Both CSV downloads, Moodle's and Open edX's statements of the same cohort give
        the same counts per phase."""
        results = [
            overlay(COURSE, DATA / name)
            for name in (
                "progress.prendre-en-main.csv",
                "progress.prendre-en-main.excel.csv",
                "statements.moodle.jsonl",
                "statements.openedx.jsonl",
            )
        ]
        counts = [[(f.reached, f.completed, f.lost) for f in r.phases] for r in results]
        assert counts[0] == counts[1] == counts[2] == counts[3]
        assert [c[0] for c in counts[0]] == [24, 23, 22, 14, 13, 13]
        assert all(r.drop_points == ("classe-virtuelle",) for r in results)

    def test_a_phase_without_completion_tracking_has_no_completion(self, tmp_path: Path) -> None:
        """Only views: reached is known, completion is not (None, not 0 %)."""
        s = Scenario("T")
        s.add_phase("p", "apprentissage", "Page")
        line = {
            "actor": {"account": {"homePage": "https://h.example.org", "name": "1"}},
            "verb": {"id": "http://id.tincanapi.com/verb/viewed"},
            "object": {
                "id": "https://x.org/mod/page/view.php?id=1",
                "definition": {"name": {"en": "Page"}},
            },
        }
        path = tmp_path / "s.jsonl"
        path.write_text(json.dumps(line) + "\n", encoding="utf-8")
        (figures,) = overlay(s, path).phases
        assert (figures.reached, figures.completed, figures.completion) == (1, None, None)


class TestMatching:
    def phases(self) -> list[scenario.Phase]:
        s = Scenario("T")
        s.add_phase(
            "intro", "découverte", "Vidéo d'accroche", activities=["quiz de positionnement"]
        )
        s.add_phase("cours", "apprentissage", "Les écrans du logiciel pas à pas", lms="103")
        s.add_phase(
            "eval", "évaluation", "Contrôle final", lms="https://m.org/mod/quiz/view.php?id=9"
        )
        s.add_phase("atelier", "réalisation", "Atelier")
        s.add_phase("atelier-2", "réalisation", "Atelier")
        return s.phases

    @pytest.mark.parametrize(
        ("activity", "phase"),
        [
            (Activity("k", "VIDEO D’ACCROCHE"), "intro"),
            (Activity("k", "Vidéo d&#39;accroche"), "intro"),
            (Activity("k", "Quiz de positionnement"), "intro"),
            (
                Activity("k", "Other name", ("https://m.org/mod/page/view.php?id=103", "103")),
                "cours",
            ),
            (Activity("k", None, ("https://m.org/mod/quiz/view.php?id=9",)), "eval"),
            (
                Activity("k", None, ("x", "block-v1:o+c+r+type@html+block@html_phase_atelier")),
                "atelier",
            ),
            (Activity("k", "Module 1 - Vidéo d'accroche (15 min)"), "intro"),
            (Activity("k", "Les ecrans du logiciel pas a pas."), "cours"),
            (Activity("k", "Atelier"), None),
            (Activity("k", "Forum des nouvelles"), None),
            (Activity("k", None, ("https://m.org/mod/page/view.php?id=4",)), None),
        ],
    )
    def test_by_lms_id_block_title_activity_then_leniently_never_a_guess(
        self, activity: Activity, phase: str | None
    ) -> None:
        """Two phases titled alike get no activity by title: it is reported instead."""
        assert match_activities((activity,), self.phases()) == {"k": phase}


NAMES = [
    ("Jean-Baptiste", "Poquelin"),
    ("Marie-Anne", "Lavoisier"),
    ("Évariste", "Galois"),
    ("Sophie", "Germain"),
    ("Olympe", "Gouges"),
    ("Gustave", "Eiffel"),
]


def names_file(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """A report and statements full of names and e-mails; the words never to be shown."""
    words = []
    rows = [
        '"","Adresse de courriel","Nom d\'utilisateur","Les écrans du logiciel pas à pas","",'
        '"Classe virtuelle, les cas particuliers",""'
    ]
    statements = []
    for i, (first, last) in enumerate(NAMES * 5):
        email = f"{first.lower()}.{last.lower()}{i}@entreprise-fictive.fr"
        user = f"{last.lower()}{i}"
        words += [first, last, email, user]
        done = "Terminé" if i % 3 else f"Terminé (défini par {NAMES[0][0]} {NAMES[0][1]})"
        rows.append(
            f'"{first} {last}","{email}","{user}","{done}","2026-03-02 10:{i:02d}:00",'
            f'"{"Pas terminé" if i % 4 == 0 else "Terminé"}",""'
        )
        statements.append(
            {
                "actor": {"name": f"{first} {last}", "mbox": f"mailto:{email}"},
                "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                "object": {
                    "id": "https://m.org/mod/page/view.php?id=103",
                    "definition": {"name": {"fr": "Les écrans du logiciel pas à pas"}},
                },
                "timestamp": f"2026-03-02T10:{i:02d}:00Z",
            }
        )
    report = tmp_path / "progress.noms.csv"
    report.write_text("\n".join(rows) + "\n", encoding="utf-8")
    xapi = tmp_path / "noms.jsonl"
    xapi.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in statements), "utf-8")
    return report, xapi, sorted(set(words))


def _run(*argv: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return f"{status}\n{out.getvalue()}\n{err.getvalue()}"


def test_no_output_of_the_overlay_names_a_learner(tmp_path: Path) -> None:
    """Text (French and English), JSON, Markdown, HTML, the table, the maps' DOT and SVG,
    the funnel's SVG, the command line's output and its files: counts only, not one of
    the learners' names, e-mails or user names (the teacher named in a state neither)."""
    report, xapi, words = names_file(tmp_path)
    course = scenario.load(COURSE)
    outputs: list[str] = []
    for data in (report, xapi):
        result = overlay(course, data)
        assert result.learners == 30
        outputs += [
            result.text(lang="fr"),
            result.text(lang="en"),
            json.dumps(result.to_dict(), ensure_ascii=False),
            result.markdown(),
            result._repr_html_(),
            repr(result),
            repr(result.table().records()),
            course.mindmap(overlay=result).source,
            course.path_diagram(overlay=result).source,
            course.mindmap(overlay=result).pipe(format="svg").decode("utf-8"),
            save_figure(funnel_chart(result), "svg").decode("utf-8"),
        ]
        for fmt in ("text", "json"):
            outputs.append(
                _run(
                    "overlay",
                    str(COURSE),
                    str(data),
                    "--format",
                    fmt,
                    "--map",
                    str(tmp_path / "m.svg"),
                    "--funnel",
                    str(tmp_path / "f.svg"),
                )
            )
            outputs += [
                (tmp_path / "m.svg").read_text("utf-8"),
                (tmp_path / "f.svg").read_text("utf-8"),
            ]
        outputs.append(_run("stats", str(COURSE), "--data", str(data)))
        outputs.append(_run("synopsis", str(COURSE), "--data", str(data), "--format", "html"))
    everything = "\n".join(outputs)
    assert "30 apprenants" in everything
    for word in words:
        assert word not in everything, word


def test_the_result_is_typed_frozen_and_has_a_plain_table(small_report: Path) -> None:
    """scenario.overlay at the top level; the table needs no pandas."""
    result = scenario.overlay(small_course(), small_report)
    assert isinstance(result, Overlay)
    with pytest.raises(AttributeError):
        result.learners = 3  # type: ignore[misc]
    table = result.table()
    assert table.columns[:3] == ("phase", "title", "kind")
    assert len(table) == 3
    assert table.records()[1]["drop_off"] == 0.25
    assert result.figures("c") is not None
    assert result.figures("zz") is None


class TestCommandLine:
    def test_overlay_prints_the_table_in_french(self, small_report: Path, tmp_path: Path) -> None:
        course = tmp_path / "demo.yaml"
        small_course().dump(course)
        out = _run("overlay", str(course), str(small_report))
        assert out.startswith("0\nAprès la session : « Démo »")
        assert "25\u00a0% (1) ▼" in out
        assert "1 activité ne correspond à aucune phase : « Forum »" in out

    def test_overlay_json_map_and_funnel(self, small_report: Path, tmp_path: Path) -> None:
        course = tmp_path / "demo.yaml"
        small_course().dump(course)
        out = _run(
            "overlay",
            str(course),
            str(small_report),
            "--format",
            "json",
            "--lang",
            "en",
            "--map",
            str(tmp_path / "m.dot"),
            "--view",
            "path",
            "--funnel",
            str(tmp_path / "f.png"),
        )
        data = json.loads(out.split("\n", 1)[1].rsplit("\n\n", 1)[0])
        assert data["learners"] == 5
        assert data["drop_points"] == ["b", "c"]
        dot = (tmp_path / "m.dot").read_text("utf-8")
        assert "completed: 60%" in dot
        assert "peripheries=2" in dot
        assert (tmp_path / "f.png").read_bytes().startswith(b"\x89PNG")

    def test_bad_data_exits_2_with_the_file_and_line(self, tmp_path: Path) -> None:
        bad = tmp_path / "bad.csv"
        bad.write_text('"","Page",""\n"Zoé Lambert","???",""\n', encoding="utf-8")
        out = _run("overlay", str(COURSE), str(bad))
        assert out.startswith("2\n")
        assert f"scenario : {bad}, ligne 2 : l'état de l'activité « Page » est illisible" in out
        assert "Zoé" not in out

    def test_an_unknown_picture_suffix_is_refused_before_any_work(self, tmp_path: Path) -> None:
        out = _run(
            "overlay",
            str(COURSE),
            str(DATA / "progress.prendre-en-main.csv"),
            "--funnel",
            str(tmp_path / "f.gif"),
        )
        assert out.startswith("1\n")
        assert "--funnel" in out

    def test_stats_and_synopsis_add_the_figures_with_data(self) -> None:
        data = str(DATA / "progress.prendre-en-main.csv")
        stats = _run("stats", str(COURSE), "--data", data)
        assert "Équilibre du scénario" in stats
        assert "Après la session" in stats
        synopsis = _run("synopsis", str(COURSE), "--data", data)
        assert "## Après la session : « Prendre en main le nouveau logiciel de paie »" in synopsis
        assert (
            "| 4 | Classe virtuelle, les cas particuliers | 14 | 58\u00a0% (14) | 36\u00a0% (8) ▼ |"
            in synopsis
        )
        assert "Après la session" not in _run("stats", str(COURSE))


def test_the_map_without_learner_data_is_unchanged() -> None:
    """overlay=None draws the same DOT as before (the golden files keep it too)."""
    s = scenario.load(COURSE)
    assert s.mindmap().source == s.mindmap(overlay=None).source
    assert "overlay_legend" not in s.path_diagram().source


def test_the_map_marks_completion_and_drop_off(small_report: Path) -> None:
    s = small_course()
    result = overlay(s, small_report)
    dot = s.mindmap(overlay=result).source
    assert "phase__b [label=<" in dot
    assert "▼ achevée : 60" in dot
    assert 'fillcolor="#D1E5F0"' in dot  # 60 % -> the fourth step
    assert "Achèvement par les apprenants (5)" in dot
