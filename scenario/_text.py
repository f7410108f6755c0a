"""Small things every message needs: the closest words, a short quote, an id from text.

One way each, for the whole package:

- :func:`closest` finds the valid words nearest a misspelt one (bounded:
  a very long word gets no suggestion rather than a slow one), and
  :func:`did_you_mean` words the hint in the reader's language;
- :func:`quote` shows a user's value in a message without ever dumping a
  large one whole;
- :func:`names` lists a few names and counts the rest;
- :func:`slug` makes an id (``[a-z0-9-]``) from a title;
- :func:`wrap` cuts a Markdown paragraph into lines for a generated page;
- :func:`scrub` replaces what no file can hold (lone surrogates, control
  characters, U+FFFE and U+FFFF) with U+FFFD before a writer sees the text.

>>> closest("activ", ["active", "expositive", "interrogative"])
['active']
>>> quote("x" * 60)
"'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'"
>>> slug("Vidéo d'accroche : le premier jour vu par l'arrivant", 32)
'video-d-accroche-le-premier-jour'
"""

from __future__ import annotations

import difflib
import re
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence

from scenario._messages import _, ngettext

__all__ = [
    "MAX_NAMED",
    "closest",
    "did_you_mean",
    "fold",
    "names",
    "quote",
    "scrub",
    "slug",
    "wrap",
]

#: What UTF-8 cannot encode (lone surrogates) and XML 1.0 cannot hold (control characters
#: but tab and line breaks, U+FFFE, U+FFFF), nor a spreadsheet cell or a terminal show.
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

#: The character put in their place.
REPLACEMENT = "\ufffd"

#: Words longer than this get no suggestion: difflib's cost grows with the square of a length.
_LONGEST_SUGGESTED = 100

#: At most this many names are given in one message; the rest are counted.
MAX_NAMED = 6


def fold(text: str) -> str:
    """Fold a word for lenient matching: no accents, lower case, single spaces.

    Hyphens and underscores count as spaces, so ``distanciel-synchrone`` matches.

    >>> fold("  Pédagogie   INVERSÉE ")
    'pedagogie inversee'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("-", " ").replace("_", " ")
    return " ".join(bare.casefold().split())


def closest(word: str, choices: Iterable[str], n: int = 2, cutoff: float = 0.6) -> list[str]:
    """The ``choices`` nearest ``word``, best first (empty when none is near enough)."""
    if len(word) > _LONGEST_SUGGESTED:
        return []
    return difflib.get_close_matches(word, list(choices), n=n, cutoff=cutoff)


def did_you_mean(close: Sequence[str]) -> str | None:
    """The hint for the closest words, quoted (``did you mean 'a' or 'b'?``), or None."""
    if not close:
        return None
    quoted = [quote(c) for c in close]
    alternatives = (
        quoted[0]
        if len(quoted) == 1
        else _("{first} or {second}").format(first=", ".join(quoted[:-1]), second=quoted[-1])
    )
    return _("did you mean {alternatives}?").format(alternatives=alternatives)


def quote(value: object, limit: int = 40) -> str:
    """``value`` quoted for a message (``repr``), cut to about ``limit`` characters.

    >>> quote("x" * 1000, 12), quote(10**5000 + 7, 12)
    ("'xxxxxx...'", '100000000...')
    """
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit]  # never a copy of a huge text for a short message
        text = repr(value) + "."
    elif isinstance(value, int) and value.bit_length() > 4 * limit:
        # Only the first digits: Python refuses to write more than 4,300 of them.
        digits = int(abs(value).bit_length() * 0.30103)
        text = str(value // 10 ** (digits - limit)) + "..."
    else:
        text = repr(value)
    if len(text) > limit:
        text = text[: limit - 5] + "...'" if text[0] in "'\"" else text[: limit - 3] + "..."
    return text


def names(items: Sequence[str]) -> str:
    """Quote a few names for a message and count the rest.

    >>> from scenario._messages import chosen_language
    >>> token = chosen_language.set("en")
    >>> names([str(n) for n in range(8)])
    "'0', '1', '2', '3', '4', '5' and 2 more"
    >>> chosen_language.reset(token)
    """
    shown = ", ".join(repr(n) for n in items[:MAX_NAMED])
    rest = len(items) - MAX_NAMED
    if rest > 0:
        shown = ngettext("{names} and {count} more", "{names} and {count} more", rest).format(
            names=shown, count=rest
        )
    return shown


def slug(text: str, limit: int | None = None) -> str:
    """An id made of ``[a-z0-9-]`` from text; with ``limit``, cut after a whole word
    near ``limit`` characters (never inside the first word beyond it)."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(text)).split()
    if limit is None:
        return "-".join(words)
    made = ""
    for word in words:
        if made and len(made) + 1 + len(word) > limit:
            break
        made = f"{made}-{word}" if made else word[:limit]
    return made


#: What a line never starts with: French puts a space before these, and the space stays.
_GLUED = re.compile(r" (?=[:;?!»])|(?<=«) ")


def wrap(text: str, width: int = 77) -> list[str]:
    """A Markdown paragraph in lines of at most ``width``, never breaking a `code span`
    nor leaving French punctuation (``:`` ``;`` ``?`` ``!`` ``»``) at a line's start.

    >>> wrap("Run `python scripts/gallery.py docs/gallery` ; it draws", 20)
    ['Run', '`python scripts/gallery.py docs/gallery` ;', 'it draws']
    """
    kept = re.sub(r"`[^`]*`", lambda span: span.group().replace(" ", "\0"), text)
    kept = _GLUED.sub("\0", kept)
    lines = textwrap.wrap(kept, width, break_on_hyphens=False, break_long_words=False)
    return [line.replace("\0", " ") for line in lines]


def scrub(value: object) -> str:
    """``value`` as text every writer can hold: each lone surrogate, control character
    (but tab, line feed and carriage return), DEL, C1 control, U+FFFE and U+FFFF becomes
    U+FFFD, the replacement character, so the loss shows.

    >>> scrub("a\\x00b\\ud800c\\uffff\\td")
    'a\\ufffdb\\ufffdc\\ufffd\\td'
    """
    text = value if isinstance(value, str) else str(value)
    return _UNWRITABLE.sub(REPLACEMENT, text)
