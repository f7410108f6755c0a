"""The scenarisation table (tableau de scénarisation): a scenario as a spreadsheet, CSV or XLSX.

One row per phase, in path order, with the columns ``id``, ``phase``,
``title``, ``group``, ``situation``, ``pedagogy``, ``intention``,
``duration``, ``module``, ``activities`` and ``resources``.

Reading (:func:`from_table`) meets designers where they draft:

- Headers are matched leniently: case, accents, spaces, a plural ``s`` and
  ``(s)`` do not matter, and the French headers are accepted (``taille du
  groupe``, ``pédagogie``, ``durée``, ``intention(s)``, ``titre``,
  ``activités``, ``ressources``, ``séquence``/``module``... see
  :data:`HEADERS`). A header that starts with one of these and says more
  (``durée estimée``, ``ressources nécessaires``) counts too, unless another
  column has the plain header. Only ``phase`` is required. A column whose
  header is none of these is ignored, unless it is a near miss of one
  (``pedagogi``), which is an error with the closest header as hint.
- The header row is the first row of the first ten that has a ``phase``
  column. Rows above it may hold the course: ``titre``, ``modalité``,
  ``public``, ``effectif``, ``objectif`` in the first cell and the value in
  the next (or after a colon, ``Modalité : SPOC``); a lone cell without a
  colon is read as the title.
- Values are read as everywhere in `scenario`: any case, with or without
  accents, English aliases; a remark in brackets is set aside (``Seul(e)``,
  ``petit groupe (4 pers.)``). A duration is ``20min``, ``1h30``, ``PT1H30M``,
  ``1:30`` or a bare number of minutes (an XLSX time cell is read too).
- XLSX: the phases are on the first sheet with a ``phase`` header; a merged
  cell (a module written once beside its phases) counts for every row it covers.
- Inside a cell a list (activities, resources) is separated by line breaks
  or ``|``; the intention column also takes commas and semicolons.
- A missing id is made from the title (``Vidéo d'accroche`` gives
  ``video-d-accroche``), or ``phase-N`` (N the phase's number in the table)
  when there is no title; ``-2``, ``-3``... are added to keep ids unique. An
  id made from a title is cut after a whole word near 32 characters. An id
  that is given is folded the same way, never cut (``Accroche 1`` gives ``accroche-1``).
- Empty rows are skipped. The rows give the path: each phase leads to the next.
- CSV: comma, semicolon or tab, found from the header row; UTF-8 with or
  without BOM; a file that is not UTF-8 is read as Windows-1252, which is
  what Excel writes for "CSV (séparateur: point-virgule)" on Windows.
- Errors are :class:`~scenario.errors.DocumentError` naming the file, the
  row (as the spreadsheet numbers it) and the column, with the closest valid
  value as hint.
- The title is the ``title`` option, else the table's own (rows above the
  header, or the XLSX sheet ``scénario``), else the file name without its
  suffix; the modality the ``modality`` option, else the table's, else none.

Writing (:func:`to_table`): the eleven columns with the English headers
(``headers="fr"`` for French ones), one row per phase in path order, the
duration in whole minutes (so a spreadsheet can add them up), lists joined by
`` | `` in CSV and by line breaks in XLSX. CSV is written with semicolons and
a UTF-8 BOM, which Excel opens as it should in French. An XLSX file has a
second sheet, ``scénario``, with the title, modality, audience, objectives
and the explicit path; a CSV file holds the phases only.

What a table cannot hold (lost on a YAML -> CSV -> YAML round trip): the
format version, audience, objectives and waivers, and the path beyond the
order of the rows (branches and remediation loops): the rows are read back
as one sequence in path order. A ``|`` or a line break inside an activity or
a resource splits it in two. XLSX keeps everything but the waivers.

>>> from scenario.model import Scenario
>>> s = Scenario("Démo")
>>> _ = s.add_phase("intro", "découverte", "Accueil", situation="présentiel", duration=30)
>>> print(dumps_csv(s), end="")  # doctest: +NORMALIZE_WHITESPACE
\ufeffid;phase;title;group;situation;pedagogy;intention;duration;module;activities;resources
intro;découverte;Accueil;;présentiel;;;30;;;
"""

from __future__ import annotations

