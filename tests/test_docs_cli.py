"""The command line pages show each command's help as the parser gives it, in their language."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests._scripts import load_script

docs_cli = load_script("docs_cli")

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(
    sys.version_info >= (3, 13),
    reason="argparse 3.13 writes an option once for all its names (-m, --modality M); "
    "the page is written by the Python of CI (3.10 to 3.12 write the same)",
)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_help_of_every_command_is_up_to_date(lang: str) -> None:
    """docs/<lang>/cli-help.md has a block for every command, as `--help` prints it now: run
    `python scripts/docs_cli.py` after changing a command."""
    page = (ROOT / "docs" / lang / "cli-help.md").read_text(encoding="utf-8")
    new, missing = docs_cli.updated(page, lang)
    assert missing == []
    # argparse's columns differ between Pythons (3.13 widens the one of the commands):
    # the words are compared, the page being written by the Python that ran the script.
    assert new.split() == page.split()


def test_each_page_shows_the_help_in_its_own_language() -> None:
    fr = (ROOT / "docs" / "fr" / "cli-help.md").read_text(encoding="utf-8")
    en = (ROOT / "docs" / "en" / "cli-help.md").read_text(encoding="utf-8")
    assert "utilisation : scenario validate [-h]" in fr
    assert "usage: scenario validate [-h]" in en
    assert "usage:" not in fr
    assert "utilisation :" not in en
    assert set(docs_cli.commands()) >= {"validate", "render", "diff", "fix", "overlay"}


def test_check_mode_finds_a_stale_block_and_a_missing_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--check exits 1 on a stale block and on a command with no block; writing fixes the
    first, not the second (a command must be documented by hand)."""
    for lang in ("fr", "en"):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "cli.md").write_text(
            "# CLI\n\n<!-- cli-help: validate -->\nold\n<!-- /cli-help -->\n", encoding="utf-8"
        )
    pages = str(tmp_path / "{lang}" / "cli.md")
    assert docs_cli.main(["--pages", pages, "--check"]) == 1
    err = capsys.readouterr().err
    assert "out of date" in err
    assert "no <!-- cli-help: render --> block" in err
    assert docs_cli.main(["--pages", pages]) == 1
    written = (tmp_path / "fr" / "cli.md").read_text(encoding="utf-8")
    assert "```text\nutilisation : scenario validate" in written
    assert "old" not in written


def test_the_help_is_as_wide_as_asked_whatever_the_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    texts = docs_cli.help_texts("en")
    assert max(len(line) for text in texts.values() for line in text.splitlines()) <= 80
    import os

    assert os.environ["COLUMNS"] == "200"
