"""PyYAML's (and Python's JSON decoder's) words for what is wrong with a text, in the
reader's language.

PyYAML (and libyaml under it) says what stops it in English, in words of
its own making: ``mapping values are not allowed in this context``,
``expected <block end>, but found '-'``. :func:`yaml_problem` gives, for
each problem they are known to say, a sentence a designer reads, from the
message catalog; a problem not known is shown as PyYAML words it.
:func:`json_problem` does the same for the ``json`` module's messages.

>>> from scenario.i18n import use_language
>>> with use_language("fr"):
...     yaml_problem("mapping values are not allowed in this context")
"un « : » suivi d'une espace se trouve là où aucune clé ne peut commencer (ou l'indentation est fausse)"
>>> with use_language("en"):
...     yaml_problem("found character '@' that cannot start any token")
"the character '@' cannot start a value"
>>> yaml_problem("something new")
'something new'
"""

from __future__ import annotations

import re

from scenario.i18n import N_, _

__all__ = ["json_problem", "yaml_problem"]

# Each problem PyYAML's Python parser or libyaml says, the way it says it, and its sentence.
_KNOWN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), message)
    for pattern, message in (
        (
            r"mapping values are not allowed (here|in this context)|found unexpected ':'",
            N_(
                "a ':' followed by a space stands where no key can start (or the indentation is wrong)"
            ),
        ),
        (
            r"(block )?sequence entries are not allowed (here|in this context)",
            N_("a list item '-' stands where no list can start: the indentation is wrong"),
        ),
        (
            r"expected <block end>, but found|did not find expected key"
            r"|did not find expected '-' indicator",
            N_("a line is not aligned with the keys or the items around it"),
        ),
        (
            r"expected ',' or '\]'|did not find expected ',' or '\]'",
            N_("a list in brackets [...] is not closed, or two of its items lack a comma"),
        ),
        (
            r"expected ',' or '\}'|did not find expected ',' or '\}'",
            N_("a mapping in braces {...} is not closed, or two of its entries lack a comma"),
        ),
        (
            r"found character '(?P<char>.+)' that cannot start any token",
            N_("the character {char} cannot start a value"),
        ),
        (
            r"found character that cannot start any token",
            N_("a character that cannot start a value (such as @, ` or a tab)"),
        ),
        (
            r"found unexpected end of stream",
            N_("the text ends inside a quoted value: a quote is not closed"),
        ),
        (r"found undefined alias", N_("an alias (*name) names no anchor (&name)")),
        (
            r"found unknown escape character",
            N_("an unknown escape sequence (a backslash) in a value between double quotes"),
        ),
        (
            r"expected '<document start>', but found|did not find expected <document start>",
            N_("the document goes on after its end: a closing bracket or a line too many"),
        ),
        (
            r"but found another document",
            N_("the file holds more than one document (a line '---' inside it)"),
        ),
        (r"found duplicate %?YAML directive", N_("the %YAML directive is given twice")),
        (r"could not find expected ':'", N_("a key has no ':' after it")),
        (r"did not find expected node content", N_("a value is missing where one is expected")),
        (r"found a tab character", N_("a tab is used to indent")),
        (
            r"could not determine a constructor for the tag '(?P<tag>[^']*)'",
            N_("the tag {tag} is not used in scenario documents"),
        ),
        (
            r"did not find expected alphabetic or numeric character",
            N_("the name of an anchor or an alias (&name, *name) is missing or malformed"),
        ),
        (
            r"did not find expected comment or line break",
            N_("text follows a value on its line where only a comment may"),
        ),
        (r"found undefined tag handle", N_("an unknown tag handle (!name!)")),
        (
            r"found unhashable key|found unacceptable key|expected a mapping node, but found",
            N_("a key is a list or a mapping: a key must be a word or a text"),
        ),
        (
            r"expected a mapping( or list of mappings)? for merging",
            N_("a merge key '<<' must name a mapping, or a list of mappings"),
        ),
        (r"found duplicate anchor", N_("the same anchor (&name) is given twice")),
        (
            r"expected a comment or a line break",
            N_("text follows a value on its line where only a comment may"),
        ),
        (
            r"expected alphabetic or numeric character",
            N_("the name of an anchor or an alias (&name, *name) is missing or malformed"),
        ),
        (
            r"found incompatible YAML document",
            N_("the %YAML directive asks for a version of YAML that cannot be read"),
        ),
        (
            r"expected ' ', but found|found unknown directive|expected a directive name",
            N_("a malformed directive (a line starting with %)"),
        ),
    )
)


def yaml_problem(problem: str, char: str = "") -> str:
    """What PyYAML says is wrong, as a sentence of the current language.

    Args:
        problem: PyYAML's ``problem`` (or ``context``) text.
        char: the character where it stopped, when known (for libyaml's
            ``found character that cannot start any token``).
    """
    for pattern, message in _KNOWN:
        found = pattern.search(problem)
        if found is None:
            continue
        named = found.groupdict()
        if "{tag}" in message:
            return _(message).format(tag=named["tag"].replace("tag:yaml.org,2002:", "!!"))
        if "{char}" in message:
            return _(message).format(char=repr(named.get("char") or char))
        if char and "cannot start" in problem:
            return _("the character {char} cannot start a value").format(char=repr(char))
        return _(message)
    return problem


# What the json module says (the start of its message), and its sentence.
_JSON: tuple[tuple[str, str], ...] = (
    ("Expecting ',' delimiter", N_("a comma is missing between two values")),
    ("Expecting ':' delimiter", N_("a ':' is missing after a key")),
    (
        "Expecting property name enclosed in double quotes",
        N_("a key must be written between double quotes (or a comma is left before '}')"),
    ),
    ("Expecting value", N_("a value is missing (or a comma is left before ']')")),
    ("Extra data", N_("the document goes on after its end")),
    ("Invalid \\escape", N_("an unknown escape sequence (a backslash) in a text")),
    ("Invalid control character", N_("a line break or a tab inside a text between quotes")),
    ("Unterminated string", N_("a text between quotes is not closed")),
)


def json_problem(problem: str) -> str:
    """What the json module says is wrong, as a sentence of the current language.

    >>> from scenario.i18n import use_language
    >>> with use_language("en"):
    ...     json_problem("Expecting ':' delimiter"), json_problem("something new")
    ("a ':' is missing after a key", 'something new')
    """
    for start, message in _JSON:
        if problem.startswith(start):
            return _(message)
    return problem
