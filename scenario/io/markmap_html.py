"""The scenario as a markmap page: one HTML file that draws the mind map offline.

``scenario export --to markmap -o carte.html`` (or any ``.html`` name)
writes it: the same tree as the markmap Markdown (:mod:`scenario.io.markmap`:
the course with its facts and objectives, each phase numbered in path
order with its kind, tags, activities and resources), drawn by markmap's
viewer. The scripts are vendored from npm (``markmap-view`` 0.18.12 and
``d3`` 7.9.0, in ``scenario/io/vendor/markmap`` with their licences) and
inlined: the page opens offline, by default, with nothing fetched from a
CDN (markmap's own ``markmap-cli`` needs ``--offline`` for that). A
Content-Security-Policy lets only the page's three scripts run, by their
hashes, and forbids any request.

The tree is built here, not by markmap's Markdown transformer: each text
of the course is escaped as HTML (markmap-view shows a node's content as
HTML), so a title such as ``<img src=x onerror=alert(1)>`` or
``==marqué==`` is shown as written. The tree travels in a ``<script
type="application/json">`` block whose ``<``, ``>`` and ``&`` are ``\\u``
escapes: no text can close it.

>>> from scenario import Scenario
>>> s = Scenario("Réunions <efficaces>", objectives=["animer"])
>>> _ = s.add_phase("intro", "découverte", "Accroche", duration="10min")
>>> page = to_markmap_html(s, lang="en")
>>> page.startswith("<!DOCTYPE html>"), "https://" in page.split("<script")[0]
(True, False)
>>> markmap_tree(s, "en")["children"][-1]["content"]
'1. Accroche'
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from scenario._gc import collector_paused
from scenario.i18n import _, current_language, use_language
from scenario.io._outline import course_facts, one_line, phase_title, tag_name, tags
from scenario.learning_path import ordered_phases

if TYPE_CHECKING:
    from scenario.model import Scenario

__all__ = ["LIBRARIES", "markmap_tree", "to_markmap_html"]

#: The vendored scripts, in the order the page loads them: (file, licence, name and version).
LIBRARIES = (
    ("d3.min.js", "LICENSE.d3", "d3 7.9.0 (npm d3)"),
    ("markmap-view.js", "LICENSE.markmap-view", "markmap-view 0.18.12 (npm markmap-view)"),
)
_FOLDER = ("vendor", "markmap")

_START = """(function () {
  var data = JSON.parse(document.getElementById("markmap-data").textContent);
  var svg = document.getElementById("markmap");
  window.mm = markmap.Markmap.create(svg, {
    colorFreezeLevel: 2, initialExpandLevel: 3, duration: 0, maxWidth: 320
  }, data);
  document.documentElement.setAttribute("data-ready", "");
})();
"""

_STYLE = (
    "html,body{margin:0;height:100%;font-family:sans-serif}"
    "svg#markmap{display:block;width:100vw;height:100vh}"
)


@cache
def _asset(name: str) -> str:
    folder = files("scenario.io").joinpath(_FOLDER[0]).joinpath(_FOLDER[1])
    text = folder.joinpath(name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "<!--" in text:
        raise ValueError(f"{name} cannot be inlined in a <script> block")
    return text


def _scripts() -> list[str]:
    """The vendored scripts, each with its licence in a comment before it, then the start."""
    found = []
    for script, licence, name in LIBRARIES:
        notice = _asset(licence).replace("*/", "* /")
        found.append(f"/*! {name}.\n{notice}*/\n{_asset(script)}")
    return [*found, _START]


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def _node(content: str, children: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"content": html.escape(one_line(content)), "children": children or []}


def markmap_tree(scenario: Scenario, lang: str) -> dict[str, Any]:
    """The tree markmap-view draws: ``{"content", "children"}``, every text escaped as HTML."""
    children = [
        _node(_("{label}: {value}").format(label=name, value=value))
        for name, value in course_facts(scenario, lang)
    ]
    if scenario.objectives:
        children.append(_node(tag_name("objectives"), [_node(o) for o in scenario.objectives]))
    for number, phase in enumerate(ordered_phases(scenario), start=1):
        under = [_node(phase.kind.label(lang))]
        under += [
            _node(_("{label}: {value}").format(label=name, value=value))
            for name, value in tags(phase, lang)
        ]
        for key, items in (("activities", phase.activities), ("resources", phase.resources)):
            if items:
                under.append(_node(tag_name(key), [_node(item) for item in items]))
        children.append(_node(f"{number}. {phase_title(phase)}", under))
    return _node(scenario.title, children)


@collector_paused()  # many objects, all kept to the end (scenario/_gc.py)
def to_markmap_html(scenario: Scenario, *, lang: str | None = None) -> str:
    """The scenario as a self-contained markmap page (see the module's documentation).

    Args:
        scenario: the course.
        lang: ``"fr"`` or ``"en"``: the words of tags and facts; None: the current language.

    Returns:
        The HTML page, the same for the same scenario.
    """
    with use_language(lang):
        language = current_language()
        data = json.dumps(
            markmap_tree(scenario, language), ensure_ascii=True, separators=(",", ":")
        )
        data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        scripts = _scripts()
        policy = (
            "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            f"script-src {' '.join(_hash(s) for s in scripts)}"
        )
        title = html.escape(one_line(scenario.title))
        body = "".join(f"<script>{script}</script>\n" for script in scripts)
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{title}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
            f'<svg id="markmap" role="img" aria-label="{title}"></svg>\n'
            f'<script type="application/json" id="markmap-data">{data}</script>\n'
            f"{body}</body>\n</html>\n"
        )
