"""The vocabulary of the CMVRH grid, as enums whose values are the French words.

Every dimension of the grid (phase kind, group size, situation, pedagogy,
intention) and the course modality is a ``str`` enum: its value is the
canonical French word, lower case with accents, and it compares equal to that
string. :func:`parse_term` reads a word leniently: case, missing accents,
extra spaces and the English aliases all resolve to the canonical member.

>>> parse_term(Situation, "Distanciel  Synchrone")
<Situation.DISTANCIEL_SYNCHRONE: 'distanciel synchrone'>
>>> parse_term(PhaseKind, "assessment").value
'évaluation'
>>> Group.PETIT_GROUPE.english
'small group'
>>> parse_term(Pedagogy, "activ")
Traceback (most recent call last):
...
scenario.errors.VocabularyError: pédagogie inconnue 'activ' : vouliez-vous dire 'active' ?

The document's keys have their lexicon beside this one: :mod:`scenario.lexicon`.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from scenario._text import closest, fold
from scenario.errors import VocabularyError
from scenario.i18n import check_lang, current_language

__all__ = [
    "DIMENSIONS",
    "Group",
    "Intention",
    "Modality",
    "Pedagogy",
    "PhaseKind",
    "Situation",
    "Term",
    "TransitionKind",
    "normalize_word",
    "parse_term",
]


class Term(str, Enum):
    """Base of the vocabulary enums: a canonical French value and an English alias.

    The English aliases are the lexicon a reader may write (the tables of
    docs/format.md), not translations from the message catalog.
    """

    @property
    def english(self) -> str:
        """The English alias of the term, which documents may hold too."""
        return type(self)._english_names()[self.value]

    def label(self, lang: str | None = None) -> str:
        """The term as shown to a reader: the French word, or its English alias in English.

        Args:
            lang: ``"fr"`` or ``"en"``; ``None``, the current language.

        >>> Group.GRAND_GROUPE.label("fr"), Group.GRAND_GROUPE.label("en")
        ('grand groupe', 'large group')
        """
        lang = current_language() if lang is None else check_lang(lang)
        return self.value if lang == "fr" else self.english

    def mention(self, lang: str | None = None, *, quoted: bool = True) -> str:
        """The term as a message names it: the word to write, and in English its meaning.

        A French message names the bare word; an English one quotes the word
        to write in the document and adds its English alias when it differs
        (``quoted=False``: the word without quotes, for a list of words).

        Args:
            lang: ``"fr"`` or ``"en"``; ``None``, the current language.
            quoted: quote the word in English.

        >>> PhaseKind.REALISATION.mention("fr"), PhaseKind.REALISATION.mention("en")
        ('réalisation', "'réalisation' (practice)")
        >>> Pedagogy.ACTIVE.mention("en"), Group.SEUL.mention("en", quoted=False)
        ("'active'", 'seul (alone)')
        """
        lang = current_language() if lang is None else check_lang(lang)
        word = str(self.value)
        if lang == "fr":
            return word
        word = repr(word) if quoted else word
        return word if self.english == self.value else f"{word} ({self.english})"

    @classmethod
    def _english_names(cls) -> dict[str, str]:
        return ENGLISH[cls.__name__]

    @classmethod
    def dimension(cls) -> str:
        """The name of this dimension in documents and messages (``"situation"``)."""
        return DIMENSION_OF[cls.__name__]

    def __str__(self) -> str:
        return str(self.value)


class PhaseKind(Term):
    """The kind of a phase; the kinds have a canonical order (see :attr:`rank`)."""

    DECOUVERTE = "découverte"
    APPRENTISSAGE = "apprentissage"
    REALISATION = "réalisation"
    EVALUATION = "évaluation"

    @property
    def rank(self) -> int:
        """Position in the order découverte < apprentissage < réalisation < évaluation.

        >>> PhaseKind.REALISATION.rank > PhaseKind.DECOUVERTE.rank
        True
        """
        return list(PhaseKind).index(self)


class Group(Term):
    """The size of the group a phase is done in (taille du groupe)."""

    SEUL = "seul"
    PETIT_GROUPE = "petit groupe"
    MOYEN_GROUPE = "moyen groupe"
    GRAND_GROUPE = "grand groupe"


class Situation(Term):
    """Where and when a phase happens: on site, remote live, or remote at one's own pace."""

    PRESENTIEL = "présentiel"
    DISTANCIEL_SYNCHRONE = "distanciel synchrone"
    DISTANCIEL_ASYNCHRONE = "distanciel asynchrone"

    @property
    def synchronous(self) -> bool:
        """True for présentiel and distanciel synchrone: the trainer is there at the time."""
        return self is not Situation.DISTANCIEL_ASYNCHRONE


class Pedagogy(Term):
    """The teaching method of a phase (pédagogie)."""

    EXPOSITIVE = "expositive"
    ACTIVE = "active"
    INTERROGATIVE = "interrogative"


class Intention(Term):
    """What a phase means to do for the learner (intention pédagogique)."""

    INTERPELLER = "interpeller"
    PARTAGER = "partager"
    SYNTHETISER = "synthétiser"
    TRANSMETTRE = "transmettre"
    EVALUER = "évaluer"


