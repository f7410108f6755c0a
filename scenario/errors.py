"""The exceptions of `scenario`: one root, subclasses named by meaning.

Each subclass also subclasses the builtin that fits, so code that catches
``ValueError`` or ``OSError`` keeps working. This module imports nothing of
ours but the message catalogs (:mod:`scenario._messages`), so every layer can
raise these, their messages in the reader's language.
"""

from __future__ import annotations

from scenario._messages import _

__all__ = [
    "DocumentError",
    "GraphvizNotFoundError",
    "LanguageError",
    "LearnerDataError",
    "RenderError",
    "RenderTimeoutError",
    "ScenarioError",
    "VocabularyError",
    "WriteError",
]


class ScenarioError(Exception):
    """Root of every error raised by `scenario`.

    The command line catches this type and prints its message: anything else
    reaching the user as a traceback is a bug.
    """


class VocabularyError(ScenarioError, ValueError):
    """A word that is not in the CMVRH grid (or a duration that cannot be read).

    Attributes:
        dimension: what the word should have been (``"situation"``...).
        value: the word as given.
        suggestions: the closest valid values, best first.
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
        super().__init__(self._message())

    @property
    def hint(self) -> str | None:
        """The sentence that tells the user what to write instead."""
        if self.reason:
            return self.reason
        if self.suggestions:
            quoted = " or ".join(repr(s) for s in self.suggestions)
            return f"did you mean {quoted}?"
        if self.choices:
            return "expected one of " + ", ".join(repr(c) for c in self.choices)
        return None

    def _message(self) -> str:
        shown = _short(self.value)
        text = f"{'invalid' if self.reason else 'unknown'} {self.dimension} {shown}"
        hint = self.hint
        return f"{text}: {hint}" if hint else text


class DocumentError(ScenarioError, ValueError):
    """A scenario document that cannot be loaded.

    Attributes:
        message: what is wrong, without the location.
        source: the file name (or ``"<string>"``).
        path: where in the document, as ``phases[2].situation`` (``""`` for the root).
        line: the 1-based line in the source, when it can be had.
        hint: what to write instead (the closest valid value or key), if any.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        path: str = "",
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.path = path
        self.line = line
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source or "<scenario>"
        if self.line is not None:
            where += f":{self.line}"
        place = f" at {self.path}" if self.path else ""
        text = f"{where}: error{place}: {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


class LanguageError(ScenarioError, ValueError):
    """A language the library does not speak (it speaks ``fr`` and ``en``)."""

    def __init__(self, lang: object) -> None:
        self.lang = lang
        super().__init__(
            _("unknown language {lang}: expected 'fr' or 'en'").format(lang=_short(lang))
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
            f"the Graphviz program {program!r} was not found on PATH. Install Graphviz: "
            "'apt-get install graphviz' (Debian/Ubuntu), 'brew install graphviz' (macOS), "
            "'conda install -c conda-forge graphviz' or https://graphviz.org/download/ "
            "(Windows). The DOT source and the text exports work without it."
        )


def _short(value: object, limit: int = 40) -> str:
    """Quote a user value for a message without ever dumping a large one whole."""
    text = repr(value)
    if len(text) > limit:
        text = text[: limit - 5] + "...'" if text[0] in "'\"" else text[: limit - 3] + "..."
    return text


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
