"""The words a reader sees, in French (the default) or English: one gettext catalog.

Every message of the library and the command line is written in English in
the code and marked for translation: ``_("...")`` where it is shown,
``N_("...")`` where it is only defined (a rule's summary, a column's header)
and translated later with :func:`_`. Placeholders are named
(``_("{count} phases").format(count=3)``) so that a translation can move them.
The French catalog is ``scenario/locale/fr/LC_MESSAGES/scenario.po``,
extracted and compiled with Babel (``python scripts/catalog.py``; see
``docs/architecture.md``); a test fails when a message has no translation.

The language is a context variable: French unless ``SCENARIO_LANG`` says
``en``; :func:`use_language` sets it for a block, and every public function
that takes ``lang=`` does so for its own work.

>>> with use_language("fr"):
...     print(_("error"), ngettext("{count} file: {counts}", "{count} files: {counts}", 2).format(count=2, counts="..."))
erreur 2 fichiers : ...
>>> with use_language("en"):
...     print(_("error"))
error
>>> check_lang("de")
Traceback (most recent call last):
...
scenario.errors.LanguageError: langue inconnue 'de' : choisissez 'fr' ou 'en'
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from scenario._messages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    N_,
    _,
    chosen_language,
    current_language,
    ngettext,
    pgettext,
)
from scenario._text import quote
from scenario.errors import LanguageError

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "N_",
    "_",
    "check_lang",
    "current_language",
    "format_number",
    "format_percent",
    "ngettext",
    "pgettext",
    "use_language",
]


def check_lang(lang: object) -> str:
    """``lang`` if the library speaks it (``"fr"`` or ``"en"``), else a :class:`LanguageError`."""
    if lang in LANGUAGES:
        return str(lang)
    raise LanguageError(lang)


@contextmanager
def use_language(lang: str | None) -> Iterator[str]:
    """Speak ``lang`` inside the block (``None``: keep the current language).

    Raises:
        LanguageError: ``lang`` is not ``"fr"`` or ``"en"``.
    """
    if lang is None:
        yield current_language()
        return
    token = chosen_language.set(check_lang(lang))
    try:
        yield lang
    finally:
        chosen_language.reset(token)


def format_number(value: float, decimals: int = 1) -> str:
    """A number as the reader writes it: ``6,7`` in French, ``6.7`` in English.

    At most ``decimals`` digits after the separator, none when the number is whole.

    >>> with use_language("fr"):
    ...     format_number(6.6667), format_number(300.0), format_number(1234.5)
    ('6,7', '300', '1\\u202f234,5')
    """
    if isinstance(value, int) and not isinstance(value, bool):
        # Exact however large (a float overflows past 1e308); past the 4,300 digits Python
        # writes, the first digits only.
        text = f"{value:,}" if value.bit_length() < 14_000 else quote(value)
    else:
        rounded = round(float(value), decimals)
        text = f"{rounded:,.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{rounded:,.0f}"
    if current_language() == "fr":
        # French: a narrow no-break space between thousands, a comma before decimals.
        return text.replace(",", "\u202f").replace(".", ",")
    return text


def format_percent(value: float, decimals: int = 1) -> str:
    """A share in percent as the reader writes it: ``6,7 %`` (a no-break space before
    the sign, as French typography wants) or ``6.7%``.

    >>> with use_language("en"):
    ...     format_percent(6.6667)
    '6.7%'
    """
    number = format_number(value, decimals)
    return f"{number}\u00a0%" if current_language() == "fr" else f"{number}%"
