"""The central node and the phases of a map, read into a scenario (see :mod:`scenario.io.freemind`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from scenario._text import closest, did_you_mean, quote, slug
from scenario.dates import parse_date
from scenario.errors import DocumentError, VocabularyError
from scenario.i18n import _
from scenario.io._flags import read_flag, written_flag
from scenario.io.freemind._names import ALIASES, PHASE_KEYS, written_names
from scenario.io.freemind._nodes import (
    attribute_items,
    attributes,
    first,
    formatted,
    given_text,
    icons,
    node_text,
    notes_of,
    rich,
    short_text,
)
from scenario.io.freemind._order import apply_order
from scenario.io.freemind._path import read_connectors, read_path
from scenario.model import ID_PATTERN, Audience, Phase, Scenario, Transition, Waiver
from scenario.vocabulary import Modality, PhaseKind, TransitionKind, normalize_word, parse_term

#: The keys the central node may carry.
_COURSE_KEYS = frozenset(
    {"modality", "audience size", "audience", "objective", "waiver", "start"}
    | {"phase order", "path order", "waiver order"}
)
#: Between a sub-activity and the activity it hangs under, once flattened.
SUB_ACTIVITY = " › "


class PhaseReader:
    """Reads one map; :attr:`notices` gathers what is kept differently or not kept."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.notices: list[str] = []
        # Every node by its Freeplane ID: (what it is, the phase it belongs to).
        self.owners: dict[str, tuple[str, str | None]] = {}

    # -- messages -----------------------------------------------------------------

    def place(self, node: ET.Element | None) -> str:
        if node is None:
            return ""
        if node.get("ID"):
            return _("node {text} ({id})").format(
                text=quote(short_text(node)), id=quote(node.get("ID", ""))
            )
        return _("node {text}").format(text=quote(short_text(node)))

    def error(
        self, node: ET.Element | None, message: str, hint: str | None = None
    ) -> DocumentError:
        return DocumentError(message, source=self.source, path=self.place(node), hint=hint)

    def notice(self, node: ET.Element, message: str) -> None:
        self.notices.append(
            _("{file}: {place}: {message}").format(
                file=self.source, place=self.place(node), message=message
            )
        )

    def attribute_hint(self, unknown: str, keys: frozenset[str]) -> str:
        """The closest name of an attribute to ``unknown``, else all of them, as the map
        writes them in the reader's language."""
        names = written_names()
        folded = {normalize_word(a): key for key in keys for a in ALIASES[key]}
        close = closest(unknown, folded, n=1)
        return did_you_mean([names[folded[c]] for c in close]) or _(
            "the attributes of a phase are {names}"
        ).format(names=", ".join(sorted(names[key] for key in keys)))

    # -- what any node may hold ------------------------------------------------------

    def extras(self, node: ET.Element, notes_kept: bool) -> str | None:
        """Say what a node holds that its field does not: formatting, icons, a link; return
        its note and details as one text (None without either)."""
        content = rich(node, "NODE")
        if node.get("TEXT") is None and content is not None and formatted(content):
            self.notice(node, _("the formatting of the text is not kept, only the text"))
        found = icons(node)
        if found:
            self.notice(
                node,
                _("its icons are not kept: {icons}").format(icons=", ".join(map(quote, found))),
            )
        note, details = notes_of(node)
        if details is not None and notes_kept:
            self.notice(node, _("its details are added to its notes"))
        parts = [part for part in (note, details) if part is not None]
        return "\n\n".join(parts) if parts else None

    # -- the course ---------------------------------------------------------------

    def scenario(self, centre: ET.Element, title: str | None, modality: str | None) -> Scenario:
        self.owners[centre.get("ID", "")] = ("centre", None)
        values = attributes(centre)
        course_title = title if title is not None else node_text(centre)
        if not course_title:
            raise self.error(centre, _("the central node has no text: it is the course's title"))
        for key, name, _value in attribute_items(centre):
            if key not in _COURSE_KEYS:
                self.notice(
                    centre,
                    _("the attribute {name} of the course is not read").format(name=quote(name)),
                )
        chosen = modality if modality is not None else first(values, "modality")
        try:
            parsed_modality = None if chosen is None else parse_term(Modality, chosen)
            start = first(values, "start")
            start_date = None if start is None else parse_date(start.strip())
        except VocabularyError as error:
            raise self.error(centre, str(error)) from None
        notes = self.extras(centre, True)
        if centre.get("LINK"):
            self.notice(
                centre, _("its link is not kept: {link}").format(link=quote(centre.get("LINK")))
            )

        phases: list[Phase] = []
        leaving: dict[str, list[Transition]] = {}
        waivers = [self.waiver(centre, v, None) for v in values.get("waiver", [])]
        nodes: dict[str, ET.Element] = {}
        for node in centre.findall("node"):
            phase, steps, own_waivers = self.phase(node)
            if phase.id in nodes:
                raise self.error(
                    node,
                    _("the phase id {id} is used by two nodes").format(id=quote(phase.id)),
                    hint=_("give the copied node its own {id} attribute").format(
                        id=quote(written_names()["id"])
                    ),
                )
            nodes[phase.id] = node
            phases.append(phase)
            leaving[phase.id] = steps
            waivers.extend(own_waivers)

        path = read_path(self, phases, leaving, nodes, "path order" in values)
        path = read_connectors(self, centre, phases, path)
        return Scenario(
            course_title,
            modality=parsed_modality,
            audience=self.audience(centre, values),
            objectives=values.get("objective", []),
            phases=self.ordered(centre, phases, first(values, "phase order")),
            path=self.reordered(centre, path, first(values, "path order"), _("path")),
            waivers=self.reordered(centre, waivers, first(values, "waiver order"), _("waivers"))
            or [],
            start=start_date,
            notes=notes,
        )

    def audience(self, centre: ET.Element, values: dict[str, list[str]]) -> Audience | None:
        size_text = first(values, "audience size")
        description = first(values, "audience")
        if size_text is None and description is None:
            return None
        size = None
        if size_text is not None:
            if not size_text.strip().isdigit() or int(size_text) < 1:
                raise self.error(
                    centre,
                    _("{name} must be a whole number of at least 1 (got {value})").format(
                        name=quote(written_names()["audience size"]), value=quote(size_text)
                    ),
                )
            size = int(size_text)
        return Audience(size=size, description=description)

    def waiver(self, node: ET.Element, value: str, phase: str | None) -> Waiver:
        """``rule``, ``rule: reason``, or on the centre ``rule @phase: reason``."""
        rule, colon, reason = value.partition(":")
        if reason.startswith(" "):
            reason = reason[1:]
        if phase is None and " @" in rule:
            rule, _at, named = rule.rpartition(" @")
            phase = named.strip() or None
        return Waiver(rule, phase, reason if colon else None)

    def ordered(self, centre: ET.Element, phases: list[Phase], order: str | None) -> list[Phase]:
        """The phases in the document's order the centre records, those it does not name
        after them in the map's order."""
        if order is None:
            return phases
        rank = {pid.strip(): index for index, pid in enumerate(order.split(","))}
        return sorted(phases, key=lambda p: rank.get(p.id, len(rank)))

    def reordered(
        self, centre: ET.Element, items: list[Any] | None, numbers: str | None, what: str
    ) -> list[Any] | None:
        if items is None or numbers is None:
            return items
        found = apply_order(items, numbers)
        if found is None:
            self.notice(
                centre,
                _(
                    "the order of the {what} it records no longer fits the map: the map's order is kept"
                ).format(what=what),
            )
            return items
        return found

    # -- the phases ---------------------------------------------------------------

    def phase(self, node: ET.Element) -> tuple[Phase, list[Transition], list[Waiver]]:
        values = attributes(node)
        given = given_text(node)
        text = given or ""
        names = written_names()
        kind = first(values, "phase")
        if kind is None:
            raise self.error(
                node,
                _("this node under the centre has no {phase} attribute").format(
                    phase=quote(names["phase"])
                ),
                hint=_("add the attribute {phase} ({kinds})").format(
                    phase=quote(names["phase"]), kinds=", ".join(k.value for k in PhaseKind)
                ),
            )
        pid = (first(values, "id") or "").strip()
        if not pid:
            pid = _new_id(text)
            if not pid:
                raise self.error(
                    node,
                    _("a new phase needs an {id} attribute or a text").format(
                        id=quote(names["id"])
                    ),
                )
        self.owners[node.get("ID", "")] = ("phase", pid)
        unknown = sorted(set(values) - PHASE_KEYS)
        if unknown:
            written = next(name for key, name, _v in attribute_items(node) if key == unknown[0])
            raise self.error(
                node,
                _("unknown attribute {name}").format(name=quote(written)),
                hint=self.attribute_hint(unknown[0], PHASE_KEYS),
            )
        optional = read_flag(first(values, "optional") or "")
        if optional is None:
            raise self.error(
                node,
                _("not a yes or a no: {value}").format(
                    value=quote(first(values, "optional") or "")
                ),
                hint=_(
                    "write {yes} for a detour only some learners take, or leave it empty"
                ).format(yes=quote(written_flag(True))),
            )
        notes = self.extras(node, True)
        resources = list(values.get("resource", []))
        if node.get("LINK"):
            resources.append(node.get("LINK", ""))
        activities, more_notes = self.activities(node, text or pid)
        if more_notes:
            notes = "\n\n".join(n for n in (notes, *more_notes) if n is not None)
        try:
            week = first(values, "week")
            phase = Phase(
                pid,
                kind.strip(),
                given,
                group=_stripped(first(values, "group")),
                situation=_stripped(first(values, "situation")),
                pedagogy=_stripped(first(values, "pedagogy")),
                intentions=[
                    word.strip()
                    for value in values.get("intention", [])
                    for word in value.split(",")
                    if word.strip()
                ],
                duration=_stripped(first(values, "duration")),
                module=first(values, "module"),
                activities=activities,
                resources=resources,
                lms=first(values, "lms"),
                date=_stripped(first(values, "date")),
                week=_week(week),
                optional=optional,
                notes=notes,
            )
        except DocumentError as error:
            raise self.error(node, error.message, error.hint) from None
        except (VocabularyError, ValueError, TypeError) as error:
            raise self.error(node, str(error)) from None
        steps = [
            Transition(
                pid,
                value.strip(),
                TransitionKind.REMEDIATION if key == "remediation" else TransitionKind.SEQUENCE,
            )
            for key, _name, value in attribute_items(node)
            if key in ("next", "remediation")
        ]
        waivers = [self.waiver(node, value, pid) for value in values.get("waiver", [])]
        return phase, steps, waivers

    def activities(self, node: ET.Element, parent: str) -> tuple[list[str], list[str]]:
        """The texts of a phase's activities (sub-activities flattened after theirs, as
        ``activity › sub-activity``) and the notes found on them."""
        names = written_names()
        found: list[str] = []
        notes: list[str] = []
        for child in node.findall("node"):
            if {"id", "phase"} & set(attributes(child)):
                raise self.error(
                    child,
                    _(
                        "this node is a phase (it has an {id} or {phase} attribute) "
                        "but it sits under the phase {parent}"
                    ).format(
                        id=quote(names["id"]), phase=quote(names["phase"]), parent=quote(parent)
                    ),
                    hint=_(
                        "move it back under the central node, or remove its attributes "
                        "to make it an activity"
                    ),
                )
            self.activity(child, node_text(child), found, notes, node)
        return found, notes

    def activity(
        self, node: ET.Element, text: str, found: list[str], notes: list[str], phase: ET.Element
    ) -> None:
        pid = self.owners[phase.get("ID", "")][1]
        self.owners[node.get("ID", "")] = ("activity", pid)
        found.append(text)
        note = self.extras(node, False)
        if note is not None:
            notes.append(_("{activity}: {note}").format(activity=text, note=note))
            self.notice(node, _("its notes are added to the notes of its phase"))
        for _key, name, _value in attribute_items(node):
            self.notice(node, _("its attribute {name} is not kept").format(name=quote(name)))
        if node.get("LINK"):
            self.notice(
                node, _("its link is not kept: {link}").format(link=quote(node.get("LINK")))
            )
        children = node.findall("node")
        if children:
            self.notice(
                node,
                _("its sub-activities become activities of the phase, written {example}").format(
                    example=quote(text + SUB_ACTIVITY + "…")
                ),
            )
        for child in children:
            self.activity(child, text + SUB_ACTIVITY + node_text(child), found, notes, phase)


def _stripped(value: str | None) -> str | None:
    return None if value is None else value.strip()


def _week(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        raise DocumentError(
            _("week {value} is not a whole number of at least 1").format(value=quote(value)),
            path="week",
        ) from None


def _new_id(text: str) -> str:
    """The id of a new phase, made from its text (cut after a whole word near 40 characters)."""
    made = slug(text, 40)
    return made if made and ID_PATTERN.match(made) else ""
