"""``scenario fix``: the fixed lines change, and not one byte outside them.

The strongest checks take the examples, which are written canonically,
spoil them the way designers write (aliases, other cases, minutes, ISO
durations), and ask the fixer for the example back, byte for byte.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import pytest

import scenario
from scenario.analysis.fixes import fix_file, fix_text
from scenario.cli import main
from scenario.errors import DocumentError
from scenario.io._located import Edit, Located
from scenario.io.fix import apply, unified_diff
from scenario.io.form_fixes import form_fixes
from scenario.vocabulary import ENGLISH
from tests.conftest import EXAMPLE_FILES

ROOT = Path(__file__).resolve().parent.parent


def spoil(text: str) -> str:
    """The canonical words of a document written as their English aliases, in capitals,
    and its durations in minutes: what the fixer must undo."""
    aliases = {}
    for table in ENGLISH.values():
        for french, english in table.items():
            if french != english:
                aliases[french] = english.title()

    def alias(match: re.Match[str]) -> str:
        words = [w.strip() for w in match["value"].split(",")]
        spoiled = ", ".join(aliases.get(w, w) for w in words)
        return f"{match['key']}{match['open']}{spoiled}{match['close']}"

    keys = "phase|group|situation|pedagogy|intention|modality"
    text = re.sub(
        rf'(?P<key>\b(?:{keys})"?: *"?)(?P<open>\[?)(?P<value>[^\]\n"#]+?)(?P<close>\]?)'
        r'(?="?,?\s*(?:#.*)?$)',
        alias,
        text,
        flags=re.MULTILINE,
    )
    return re.sub(
        r'(?P<key>duration"?: *)"?(?:(?P<h>\d+)h)?(?P<m>\d+)?(?:min)?"?',
        lambda m: m["key"] + str(int(m["h"] or 0) * 60 + int(m["m"] or 0)),
        text,
    )


def changed_lines(old: str, new: str) -> list[int]:
    """The 1-based numbers of the lines of ``old`` that ``new`` does not keep as they were."""
    matcher = difflib.SequenceMatcher(None, old.splitlines(True), new.splitlines(True))
    found: list[int] = []
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            found += range(i1 + 1, i2 + 1)
    return found


# The MOOC example is written with the English aliases on purpose: the others are canonical.
WITH_ALIASES = "mooc-cybersecurite"


class TestExamplesComeBack:
    @pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
    def test_a_spoiled_example_is_fixed_back_byte_for_byte(self, example: Path) -> None:
        """Comments, flow lists, order, blank lines: everything comes back as it was."""
        original = example.read_text(encoding="utf-8")
        canonical = fix_text(original).text
        assert (canonical == original) is (example.stem != WITH_ALIASES)
        spoiled = spoil(canonical)
        assert spoiled != canonical
        result = fix_text(spoiled, source=example.name)
        assert result.text == canonical
        assert result.error is None
        assert {f.rule for f in result.applied} <= {"format.alias", "format.duration"}
        # Each fix answers one line, and only the lines the spoiling touched changed.
        assert sorted({f.line for f in result.applied}) == changed_lines(canonical, spoiled)

    @pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
    def test_a_spoiled_json_example_too(self, example: Path) -> None:
        original = scenario.load(example).dumps("json")
        result = fix_text(spoil(original), "json")
        assert result.text == original

    def test_the_example_written_with_aliases_keeps_its_meaning(self) -> None:
        """Fixing the MOOC written with aliases changes its words, not its scenario."""
        example = ROOT / "examples" / f"{WITH_ALIASES}.yaml"
        fixed = fix_text(example.read_text(encoding="utf-8"))
        assert fixed.changed
        assert {f.rule for f in fixed.applied} == {"format.alias"}
        assert scenario.loads(fixed.text) == scenario.load(example)


# A long line of flow style is part of what must come back as it was.
DRAFT = """\
# Brouillon v0.3 : accueil des nouveaux arrivants
title: Accueillir un nouvel arrivant   # titre provisoire
modalité: Onsite
audience: 10

