"""The synopsis written out (:mod:`scenario.render.synopsis`): its blocks as Markdown, or as
one self-contained HTML page, the scenario's own text made inert in both."""

from __future__ import annotations

import html
import re
from typing import Any

from scenario.i18n import _
from scenario.palette import NEUTRAL, PAGE_RULE, PAGE_TEXT

# A block of the document: (kind, payload). Kinds: h1 to h4, p, em, ul (texts), kv (pairs).
Block = tuple[str, Any]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
# Runs of white space but the no-break spaces French typography puts (``5 000``).
_SPACES = re.compile(r"[^\S\u00a0\u202f]+")


def _md(text: str) -> str:
    """User text made inert in Markdown: its markup characters are escaped."""
    return _MD_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", str(text)).strip())


def _kv(payload: Any) -> list[tuple[str, str]]:
    return [(str(k), str(v)) for k, v in payload]


def markdown(blocks: list[Block]) -> str:
    out: list[str] = []
    for kind, payload in blocks:
        if kind in ("h1", "h2", "h3", "h4"):
            out.append("#" * int(kind[1]) + " " + _md(str(payload)))
        elif kind == "em":
            out.append(f"*{_md(str(payload))}*")
        elif kind == "p":
            out.append(_md(str(payload)))
        elif kind == "ul":
            out.append("\n".join(f"- {_md(item)}" for item in _kv_items(payload)))
        elif kind == "kv":
            out.append("\n".join(f"- **{_label(_md(k))}** {_md(v)}" for k, v in _kv(payload)))
        out.append("")
    return "\n".join(out)


def _kv_items(payload: Any) -> list[str]:
    return [str(item) for item in payload]


_STYLE = f"""
body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; color: {PAGE_TEXT}; }}
h1 {{ margin-bottom: 0; }}
h2 {{ border-bottom: 1px solid {PAGE_RULE}; padding-bottom: .2rem; margin-top: 2rem; }}
h3, h4 {{ margin-bottom: .2rem; }}
p.tags {{ color: {NEUTRAL.strong}; margin-top: 0; }}
dl {{ margin: .3rem 0; }} dt {{ font-weight: bold; float: left; margin-right: .4rem; }}
dd {{ margin: 0 0 .2rem 0; }}
""".strip()


def _label(label: str) -> str:
    """A label before its value, with the colon the language wants (``Durée :``)."""
    return _("{label}:").format(label=label)


def html_page(blocks: list[Block], lang: str) -> str:
    esc = html.escape
    title = next((str(p) for k, p in blocks if k == "h1"), "")
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f"<style>\n{_STYLE}\n</style>",
        "</head>",
        "<body>",
    ]
    previous = ""
    for kind, payload in blocks:
        if kind in ("h1", "h2", "h3", "h4"):
            out.append(f"<{kind}>{esc(str(payload))}</{kind}>")
        elif kind == "em":
            out.append(f"<p><em>{esc(str(payload))}</em></p>")
        elif kind == "p":
            css = ' class="tags"' if previous in ("h3", "h4") else ""
            out.append(f"<p{css}>{esc(str(payload))}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in _kv_items(payload)) + "</ul>")
        elif kind == "kv":
            out.append(
                "<dl>"
                + "".join(f"<dt>{_label(esc(k))}</dt><dd>{esc(v)}</dd>" for k, v in _kv(payload))
                + "</dl>"
            )
        previous = kind
    out += ["</body>", "</html>", ""]
    return "\n".join(out)
