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
echo "== pytest (company files on SQLite; GUI offscreen)"
"$BIN/pytest" "$@"
if [ $# -eq 0 ]; then
  # The whole suite again with every company on PostgreSQL (services, windows, journeys, team
  # tests): the run starts its own throwaway server on 127.0.0.1 (initdb + pg_ctl from Debian's
  # postgresql package). Left to the first run: the tests about the company file itself
  # (tests/conftest.py FILE_ONLY) and those that open no company at all.
  echo "== pytest --engine postgres (the suite's companies on a throwaway PostgreSQL server)"
  "$BIN/pytest" --engine postgres
fi
