"""docs/fr/reviser.md and docs/en/reviser.md run as written, and their examples in
docs/exemples/ (one copy for both languages) are up to date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests._scripts import load_script
from tests.test_docs_snippets import run_page

ROOT = Path(__file__).resolve().parent.parent
PAGES = {lang: ROOT / "docs" / lang / "reviser.md" for lang in ("fr", "en")}
EXAMPLES = ROOT / "docs" / "exemples"

revision = load_script("revision_examples")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_snippet_of_the_page_runs(lang: str, tmp_path: Path) -> None:
    """The diff, fix and pack commands and the Python blocks run, with the exit statuses shown."""
    assert run_page(PAGES[lang], tmp_path) >= 6
    assert (tmp_path / "dossier.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "changements.svg").is_file()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_diff_shown_is_what_fix_prints(lang: str) -> None:
    """The excerpt of `scenario fix brouillon.yaml` on the page is the command's real output."""
    from scenario.analysis.fixes import fix_text

    text = PAGES[lang].read_text(encoding="utf-8")
    draft = re.search(r"snippet: file brouillon.yaml -->\n```yaml\n(.*?)```", text, re.S)
    shown = re.search(r"```diff\n(.*?)\.\.\.\n```", text, re.S)
    assert draft is not None
    assert shown is not None
    real = fix_text(draft[1], source="brouillon.yaml").diff()
    assert real.startswith(shown[1])


def test_the_examples_are_up_to_date() -> None:
    """docs/exemples holds what the code writes now (the map and PDF bytes vary with Graphviz
    and WeasyPrint: the text of the pack is compared without its mind map)."""
    import os

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        diff, page = revision.diff_text(), revision.pack_page()
    finally:
        os.chdir(here)
    assert (EXAMPLES / revision.DIFF).read_text(encoding="utf-8") == diff, (
        "stale: run python scripts/revision_examples.py"
    )
    committed = (EXAMPLES / revision.PACK).read_text(encoding="utf-8")
    assert _without_map(committed) == _without_map(page), (
        "stale: run python scripts/revision_examples.py"
    )
    for name in (revision.MAP, revision.PDF):
        assert (EXAMPLES / name).stat().st_size > 1000


def _without_map(page: str) -> str:
    return re.sub(r'<figure class="map">.*?</figure>', "", page, flags=re.S)


@pytest.mark.parametrize("name", ["entretien-v1.yaml", "entretien-v2.yaml"])
def test_the_versions_load(name: str) -> None:
    import scenario

    assert scenario.load(ROOT / "examples" / "revision" / name).validate().ok
