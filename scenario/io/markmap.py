"""The scenario as markmap Markdown: a headings outline that markmap draws as a mind map.

The course is the level-1 heading, each phase a level-2 heading numbered in
path order, its kind, tags, activities and resources list items under it.
Optional YAML front matter carries the title and markmap's options
(``colorFreezeLevel: 2``: each branch keeps one colour). Open the file in
the markmap VS Code extension, on markmap.js.org/repl, or with ``npx
markmap-cli``; it is plain Markdown elsewhere.

Every piece of user text is escaped: Markdown punctuation gets a backslash,
``<``, ``>`` and ``&`` become entities, so a title never turns into a link,
HTML, a formula (markmap renders ``$...$``) or a new heading.

>>> from scenario import Scenario
>>> s = Scenario("Réunions *efficaces*", modality="présentiel")
>>> _ = s.add_phase("intro", "découverte", "<Accroche>", duration="10min")
>>> print(to_markmap(s, front_matter=False))
# Réunions \\*efficaces\\*
<BLANKLINE>
- modalité : présentiel
- durée totale : 10 min
<BLANKLINE>
## 1. &lt;Accroche&gt;
<BLANKLINE>
- découverte
- durée : 10 min
<BLANKLINE>
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from scenario._gc import collector_paused
from scenario.i18n import _, current_language, use_language
from scenario.io._outline import course_facts, one_line, phase_title, tag_name, tags
from scenario.io.formats import Format, register_format
from scenario.learning_path import ordered_phases

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["MARKMAP", "escape_markdown", "to_markmap"]

# Markdown's marks and markmap's extensions: ==mark==, ~sub~, ^sup^, ++ins++, $katex$.
_PUNCTUATION = re.compile(r"([\\`*_\[\]#|~$=^+{}])")
_LEADING_NUMBER = re.compile(r"^(\d+)([.)])")
_LEADING_MARK = re.compile(r"^([-+=])")


def escape_markdown(value: object) -> str:
    """User text made literal in Markdown (and markmap): one line, nothing interpreted.

    >>> escape_markdown("[lien](javascript:x) <b> $x$ 1. # ok")
    '\\\\[lien\\\\](javascript:x) &lt;b&gt; \\\\$x\\\\$ 1. \\\\# ok'
    >>> escape_markdown("- 1986. une année")
    '\\\\- 1986. une année'
    >>> escape_markdown("1986. une année")
    '1986\\\\. une année'
    """
    text = one_line(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _PUNCTUATION.sub(r"\\\1", text)
    text = _LEADING_MARK.sub(r"\\\1", text)
    return _LEADING_NUMBER.sub(r"\1\\\2", text)


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def to_markmap(scenario: Scenario, *, lang: str | None = None, front_matter: bool = True) -> str:
    """The scenario as a markmap Markdown document.

    Args:
        scenario: the course.
        lang: ``"fr"`` or ``"en"``: the words for tags (the values are the grid's);
            None: the current language (:func:`scenario.i18n.use_language`).
        front_matter: start with YAML front matter (title and markmap options).

    Returns:
        Markdown text, the same for the same scenario.

    Raises:
        LanguageError: an unknown ``lang``.
    """
    with use_language(lang):
        return _markmap(scenario, current_language(), front_matter)


def _markmap(scenario: Scenario, lang: str, front_matter: bool) -> str:
    lines: list[str] = []
    if front_matter:
        lines += [
            "---",
            # markmap reads only its options here (its page's <title> is fixed): the title
            # is inert YAML, read back as written.
            f"title: {json.dumps(one_line(scenario.title), ensure_ascii=False)}",
            "markmap:",
            "  colorFreezeLevel: 2",
            "  initialExpandLevel: 3",
            "---",
            "",
        ]
    lines += [f"# {escape_markdown(scenario.title)}", ""]
    facts = course_facts(scenario, lang)
    lines += [f"- {_pair(name, value)}" for name, value in facts]
    if scenario.objectives:
        lines.append(f"- {escape_markdown(tag_name('objectives'))}")
        lines += [f"  - {escape_markdown(o)}" for o in scenario.objectives]
    if facts or scenario.objectives:
        lines.append("")
    for number, phase in enumerate(ordered_phases(scenario), start=1):
        lines += [f"## {number}. {escape_markdown(phase_title(phase))}", ""]
        lines.append(f"- {escape_markdown(phase.kind.label(lang))}")
        lines += [f"- {_pair(name, value)}" for name, value in tags(phase, lang)]
        for key, items in (("activities", phase.activities), ("resources", phase.resources)):
            if items:
                lines.append(f"- {tag_name(key)}")
                lines += [f"  - {escape_markdown(item)}" for item in items]
        lines.append("")
    return "\n".join(lines)


def _pair(name: str, value: str) -> str:
    """``name : value`` (``name: value`` in English), both made literal."""
    return _("{label}: {value}").format(label=escape_markdown(name), value=escape_markdown(value))


def _html(scenario: Scenario) -> str:
    from scenario.io.markmap_html import to_markmap_html

    return to_markmap_html(scenario)


MARKMAP = register_format(
    Format(
        "markmap",
        (".md", ".markdown", ".html"),
        "markmap: Markdown that markmap draws as a mind map, or (.html) the page that draws "
        "it offline",
        dump=to_markmap,
        variants={".html": _html, ".htm": _html},
    )
)
