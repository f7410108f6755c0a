"""Small helpers to write the rules' messages in French and English."""

from __future__ import annotations

from collections.abc import Sequence

from scenario.vocabulary import Term

#: At most this many ids are named in one message; the rest are counted.
MAX_NAMED = 6


def ids(names: Sequence[str], lang: str) -> str:
    """Quote phase ids for a message, naming a few and counting the rest.

    >>> ids(["a", "b"], "fr")
    "'a', 'b'"
    >>> ids([str(n) for n in range(8)], "en")
    "'0', '1', '2', '3', '4', '5' and 2 more"
    """
    shown = ", ".join(repr(n) for n in names[:MAX_NAMED])
    rest = len(names) - MAX_NAMED
    if rest > 0:
        shown += f" et {rest} autres" if lang == "fr" else f" and {rest} more"
    return shown


def en(term: Term) -> str:
    """A term as an English message shows it: the word to write, and its meaning.

    >>> from scenario.vocabulary import PhaseKind, Pedagogy
    >>> en(PhaseKind.REALISATION), en(Pedagogy.ACTIVE)
    ("'réalisation' (practice)", "'active'")
    """
    if term.english == term.value:
        return repr(term.value)
    return f"{term.value!r} ({term.english})"


def minutes(value: float) -> str:
    """A number of minutes without a needless ``.0``.

    >>> minutes(60.0), minutes(45.5)
    ('60', '45.5')
    """
    return str(int(value)) if float(value).is_integer() else str(value)
