"""The exceptions of `scenario`: one root, subclasses named by meaning.

Each subclass also subclasses the builtin that fits, so code that catches
``ValueError`` or ``OSError`` keeps working. This module imports nothing of
ours but the message catalogs (:mod:`scenario._messages`) and the wording
helpers (:mod:`scenario._text`), so every layer can raise these, their
messages in the reader's language.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from scenario._messages import N_, _, catalog, current_language
from scenario._text import did_you_mean, quote

__all__ = [
    "MAX_PROBLEMS",
    "DocumentError",
    "GraphvizNotFoundError",
    "LanguageError",
    "LearnerDataError",
    "LoadProblem",
    "ReadWarning",
    "RenderError",
    "RenderTimeoutError",
    "ScenarioError",
    "VocabularyError",
    "WriteError",
    "os_reason",
]


class ScenarioError(Exception):
    """Root of every error raised by `scenario`.

    The command line catches this type and prints its message: anything else
    reaching the user as a traceback is a bug.
    """


# One whole sentence per dimension, so that French can agree its words
# (« situation inconnue », « type de phase inconnu »).
_UNKNOWN = {
    "phase": N_("unknown phase {value}"),
    "group": N_("unknown group {value}"),
    "situation": N_("unknown situation {value}"),
    "pedagogy": N_("unknown pedagogy {value}"),
    "intention": N_("unknown intention {value}"),
    "modality": N_("unknown modality {value}"),
    "transition kind": N_("unknown transition kind {value}"),
    "duration": N_("unknown duration {value}"),
}
_INVALID = {"duration": N_("invalid duration {value}")}
_CHOICES = {"duration": N_("write it as {choices}")}


class VocabularyError(ScenarioError, ValueError):
    """A word that is not in the CMVRH grid (or a duration that cannot be read).

    The message is worded in the language of the moment it is raised.

    Attributes:
        dimension: what the word should have been (``"situation"``...).
        value: the word as given.
        suggestions: the closest valid values, best first.
        choices: the valid values, for the hint when none is close.
        reason: why the value is refused, when it is a word of the right kind
            but not a valid one (a negative duration).
        problem: what is wrong, without the hint (``unknown situation 'lune'``).
        hint: the sentence that tells the user what to write instead, or None.

    >>> from scenario.i18n import use_language
    >>> with use_language("en"):
    ...     print(VocabularyError("situation", "distanciel synchron", ["distanciel synchrone"]))
    unknown situation 'distanciel synchron': did you mean 'distanciel synchrone'?
    >>> with use_language("fr"):
    ...     print(VocabularyError("situation", "distanciel synchron", ["distanciel synchrone"]))
    situation inconnue 'distanciel synchron' : vouliez-vous dire 'distanciel synchrone' ?
    """

    def __init__(
        self,
        dimension: str,
        value: object,
        suggestions: list[str] | None = None,
        choices: list[str] | None = None,
        reason: str | None = None,
    ) -> None:
        self.dimension = dimension
        self.value = value
        self.suggestions = list(suggestions or [])
        self.choices = list(choices or [])
        self.reason = reason
        self.problem = self._problem()
        self.hint = self._hint()
        super().__init__(
            _("{problem}: {hint}").format(problem=self.problem, hint=self.hint)
            if self.hint
            else self.problem
        )

    def _problem(self) -> str:
        shown = quote(self.value)
        known = (_INVALID if self.reason else _UNKNOWN).get(self.dimension)
        if known is not None:
            return _(known).format(value=shown)
        if self.reason:
            return _("invalid {dimension} {value}").format(dimension=self.dimension, value=shown)
        return _("unknown {dimension} {value}").format(dimension=self.dimension, value=shown)

    def _hint(self) -> str | None:
        if self.reason:
            return self.reason
        if self.suggestions:
            return did_you_mean(self.suggestions)
        if self.choices:
            choices = ", ".join(quote(c) for c in self.choices)
            known = _CHOICES.get(self.dimension)
            if known is not None:
                return _(known).format(choices=choices)
            return _("expected one of {choices}").format(choices=choices)
        return None


@dataclass(frozen=True)
class LoadProblem:
    """One thing wrong with a document: what, where, and what to write instead.

    Attributes:
        message: what is wrong, without the location.
        place: where in the document, as ``phases[2].situation`` (``""`` for the root).
        line: the 1-based line in the source, when it can be had.
        column: the 1-based column in the source, when it can be had.
        hint: what to write instead (the closest valid value or key), if any.
    """

    message: str
    place: str = ""
    line: int | None = None
    column: int | None = None
    hint: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The problem as plain JSON-ready data: place, line, column, message, hint."""
        return {
            "place": self.place,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "hint": self.hint,
        }

    def text(self, source: str | None = None, lang: str | None = None) -> str:
        """The problem as a compiler's line: ``file:line:column: error at place: message (hint: ...)``.

        ``lang`` is the language of the frame (``error at``, ``hint``); the
        message and the hint are in the language they were written in.
        """
        words = catalog(lang or current_language()).gettext
        where = source or "<scenario>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.place:
            text = words(_ERROR_AT).format(where=where, place=self.place, message=self.message)
        else:
            text = words(_ERROR).format(where=where, message=self.message)
        if self.hint:
            text = words(_WITH_HINT).format(text=text, hint=self.hint)
        return text


