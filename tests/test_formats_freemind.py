"""FreeMind .mm: written for Freeplane, and read back after a designer edited the map."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import scenario
from scenario.io.freemind import from_freemind, read_freemind, to_freemind
from scenario.io.freemind._order import reading_order
from scenario.palette import KIND_COLOURS
from tests.conftest import example_named
from tests.render_helpers import HOSTILE, hostile_scenario


def _attributes(node: ET.Element) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for attribute in node.findall("attribute"):
        found.setdefault(attribute.get("NAME", ""), []).append(attribute.get("VALUE", ""))
    return found


def _phase_node(centre: ET.Element, pid: str) -> ET.Element:
    for node in centre.findall("node"):
        if _attributes(node).get("id") == [pid]:
            return node
    raise AssertionError(pid)


def _set_attribute(node: ET.Element, name: str, value: str) -> None:
    for attribute in node.findall("attribute"):
        if attribute.get("NAME") == name:
            attribute.set("VALUE", value)
            return
    ET.SubElement(node, "attribute", NAME=name, VALUE=value)


class TestWrite:
    def test_structure(self, example: scenario.Scenario) -> None:
        """One central node; one node per phase in reading order, with id and tags as
        attributes, unfolded."""
        text = to_freemind(example)
        assert text.startswith('<map version="freeplane 1.7.0">\n')
        root = ET.fromstring(text)
        assert root.tag == "map"
        (centre,) = root.findall("node")
        assert centre.get("TEXT") == example.title
        nodes = centre.findall("node")
        assert {n.get("FOLDED") for n in [centre, *nodes]} == {"false"}
        phases = reading_order(example)
        assert len(nodes) == len(phases)
        for node, phase in zip(nodes, phases):
            attributes = _attributes(node)
            assert node.get("TEXT") == phase.title
            assert attributes["id"] == [phase.id]
            assert attributes["phase"] == [phase.kind.value]
            if phase.group:
                assert attributes["groupe"] == [phase.group.value]
            if phase.intentions:
                assert attributes["intention"] == [", ".join(i.value for i in phase.intentions)]
            assert [c.get("TEXT") for c in node.findall("node")] == list(phase.activities)
            edge = node.find("edge")
            assert edge is not None
            assert edge.get("COLOR") == KIND_COLOURS[phase.kind].strong
            assert node.get("BACKGROUND_COLOR") == KIND_COLOURS[phase.kind].light

    def test_ids_are_unique(self, example: scenario.Scenario) -> None:
        ids = [n.get("ID") for n in ET.fromstring(to_freemind(example)).iter("node")]
        assert len(ids) == len(set(ids))

    def test_hostile_text(self) -> None:
        s = hostile_scenario()
        root = ET.fromstring(to_freemind(s))
        nodes = root.findall("node/node")
        assert len(nodes) == len(s.phases)
        assert nodes[1].get("TEXT") == HOSTILE[1]
        assert {e.tag for e in root.iter()} <= {"map", "node", "edge", "font", "attribute"} | {
            ET.Comment
        }


class TestRoundTrip:
    def test_unchanged_map_gives_the_scenario_back(self, example: scenario.Scenario) -> None:
        """The same scenario, ``==``: phases, path and waivers in the document's order."""
        assert from_freemind(to_freemind(example)) == example

    def test_branches_and_waivers_survive(self) -> None:
        s = scenario.Scenario("Branches")
        for pid, kind in [("a", "découverte"), ("b", "réalisation"), ("c", "réalisation")]:
            s.add_phase(pid, kind)
        s.add_phase("d", "évaluation")
        for source, target in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")]:
            s.connect(source, target)
        s.connect("d", "a", "remediation")
        s.waive("structure.multiple-entries", reason="voulu")
        s.waive("phase.missing-tag", "b", "brouillon : à finir")
        assert from_freemind(to_freemind(s)) == s

    def test_hostile_text_comes_back(self) -> None:
        """Titles come back as written; what XML cannot hold (NUL, U+001F) as U+FFFD."""
        s = hostile_scenario()
        back = from_freemind(to_freemind(s))
        assert [p.title for p in back.phases] == [
            p.title.replace("\x00", "\ufffd").replace("\x1f", "\ufffd")  # type: ignore[union-attr]
            for p in s.phases
        ]

    def test_a_designer_edits_the_map_in_freeplane(self, tmp_path: Path) -> None:
        """Rename, retag, add an activity and a phase, reorder: the import takes it all."""
        original = example_named("spoc-logiciel-paie")
        original.path = None  # the path is the phases' order: moving a phase changes it
        root = ET.fromstring(to_freemind(original))
        centre = root.find("node")
        assert centre is not None

        interface = _phase_node(centre, "interface")
        interface.set("TEXT", "Les écrans du logiciel, en vidéo")
        _set_attribute(interface, "groupe", "small group")  # English and lenient, as in documents
        _set_attribute(interface, "durée", "1h")
        ET.SubElement(interface, "node", TEXT="fiche mémo à imprimer", ID="ID_123")

        # Move the virtual class before the guided exercise.
        exercise = _phase_node(centre, "exercice-guide")
        virtual = _phase_node(centre, "classe-virtuelle")
        nodes = list(centre)
        centre.remove(virtual)
        centre.insert(nodes.index(exercise), virtual)

        # A new phase typed in Freeplane, with its kind as an attribute.
        new = ET.SubElement(centre, "node", TEXT="Forum d'entraide", ID="ID_999")
        ET.SubElement(new, "attribute", NAME="phase", VALUE="réalisation")
        ET.SubElement(new, "attribute", NAME="situation", VALUE="distanciel asynchrone")
        ET.SubElement(new, "attribute", NAME="Pedagogy", VALUE="active")  # English names read too
        ET.SubElement(new, "node", TEXT="questions des pairs")

        edited = tmp_path / "paie.mm"
        edited.write_bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
        back = read_freemind(edited)

        ids = [p.id for p in back.phases]
        assert ids.index("classe-virtuelle") < ids.index("exercice-guide")
        assert ids[-1] == "forum-d-entraide"
        phase = back.phase("interface")
        assert phase.title == "Les écrans du logiciel, en vidéo"
        assert phase.group is scenario.Group.PETIT_GROUPE
        assert phase.duration == 60
        assert phase.activities[-1] == "fiche mémo à imprimer"
        assert back.phase("forum-d-entraide").activities == ("questions des pairs",)
        assert back.phase("forum-d-entraide").kind is scenario.PhaseKind.REALISATION
        assert back.phase("forum-d-entraide").pedagogy is scenario.Pedagogy.ACTIVE
        # Without an explicit path, the path follows the new order.
        assert back.path is None
        assert [(t.source, t.target) for t in back.transitions] == list(itertools.pairwise(ids))
        # and it saves as a valid document
        out = tmp_path / "paie.yaml"
        back.dump(out)
        assert scenario.load(out) == back

    def test_freeplane_rich_text_nodes(self) -> None:
        """Freeplane stores formatted text as HTML rich content: its text is the title."""
        s = example_named("presentiel-reunions")
        root = ET.fromstring(to_freemind(s))
        node = root.findall("node/node")[0]
        del node.attrib["TEXT"]
        rich = ET.SubElement(node, "richcontent", TYPE="NODE")
        rich.append(ET.fromstring("<html><body><p>Un <b>titre</b> riche</p></body></html>"))
        with pytest.warns(scenario.ReadWarning, match="mise en forme"):
            back = from_freemind(ET.tostring(root))
        assert back.phases[0].title == "Un titre riche"


