#!/usr/bin/env bash
# Set up a working environment, safe to run again and again:
#  - Graphviz from the system package manager when `dot` is missing (and, for the dev
#    extra, Chromium when /usr/bin/chromium is missing);
#  - a Python of at least 3.10 with its venv module, or a message saying how
#    to get them (nothing is created until both are there);
#  - the virtual environment .venv, rebuilt when it is broken;
#  - scenario installed in it, again only when pyproject.toml or the extras
#    asked for changed (SCENARIO_EXTRAS: "dev" by default, "" for the runtime
#    alone, as the demo asks).
# Sourced by demo.sh and test.sh; PYTHON=/path/to/python chooses the interpreter.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

EXTRAS="${SCENARIO_EXTRAS-dev}"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

say() { echo "== $*"; }
fail() { echo "scenario setup: $*" >&2; exit 1; }

if ! command -v dot >/dev/null 2>&1; then
  say "Graphviz ('dot') est absent : installation"
  if command -v apt-get >/dev/null 2>&1; then
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq graphviz >/dev/null
  elif command -v dnf >/dev/null 2>&1; then
    $SUDO dnf install -y graphviz
  elif command -v brew >/dev/null 2>&1; then
    brew install graphviz
  else
    fail "installez Graphviz (https://graphviz.org/download/), puis relancez."
  fi
fi

# WeasyPrint (the PDF of the sign-off pack, in the dev extra) needs Pango from the system.
if command -v apt-get >/dev/null 2>&1 && command -v ldconfig >/dev/null 2>&1 \
    && ! ldconfig -p | grep -q "libpangoft2-1.0"; then
  say "Pango (pour WeasyPrint) est absent : installation"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null
fi

# The tests marked `browser` (the interactive map, the documentation site) drive the
# system's Chromium through Playwright, which never downloads a browser here
# (SCENARIO_CHROMIUM names another one): with the dev tools only.
if [[ ",${EXTRAS}," == *",dev,"* ]] && [ -z "${SCENARIO_CHROMIUM:-}" ] \
    && ! command -v chromium >/dev/null 2>&1 && ! [ -x /usr/bin/chromium ] \
    && command -v apt-get >/dev/null 2>&1; then
  say "Chromium (pour les tests dans le navigateur) est absent : installation"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi

# A Python of at least 3.10: $PYTHON if given, else the newest python3.x on PATH.
python_ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' 2>/dev/null; }
PY=""
candidates="python3 python3.13 python3.12 python3.11 python3.10 python"
if [ -n "${PYTHON:-}" ]; then candidates="$PYTHON"; fi
for candidate in $candidates; do
  if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then PY="$candidate"; break; fi
done
if [ -z "$PY" ]; then
  found="$("${PYTHON:-python3}" --version 2>/dev/null || true)"
  fail "scenario demande Python 3.10 ou plus récent (trouvé : ${found:-aucun}). Installez-en un, puis relancez :
  Debian/Ubuntu:  sudo apt-get install python3 python3-venv   (Ubuntu 20.04: sudo apt-get install python3.10 python3.10-venv)
  Fedora:         sudo dnf install python3
  macOS:          brew install python@3.12
  ou choisissez :  PYTHON=/chemin/vers/python3.12 bash ${0##*/}"
fi
version="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"

# Debian and Ubuntu ship the venv module apart: without it `python -m venv`
# leaves a .venv without pip.
if ! "$PY" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  fail "Python $version n'a pas le module venv. Installez-le, puis relancez :
  Debian/Ubuntu:  sudo apt-get install python3-venv   (or python$version-venv)
  Fedora:         sudo dnf install python3-libs
  macOS:          brew reinstall python@$version"
fi

if [ -z "${VIRTUAL_ENV:-}" ]; then
  # A .venv is kept only when its python runs, is 3.10 or newer and has pip.
  if [ -e .venv ] && ! { [ -x .venv/bin/python ] && python_ok .venv/bin/python \
      && .venv/bin/python -m pip --version >/dev/null 2>&1; }; then
    say "L'environnement virtuel .venv est cassé : reconstruction"
    rm -rf .venv
  fi
  if [ ! -e .venv ]; then
    say "Création de l'environnement virtuel .venv (Python $version)"
    "$PY" -m venv .venv || { rm -rf .venv; fail "impossible de créer .venv avec $PY"; }
  fi
  # shellcheck disable=SC1091
  source .venv/bin/activate
fi

# Install again only when what is asked for changed.
stamp="${VIRTUAL_ENV}/.scenario-setup"
wanted="$(python - "$EXTRAS" <<'EOF'
import hashlib, pathlib, sys
digest = hashlib.sha256(pathlib.Path("pyproject.toml").read_bytes()).hexdigest()
print(f"{digest} extras={sys.argv[1]} python={sys.version_info[:2]}")
EOF
)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  target="."
  [ -n "$EXTRAS" ] && target=".[${EXTRAS}]"
  say "Installation de scenario${EXTRAS:+ et de ses outils $EXTRAS} dans ${VIRTUAL_ENV}"
  python -m pip install -q --upgrade pip
  python -m pip install -q -e "$target"
  echo "$wanted" > "$stamp"
else
  say "scenario est installé et à jour dans ${VIRTUAL_ENV}"
fi
