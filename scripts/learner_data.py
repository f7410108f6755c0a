"""Write the example learner data of ``examples/apres-la-session/``: fictional, reproducible.

A cohort of 24 invented payroll officers (first and last names drawn from
two short lists, e-mails at ``example.org``: no real person) follows the SPOC
``examples/spoc-logiciel-paie.yaml``. Each learner goes on to the next phase
with a chance set per phase, so the path has a drop-off point at the first
virtual class, and spends about the planned time on each phase. The same
run gives the same files (a seeded generator), in the shapes the platforms
write (see ``/work/shared/LMS.md``):

- ``progress.prendre-en-main.csv``: Moodle's activity completion report,
  "CSV (UTF-8)" download of a French Moodle;
- ``progress.prendre-en-main.excel.csv``: the same report from an English
  Moodle, "CSV compatible Excel" download (UTF-16LE, tabs);
- ``statements.moodle.jsonl``: xAPI statements of Moodle's logstore_xapi
  (viewed, completed, with the quiz's success);
- ``statements.openedx.jsonl``: xAPI statements of Open edX for the same
  course imported from ``scenario export --format olx`` (progressed blocks).

Run it from the repository's root: ``python scripts/learner_data.py``
(``--check`` exits 1 when the committed files differ from what it writes;
``--pictures`` also draws the pictures of ``docs/apres-la-session.md`` into
``docs/apres-la-session/``).
"""

from __future__ import annotations

import argparse
import codecs
import csv
import datetime
import io
import json
import random
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COURSE = ROOT / "examples" / "spoc-logiciel-paie.yaml"
FOLDER = ROOT / "examples" / "apres-la-session"
SITE = "https://moodle.example.org"
EDX = "https://formation.example.org"
COURSE_KEY = "scenario+prendre-en-main-le-nouveau-logiciel-de-paie+run"

FIRST = [
    "Aline",
    "Bastien",
    "Coralie",
    "Damien",
    "Elsa",
    "Fabien",
    "Gaëlle",
    "Hugo",
    "Inès",
    "Jules",
    "Katia",
    "Loïc",
    "Maëva",
    "Nathan",
    "Océane",
    "Pierrick",
]
LAST = [
    "Arnaud",
    "Bellec",
    "Chevalier",
    "Delorme",
    "Esnault",
    "Fournel",
    "Guérin",
    "Hamelin",
    "Jacquet",
    "Lemaire",
    "Marchal",
    "Noblet",
    "Perrot",
    "Quéré",
]

#: The course's activities on Moodle: (phase id, name on the platform, module, cmid,
#: tracks completion, graded). The pages bear the phases' titles (as the IMS CC export
#: names them); the positioning quiz is one of the phase's activities; the news forum
#: belongs to no phase.
ACTIVITIES = [
    (
        "accroche",
        "Pourquoi changer d'outil ? Vidéo d'accroche et quiz de positionnement",
        "page",
        101,
        True,
        False,
    ),
    ("accroche", "Quiz de positionnement", "quiz", 102, True, False),
    ("interface", "Les écrans du logiciel pas à pas", "page", 103, True, False),
    ("exercice-guide", "Saisir les variables d'un mois fictif", "assign", 104, True, False),
    (
        "classe-virtuelle",
        "Classe virtuelle, les cas particuliers",
        "bigbluebuttonbn",
        105,
        True,
        False,
    ),
    (
        "atelier-cas",
        "Atelier en sous-groupes sur des bulletins anonymisés",
        "assign",
        106,
        True,
        False,
    ),
    (
        "evaluation-finale",
        "Contrôle d'un bulletin et déclaration mensuelle",
        "quiz",
        107,
        True,
        True,
    ),
    (None, "Annonces", "forum", 100, False, False),
]
#: The chance that a learner who finished a phase goes on to the next one.
GO_ON = {
    "accroche": 1.0,
    "interface": 0.96,
    "exercice-guide": 0.92,
    "classe-virtuelle": 0.72,
    "atelier-cas": 0.95,
    "evaluation-finale": 0.93,
}
PLANNED = {
    "accroche": 20,
    "interface": 45,
    "exercice-guide": 40,
    "classe-virtuelle": 60,
    "atelier-cas": 90,
    "evaluation-finale": 45,
}
ORDER = list(GO_ON)
START = datetime.datetime(2026, 3, 2, 9, 0)
#: The virtual class and the workshop happen at a set time (synchronous phases).
LIVE = {
    "classe-virtuelle": datetime.datetime(2026, 3, 9, 14, 0),
    "atelier-cas": datetime.datetime(2026, 3, 12, 14, 0),
}


