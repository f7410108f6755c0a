"""Yes or no in a cell or an attribute: how the table and FreeMind carry ``optional``.

Written as « oui » (``yes`` in English) when true, left empty when false;
read leniently in both languages, as designers type it: case and accents
folded, ``oui``/``yes``/``vrai``/``true``/``x``/``1`` for true,
``non``/``no``/``faux``/``false``/``0`` or nothing for false.

>>> read_flag("Oui"), read_flag(" x "), read_flag("NON"), read_flag(""), read_flag("peut-être")
(True, True, False, False, None)
"""

from __future__ import annotations

from scenario.i18n import pgettext
from scenario.vocabulary import normalize_word

__all__ = ["FLAG_WORDS", "read_flag", "written_flag"]

#: The words read as true, then as false (folded).
FLAG_WORDS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("oui", "o", "yes", "y", "vrai", "true", "x", "1"),
    ("non", "n", "no", "faux", "false", "0", ""),
)


def read_flag(text: str) -> bool | None:
    """True, False, or None when ``text`` is neither a yes nor a no."""
    folded = normalize_word(text)
    if folded in FLAG_WORDS[0]:
        return True
    if folded in FLAG_WORDS[1]:
        return False
    return None


def written_flag(value: bool) -> str:
    """« oui » (``yes``) in the current language for True, nothing for False."""
    return pgettext("flag", "yes") if value else ""
