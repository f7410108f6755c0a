"""``python -m scenario.rules [--lang fr|en]``: print the rule catalog in Markdown.

The source of ``docs/fr/rules.md`` and ``docs/en/rules.md``::

    python -m scenario.rules --lang fr > docs/fr/rules.md
    python -m scenario.rules --lang en > docs/en/rules.md
"""

import argparse
import sys

from scenario.i18n import LANGUAGES
from scenario.rules import catalog_markdown

parser = argparse.ArgumentParser(prog="python -m scenario.rules")
parser.add_argument("--lang", choices=LANGUAGES, default="en", help="the page's language")
sys.stdout.write(catalog_markdown(lang=parser.parse_args().lang))
