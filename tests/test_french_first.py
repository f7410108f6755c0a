"""French first: every command, in French (the default), on the examples and on broken
inputs, and every command's help, says nothing in English.

The heuristic: an English sentence is made of English function words ("the", "of",
"is", "cannot"...) that no French sentence uses. What a designer wrote (titles,
activities), the canonical words of the grid, rule ids, file names, option names and
code are not sentences: they are taken out before the words are looked at.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

from scenario.cli import main
from tests.conftest import EXAMPLES

#: Words of English sentences that French never writes.
ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "with",
        "without",
        "for",
        "not",
        "cannot",
        "can't",
        "which",
        "this",
        "that",
        "these",
        "those",
        "from",
        "an",
        "in",
        "into",
        "it",
        "its",
        "their",
        "there",
        "they",
        "has",
        "have",
        "had",
        "should",
        "must",
        "would",
        "will",
        "shall",
        "your",
        "you",
        "when",
        "where",
        "than",
        "then",
        "because",
        "while",
        "each",
        "every",
        "any",
        "only",
        "also",
        "could",
        "does",
        "did",
        "done",
        "here",
        "how",
        "what",
        "who",
        "whom",
        "why",
        "please",
        "see",
        "use",
        "missing",
        "unknown",
        "invalid",
        "expected",
        "found",
        "got",
        "error",
        "warning",
        "errors",
        "warnings",
        "file",
        "files",
        "phase's",
    ]
)

#: What is not a sentence: code spans, rule ids, options, paths, waiver lines, URLs.
_NOT_PROSE = re.compile(
    r"`[^`]*`"  # code
    r"|\{[^{}\n]*\}"  # a flow mapping of YAML
    r"|^[ \t#-]*[\w-]+:(?=\s)"  # a key of YAML
    r"|\{rule: [^}]*\}"  # the waiver line to paste
    r"|https?://\S+"
    r"|[\w-]+(?:\[\d+\])+(?:\.[\w-]+|\[\d+\])*"  # a place in a document
    r"|(?:[\w.-]*/)+[\w.-]+"  # paths
    r"|[\w-]+\.[\w.-]+"  # rule ids, file names, dotted keys
    r"|--?[\w-]+"  # options
    r"|\w+_\w+(?:=\S*)?"  # names of code: a limit (file_size=64Mo), a variable
    r"|'[^']*'"  # a value quoted from the document or to be written
    r"|\"[^\"]*\"",
    re.M,
)
_WORD = re.compile(r"[^\W\d_]+(?:'[st])?", re.UNICODE)


def english_words(text: str) -> list[str]:
    """The English function words of ``text``, once what is not prose is taken out.

    >>> english_words("la phase 3 « Atelier » (atelier) n'a pas de durée")
    []
    >>> english_words("la phase 'x' : the phase has no duration")
    ['the', 'has']
    """
    prose = _NOT_PROSE.sub(" ", text)
    return [w for w in _WORD.findall(prose) if w.lower() in ENGLISH]


def run(*argv: str) -> tuple[int, str]:
    """Run the command line in French; its standard output and error together."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(argv))
        except SystemExit as exit_:
            status = int(exit_.code or 0)
    return status, out.getvalue() + err.getvalue()


