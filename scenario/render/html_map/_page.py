"""The page: one HTML file that holds everything, with nothing to fetch.

Mind Elixir's viewer (``scenario/render/vendor/mind-elixir``, with its MIT
licence in a comment before it) and the page's own script and style
(``map.js``, ``map.css``) are inlined; the map's data goes in a
``<script type="application/json">`` block that no browser runs, read with
``JSON.parse``. That JSON is made safe inside HTML: ``<``, ``>`` and ``&``
are written as ``\\u003c``, ``\\u003e``, ``\\u0026`` and every character
outside ASCII as a ``\\u`` escape (U+2028 and U+2029 included), so no text of
the course can close the block or open a tag. A Content-Security-Policy
forbids any request and lets run only the two scripts of the page, by their
hashes: even an injected tag could neither run nor fetch.

>>> json_block({"title": "</script><img src=x onerror=alert(1)> \\u2028 é"})
'{"title":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e \\\\u2028 \\\\u00e9"}'
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from functools import cache
from importlib.resources import files
from typing import Any

from scenario.i18n import _, current_language, format_percent, ngettext
from scenario.palette import (
    BACKGROUND,
    DROP_COLOUR,
    FRAME,
    INK,
    KIND_COLOURS,
    NEUTRAL,
    NO_DATA_COLOUR,
    PAGE_RULE,
    PAGE_TEXT,
    QUIET_TEXT,
    REMEDIATION_COLOUR,
    SEVERITY_COLOURS,
    colour_of,
)
from scenario.render._labels import SEVERITY_SIGNS, completion_bands, severity_of
from scenario.render.html_map._cards import cards
from scenario.render.html_map._facts import MapFacts, plain
from scenario.render.html_map._tree import map_data, severity_words
from scenario.vocabulary import TransitionKind

__all__ = ["LIBRARY", "json_block", "page"]

#: The vendored library: its folder in ``scenario.render`` and its files.
LIBRARY = ("vendor", "mind-elixir")
_SCRIPT, _STYLE, _LICENCE = "MindElixirLite.iife.js", "MindElixirLite.css", "LICENSE"


def json_block(data: Any) -> str:
    """``data`` as JSON that cannot end the ``<script>`` block it sits in (nor any tag)."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@cache
def _asset(*parts: str) -> str:
    found = files("scenario.render").joinpath(*parts).read_text(encoding="utf-8")
    if "</script" in found.lower() or "<!--" in found:
        raise ValueError(f"{'/'.join(parts)} cannot be inlined in a <script> or <style> block")
    return found


def _library_script() -> str:
    licence = _asset(*LIBRARY, _LICENCE).replace("*/", "* /")
    return f"/*! Mind Elixir 5.15.1 (npm mind-elixir), viewer build.\n{licence}*/\n" + _asset(
        *LIBRARY, _SCRIPT
    )


def _hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _variables() -> str:
    pairs = {
        "--background": BACKGROUND,
        "--ink": INK,
        "--neutral": NEUTRAL.strong,
        "--neutral-light": NEUTRAL.light,
        "--frame": FRAME,
        "--page-text": PAGE_TEXT,
        "--page-rule": PAGE_RULE,
        "--quiet": QUIET_TEXT,
        "--remediation": REMEDIATION_COLOUR,
    }
    return ":root{" + "".join(f"{key}:{value};" for key, value in pairs.items()) + "}"


def _theme() -> dict[str, Any]:
    """Mind Elixir's theme, in the palette's colours."""
    return {
        "name": "scenario",
        "type": "light",
        "palette": [colour.strong for colour in KIND_COLOURS.values()],
        "cssVar": {
            "--main-color": INK,
            "--main-bgcolor": BACKGROUND,
            "--color": INK,
            "--bgcolor": BACKGROUND,
            "--root-color": INK,
            "--root-bgcolor": NEUTRAL.light,
            "--root-border-color": NEUTRAL.strong,
            "--selected": NEUTRAL.strong,
            "--accent-color": NEUTRAL.strong,
            "--panel-color": INK,
            "--panel-bgcolor": BACKGROUND,
            "--panel-border-color": FRAME,
            "--topic-padding": "4px 8px",
        },
    }


def _words() -> dict[str, str]:
    return {
        "found_none": _("no phase found"),
        # The forms for one and for several (none has its own message above).
        "found_one": ngettext("{count} phase found", "{count} phases found", 1),
        "found_many": ngettext("{count} phase found", "{count} phases found", 2),
    }


