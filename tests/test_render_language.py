"""Every picture, export and analysis speaks the language of the moment, through one catalog.

Each output takes ``lang`` (``"fr"``, ``"en"``, or None for the current
language, French unless chosen otherwise) and refuses any other language
with the one :class:`~scenario.errors.LanguageError`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import scenario
from scenario.analysis.requirements import Text
from scenario.errors import LanguageError
from scenario.i18n import use_language
from scenario.io.markmap import to_markmap
from scenario.io.mermaid import to_mermaid
from scenario.io.opml import to_opml
from scenario.render.mindmap import mindmap
from scenario.render.path import path_diagram
from scenario.render.synopsis import synopsis
from tests.conftest import example_named

#: Each output as a function of (scenario, lang), and a word only its English shows.
OUTPUTS: dict[str, tuple[Callable[[scenario.Scenario, str | None], str], str]] = {
    "mindmap": (lambda s, lang: mindmap(s, lang=lang).source, "Legend"),
    "path": (lambda s, lang: path_diagram(s, lang=lang).source, "xlabel=start"),
    "synopsis": (lambda s, lang: synopsis(s, "trainer", lang=lang), "Trainer synopsis"),
    "markmap": (lambda s, lang: to_markmap(s, lang=lang), "total duration"),
    "mermaid": (lambda s, lang: to_mermaid(s, lang=lang), "discovery"),
    "opml": (lambda s, lang: to_opml(s, lang=lang), "total duration"),
    "stats": (lambda s, lang: s.stats().text(lang), "Balance of the scenario"),
    "requirements": (lambda s, lang: s.requirements().text(lang), "What the scenario takes"),
}


@pytest.fixture(scope="module")
def spoc() -> scenario.Scenario:
    return example_named("spoc-logiciel-paie")


@pytest.mark.parametrize("output", sorted(OUTPUTS))
def test_french_is_the_default(
    output: str, spoc: scenario.Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without lang nor SCENARIO_LANG, an output is the French one."""
    monkeypatch.delenv("SCENARIO_LANG", raising=False)
    make, english = OUTPUTS[output]
    assert make(spoc, None) == make(spoc, "fr")
    assert english not in make(spoc, None)


@pytest.mark.parametrize("output", sorted(OUTPUTS))
def test_lang_none_follows_the_language_of_the_moment(output: str, spoc: scenario.Scenario) -> None:
    """Inside use_language("en"), lang=None gives the English output, and lang="fr" still French."""
    make, english = OUTPUTS[output]
    with use_language("en"):
        assert make(spoc, None) == make(spoc, "en")
        assert english in make(spoc, None)
        assert english not in make(spoc, "fr")


@pytest.mark.parametrize("output", sorted(OUTPUTS))
def test_an_unknown_language_is_refused(output: str, spoc: scenario.Scenario) -> None:
    make, _ = OUTPUTS[output]
    with pytest.raises(LanguageError, match="'de'"):
        make(spoc, "de")


def test_the_language_is_set_back_after_an_output(spoc: scenario.Scenario) -> None:
    """An English drawing inside a French block leaves the block French."""
    with use_language("fr"):
        mindmap(spoc, lang="en")
        assert "Légende" in mindmap(spoc).source


def test_requirement_lines_come_from_the_catalog() -> None:
    """A line of the requirements is its English key, and the catalog gives its French."""
    room = Text("a room")
    assert (room.fr, room.en) == ("une salle", "a room")
    assert (room("en"), room("fr")) == ("a room", "une salle")
    with use_language("en"):
        assert room() == "a room"


def test_stats_show_the_values_in_the_language_asked() -> None:
    """The English balance names the grid's values in English, and a missing tag "not given"."""
    s = scenario.Scenario("x")
    s.add_phase("a", "découverte", situation="présentiel", duration=30)
    english = s.stats().text("en")
    assert "discovery" in english
    assert "not given" in english
    assert "non renseigné" in s.stats().text("fr")


def test_a_count_of_one_is_singular() -> None:
    """One learner is "1 apprenant", as French and English both want."""
    s = scenario.Scenario("x", audience=1)
    s.add_phase("a", "découverte")
    assert "1 apprenant<" in mindmap(s).source or "1 apprenant," in mindmap(s).source
    assert "1 learner" in to_markmap(s, lang="en")
    assert "1 personne" in synopsis(s)


def test_numbers_and_durations_as_each_language_writes_them() -> None:
    """French shares are 6,7 % (a no-break space before the sign), English 6.7%;
    thousands are spaced in French; durations read 1 h 30 on the maps, in the exports
    and the analyses (unbreakable on the maps)."""
    s = scenario.Scenario("x", audience=5000)
    s.add_phase("a", "découverte", situation="présentiel", duration=90)
    s.add_phase("b", "évaluation", situation="présentiel", pedagogy="active", duration=10)
    s.add_phase("c", "évaluation", situation="présentiel", duration=20)
    stats = s.stats()
    assert "75\u00a0%" in stats.text("fr")
    assert "8,3\u00a0%" in stats.text("fr")
    assert "8,3\u00a0%" in stats._repr_html_()
    assert "8.3%" in stats.text("en")
    assert "5\u202f000 apprenants" in mindmap(s).source
    assert "5,000 learners" in mindmap(s, lang="en").source
    assert "1\u00a0h\u00a030" in mindmap(s).source
    assert "1\u00a0h\u00a030" in path_diagram(s).source
    assert "durée : 1 h 30" in to_markmap(s)
    assert "(2 h)" in s.requirements().text()
    assert "5\u202f000 personnes" in synopsis(s)