class DocumentError(ScenarioError, ValueError):
    """A scenario document that cannot be loaded, with every problem found in it.

    ``str()`` gives the first problem's whole message, as a compiler would:
    ``file:line:column: error at place: message (hint: ...)``, its words in
    the language of the moment the error was raised. A document refused by
    the loader carries all its problems at once (:attr:`errors`), sorted by
    line, the first being the error itself.

    Attributes:
        message: what is wrong, without the location.
        source: the file name (or ``"<string>"``).
        path: where in the document, as ``phases[2].situation`` (``""`` for the root).
        line: the 1-based line in the source, when it can be had.
        column: the 1-based column in the source, when it can be had.
        hint: what to write instead (the closest valid value or key), if any.
        errors: every problem found (at most :data:`MAX_PROBLEMS`), the first
            being this error's own.
        more: how many more problems were found and left out of :attr:`errors`.

    >>> from scenario.i18n import use_language
    >>> with use_language("fr"):
    ...     print(DocumentError("oups", source="cours.yaml", path="phases[0].id", line=4, hint="un conseil"))
    cours.yaml:4: erreur à phases[0].id : oups (conseil : un conseil)
    >>> with use_language("en"):
    ...     print(DocumentError("oops", source="course.yaml", line=2, column=7))
    course.yaml:2:7: error: oops
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        path: str = "",
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
        errors: Sequence[LoadProblem] = (),
        more: int = 0,
    ) -> None:
        self.message = message
        self.source = source
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint
        own = LoadProblem(message, path, line, column, hint)
        self.errors: tuple[LoadProblem, ...] = tuple(errors) or (own,)
        self.more = more
        self._language = current_language()
        super().__init__(str(self))

    @classmethod
    def collected(
        cls, problems: Sequence[LoadProblem], *, source: str | None = None, more: int = 0
    ) -> DocumentError:
        """The error of a document with these problems (at least one), the first its own."""
        first = problems[0]
        return cls(
            first.message,
            source=source,
            path=first.place,
            line=first.line,
            column=first.column,
            hint=first.hint,
            errors=problems,
            more=more,
        )

    def __str__(self) -> str:
        own = LoadProblem(self.message, self.path, self.line, self.column, self.hint)
        return own.text(self.source, self._language)

    def messages(self) -> list[str]:
        """Every problem as a compiler's line (see :meth:`LoadProblem.text`), and a last
        line counting those left out, if any.

        >>> from scenario.i18n import use_language
        >>> with use_language("en"):
        ...     error = DocumentError.collected(
        ...         [LoadProblem("a", "title", 2, 1), LoadProblem("b", "phases", 3, 1)],
        ...         source="c.yaml", more=4)
        ...     print("\\n".join(error.messages()))
        c.yaml:2:1: error at title: a
        c.yaml:3:1: error at phases: b
        c.yaml: ... and 4 more errors
        """
        if len(self.errors) == 1 and not self.more:
            return [str(self)]  # the one problem, as this kind of error words it
        lines = [problem.text(self.source, self._language) for problem in self.errors]
        if self.more:
            more = catalog(self._language).ngettext(
                "{where}: ... and {count} more error",
                "{where}: ... and {count} more errors",
                self.more,
            )
            lines.append(more.format(where=self.source or "<scenario>", count=self.more))
        return lines


#: At most this many problems of one document are gathered in a DocumentError.
MAX_PROBLEMS = 100

# The words of a DocumentError, looked up in the language of the moment it was raised.
_ERROR_AT = N_("{where}: error at {place}: {message}")
_ERROR = N_("{where}: error: {message}")
_WITH_HINT = N_("{text} (hint: {hint})")


class LanguageError(ScenarioError, ValueError):
    """A language the library does not speak (it speaks ``fr`` and ``en``)."""

    def __init__(self, lang: object) -> None:
        self.lang = lang
        super().__init__(
            _("unknown language {lang}: expected 'fr' or 'en'").format(lang=quote(lang))
        )


class WriteError(ScenarioError, OSError):
    """A file could not be written; the previous file, if any, is left intact."""


class RenderError(ScenarioError, RuntimeError):
    """Graphviz failed to lay out or write a picture; the message holds its stderr."""


class RenderTimeoutError(RenderError):
    """Graphviz ran past the time limit given to it."""


class GraphvizNotFoundError(RenderError, FileNotFoundError):
    """The Graphviz programs (``dot``, ``twopi``) are not installed."""

    def __init__(self, program: str = "dot") -> None:
        super().__init__(
            _(
                "the Graphviz program {program} was not found on PATH. Install Graphviz: "
                "'apt-get install graphviz' (Debian/Ubuntu), 'brew install graphviz' (macOS), "
                "'conda install -c conda-forge graphviz' or https://graphviz.org/download/ "
                "(Windows). The DOT source and the text exports work without it."
            ).format(program=quote(program))
        )


class LearnerDataError(DocumentError):
    """A file of learner data (a completion export, xAPI statements) that cannot be read.

    Its message names the file and the line, never a learner: the value of a
    cell or a statement is not quoted, since it may hold a name or an e-mail.
    """

    def __str__(self) -> str:
        where = self.source or "<data>"
        if self.line is not None:
            text = _("{file}, line {line}: {message}").format(
                file=where, line=self.line, message=self.message
            )
        else:
            text = _("{file}: {message}").format(file=where, message=self.message)
        if self.hint:
            text = _("{message} ({hint})").format(message=text, hint=self.hint)
        return text


class ReadWarning(UserWarning):
    """Something a file read from another tool holds that the scenario keeps differently,
    or cannot keep (a Freeplane icon, a connector between activities): said, never
    dropped in silence. Issued with :func:`warnings.warn`; ``scenario import`` prints
    each one. The message names the file and the place, in the reader's language.
    """


# What the system says when a file cannot be read or written, in the reader's language.
_OS_REASONS = {
    errno.ENOENT: N_("no such file or folder"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.EISDIR: N_("it is a folder, not a file"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.ENOSPC: N_("no space left on the disk"),
    errno.EROFS: N_("the disk is read-only"),
    errno.EEXIST: N_("it exists already"),
    errno.ELOOP: N_("too many symbolic links"),
}


def os_reason(error: BaseException) -> str:
    """Why the system refused to read or write a file, in the reader's language (the
    system's own words for a reason not known here).

    >>> from scenario.i18n import use_language
    >>> with use_language("fr"):
    ...     os_reason(FileNotFoundError(2, "No such file or directory"))
    'fichier ou dossier introuvable'
    """
    code = getattr(error, "errno", None)
    if code in _OS_REASONS:
        return _(_OS_REASONS[code])
    if isinstance(error, ValueError) and "null" in str(error):
        return _("the name holds a NUL character")
    return str(getattr(error, "strerror", None) or error)
