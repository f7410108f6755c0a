"""``python -m scenario``: the command line."""

import sys

from scenario.cli import main

sys.exit(main())
