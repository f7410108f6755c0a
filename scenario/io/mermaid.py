"""The scenario as a Mermaid ``mindmap`` diagram (GitHub, GitLab, Notion and Obsidian draw it).

The course is the round root, each phase a branch numbered in path order,
with its kind and tags and, under it, its activities. Mermaid gives each
branch its own colour and its children inherit it.

Mermaid reads structure from indentation and shapes from brackets, so every
node is written ``id["text"]`` with a generated id, and the text is made
inert: one line, ``"``, ``#``, ``<``, ``>``, ``&``, the Markdown marks
``*``, ``_``, ``~`` and backticks, and ``%``, ``{``, ``}`` as Mermaid entity
codes (``#quot;``, ``#42;``...), so a title cannot close its node, start a
new one, add an icon or class, carry HTML (``<script>``), turn bold, or
hold a directive (``%%{init: ...}%%``, which Mermaid reads anywhere in the
text). A ``click`` or ``style`` line cannot be started: every label is
quoted on its node's own line.

>>> from scenario import Scenario
>>> s = Scenario('Réunions "efficaces"')
>>> _ = s.add_phase("intro", "découverte", "Accroche ::icon(x)", group="seul")
>>> print(to_mermaid(s))
mindmap
  root(("Réunions #quot;efficaces#quot;"))
    p1["1. Accroche ::icon(x)"]
      p1t["découverte · groupe : seul"]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scenario._gc import collector_paused
from scenario._text import quote
from scenario.i18n import _, current_language, use_language
from scenario.io._outline import one_line, phase_title, tags
from scenario.io.formats import Format, register_format
from scenario.learning_path import ordered_phases

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["MERMAID", "escape_mermaid", "to_mermaid"]

# Mermaid reads node text as Markdown (GitHub turned it on): *, _, ~ and backticks too.
_ENTITIES = {
    "#": "#35;",
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "&": "#amp;",
    "`": "#96;",
    "*": "#42;",
    "_": "#95;",
    "~": "#126;",
    # %%{init: ...}%% is a directive wherever it stands in the text: no % or brace is left.
    "%": "#37;",
    "{": "#123;",
    "}": "#125;",
}


def escape_mermaid(value: object) -> str:
    """User text made inert inside a quoted Mermaid node label.

    >>> escape_mermaid('a"] --> b <script> #1')
    'a#quot;] --#gt; b #lt;script#gt; #35;1'
    """
    return "".join(_ENTITIES.get(char, char) for char in one_line(value))


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def to_mermaid(scenario: Scenario, *, lang: str | None = None, detail: str = "activities") -> str:
    """The scenario as the text of a Mermaid ``mindmap``.

    Args:
        scenario: the course.
        lang: ``"fr"`` or ``"en"``: the words of kinds and tags (None: the current
            language, see :func:`scenario.i18n.use_language`).
        detail: ``"phases"``, ``"tags"`` or ``"activities"``, as for the mind map.

    Returns:
        Mermaid text, the same for the same scenario.

    Raises:
        LanguageError: an unknown ``lang`` (a ``ValueError``).
        ValueError: an unknown ``detail``.
    """
    with use_language(lang):
        if detail not in _DETAILS:
            raise ValueError(
                _("{option} must be one of {choices} (got {value})").format(
                    option="detail", choices=", ".join(_DETAILS), value=quote(detail)
                )
            )
        return _mermaid(scenario, current_language(), detail)


_DETAILS = ("phases", "tags", "activities")


def _mermaid(scenario: Scenario, lang: str, detail: str) -> str:
    lines = ["mindmap", f'  root(("{escape_mermaid(scenario.title)}"))']
    for number, phase in enumerate(ordered_phases(scenario), start=1):
        lines.append(f'    p{number}["{number}. {escape_mermaid(phase_title(phase))}"]')
        if detail == "phases":
            continue
        words = [phase.kind.label(lang)] + [
            _("{label}: {value}").format(label=name, value=value)
            for name, value in tags(phase, lang)
        ]
        lines.append(f'      p{number}t["{escape_mermaid(" · ".join(words))}"]')
        if detail == "activities":
            for index, activity in enumerate(phase.activities, start=1):
                lines.append(f'      p{number}a{index}("{escape_mermaid(activity)}")')
    return "\n".join(lines) + "\n"


MERMAID = register_format(
    Format(
        "mermaid",
        (".mmd", ".mermaid"),
        "a Mermaid mindmap diagram (GitHub, GitLab, Notion, Obsidian)",
        dump=to_mermaid,
    )
)
