"""docs/format.md is generated from the JSON Schema and kept up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from scenario.io.schema import schema
from tests._scripts import load_script

docs_format = load_script("docs_format")

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "format.md"


def test_format_page_is_up_to_date() -> None:
    """The committed page is what the schema gives: run `python scripts/docs_format.py`."""
    assert PAGE.read_text(encoding="utf-8") == docs_format.render()


def test_format_page_names_every_key_of_the_schema() -> None:
    """Each key of the document, a phase, a transition, a waiver and the audience is listed."""
    page = docs_format.render()
    root = schema()
    keys = list(root["properties"])
    for name in ("phase", "transition", "waiver", "audience"):
        keys += list(root["$defs"][name]["properties"])
    for key in keys:
        assert f"| `{key}` |" in page


def test_format_page_lists_every_canonical_value_with_its_alias() -> None:
    """Every vocabulary value of the schema appears with its English alias."""
    page = docs_format.render()
    assert "| `pédagogie inversée` | `flipped` | `pedagogie inversee` |" in page
    assert "| `distanciel asynchrone` | `asynchronous remote` |  |" in page


def test_check_mode_says_when_the_page_is_stale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--check exits 1 on a stale page and 0 once the page is written."""
    page = tmp_path / "format.md"
    page.write_text("old\n", encoding="utf-8")
    assert docs_format.main(["-o", str(page), "--check"]) == 1
    assert "out of date" in capsys.readouterr().err
    assert docs_format.main(["-o", str(page)]) == 0
    assert docs_format.main(["-o", str(page), "--check"]) == 0
    assert page.read_text(encoding="utf-8") == docs_format.render()


def test_format_page_shows_a_refusal_as_the_library_words_it() -> None:
    """The example refusal is made by loading a misspelt document, in French and in English."""
    page = docs_format.render()
    assert "cours.yaml:6: erreur à phases[0].situation : situation inconnue" in page
    assert "cours.yaml:6: error at phases[0].situation: unknown situation" in page
