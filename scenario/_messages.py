"""The message catalogs and the language of the moment: gettext, and nothing of ours.

This is the lowest module of the package, so that the errors can word their
messages in the reader's language too. Everything else imports these
functions from :mod:`scenario.i18n`, which adds the checked ways to choose
a language and the French ways of writing numbers.
"""

from __future__ import annotations

import gettext
import os
from contextvars import ContextVar
from functools import cache
from importlib import resources

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "N_", "_", "current_language", "ngettext", "pgettext"]

#: The languages the library speaks; the first is the default.
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

#: The gettext domain: the catalogs are ``locale/<lang>/LC_MESSAGES/scenario.mo``.
DOMAIN = "scenario"

#: The language chosen for the current context (None: SCENARIO_LANG, else French).
chosen_language: ContextVar[str | None] = ContextVar("scenario_language", default=None)


def current_language() -> str:
    """The language of the messages now: the one chosen with
    :func:`scenario.i18n.use_language`, else ``SCENARIO_LANG`` when it names a
    language, else French."""
    chosen = chosen_language.get()
    if chosen is not None:
        return chosen
    from_env = os.environ.get("SCENARIO_LANG", "").strip().lower()[:2]
    return from_env if from_env in LANGUAGES else DEFAULT_LANGUAGE


@cache
def catalog(lang: str) -> gettext.NullTranslations:
    """The translations of ``lang`` (English is the language of the code)."""
    if lang == "en":
        return gettext.NullTranslations()
    folder = resources.files("scenario").joinpath("locale")
    with resources.as_file(folder) as localedir:
        return gettext.translation(DOMAIN, localedir=str(localedir), languages=[lang])


def _(message: str) -> str:
    """``message`` in the current language."""
    return catalog(current_language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for ``count``, in the current language
    (French takes the singular for 0 and 1)."""
    return catalog(current_language()).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, where the same English word needs
    another translation in another ``context``."""
    return catalog(current_language()).pgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it now (translate it
    later with :func:`_`, in the language of the reader)."""
    return message
