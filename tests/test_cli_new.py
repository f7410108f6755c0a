"""``scenario new``: a commented starting scenario per modality."""

from __future__ import annotations

from pathlib import Path

import pytest

import scenario
from scenario.cli import main
from scenario.i18n import LANGUAGES
from scenario.io.templates import TEMPLATES, template
from scenario.vocabulary import Modality

#: Every template, in every language.
EVERY_TEMPLATE = [(m, lang) for m in TEMPLATES for lang in LANGUAGES]

MODALITY_SPELLINGS = [
    ("spoc", Modality.SPOC),
    ("SPOC", Modality.SPOC),
    ("mooc", Modality.MOOC),
    ("présentiel", Modality.PRESENTIEL),
    ("presentiel", Modality.PRESENTIEL),
    ("onsite", Modality.PRESENTIEL),
    ("pédagogie inversée", Modality.PEDAGOGIE_INVERSEE),
    ("Pedagogie  Inversee", Modality.PEDAGOGIE_INVERSEE),
    ("flipped", Modality.PEDAGOGIE_INVERSEE),
    ("blended", Modality.BLENDED),
    ("hybrid", Modality.BLENDED),
]


@pytest.mark.parametrize(("spelling", "modality"), MODALITY_SPELLINGS)
def test_new_writes_a_template_of_the_modality(
    tmp_path: Path, spelling: str, modality: Modality
) -> None:
    """Any spelling of a modality gives a file that loads with that modality."""
    output = tmp_path / "cours.yaml"
    assert main(["new", "--modality", spelling, "-o", str(output)]) == 0
    loaded = scenario.load(output)
    assert loaded.modality is modality
    assert output.read_text(encoding="utf-8") == template(modality)


@pytest.mark.parametrize(("modality", "lang"), EVERY_TEMPLATE)
def test_templates_are_commented_and_fully_tagged(modality: Modality, lang: str) -> None:
    """Each template explains itself in comments and leaves no tag missing."""
    text = template(modality, lang=lang)
    assert text.startswith("#")
    assert text.count("\n  # ") >= len(scenario.loads(text).phases)
    loaded = scenario.loads(text)
    assert loaded.objectives
    assert loaded.audience is not None
    assert loaded.audience.size
    for phase in loaded.phases:
        assert phase.missing_tags == ()
        assert phase.duration is not None


def filled(text: str) -> str:
    """A template with its texts to fill in written by a designer."""
    return text.replace("à compléter", "gestionnaires de paie").replace(
        "to be completed", "payroll officers"
    )


@pytest.mark.parametrize(("modality", "lang"), EVERY_TEMPLATE)
def test_a_fresh_template_is_reported_as_a_draft(modality: Modality, lang: str) -> None:
    """A fresh template gives no error, and one warning that says what is left to fill in."""
    report = scenario.loads(template(modality, lang=lang)).validate(lang=lang)
    assert [(f.rule, f.phase) for f in report.errors] == []
    (draft,) = report.warnings
    assert (draft.rule, draft.phase) == ("scenario.placeholder", None)
    assert "'title', 'audience.description', 'objectives'" in draft.message


@pytest.mark.parametrize(("modality", "lang"), EVERY_TEMPLATE)
def test_a_filled_template_validates_without_error_or_warning(
    modality: Modality, lang: str
) -> None:
    """Once filled in, a template gives no error and no warning: the findings that come
    later are about the designer's changes."""
    report = scenario.loads(filled(template(modality, lang=lang))).validate()
    assert [(f.rule, f.phase) for f in report.errors] == []
    assert [(f.rule, f.phase) for f in report.warnings] == []


@pytest.mark.parametrize("modality", list(TEMPLATES))
def test_the_two_languages_give_the_same_course(modality: Modality) -> None:
    """The English template is the French one translated: same tags, durations and shape."""
    french, english = (scenario.loads(template(modality, lang=lang)) for lang in ("fr", "en"))
    assert (french.modality, french.audience.size) == (english.modality, english.audience.size)

    def shape(s: scenario.Scenario) -> list[tuple[object, ...]]:
        return [
            (p.kind, p.group, p.situation, p.pedagogy, p.intentions, p.duration, p.module)
            for p in s.phases
        ]

    assert shape(french) == shape(english)