import csv
import datetime
import difflib
import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from scenario._atomic import atomic_write
from scenario.duration import parse_duration
from scenario.errors import DocumentError, ScenarioError, VocabularyError, _short
from scenario.i18n import pgettext, use_language
from scenario.io.formats import Format, register_format
from scenario.learning_path import ordered_phases
from scenario.model import Audience, Phase, Scenario, Transition
from scenario.vocabulary import (
    Group,
    Intention,
    Modality,
    Pedagogy,
    PhaseKind,
    Situation,
    Term,
    TransitionKind,
    normalize_word,
    parse_term,
)

__all__ = ["COLUMNS", "HEADERS", "dumps_csv", "dumps_xlsx", "from_table", "to_table"]

#: The columns of the table, in the order they are written.
COLUMNS: tuple[str, ...] = (
    "id",
    "phase",
    "title",
    "group",
    "situation",
    "pedagogy",
    "intention",
    "duration",
    "module",
    "activities",
    "resources",
)

#: The headers accepted for each column (matched as :func:`_header_key` folds them).
HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("id", "identifiant", "code", "ref", "reference"),
    "phase": ("phase", "type de phase", "kind", "phase kind", "nature de la phase", "etape"),
    "title": ("title", "titre", "intitule", "nom", "libelle", "titre de la phase", "name"),
    "group": (
        "group",
        "groupe",
        "taille du groupe",
        "taille des groupes",
        "group size",
        "taille",
        "taille de groupe",
    ),
    "situation": ("situation", "situation d apprentissage", "lieu", "modalite"),
    "pedagogy": (
        "pedagogy",
        "pedagogie",
        "methode",
        "methode pedagogique",
        "approche pedagogique",
    ),
    "intention": ("intention", "intention pedagogique", "intentions pedagogiques"),
    "duration": ("duration", "duree", "temps", "duree min", "duree en minutes", "minutes"),
    "module": ("module", "sequence", "sequence module", "module sequence", "seance"),
    "activities": ("activities", "activite", "activity", "deroulement", "activites prevues"),
    "resources": ("resources", "ressource", "resource", "outil", "support", "materiel"),
}

#: Rows above the header (and the XLSX sheet ``scénario``) that describe the course.
META_KEYS: dict[str, tuple[str, ...]] = {
    "title": (
        "title",
        "titre",
        "formation",
        "titre de la formation",
        "intitule de la formation",
        "tableau de scenarisation",
        "scenario pedagogique",
    ),
    "modality": ("modality", "modalite", "modalite de formation"),
    "audience size": ("audience size", "effectif", "taille du public", "nombre de participant"),
    "audience description": ("audience", "audience description", "public", "public cible"),
    "objective": ("objective", "objectif", "objectif pedagogique"),
    "transition": ("transition", "path", "parcours"),
}

META_SHEET = "scénario"

T = TypeVar("T", bound=Term)

_TERMS: dict[str, type[Term]] = {
    "phase": PhaseKind,
    "group": Group,
    "situation": Situation,
    "pedagogy": Pedagogy,
}
_LIST_SPLIT = re.compile(r"\s*(?:\r\n|\r|\n|\|)\s*")
_INTENTION_SPLIT = re.compile(r"\s*(?:\r\n|\r|\n|\||,|;|/|\+)\s*")
_CLOCK = re.compile(r"^(\d+):([0-5]\d)(?::00)?$")
_CSV_SUFFIXES = (".csv", ".tsv", ".txt")
_XLSX_SUFFIXES = (".xlsx", ".xlsm")
_HEADER_SEARCH_ROWS = 10


# -- reading ------------------------------------------------------------------------


def _header_key(text: str) -> str:
    """Fold a header: no accents, case, punctuation, ``(s)`` or plural ``s``."""
    folded = normalize_word(text.replace("(s)", "").replace("’", "'"))
    folded = re.sub(r"[^a-z0-9]+", " ", folded).strip()
    return " ".join(
        word[:-1] if len(word) > 3 and word.endswith("s") else word for word in folded.split()
    )


