"""The columns of the scenarisation table: their names, the headers read and written.

:data:`HEADERS` is a lexicon of what designers write above their columns
(French and English, matched leniently by :func:`header_key`), like the
vocabulary's aliases: data, not translations. The headers the table writes
are messages of the catalog (:func:`written_headers`), in the reader's language.
"""

from __future__ import annotations

import re
from typing import Any

from scenario._text import closest, did_you_mean, quote
from scenario.dates import format_date
from scenario.errors import DocumentError
from scenario.i18n import _, pgettext
from scenario.io._flags import written_flag
from scenario.model import Phase
from scenario.vocabulary import normalize_word

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
    "optional",
    "date",
    "week",
    "lms",
    "notes",
)


#: The headers accepted for each column (matched as :func:`header_key` folds them).
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
    "optional": ("optional", "facultatif", "optionnel", "detour facultatif", "option"),
    "date": ("date", "jour", "date de la seance"),
    "week": ("week", "semaine"),
    "lms": ("lms", "activite lms", "lms activity", "id lms"),
    "notes": ("notes", "note", "remarque", "commentaire"),
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
    "waiver": ("waiver", "derogation"),
    "start": ("start", "debut", "date de debut"),
    "notes": ("notes", "notes de la formation", "course notes"),
}


#: The XLSX sheet of the course, found by this name folded (``scenario`` in English too).
META_SHEET = "scénario"

#: The header row is looked for in this many first rows.
HEADER_SEARCH_ROWS = 10


def header_key(text: str) -> str:
    """Fold a header: no accents, case, punctuation, ``(s)`` or plural ``s``."""
    folded = normalize_word(text.replace("(s)", "").replace("’", "'"))
    folded = re.sub(r"[^a-z0-9]+", " ", folded).strip()
    return " ".join(
        word[:-1] if len(word) > 3 and word.endswith("s") else word for word in folded.split()
    )


def _lookup(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {header_key(alias): name for name, aliases in table.items() for alias in aliases}


#: Each folded header (and course key) read, and the column (or key) it names.
HEADER_LOOKUP = _lookup(HEADERS)
META_LOOKUP = _lookup(META_KEYS)


def column_letter(index: int) -> str:
    """The spreadsheet's name of a 0-based column: A, B, ..., Z, AA..."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


class Sheet:
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
        if row is not None and column is not None and header:
            place = _("row {row}, column {column} ({header})").format(
                row=row + 1, column=column_letter(column), header=header
            )
        elif row is not None and column is not None:
            place = _("row {row}, column {column}").format(
                row=row + 1, column=column_letter(column)
            )
        elif row is not None:
            place = _("row {row}").format(row=row + 1)
        return DocumentError(message, source=self.source, path=place, hint=hint)


def cell_text(value: Any) -> str:
    """A cell as text: numbers without a trailing ``.0``, None as ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def header_index(rows: list[list[Any]]) -> int | None:
    """The header row: the first with a ``phase`` column, looked for in the first ten rows
    that are not the course's own (``titre``, ``objectif``, ``transition``... above it)."""
    others = 0
    for index, row in enumerate(rows):
        if any(HEADER_LOOKUP.get(header_key(cell_text(cell))) == "phase" for cell in row):
            return index
        first = next((cell_text(c) for c in row if cell_text(c)), "")
        if META_LOOKUP.get(header_key(first.partition(":")[0])) is None:
            others += 1
            if others >= HEADER_SEARCH_ROWS:
                return None
    return None


def find_header(table: Sheet) -> tuple[int, dict[int, str]]:
    """The index of the header row and the column of each known field."""
    index = header_index(table.rows)
    if index is not None:
        row = table.rows[index]
        found = {i: HEADER_LOOKUP.get(header_key(cell_text(cell))) for i, cell in enumerate(row)}
        return index, _columns(table, index, row, found)
    raise table.error(
        _("no header row with a column {phase} in the first ten rows").format(
            phase=quote(written_header("phase"))
        ),
        None,
        hint=_("the header row names the columns: {columns}").format(
            columns=", ".join(written_headers())
        ),
    )


def _columns(
    table: Sheet, index: int, row: list[Any], found: dict[int, str | None]
) -> dict[int, str]:
    columns: dict[int, str] = {}
    seen: dict[str, int] = {}
    exact = {name for name in found.values() if name is not None}
    for column, name in found.items():
        header = cell_text(row[column])
        if name is None:
            if not header:
                continue
            name = _prefix_match(header_key(header))
            if name is not None and name not in exact and name not in seen:
                seen[name] = column
                columns[column] = name
                continue
            close = closest(header_key(header), HEADER_LOOKUP, n=1, cutoff=0.8)
            if close and name is None:
                raise table.error(
                    _("unknown column {header}").format(header=quote(header)),
                    index,
                    column,
                    hint=did_you_mean([written_header(HEADER_LOOKUP[close[0]])]),
                )
            continue  # a column of the designer's own (comments...): ignored
        if name in seen:
            raise table.error(
                _("two columns for {name} (columns {first} and {second})").format(
                    name=quote(written_header(name)),
                    first=column_letter(seen[name]),
                    second=column_letter(column),
                ),
                index,
                column,
                header,
                hint=_("keep one of them"),
            )
        seen[name] = column
        columns[column] = name
    return columns


def _prefix_match(key: str) -> str | None:
    """The field of the longest known header that starts ``key`` (``durée estimée``)."""
    best = max(
        (alias for alias in HEADER_LOOKUP if key.startswith(alias + " ")), key=len, default=None
    )
    return None if best is None else HEADER_LOOKUP[best]


# -- writing ------------------------------------------------------------------------


def phase_cells(phase: Phase, join: str) -> list[Any]:
    """A phase's cells in the order of :data:`COLUMNS`, lists joined by ``join``."""
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
        written_flag(phase.optional),
        format_date(phase.date) if phase.date is not None else "",
        phase.week if phase.week is not None else "",
        phase.lms or "",
        phase.notes or "",
    ]


def written_header(name: str) -> str:
    """The header of the column ``name`` (one of :data:`COLUMNS`), in the current language."""
    return written_headers()[COLUMNS.index(name)]


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
        pgettext("column", "optional"),
        pgettext("column", "date"),
        pgettext("column", "week"),
        pgettext("column", "lms"),
        pgettext("column", "notes"),
    ]
