"""The rows of the scenarisation table read as phases, and the rows above it as the course."""

from __future__ import annotations

import datetime
import re
from typing import Any, TypeVar

from scenario._text import quote, slug
from scenario.dates import parse_date
from scenario.duration import parse_duration
from scenario.errors import DocumentError, VocabularyError
from scenario.i18n import _
from scenario.io._flags import read_flag, written_flag
from scenario.io.table._columns import META_LOOKUP, Sheet, cell_text, header_key
from scenario.model import Phase, Transition, Waiver
from scenario.vocabulary import (
    Group,
    Intention,
    Modality,
    Pedagogy,
    PhaseKind,
    Situation,
    Term,
    TransitionKind,
    parse_term,
)

T = TypeVar("T", bound=Term)

#: An id made from a title is cut after a whole word near this many characters.
_ID_LENGTH = 32

#: The columns read as words of the grid.
_TERMS: dict[str, type[Term]] = {
    "phase": PhaseKind,
    "group": Group,
    "situation": Situation,
    "pedagogy": Pedagogy,
}
#: Between the items of a list in a cell; intentions also take commas and semicolons.
LIST_SPLIT = re.compile(r"\s*(?:\r\n|\r|\n|\|)\s*")
_INTENTION_SPLIT = re.compile(r"\s*(?:\r\n|\r|\n|\||,|;|/|\+)\s*")
#: A duration written as a clock (``1:30``).
_CLOCK = re.compile(r"^(\d+):([0-5]\d)(?::00)?$")
#: A remark in brackets, set aside (``petit groupe (4 pers.)``).
_ASIDE = re.compile(r"\s*\([^)]*\)\s*")


def _term(cls: type[T], text: str) -> T:
    """A word of the grid; a remark in brackets is set aside (``petit groupe (4 pers.)``)."""
    try:
        return parse_term(cls, text)
    except VocabularyError:
        bare = _ASIDE.sub(" ", text).strip()
        if bare and bare != text:
            try:
                return parse_term(cls, bare)
            except VocabularyError:
                pass
        raise


def split(text: str, pattern: re.Pattern[str]) -> list[str]:
    return [part for part in pattern.split(text) if part]


