"""One catalog of messages, complete in French, and the language chosen per context."""

from __future__ import annotations

import re
import threading

import pytest

from scenario.errors import LanguageError
from scenario.i18n import _, check_lang, current_language, format_percent, use_language
from tests._scripts import load_script

catalog = load_script("catalog")


class TestCatalog:
    def test_the_catalog_is_complete_and_up_to_date(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Every message marked in the code has its French, and the .pot/.po/.mo are current:
        run python scripts/catalog.py after adding or changing a message."""
        status = catalog.main(["--check"])
        assert status == 0, capsys.readouterr().out

    def test_every_translation_keeps_the_placeholders(self) -> None:
        """A translation names the same {placeholders} as its message, no more, no fewer."""
        template = catalog.extract()
        french = catalog.updated(template, "fr")
        wrong = []
        for message in french:
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            wanted = set(re.findall(r"\{(\w*)", ids[-1]))
            for string in strings:
                if set(re.findall(r"\{(\w*)", string)) != wanted:
                    wrong.append((ids[0], string))
        assert wrong == []


class TestLanguage:
    def test_french_is_the_default(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("SCENARIO_LANG", raising=False)
        assert current_language() == "fr"

    def test_scenario_lang_chooses_english(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("SCENARIO_LANG", "en_GB.UTF-8")
        assert current_language() == "en"

    def test_an_unknown_scenario_lang_keeps_french(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("SCENARIO_LANG", "de")
        assert current_language() == "fr"

    def test_use_language_sets_the_language_for_its_block_only(self) -> None:
        with use_language("fr"):
            with use_language("en"):
                assert current_language() == "en"
            assert current_language() == "fr"

    def test_a_thread_keeps_its_own_language(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The language is a context variable: another thread does not see this one's."""
        monkeypatch.delenv("SCENARIO_LANG", raising=False)
        seen: list[str] = []
        with use_language("en"):
            thread = threading.Thread(target=lambda: seen.append(current_language()))
            thread.start()
            thread.join()
        assert seen == ["fr"]

    @pytest.mark.parametrize("lang", ["de", "FR", "", None, 1])
    def test_an_unknown_language_is_refused_with_the_choices(self, lang: object) -> None:
        with pytest.raises(LanguageError, match="'fr'"):
            check_lang(lang)

    def test_a_language_error_is_a_value_error(self) -> None:
        with pytest.raises(ValueError):  # noqa: PT011 - the builtin is what callers catch
            check_lang("xx")

    def test_french_percent_takes_a_comma_and_a_no_break_space(self) -> None:
        with use_language("fr"):
            assert format_percent(6.66) == "6,7\u00a0%"
        with use_language("en"):
            assert format_percent(6.66) == "6.7%"

    def test_a_message_unknown_to_the_catalog_is_shown_as_written(self) -> None:
        with use_language("fr"):
            assert _("a sentence no one marked") == "a sentence no one marked"
