"""What the benchmark times: every operation of the library on one generated scenario.

Each operation is a name, a group (for the table) and a function that takes
the :class:`Context` of one size and returns the call to time (a function of
no argument). The context holds the generated document, its YAML and JSON
text, the scenario loaded from it, and a folder for the files of the imports;
it is built once per size. An operation whose module is missing or broken
gives an error in the table, not a crash: other branches are changing them.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import scenario
from scenario.io._yaml_dump import dump_yaml
from scenario.io.limits import Limits

#: The benchmark's documents are its own: 100,000 phases (35 MiB of YAML) are past the
#: default limits (scenario/io/limits.py), which only refuse hostile or broken input.
TRUSTED = Limits.trusted()

Call = Callable[[], Any]


@attrs.define
class Context:
    """One size of the benchmark: the document in every form the operations start from."""

    size: int
    document: dict[str, Any]
    yaml_text: str
    json_text: str
    scenario: scenario.Scenario
    folder: Path
    #: The last output of each export, kept for the import of the same format.
    exported: dict[str, str | bytes] = attrs.Factory(dict)

    @classmethod
    def build(cls, size: int, document: dict[str, Any], folder: Path) -> Context:
        yaml_text = dump_yaml(document)
        json_text = json.dumps(document, ensure_ascii=False, indent=2)
        loaded = scenario.loads(json_text, "json", limits=TRUSTED)
        return cls(size, document, yaml_text, json_text, loaded, folder)


def _load(text_of: Callable[[Context], str], format: str) -> Callable[[Context], Call]:
    def make(ctx: Context) -> Call:
        text = text_of(ctx)
        return lambda: scenario.loads(text, format, limits=TRUSTED)

    return make


def _load_and_validate(format: str) -> Callable[[Context], Call]:
    def make(ctx: Context) -> Call:
        from scenario.rules import validate

        text = ctx.yaml_text if format == "yaml" else ctx.json_text
        return lambda: validate(scenario.loads(text, format, limits=TRUSTED))

    return make


def _bare_json_schema(ctx: Context) -> Call:
    """The reference: ``json.loads`` and jsonschema-rs on the same JSON text, nothing else."""
    import jsonschema_rs

    from scenario.io.schema import schema

    validator = jsonschema_rs.validator_for(schema())
    text = ctx.json_text

    def run() -> bool:
        valid: bool = validator.is_valid(json.loads(text))
        return valid

    return run


def _validate(ctx: Context) -> Call:
    from scenario.rules import validate

    return lambda: validate(ctx.scenario)


def _export(name: str) -> Callable[[Context], Call]:
    def make(ctx: Context) -> Call:
        from scenario.io.formats import get_format

        dump = get_format(name).dump
        assert dump is not None

        def run() -> str | bytes:
            ctx.exported[name] = dump(ctx.scenario)
            return ctx.exported[name]

        return run

    return make


def _import(name: str) -> Callable[[Context], Call]:
    def make(ctx: Context) -> Call:
        from scenario.io.formats import get_format

        fmt = get_format(name)
        if name not in ctx.exported:
            raise LookupError(f"no {name} export to read (the export did not finish)")
        path = ctx.folder / f"scenario-{ctx.size}{fmt.suffixes[0]}"
        content = ctx.exported[name]
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        read = fmt.read
        assert read is not None

        def run() -> scenario.Scenario:
            from scenario.io.limits import use_limits

            # The importers read the limits in force: these tables are trusted.
            with use_limits(TRUSTED):
                return read(path)

        return run

    return make


def _build(ctx: Context) -> Call:
    """The scenario built in Python, one add_phase per phase and one connect per transition."""
    document = ctx.document

    def run() -> scenario.Scenario:
        s = scenario.Scenario(document["title"], modality=document["modality"])
        for p in document["phases"]:
            s.add_phase(
                p["id"],
                p["phase"],
                p["title"],
                group=p["group"],
                situation=p["situation"],
                pedagogy=p["pedagogy"],
                intentions=p["intention"],
                duration=p["duration"],
                module=p["module"],
                activities=p["activities"],
                resources=p["resources"],
            )
        for t in document["path"]:
            s.connect(t["from"], t["to"], t.get("kind", "sequence"))
        return s

    return run


def _method(name: str, **options: Any) -> Callable[[Context], Call]:
    return lambda ctx: lambda: getattr(ctx.scenario, name)(**options)


OPERATIONS: list[tuple[str, str, Callable[[Context], Call]]] = [
    ("load YAML", "load", _load(lambda ctx: ctx.yaml_text, "yaml")),
    ("load JSON", "load", _load(lambda ctx: ctx.json_text, "json")),
    ("validate", "check", _validate),
    ("load+validate YAML", "check", _load_and_validate("yaml")),
    ("load+validate JSON", "check", _load_and_validate("json")),
    ("json.loads+jsonschema-rs", "check", _bare_json_schema),
    ("graph", "analyse", lambda ctx: lambda: scenario.graph(ctx.scenario)),
    ("stats", "analyse", _method("stats")),
    ("requirements", "analyse", _method("requirements")),
    ("synopsis (learner)", "analyse", _method("synopsis", view="learner")),
    ("synopsis (trainer)", "analyse", _method("synopsis", view="trainer")),
    ("dump YAML", "export", lambda ctx: lambda: scenario.dumps(ctx.scenario)),
    ("dump JSON", "export", lambda ctx: lambda: scenario.dumps(ctx.scenario, "json")),
    ("export markmap", "export", _export("markmap")),
    ("export mermaid", "export", _export("mermaid")),
    ("export opml", "export", _export("opml")),
    ("export freemind", "export", _export("freemind")),
    ("export csv", "export", _export("csv")),
    ("export xlsx", "export", _export("xlsx")),
    ("DOT mind map", "export", lambda ctx: lambda: ctx.scenario.mindmap().source),
    ("DOT path diagram", "export", lambda ctx: lambda: ctx.scenario.path_diagram().source),
    ("import freemind", "import", _import("freemind")),
    ("import csv", "import", _import("csv")),
    ("import xlsx", "import", _import("xlsx")),
    ("build (add_phase, connect)", "build", _build),
]


def temporary_folder() -> tempfile.TemporaryDirectory[str]:
    """Where the imports' files are written."""
    return tempfile.TemporaryDirectory(prefix="scenario-bench-")
