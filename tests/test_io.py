"""Loading and saving documents: round trips, and every refusal the format page lists."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

import scenario
from scenario import DocumentError

HEAD = "scenario: 1\ntitle: Essai\n"


def doc(body: str) -> str:
    return HEAD + textwrap.dedent(body)


PHASE = "phases:\n  - id: a\n    phase: découverte\n"

# (name, document, place, words the message or hint must hold)
REFUSED = [
    ("not yaml", "scenario: 1\ntitle: [unclosed\n", "", ["YAML invalide"]),
    (
        "not a mapping",
        "- just\n- a list\n",
        "",
        ["doit être un dictionnaire de clés, pas une liste"],
    ),
    ("empty document", "", "", ["le document est vide"]),
    (
        "wrong type title",
        "scenario: 1\ntitle: [a, b]\nphases: []\n",
        "title",
        ["il faut un texte, pas une liste"],
    ),
    ("wrong type phases", doc("phases: oops\n"), "phases", ["il faut une liste"]),
    (
        "null phases",
        doc("phases: ~\n"),
        "phases",
        ["il faut une liste, pas une valeur vide (null)"],
    ),
    ("empty title", "scenario: 1\ntitle: ''\nphases: []\n", "title", ["ne doit pas être vide"]),
    ("wrong type phase", doc("phases:\n  - just text\n"), "phases[0]", ["il faut un dictionnaire"]),
    (
        "wrong type activities",
        doc(PHASE + "    activities: {a: 1}\n"),
        "phases[0].activities",
        ["il faut une liste, pas un dictionnaire"],
    ),
    (
        "unknown situation",
        doc(PHASE + "    situation: distanciel synchron\n"),
        "phases[0].situation",
        ["situation inconnue", "vouliez-vous dire 'distanciel synchrone'"],
    ),
    (
        "unknown group",
        doc(PHASE + "    group: petits groupes\n"),
        "phases[0].group",
        ["groupe inconnu", "petit groupe"],
    ),
    (
        "unknown intention in a list",
        doc(PHASE + "    intention: [partager, evaluation]\n"),
        "phases[0].intention[1]",
        ["intention inconnue", "évaluer"],
    ),
    (
        "unknown modality",
        doc("modality: spock\nphases: []\n"),
        "modality",
        ["modalité inconnue", "spoc"],
    ),
    (
        "unknown phase kind",
        doc("phases:\n  - {id: a, phase: decouvrte}\n"),
        "phases[0].phase",
        ["type de phase inconnu", "découverte"],
    ),
    (
        "unreadable duration",
        doc(PHASE + "    duration: une heure\n"),
        "phases[0].duration",
        ["durée illisible", "1h30"],
    ),
    ("negative duration", doc(PHASE + "    duration: -20\n"), "phases[0].duration", ["négative"]),
    (
        "boolean duration",
        doc(PHASE + "    duration: yes\n"),
        "phases[0].duration",
        ["il faut un nombre entier ou un texte, pas le booléen true"],
    ),
    (
        "unknown key",
        doc("tittle2: x\nphases: []\n"),
        "tittle2",
        ["clé inconnue 'tittle2'", "'title'"],
    ),
    (
        "misspelt phase key",
        doc(PHASE + "    grupe: seul\n"),
        "phases[0].grupe",
        ["clé inconnue", "'group'"],
    ),
    (
        "french key out of its place",
        doc(PHASE + "    taille: 3\n"),
        "phases[0].taille",
        ["clé inconnue 'taille'"],
    ),
    (
        "french key given with its english one",
        doc(PHASE + "    group: seul\n    groupe: seul\n"),
        "phases[0].groupe",
        ["la clé 'groupe' désigne 'group', qui est déjà donnée", "n'en gardez qu'une"],
    ),
    (
        "one wrong word among the intentions written as one text",
        doc(PHASE + "    intention: partager, evalur\n"),
        "phases[0].intention",
        ["intention inconnue 'evalur'", "vouliez-vous dire 'évaluer'"],
    ),
    (
        "audience size zero written as a number",
        doc("audience: 0\nphases: []\n"),
        "audience.size",
        ["doit valoir au moins 1"],
    ),
    ("missing scenario", "title: x\nphases: []\n", "", ["il manque la clé obligatoire 'scenario'"]),
    ("missing title", "scenario: 1\nphases: []\n", "", ["il manque la clé obligatoire 'title'"]),
    ("missing phases", HEAD, "", ["il manque la clé obligatoire 'phases'"]),
    (
        "missing phase id",
        doc("phases:\n  - phase: découverte\n"),
        "phases[0]",
        ["il manque la clé obligatoire 'id'"],
    ),
    (
        "missing phase kind",
        doc("phases:\n  - id: a\n"),
        "phases[0]",
        ["il manque la clé obligatoire 'phase'"],
    ),
    (
        "version 2",
        "scenario: 2\ntitle: x\nphases: []\n",
        "scenario",
        ["doit être le nombre entier 1"],
    ),
    (
        "version true",
        "scenario: true\ntitle: x\nphases: []\n",
        "scenario",
        ["doit être le nombre entier 1"],
    ),
    (
        "version string",
        "scenario: '1'\ntitle: x\nphases: []\n",
        "scenario",
        ["doit être le nombre entier 1"],
    ),
    (
        "bad id",
        doc("phases:\n  - {id: Intro Vidéo, phase: découverte}\n"),
        "phases[0].id",
        ["n'est pas un identifiant de phase"],
    ),
    (
        "duplicate id",
        doc("phases:\n  - {id: a, phase: découverte}\n  - {id: a, phase: évaluation}\n"),
        "phases[1].id",
        ["identifiant de phase en double 'a'", "phases[0]"],
    ),
    (
        "path unknown phase",
        doc(PHASE + "path:\n  - {from: a, to: b}\n"),
        "path[0].to",
        ["aucune phase n'a l'identifiant 'b'"],
    ),
    (
        "path misspelt phase",
        doc(PHASE + "  - {id: bilan, phase: évaluation}\npath:\n  - {from: a, to: bilam}\n"),
        "path[0].to",
        ["aucune phase n'a l'identifiant 'bilam'", "'bilan'"],
    ),
    (
        "transition kind",
        doc(PHASE + "path:\n  - {from: a, to: a, kind: loop}\n"),
        "path[0].kind",
        ["type de transition inconnu", "sequence"],
    ),
    (
        "audience size zero",
        doc("audience: {size: 0}\nphases: []\n"),
        "audience.size",
        ["doit valoir au moins 1"],
    ),
    (
        "audience size fraction",
        doc("audience: {size: 2.5}\nphases: []\n"),
        "audience.size",
        ["il faut un nombre entier, pas le nombre 2.5"],
    ),
    (
        "audience size text",
        doc("audience: {size: vingt}\nphases: []\n"),
        "audience.size",
        ["il faut un nombre entier"],
    ),
    (
        "audience size boolean",
        doc("audience: {size: true}\nphases: []\n"),
        "audience.size",
        ["il faut un nombre entier"],
    ),
    (
        "python tag",
        "!!python/object/apply:os.system ['true']\n",
        "",
        ["YAML invalide", "étiquettes"],
    ),
]


class TestRefusedDocuments:
    @pytest.mark.parametrize(
        ("name", "text", "place", "words"), REFUSED, ids=[r[0] for r in REFUSED]
    )
    def test_refusal_names_file_place_and_hint(self, tmp_path, name, text, place, words):
        file = tmp_path / "cours.yaml"
        file.write_text(text, encoding="utf-8")
        with pytest.raises(DocumentError) as info:
            scenario.load(file)
        error = info.value
        assert error.source == str(file)
        assert error.path == place
        message = str(error)
        assert message.startswith(str(file))
        for word in words:
            assert word in message
        assert "\n" not in message

    def test_yaml_errors_carry_the_line(self, tmp_path):
        file = tmp_path / "c.yaml"
        file.write_text(
            doc(
                "phases:\n  - id: a\n    phase: découverte\n"
                "  - id: b\n    phase: évaluation\n    situation: surplace\n"
            )
        )
        with pytest.raises(DocumentError) as info:
            scenario.load(file)
        assert (info.value.line, info.value.column) == (8, 5)
        assert f"{file}:8:5: erreur à phases[1].situation : situation inconnue" in str(info.value)

    def test_json_errors_carry_the_line_too(self):
        text = json.dumps(
            {"scenario": 1, "title": "x", "phases": [{"id": "a", "phase": "x"}]}, indent=2
        )
        with pytest.raises(DocumentError) as info:
            scenario.loads(text, "json", source="c.json")
        assert info.value.path == "phases[0].phase"
        assert info.value.line == 7

    def test_invalid_json_syntax(self):
        with pytest.raises(DocumentError, match=r"JSON invalide") as info:
            scenario.loads('{"scenario": 1,\n "title": }', "json")
        assert info.value.line == 2

    def test_a_large_value_is_never_dumped_whole(self):
        with pytest.raises(DocumentError) as info:
            scenario.loads(doc(PHASE + f"    group: {'x' * 5000}\n"))
        assert len(str(info.value)) < 300

    def test_missing_file(self, tmp_path):
        with pytest.raises(DocumentError, match="impossible de lire le fichier"):
            scenario.load(tmp_path / "absent.yaml")

    def test_not_utf8(self, tmp_path):
        file = tmp_path / "latin1.yaml"
        file.write_bytes(doc("phases: []\n").replace("Essai", "Éssai").encode("latin-1"))
        with pytest.raises(DocumentError, match="pas du texte UTF-8"):
            scenario.load(file)

    def test_size_limit(self):
        with pytest.raises(DocumentError, match="au-delà de la limite de 10"):
            scenario.loads(doc("phases: []\n"), max_bytes=10)

    def test_refusals_speak_the_language_asked_for(self, tmp_path):
        with pytest.raises(DocumentError, match="more than the limit of 10"):
            scenario.loads(doc("phases: []\n"), max_bytes=10, lang="en")
        with pytest.raises(DocumentError, match="cannot read the file"):
            scenario.load(tmp_path / "absent.yaml", lang="en")

    def test_document_error_is_a_value_error(self):
        with pytest.raises(ValueError, match="version du format"):
            scenario.loads("scenario: 3\ntitle: x\nphases: []\n")


# (document, the whole English message after the file name) for SCENARIO_LANG=en
IN_ENGLISH = [
    (
        doc(PHASE + "    situation: distanciel synchron\n"),
        ":6:5: error at phases[0].situation: unknown situation 'distanciel synchron' (hint: did "
        "you mean 'distanciel synchrone' or 'distanciel asynchrone'?)",
    ),
    (doc("phases: oops\n"), ":3:1: error at phases: expected a list, got the text 'oops'"),
    (
        doc(PHASE + "    grupe: seul\n"),
        ":6:5: error at phases[0].grupe: unknown key 'grupe' (hint: did you mean 'group'?)",
    ),
    ("scenario: 1\nphases: []\n", ":1:1: error: missing required key 'title'"),
    (
        "scenario: true\ntitle: x\nphases: []\n",
        ":1:1: error at scenario: the format version must be the whole number 1, got the boolean "
        "true (hint: write 'scenario: 1')",
    ),
    (
        doc(PHASE + "    duration: -20\n"),
        ":6:5: error at phases[0].duration: cannot read the duration '-20' (hint: a duration "
        "cannot be negative)",
    ),
    (
        doc(PHASE + "  - {id: a, phase: évaluation}\n"),
        ":6:6: error at phases[1].id: duplicate phase id 'a' (hint: phases[0] already has it: "
        "give each phase its own id)",
    ),
    ("", ": error: the document is empty (hint: start from 'scenario new' or an example)"),
]


class TestMessagesInEnglish:
    @pytest.mark.parametrize(("text", "expected"), IN_ENGLISH)
    def test_scenario_lang_en_words_the_whole_message_in_english(self, monkeypatch, text, expected):
        """With SCENARIO_LANG=en, the frame (error at, hint) and the message are English."""
        monkeypatch.setenv("SCENARIO_LANG", "en")
        with pytest.raises(DocumentError) as info:
            scenario.loads(text, source="course.yaml")
        assert str(info.value) == "course.yaml" + expected

    def test_the_message_keeps_the_language_it_was_raised_in(self):
        """An error raised in French stays French when shown later in English."""
        from scenario.i18n import use_language

        with pytest.raises(DocumentError) as info:
            scenario.loads("", source="c.yaml")
        with use_language("en"):
            assert str(info.value).startswith("c.yaml: erreur : le document est vide")


class TestAccepted:
    def test_a_draft_with_missing_tags_loads(self):
        s = scenario.loads(doc("phases:\n  - {id: a, phase: découverte}\n"))
        assert s.phases[0].missing_tags == ("group", "situation", "pedagogy", "intention")

    def test_empty_phases_load(self):
        assert scenario.loads(doc("phases: []\n")).phases == []

    def test_english_aliases_and_sloppy_spelling_load_as_canonical(self):
        s = scenario.loads(
            doc("""\
            modality: Hybrid
            phases:
              - id: a
                phase: DISCOVERY
                group: Small Group
                situation: distanciel  synchrone
                pedagogy: expository
                intention: engage
                duration: 1 h 30
            path:
              - {from: a, to: a, kind: REMEDIATION}
            """)
        )
        assert "modality: blended" in s.dumps()
        phase = s.phases[0]
        assert (
            phase.kind.value,
            phase.group.value,
            phase.situation.value,
            phase.pedagogy.value,
            phase.intentions[0].value,
            phase.duration,
        ) == ("découverte", "petit groupe", "distanciel synchrone", "expositive", "interpeller", 90)
        assert s.transitions[0].kind.value == "remediation"

    def test_numbers_and_dates_in_free_text_are_read_as_text(self):
        s = scenario.loads(
            doc(
                "phases:\n  - {id: a, phase: découverte, module: 1, "
                "title: 2024-01-01, activities: [3]}\n"
            )
        )
        assert (s.phases[0].module, s.phases[0].title, s.phases[0].activities) == (
            "1",
            "2024-01-01",
            ("3",),
        )

    def test_a_single_activity_may_be_a_string(self):
        s = scenario.loads(doc("phases:\n  - {id: a, phase: découverte, activities: quiz}\n"))
        assert s.phases[0].activities == ("quiz",)

    def test_flow_mapping_with_question_mark_loads(self):
        s = scenario.loads(doc("phases:\n  - {id: a, phase: découverte, title: Pourquoi ?}\n"))
        assert s.phases[0].title == "Pourquoi ?"

    def test_utf8_bom_is_accepted(self):
        assert scenario.loads(("\ufeff" + doc("phases: []\n")).encode("utf-8")).title == "Essai"


class TestPlaces:
    """Places: the line and column of a place, from PyYAML's node tree."""

    TEXT = (
        "scenario: 1\n"
        "title: Essai\n"
        "phases:\n"
        "  - &m {id: a, phase: découverte, situation: présentiel}\n"
        "  - {id: b, phase: évaluation, <<: *m}\n"
        "  - id: c\n"
        "    phase: découverte\n"
    )

    @pytest.mark.parametrize(
        ("path", "place"),
        [
            ([], (1, 1)),
            (["title"], (2, 1)),
            (["phases", 0], (4, 5)),  # an anchored node starts at its anchor
            (["phases", 0, "situation"], (4, 35)),
            (["phases", 1, "phase"], (5, 13)),
            (["phases", 1, "situation"], (4, 35)),  # brought in by the merge key
            (["phases", 2, "phase"], (7, 5)),
            (["phases", 2, "module"], (6, 5)),  # missing: the phase that lacks it
            (["phases", 9, "id"], (3, 1)),  # no such phase: the list's key
            (["title", 0], (2, 1)),  # text has no items
        ],
    )
    def test_a_place_is_found_at_its_key_or_item(self, path, place):
        from scenario.io._places import Places

        assert Places(self.TEXT).find(path) == place
        assert Places(self.TEXT).line(path) == place[0]

    def test_text_that_cannot_be_composed_has_no_places(self):
        from scenario.io._places import Places

        assert Places("a: [unclosed\n").find(["a"]) is None
        assert Places("").find([]) is None

    def test_the_tree_is_composed_once_for_many_places(self, monkeypatch):
        from scenario.io import _places

        calls = []
        compose = _places.compose_yaml
        monkeypatch.setattr(_places, "compose_yaml", lambda *a: calls.append(a) or compose(*a))
        places = _places.Places(self.TEXT)
        assert [places.line(["phases", i, "id"]) for i in range(3)] == [4, 5, 6]
        assert len(calls) == 1

    def test_a_good_document_loads_without_composing_for_places(self, monkeypatch):
        from scenario.io import _places

        def compose(*args):
            raise AssertionError("composed for places")

        monkeypatch.setattr(_places, "compose_yaml", compose)
        assert scenario.loads(self.TEXT).phases[1].situation.value == "présentiel"


