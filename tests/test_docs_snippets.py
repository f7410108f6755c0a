"""Every snippet of the documentation runs as written, in French and in English.

The pages are the README and every page of ``docs/fr/`` and ``docs/en/``
(:data:`PAGES`), but for a few run by tests of their own (:data:`RUN_ELSEWHERE`,
which says where). In each page, in order, in a fresh temporary folder
holding a copy of ``examples/``:

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
LANGUAGES = ("fr", "en")

#: Pages whose snippets a test of their own runs, with more checks, and where.
RUN_ELSEWHERE = {
    "extending.md": "below, in a process of its own (it registers a rule and a format)",
    "validation.md": "tests/test_rules_registry.py, which compares what it prints",
    "reviser.md": "tests/test_docs_reviser.py, which checks the files it writes",
}


def _runnable(page: Path) -> bool:
    return page.name not in RUN_ELSEWHERE and any(
        lang in ("python", "bash", "sh", "console") and directive != "skip"
        for lang, _, directive, _ in blocks(page)
    )


def docs_pages(lang: str) -> list[Path]:
    """Every page of the documentation in ``lang``."""
    return sorted((DOCS / lang).rglob("*.md"))


_BLOCK = re.compile(
    r"(?:<!--\s*snippet:\s*(?P<directive>[^>]*?)\s*-->\s*\n)?"
    r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```\s*$",
    re.MULTILINE | re.DOTALL,
)


#: A whole file included by pymdownx.snippets (``--8<-- "docs/en/api.md:2:"``: from line 2).
_INCLUDE = re.compile(r'^--8<-- "(?P<path>[^":]+)(?::(?P<start>\d*)(?::(?P<end>\d*))?)?"\s*$', re.M)


def expanded(text: str) -> str:
    """The page's text with the files it includes written in, as the site shows it.

    >>> expanded('--8<-- "README.md:1:1"').startswith("# scenario")
    True
    """

    def include(match: re.Match[str]) -> str:
        lines = (ROOT / match["path"]).read_text(encoding="utf-8").splitlines()
        start = int(match["start"] or 1) - 1
        end = int(match["end"]) if match["end"] else len(lines)
        return "\n".join(lines[start:end])

    return _INCLUDE.sub(include, text)


def blocks(page: Path) -> list[tuple[str, str, str, int]]:
    """The fenced blocks of a page, included files written in: (language, body, directive,
    line number)."""
    text = expanded(page.read_text(encoding="utf-8"))
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


#: The pages with snippets to run here: the README, then each language's pages.
PAGES = [ROOT / "README.md"] + [
    page for lang in LANGUAGES for page in docs_pages(lang) if _runnable(page)
]


def test_the_pages_with_snippets_are_found() -> None:
    """Both languages' pages are run: getting started, concepts, the recipes..."""
    names = {str(page.relative_to(DOCS)) for page in PAGES if page.is_relative_to(DOCS)}
    for lang in LANGUAGES:
        for name in ("getting-started.md", "concepts.md", "recipes/spoc.md", "analysis.md"):
            assert f"{lang}/{name}" in names


@pytest.mark.parametrize(
    "page",
    [p for lang in LANGUAGES for p in docs_pages(lang)],
    ids=lambda p: str(p.relative_to(DOCS)),
)
def test_an_included_page_leaves_out_only_its_title(page: Path) -> None:
    """A French developer page includes the English one from its line 2: line 1 must be the
    title, so that nothing of the English page is lost when its top is edited."""
    for match in _INCLUDE.finditer(page.read_text(encoding="utf-8")):
        if match["start"] is None:
            continue  # a whole file (the changelog, a text shown in a block)
        assert match["start"] == "2"
        first = (ROOT / match["path"]).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# "), match["path"]


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


@pytest.mark.parametrize("lang", LANGUAGES)
def test_extending_snippets_run_in_a_process_of_their_own(lang: str, tmp_path: Path) -> None:
    """docs/<lang>/extending.md registers a rule and a format: run it apart, so no registry
    is touched.

    The house rule then runs in `validate()` like a built-in one, and the
    format is known to the registry.
    """
    code = "\n".join(
        body for kind, body, _, _ in blocks(DOCS / lang / "extending.md") if kind == "python"
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
