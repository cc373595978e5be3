#!/usr/bin/env bash
# One command: set everything up, then open Relance on the demo company.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
exec "${RELANCE_VENV:-$ROOT/.venv}/bin/relance-desktop" --demo "$@"
