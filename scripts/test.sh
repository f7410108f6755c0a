#!/usr/bin/env bash
# Set up, then run every check CI runs: lint, format, types, and the tests
# (with the real Graphviz programs and branch coverage of scenario/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
echo "== ruff check";  ruff check scenario tests scripts benchmarks
echo "== ruff format"; ruff format --check scenario tests scripts benchmarks
echo "== mypy";        mypy
echo "== lint-imports"; lint-imports
echo "== catalog";     python scripts/catalog.py --check
echo "== mkdocs";      NO_MKDOCS_2_WARNING=1 mkdocs build --strict -d "$(mktemp -d)"
echo "== pytest"
python -m pytest --cov=scenario --cov-branch --cov-report=term --cov-fail-under=90 "$@"