def cohort(rng: random.Random) -> list[dict]:
    """Each learner's name, e-mail, and per phase the times started and completed."""
    names = sorted({(rng.choice(FIRST), rng.choice(LAST)) for _ in range(60)})[:24]
    rng.shuffle(names)
    learners = []
    for index, (first, last) in enumerate(names):
        day = START + datetime.timedelta(days=rng.randint(0, 3), hours=rng.randint(0, 7))
        done: dict[str, tuple[datetime.datetime, datetime.datetime]] = {}
        for pid in ORDER:
            if rng.random() > GO_ON[pid]:
                break
            if pid in LIVE:
                begin = LIVE[pid]
                minutes = PLANNED[pid]
            else:
                begin = day
                minutes = max(5, round(rng.gauss(PLANNED[pid] * 1.15, PLANNED[pid] * 0.2)))
            end = begin + datetime.timedelta(minutes=minutes)
            done[pid] = (begin, end)
            day = end + datetime.timedelta(minutes=rng.randint(2, 15))
            if pid == "exercice-guide":  # the rest of the week, then the live sessions
                day = LIVE["classe-virtuelle"]
        passed = rng.random() < 0.8
        learners.append(
            {
                "name": f"{first} {last}",
                "email": f"{first.lower()}.{last.lower()}{index}@example.org".replace("ë", "e")
                .replace("ï", "i")
                .replace("é", "e")
                .replace("è", "e"),
                "id": 200 + index,
                "done": done,
                "passed": passed,
            }
        )
    learners.sort(key=lambda learner: learner["name"].split()[-1])
    return learners


def _states(lang: str) -> dict[str, str]:
    if lang == "fr":
        return {
            "done": "Terminé",
            "not": "Pas terminé",
            "pass": "Terminé (note minimale de réussite atteinte)",
            "fail": "Terminé (n’a pas atteint la note minimale de réussite)",
        }
    return {
        "done": "Completed",
        "not": "Not completed",
        "pass": "Completed (achieved pass grade)",
        "fail": "Completed (did not achieve pass grade)",
    }


def completion_rows(learners: list[dict], lang: str) -> list[list[str]]:
    """The rows of Moodle's report (its header first) in the language of the site."""
    states = _states(lang)
    header = ["", "Adresse de courriel" if lang == "fr" else "Email address"]
    tracked = [a for a in ACTIVITIES if a[4]]
    for _pid, name, _module, _cmid, _tracks, _graded in tracked:
        header += [name.replace("&", "&amp;"), ""]
    rows = [header]
    for learner in learners:
        row = [learner["name"], learner["email"]]
        for pid, _name, module, _cmid, _tracks, graded in tracked:
            if pid in learner["done"]:
                end = learner["done"][pid][1]
                if module == "quiz" and pid == "accroche":
                    end -= datetime.timedelta(minutes=2)
                state = (
                    (states["pass"] if learner["passed"] else states["fail"])
                    if graded
                    else states["done"]
                )
                row += [state, end.strftime("%Y-%m-%d %H:%M:%S")]
            else:
                row += [states["not"], ""]
        rows.append(row)
    return rows


