#!/usr/bin/env bash
# One command: set everything up, then run the whole test suite (lint, types, unit, GUI).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
BIN="${RELANCE_VENV:-$ROOT/.venv}/bin"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
echo "== ruff (lint, and Qt kept out of domain/store/services/importers/reports)"
"$BIN/ruff" check .
echo "== mypy (strict on domain/, store/, services/, importers/)"
"$BIN/mypy"
echo "== pytest"
"$BIN/pytest" "$@"
