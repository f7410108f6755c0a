"""Hostile documents: Python tags, alias bombs, oversized and deeply nested inputs.

Every one is refused with a :class:`~scenario.DocumentError` naming the file,
quickly, and with both PyYAML parsers (libyaml's and the pure-Python one).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
import yaml

import scenario
from scenario import DocumentError
from scenario.io import MAX_DOCUMENT_BYTES
from scenario.io import _yaml as yaml_module
from scenario.io._yaml import MAX_DEPTH, LimitError, load_yaml

NO_LIBYAML = pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="no libyaml")
LOADERS = [
    pytest.param((yaml.SafeLoader, True), id="pure"),
    pytest.param((getattr(yaml, "CSafeLoader", None), True), id="libyaml", marks=NO_LIBYAML),
    # libyaml's parser with PyYAML's Python composer: what a libyaml that does not
    # bound the nesting itself gets (its C composer recurses once per level).
    pytest.param(
        (getattr(yaml, "CSafeLoader", None), False), id="libyaml-python-composer", marks=NO_LIBYAML
    ),
]

#: The classic "billion laughs", 342 bytes: 9 ** 9 strings once expanded.
ALIAS_BOMB = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""

# The bomb hidden where a scenario keeps lists: it must not reach the schema validator.
SCENARIO_BOMB = (
    "scenario: 1\ntitle: t\nphases:\n  - id: a\n    phase: découverte\n"
    "    activities: &x0 [lol, lol]\n"
    + "".join(
        f"    resources{i}: &x{i} [*x{i - 1}, *x{i - 1}, *x{i - 1}, *x{i - 1}]\n"
        for i in range(1, 20)
    )
)

PYTHON_TAGS = [
    "!!python/object/apply:os.system ['true']\n",
    "!!python/object/new:os.system ['true']\n",
    "x: !!python/name:os.system\n",
    "x: !!python/module:os\n",
    "!!python/object:collections.OrderedDict {a: 1}\n",
    "x: !!python/tuple [1, 2]\n",
    "scenario: 1\ntitle: !!python/object/apply:os.getcwd []\nphases: []\n",
    "x: !custom 1\n",
]


@pytest.fixture(params=LOADERS)
def loader(request, monkeypatch):
    """Run the test with each YAML parser and composer, through the public API too."""
    parser, bounded = request.param
    monkeypatch.setattr(yaml_module, "SafeLoader", parser)
    monkeypatch.setattr(yaml_module, "_libyaml_bounds_nesting", lambda: bounded)
    yaml_module._loader_on.cache_clear()
    yield parser
    yaml_module._loader_on.cache_clear()


def _elapsed(function, *args, **kwargs):
    start = time.perf_counter()
    try:
        function(*args, **kwargs)
    except DocumentError as error:
        return time.perf_counter() - start, error
    raise AssertionError("the document was not refused")


class TestPythonTags:
    @pytest.mark.parametrize("text", PYTHON_TAGS)
    def test_tags_that_would_build_python_objects_are_refused(self, loader, text):
        with pytest.raises(DocumentError, match="YAML invalide") as info:
            scenario.loads(text, source="evil.yaml")
        assert info.value.source == "evil.yaml"

    def test_the_hint_says_tags_are_refused(self, loader):
        with pytest.raises(DocumentError) as info:
            scenario.loads(PYTHON_TAGS[0])
        assert "étiquettes" in (info.value.hint or "")
        assert info.value.line == 1

    @pytest.mark.parametrize("tag", ["!!set {a, b}", "!!omap [a: 1]", "!!pairs [a: 1]"])
    def test_collection_tags_no_scenario_uses_are_refused(self, loader, tag):
        with pytest.raises(DocumentError, match="n'a pas sa place dans un scénario") as info:
            scenario.loads(f"scenario: 1\ntitle: t\nphases: {tag}\n")
        assert tag.split()[0] in info.value.message
        assert info.value.line == 3


class TestAliases:
    def test_the_342_byte_alias_bomb_is_refused_in_milliseconds(self, loader):
        assert len(ALIAS_BOMB.encode()) == 342
        elapsed, error = _elapsed(scenario.loads, ALIAS_BOMB, source="bomb.yaml")
        assert elapsed < 0.5  # measured: well under 1 ms with libyaml
        assert "alias" in error.message
        assert error.source == "bomb.yaml"
        assert error.line is not None

    def test_a_bomb_inside_a_scenario_never_reaches_the_validator(self, loader, monkeypatch):
        def explode(document):
            raise AssertionError("the schema validator walked the bomb")

        monkeypatch.setattr("scenario.io.document.violations", explode)
        elapsed, error = _elapsed(scenario.loads, SCENARIO_BOMB)
        assert elapsed < 0.5
        assert "alias" in str(error)

    def test_the_bomb_is_refused_before_anything_is_constructed(self, loader, monkeypatch):
        """The expanded size is counted on the node tree, each anchor once: the
        constructor never starts. The place is the list whose aliases go past the limit."""

        def construct(self, node):
            raise AssertionError("the constructor walked the bomb")

        monkeypatch.setattr(yaml_module._Constructor, "construct_document", construct)
        with pytest.raises(LimitError) as info:
            load_yaml(ALIAS_BOMB, loader)
        assert (info.value.limit, info.value.line, info.value.column) == ("aliases", 6, 4)

    def test_the_bomb_is_refused_from_a_file_and_by_the_cli(self, tmp_path):
        file = tmp_path / "bomb.yaml"
        file.write_text(ALIAS_BOMB, encoding="utf-8")
        with pytest.raises(
            DocumentError, match=r"bomb\.yaml:6: erreur : une fois les alias développés"
        ):
            scenario.load(file)
        done = subprocess.run(
            [sys.executable, "-m", "scenario", "validate", str(file)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2
        assert "Traceback" not in done.stderr + done.stdout
        assert "alias" in done.stdout + done.stderr

    def test_anchors_and_merge_keys_of_a_phase_template_load(self, loader):
        s = scenario.loads(
            "scenario: 1\ntitle: t\n"
            "phases:\n"
            "  - &a {id: a, phase: découverte, group: seul, situation: distanciel asynchrone}\n"
            "  - {<<: *a, id: b, phase: évaluation, group: petit groupe}\n"
        )
        a, b = s.phases
        assert (b.group.value, b.situation.value) == ("petit groupe", "distanciel asynchrone")
        assert a.group.value == "seul"

    def test_a_budget_allows_ordinary_reuse(self):
        text = "base: &b [1, 2, 3]\nuses: [" + ", ".join(["*b"] * 1000) + "]\n"
        assert len(load_yaml(text)["uses"]) == 1000
        with pytest.raises(LimitError, match="dépasse 100 valeurs") as info:
            load_yaml(text, max_nodes=100)
        assert (info.value.limit, info.value.line) == ("aliases", 2)
        with pytest.raises(LimitError, match="past 100 values"):
            load_yaml(text, max_nodes=100, lang="en")

    def test_a_recursive_alias_is_refused(self, loader):
        with pytest.raises(DocumentError, match="récursive") as info:
            scenario.loads("scenario: 1\ntitle: t\nphases: &p [*p]\n")
        assert info.value.line == 3

    def test_an_undefined_alias_is_refused(self, loader):
        with pytest.raises(DocumentError, match="ne renvoie à aucune ancre"):
            scenario.loads("scenario: 1\ntitle: *nope\nphases: []\n")


class TestSize:
    def test_the_limit_is_sixteen_mebibytes_and_documented(self):
        assert MAX_DOCUMENT_BYTES == 16 * 1024 * 1024
        assert scenario.io.__all__.count("MAX_DOCUMENT_BYTES") == 1

    def test_an_oversized_string_is_refused_before_parsing(self, monkeypatch):
        def parse(*args, **kwargs):
            raise AssertionError("parsed")

        monkeypatch.setattr("scenario.io.files.load_yaml", parse)
        text = "scenario: 1\ntitle: " + "x" * MAX_DOCUMENT_BYTES + "\nphases: []\n"
        elapsed, error = _elapsed(scenario.loads, text)
        assert elapsed < 1
        assert "au-delà de la limite" in error.message
        assert "--limits file_size=" in (error.hint or "")

    def test_an_oversized_file_is_refused_without_reading_it(self, tmp_path):
        file = tmp_path / "big.json"
        file.write_bytes(b" " * 2048)
        with pytest.raises(
            DocumentError, match="2\u202f048 octets, au-delà de la limite de 1\u202f024"
        ):
            scenario.load(file, max_bytes=1024)

    def test_the_limit_can_be_raised(self):
        text = "scenario: 1\ntitle: t\nphases: []\n"
        with pytest.raises(DocumentError):
            scenario.loads(text, max_bytes=8)
        assert scenario.loads(text, max_bytes=len(text)).title == "t"

    def test_a_huge_string_value_loads_and_is_never_quoted_whole(self):
        with pytest.raises(DocumentError) as info:
            scenario.loads(
                "scenario: 1\ntitle: t\nmodality: " + "spoc" * 250_000 + "\nphases: []\n"
            )
        assert len(str(info.value)) < 300


class TestDepth:
    @pytest.mark.parametrize(
        "text",
        [
            "[" * 100_000,
            "[" * 100_000 + "]" * 100_000,
            "{a: " * 50_000 + "1" + "}" * 50_000,
            "".join("  " * i + "a:\n" for i in range(2_000)),
            "- " * 5_000 + "x\n",
            "scenario: 1\ntitle: t\nphases: []\nx: "
            + "[" * (MAX_DEPTH + 1)
            + "]" * (MAX_DEPTH + 1),
        ],
        ids=[
            "open flow",
            "closed flow",
            "flow mappings",
            "block mappings",
            "block lists",
            "just past",
        ],
    )
    def test_deep_yaml_is_refused_without_recursion_error(self, loader, text):
        with pytest.raises(DocumentError, match=f"imbrique plus de {MAX_DEPTH} niveaux") as info:
            scenario.loads(text)
        assert info.value.line is not None

    @pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 900, 5_000, 200_000])
    def test_deep_json_is_refused_without_recursion_error(self, depth):
        text = '{"scenario": 1, "title": "t", "phases": [], "x": ' + "[" * depth + "]" * depth + "}"
        with pytest.raises(DocumentError, match=f"imbrique plus de {MAX_DEPTH} niveaux"):
            scenario.loads(text, "json")

    @NO_LIBYAML
    def test_libyaml_composes_only_when_it_bounds_the_nesting_itself(self):
        """libyaml's composer recurses in C once per level: it is used because the
        libyaml PyYAML ships refuses documents nested past 1,000 levels on its own."""
        assert yaml_module._libyaml_bounds_nesting()
        assert yaml_module._Composer not in yaml_module._loader_on(yaml.CSafeLoader).__mro__
        assert yaml_module._Composer in yaml_module._loader_on(yaml.SafeLoader).__mro__

    def test_the_depth_limit_is_far_above_what_a_scenario_needs(self):
        text = (
            "scenario: 1\ntitle: t\nphases: []\nx: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1)
        )
        with pytest.raises(DocumentError, match="clé inconnue 'x'"):
            scenario.loads(text)
        with pytest.raises(DocumentError, match="clé inconnue 'x'"):
            scenario.loads(json.dumps(yaml.safe_load(text)), "json")


# Documents on which load_yaml must give what yaml.safe_load gives.
SAME_AS_SAFE_LOAD = [
    "",
    "---\n",
    "a: 1\nb: [x, 'y', \"z\"]\n",
    "a: yes\nb: No\nc: ~\nd: null\ne: 0x1F\nf: 1.5e3\ng: .inf\nh: 2024-01-01\ni: 0o17\n",
    "a: '12'\nb: ! 12\nc: !!str 12\nd: !!int '7'\ne: !!float 1\nf: !!binary aGk=\n",
    "=: 1\n",
    "<<: {b: 1}\nc: 2\n",
    "a: &b {x: 1, y: 2}\nc:\n  <<: *b\n  x: 3\n",
    "a: [&q {x: 1}, &r {x: 2, z: 3}]\nb: {<<: [*q, *r], w: 0}\n",
    "{? a}\n",
    "? complex\n: value\n",
    "a: &s scalar\nb: *s\n",
    "!!map {a: !!seq [1]}\n",
    "- - - deep\n",
    "text: |\n  multi\n  line\nfolded: >\n  one\n  two\n",
    "'quoted key': \"\\u00e9\\t\"\n",
]

REFUSED_LIKE_SAFE_LOAD = [
    "!!map [a]\n",
    "a: !!map text\n",
    "!!seq {a: 1}\n",
    "a: =\n",
    "a: <<\n",
    "a: &x 1\nb: &x 2\n",
    "--- 1\n--- 2\n",
    "[a, b]: 1\n",
    "<<: 3\n",
    "- !!seq foo\n",
    "a: [unclosed\n",
    "a: b: c\n",
]


class TestSameAsSafeLoad:
    @pytest.mark.parametrize("text", SAME_AS_SAFE_LOAD)
    def test_load_yaml_gives_what_safe_load_gives(self, loader, text):
        assert load_yaml(text, loader) == yaml.load(text, Loader=loader)

    @pytest.mark.parametrize("text", REFUSED_LIKE_SAFE_LOAD)
    def test_load_yaml_refuses_what_safe_load_refuses(self, loader, text):
        with pytest.raises(yaml.YAMLError):
            yaml.load(text, Loader=loader)
        with pytest.raises(yaml.YAMLError):
            load_yaml(text, loader)

    def test_merged_keys_give_the_values_safe_load_gives(self, loader):
        """The first merged mapping wins over the later ones, the mapping's own keys over all.

        Only the values are compared: PyYAML 6.0.4 changed the order of merged keys,
        and key order means nothing in a scenario document.
        """
        text = "a: &a {x: 1, y: 2}\nb: &b {z: 3, x: 4}\nc: {w: 0, <<: [*a, *b], y: 5}\n"
        assert load_yaml(text, loader)["c"] == yaml.load(text, Loader=loader)["c"]
        assert load_yaml(text, loader)["c"] == {"w": 0, "x": 1, "y": 5, "z": 3}


class TestRegexDialect:
    @pytest.mark.parametrize(
        ("body", "place"),
        [
            ('phases:\n- {id: "a\\n", phase: découverte}\n', "phases[0].id"),
            (
                'phases:\n- {id: a, phase: découverte}\npath:\n- {from: a, to: "a\\n"}\n',
                "path[0].to",
            ),
            (
                'phases:\n- {id: a, phase: découverte}\nwaivers:\n- {rule: r, phase: "a\\n"}\n',
                "waivers[0].phase",
            ),
        ],
    )
    def test_an_id_ending_in_a_newline_is_refused(self, body, place):
        """Python's ``$`` matches before a final newline; the schema's ECMA-262 ``$`` does not."""
        with pytest.raises(DocumentError, match="n'est pas un identifiant de phase") as info:
            scenario.loads("scenario: 1\ntitle: t\n" + body)
        assert info.value.path == place


class TestOddInputs:
    def test_a_lone_surrogate_in_text_is_refused(self):
        with pytest.raises(DocumentError, match="demi-code de substitution isolé"):
            scenario.loads("scenario: 1\ntitle: \ud800\nphases: []\n")

    def test_oversized_bytes_are_refused(self):
        with pytest.raises(DocumentError, match="au-delà de la limite de 4"):
            scenario.loads(b"scenario: 1", max_bytes=4)

    @pytest.mark.parametrize("format", ["yml", "YAML", "Json"])
    def test_format_names_are_lenient(self, format):
        text = '{"scenario": 1, "title": "t", "phases": []}'
        assert scenario.loads(text, format).title == "t"

    def test_an_unknown_format_is_refused(self):
        with pytest.raises(DocumentError, match="format de document inconnu 'toml'"):
            scenario.loads("x", "toml")

    def test_a_json_root_error_gets_the_line_of_the_root(self):
        with pytest.raises(DocumentError) as info:
            scenario.loads('\n\n{"title": "\x07", "phases": []}', "json")
        assert info.value.line == 3

    @pytest.mark.parametrize(
        ("text", "hint"),
        [
            ("scenario: 1\ntitle: a: b\n", "entre guillemets"),
            ("scenario: 1\n\ttitle: x\n", "tabulations"),
        ],
    )
    def test_yaml_mistakes_get_a_hint(self, text, hint):
        with pytest.raises(DocumentError) as info:
            scenario.loads(text)
        assert hint in (info.value.hint or "")

    def test_a_value_the_fast_validator_cannot_read_is_explained_by_jsonschema(self):
        with pytest.raises(DocumentError, match="il faut un texte, pas la valeur '2024-01-01'"):
            scenario.loads(
                "scenario: 1\ntitle: t\nphases: []\nwaivers: [{rule: r, phase: 2024-01-01}]\n"
            )

    def test_a_file_name_with_a_nul_is_refused(self):
        with pytest.raises(DocumentError, match="impossible de lire"):
            scenario.load("bad\x00name.yaml")


class TestWithoutTheFastValidator:
    """jsonschema-rs is the fast path; without it, jsonschema alone gives the same answers."""

    @pytest.fixture(autouse=True)
    def _no_fast_validator(self, monkeypatch):
        monkeypatch.setattr("scenario.io.schema._fast_validator", lambda: None)

    def test_the_examples_load(self, example_file):
        assert scenario.load(example_file).phases

    def test_refusals_are_explained(self):
        with pytest.raises(DocumentError, match="clé inconnue 'grupe'"):
            scenario.loads(
                "scenario: 1\ntitle: t\nphases: [{id: a, phase: découverte, grupe: x}]\n"
            )


def test_whole_numbers_up_to_two_to_the_53_load_and_round_trip():
    """The largest whole number every JSON reader keeps exact loads and is written back."""
    big = 2**53 - 1
    s = scenario.loads(
        f"scenario: 1\ntitle: t\naudience: {{size: {big}}}\n"
        f"phases: [{{id: a, phase: découverte, duration: {big}}}]\n"
    )
    assert s.audience.size == big
    assert scenario.loads(s.dumps()) == s
    assert scenario.loads(s.dumps("json"), "json") == s


class TestFilesWithoutASize:
    @pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
    def test_an_endless_file_is_refused_without_being_read(self):
        start = time.perf_counter()
        with pytest.raises(DocumentError, match="c'est un périphérique, pas un fichier ordinaire"):
            scenario.load("/dev/zero", max_bytes=1024)
        assert time.perf_counter() - start < 1

    def test_an_oversized_file_names_its_size(self, tmp_path):
        file = tmp_path / "big.yaml"
        file.write_bytes(b"#" * 100)
        with pytest.raises(DocumentError) as info:
            scenario.load(file, max_bytes=10)
        assert info.value.message == "le fichier fait 100 octets, au-delà de la limite de 10"
        assert info.value.hint == (
            "si le fichier est sûr, relevez la limite : --limits file_size=1MB "
            "(ou SCENARIO_LIMITS ; Limits(file_size=...) en Python)"
        )

    def test_a_huge_limit_reads_only_what_the_file_holds(self, tmp_path):
        """max_bytes is a ceiling, not a buffer: a terabyte limit reads a small file."""
        file = tmp_path / "small.yaml"
        file.write_text("scenario: 1\ntitle: t\nphases: []\n", encoding="utf-8")
        assert scenario.load(file, max_bytes=2**40).title == "t"

    def test_a_folder_is_refused(self, tmp_path):
        with pytest.raises(DocumentError, match="c'est un dossier"):
            scenario.load(tmp_path)
