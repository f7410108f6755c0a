"""Write the example of docs/carte-interactive.md: an example's interactive map and its picture.

Run from the top of the repository:

    python scripts/carte_interactive.py               # docs/exemples/carte-interactive.html
    python scripts/carte_interactive.py --screenshot  # and docs/exemples/carte-interactive.png

The page is the interactive map of ``examples/spoc-excel-soutien.yaml`` in
French: the same bytes for the same code, and a test checks it is up to
date. The picture is taken in headless Chromium (Debian's ``chromium``,
driven by Playwright, which never downloads a browser here); its pixels
depend on the fonts, so the browser tests take it again to a temporary
folder and check it rather than compare it.

:func:`chromium` is how the tests open the browser too: the system's
Chromium (``SCENARIO_CHROMIUM`` to use another), headless, with a new empty
profile, offline, and none of its background traffic.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from scenario._atomic import atomic_write
from scenario.io import load

__all__ = ["CHROMIUM", "EXAMPLE", "FLAGS", "PAGE", "PICTURE", "chromium", "main", "page_html"]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "spoc-excel-soutien.yaml"
PAGE = "carte-interactive.html"
PICTURE = "carte-interactive.png"
#: The browser: Debian's chromium package (``apt-get install -y chromium``).
CHROMIUM = os.environ.get("SCENARIO_CHROMIUM", "/usr/bin/chromium")
#: Headless (Playwright's ``headless=True``), in a container, and quiet: no sandbox (root
#: in CI), no GPU, /tmp rather than a small /dev/shm, no update, sync or other background
#: request, no first-run page.
FLAGS = (
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
)
#: The window of the picture: a laptop screen.
VIEWPORT = {"width": 1400, "height": 820}


def page_html() -> str:
    """The interactive map of the example, as ``scenario render -o carte.html`` writes it."""
    return load(EXAMPLE).interactive_map(lang="fr").html


@contextmanager
def chromium(**options: Any) -> Iterator[Any]:
    """A Playwright browser context on the system's Chromium, with a new empty profile.

    ``options`` go to ``launch_persistent_context`` (``viewport``...).
    """
    if not Path(CHROMIUM).exists():
        raise RuntimeError(
            f"no Chromium at {CHROMIUM}: apt-get install -y chromium (or set SCENARIO_CHROMIUM)"
        )
    from playwright.sync_api import sync_playwright

    options.setdefault("viewport", VIEWPORT)
    with (
        sync_playwright() as playwright,
        tempfile.TemporaryDirectory(prefix="scenario-chromium-") as profile,
    ):
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=list(FLAGS),
            offline=True,
            locale="fr-FR",
            **options,
        )
        try:
            yield context
        finally:
            context.close()


def screenshot(page: Path, out: Path, context: Any = None) -> None:
    """The picture of the docs: ``page`` opened, the card of its detour phase (3) shown.

    ``context``: a browser context of :func:`chromium` already open, else one is opened.
    """
    if context is None:
        with chromium() as opened:
            screenshot(page, out, opened)
        return
    tab = context.new_page()
    try:
        tab.goto(page.resolve().as_uri())
        tab.wait_for_selector("html[data-ready]")
        tab.click('me-tpc[data-nodeid="mep3"]')
        tab.wait_for_selector("#card-p3.is-open")
        tab.screenshot(path=str(out))
    finally:
        tab.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/carte_interactive.py")
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "exemples")
    parser.add_argument("--screenshot", action="store_true", help="also take the picture")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    atomic_write(args.out / PAGE, page_html())
    print(f"wrote {args.out / PAGE}")
    if args.screenshot:
        screenshot(args.out / PAGE, args.out / PICTURE)
        print(f"wrote {args.out / PICTURE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
