"""Every snippet of the pages a new designer follows runs as written.

The pages are the README, getting started, démarrage rapide, concepts and the
recipes. In each page,
in order, in a fresh temporary folder holding a copy of ``examples/``:

- a ```` ```python ```` block runs; the blocks of one page share their names,
  as the cells of a notebook do;
- in a ```` ```bash ```` block, each line that starts with ``scenario `` runs
  (with this Python's ``scenario``) and must exit with status 0; other lines
  (``pip install ...``, comments) are not run.

An HTML comment on the line just before a fence changes that:

- ``<!-- snippet: skip -->``: the block is not run (say why in the text);
- ``<!-- snippet: exit N -->``: the block's commands must exit with status N;
- ``<!-- snippet: file NAME -->``: the block (YAML, CSV...) is written to NAME,
  for the commands after it to use.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = [
    ROOT / "README.md",
    DOCS / "getting-started.md",
    DOCS / "demarrage-rapide.md",
    DOCS / "concepts.md",
    *sorted((DOCS / "recipes").glob("*.md")),
    DOCS / "apres-la-session.md",
]

_BLOCK = re.compile(
    r"(?:<!--\s*snippet:\s*(?P<directive>[^>]*?)\s*-->\s*\n)?"
    r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```\s*$",
    re.MULTILINE | re.DOTALL,
)


def blocks(page: Path) -> list[tuple[str, str, str, int]]:
    """The fenced blocks of a page: (language, body, directive, line number)."""
    text = page.read_text(encoding="utf-8")
    found = []
    for match in _BLOCK.finditer(text):
        line = text.count("\n", 0, match.start("lang")) + 1
        found.append((match["lang"], match["body"], match["directive"] or "", line))
    return found


def _run_command(line: str, cwd: Path, expected: int, where: str) -> None:
    argv = [sys.executable, "-m", "scenario", *shlex.split(line)[1:]]
    env = {**os.environ, "MPLBACKEND": "Agg"}
    done = subprocess.run(
        argv, cwd=cwd, capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert done.returncode == expected, (
        f"{where}: `{line}` exited {done.returncode}, expected {expected}\n"
        f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    )


def run_page(page: Path, workdir: Path) -> int:
    """Run the snippets of one page in ``workdir``; return how many blocks ran."""
    shutil.copytree(ROOT / "examples", workdir / "examples")
    namespace: dict[str, Any] = {"__name__": "__snippet__"}
    ran = 0
    previous = Path.cwd()
    os.chdir(workdir)
    try:
        for lang, body, directive, line in blocks(page):
            where = f"{page.relative_to(ROOT) if page.is_relative_to(ROOT) else page}:{line}"
            if directive == "skip":
                continue
            if directive.startswith("file "):
                (workdir / directive[5:].strip()).write_text(body, encoding="utf-8")
                continue
            expected = int(directive[5:]) if directive.startswith("exit ") else 0
            if lang == "python":
                code = compile(body, where, "exec")
                exec(code, namespace)
                ran += 1
            elif lang in ("bash", "sh", "console"):
                for command in body.splitlines():
                    command = command.strip()
                    if command.startswith("scenario "):
                        _run_command(command, workdir, expected, where)
                ran += 1
    finally:
        os.chdir(previous)
    return ran


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_snippet_of_the_page_runs(page: Path, tmp_path: Path) -> None:
    """The page's Python blocks and `scenario` commands run as written."""
    assert run_page(page, tmp_path) > 0


def test_directives_are_understood(tmp_path: Path) -> None:
    """skip, exit N and file NAME do what the module docstring says."""
    page = tmp_path / "page.md"
    page.write_text(
        "<!-- snippet: file cours.yaml -->\n"
        "```yaml\nscenario: 1\ntitle: T\nphases: []\n```\n\n"
        "<!-- snippet: exit 1 -->\n"
        "```bash\nscenario validate cours.yaml\n```\n\n"
        "<!-- snippet: skip -->\n"
        "```python\nraise SystemExit('not run')\n```\n\n"
        "```python\nimport scenario\nloaded = scenario.load('cours.yaml')\n```\n\n"
        "```python\nassert loaded.title == 'T'\n```\n",
        encoding="utf-8",
    )
    work = tmp_path / "work"
    work.mkdir()
    assert run_page(page, work) == 3


def test_extending_snippets_run_in_a_process_of_their_own(tmp_path: Path) -> None:
    """docs/extending.md registers a rule and a format: run it apart, so no registry is touched.

    The house rule then runs in `validate()` like a built-in one, and the
    format is known to the registry.
    """
    code = "\n".join(
        body for lang, body, directive, _ in blocks(DOCS / "extending.md") if lang == "python"
    )
    code += (
        "\nfrom scenario.io.formats import get_format\n"
        "assert get_format('outline').dump is to_text_outline\n"
        "s.update_phase('evaluation-finale', kind='réalisation', intentions=['partager'])\n"
        "assert 'house.quiz-per-module' in {f.rule for f in s.validate()}\n"
    )
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
