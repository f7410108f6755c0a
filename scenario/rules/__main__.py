"""``python -m scenario.rules``: print the rule catalog in Markdown (``docs/rules.md``)."""

import sys

from scenario.rules import catalog_markdown

sys.stdout.write(catalog_markdown())