def _duration(value: Any) -> int:
    if isinstance(value, datetime.time):
        return value.hour * 60 + value.minute
    if isinstance(value, datetime.timedelta):
        return int(value.total_seconds() // 60)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return parse_duration(value)
    text = cell_text(value)
    clock = _CLOCK.match(text)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    return parse_duration(text)


def read_phases(
    table: Sheet, header_index: int, columns: dict[int, str], rows: list[int] | None = None
) -> list[Phase]:
    phases: list[Phase] = []
    taken: set[str] = set()
    header_row = table.rows[header_index]
    column_of = {name: col for col, name in columns.items()}
    for row_index in range(header_index + 1, len(table.rows)):
        row = table.rows[row_index]
        cells = {name: row[col] if col < len(row) else None for col, name in columns.items()}
        if all(cell_text(v) == "" for v in cells.values()):
            continue
        values: dict[str, Any] = {}

        def fail(name: str, error: VocabularyError, *, _row: int = row_index) -> DocumentError:
            col = column_of[name]
            message = _("invalid value {value}") if error.reason else _("unknown value {value}")
            return table.error(
                message.format(value=quote(error.value)),
                _row,
                col,
                cell_text(header_row[col]),
                hint=error.hint,
            )

        for name, term_cls in _TERMS.items():
            text = cell_text(cells.get(name))
            if text:
                try:
                    values[name] = _term(term_cls, text)
                except VocabularyError as error:
                    raise fail(name, error) from None
        if "phase" not in values:
            col = column_of["phase"]
            raise table.error(
                _("the phase kind is missing"),
                row_index,
                col,
                cell_text(header_row[col]),
                hint=_("expected one of {choices}").format(
                    choices=", ".join(quote(k.value) for k in PhaseKind)
                ),
            )
        intentions: list[Intention] = []
        for word in split(cell_text(cells.get("intention")), _INTENTION_SPLIT):
            try:
                intention = _term(Intention, word)
            except VocabularyError as error:
                raise fail("intention", error) from None
            if intention not in intentions:
                intentions.append(intention)
        duration = None
        raw_duration = cells.get("duration")
        if cell_text(raw_duration):
            try:
                duration = _duration(raw_duration)
            except VocabularyError as error:
                raise fail("duration", error) from None
        optional = read_flag(cell_text(cells.get("optional")))
        if optional is None:
            col = column_of["optional"]
            raise table.error(
                _("not a yes or a no: {value}").format(value=quote(cell_text(cells["optional"]))),
                row_index,
                col,
                cell_text(header_row[col]),
                hint=_(
                    "write {yes} for a detour only some learners take, or leave it empty"
                ).format(yes=quote(written_flag(True))),
            )
        title = cell_text(cells.get("title")) or None
        extra = _extra(table, row_index, column_of, header_row, cells)
        phase_id = _make_id(
            table, row_index, column_of, header_row, cells, title, len(phases), taken
        )
        taken.add(phase_id)
        if rows is not None:
            rows.append(row_index + 1)  # the row as the spreadsheet numbers it
        phases.append(
            Phase(
                phase_id,
                values["phase"],
                title,
                group=values.get("group"),
                situation=values.get("situation"),
                pedagogy=values.get("pedagogy"),
                intentions=intentions,
                duration=duration,
                module=cell_text(cells.get("module")) or None,
                activities=split(cell_text(cells.get("activities")), LIST_SPLIT),
                resources=split(cell_text(cells.get("resources")), LIST_SPLIT),
                optional=optional,
                **extra,
            )
        )
    return phases


def _extra(
    table: Sheet,
    row_index: int,
    column_of: dict[str, int],
    header_row: list[Any],
    cells: dict[str, Any],
) -> dict[str, Any]:
    """The date, week, LMS activity and notes of a row, those given."""
    found: dict[str, Any] = {}
    for name in ("lms", "notes"):
        text = cell_text(cells.get(name))
        if text:
            found[name] = text
    raw_date = cells.get("date")
    if cell_text(raw_date):
        value = raw_date.date() if isinstance(raw_date, datetime.datetime) else raw_date
        try:
            found["date"] = (
                value if isinstance(value, datetime.date) else parse_date(cell_text(value))
            )
        except VocabularyError as error:
            col = column_of["date"]
            raise table.error(
                _("cannot read the date {date}").format(date=quote(cell_text(raw_date))),
                row_index,
                col,
                cell_text(header_row[col]),
                hint=error.reason or _("write it as '2025-03-10' (or '10/03/2025')"),
            ) from None
    week = cell_text(cells.get("week"))
    if week:
        if not week.isdigit() or int(week) < 1:
            col = column_of["week"]
            raise table.error(
                _("week {value} is not a whole number of at least 1").format(value=quote(week)),
                row_index,
                col,
                cell_text(header_row[col]),
            )
        found["week"] = int(week)
    return found


def _make_id(
    table: Sheet,
    row_index: int,
    column_of: dict[str, int],
    header_row: list[Any],
    cells: dict[str, Any],
    title: str | None,
    number: int,
    taken: set[str],
) -> str:
    given = cell_text(cells.get("id"))
    if given:
        phase_id = slug(given)
        if not phase_id:
            col = column_of["id"]
            raise table.error(
                _("the id {id} has no letter or digit").format(id=quote(given)),
                row_index,
                col,
                cell_text(header_row[col]),
                hint=_("use lower-case letters, digits, '_' or '-'"),
            )
        if phase_id in taken:
            col = column_of["id"]
            raise table.error(
                _("the id {id} is already used by an earlier row").format(id=quote(phase_id)),
                row_index,
                col,
                cell_text(header_row[col]),
                hint=_("give each phase its own id"),
            )
        return phase_id
    base = (slug(title, _ID_LENGTH) if title else "") or f"phase-{number + 1}"
    phase_id, suffix = base, 2
    while phase_id in taken:
        phase_id, suffix = f"{base}-{suffix}", suffix + 1
    return phase_id


#: The course's rows whose cells keep their places (an empty one is a value not given).
_POSITIONAL = frozenset({"transition", "waiver"})


def _meta_value(row: list[Any]) -> tuple[str | None, list[str]]:
    """A metadata row as (key, values): ``titre | X`` or ``titre : X`` in one cell. The
    values of a transition or a waiver keep their places (``dérogation | règle | | raison``);
    the others are the filled cells after the key."""
    texts = [cell_text(c) for c in row]
    filled = [i for i, text in enumerate(texts) if text]
    if not filled:
        return None, []
    first = texts[filled[0]]
    after = texts[filled[0] + 1 :]
    while after and not after[-1]:
        after.pop()
    if ":" in first and not after:
        key, _colon, rest = first.partition(":")
        first, after = key, [rest.strip()]
    name = META_LOOKUP.get(header_key(first))
    if name is None:
        # A lone cell above the header is the course's title; "who : what" is not.
        return ("title" if len(filled) == 1 and ":" not in first else None), [first]
    return name, after if name in _POSITIONAL else [v for v in after if v]


def read_meta(table: Sheet, rows: list[list[Any]], found: dict[str, Any]) -> None:
    for index, row in enumerate(rows):
        name, values = _meta_value(row)
        if name is None or not values:
            continue
        if name == "objective":
            for value in values:
                found.setdefault("objectives", []).extend(split(value, LIST_SPLIT))
        elif name == "transition":
            if len(values) < 2:
                raise table.error(
                    _("a transition needs a phase to start from and one to go to"), index
                )
            kind = values[2] if len(values) > 2 and values[2] else "sequence"
            try:
                found.setdefault("path", []).append(
                    Transition(values[0], values[1], parse_term(TransitionKind, kind))
                )
            except VocabularyError as error:
                raise table.error(str(error), index, 3) from None
        elif name == "modality":
            try:
                found["modality"] = parse_term(Modality, values[0])
            except VocabularyError as error:
                raise table.error(str(error), index, 1, hint=error.hint) from None
        elif name == "audience size":
            try:
                size = int(values[0])
            except ValueError:
                size = 0
            if size < 1:
                raise table.error(
                    _("the audience size {value} is not a whole number of at least 1").format(
                        value=quote(values[0])
                    ),
                    index,
                    1,
                )
            found["size"] = size
        elif name == "audience description":
            found["description"] = values[0]
        elif name == "waiver":
            rule, phase, reason = [*values, "", ""][:3]
            found.setdefault("waivers", []).append(Waiver(rule, phase or None, reason or None))
        elif name == "start":
            try:
                found["start"] = parse_date(values[0])
            except VocabularyError as error:
                raise table.error(str(error), index, 1, hint=error.hint) from None
        else:
            found.setdefault(name, values[0])