class TestGarbageCollector:
    """Loading pauses the cyclic garbage collector, and leaves it as it found it."""

    def test_the_collector_waits_while_a_document_is_built(self, monkeypatch):
        import gc

        from scenario.io import files

        seen = []
        build = files.from_document

        def spy(*args):
            seen.append(gc.isenabled())
            return build(*args)

        monkeypatch.setattr(files, "from_document", spy)
        scenario.loads(doc("phases: []\n"))
        scenario.loads('{"scenario": 1, "title": "t", "phases": []}', "json")
        assert seen == [False, False]
        assert gc.isenabled()

    def test_the_collector_runs_again_after_a_refusal(self):
        import gc

        with pytest.raises(DocumentError):
            scenario.loads(doc("phases: oops\n"))
        with pytest.raises(DocumentError):
            scenario.loads("a: [unclosed\n")
        assert gc.isenabled()

    def test_a_collector_turned_off_stays_off(self):
        import gc

        gc.disable()
        try:
            scenario.loads(doc("phases: []\n"))
            assert not gc.isenabled()
        finally:
            gc.enable()


class TestRoundTrips:
    def test_every_example_round_trips_in_yaml_and_json(self, example):
        assert scenario.loads(example.dumps("yaml")) == example
        assert scenario.loads(example.dumps("json"), "json") == example

    def test_dump_is_canonical_and_stable(self, example):
        text = example.dumps()
        assert scenario.loads(text).dumps() == text
        assert example.dumps("json") == example.dumps("json")

    def test_dump_to_files_picks_the_format_from_the_extension(self, tmp_path, example):
        example.dump(tmp_path / "s.json")
        example.dump(tmp_path / "s.yml")
        assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["scenario"] == 1
        assert scenario.load(tmp_path / "s.json") == example
        assert scenario.load(tmp_path / "s.yml") == example

    def test_dumped_documents_are_valid_against_the_schema(self, example):
        import jsonschema

        from scenario.io.schema import schema

        jsonschema.validate(json.loads(example.dumps("json")), schema())

    def test_dump_replaces_atomically_and_leaves_no_temporary_file(self, tmp_path, example):
        target = tmp_path / "s.yaml"
        target.write_text("old", encoding="utf-8")
        example.dump(target)
        assert scenario.load(target) == example
        assert [p.name for p in tmp_path.iterdir()] == ["s.yaml"]

    def test_a_failed_dump_leaves_the_previous_file(self, tmp_path, monkeypatch, example):
        target = tmp_path / "s.yaml"
        target.write_text("previous", encoding="utf-8")

        def broken(document):
            raise RuntimeError("disk full")

        monkeypatch.setattr("scenario.io.files.dump_yaml", broken)
        with pytest.raises(RuntimeError):
            example.dump(target)
        assert target.read_text(encoding="utf-8") == "previous"

    def test_code_built_scenario_with_path_and_waivers_round_trips(self):
        s = scenario.Scenario("T", modality="mooc", audience={"size": 2000}, objectives=["o"])
        s.add_phase(
            "a",
            "découverte",
            "A: « guillemets » & <b>",
            intentions=["engage", "share"],
            duration=65,
            module="m1",
            activities=["x"],
            resources=["y"],
        )
        s.add_phase("b", "évaluation", "")
        s.connect("a", "b")
        s.connect("b", "a", "remediation")
        s.waive("mooc.audience-size", reason="pilote")
        s.waive("phase.no-duration", "b")
        assert scenario.loads(s.dumps()) == s
        assert scenario.loads(s.dumps("json"), "json") == s
        assert "duration: 1h05" in s.dumps()

    def test_an_optional_phase_round_trips_and_is_written_only_when_true(self):
        """``optional: true`` survives YAML and JSON; a phase not optional writes no key."""
        s = scenario.loads(
            doc(
                "phases:\n  - {id: a, phase: découverte}\n"
                "  - {id: o, phase: apprentissage, optional: true}\n"
                "  - {id: b, phase: évaluation, optional: false}\n"
            )
        )
        assert [p.optional for p in s.phases] == [False, True, False]
        assert s.dumps().count("optional") == 1
        assert "  optional: true\n" in s.dumps()
        assert scenario.loads(s.dumps()) == s
        assert scenario.loads(s.dumps("json"), "json") == s

    def test_add_phase_takes_optional(self):
        s = scenario.Scenario("T")
        assert s.add_phase("o", "apprentissage", optional=True).optional

    def test_optional_must_be_true_or_false(self):
        with pytest.raises(scenario.DocumentError, match=r"phases\[0\]\.optional"):
            scenario.loads(doc("phases:\n  - {id: a, phase: découverte, optional: oui}\n"))