objectives:
  - préparer le poste et le parcours d'intégration   # validé avec les RH
phases:
  - id: accueil
    phase: Discovery          # le premier jour
    title: Le tour des équipes
    group: moyen groupe
    situation: présentiel
    pedagogy: expositive
    intention: interpeller
    durée: 45 minutes
  # la simulation se fait l'après-midi
  - id: simulation
    phase: réalisation
    title: "Jeux de rôle : l'entretien d'accueil"
    group: petit grupe
    situation: 'presentiel'
    pedagogy: active
    intention: partager, synthétiser
    duration: 90
"""
DRAFT += (
    "  - {id: bilan, phase: évaluation, title: Quiz, group: moyen groupe, situation: présentiel, "
    "pedagogy: interrogative, intention: [synthétiser], duration: PT30M}  # fin\n"
)

#: The lines of DRAFT each fix changes, and what they become.
FIXED_LINES = {
    2: "scenario: 1\ntitle: Accueillir un nouvel arrivant   # titre provisoire\n",
    3: "modality: présentiel\n",
    4: "audience: {size: 10}\n",
    10: "    phase: découverte          # le premier jour\n",
    16: "    duration: 45min\n",
    21: "    group: petit groupe\n",
    22: "    situation: 'présentiel'\n",
    24: "    intention: [partager, synthétiser]\n",
    25: "    duration: 1h30\n",
    26: "  - {id: bilan, phase: évaluation, title: Quiz, group: moyen groupe, situation: "
    "présentiel, pedagogy: interrogative, intention: [synthétiser, évaluer], duration: 30min}"
    "  # fin\n",
}


class TestDraft:
    def test_only_the_fixed_lines_change(self) -> None:
        """Byte for byte outside the fixed lines: comments, blank lines, quotes, flow style."""
        result = fix_text(DRAFT, source="brouillon.yaml")
        old = DRAFT.splitlines(keepends=True)
        expected = "".join(FIXED_LINES.get(n, line) for n, line in enumerate(old, start=1))
        assert result.text == expected
        assert set(changed_lines(DRAFT, result.text)) <= set(FIXED_LINES)
        assert result.error is None

    def test_each_fix_names_its_rule_and_line(self) -> None:
        result = fix_text(DRAFT, source="brouillon.yaml")
        found = sorted((f.line, f.rule) for f in result.applied)
        assert found == [
            (2, "format.version"),
            (3, "format.alias"),
            (3, "format.key"),
            (4, "format.alias"),
            (10, "format.alias"),
            (16, "format.duration"),
            (16, "format.key"),
            (21, "format.spelling"),
            (22, "format.alias"),
            (24, "format.alias"),
            (25, "format.duration"),
            (26, "format.duration"),
            (26, "phase.evaluation-without-assess"),
        ]

    def test_messages_are_french_by_default(self) -> None:
        messages = {f.rule: f.message for f in fix_text(DRAFT).applied}
        assert messages["format.spelling"] == (
            "'petit grupe' n'est pas une valeur connue de « taille du groupe » : "
            "corrigée en « petit groupe »"
        )
        assert messages["phase.evaluation-without-assess"] == (
            "la phase d'évaluation bilan reçoit l'intention évaluer"
        )
        english = [f.message for f in fix_text(DRAFT, lang="en").applied]
        assert "the duration 'PT30M' is written “30min”" in english

    def test_the_meaning_is_kept(self) -> None:
        """Safe fixes of the form change no value of the scenario the lenient loader reads."""
        text = DRAFT.replace("petit grupe", "petit groupe").replace("modalité", "modality")
        text = text.replace("durée", "duration").replace("audience: 10", "audience: {size: 10}")
        text = text.replace(
            "intention: partager, synthétiser", "intention: [partager, synthétiser]"
        )
        text = "scenario: 1\n" + text
        before = scenario.loads(text)
        after = scenario.loads(fix_text(text).text)
        before.update_phase("bilan", intentions=["synthétiser", "évaluer"])
        assert after == before

    def test_fixing_twice_changes_nothing(self) -> None:
        once = fix_text(DRAFT).text
        again = fix_text(once)
        assert again.text == once
        assert again.applied == ()


class TestSafeAndUnsafe:
    DOC = """\
