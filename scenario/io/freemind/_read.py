"""Reading a scenario back from a FreeMind/Freeplane map (see :mod:`scenario.io.freemind`)."""

from __future__ import annotations

import itertools
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from scenario._text import closest, did_you_mean, quote, slug
from scenario.errors import DocumentError, VocabularyError, os_reason
from scenario.i18n import _
from scenario.io._flags import read_flag, written_flag
from scenario.io._outline import one_line
from scenario.io.freemind._names import ALIASES, PHASE_KEYS, key_of, written_names
from scenario.model import ID_PATTERN, Audience, Phase, Scenario, Transition, Waiver
from scenario.vocabulary import Modality, PhaseKind, TransitionKind, normalize_word, parse_term

_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def read_freemind(
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    modality: str | None = None,
    max_bytes: int | None = None,
) -> Scenario:
    """Read a scenario back from a FreeMind/Freeplane ``.mm`` map.

    Args:
        path: the ``.mm`` file.
        title: replaces the central node's text as the course title.
        modality: replaces the modality the map carries.
        max_bytes: larger files are refused (default
            :data:`scenario.io.MAX_DOCUMENT_BYTES`).

    Raises:
        DocumentError: the file cannot be read, is not a mind map, or a node
            says something the scenario cannot hold; the message names the
            file and the node.
    """
    from scenario.io.files import MAX_DOCUMENT_BYTES

    file = Path(path)
    limit = MAX_DOCUMENT_BYTES if max_bytes is None else max_bytes
    try:
        if file.stat().st_size > limit:
            raise DocumentError(
                _("the file is more than the limit of {limit} bytes").format(limit=limit),
                source=str(file),
                hint=_("raise max_bytes if the file is trusted"),
            )
        raw = file.read_bytes()
    except OSError as error:
        raise DocumentError(
            _("cannot read the file: {reason}").format(reason=os_reason(error)),
            source=str(file),
        ) from None
    return from_freemind(raw, source=str(file), title=title, modality=modality)


