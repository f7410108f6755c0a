"""Reading what a designer writes: French keys, shorthands, every problem at once, and where
each finding's phase stands in the document."""

from __future__ import annotations

import copy
import pickle

import pytest

import scenario
from scenario import DocumentError
from scenario.errors import MAX_PROBLEMS, LoadProblem
from scenario.lexicon import KEY_ALIASES, canonical_key

#: A course written the way a French designer writes it.
EN_FRANCAIS = """\
scénario: 1
Titre: Accueillir un nouveau collaborateur
modalité: SPOC
public: 18
objectifs: [accueillir, intégrer]
date de début: 10/03/2025
phases:
  - identifiant: accueil
    type de phase: découverte
    titre: Mot d'accueil
    groupe: seul
    situation: distanciel asynchrone
    pédagogie: expositive
    intentions: interpeller; partager
    durée: 0,5h
    séquence: m1
    activités: vidéo
    ressources: [plateforme]
  - identifiant: bilan
    type de phase: évaluation
    taille du groupe: petit groupe
    situation: distanciel synchrone
    pédagogie: active
    intention: partager, évaluer
    durée: 1,5 h
    facultatif: false
parcours:
  - {de: accueil, vers: bilan, type: séquence}
  - {de: bilan, vers: accueil, type: remédiation}
dérogations:
  - {règle: spoc.audience-size, raison: petit groupe pilote}
"""


class TestFrenchDocument:
    def test_a_course_written_in_french_loads_as_its_canonical_document(self) -> None:
        """Every key in French, the shorthands, the decimal durations: one scenario."""
        s = scenario.loads(EN_FRANCAIS)
        assert (s.title, s.modality.value, s.audience.size) == (
            "Accueillir un nouveau collaborateur",
            "spoc",
            18,
        )
        accueil, bilan = s.phases
        assert [i.value for i in accueil.intentions] == ["interpeller", "partager"]
        assert [i.value for i in bilan.intentions] == ["partager", "évaluer"]
        assert (accueil.duration, bilan.duration) == (30, 90)
        assert (accueil.module, accueil.activities, bilan.group.value) == (
            "m1",
            ("vidéo",),
            "petit groupe",
        )
        assert [t.kind.value for t in s.transitions] == ["sequence", "remediation"]
        assert s.waivers[0].reason == "petit groupe pilote"
        assert "titre:" not in s.dumps()
        assert "audience:\n  size: 18\n" in s.dumps()

    @pytest.mark.parametrize(
        ("word", "allowed", "key"),
        [
            ("durée", ["duration"], "duration"),
            ("DUREE", ["duration"], "duration"),
            ("Title", ["title"], "title"),
            ("type", ["from", "to", "kind"], "kind"),
            ("type", ["id", "phase"], None),
            ("taille", ["id", "phase"], None),
            ("couleur", ["id"], None),
        ],
    )
    def test_a_french_name_counts_only_where_its_key_belongs(
        self, word: str, allowed: list[str], key: str | None
    ) -> None:
        assert canonical_key(word, allowed) == key

    def test_the_one_table_names_only_keys_of_the_schema(self) -> None:
        """Each French name leads to a key some place of the document allows."""
        from scenario.io.schema import schema

        keys = set(schema()["properties"])
        for definition in schema()["$defs"].values():
            keys |= set(definition.get("properties", {}))
        assert set(KEY_ALIASES.values()) <= keys

    def test_scenario_fix_renames_the_french_keys_with_the_same_table(self) -> None:
        """The fixer reads the keys as the loader does: the fixed text loads the same."""
        from scenario.io.fix import Located, apply
        from scenario.io.form_fixes import form_fixes

        text = EN_FRANCAIS
        for _round in range(5):
            text, made = apply(text, form_fixes(Located(text)))
            if not made:
                break
        assert "titre:" not in text
        assert "durée:" not in text
        assert scenario.loads(text) == scenario.loads(EN_FRANCAIS)


