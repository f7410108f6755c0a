"""The scenario as an OPML 2.0 outline (outliners and mind-map tools import it).

One ``<outline>`` for the course, with its facts and its objectives, one
under it per phase in path order (numbered), and under each phase its kind
and tags, then its activities.
Each phase outline also carries its id and tags as attributes
(``phaseId``, ``kind``, ``group``...), which OPML allows, for tools that
read them. Written with ElementTree, so every string is escaped; control
characters, which XML 1.0 cannot hold, become spaces, a lone surrogate
U+FFFD; a title such as ``<html><b>x</b></html>`` is text, never markup.

>>> from scenario import Scenario
>>> s = Scenario("Démo <1>")
>>> _ = s.add_phase("intro", "découverte", "Accroche & quiz")
>>> print(to_opml(s))  # doctest: +ELLIPSIS
<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Démo &lt;1&gt;</title>
  </head>
  <body>
    <outline text="Démo &lt;1&gt;">
      <outline text="1. Accroche &amp; quiz" phaseId="intro" kind="découverte">
        <outline text="découverte" />
      </outline>
    </outline>
  </body>
</opml>
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from scenario._gc import collector_paused
from scenario.i18n import _, current_language, use_language
from scenario.io._outline import course_facts, one_line, phase_title, tag_name, tags
from scenario.io.formats import Format, register_format
from scenario.learning_path import ordered_phases

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["OPML", "to_opml"]


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def to_opml(scenario: Scenario, *, lang: str | None = None) -> str:
    """The scenario as an OPML 2.0 document (UTF-8 text with its XML declaration).

    Args:
        scenario: the course.
        lang: ``"fr"`` or ``"en"``: the words of kinds and tags in the outline
            text (the attributes hold the canonical French values); None: the
            current language (:func:`scenario.i18n.use_language`).

    Raises:
        LanguageError: an unknown ``lang``.
    """
    with use_language(lang):
        return _opml(scenario, current_language())


def _opml(scenario: Scenario, lang: str) -> str:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = one_line(scenario.title)
    body = ET.SubElement(root, "body")
    course = ET.SubElement(body, "outline", text=one_line(scenario.title))
    for name, value in course_facts(scenario, lang):
        ET.SubElement(course, "outline", text=_("{label}: {value}").format(label=name, value=value))
    if scenario.objectives:
        goals = ET.SubElement(course, "outline", text=tag_name("objectives"))
        for objective in scenario.objectives:
            ET.SubElement(goals, "outline", text=one_line(objective))
    for number, phase in enumerate(ordered_phases(scenario), start=1):
        attributes = {
            "text": f"{number}. {phase_title(phase)}",
            "phaseId": phase.id,
            "kind": phase.kind.value,
        }
        for key in ("group", "situation", "pedagogy"):
            term = getattr(phase, key)
            if term is not None:
                attributes[key] = term.value
        if phase.intentions:
            attributes["intention"] = ", ".join(i.value for i in phase.intentions)
        if phase.duration is not None:
            attributes["duration"] = str(phase.duration)
        node = ET.SubElement(course, "outline", attributes)
        ET.SubElement(node, "outline", text=phase.kind.label(lang))
        for name, value in tags(phase, lang):
            ET.SubElement(
                node, "outline", text=_("{label}: {value}").format(label=name, value=value)
            )
        for key, items in (("activities", phase.activities), ("resources", phase.resources)):
            if items:
                group = ET.SubElement(node, "outline", text=tag_name(key))
                for item in items:
                    ET.SubElement(group, "outline", text=one_line(item))
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


OPML = register_format(
    Format("opml", (".opml",), "an OPML 2.0 outline (outliners, mind-map tools)", dump=to_opml)
)
