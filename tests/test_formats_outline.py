"""The mind-map exports: markmap, Mermaid and OPML: structure, escaping, determinism."""

from __future__ import annotations

import importlib.metadata
import re
import sys
import types
import xml.etree.ElementTree as ET

import pytest

import scenario
import scenario.io.formats as registry
from scenario.io.formats import Format, format_for, formats, get_format
from scenario.io.markmap import escape_markdown, to_markmap
from scenario.io.mermaid import escape_mermaid, to_mermaid
from scenario.io.opml import to_opml
from scenario.learning_path import ordered_phases
from tests.render_helpers import HOSTILE, hostile_scenario


class TestRegistry:
    def test_the_mind_map_formats_are_registered(self) -> None:
        names = {f.name for f in formats()}
        assert {"markmap", "mermaid", "opml", "freemind"} <= names

    @pytest.mark.parametrize(
        ("suffix", "name"),
        [(".md", "markmap"), (".mmd", "mermaid"), (".opml", "opml"), (".mm", "freemind")],
    )
    def test_suffixes(self, suffix: str, name: str) -> None:
        found = format_for(f"map{suffix}")
        assert found is not None
        assert found.name == name

    def test_only_freemind_reads(self) -> None:
        found = format_for("map.mm", reading=True)
        assert found is not None
        assert found.name == "freemind"
        assert format_for("map.opml", reading=True) is None

    def test_an_unknown_format_is_refused_with_the_closest_name(self) -> None:
        with pytest.raises(scenario.ScenarioError, match=r"format inconnu 'mermiad'.*'mermaid'"):
            get_format("mermiad")


class TestPlugins:
    """Formats of other packages come through the entry points, skipped with a warning when
    broken, as the rules' plug-ins are (scenario._plugins)."""

    @pytest.fixture
    def points(self, monkeypatch: pytest.MonkeyPatch) -> list[importlib.metadata.EntryPoint]:
        """The entry points of scenario.formats, read afresh by a registry not yet loaded."""
        found: list[importlib.metadata.EntryPoint] = []
        monkeypatch.setattr(
            importlib.metadata,
            "entry_points",
            lambda *, group: found if group == registry.ENTRY_POINT_GROUP else [],
        )
        formats()  # the built-in formats are registered when their modules are imported
        monkeypatch.setattr(registry, "_registry", dict(registry._registry))
        monkeypatch.setattr(registry, "_loaded", False)
        module = types.ModuleType("house_formats")
        module.TXT = Format("txt", (".txt",), "a plain list", dump=lambda s: s.title)  # type: ignore[attr-defined]
        module.NOT_A_FORMAT = "txt"  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "house_formats", module)
        return found

    def test_a_plugin_format_is_registered(
        self, points: list[importlib.metadata.EntryPoint]
    ) -> None:
        points.append(importlib.metadata.EntryPoint("txt", "house_formats:TXT", "scenario.formats"))
        assert get_format("txt").suffixes == (".txt",)
        assert "markmap" in {f.name for f in formats()}

    @pytest.mark.parametrize("value", ["no_such_module_xyz:FORMAT", "house_formats:NOT_A_FORMAT"])
    def test_a_broken_plugin_warns_and_the_others_work(
        self, points: list[importlib.metadata.EntryPoint], value: str
    ) -> None:
        """A plug-in that cannot be loaded, or names no Format, is named in a warning and
        skipped; the built-in formats and the other plug-ins are there."""
        points.append(importlib.metadata.EntryPoint("broken", value, "scenario.formats"))
        points.append(importlib.metadata.EntryPoint("txt", "house_formats:TXT", "scenario.formats"))
        with pytest.warns(RuntimeWarning, match="'broken'"):
            names = {f.name for f in formats()}
        assert {"markmap", "csv", "txt"} <= names


class TestDeterminism:
    @pytest.mark.parametrize("name", ["markmap", "mermaid", "opml", "freemind"])
    def test_deterministic(self, example: scenario.Scenario, name: str) -> None:
        dump = get_format(name).dump
        assert dump is not None
        assert dump(example) == dump(scenario.loads(example.dumps()))