def from_freemind(
    data: str | bytes,
    *,
    source: str = "<mind map>",
    title: str | None = None,
    modality: str | None = None,
) -> Scenario:
    """Read a scenario from the text of a ``.mm`` map (see :func:`read_freemind`)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if _DOCTYPE.search(raw):
        raise DocumentError(
            _("the map declares a DOCTYPE or entities, which are refused"),
            source=source,
            hint=_("save the map again from Freeplane or FreeMind"),
        )
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as error:
        line, column = error.position if error.position else (None, None)
        raise DocumentError(  # (the parser's own words are English: its place says enough)
            _("not a well-formed XML file"),
            source=source,
            line=line,
            column=None if column is None else column + 1,
            hint=_("save the map again from Freeplane or FreeMind"),
        ) from None
    if root.tag != "map":
        raise DocumentError(
            _("not a FreeMind/Freeplane map: the root element is {found}, not {map}").format(
                found=quote(root.tag), map="'map'"
            ),
            source=source,
        )
    centres = root.findall("node")
    if len(centres) != 1:
        raise DocumentError(
            _("a map has one central node; this one has {count}").format(count=len(centres)),
            source=source,
        )
    return _Reader(source).scenario(centres[0], title, modality)


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source

    def error(
        self, node: ET.Element | None, message: str, hint: str | None = None
    ) -> DocumentError:
        place = ""
        if node is not None and node.get("ID"):
            place = _("node {text} ({id})").format(
                text=quote(_text(node)), id=quote(node.get("ID", ""))
            )
        elif node is not None:
            place = _("node {text}").format(text=quote(_text(node)))
        return DocumentError(message, source=self.source, path=place, hint=hint)

    def attribute_hint(self, unknown: str) -> str:
        """The closest name of a phase attribute to ``unknown``, else all of them, as the
        map writes them in the reader's language."""
        names = written_names()
        folded = {normalize_word(a): key for key in PHASE_KEYS for a in ALIASES[key]}
        close = closest(unknown, folded, n=1)
        return did_you_mean([names[folded[c]] for c in close]) or _(
            "the attributes of a phase are {names}"
        ).format(names=", ".join(sorted(names[key] for key in PHASE_KEYS)))

    def scenario(self, centre: ET.Element, title: str | None, modality: str | None) -> Scenario:
        attributes = _attributes(centre)
        course_title = title if title is not None else _text(centre)
        if not course_title:
            raise self.error(centre, _("the central node has no text: it is the course's title"))
        chosen = modality if modality is not None else _first(attributes, "modality")
        try:
            parsed_modality = None if chosen is None else parse_term(Modality, chosen)
        except VocabularyError as error:
            raise self.error(centre, str(error)) from None
        audience = None
        size_text = _first(attributes, "audience size")
        description = _first(attributes, "audience")
        if size_text is not None or description is not None:
            size = None
            if size_text is not None:
                if not size_text.strip().isdigit() or int(size_text) < 1:
                    raise self.error(
                        centre,
                        _("{name} must be a whole number of at least 1 (got {value})").format(
                            name="'audience size'", value=quote(size_text)
                        ),
                    )
                size = int(size_text)
            audience = Audience(size=size, description=description)

        phases: list[Phase] = []
        nexts: dict[str, list[str]] = {}
        remediations: dict[str, list[str]] = {}
        seen: dict[str, ET.Element] = {}
        waivers = _read_waivers(attributes.get("waiver", []), None)
        for node in centre.findall("node"):
            phase, own = self.phase(node)
            if phase.id in seen:
                raise self.error(
                    node,
                    _("the phase id {id} is used by two nodes").format(id=quote(phase.id)),
                    hint=_("give the copied node its own {id} attribute").format(
                        id=quote(written_names()["id"])
                    ),
                )
            seen[phase.id] = node
            phases.append(phase)
            nexts[phase.id] = own.get("next", [])
            remediations[phase.id] = own.get("remediation", [])
            waivers.extend(_read_waivers(own.get("waiver", []), phase.id))

        path = self.path(phases, nexts, remediations, seen)
        return Scenario(
            course_title,
            modality=parsed_modality,
            audience=audience,
            objectives=attributes.get("objective", []),
            phases=phases,
            path=path,
            waivers=waivers,
        )

    def phase(self, node: ET.Element) -> tuple[Phase, dict[str, list[str]]]:
        attributes = _attributes(node)
        text = _text(node)
        kind = _first(attributes, "phase")
        if kind is None:
            raise self.error(
                node,
                _("this node under the centre has no {phase} attribute").format(
                    phase=quote(written_names()["phase"])
                ),
                hint=_("add the attribute {phase} ({kinds})").format(
                    phase=quote(written_names()["phase"]),
                    kinds=", ".join(k.value for k in PhaseKind),
                ),
            )
        pid = _first(attributes, "id")
        if pid is None:
            pid = _new_id(text)
            if not pid:
                raise self.error(
                    node,
                    _("a new phase needs an {id} attribute or a text").format(
                        id=quote(written_names()["id"])
                    ),
                )
        unknown = sorted(set(attributes) - PHASE_KEYS)
        if unknown:
            raise self.error(
                node,
                _("unknown attribute {name}").format(name=quote(unknown[0])),
                hint=self.attribute_hint(unknown[0]),
            )
        optional = read_flag(_first(attributes, "optional") or "")
        if optional is None:
            raise self.error(
                node,
                _("not a yes or a no: {value}").format(
                    value=quote(_first(attributes, "optional") or "")
                ),
                hint=_(
                    "write {yes} for a detour only some learners take, or leave it empty"
                ).format(yes=quote(written_flag(True))),
            )
        activities = []
        for child in node.findall("node"):
            if {"id", "phase"} & set(_attributes(child)):
                raise self.error(
                    child,
                    _(
                        "this node is a phase (it has an {id} or {phase} attribute) "
                        "but it sits under the phase {parent}"
                    ).format(
                        id=quote(written_names()["id"]),
                        phase=quote(written_names()["phase"]),
                        parent=quote(text or pid),
                    ),
                    hint=_(
                        "move it back under the central node, or remove its attributes "
                        "to make it an activity"
                    ),
                )
            activities.append(_text(child))
        try:
            phase = Phase(
                pid,
                kind,
                text or None,
                group=_first(attributes, "group"),
                situation=_first(attributes, "situation"),
                pedagogy=_first(attributes, "pedagogy"),
                intentions=[
                    word.strip()
                    for value in attributes.get("intention", [])
                    for word in value.split(",")
                    if word.strip()
                ],
                duration=_first(attributes, "duration"),
                module=_first(attributes, "module"),
                activities=[a for a in activities if a],
                resources=attributes.get("resource", []),
                optional=optional,
            )
        except DocumentError as error:
            raise self.error(node, error.message, error.hint) from None
        except (VocabularyError, ValueError, TypeError) as error:
            raise self.error(node, str(error)) from None
        return phase, attributes

    def path(
        self,
        phases: list[Phase],
        nexts: dict[str, list[str]],
        remediations: dict[str, list[str]],
        nodes: dict[str, ET.Element],
    ) -> list[Transition] | None:
        ids = [p.id for p in phases]
        branching = any(nexts.values())
        if not branching and not any(remediations.values()):
            return None
        transitions: list[Transition] = []
        if branching:
            for pid in ids:
                transitions.extend(Transition(pid, target) for target in nexts[pid])
        else:
            transitions.extend(Transition(a, b) for a, b in itertools.pairwise(ids))
        for pid in ids:
            transitions.extend(
                Transition(pid, target, TransitionKind.REMEDIATION) for target in remediations[pid]
            )
        known = set(ids)
        for transition in transitions:
            if transition.target not in known:
                kind = "remediation" if transition.kind is TransitionKind.REMEDIATION else "next"
                raise self.error(
                    nodes[transition.source],
                    _("the {attribute} attribute names no phase of the map: {target}").format(
                        attribute=quote(written_names()[kind]), target=quote(transition.target)
                    ),
                    hint=_("name the {id} of a phase, or remove the attribute").format(
                        id=quote(written_names()["id"])
                    ),
                )
        return transitions


