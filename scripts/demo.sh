#!/usr/bin/env bash
# The main job on an example: validate a SPOC scenario and draw its mind map.
# Messages in French, as the tool speaks by default.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SCENARIO_EXTRAS="" source scripts/setup.sh   # the runtime alone: no test tools to draw a map
example=examples/spoc-logiciel-paie.yaml
mkdir -p out
echo "== scenario validate $example"
scenario validate "$example"
echo "== scenario render $example -o out/spoc-logiciel-paie.svg"
scenario render "$example" -o out/spoc-logiciel-paie.svg
echo "Carte mentale écrite dans out/spoc-logiciel-paie.svg"