def _lookup(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {_header_key(alias): name for name, aliases in table.items() for alias in aliases}


_HEADER_LOOKUP = _lookup(HEADERS)
_META_LOOKUP = _lookup(META_KEYS)


def _column_letter(index: int) -> str:
    """The spreadsheet's name of a 0-based column: A, B, ..., Z, AA..."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


class _Table:
    """The cells of one sheet, and where they came from (for the error messages)."""

    def __init__(self, source: str, rows: list[list[Any]], meta_rows: list[list[Any]]) -> None:
        self.source = source
        self.rows = rows
        self.meta_rows = meta_rows

    def error(
        self,
        message: str,
        row: int | None,
        column: int | None = None,
        header: str = "",
        hint: str | None = None,
    ) -> DocumentError:
        place = ""
        if row is not None:
            place = f"row {row + 1}"
        if column is not None:
            place += f", column {_column_letter(column)}"
            if header:
                place += f" ({header})"
        return DocumentError(message, source=self.source, path=place, hint=hint)


def _text(value: Any) -> str:
    """A cell as text: numbers without a trailing ``.0``, None as ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_csv_rows(path: Path) -> list[list[Any]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    head = text.splitlines()[:_HEADER_SEARCH_ROWS]
    delimiter = max(
        (";", ",", "\t"), key=lambda d: max((line.count(d) for line in head), default=0)
    )
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError as error:
        raise ScenarioError(
            "reading and writing XLSX needs openpyxl: pip install 'scenario-pedagogique[xlsx]'"
        ) from error
    return openpyxl


def _read_xlsx_rows(path: Path) -> tuple[list[list[Any]], list[list[Any]]]:
    """The phases' sheet and the ``scénario`` sheet (or no rows) of a workbook.

    The phases' sheet is the first one with a ``phase`` header in its first
    ten rows (else the first sheet, whose error then says so). A merged cell
    gives its value to every cell it covers, as a designer sees it: a module
    written once beside the rows of its phases.
    """
    openpyxl = _openpyxl()
    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises several types for a file that is not XLSX
        raise DocumentError(
            f"cannot be read as an XLSX workbook ({type(error).__name__}: {_short(str(error), 80)})",
            source=str(path),
        ) from error
    try:
        found: list[list[Any]] | None = None
        meta: list[list[Any]] = []
        for sheet in workbook.worksheets:
            if _header_key(sheet.title) == _header_key(META_SHEET):
                meta = _sheet_rows(sheet)
            elif found is None:
                rows = _sheet_rows(sheet)
                if _header_index(rows) is not None:
                    found = rows
        if found is None:
            found = _sheet_rows(workbook.worksheets[0])
    finally:
        workbook.close()
    return found, meta


def _sheet_rows(sheet: Any) -> list[list[Any]]:
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    for merged in sheet.merged_cells.ranges:
        value = rows[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, merged.max_row):
            for c in range(merged.min_col - 1, merged.max_col):
                rows[r][c] = value
    return rows


def _header_index(rows: list[list[Any]]) -> int | None:
    for index, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        if any(_HEADER_LOOKUP.get(_header_key(_text(cell))) == "phase" for cell in row):
            return index
    return None


def _find_header(table: _Table) -> tuple[int, dict[int, str]]:
    """The index of the header row and the column of each known field."""
    index = _header_index(table.rows)
    if index is not None:
        row = table.rows[index]
        found = {i: _HEADER_LOOKUP.get(_header_key(_text(cell))) for i, cell in enumerate(row)}
        return index, _columns(table, index, row, found)
    raise table.error(
        "no header row with a 'phase' column in the first ten rows",
        None,
        hint="the header row names the columns: " + ", ".join(COLUMNS),
    )


def _columns(
    table: _Table, index: int, row: list[Any], found: dict[int, str | None]
) -> dict[int, str]:
    columns: dict[int, str] = {}
    seen: dict[str, int] = {}
    exact = {name for name in found.values() if name is not None}
    for column, name in found.items():
        header = _text(row[column])
        if name is None:
            if not header:
                continue
            name = _prefix_match(_header_key(header))
            if name is not None and name not in exact and name not in seen:
                seen[name] = column
                columns[column] = name
                continue
            close = difflib.get_close_matches(
                _header_key(header), list(_HEADER_LOOKUP), n=1, cutoff=0.8
            )
            if close and name is None:
                raise table.error(
                    f"unknown column {_short(header)}",
                    index,
                    column,
                    hint=f"did you mean {_HEADER_LOOKUP[close[0]]!r}?",
                )
            continue  # a column of the designer's own (comments...): ignored
        if name in seen:
            raise table.error(
                f"two columns for {name!r} (columns {_column_letter(seen[name])} and {_column_letter(column)})",
                index,
                column,
                header,
                hint="keep one of them",
            )
        seen[name] = column
        columns[column] = name
    return columns


def _prefix_match(key: str) -> str | None:
    """The field of the longest known header that starts ``key`` (``durée estimée``)."""
    best = max(
        (alias for alias in _HEADER_LOOKUP if key.startswith(alias + " ")), key=len, default=None
    )
    return None if best is None else _HEADER_LOOKUP[best]


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


def _split(text: str, pattern: re.Pattern[str]) -> list[str]:
    return [part for part in pattern.split(text) if part]


def _duration(value: Any) -> int:
    if isinstance(value, datetime.time):
        return value.hour * 60 + value.minute
    if isinstance(value, datetime.timedelta):
        return int(value.total_seconds() // 60)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return parse_duration(value)
    text = _text(value)
    clock = _CLOCK.match(text)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    return parse_duration(text)


def _slug(text: str, limit: int = 32) -> str:
    """An id made from text, cut after a whole word near ``limit`` characters.

    >>> _slug("Vidéo d'accroche : le premier jour vu par l'arrivant")
    'video-d-accroche-le-premier-jour'
    """
    words = re.sub(r"[^a-z0-9]+", " ", normalize_word(text)).split()
    slug = ""
    for word in words:
        if slug and len(slug) + 1 + len(word) > limit:
            break
        slug = f"{slug}-{word}" if slug else word[:limit]
    return slug


def _read_phases(table: _Table, header_index: int, columns: dict[int, str]) -> list[Phase]:
    phases: list[Phase] = []
    taken: set[str] = set()
    header_row = table.rows[header_index]
    column_of = {name: col for col, name in columns.items()}
    for row_index in range(header_index + 1, len(table.rows)):
        row = table.rows[row_index]
        cells = {name: row[col] if col < len(row) else None for col, name in columns.items()}
        if all(_text(v) == "" for v in cells.values()):
            continue
        values: dict[str, Any] = {}

        def fail(name: str, error: VocabularyError, *, _row: int = row_index) -> DocumentError:
            col = column_of[name]
            return table.error(
                f"{'invalid' if error.reason else 'unknown'} {error.dimension} {_short(error.value)}",
                _row,
                col,
                _text(header_row[col]),
                hint=error.hint,
            )

        for name, term_cls in _TERMS.items():
            text = _text(cells.get(name))
            if text:
                try:
                    values[name] = _term(term_cls, text)
                except VocabularyError as error:
                    raise fail(name, error) from None
        if "phase" not in values:
            col = column_of["phase"]
            raise table.error(
                "the phase kind is missing",
                row_index,
                col,
                _text(header_row[col]),
                hint="expected one of " + ", ".join(repr(k.value) for k in PhaseKind),
            )
        intentions: list[Intention] = []
        for word in _split(_text(cells.get("intention")), _INTENTION_SPLIT):
            try:
                intention = _term(Intention, word)
            except VocabularyError as error:
                raise fail("intention", error) from None
            if intention not in intentions:
                intentions.append(intention)
        duration = None
        raw_duration = cells.get("duration")
        if _text(raw_duration):
            try:
                duration = _duration(raw_duration)
            except VocabularyError as error:
                raise fail("duration", error) from None
        title = _text(cells.get("title")) or None
        phase_id = _make_id(
            table, row_index, column_of, header_row, cells, title, len(phases), taken
        )
        taken.add(phase_id)
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
                module=_text(cells.get("module")) or None,
                activities=_split(_text(cells.get("activities")), _LIST_SPLIT),
                resources=_split(_text(cells.get("resources")), _LIST_SPLIT),
            )
        )
    return phases


def _make_id(
    table: _Table,
    row_index: int,
    column_of: dict[str, int],
    header_row: list[Any],
    cells: dict[str, Any],
    title: str | None,
    number: int,
    taken: set[str],
) -> str:
    given = _text(cells.get("id"))
    if given:
        phase_id = _slug(given, limit=10_000)
        if not phase_id:
            col = column_of["id"]
            raise table.error(
                f"the id {_short(given)} has no letter or digit",
                row_index,
                col,
                _text(header_row[col]),
                hint="use lower-case letters, digits, '_' or '-'",
            )
        if phase_id in taken:
            col = column_of["id"]
            raise table.error(
                f"the id {phase_id!r} is already used by an earlier row",
                row_index,
                col,
                _text(header_row[col]),
                hint="give each phase its own id",
            )
        return phase_id
    base = (_slug(title) if title else "") or f"phase-{number + 1}"
    phase_id, suffix = base, 2
    while phase_id in taken:
        phase_id, suffix = f"{base}-{suffix}", suffix + 1
    return phase_id


def _meta_value(row: list[Any]) -> tuple[str | None, list[str]]:
    """A metadata row as (key, values): ``titre | X`` or ``titre : X`` in one cell."""
    cells = row_cells = [c for c in (_text(c) for c in row) if c]
    if not cells:
        return None, []
    first = cells[0]
    if ":" in first and len(cells) == 1:
        key, _, rest = first.partition(":")
        cells = [key, rest.strip()]
        first = key
    name = _META_LOOKUP.get(_header_key(first))
    if name is None:
        # A lone cell above the header is the course's title; "who : what" is not.
        return ("title" if len(row_cells) == 1 and ":" not in first else None), cells[:1]
    return name, cells[1:]


def _read_meta(table: _Table, rows: list[list[Any]], found: dict[str, Any]) -> None:
    for index, row in enumerate(rows):
        name, values = _meta_value(row)
        if name is None or not values:
            continue
        if name == "objective":
            for value in values:
                found.setdefault("objectives", []).extend(_split(value, _LIST_SPLIT))
        elif name == "transition":
            if len(values) < 2:
                raise table.error("a transition needs a 'from' and a 'to' phase", index)
            kind = values[2] if len(values) > 2 else "sequence"
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
                    f"the audience size {_short(values[0])} is not a whole number of at least 1",
                    index,
                    1,
                )
            found["size"] = size
        elif name == "audience description":
            found["description"] = values[0]
        else:
            found.setdefault(name, values[0])