def _read_waivers(values: list[str], phase: str | None) -> list[Waiver]:
    found = []
    for value in values:
        rule, _colon, reason = value.partition(":")
        found.append(Waiver(rule.strip(), phase, reason.strip() or None))
    return found


def _text(node: ET.Element) -> str:
    """A node's text: its TEXT attribute, or its rich content (Freeplane's HTML), on one line."""
    text = node.get("TEXT")
    if text is None:
        text = node.get("LOCALIZED_TEXT")
    if text is None:
        for rich in node.findall("richcontent"):
            if rich.get("TYPE", "NODE") == "NODE":
                text = " ".join(rich.itertext())
                break
    return one_line(text or "")


def _attributes(node: ET.Element) -> dict[str, list[str]]:
    """The values of a node's attributes, by key (a name of either language)."""
    found: dict[str, list[str]] = {}
    for attribute in node.findall("attribute"):
        name = key_of(attribute.get("NAME", ""))
        value = one_line(attribute.get("VALUE", ""))
        if name and value:
            found.setdefault(name, []).append(value)
    return found


def _first(attributes: dict[str, list[str]], name: str) -> str | None:
    values = attributes.get(name)
    return values[0] if values else None


def _new_id(text: str) -> str:
    """The id of a new phase, made from its text (cut after a whole word near 40 characters)."""
    made = slug(text, 40)
    return made if made and ID_PATTERN.match(made) else ""