def csv_text(rows: list[list[str]], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\n")
    for row in rows:
        writer.writerow([cell.replace('"', "'") for cell in row])
    return out.getvalue()


def _statement(
    rng: random.Random,
    actor: dict,
    verb: str,
    target: dict,
    when: datetime.datetime,
    result: dict | None = None,
    platform: str = "Moodle",
) -> dict:
    statement = {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "actor": actor,
        "verb": {"id": verb, "display": {"en": verb.rsplit("/", 1)[-1]}},
        "object": target,
        "timestamp": when.replace(
            tzinfo=datetime.timezone(datetime.timedelta(hours=1))
        ).isoformat(),
        "context": {"platform": platform, "language": "fr"},
        "version": "1.0.3",
    }
    if result:
        statement["result"] = result
    return statement


def moodle_statements(rng: random.Random, learners: list[dict]) -> list[dict]:
    statements = []
    course = {
        "objectType": "Activity",
        "id": f"{SITE}/course/view.php?id=12",
        "definition": {
            "type": "http://id.tincanapi.com/activitytype/lms/course",
            "name": {"fr": "Prendre en main le nouveau logiciel de paie"},
        },
    }
    for learner in learners:
        actor = {
            "objectType": "Agent",
            "name": learner["name"],
            "account": {"homePage": SITE, "name": str(learner["id"])},
        }
        first = min((b for b, _e in learner["done"].values()), default=START)
        statements.append(
            _statement(rng, actor, "http://id.tincanapi.com/verb/viewed", course, first)
        )
        for pid, name, module, cmid, _tracks, graded in ACTIVITIES:
            if pid is None and learner["id"] % 3 == 0:  # the news forum, read by some
                forum = {
                    "objectType": "Activity",
                    "id": f"{SITE}/mod/{module}/view.php?id={cmid}",
                    "definition": {
                        "type": "http://id.tincanapi.com/activitytype/lms/module",
                        "name": {"fr": name},
                    },
                }
                verb = "http://id.tincanapi.com/verb/viewed"
                statements.append(_statement(rng, actor, verb, forum, first))
            if pid not in learner["done"]:
                continue
            begin, end = learner["done"][pid]
            target = {
                "objectType": "Activity",
                "id": f"{SITE}/mod/{module}/view.php?id={cmid}",
                "definition": {
                    "type": "http://id.tincanapi.com/activitytype/lms/module",
                    "name": {"fr": name},
                },
            }
            statements.append(
                _statement(rng, actor, "http://id.tincanapi.com/verb/viewed", target, begin)
            )
            result: dict = {"completion": True}
            if graded:
                result["success"] = learner["passed"]
            statements.append(
                _statement(
                    rng, actor, "http://adlnet.gov/expapi/verbs/completed", target, end, result
                )
            )
    statements.sort(key=lambda s: s["timestamp"])
    return statements


def openedx_statements(rng: random.Random, learners: list[dict]) -> list[dict]:
    statements = []
    for learner in learners:
        actor = {
            "objectType": "Agent",
            "account": {
                "homePage": EDX,
                "name": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            },
        }
        for pid in ORDER:
            if pid not in learner["done"]:
                continue
            begin, end = learner["done"][pid]
            block = f"block-v1:{COURSE_KEY}+type@html+block@html_phase_{pid}"
            target = {
                "objectType": "Activity",
                "id": f"{EDX}/xblock/{block}",
                "definition": {"type": "http://adlnet.gov/expapi/activities/module"},
            }
            progress = "https://w3id.org/xapi/cmi5/result/extensions/progress"
            statements.append(
                _statement(
                    rng,
                    actor,
                    "http://adlnet.gov/expapi/verbs/progressed",
                    target,
                    begin,
                    {"completion": False, "extensions": {progress: 50.0}},
                    "Open edX",
                )
            )
            statements.append(
                _statement(
                    rng,
                    actor,
                    "http://adlnet.gov/expapi/verbs/progressed",
                    target,
                    end,
                    {"completion": True, "extensions": {progress: 100.0}},
                    "Open edX",
                )
            )
    statements.sort(key=lambda s: s["timestamp"])
    return statements


def _lines(items: list[dict]) -> bytes:
    return "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in items).encode("utf-8")


def files() -> dict[str, bytes]:
    """The example files, by name, as bytes."""
    rng = random.Random(2026)
    learners = cohort(rng)
    french = csv_text(completion_rows(learners, "fr"), ",").encode("utf-8")
    english = codecs.BOM_UTF16_LE + csv_text(completion_rows(learners, "en"), "\t").encode(
        "utf-16-le"
    )
    return {
        "progress.prendre-en-main.csv": french,
        "progress.prendre-en-main.excel.csv": english,
        "statements.moodle.jsonl": _lines(moodle_statements(rng, learners)),
        "statements.openedx.jsonl": _lines(openedx_statements(rng, learners)),
    }


def pictures(folder: Path = ROOT / "docs" / "apres-la-session") -> list[Path]:
    """Draw the pictures of the docs page from the example data (French, SVG)."""
    import scenario
    from scenario.render.funnel import funnel_chart, save_figure

    course = scenario.load(COURSE)
    result = scenario.overlay(course, FOLDER / "progress.prendre-en-main.csv")
    folder.mkdir(parents=True, exist_ok=True)
    made = {
        "carte.svg": course.mindmap(overlay=result).pipe(format="svg"),
        "parcours.svg": course.path_diagram(overlay=result).pipe(format="svg"),
        "entonnoir.svg": save_figure(funnel_chart(result, lang="fr"), "svg"),
    }
    for name, data in made.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in made]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the files differ")
    parser.add_argument("--pictures", action="store_true", help="also draw the docs' pictures")
    args = parser.parse_args(argv)
    if args.pictures:
        pictures()
    stale = []
    for name, data in files().items():
        path = FOLDER / name
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(name)
        else:
            FOLDER.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    if stale:
        print(
            "stale: " + ", ".join(stale) + " (run python scripts/learner_data.py)", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