class TestMarkmap:
    def test_outline(self, example: scenario.Scenario) -> None:
        """One level-1 heading, one numbered level-2 heading per phase in path order."""
        text = to_markmap(example)
        assert text.startswith("---\ntitle: ")
        headings = [line for line in text.splitlines() if line.startswith("#")]
        assert headings[0] == f"# {escape_markdown(example.title)}"
        phases = ordered_phases(example)
        assert len(headings) == 1 + len(phases)
        for number, (heading, phase) in enumerate(zip(headings[1:], phases), start=1):
            assert heading == f"## {number}. {escape_markdown(phase.title)}"
        for phase in phases:
            for activity in phase.activities:
                assert f"  - {escape_markdown(activity)}" in text.splitlines()

    def test_english(self) -> None:
        text = to_markmap(scenario.load("examples/spoc-logiciel-paie.yaml"), lang="en")
        assert "- group: alone" in text
        assert "- discovery" in text

    def test_without_front_matter(self, example: scenario.Scenario) -> None:
        assert to_markmap(example, front_matter=False).startswith("# ")

    def test_hostile_text_stays_text(self) -> None:
        """No raw HTML, no link, no extra heading or list item comes from user text."""
        s = hostile_scenario()
        text = to_markmap(s, front_matter=False)
        assert "<" not in text
        assert "](" not in text.replace("\\](", "")
        headings = [line for line in text.splitlines() if line.startswith("#")]
        assert len(headings) == 1 + len(s.phases)
        # every line is a heading, a list item or blank: nothing broke out of its line
        for line in text.splitlines():
            assert line == "" or re.match(r"^(#{1,2} |- |  - )", line), line

    def test_front_matter_is_safe_yaml(self) -> None:
        import yaml

        s = hostile_scenario()
        front = to_markmap(s).split("---\n")[1]
        data = yaml.safe_load(front)
        assert data["title"] == " ".join(HOSTILE[0].split())
        assert data["markmap"]["colorFreezeLevel"] == 2


class TestMermaid:
    def test_structure(self, example: scenario.Scenario) -> None:
        """A mindmap: the root, then each phase two spaces deeper, its details deeper still."""
        lines = to_mermaid(example).splitlines()
        assert lines[0] == "mindmap"
        assert lines[1] == f'  root(("{escape_mermaid(example.title)}"))'
        phases = [line for line in lines if re.match(r'^    p\d+\["', line)]
        assert len(phases) == len(example.phases)
        activities = [line for line in lines if re.match(r"^      p\d+a\d+\(", line)]
        assert len(activities) == sum(len(p.activities) for p in example.phases)

    @pytest.mark.parametrize(("detail", "per_phase"), [("phases", 1), ("tags", 2)])
    def test_detail(self, example: scenario.Scenario, detail: str, per_phase: int) -> None:
        lines = to_mermaid(example, detail=detail).splitlines()
        assert len(lines) == 2 + per_phase * len(example.phases)

    def test_hostile_text_is_inert(self) -> None:
        """Each node is one line, id then one quoted label holding no quote, # or <."""
        s = hostile_scenario()
        lines = to_mermaid(s).splitlines()[1:]
        for line in lines:
            match = re.match(r'^ +[a-z0-9]+(\(\(|\[|\()"([^"]*)"(\)\)|\]|\))$', line)
            assert match, line
            assert not re.search(r"[<>`*_~]", match.group(2))
            assert not re.search(r"#(?!quot;|lt;|gt;|amp;|\d+;)", match.group(2))
        assert len(lines) == 1 + len(s.phases) * 2 + sum(len(p.activities) for p in s.phases)


class TestOpml:
    def test_structure(self, example: scenario.Scenario) -> None:
        """OPML 2.0: a head title, one course outline, one outline per phase with its id."""
        root = ET.fromstring(to_opml(example))
        assert root.tag == "opml"
        assert root.get("version") == "2.0"
        assert root.findtext("head/title") == example.title
        courses = root.findall("body/outline")
        assert len(courses) == 1
        phases = [o for o in courses[0].findall("outline") if o.get("phaseId")]
        ordered = ordered_phases(example)
        assert [o.get("phaseId") for o in phases] == [p.id for p in ordered]
        for number, (outline, phase) in enumerate(zip(phases, ordered), start=1):
            assert outline.get("text") == f"{number}. {phase.title}"
            assert outline.get("kind") == phase.kind.value
            if phase.group is not None:
                assert outline.get("group") == phase.group.value

    def test_hostile_text(self) -> None:
        s = hostile_scenario()
        root = ET.fromstring(to_opml(s))
        phases = [o for o in root.iter("outline") if o.get("phaseId")]
        assert len(phases) == len(s.phases)
        assert phases[1].get("text") == "2. " + HOSTILE[1]
        body = root.find("body")
        assert body is not None
        assert all(e.tag == "outline" for e in list(body.iter())[1:])