def from_table(
    path: str | Path, *, title: str | None = None, modality: Modality | str | None = None
) -> Scenario:
    """Read a scenarisation table (CSV or XLSX, by the file's suffix) as a scenario.

    Args:
        path: a ``.csv`` (or ``.tsv``, ``.txt``) or ``.xlsx`` file.
        title: the scenario's title; by default the table's, else the file name.
        modality: the scenario's modality; by default the table's, else none.

    Raises:
        DocumentError: the file cannot be read, or a cell is wrong (the
            message names the row and the column, with a hint).
        ScenarioError: an XLSX file and openpyxl is not installed.
    """
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in _CSV_SUFFIXES + _XLSX_SUFFIXES:
        raise DocumentError(
            f"unknown table suffix {suffix!r}",
            source=str(file),
            hint="a table is a .csv or an .xlsx file",
        )
    try:
        if suffix in _XLSX_SUFFIXES:
            rows, meta = _read_xlsx_rows(file)
        else:
            rows, meta = _read_csv_rows(file), []
    except OSError as error:
        raise DocumentError(
            f"cannot be read: {error.strerror or error}", source=str(file)
        ) from error
    return _build(_Table(str(file), rows, meta), file, title, modality)


def _build(
    table: _Table, file: Path, title: str | None, modality: Modality | str | None
) -> Scenario:
    header_index, columns = _find_header(table)
    found: dict[str, Any] = {}
    _read_meta(table, table.rows[:header_index], found)
    _read_meta(table, table.meta_rows, found)
    phases = _read_phases(table, header_index, columns)
    audience = None
    if "size" in found or "description" in found:
        audience = Audience(found.get("size"), found.get("description"))
    path = found.get("path")
    if path is not None:
        known = {p.id for p in phases}
        for transition in path:
            for end in (transition.source, transition.target):
                if end not in known:
                    raise table.error(f"the path names an unknown phase {_short(end)}", None)
    return Scenario(
        title=title or found.get("title") or file.stem,
        modality=modality if modality is not None else found.get("modality"),
        audience=audience,
        objectives=found.get("objectives", []),
        phases=phases,
        path=path,
    )


