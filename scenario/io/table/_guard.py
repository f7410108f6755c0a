"""No live formula in a table: cells that a spreadsheet would run are written as text.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is a formula to Excel, LibreOffice and Google Sheets when the CSV is
opened (OWASP, « CSV Injection »): ``=HYPERLINK(...)`` or ``=cmd|...`` in a
title would run on the designer's machine. As OWASP advises, such a cell
is written with a single quote first (``'=1+1``), which spreadsheets show
as text; so is a cell that starts with a quote followed by one of these, so
the reader, which takes away one leading quote before them, gives back the
text as it was. An XLSX cell needs no quote: it is written as a text cell
(never a formula), marked ``quotePrefix`` as Excel marks what one types
after a quote. Every cell is also scrubbed (:func:`scenario._text.scrub`):
no control character but tab and line breaks, no lone surrogate.

>>> guard("=1+1"), guard("-"), guard("'=x"), guard("Accroche"), guard("'ok")
("'=1+1", "'-", "''=x", 'Accroche', "'ok")
>>> all(unguard(guard(t)) == t for t in ["=1+1", "'=x", "''@", "@x", "'ok", "\tx"])
True
"""

from __future__ import annotations

from typing import Any

from scenario._text import scrub

#: What starts a formula in a spreadsheet (OWASP's list).
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _runs(text: str) -> bool:
    """True when a spreadsheet would take ``text`` for a formula, or when it is a quote
    before such text (so that the quote the writer adds can always be taken back)."""
    if text.startswith(TRIGGERS):
        return True
    return text.startswith("'") and _runs(text[1:])


def guard(value: Any) -> Any:
    """A cell as written to CSV: text that would run gets a quote first; numbers stay."""
    if not isinstance(value, str):
        return value
    text = scrub(value)
    return "'" + text if _runs(text) else text


def unguard(text: str) -> str:
    """A CSV cell as read: the quote :func:`guard` added taken away."""
    return text[1:] if text.startswith("'") and _runs(text[1:]) else text


def runs(value: Any) -> bool:
    """True for text a spreadsheet would take for a formula (written as text in XLSX)."""
    return isinstance(value, str) and value.startswith(TRIGGERS)
