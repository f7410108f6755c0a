"""What a Freeplane node holds, as plain values: its text, its notes, its attributes.

Freeplane keeps a node's text in ``TEXT``, or as HTML in a ``richcontent``
of type ``NODE`` (rich text); its note and its details in ``richcontent``
of type ``NOTE`` and ``DETAILS`` (HTML, or plain text in a ``<text>``
element in recent versions); its attributes in ``attribute`` elements. HTML
becomes plain text here: one line per paragraph (``<p>``, ``<div>``,
``<li>``, headings, ``<br>``), white space inside a line folded to one
space. Every value is scrubbed (:func:`scenario._text.scrub`); none is ever
taken as markup again.

>>> import xml.etree.ElementTree as ET
>>> html_text(ET.fromstring("<html><body><p> Un  <b>deux</b> </p><p></p><p>trois</p></body></html>"))
'Un deux\\n\\ntrois'
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from scenario._text import scrub
from scenario.io.freemind._names import key_of

#: The HTML elements that make a line of their own.
_BLOCKS = frozenset(
    {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre", "blockquote", "title"}
)
#: The HTML elements whose text is no content (a style sheet, a script).
_SKIPPED = frozenset({"head", "style", "script"})
#: Rich text that is more than paragraphs: its formatting is lost, which is said.
_PLAIN = _BLOCKS | _SKIPPED | {"html", "body", "br", "span"}


def html_text(element: ET.Element) -> str:
    """The text of an HTML fragment, one line per paragraph (see the module's documentation)."""
    lines: list[str] = []
    current: list[str] = []

    def end_line(always: bool) -> None:
        text = " ".join("".join(current).split())
        if always or text:
            lines.append(text)
        current.clear()

    def walk(node: ET.Element) -> None:
        tag = _local(node.tag)
        if tag in _SKIPPED:
            return
        if tag == "br":
            end_line(True)
        block = tag in _BLOCKS
        if block:
            end_line(False)
        if node.text:
            current.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            end_line(True)

    walk(element)
    end_line(False)
    return scrub("\n".join(lines).strip("\n"))


def _local(tag: object) -> str:
    """An element's name without its namespace, in lower case ('' for a comment)."""
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def rich(node: ET.Element, kind: str) -> ET.Element | None:
    """The node's ``richcontent`` of ``kind`` (``NODE``, ``NOTE``, ``DETAILS``), if any."""
    for found in node.findall("richcontent"):
        if found.get("TYPE", "NODE").upper() == kind:
            return found
    return None


def rich_text(content: ET.Element) -> str:
    """The text of a ``richcontent``: its ``<text>`` as written, or its HTML as lines."""
    plain = content.find("text")
    if plain is not None:
        return scrub(plain.text or "")
    return html_text(content)


def formatted(content: ET.Element) -> bool:
    """True when rich text has formatting plain text loses (bold, colour, a link, a table)."""
    return any(
        _local(e.tag) not in _PLAIN for e in content.iter() if e is not content and _local(e.tag)
    )


def node_text(node: ET.Element) -> str:
    """A node's text: its ``TEXT``, else its rich text as plain lines ('' without either)."""
    return given_text(node) or ""


def given_text(node: ET.Element) -> str | None:
    """A node's text, or None when it has no ``TEXT`` and no rich text at all."""
    text = node.get("TEXT")
    if text is None:
        text = node.get("LOCALIZED_TEXT")
    if text is not None:
        return scrub(text)
    content = rich(node, "NODE")
    return None if content is None else rich_text(content)


def short_text(node: ET.Element) -> str:
    """A node's text on one line, to name it in a message."""
    return " ".join(node_text(node).split())


def notes_of(node: ET.Element) -> tuple[str | None, str | None]:
    """A node's note and details, as plain text (None for each it has not)."""
    found: list[str | None] = []
    for kind in ("NOTE", "DETAILS"):
        content = rich(node, kind)
        found.append(None if content is None else rich_text(content))
    return found[0], found[1]


#: The attributes of free text, kept even empty (``public``, ``objectif``...); an empty
#: value of the others (a tag, an id) is a value not given.
TEXT_KEYS = frozenset({"audience", "objective", "resource", "module", "lms", "waiver"})


def attribute_items(node: ET.Element) -> list[tuple[str, str, str]]:
    """A node's attributes in order: (key, name as written, value); an empty value is left
    out unless the attribute is free text (:data:`TEXT_KEYS`)."""
    found = []
    for attribute in node.findall("attribute"):
        name = attribute.get("NAME", "")
        value = scrub(attribute.get("VALUE", ""))
        key = key_of(name)
        if name.strip() and (value.strip() or key in TEXT_KEYS):
            found.append((key, name, value))
    return found


def attributes(node: ET.Element) -> dict[str, list[str]]:
    """A node's attribute values by key (a name of either language), in order."""
    grouped: dict[str, list[str]] = {}
    for key, _name, value in attribute_items(node):
        grouped.setdefault(key, []).append(value)
    return grouped


def first(values: dict[str, list[str]], key: str) -> str | None:
    found = values.get(key)
    return found[0] if found else None


def icons(node: ET.Element) -> list[str]:
    """The names of the node's icons (Freeplane's ``BUILTIN`` names)."""
    return [icon.get("BUILTIN", "?") for icon in node.findall("icon")]