@pytest.mark.parametrize(
    ("options", "env", "first_words"),
    [
        ([], None, "# Un SPOC pour commencer"),
        (["--lang", "en"], None, "# A starting SPOC"),
        ([], "en", "# A starting SPOC"),
        (["--lang", "fr"], "en", "# Un SPOC pour commencer"),
    ],
)
def test_new_writes_the_template_of_its_language(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    options: list[str],
    env: str | None,
    first_words: str,
) -> None:
    """French by default, English with --lang en or SCENARIO_LANG=en; --lang wins."""
    if env is None:
        monkeypatch.delenv("SCENARIO_LANG", raising=False)
    else:
        monkeypatch.setenv("SCENARIO_LANG", env)
    assert main(["new", "-m", "spoc", *options]) == 0
    assert capsys.readouterr().out.startswith(first_words)


def test_the_french_template_speaks_french() -> None:
    """Its comments are French: the words of the English template are gone."""
    text = template("spoc")
    assert "Complétez les titres" in text
    assert "Fill in" not in text
    assert "one action verb" not in text


def test_new_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An existing file is kept as it was unless --force is given."""
    output = tmp_path / "cours.yaml"
    output.write_text("mon travail\n", encoding="utf-8")
    assert main(["new", "--modality", "spoc", "-o", str(output)]) == 1
    assert output.read_text(encoding="utf-8") == "mon travail\n"
    assert f"{output} existe déjà : ajoutez --force pour le remplacer" in capsys.readouterr().err
    assert main(["new", "--modality", "spoc", "-o", str(output), "--force"]) == 0
    assert scenario.load(output).modality is Modality.SPOC


def test_new_sets_the_title_safely(tmp_path: Path) -> None:
    """--title replaces the placeholder, quotes and colons included."""
    output = tmp_path / "cours.yaml"
    title = 'Paie : les "cas particuliers"'
    assert main(["new", "-m", "mooc", "--title", title, "-o", str(output)]) == 0
    assert scenario.load(output).title == title


def test_new_prints_the_template_without_output(capsys: pytest.CaptureFixture[str]) -> None:
    """Without -o the template goes to standard output."""
    assert main(["new", "--modality", "blended"]) == 0
    assert capsys.readouterr().out == template("blended")


@pytest.mark.parametrize(
    ("modality", "expected"),
    [
        ("spoq", "modalité inconnue 'spoq' : vouliez-vous dire 'spoc' ?"),
        ("cooc", "pas encore de modèle pour la modalité 'cooc' : choisissez spoc, mooc"),
    ],
)
def test_new_explains_a_modality_it_cannot_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], modality: str, expected: str
) -> None:
    """A misspelt modality or one without a template is a usage error (2), nothing written."""
    output = tmp_path / "cours.yaml"
    assert main(["new", "--modality", modality, "-o", str(output)]) == 2
    assert expected in capsys.readouterr().err
    assert not output.exists()


def test_new_reports_an_unwritable_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder that does not exist gives one message, no traceback."""
    output = tmp_path / "absent" / "cours.yaml"
    assert main(["new", "--modality", "spoc", "-o", str(output)]) == 1
    assert f"scenario : impossible d'écrire {output} : " in capsys.readouterr().err


@pytest.mark.parametrize(("modality", "lang"), EVERY_TEMPLATE)
def test_new_output_passes_strict_validation_once_filled_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], modality: Modality, lang: str
) -> None:
    """What `scenario new` writes is a draft for `scenario validate --strict` (its one
    warning says what to fill in); once filled in, it passes (no error, no warning)."""
    output = tmp_path / "cours.yaml"
    assert main(["new", "--modality", modality.value, "-o", str(output), "--lang", lang]) == 0
    said = capsys.readouterr().out
    assert said.startswith(
        f"{output} : un scénario de départ, à compléter"
        if lang == "fr"
        else f"{output}: a starting scenario, to be filled in"
    )
    assert main(["validate", "--strict", str(output)]) == 1
    assert "scenario.placeholder" in capsys.readouterr().out
    output.write_text(filled(output.read_text(encoding="utf-8")), encoding="utf-8")
    assert main(["validate", "--strict", str(output)]) == 0, capsys.readouterr().out
