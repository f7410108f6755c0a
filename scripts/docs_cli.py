"""Write the help of every command into its pages, from the parser itself.

In ``docs/fr/cli-help.md`` and ``docs/en/cli-help.md``, the help of each
command (``scenario COMMAND --help``, in the page's language) comes from
:func:`scenario.cli.parser.build_parser`, between two markers::

    <!-- cli-help: validate -->
    ```text
    ...what `scenario validate --help` prints...
    ```
    <!-- /cli-help -->

(``<!-- cli-help: scenario -->`` holds ``scenario --help``). Run it from the
repository's root after changing a command::

    python scripts/docs_cli.py            # rewrite the blocks of both pages
    python scripts/docs_cli.py --check    # exit 1 when a block is stale or missing

A command that has no block in a page is an error: document it in both
languages. The help is formatted 80 columns wide, whatever the terminal.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from scenario._atomic import atomic_write
from scenario.cli._argparse import argparse_speaks_ours
from scenario.cli.parser import build_parser
from scenario.i18n import LANGUAGES, use_language

__all__ = ["PAGES", "WIDTH", "commands", "help_texts", "main", "updated"]

#: Where the pages are: ``{lang}`` is the language.
PAGES = "docs/{lang}/cli-help.md"

#: The width of the help, in columns.
WIDTH = 80

_BLOCK = re.compile(
    r"(?P<open><!-- cli-help: (?P<name>[\w-]+) -->\n)(?P<body>.*?)(?P<close><!-- /cli-help -->)",
    re.DOTALL,
)


@contextmanager
def _columns(width: int) -> Iterator[None]:
    """argparse wraps its help to the terminal's width (``COLUMNS``): fix it."""
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width + 2)  # argparse keeps two columns free
    try:
        yield
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def commands() -> list[str]:
    """Every command of the command line, in the order ``scenario --help`` lists them."""
    return list(_subparsers(build_parser()))


def help_texts(lang: str) -> dict[str, str]:
    """``scenario --help`` (key ``scenario``) and each command's ``--help``, in ``lang``."""
    with use_language(lang), argparse_speaks_ours(), _columns(WIDTH):
        parser = build_parser()
        texts = {"scenario": parser.format_help()}
        for name, sub in _subparsers(parser).items():
            texts[name] = sub.format_help()
    return {name: text.rstrip() + "\n" for name, text in texts.items()}


def updated(page: str, lang: str) -> tuple[str, list[str]]:
    """The page with its help blocks written afresh, and the commands it has no block for."""
    texts = help_texts(lang)

    def block(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in texts:
            raise SystemExit(f"{lang}: <!-- cli-help: {name} --> names no command")
        return f"{match['open']}```text\n{texts[name]}```\n{match['close']}"

    new = _BLOCK.sub(block, page)
    shown = {match["name"] for match in _BLOCK.finditer(page)}
    return new, [name for name in texts if name not in shown]


def main(argv: Sequence[str] | None = None) -> int:
    """Write the blocks of both pages, or with ``--check`` say whether they are up to date."""
    parser = argparse.ArgumentParser(prog="python scripts/docs_cli.py", description=__doc__)
    parser.add_argument("--pages", default=PAGES, help="the pages; {lang} is the language")
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if stale")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        path = Path(args.pages.format(lang=lang))
        current = path.read_text(encoding="utf-8")
        new, missing = updated(current, lang)
        for name in missing:
            print(f"{path}: no <!-- cli-help: {name} --> block: document it", file=sys.stderr)
            status = 1
        if new == current:
            continue
        if args.check:
            print(f"{path} is out of date: run python scripts/docs_cli.py", file=sys.stderr)
            status = 1
        else:
            atomic_write(path, new)
            print(f"wrote {path}")
    return status


if __name__ == "__main__":
    sys.exit(main())
