#!/usr/bin/env bash
# Set up a working environment: Graphviz from the system package manager when
# `dot` is missing, then a virtual environment (.venv) with scenario and its
# development tools. Sourced by demo.sh and test.sh; safe to run again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v dot >/dev/null 2>&1; then
  echo "== Graphviz ('dot') is missing: installing it"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  if command -v apt-get >/dev/null 2>&1; then
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq graphviz >/dev/null
  elif command -v brew >/dev/null 2>&1; then
    brew install graphviz
  elif command -v dnf >/dev/null 2>&1; then
    $SUDO dnf install -y graphviz
  else
    echo "Please install Graphviz (https://graphviz.org/download/) and run again." >&2
    exit 1
  fi
fi

# WeasyPrint (the PDF of the sign-off pack, in the dev extra) needs Pango from the system.
if command -v apt-get >/dev/null 2>&1 && command -v ldconfig >/dev/null 2>&1 \
    && ! ldconfig -p | grep -q "libpangoft2-1.0"; then
  echo "== Pango (for WeasyPrint) is missing: installing it"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null
fi

if [ -z "${VIRTUAL_ENV:-}" ]; then
  if [ ! -x .venv/bin/python ]; then
    echo "== Creating the virtual environment .venv"
    python3 -m venv .venv
  fi
  # shellcheck disable=SC1091
  source .venv/bin/activate
fi
echo "== Installing scenario and its development tools"
python -m pip install -q --upgrade pip
python -m pip install -q -e ".[dev]"