class Modality(Term):
    """The modality of a whole course."""

    PRESENTIEL = "présentiel"
    PEDAGOGIE_INVERSEE = "pédagogie inversée"
    SPOC = "spoc"
    MOOC = "mooc"
    COOC = "cooc"
    SOOC = "sooc"
    BLENDED = "blended"

    @property
    def online(self) -> bool:
        """True for the online courses: spoc, mooc, cooc and sooc."""
        return self in (Modality.SPOC, Modality.MOOC, Modality.COOC, Modality.SOOC)

    def label(self, lang: str | None = None) -> str:
        """The modality as a reader reads it: the acronyms in capitals (``SPOC``), the
        others as :meth:`Term.label` gives them; documents keep the canonical value.

        >>> Modality.SPOC.label(), Modality.BLENDED.label("fr"), Modality.BLENDED.label("en")
        ('SPOC', 'blended', 'hybrid')
        """
        if self.value in _ACRONYMS:
            return self.value.upper()
        return super().label(lang)

    def mention(self, lang: str | None = None, *, quoted: bool = True) -> str:
        """The modality as a message names it: an acronym in capitals (``SPOC``), in
        either language; the others as :meth:`Term.mention` gives them."""
        if self.value in _ACRONYMS:
            return self.value.upper()
        return super().mention(lang, quoted=quoted)


#: The modalities whose name is an acronym, written in capitals in prose.
_ACRONYMS = frozenset({"spoc", "mooc", "cooc", "sooc"})


class TransitionKind(Term):
    """The kind of a transition of the path: the main sequence or a remediation loop."""

    SEQUENCE = "sequence"
    REMEDIATION = "remediation"


ENGLISH: dict[str, dict[str, str]] = {
    "PhaseKind": {
        "découverte": "discovery",
        "apprentissage": "learning",
        "réalisation": "practice",
        "évaluation": "assessment",
    },
    "Group": {
        "seul": "alone",
        "petit groupe": "small group",
        "moyen groupe": "medium group",
        "grand groupe": "large group",
    },
    "Situation": {
        "présentiel": "onsite",
        "distanciel synchrone": "synchronous remote",
        "distanciel asynchrone": "asynchronous remote",
    },
    "Pedagogy": {"expositive": "expository", "active": "active", "interrogative": "interrogative"},
    "Intention": {
        "interpeller": "engage",
        "partager": "share",
        "synthétiser": "synthesize",
        "transmettre": "transmit",
        "évaluer": "assess",
    },
    "Modality": {
        "présentiel": "onsite",
        "pédagogie inversée": "flipped",
        "spoc": "spoc",
        "mooc": "mooc",
        "cooc": "cooc",
        "sooc": "sooc",
        "blended": "hybrid",
    },
    "TransitionKind": {"sequence": "sequence", "remediation": "remediation"},
}

# Other words designers write for a term; accepted, documented in docs/format.md.
EXTRA_ALIASES: dict[str, dict[str, str]] = {
    "Modality": {
        "classe inversee": "pédagogie inversée",
        "flipped classroom": "pédagogie inversée",
        "hybride": "blended",
        "face to face": "présentiel",
        "on site": "présentiel",
    },
    "Situation": {"on site": "présentiel", "face to face": "présentiel"},
    "Intention": {"synthesise": "synthétiser"},
}

DIMENSION_OF: dict[str, str] = {
    "PhaseKind": "phase",
    "Group": "group",
    "Situation": "situation",
    "Pedagogy": "pedagogy",
    "Intention": "intention",
    "Modality": "modality",
    "TransitionKind": "transition kind",
}

#: The dimensions of the grid that tag a phase, in the grid's order.
DIMENSIONS: tuple[type[Term], ...] = (PhaseKind, Group, Situation, Pedagogy, Intention)

T = TypeVar("T", bound=Term)


#: Fold a word for lenient matching (:func:`scenario._text.fold`: no accents, lower
#: case, single spaces, hyphens and underscores as spaces), under its public name.
normalize_word = fold


def _lookup_table(cls: type[Term]) -> dict[str, str]:
    """Every accepted folded spelling of ``cls``, mapped to its canonical value."""
    cached: dict[str, str] | None = _LOOKUPS.get(cls)
    if cached is None:
        cached = {}
        for member in cls:
            cached[normalize_word(member.value)] = member.value
            cached.setdefault(normalize_word(ENGLISH[cls.__name__][member.value]), member.value)
        for alias, value in EXTRA_ALIASES.get(cls.__name__, {}).items():
            cached.setdefault(normalize_word(alias), value)
        _LOOKUPS[cls] = cached
    return cached


_LOOKUPS: dict[type[Term], dict[str, str]] = {}


def suggest(cls: type[Term], word: str, n: int = 2) -> list[str]:
    """The canonical values closest to ``word``, best first (may be empty)."""
    table = _lookup_table(cls)
    close = closest(normalize_word(word), table, n=n * 2)
    found: list[str] = []
    for key in close:
        if table[key] not in found:
            found.append(table[key])
    return found[:n]


def parse_term(cls: type[T], value: object) -> T:
    """Read ``value`` as a member of ``cls``, leniently.

    Args:
        cls: the dimension, e.g. :class:`Situation`.
        value: a member, its French value or English alias, in any case, with or
            without accents.

    Raises:
        VocabularyError: the word is not of this dimension; the error carries the
            closest valid values.
    """
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        member = cls._value2member_map_.get(value)  # the canonical word: no folding needed
        if member is not None:
            return member  # type: ignore[return-value]
        canonical = _lookup_table(cls).get(normalize_word(value))
        if canonical is not None:
            return cls(canonical)
        raise VocabularyError(cls.dimension(), value, suggest(cls, value), [m.value for m in cls])
    raise VocabularyError(cls.dimension(), value, [], [m.value for m in cls])