# -- writing ------------------------------------------------------------------------


def _cells(phase: Phase, join: str) -> list[Any]:
    return [
        phase.id,
        phase.kind.value,
        phase.title or "",
        phase.group.value if phase.group else "",
        phase.situation.value if phase.situation else "",
        phase.pedagogy.value if phase.pedagogy else "",
        join.join(i.value for i in phase.intentions),
        phase.duration if phase.duration is not None else "",
        phase.module or "",
        join.join(phase.activities),
        join.join(phase.resources),
    ]


def _header(headers: str) -> list[str]:
    with use_language(headers):
        return written_headers()


def written_headers() -> list[str]:
    """The headers of :data:`COLUMNS` as the table writes them, in the current language."""
    return [
        pgettext("column", "id"),
        pgettext("column", "phase"),
        pgettext("column", "title"),
        pgettext("column", "group"),
        pgettext("column", "situation"),
        pgettext("column", "pedagogy"),
        pgettext("column", "intention"),
        pgettext("column", "duration"),
        pgettext("column", "module"),
        pgettext("column", "activities"),
        pgettext("column", "resources"),
    ]


def dumps_csv(scenario: Scenario, *, headers: str = "en") -> str:
    """The table as CSV text: semicolons, a UTF-8 BOM, lists joined by `` | ``."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(_header(headers))
    for phase in ordered_phases(scenario):
        writer.writerow(_cells(phase, " | "))
    return "\ufeff" + out.getvalue()


def dumps_xlsx(scenario: Scenario, *, headers: str = "en") -> bytes:
    """The table as an XLSX workbook: the phases, and a ``scénario`` sheet for the course."""
    openpyxl = _openpyxl()
    from openpyxl.styles import Alignment, Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "phases"
    sheet.append(_header(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for phase in ordered_phases(scenario):
        sheet.append(_cells(phase, "\n"))
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    widths = (18, 14, 40, 14, 22, 14, 16, 10, 16, 36, 36)
    for index, width in enumerate(widths):
        sheet.column_dimensions[_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    meta = workbook.create_sheet(META_SHEET)
    meta.append(["title", scenario.title])
    if scenario.modality is not None:
        meta.append(["modality", scenario.modality.value])
    if scenario.audience is not None:
        if scenario.audience.size is not None:
            meta.append(["audience size", scenario.audience.size])
        if scenario.audience.description is not None:
            meta.append(["audience description", scenario.audience.description])
    for objective in scenario.objectives:
        meta.append(["objective", objective])
    for transition in scenario.path or ():
        meta.append(["transition", transition.source, transition.target, transition.kind.value])
    meta.column_dimensions["A"].width = 22
    meta.column_dimensions["B"].width = 60
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def to_table(scenario: Scenario, path: str | Path, *, headers: str = "en") -> None:
    """Write the scenarisation table to ``path``, atomically: CSV or XLSX by its suffix.

    Args:
        scenario: the scenario.
        path: a ``.csv`` or ``.xlsx`` file.
        headers: ``"en"`` (the document's keys, the default) or ``"fr"``.

    Raises:
        ScenarioError: an unknown suffix, or XLSX without openpyxl.
    """
    suffix = Path(path).suffix.lower()
    dump: Callable[..., str | bytes]
    if suffix in _XLSX_SUFFIXES:
        dump = dumps_xlsx
    elif suffix in _CSV_SUFFIXES:
        dump = dumps_csv
    else:
        raise ScenarioError(f"unknown table suffix {suffix!r}: write a .csv or an .xlsx file")
    atomic_write(path, dump(scenario, headers=headers))


def _reader(suffixes: Sequence[str]) -> Callable[..., Scenario]:
    def read(path: str | Path, **options: Any) -> Scenario:
        if Path(path).suffix.lower() not in suffixes:
            raise DocumentError(
                "not a file of this format", source=str(path), hint="use " + " or ".join(suffixes)
            )
        return from_table(path, **options)

    return read


CSV = register_format(
    Format(
        "csv",
        (".csv",),
        "the scenarisation table (tableau de scénarisation) as CSV, one row per phase",
        dump=dumps_csv,
        read=_reader(_CSV_SUFFIXES),
    )
)
XLSX = register_format(
    Format(
        "xlsx",
        (".xlsx",),
        "the scenarisation table as an Excel workbook (needs the xlsx extra)",
        dump=dumps_xlsx,
        read=_reader(_XLSX_SUFFIXES),
    )
)