class TestShorthands:
    @pytest.mark.parametrize(("audience", "size"), [("24", 24), ("24.0", 24), ("{size: 3}", 3)])
    def test_an_audience_written_as_a_number_is_its_size(self, audience: str, size: int) -> None:
        s = scenario.loads(f"scenario: 1\ntitle: T\naudience: {audience}\nphases: []\n")
        assert s.audience.size == size

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("partager, évaluer", ["partager", "évaluer"]),
            ("share; Assess", ["partager", "évaluer"]),
            ("partager,", ["partager"]),
        ],
    )
    def test_intentions_written_as_one_text_are_a_list(
        self, text: str, expected: list[str]
    ) -> None:
        phase = f'{{id: a, phase: découverte, intention: "{text}"}}'
        s = scenario.loads(f"scenario: 1\ntitle: T\nphases:\n  - {phase}\n")
        assert [i.value for i in s.phases[0].intentions] == expected

    def test_a_wrong_word_among_the_intentions_gets_its_own_hint(self) -> None:
        """The hint is for the wrong word, not for the whole text."""
        with pytest.raises(DocumentError) as info:
            scenario.loads(
                "scenario: 1\ntitle: T\nphases:\n"
                '  - {id: a, phase: découverte, intention: "partager, evalur"}\n',
                lang="en",
            )
        assert info.value.message == "unknown intention 'evalur'"
        assert info.value.hint == "did you mean 'évaluer'?"


#: A draft with five problems, in this order in the text.
DRAFT = """\
scenario: 1
title: Brouillon
phases:
  - id: a
    phase: decouvrte
    group: lune
  - id: a
    phase: évaluation
    duration: bientôt
    colour: red
path:
  - {from: a, to: z}
"""


class TestEveryProblemAtOnce:
    def test_the_error_carries_every_problem_sorted_by_line(self) -> None:
        with pytest.raises(DocumentError) as info:
            scenario.loads(DRAFT, source="brouillon.yaml", lang="en")
        error = info.value
        assert [(p.place, p.line, p.column) for p in error.errors] == [
            ("phases[0].phase", 5, 5),
            ("phases[0].group", 6, 5),
            ("phases[1].id", 7, 5),
            ("phases[1].duration", 9, 5),
            ("phases[1].colour", 10, 5),
            ("path[0].to", 12, 15),
        ]
        assert error.more == 0
        first = error.errors[0]
        assert (error.path, error.line, error.column, error.message, error.hint) == (
            first.place,
            first.line,
            first.column,
            first.message,
            first.hint,
        )
        assert str(error) == first.text("brouillon.yaml", "en")
        assert len(error.messages()) == 6

    def test_json_places_each_problem_too(self) -> None:
        import json

        data = {"scenario": 1, "title": "T", "phases": [{"id": "a", "phase": "x", "group": "y"}]}
        with pytest.raises(DocumentError) as info:
            scenario.loads(json.dumps(data, indent=2), "json")
        assert [(p.place, p.line) for p in info.value.errors] == [
            ("phases[0].phase", 7),
            ("phases[0].group", 8),
        ]

    def test_a_document_of_python_dicts_orders_them_as_written(self) -> None:
        """Without a text, the problems come in document order, without lines."""
        from scenario.io.document import from_document

        data = {
            "title": "T",
            "scenario": 1,
            "phases": [{"id": "a", "phase": "x"}, {"phase": "y", "id": "b"}],
        }
        with pytest.raises(DocumentError) as info:
            from_document(data)
        assert [p.place for p in info.value.errors] == [
            "phases[0].phase",
            "phases[1].phase",
        ]
        assert {p.line for p in info.value.errors} == {None}

    def test_at_most_a_hundred_problems_are_kept_and_the_rest_counted(self) -> None:
        phases = "".join(f"  - {{id: p{n}, phase: x}}\n" for n in range(MAX_PROBLEMS + 7))
        with pytest.raises(DocumentError) as info:
            scenario.loads(f"scenario: 1\ntitle: T\nphases:\n{phases}", lang="en")
        assert (len(info.value.errors), info.value.more) == (MAX_PROBLEMS, 7)
        assert info.value.messages()[-1] == "<string>: ... and 7 more errors"

    def test_one_problem_keeps_working_as_before(self) -> None:
        """A DocumentError made by hand is its own one problem."""
        error = DocumentError("oops", source="c.yaml", path="title", line=2, hint="h")
        assert error.errors == (LoadProblem("oops", "title", 2, None, "h"),)
        assert error.messages() == [str(error)]

    def test_a_schema_problem_inside_a_refused_value_is_not_said_twice(self) -> None:
        """An unknown word is one problem, not also the schema's 'unknown value'."""
        with pytest.raises(DocumentError) as info:
            scenario.loads(
                "scenario: 1\ntitle: T\nphases:\n  - {id: a, phase: découverte, "
                "intention: [partager, evaluation], duration: 1 heure et demie}\n"
            )
        assert [p.place for p in info.value.errors] == [
            "phases[0].intention[1]",
            "phases[0].duration",
        ]


