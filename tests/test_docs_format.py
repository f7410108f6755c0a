"""docs/fr/format.md and docs/en/format.md are generated from the JSON Schema and kept up
to date; the French page takes the schema's words from the message catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from scenario.io.schema import schema
from tests._scripts import load_script

docs_format = load_script("docs_format")
catalog = load_script("catalog")

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_format_page_is_up_to_date(lang: str) -> None:
    """The committed page is what the schema gives: run `python scripts/docs_format.py`."""
    page = ROOT / "docs" / lang / "format.md"
    assert page.read_text(encoding="utf-8") == docs_format.render(lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_format_page_names_every_key_of_the_schema(lang: str) -> None:
    """Each key of the document, a phase, a transition, a waiver and the audience is listed."""
    page = docs_format.render(lang)
    root = schema()
    keys = list(root["properties"])
    for name in ("phase", "transition", "waiver", "audience"):
        keys += list(root["$defs"][name]["properties"])
    for key in keys:
        assert f"| `{key}` |" in page


def test_format_page_lists_every_canonical_value_with_its_alias() -> None:
    """Every vocabulary value of the schema appears with its English alias."""
    page = docs_format.render("en")
    assert "| `pédagogie inversée` | `flipped` | `pedagogie inversee` |" in page
    assert "| `distanciel asynchrone` | `asynchronous remote` |  |" in page
    assert "| `pédagogie inversée` | `flipped` | `pedagogie inversee` |" in docs_format.render("fr")


def test_the_french_page_is_french_from_the_schema_s_own_words() -> None:
    """Every title and description of the schema is in the catalog (context "document
    format"), and the French page shows the French descriptions, never the English."""
    from scenario.i18n import pgettext, use_language

    page = docs_format.render("fr")
    found = list(
        catalog.extract_schema((ROOT / "schemas" / "scenario.schema.json").open("rb"), (), (), {})
    )
    assert len(found) > 50
    shown = 0
    with use_language("fr"):
        for _line, _keyword, (context, english), comments in found:
            french = pgettext(context, english)
            assert context == "document format"
            assert french != english or english == "Scénario pédagogique" or " " not in english
            if comments[0].endswith(" description"):
                assert english not in page, english
                shown += french in page
    assert shown > 30
    assert page.startswith("# Le format du document\n")
    assert "| `phase` | oui | [type de phase](#type-de-phase) : une valeur parmi" in page
    assert "## Une phase\n" in page


def test_check_mode_says_when_a_page_is_stale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--check exits 1 on a stale page and 0 once the pages are written."""
    pattern = str(tmp_path / "{lang}" / "format.md")
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "format.md").write_text("old\n", encoding="utf-8")
    assert docs_format.main(["-o", pattern, "--check"]) == 1
    assert "out of date" in capsys.readouterr().err
    assert docs_format.main(["-o", pattern]) == 0
    assert docs_format.main(["-o", pattern, "--check"]) == 0
    for lang in ("fr", "en"):
        written = (tmp_path / lang / "format.md").read_text(encoding="utf-8")
        assert written == docs_format.render(lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_format_page_shows_a_refusal_as_the_library_words_it(lang: str) -> None:
    """The example refusal is made by loading a draft with three mistakes, in French and in
    English: every problem at once, with its line and column, the French key as written."""
    page = docs_format.render(lang)
    assert "cours.yaml:6:5: erreur à phases[0].situation : situation inconnue" in page
    assert "cours.yaml:7:5: erreur à phases[0].durée : durée illisible 'une heure'" in page
    assert "cours.yaml:8:5: error at phases[1].id: duplicate phase id 'intro'" in page


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_format_page_lists_the_french_keys_from_the_one_lexicon(lang: str) -> None:
    """Every French name of a key the loader reads is on the page, with its key."""
    from scenario.lexicon import KEY_ALIASES

    page = docs_format.render(lang)
    for name, key in KEY_ALIASES.items():
        row = next(line for line in page.splitlines() if line.startswith(f"| `{key}` | `"))
        assert f"`{name}`" in row