class TestRefused:
    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("not xml at all", "XML bien formé"),
            ("<opml/>", "l'élément racine est 'opml'"),
            ("<map/>", "un seul nœud central"),
            (
                '<!DOCTYPE map [<!ENTITY a "aaaa">]><map><node TEXT="&a;"/></map>',
                "DOCTYPE",
            ),
            (
                '<map><node TEXT="T"><node TEXT="sans type"/></node></map>',
                "nœud 'sans type'.*pas d'attribut 'phase'",
            ),
            (
                '<map><node TEXT="T"><node TEXT="X" ID="ID_7"><attribute NAME="phase" '
                'VALUE="découvert"/></node></node></map>',
                r"nœud 'X' \('ID_7'\).*'découverte'",
            ),
            (
                '<map><node TEXT="T"><node TEXT="X"><attribute NAME="phase" VALUE="découverte"/>'
                '<attribute NAME="id" VALUE="Pas bon"/></node></node></map>',
                "nœud 'X'.*a-z",
            ),
            (
                '<map><node TEXT="T"><node TEXT="X"><attribute NAME="phase" VALUE="découverte"/>'
                '<attribute NAME="remediation" VALUE="nulle-part"/></node></node></map>',
                "ne désigne aucune phase",
            ),
            (
                '<map><node TEXT="T"><node TEXT="X"><attribute NAME="phase" VALUE="découverte"/>'
                '<node TEXT="Y"><attribute NAME="id" VALUE="y"/></node></node></node></map>',
                "nœud 'Y'.*est une phase.*sous la phase 'X'",
            ),
            (
                '<map><node TEXT="T"><node TEXT="X"><attribute NAME="phase" VALUE="découverte"/>'
                '<attribute NAME="colour" VALUE="red"/></node></node></map>',
                "attribut inconnu 'colour'.*les attributs d'une phase sont",
            ),
            (
                '<map><node TEXT="T"><node TEXT="X"><attribute NAME="phase" VALUE="découverte"/>'
                '<attribute NAME="grup" VALUE="seul"/></node></node></map>',
                "attribut inconnu 'grup'.*vouliez-vous dire 'groupe'",
            ),
            (
                '<map><node TEXT="T"><node TEXT="X"><attribute NAME="phase" VALUE="découverte"/>'
                '</node><node TEXT="X"><attribute NAME="phase" VALUE="découverte"/></node>'
                "</node></map>",
                "porté par deux nœuds",
            ),
        ],
    )
    def test_errors_name_file_and_node(self, tmp_path: Path, text: str, message: str) -> None:
        path = tmp_path / "carte.mm"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(scenario.DocumentError, match=message) as caught:
            read_freemind(path)
        assert str(path) in str(caught.value)

    def test_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(scenario.DocumentError, match="impossible de lire"):
            read_freemind(tmp_path / "absent.mm")

    def test_too_large(self, tmp_path: Path) -> None:
        path = tmp_path / "big.mm"
        path.write_text("<map>" + " " * 1000 + "</map>")
        with pytest.raises(scenario.DocumentError, match="limit"):
            read_freemind(path, max_bytes=100)

    def test_title_and_modality_options(self, tmp_path: Path) -> None:
        path = tmp_path / "m.mm"
        path.write_text(to_freemind(example_named("presentiel-reunions")), encoding="utf-8")
        back = read_freemind(path, title="Autre titre", modality="blended")
        assert back.title == "Autre titre"
        assert back.modality is scenario.Modality.BLENDED
