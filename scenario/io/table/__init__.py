"""The scenarisation table (tableau de scénarisation): a scenario as a spreadsheet, CSV or XLSX.

One row per phase, with the columns ``id``, ``phase``, ``title``,
``group``, ``situation``, ``pedagogy``, ``intention``, ``duration``,
``module``, ``activities``, ``resources``, ``optional`` (« facultatif »:
``oui`` for a phase marked ``optional: true``), ``date``, ``week``
(« semaine »), ``lms`` and ``notes``.

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
- The header row is the first row with a ``phase`` column among the first
  ten rows that are not the course's own. Rows above it may hold the course:
  ``titre``, ``modalité``, ``public``, ``effectif``, ``début``, ``objectif``,
  ``notes`` in the first cell and the value in the next (or after a colon,
  ``Modalité : SPOC``); ``transition | de | vers | type`` for a step of the
  path and ``dérogation | règle | phase | raison`` for a waiver, their empty
  cells keeping their places; a lone cell without a colon is read as the title.
- Values are read as everywhere in `scenario`: any case, with or without
  accents, English aliases; a remark in brackets is set aside (``Seul(e)``,
  ``petit groupe (4 pers.)``). A duration is ``20min``, ``1h30``, ``PT1H30M``,
  ``1:30`` or a bare number of minutes (an XLSX time cell is read too).
- XLSX: the phases are on the first sheet with a ``phase`` header; a merged
  cell (a module written once beside its phases) counts for every row it covers.
- Inside a cell a list (activities, resources) is separated by line breaks
  or ``|``; the intention column also takes commas and semicolons.
- The ``optional`` column takes a yes (``oui``, ``yes``, ``x``, ``vrai``,
  ``1``...) or a no (``non``, ``no``, ``0``, nothing) in either language;
  anything else is an error naming the cell.
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

Writing (:func:`to_table`) keeps the whole course, so that reading the file
back gives an equal scenario (``==``): the headers and the course's keys in
the reader's language (``lang``; French by default: ``titre``, ``taille du
groupe``, ``pédagogie``...; ``lang="en"`` writes the English ones), one row
per phase in the document's order, the duration in whole minutes (so a
spreadsheet can add them up), lists joined by `` | `` in CSV and by line
breaks in XLSX.

- CSV (:mod:`~scenario.io.table._csv`): the course's rows first (title,
  modality, audience, start, objectives, notes, every transition of an
  explicit path, every waiver), then the header and the phases; semicolons
  and a UTF-8 BOM, which Excel opens as it should in French.
- XLSX (:mod:`~scenario.io.table._xlsx_write`): the phases on the first
  sheet, a working document (drop-down lists of the grid's words, print
  layout on A4 landscape), and the course's rows on the sheet ``scénario``.
- No cell is a live formula (:mod:`~scenario.io.table._guard`): a text that
  starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
  single quote first in CSV (taken away on reading), is a text cell in XLSX.

What a table does not keep: spaces around a cell's text, a ``|`` or a line
break inside an activity or a resource (it splits it in two), an explicit
path with no step at all (read back as the rows' order), an audience with
neither size nor description.

>>> from scenario.model import Scenario
>>> s = Scenario("Démo")
>>> _ = s.add_phase("intro", "découverte", "Accueil", situation="présentiel", duration=30)
>>> print(dumps_csv(s), end="")  # doctest: +NORMALIZE_WHITESPACE
\ufefftitre;Démo
id;phase;titre;taille du groupe;situation;pédagogie;intention(s);durée;module;activités;ressources;facultatif;date;semaine;lms;notes
intro;découverte;Accueil;;présentiel;;;30;;;;;;;;
>>> print(dumps_csv(s, lang="en").splitlines()[1])
id;phase;title;group;situation;pedagogy;intention;duration;module;activities;resources;optional;date;week;lms;notes
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from scenario._atomic import atomic_write
from scenario._gc import collector_paused
from scenario._text import quote
from scenario.errors import DocumentError, ScenarioError, os_reason
from scenario.i18n import _
from scenario.io._import_limits import XLSX_SUFFIXES, check_table
from scenario.io.formats import Format, register_format
from scenario.io.table._columns import COLUMNS, HEADERS, META_KEYS, META_SHEET, Sheet, find_header
from scenario.io.table._csv import dumps_csv, read_csv_rows
from scenario.io.table._rows import read_meta, read_phases
from scenario.io.table._xlsx import dumps_xlsx, read_xlsx_rows
from scenario.model import Audience, Scenario
from scenario.model.origin import Origin
from scenario.vocabulary import Modality

__all__ = [
    "COLUMNS",
    "HEADERS",
    "META_KEYS",
    "META_SHEET",
    "dumps_csv",
    "dumps_xlsx",
    "from_table",
    "to_table",
]

_CSV_SUFFIXES = (".csv", ".tsv", ".txt")


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
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
    if suffix not in _CSV_SUFFIXES + XLSX_SUFFIXES:
        raise DocumentError(
            _("unknown table suffix {suffix}").format(suffix=quote(suffix)),
            source=str(file),
            hint=_("a table is a .csv or an .xlsx file"),
        )
    # The input policy, before anything is parsed (scenario/io/limits.py); a CSV is read
    # there once, and parsed from those bytes.
    raw = check_table(file)
    try:
        if raw is None:
            rows, meta = read_xlsx_rows(file)
        else:
            rows, meta = read_csv_rows(raw), []
    except OSError as error:
        raise DocumentError(
            _("cannot be read: {reason}").format(reason=os_reason(error)), source=str(file)
        ) from error
    return _build(Sheet(str(file), rows, meta), file, title, modality)


def _build(
    table: Sheet, file: Path, title: str | None, modality: Modality | str | None
) -> Scenario:
    header_index, columns = find_header(table)
    found: dict[str, Any] = {}
    read_meta(table, table.rows[:header_index], found)
    read_meta(table, table.meta_rows, found)
    rows: list[int] = []  # where each phase stands: the lines of the findings
    phases = read_phases(table, header_index, columns, rows)
    audience = None
    if "size" in found or "description" in found:
        audience = Audience(found.get("size"), found.get("description"))
    path = found.get("path")
    if path is not None:
        known = {p.id for p in phases}
        for transition in path:
            for end in (transition.source, transition.target):
                if end not in known:
                    raise table.error(
                        _("the path names an unknown phase {phase}").format(phase=quote(end)), None
                    )
    scenario = Scenario(
        title=title or found.get("title") or file.stem,
        modality=modality if modality is not None else found.get("modality"),
        audience=audience,
        objectives=found.get("objectives", []),
        phases=phases,
        path=path,
        waivers=found.get("waivers", []),
        start=found.get("start"),
        notes=found.get("notes"),
    )
    scenario.origin = Origin(table.source, None, [p.id for p in phases], rows)
    return scenario


def to_table(
    scenario: Scenario,
    path: str | Path,
    *,
    lang: str | None = None,
    headers: str | None = None,
) -> None:
    """Write the scenarisation table to ``path``, atomically: CSV or XLSX by its suffix.

    Args:
        scenario: the scenario.
        path: a ``.csv`` or ``.xlsx`` file.
        lang: the language of the headers, the course's keys and the XLSX
            sheets: ``"fr"``, ``"en"``, or None for the current language (French
            unless chosen otherwise). Both are read back.
        headers: the same as ``lang`` (the name an earlier version documented);
            give one or the other.

    Raises:
        ScenarioError: an unknown suffix, or XLSX without openpyxl.
        LanguageError: an unknown ``lang``.
    """
    if headers is not None:
        if lang is not None and lang != headers:
            raise ValueError(_("give lang or headers, not both"))
        lang = headers
    suffix = Path(path).suffix.lower()
    dump: Callable[..., str | bytes]
    if suffix in XLSX_SUFFIXES:
        dump = dumps_xlsx
    elif suffix in _CSV_SUFFIXES:
        dump = dumps_csv
    else:
        raise ScenarioError(
            _("unknown table suffix {suffix}: write a .csv or an .xlsx file").format(
                suffix=quote(suffix)
            )
        )
    atomic_write(path, dump(scenario, lang=lang))


def _reader(suffixes: Sequence[str]) -> Callable[..., Scenario]:
    def read(path: str | Path, **options: Any) -> Scenario:
        if Path(path).suffix.lower() not in suffixes:
            raise DocumentError(
                _("not a file of this format"),
                source=str(path),
                hint=_("use {suffixes}").format(suffixes=", ".join(suffixes)),
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
        read=_reader(XLSX_SUFFIXES),
    )
)
