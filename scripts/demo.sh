#!/usr/bin/env bash
# The main job on an example: validate a SPOC scenario and draw its mind map.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
example=examples/spoc-logiciel-paie.yaml
mkdir -p out
echo "== scenario validate $example"
scenario validate "$example"
echo "== scenario render $example -o out/spoc-logiciel-paie.svg"
scenario render "$example" -o out/spoc-logiciel-paie.svg
echo "Mind map written to out/spoc-logiciel-paie.svg"