class TestLinesOfFindings:
    TEXT = (
        "scenario: 1\ntitle: T\nmodality: spoc\naudience: 20\nobjectives: [o]\nphases:\n"
        "  - {id: a, phase: découverte, title: Accroche, group: seul,\n"
        "     situation: distanciel asynchrone, pedagogy: active, intention: interpeller,\n"
        "     duration: 2h}\n"
        "  - id: b\n    phase: évaluation\n"
    )

    def test_each_finding_on_a_phase_carries_its_line(self) -> None:
        report = scenario.loads(self.TEXT).validate(lang="en")
        lines = {(f.rule, f.phase): f.line for f in report}
        assert lines[("phase.long-async", "a")] == 7
        assert lines[("phase.missing-tag", "b")] == 10
        assert lines[("spoc.no-collaboration", None)] is None

    def test_a_scenario_built_in_python_has_no_lines(self) -> None:
        s = scenario.loads(self.TEXT)
        built = scenario.Scenario(
            s.title, modality=s.modality, audience=20, objectives=["o"], phases=s.phases
        )
        assert built == s
        assert {f.line for f in built.validate()} == {None}

    def test_the_message_names_the_phase_by_number_and_title(self) -> None:
        report = scenario.loads(self.TEXT).validate()
        (finding,) = [f for f in report if f.rule == "phase.long-async"]
        assert finding.message.startswith("la phase asynchrone 1 « Accroche » (a) dure 120 min")

    def test_a_copy_and_a_pickled_scenario_keep_the_lines(self) -> None:
        s = scenario.loads(self.TEXT, source="c.yaml")
        assert copy.deepcopy(s).origin.line("b") == 10
        again = pickle.loads(pickle.dumps(s))
        assert (again == s, again.origin.source, again.origin.line("b")) == (True, "c.yaml", 10)

    def test_the_lines_are_noted_while_loading_yaml_or_json(self, monkeypatch) -> None:
        """No second reading of the text: the loader notes where each phase starts."""
        from scenario.io import _places

        def compose(*args):
            raise AssertionError("composed again for the lines")

        monkeypatch.setattr(_places, "compose_yaml", compose)
        s = scenario.loads(self.TEXT)
        assert next(f.line for f in s.validate() if f.phase == "b") == 10
        data = scenario.loads(self.TEXT).dumps("json")
        line = scenario.loads(data, "json").origin.line("b")
        lines = data.splitlines()
        assert (lines[line - 1].strip(), lines[line].strip()) == ("{", '"id": "b",')

    def test_lines_are_found_only_when_a_finding_needs_them(self, monkeypatch) -> None:
        from scenario.io import _places

        def compose(*args):
            raise AssertionError("composed for places")

        monkeypatch.setattr(_places, "compose_yaml", compose)
        s = scenario.loads(_clean().read_text(encoding="utf-8"))
        assert list(s.validate()) == []


def _clean():
    from tests.conftest import EXAMPLES

    return EXAMPLES / "spoc-logiciel-paie.yaml"


class TestPhaseNames:
    def test_a_detour_is_named_by_its_number_off_the_main_path(self) -> None:
        s = scenario.loads(
            "scenario: 1\ntitle: T\nobjectives: [o]\nphases:\n"
            "  - {id: a, phase: découverte, title: Accroche}\n"
            "  - {id: q, phase: évaluation, title: Quiz}\n"
            "  - {id: s, phase: apprentissage, title: Soutien}\n"
            "path:\n  - {from: a, to: q}\n  - {from: q, to: s, kind: remediation}\n"
        )
        (finding,) = [f for f in s.validate(lang="en") if f.rule == "structure.detour-no-return"]
        assert finding.message.startswith("phase 2a “Soutien” (s) is reached only by remediation")
        (finding,) = [f for f in s.validate() if f.rule == "structure.detour-no-return"]
        assert finding.message.startswith("la phase 2a « Soutien » (s) n'est atteinte")

    def test_a_long_title_is_cut(self) -> None:
        from scenario.i18n import use_language
        from scenario.model import Phase
        from scenario.rules.context import phase_name

        with use_language("en"):
            name = phase_name(Phase("x", "découverte", "Un titre " * 10), "4")
        assert name.startswith("4 “Un titre Un titre")
        assert "…” (x)" in name
        assert len(name) < 60