scenario: 1
title: Démo
modality: présentiel
objectives: [animer]
phases:
  - id: intro
    phase: découverte
    group: grand groupe
    situation: présentiel
    pedagogy: active
    intention: [interpeller]
    duration: 20min
  - id: cours
    phase: réalisation
    group: moyen groupe
    situation: présentiel
    pedagogy: expositive
    intention: [partager]
    duration: 1h
  - id: fin
    phase: évaluation
    group: moyen groupe
    situation: présentiel
    pedagogy: interrogative
    intention: [évaluer]
    duration: 40min
waivers:
  - rule: phase.long-async
    reason: plus d'actualité
"""

    def test_unsafe_fixes_are_only_suggested(self) -> None:
        """A split group, a changed pedagogy, a removed waiver: suggested, not made."""
        result = fix_text(self.DOC)
        assert not result.changed
        assert [(f.rule, f.safe, bool(f.edits)) for f in result.suggestions] == [
            ("phase.active-large-group", False, True),
            ("phase.expositive-practice", False, True),
            ("waiver.unused", False, True),
        ]

    def test_unsafe_fixes_are_made_when_asked(self) -> None:
        result = fix_text(self.DOC, unsafe=True)
        assert changed_lines(self.DOC, result.text) == [8, 17, 27, 28, 29]
        assert "    group: petit groupe\n" in result.text
        assert "    pedagogy: active\n" in result.text.split("- id: cours")[1]
        assert result.text.endswith("    duration: 40min\n")
        assert len(scenario.loads(result.text).validate()) == 0

    @pytest.mark.parametrize(
        ("waivers", "kept"),
        [
            (  # a block list: the unused item's lines go, the other stays
                "waivers:\n  - rule: phase.long-async\n    reason: r\n"
                "  - {rule: phase.active-large-group, phase: intro, reason: amphi}\n",
                "waivers:\n  - {rule: phase.active-large-group, phase: intro, reason: amphi}\n",
            ),
            (  # a flow list, the unused one last
                "waivers: [{rule: phase.active-large-group, phase: intro}, "
                "{rule: phase.long-async}]\n",
                "waivers: [{rule: phase.active-large-group, phase: intro}]\n",
            ),
            (  # a flow list, the unused one first
                "waivers: [{rule: phase.long-async}, "
                "{rule: phase.active-large-group, phase: intro}]\n",
                "waivers: [{rule: phase.active-large-group, phase: intro}]\n",
            ),
        ],
        ids=["block", "flow-last", "flow-first"],
    )
    def test_an_unused_waiver_is_removed_among_others(self, waivers: str, kept: str) -> None:
        text = self.DOC.split("waivers:")[0].replace("pedagogy: expositive", "pedagogy: active")
        result = fix_text(text + waivers, unsafe=True)
        assert result.text == text + kept
        assert [f.rule for f in result.applied] == ["waiver.unused"]

    def test_a_misspelt_waiver_rule_is_safe_to_correct(self) -> None:
        text = self.DOC.replace("phase.long-async", "phase.expositive-practis")
        result = fix_text(text)
        assert [f.rule for f in result.applied] == ["waiver.unused"]
        assert "  - rule: phase.expositive-practice\n" in result.text

    def test_advice_has_no_edit(self) -> None:
        text = self.DOC.replace("objectives: [animer]\n", "")
        text = text.replace("phase: évaluation", "phase: réalisation").replace(
            "[évaluer]", "[partager]"
        )
        rules = {f.rule: f for f in fix_text(text).suggestions}
        assert rules["scenario.no-objectives"].edits == ()
        assert "évaluation" in rules["structure.no-evaluation"].message

    def test_a_long_phase_gets_a_split_suggestion(self) -> None:
        text = self.DOC.replace(
            "situation: présentiel\n    pedagogy: active",
            "situation: distanciel asynchrone\n    pedagogy: active",
        )
        text = text.replace("duration: 20min\n  - id: cours", "duration: 2h30\n  - id: cours")
        text = text.split("waivers:")[0]
        (found,) = [f for f in fix_text(text).suggestions if f.rule == "phase.long-async"]
        assert found.message == "découpez la phase intro (2 h 30) en 3 phases de 1 h au plus"
        assert found.line == 12


class TestLayouts:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (  # a block list of intentions with a comment
                "scenario: 1\ntitle: T\nphases:\n- id: q\n  phase: évaluation\n  intention:\n"
                "  - partager  # oral\n  group: seul\n",
                "scenario: 1\ntitle: T\nphases:\n- id: q\n  phase: évaluation\n  intention:\n"
                "  - partager  # oral\n  - évaluer\n  group: seul\n",
            ),
            (  # one intention written alone
                "scenario: 1\ntitle: T\nphases:\n  - id: q\n    phase: évaluation\n"
                "    intention: partager\n",
                "scenario: 1\ntitle: T\nphases:\n  - id: q\n    phase: évaluation\n"
                "    intention: [partager, évaluer]\n",
            ),
            (  # no intention: added after the last tag given
                "scenario: 1\ntitle: T\nphases:\n  - id: q\n    phase: évaluation\n"
                "    pedagogy: interrogative\n    duration: 20min\n",
                "scenario: 1\ntitle: T\nphases:\n  - id: q\n    phase: évaluation\n"
                "    pedagogy: interrogative\n    intention: [évaluer]\n    duration: 20min\n",
            ),
            (  # Windows line endings and no final line break
                "title: T\r\nphases:\r\n  - id: q\r\n    phase: évaluation\r\n    intention: []",
                "scenario: 1\r\ntitle: T\r\nphases:\r\n  - id: q\r\n    phase: évaluation\r\n"
                "    intention: [évaluer]",
            ),
            (  # a French date and a quoted version
                "scenario: '1'\ntitle: T\nstart: 10/03/2025\nphases: []\n",
                "scenario: 1\ntitle: T\nstart: 2025-03-10\nphases: []\n",
            ),
        ],
        ids=["block-list", "scalar", "missing", "crlf", "date-version"],
    )
    def test_yaml_layouts(self, text: str, expected: str) -> None:
        assert fix_text(text).text == expected

    def test_json_keeps_its_layout(self) -> None:
        text = (
            '{\n  "title": "T",\n  "phases": [\n    {\n      "id": "q",\n'
            '      "phase": "assessment",\n      "intention": [\n        "share"\n      ]\n'
            "    },\n"
            '    {"id": "r", "phase": "évaluation", "duration": 90}\n  ]\n}\n'
        )
        result = fix_text(text, "json")
        assert result.text == (
            '{\n  "scenario": 1,\n  "title": "T",\n  "phases": [\n    {\n      "id": "q",\n'
            '      "phase": "évaluation",\n      "intention": [\n        "partager",\n'
            '        "évaluer"\n      ]\n    },\n'
            '    {"id": "r", "phase": "évaluation", "intention": ["évaluer"], '
            '"duration": "1h30"}\n  ]\n}\n'
        )
        json.loads(result.text)

    def test_json_indented_with_tabs(self) -> None:
        text = '{\n\t"title": "T",\n\t"phases": [\n\t\t{"id": "a", "phase": "évaluation"}\n\t]\n}\n'
        assert fix_text(text, "json").text == (
            '{\n\t"scenario": 1,\n\t"title": "T",\n\t"phases": [\n'
            '\t\t{"id": "a", "phase": "évaluation", "intention": ["évaluer"]}\n\t]\n}\n'
        )

    def test_a_flow_document(self) -> None:
        text = "{title: T, phases: [{id: q, phase: Assessment}]}\n"
        assert fix_text(text).text == (
            "{scenario: 1, title: T, phases: [{id: q, phase: évaluation, intention: [évaluer]}]}\n"
        )

    def test_a_value_close_to_two_words_is_only_suggested(self) -> None:
        text = "scenario: 1\ntitle: T\nphases:\n- {id: a, phase: découverte, situation: distanciel}"
        result = fix_text(text)
        assert not result.changed
        assert result.error is not None
        (found,) = result.suggestions
        assert found.rule == "format.spelling"
        assert "« distanciel synchrone » ou « distanciel asynchrone »" in found.message

    def test_what_is_not_yaml_cannot_be_fixed(self) -> None:
        with pytest.raises(DocumentError, match="rien ne peut être corrigé"):
            fix_text("title: [unclosed\n")


class TestEdits:
    def test_overlapping_edits_wait_for_the_next_round(self) -> None:
        doc = Located("title: x\n")
        assert [f.rule for f in form_fixes(doc)] == ["format.version"]
        first = scenario.io.fix.Fix("r", "m", edits=(Edit(7, 8, "y"),))
        second = scenario.io.fix.Fix("r", "m", edits=(Edit(7, 8, "z"),))
        text, made = apply(doc.text, [first, second])
        assert (text, made) == ("title: y\n", [first])

    def test_the_diff_of_a_file_without_a_final_line_break(self) -> None:
        diff = unified_diff("a: 1", "a: 2", "f.yaml")
        assert diff.splitlines()[:2] == ["--- a/f.yaml", "+++ b/f.yaml"]
        assert "\\ No newline at end of file" in diff


class TestCommand:
    def test_diff_by_default_and_nothing_written(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        draft = tmp_path / "brouillon.yaml"
        draft.write_text(DRAFT, encoding="utf-8")
        assert main(["fix", str(draft)]) == 1
        out, err = capsys.readouterr()
        assert out.startswith(f"--- {draft}\n+++ {draft}\n")
        assert "-    phase: Discovery          # le premier jour\n" in out
        assert f"{draft}:10: format.alias: 'Discovery' s'écrit « découverte »" in err
        assert "13 corrections à faire (relancez avec --write)" in err
        assert draft.read_text(encoding="utf-8") == DRAFT

    def test_write(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        draft = tmp_path / "brouillon.yaml"
        draft.write_bytes(b"\xef\xbb\xbf" + DRAFT.encode("utf-8"))
        assert main(["fix", "--write", str(draft)]) == 0
        assert "13 corrections écrites" in capsys.readouterr().err
        fixed = draft.read_bytes()
        assert fixed.startswith(b"\xef\xbb\xbf# Brouillon v0.3")
        assert fix_file(draft).changed is False
        assert main(["fix", str(draft)]) == 0
        assert "rien à corriger" in capsys.readouterr().err

    def test_json_output(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        draft = tmp_path / "brouillon.yaml"
        draft.write_text(DRAFT, encoding="utf-8")
        assert main(["fix", "--format", "json", "--lang", "en", str(draft)]) == 1
        data = json.loads(capsys.readouterr().out)
        assert data["changed"] is True
        assert data["written"] is False
        assert data["error"] is None
        assert {f["rule"] for f in data["fixes"]} >= {"format.version", "format.key"}
        assert data["diff"].startswith("--- ")

    def test_a_document_that_still_does_not_load(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        draft = tmp_path / "cours.yaml"
        draft.write_text(
            "scenario: 1\ntitle: T\nphases: [{id: a, phase: quoi}]\n", encoding="utf-8"
        )
        assert main(["fix", str(draft)]) == 2
        assert "le document ne se charge toujours pas" in capsys.readouterr().err

    def test_a_missing_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["fix", str(tmp_path / "absent.yaml")]) == 2
        assert "absent.yaml" in capsys.readouterr().err

    def test_unsafe_fixes_from_the_command_line(self, tmp_path: Path) -> None:
        doc = tmp_path / "cours.yaml"
        doc.write_text(TestSafeAndUnsafe.DOC, encoding="utf-8")
        assert main(["fix", "--write", "--unsafe-fixes", str(doc)]) == 0
        assert "waivers" not in doc.read_text(encoding="utf-8")