def _json_texts(text: str) -> str:
    """The texts a reader reads in a JSON output: messages, hints, errors."""
    found: list[str] = []

    def walk(value: object, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and key in {"message", "hint", "error", "summary"}:
            found.append(value)

    walk(json.loads(text))
    return "\n".join(found)


SPOC = str(EXAMPLES / "spoc-excel-soutien.yaml")
FLIPPED = str(EXAMPLES / "pedagogie-inversee-formateurs.yaml")
TABLE = str(EXAMPLES / "tableau-scenarisation.csv")
V1 = str(EXAMPLES / "revision" / "entretien-v1.yaml")
V2 = str(EXAMPLES / "revision" / "entretien-v2.yaml")
PROGRESS = str(EXAMPLES / "apres-la-session" / "progress.prendre-en-main.csv")
EXAMPLE_FILES = sorted(str(p) for p in EXAMPLES.glob("*.yaml"))

#: Documents a designer gets wrong, one mistake of each kind the loader refuses.
BROKEN = {
    "yaml-colon": "scenario: 1\ntitle: Atelier: les bases\nphases: []\n",
    "yaml-indent": "scenario: 1\ntitle: T\nphases:\n  - id: a\n   phase: découverte\n",
    "yaml-bracket": "scenario: 1\ntitle: [T\nphases: []\n",
    "yaml-tab": "scenario: 1\ntitle: T\nphases:\n\t- id: a\n",
    "yaml-quote": "scenario: 1\ntitle: 'T\nphases: []\n",
    "yaml-alias": "scenario: 1\ntitle: *t\nphases: []\n",
    "yaml-two-documents": "scenario: 1\ntitle: T\nphases: []\n---\nscenario: 1\n",
    "yaml-tag": "scenario: 1\ntitle: !!python/object:os.system T\nphases: []\n",
    "yaml-list-key": "scenario: 1\n[title]: T\nphases: []\n",
    "yaml-merge": "scenario: 1\ntitle: T\n<<: [1, 2]\nphases: []\n",
    "yaml-directive": "%YAML 2.0\n---\nscenario: 1\n",
    "not-a-mapping": "- a\n- b\n",
    "empty": "",
    "everything-wrong": (
        "scenario: 2\ntitre: [T]\nmodalité: spock\npublic: 0\nobjectives: oops\n"
        "start: 2025-02-30\nphases:\n"
        "  - {id: A b, phase: decouvrte, groupe: lune, situation: 3, pedagogy: activ,\n"
        "     intention: 'partager, evalur', durée: bientôt, week: x, couleur: rouge}\n"
        "  - {phase: évaluation, optional: peut-être}\n"
        "  - {id: c, phase: évaluation}\n  - {id: c, phase: évaluation}\n"
        "path:\n  - {from: c, to: z, kind: boucle}\n  - {de: c}\n"
        "waivers:\n  - {rule: 3}\n"
    ),
}


def _broken(tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.yaml"
    path.write_text(BROKEN[name], encoding="utf-8")
    return str(path)


def commands_on_examples(out: Path) -> list[list[str]]:
    """Every command once or more, on the examples, in French."""
    return [
        ["validate", *EXAMPLE_FILES, TABLE],
        ["validate", "--format", "json", SPOC],
        ["rules"],
        ["new", "--modality", "spoc"],
        ["new", "--modality", "pédagogie inversée"],
        ["new", "--modality", "présentiel"],
        ["new", "--modality", "mooc"],
        ["new", "--modality", "blended"],
        ["stats", SPOC],
        ["stats", FLIPPED],
        ["requirements", SPOC],
        ["requirements", FLIPPED],
        ["synopsis", SPOC],
        ["synopsis", SPOC, "--view", "trainer"],
        ["diff", V1, V2],
        ["fix", V1, "--diff"],
        ["render", SPOC, "-o", str(out / "carte.dot")],
        ["render", SPOC, "-o", str(out / "parcours.dot"), "--view", "path", "--findings"],
        ["export", SPOC, "--to", "markmap"],
        ["export", SPOC, "--to", "mermaid"],
        ["export", SPOC, "--to", "opml"],
        ["export", SPOC, "--to", "csv"],
        ["import", TABLE, "-o", str(out / "importe.yaml")],
        ["overlay", SPOC, PROGRESS],
    ]


class TestNoEnglishInFrench:
    def test_the_labels_of_a_picture_are_read(self) -> None:
        dot = (
            'a [label=<<TABLE><TR><TD>la <B>phase</B> 1</TD></TR></TABLE>> color=red xlabel="fin"]'
        )
        assert _dot_labels(dot).split() == ["fin", "la", "phase", "1"]

    def test_the_heuristic_finds_english_and_spares_french(self) -> None:
        assert english_words("YAML invalide : mapping values are not allowed in this context")
        assert english_words("the phase 'a' has no duration")
        assert not english_words(
            "cours.yaml:6:5: erreur à phases[0].situation : situation inconnue 'lune' "
            "(conseil : vouliez-vous dire 'distanciel synchrone' ?)"
        )

    def test_every_command_on_the_examples(self, tmp_path: Path, monkeypatch) -> None:
        monkeypatch.delenv("SCENARIO_LANG", raising=False)
        monkeypatch.chdir(tmp_path)
        found = {}
        for argv in commands_on_examples(tmp_path):
            status, text = run(*argv)
            assert status in (0, 1), (argv, text)
            if "--format" in argv and "json" in argv:
                text = _json_texts(text)
            for written in tmp_path.glob("*.dot"):
                text += "\n" + _dot_labels(written.read_text(encoding="utf-8"))
                written.unlink()
            english = english_words(text)
            if english:
                found[" ".join(argv[:2])] = english
        assert found == {}

    @pytest.mark.parametrize("name", sorted(BROKEN))
    @pytest.mark.parametrize("command", ["validate", "stats", "render"])
    def test_every_refusal_of_a_broken_document(
        self, tmp_path: Path, monkeypatch, name: str, command: str
    ) -> None:
        monkeypatch.delenv("SCENARIO_LANG", raising=False)
        path = _broken(tmp_path, name)
        argv = [command, path] + (["-o", str(tmp_path / "x.svg")] if command == "render" else [])
        status, text = run(*argv)
        assert status == 2
        assert english_words(text) == [], text
        status, text = run("validate", "--format", "json", path)
        assert english_words(_json_texts(text)) == [], text

    @pytest.mark.parametrize(
        "argv",
        [
            ["validate", "nowhere.yaml"],
            ["render", SPOC, "-o", "map.jpg"],
            ["export", SPOC],
            ["new", "--modality", "cooc"],
            ["stats", SPOC, "--lang", "de"],
            ["valdate"],
            ["diff", SPOC],
            ["overlay", SPOC, "nowhere.csv"],
            ["import", "nowhere.mm"],
        ],
    )
    def test_usage_errors(self, tmp_path: Path, monkeypatch, argv: list[str]) -> None:
        monkeypatch.delenv("SCENARIO_LANG", raising=False)
        monkeypatch.chdir(tmp_path)
        status, text = run(*argv)
        assert status != 0
        assert english_words(text) == [], text


def _dot_labels(source: str) -> str:
    """The words a DOT picture shows: its labels (HTML-like ones with their tags taken
    out, each matched to its closing ``>``) and its quoted labels."""
    texts = re.findall(r'label="((?:[^"\\]|\\.)*)"', source)
    start = source.find("label=<")
    while start != -1:
        depth, index = 0, start + len("label=")
        while index < len(source):
            depth += {"<": 1, ">": -1}.get(source[index], 0)
            index += 1
            if depth == 0:
                break
        texts.append(source[start + len("label=") + 1 : index - 1])
        start = source.find("label=<", index)
    text = " ".join(texts)
    return re.sub(r"<[^>]+>", " ", text).replace("&#39;", "'").replace("&amp;", "&")


def _commands() -> list[str]:
    import argparse

    from scenario.cli.parser import build_parser

    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(action.choices)


@pytest.mark.parametrize("name", [None, *_commands()])
def test_every_help_is_french(monkeypatch, name: str | None) -> None:
    monkeypatch.delenv("SCENARIO_LANG", raising=False)
    _status, text = run(*([] if name is None else [name]), "--help")
    assert english_words(text) == [], text


@pytest.mark.parametrize("parser", ["libyaml", "python"])
@pytest.mark.parametrize("name", sorted(n for n in BROKEN if n.startswith("yaml-")))
def test_pyyaml_problems_are_said_in_french_by_either_parser(
    monkeypatch, parser: str, name: str
) -> None:
    """libyaml and PyYAML's Python parser word their problems differently: each known one
    comes through the catalog, whichever parser read the text."""
    import yaml

    import scenario
    from scenario.io import _yaml as yaml_module

    chosen = yaml.CSafeLoader if parser == "libyaml" else yaml.SafeLoader
    monkeypatch.setattr(yaml_module, "SafeLoader", chosen)
    yaml_module._loader_on.cache_clear()
    try:
        with pytest.raises(scenario.DocumentError) as info:
            scenario.loads(BROKEN[name], source="cours.yaml", lang="fr")
    finally:
        yaml_module._loader_on.cache_clear()
    assert str(info.value).startswith("cours.yaml:")
    assert english_words(str(info.value)) == [], str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        '{"scenario": 1, "title": }',
        '{"scenario" 1}',
        '{"phases": [1 2]}',
        '{"title": "x',
        '{"title": "x"}}',
        "{title: 1}",
        '{"title": "a\\q"}',
        '{"title": "a\nb"}',
    ],
)
def test_json_problems_are_said_in_french(text: str) -> None:
    """The json module's words come through the catalog too, with the line and column."""
    import scenario

    with pytest.raises(scenario.DocumentError) as info:
        scenario.loads(text, "json", source="cours.json", lang="fr")
    message = str(info.value)
    assert re.match(r"cours\.json:\d+:\d+: erreur : JSON invalide : ", message), message
    assert english_words(message) == [], message


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("plan.xlsx", b"junk"),
        ("carte.mm", b'<map><node TEXT="x"'),
        ("carte.mm", b"<opml/>"),
        ("plan.csv", "id;phase;pédagogie\na;lune;activ\n".encode()),
        ("plan.csv", "titre;durée\nAccueil;1h\n".encode()),
        ("absent.yaml", None),
    ],
)
def test_every_refusal_of_a_file_of_another_format(
    tmp_path: Path, monkeypatch, name: str, content: bytes | None
) -> None:
    """A broken table, map, or a file that is not there: French only, naming the file."""
    monkeypatch.delenv("SCENARIO_LANG", raising=False)
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    status, text = run("validate", str(path))
    assert status == 2
    assert text.startswith(str(path))
    assert english_words(text) == [], text