def test_the_schema_ships_and_describes_every_property():
    from scenario.io.schema import schema

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                assert "description" in sub, f"{where}.{name} has no description"
                assert "title" in sub or "$ref" in sub, f"{where}.{name} has no title"
            for key, sub in node.items():
                walk(sub, f"{where}.{key}")

    loaded = schema()
    assert loaded["$id"].endswith("scenario.schema.json")
    walk(loaded, "")
    source = Path(__file__).resolve().parent.parent / "schemas" / "scenario.schema.json"
    assert json.loads(source.read_text(encoding="utf-8")) == loaded


class TestPhaseLines:
    """Where each phase starts, noted while loading: from the node tree, or one scan of JSON."""

    @pytest.mark.parametrize(
        ("text", "lines"),
        [
            ('{"phases": [{"id": "a"},\n {"id": "b"}]}', (1, 2)),
            ('{"title": "t, [x", "phases": []}', ()),
            ('{"Phases": [\n1, "s",\n {}]}', (2, 2, 3)),
            ('{"a": {"phases": [1]}}', None),
            ("[1, 2]", None),
            ('{"phases": [1, }', None),
        ],
    )
    def test_json(self, text, lines):
        from scenario.io._places import json_phase_lines

        assert json_phase_lines(text) == lines

    def test_yaml(self):
        from scenario.io._places import phase_lines
        from scenario.io._yaml import compose_yaml

        text = "scenario: 1\nphases:\n  - id: a\n\n  - {id: b}\nphases2: []\n"
        assert phase_lines(compose_yaml(text)) == (3, 5)
        assert phase_lines(compose_yaml("- a\n")) is None