def _legend(facts: MapFacts) -> str:
    e = html.escape
    items = []
    for kind in KIND_COLOURS:
        if any(p.kind is kind for p in facts.ordered):
            colour = colour_of(kind)
            items.append(
                f'<li><span class="swatch" style="background:{colour.light};'
                f'border-color:{colour.strong}"></span>{html.escape(kind.label(facts.lang))}</li>'
            )
    if facts.detours.phases:
        detour = _("detour: a phase only some learners take")
        items.append(
            f'<li><span class="swatch" style="border-style:dashed;border-color:{NEUTRAL.strong}">'
            f"</span>↺ {e(detour)}</li>"
        )
    if any(t.kind is TransitionKind.REMEDIATION for t in facts.scenario.transitions):
        loop = _("remediation")
        items.append(
            f'<li><span class="line" style="border-color:{REMEDIATION_COLOUR}"></span>{e(loop)}</li>'
        )
    severities = {severity_of(f) for found in facts.findings.values() for f in found}
    for severity in ("error", "warning", "info"):
        if severity in severities:
            items.append(
                f'<li style="color:{SEVERITY_COLOURS[severity]}">'
                f"{SEVERITY_SIGNS[severity]} {e(severity_words(severity))}</li>"
            )
    if facts.overlay is not None:
        completion, no_data = _("completion"), _("no data")
        for fill, low, high in completion_bands():
            items.append(
                f'<li><span class="swatch" style="background:{fill};border-color:{FRAME}">'
                f"</span>{e(completion)} {e(low)}–{e(high)}</li>"
            )
        items.append(
            f'<li><span class="swatch" style="background:{NO_DATA_COLOUR};border-color:{FRAME}">'
            f"</span>{e(no_data)}</li>"
        )
        drop = _("▼ drop-off point: {share} or more lost since the phase before").format(
            share=format_percent(100 * facts.overlay.drop_threshold, 0)
        )
        items.append(f'<li style="color:{DROP_COLOUR}">{e(drop)}</li>')
    legend = _("Legend")
    return f'<section class="legend"><h2>{e(legend)}</h2><ul>{"".join(items)}</ul></section>'


def _button(action: str, label: str, text: str | None = None) -> str:
    shown = html.escape(text if text is not None else label)
    return (
        f'<button type="button" data-action="{action}" title="{html.escape(label)}" '
        f'aria-label="{html.escape(label)}">{shown}</button>'
    )


def page(facts: MapFacts, detail: str) -> str:
    """The whole page of the map, the same bytes for the same facts."""
    data = map_data(facts, detail)
    data["theme"] = _theme()
    data["words"] = _words()
    library = _library_script()
    own = _asset("html_map", "map.js")
    csp = (
        "default-src 'none'; "
        f"script-src {_hash(library)} {_hash(own)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    title = plain(facts.scenario.title) or "—"
    e = html.escape
    words = {
        "search": _("Search a phase"),
        "title": _("{title} — interactive map").format(title=title),
        "tools": _("Map tools"),
        "map": _("Map of the scenario"),
        "details": _("Details"),
        "close": _("Close"),
        "cards": _("Details of the course and its phases"),
    }
    tools = "".join(
        [
            f'<label for="search">{e(words["search"])}</label>',
            '<input id="search" type="search" autocomplete="off" spellcheck="false">',
            '<span id="status" role="status" aria-live="polite"></span>',
            _button("unfold", _("Unfold all")),
            _button("fold", _("Fold all")),
            _button("zoom-in", _("Zoom in"), "+"),
            _button("zoom-out", _("Zoom out"), "−"),
            _button("fit", _("Fit to the window")),
            _button("print", _("Print")),
        ]
    )
    help_text = _(
        "Arrow keys: move from node to node (right and left also unfold and fold); Enter or "
        "Space: the details; Escape: close them; + and −: zoom. Drag the map to move it, "
        "Ctrl + wheel to zoom."
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{e(current_language())}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
            f"<title>{e(words['title'])}</title>",
            f"<style>{_asset(*LIBRARY, _STYLE)}</style>",
            f"<style>{_variables()}\n{_asset('html_map', 'map.css')}</style>",
            "<noscript><style>#panel{display:block;position:static;width:auto}"
            ".card{display:block;margin-bottom:1rem}#map{display:none}</style></noscript>",
            "</head>",
            "<body>",
            f'<header class="bar"><h1>{e(title)}</h1>'
            f'<div class="tools" role="toolbar" aria-label="{e(words["tools"])}">{tools}</div>'
            "</header>",
            "<main>",
            f'<div id="map" role="tree" aria-label="{e(words["map"])}"></div>',
            "</main>",
            f'<footer class="below">{_legend(facts)}<p class="help">{e(help_text)}</p></footer>',
            f'<aside id="panel" hidden aria-label="{e(words["details"])}">'
            f'<div class="panel-bar"><button type="button" class="close">{e(words["close"])}</button>'
            f'</div><h2 class="print-only">{e(words["cards"])}</h2>',
            cards(facts),
            "</aside>",
            f'<script type="application/json" id="map-data">{json_block(data)}</script>',
            f"<script>{library}</script>",
            f"<script>{own}</script>",
            "</body>",
            "</html>",
            "",
        ]
    )
