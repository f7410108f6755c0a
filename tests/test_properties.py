"""Properties that hold for every scenario and every document, checked with hypothesis.

- any valid scenario survives ``dump`` then ``load``, in YAML and in JSON;
- checking it against the rules never raises;
- any document the JSON Schema describes loads (ids made unique and the path
  pointed at real phases, which a schema cannot say);
- any damage to an example (keys dropped or misspelt, wrong types, unknown
  words, huge strings, deep nesting, garbage bytes, truncation) gives either a
  scenario or a :class:`~scenario.DocumentError` that names the file and a
  place: never another exception, and never a traceback from the command line.

The settings profile (tests/strategies.py) keeps this file well under a minute.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

import scenario
from scenario import DocumentError, ScenarioError
from scenario.duration import parse_duration
from scenario.io import _places as places_module
from scenario.io import _yaml as yaml_module
from scenario.io import _yaml_dump as yaml_dump
from scenario.io._json_lines import _NOT_YAML
from scenario.io.schema import schema
from tests.conftest import EXAMPLE_FILES
from tests.strategies import _places, damaged_bytes, mutants, scenarios, texts

EXAMPLES = {path.name: path.read_bytes() for path in EXAMPLE_FILES}
EXAMPLE_DOCUMENTS = {name: yaml.safe_load(raw) for name, raw in EXAMPLES.items()}


def load_or_refuse(raw: bytes | str, format: str = "yaml", source: str = "mutant.yaml"):
    """Load a document; a refusal must be a located DocumentError, nothing else."""
    try:
        return scenario.loads(raw, format, source=source)
    except DocumentError as error:
        refusal = error
    assert refusal.source == source
    assert str(refusal).startswith(source)
    assert "\n" not in str(refusal)
    assert len(str(refusal)) < 600
    return refusal


class TestRoundTrip:
    @given(scenarios())
    def test_yaml_round_trip(self, s):
        assert scenario.loads(scenario.dumps(s)) == s

    @given(scenarios())
    def test_json_round_trip(self, s):
        assert scenario.loads(scenario.dumps(s, "json"), "json") == s

    @given(scenarios())
    def test_the_canonical_document_is_stable(self, s):
        text = scenario.dumps(s)
        assert scenario.dumps(scenario.loads(text)) == text

    @given(scenarios(max_phases=4))
    def test_the_pure_python_parser_reads_what_was_written_too(self, s):
        text = scenario.dumps(s)
        assert yaml_module.load_yaml(text, yaml.SafeLoader) == yaml.load(text, yaml.SafeLoader)

    @given(
        st.recursive(
            st.none() | st.booleans() | st.integers() | texts,
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(st.none() | st.integers() | texts, inner, max_size=4)
            ),
            max_leaves=30,
        ),
        st.sampled_from(
            [yaml.SafeDumper, *([yaml.CSafeDumper] if hasattr(yaml, "CSafeDumper") else [])]
        ),
    )
    def test_the_fast_dump_writes_what_pyyaml_writes(self, data, dumper):
        expected = yaml.dump(
            data,
            Dumper=dumper,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=100,
            indent=2,
        )
        assert yaml_dump.dump_yaml(data, dumper) == expected

    @given(st.text(st.characters(exclude_categories=("Cs",)), max_size=50))
    def test_any_title_round_trips(self, title):
        assume(title)
        s = scenario.Scenario(title)
        s.add_phase("a", "découverte", title, activities=[title], module=title)
        assert scenario.loads(s.dumps()) == s
        assert scenario.loads(s.dumps("json"), "json") == s


def composed_place(text, path):
    """Where PyYAML's own ``yaml.compose`` puts ``path`` (line, column): the reference
    for :class:`~scenario.io._places.Places`."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    mark = node.start_mark
    for part in path:
        child = None
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == part:
                    child, mark = value, key.start_mark
                    break
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(part, int)
            and 0 <= part < len(node.value)
        ):
            child = node.value[part]
            mark = child.start_mark
        if child is None:
            break
        node = child
    return mark.line + 1, mark.column + 1


class TestPlaces:
    @given(st.sampled_from(sorted(EXAMPLES)), st.data())
    def test_places_are_where_the_composer_puts_them(self, name, data):
        text = EXAMPLES[name].decode("utf-8")
        places = places_module.Places(text)
        document_places = _places(EXAMPLE_DOCUMENTS[name])
        place = list(data.draw(st.sampled_from(document_places)))
        extra = data.draw(st.sampled_from([[], ["missing"], [99], [0], ["id"]]))
        for path in (place, place + extra):
            assert places.find(path) == composed_place(text, path)
            assert places.line(path) == composed_place(text, path)[0]

    @given(scenarios(max_phases=4), st.data())
    def test_places_are_found_in_any_dump_yaml_or_json(self, s, data):
        for format in ("yaml", "json"):
            # JSON is read by the YAML composer once the characters YAML refuses are blanked.
            text = _NOT_YAML.sub(" ", s.dumps(format))
            document = yaml.safe_load(text)
            place = list(data.draw(st.sampled_from(_places(document))))
            assert places_module.Places(text).find(place) == composed_place(text, place)


class TestValidation:
    @given(scenarios())
    def test_validation_never_raises(self, s):
        rules = pytest.importorskip("scenario.rules")
        report = rules.validate(s)
        assert all(f.rule for f in report)
        assert rules.validate(s, lang="en") is not None

    @given(scenarios())
    def test_the_graph_has_every_phase(self, s):
        assert set(scenario.graph(s).nodes) == {p.id for p in s.phases}


