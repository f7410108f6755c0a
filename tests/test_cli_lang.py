"""The command line in the reader's language: --lang on every command, SCENARIO_LANG,
the help and argparse's own words (usage, errors) from the catalog."""

from __future__ import annotations

import argparse
import ast
import gettext
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scenario.cli import main
from scenario.cli._argparse import DEVELOPER_MESSAGES, MESSAGES, SAME_IN_EVERY_LANGUAGE
from scenario.cli.parser import build_parser
from scenario.i18n import LANGUAGES, _, use_language
from tests.conftest import EXAMPLES

SPOC = str(EXAMPLES / "spoc-logiciel-paie.yaml")
BROKEN = "scenario: 1\ntitle: Cassé\nphases:\n  - {id: a, phase: découverte, situation: lune}\n"


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


COMMANDS = sorted(_commands())


@pytest.fixture(autouse=True)
def _no_scenario_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SCENARIO_LANG", raising=False)


def _exit(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


class TestLangOption:
    @pytest.mark.parametrize("name", COMMANDS)
    def test_every_command_has_the_one_lang_option(self, name: str) -> None:
        """--lang fr|en on every command, the choices of scenario.i18n, no default of its own."""
        (lang,) = [a for a in _commands()[name]._actions if "--lang" in a.option_strings]
        assert tuple(lang.choices or ()) == LANGUAGES
        assert lang.default is None

    @pytest.mark.parametrize(
        ("env", "options", "summary"),
        [
            (None, [], "1 fichier : 0 erreur, 0 avertissement, 0 info ; 1 illisible"),
            ("en", [], "1 file: 0 errors, 0 warnings, 0 infos; 1 could not be loaded"),
            (
                None,
                ["--lang", "en"],
                "1 file: 0 errors, 0 warnings, 0 infos; 1 could not be loaded",
            ),
            ("en", ["--lang", "fr"], "1 fichier : 0 erreur, 0 avertissement, 0 info ; 1 illisible"),
        ],
    )
    def test_scenario_lang_is_the_default_and_lang_wins(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        env: str | None,
        options: list[str],
        summary: str,
    ) -> None:
        """The load error and the summary speak --lang, else SCENARIO_LANG, else French."""
        if env:
            monkeypatch.setenv("SCENARIO_LANG", env)
        broken = tmp_path / "b.yaml"
        broken.write_text(BROKEN, encoding="utf-8")
        assert main(["validate", str(broken), *options]) == 2
        error, last = capsys.readouterr().out.splitlines()
        assert last == summary
        french = summary.startswith("1 fichier")
        assert (" erreur à phases[0].situation : situation inconnue 'lune'" in error) is french
        assert (" error at phases[0].situation: unknown situation 'lune'" in error) is not french

    def test_stats_takes_lang(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["stats", SPOC, "--lang", "en", "--format", "json"]) == 0
        assert '"total_minutes": 300' in capsys.readouterr().out

    @pytest.mark.parametrize(
        ("argv", "french", "english"),
        [
            (
                ["render", SPOC, "-o", "map.jpg"],
                "scenario : impossible de déduire le format de 'map.jpg' de son extension : "
                "utilisez l'une des extensions .svg .png .pdf .dot .gv .html .htm",
                "scenario: cannot tell the format of 'map.jpg' from its suffix: "
                "use one of .svg .png .pdf .dot .gv .html .htm",
            ),
            (
                ["export", SPOC],
                "scenario : donnez --to FORMAT, ou -o SORTIE avec une extension connue",
                "scenario: give --to FORMAT, or -o OUT with a known suffix",
            ),
        ],
    )
    def test_the_commands_own_messages(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        argv: list[str],
        french: str,
        english: str,
    ) -> None:
        monkeypatch.chdir(tmp_path)
        for lang, expected in (("fr", french), ("en", english)):
            assert main([*argv, "--lang", lang]) != 0
            assert capsys.readouterr().err == expected + "\n"

    def test_an_internal_error_is_one_paragraph_in_the_readers_language(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        def broken(args: argparse.Namespace) -> int:
            raise RuntimeError("boom")

        monkeypatch.delenv("SCENARIO_DEBUG", raising=False)
        monkeypatch.setattr("scenario.cli.stats.run", broken)
        assert main(["stats", SPOC]) == 3
        assert capsys.readouterr().err.startswith(
            "scenario : erreur interne (RuntimeError: boom). C'est un défaut de scenario"
        )


class TestHelp:
    @pytest.mark.parametrize("lang", LANGUAGES)
    @pytest.mark.parametrize("name", [None, *COMMANDS])
    def test_the_help_of_every_command_speaks_one_language(
        self, capsys: pytest.CaptureFixture[str], name: str | None, lang: str
    ) -> None:
        """argparse's words and ours, in French by default or English with --lang en."""
        argv = ["--help"] if name is None else [name, "--help", "--lang", lang]
        if name is None and lang == "en":
            argv = ["--help", "--lang", "en"]
        status, out, _err = _exit(argv, capsys)
        assert status == 0
        if lang == "fr":
            assert out.startswith("utilisation : scenario")
            assert "options :\n  -h, --help " in out
            assert "afficher ce message d'aide et quitter" in out
            for english in ("usage:", "show this help", "options:", "positional arguments"):
                assert english not in out
        else:
            assert out.startswith("usage: scenario")
            assert "options:\n  -h, --help " in out
            assert "show this help message and exit" in out
            assert "utilisation" not in out

    def test_the_main_help_lists_the_commands_in_french(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        _, out, _ = _exit(["--help"], capsys)
        assert "Écrire, vérifier et dessiner des scénarios pédagogiques" in out
        assert "arguments positionnels :\n  COMMANDE\n" in out
        assert re.search(r"validate +vérifier des scénarios avec les règles de cohérence", out)
        assert "Chaque commande accepte --lang fr ou --lang en" in out

    def test_scenario_lang_en_gives_the_english_help(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.setenv("SCENARIO_LANG", "en")
        _, out, _ = _exit(["new", "--help"], capsys)
        assert out.startswith("usage: scenario new [-h] [--lang {fr,en}] [--timeout SECONDS]")
        assert "Write a commented starting scenario for a modality" in out

    def test_help_imports_no_command_and_no_heavy_library(self) -> None:
        """`scenario --help` stays quick: nothing but the parser is imported."""
        code = (
            "import sys\nfrom scenario.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = ('networkx', 'jsonschema', 'graphviz', 'yaml', 'attrs', 'scenario.io',"
            " 'scenario.model', 'scenario.rules', 'scenario.render', 'scenario.cli.validate',"
            " 'scenario.analysis')\n"
            "print([name for name in heavy if name in sys.modules])\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
        )
        assert done.stdout.splitlines()[-1] == "[]"


class TestUsageErrors:
    @pytest.mark.parametrize(
        ("argv", "last_line"),
        [
            (
                ["validate"],
                "scenario validate : erreur : arguments obligatoires manquants : FICHIER",
            ),
            (
                ["validate", "--lang", "en"],
                "scenario validate: error: the following arguments are required: FILE",
            ),
            (
                ["stats", "x", "--lang", "de"],
                "scenario stats : erreur : argument --lang : choix invalide : 'de' "
                "(choisissez parmi 'fr', 'en')",
            ),
            (
                ["valdate", "x"],
                "scenario : erreur : argument COMMANDE : choix invalide : 'valdate' (choisissez "
                "parmi 'validate', 'rules', 'new', 'diff', 'fix', 'stats', 'requirements', "
                "'synopsis', 'render', 'overlay', 'export', 'import')",
            ),
            (["rules", "--nope"], "scenario : erreur : arguments non reconnus : --nope"),
            (
                ["requirements", SPOC, "--marking-minutes", "soon"],
                "scenario requirements : erreur : argument --marking-minutes : valeur invalide "
                "pour le type int : 'soon'",
            ),
            (
                ["requirements", SPOC, "--marking-minutes", "soon", "--lang=en"],
                "scenario requirements: error: argument --marking-minutes: invalid int value: "
                "'soon'",
            ),
            (
                ["render", SPOC, "-o", "m.svg", "--timeout", "nan"],
                "scenario render : erreur : argument --timeout : 'nan' n'est pas un nombre de "
                "secondes supérieur à zéro (par exemple 30 ou 2,5)",
            ),
            (
                ["render", SPOC, "-o"],
                "scenario render : erreur : argument -o/--output : un argument attendu",
            ),
        ],
    )
    def test_usage_errors_speak_the_language_asked(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], last_line: str
    ) -> None:
        """Exit 2, the usage then one line, in French unless --lang en."""
        status, _out, err = _exit(argv, capsys)
        assert status == 2
        usage, *_lines, last = err.splitlines()
        assert usage.startswith("utilisation : " if " : erreur" in last_line else "usage: ")
        assert last == last_line

    def test_argparse_gets_its_own_words_back(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The catalog's functions are lent to argparse for the parse only."""
        _exit(["validate"], capsys)
        assert vars(argparse)["_"] is gettext.gettext
        assert vars(argparse)["ngettext"] is gettext.ngettext
        assert argparse.ArgumentParser(prog="p").format_usage() == "usage: p [-h]\n"


def _argparse_messages() -> set[str]:
    """Every message the running Python's argparse words through gettext."""
    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("_", "ngettext")
        ):
            found.update(
                arg.value
                for arg in node.args[:2]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            )
    return found


class TestArgparseWords:
    def test_every_message_argparse_shows_a_user_is_in_the_catalog(self) -> None:
        """A new Python whose argparse says something new fails here: mark it in _argparse.py."""
        plurals = {"expected %s argument", "expected %s arguments"}
        shown = _argparse_messages() - DEVELOPER_MESSAGES - plurals
        assert shown - set(MESSAGES) == set()

    @pytest.mark.parametrize("message", sorted(set(MESSAGES) - SAME_IN_EVERY_LANGUAGE))
    def test_each_has_its_french(self, message: str) -> None:
        with use_language("fr"):
            assert _(message) != message