def _repair(document: dict) -> dict:
    """Make ids unique, the path and waivers name real phases and durations written as text
    at most 2**53 - 1 minutes (as numbers are): what a schema cannot say."""
    seen: set[str] = set()
    for index, phase in enumerate(document["phases"]):
        if isinstance(phase.get("duration"), str) and _too_long(phase["duration"]):
            phase["duration"] = "1h"
        if phase["id"] in seen:
            phase["id"] = f"{phase['id']}-{index}"
        seen.add(phase["id"])
    ids = sorted(seen)
    if "path" in document:
        document["path"] = [
            step for step in document["path"] if step["from"] in seen and step["to"] in seen
        ]
        if ids and not document["path"]:
            document["path"] = [{"from": ids[0], "to": ids[-1]}]
    return document


def _too_long(text: str) -> bool:
    try:
        parse_duration(text)
    except ScenarioError:
        return True
    return False


SCHEMA_SETTINGS = settings(
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


class TestSchemaDocuments:
    @SCHEMA_SETTINGS
    @given(from_schema(copy.deepcopy(schema())))
    def test_every_document_of_the_schema_loads_once_ids_are_consistent(self, document):
        document = _repair(document)
        loaded = scenario.loads(json.dumps(document), "json")
        assert len(loaded.phases) == len(document["phases"])
        assert scenario.loads(yaml_dump.dump_yaml(document)) == loaded
        assert scenario.loads(loaded.dumps()) == loaded

    @SCHEMA_SETTINGS
    @given(from_schema(copy.deepcopy(schema())))
    def test_a_document_of_the_schema_is_refused_only_for_what_the_schema_cannot_say(
        self, document
    ):
        result = load_or_refuse(json.dumps(document), "json", source="s.json")
        if isinstance(result, DocumentError):
            message = result.message
            assert (
                "identifiant de phase en double" in message
                or "aucune phase n'a" in message
                or "une durée ne peut pas être aussi longue" in str(result)
            )


class TestDamagedDocuments:
    @given(
        st.sampled_from(sorted(EXAMPLE_DOCUMENTS)).flatmap(
            lambda name: mutants(EXAMPLE_DOCUMENTS[name])
        ),
        st.sampled_from(["yaml", "json"]),
    )
    def test_a_damaged_document_loads_or_is_refused_with_a_place(self, document, format):
        if format == "json":
            text = json.dumps(document, ensure_ascii=False, allow_nan=True)
        else:
            text = yaml_dump.dump_yaml(document)
        result = load_or_refuse(text, format)
        if isinstance(result, DocumentError):
            if isinstance(document, dict):
                assert result.path or result.line is not None
        else:
            assert scenario.loads(result.dumps()) == result

    @given(st.sampled_from(sorted(EXAMPLES)).flatmap(lambda name: damaged_bytes(EXAMPLES[name])))
    def test_damaged_bytes_load_or_are_refused(self, raw):
        load_or_refuse(raw)

    @given(st.sampled_from(sorted(EXAMPLES)).flatmap(lambda name: damaged_bytes(EXAMPLES[name])))
    def test_damaged_json_bytes_load_or_are_refused(self, raw):
        document = EXAMPLE_DOCUMENTS[EXAMPLE_FILES[0].name]
        text = json.dumps(document, ensure_ascii=False).encode()
        load_or_refuse(raw[: len(raw) // 2] + text[len(raw) // 2 :], "json", source="m.json")

    @given(st.binary(max_size=300))
    def test_any_bytes_load_or_are_refused(self, raw):
        load_or_refuse(raw)
        load_or_refuse(raw, "json", source="m.json")

    @given(texts)
    def test_any_text_loads_or_is_refused(self, text):
        load_or_refuse(text)
        load_or_refuse(text, "json", source="m.json")


def test_the_command_line_never_shows_a_traceback(tmp_path):
    """A folder of damaged files: every one reported, no traceback, a status of 2."""
    data = st.sampled_from(sorted(EXAMPLES)).flatmap(
        lambda name: st.one_of(
            damaged_bytes(EXAMPLES[name]),
            mutants(EXAMPLE_DOCUMENTS[name]).map(lambda d: yaml_dump.dump_yaml(d).encode("utf-8")),
        )
    )
    written = []

    @settings(max_examples=40, database=None)
    @given(data)
    def write(raw):
        path = tmp_path / f"m{len(written):03d}.yaml"
        path.write_bytes(raw)
        written.append(path.name)

    write()
    (tmp_path / "bomb.yaml").write_text(
        'a: &a ["lol","lol"]\n'
        + "".join(
            f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n"
            for p, c in zip("abcdefghijklmnop", "bcdefghijklmnopq")
        ),
        encoding="utf-8",
    )
    for options in ([], ["--format", "json"]):
        done = subprocess.run(
            [sys.executable, "-m", "scenario", "validate", str(tmp_path), *options],
            capture_output=True,
            text=True,
            timeout=300,
        )
        output = done.stdout + done.stderr
        assert "Traceback" not in output
        assert "internal error" not in output
        assert done.returncode in (0, 1, 2)
    report = json.loads(done.stdout)
    assert [Path(r["file"]).name for r in report] == sorted([*written, "bomb.yaml"])
