#!/usr/bin/env bash
# Prepares a machine to run Relance from this folder: the Debian/Ubuntu libraries Qt needs,
# a virtual environment in .venv and the project installed in it (with the test tools).
# Sourced by run-demo.sh and test.sh; safe to run again (it only installs what is missing).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${RELANCE_VENV:-$ROOT/.venv}"

# Libraries Qt's widgets need on a bare Debian 12 / Ubuntu (offscreen and xcb platforms),
# fonts with the accents and the € sign, python3-venv, and the tools the tests use to look at
# PDFs as a user would (zbarimg reads the payment QR code; pdftoppm/pdftotext from poppler),
# and the PostgreSQL server the tests start on 127.0.0.1 (a company on a team server).
DEBIAN_PACKAGES=(
  libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxrender1 libsm6 libice6
  fonts-dejavu-core python3-venv
  zbar-tools poppler-utils
  postgresql
)

install_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian/Ubuntu: see README
  local missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      # Ubuntu 24.04 renamed some libraries (libglib2.0-0t64...): accept the new name too.
      dpkg-query -W -f='${Status}' "${pkg}t64" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Missing system packages: ${missing[*]}" >&2
      echo "Install them as root: apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pick_python() {
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 \
      && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "Relance needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)." >&2
  exit 1
}

install_python_packages() {
  if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating the virtual environment in $VENV"
    "$(pick_python)" -m venv "$VENV"
  fi
  local stamp="$VENV/.relance-installed" want
  want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "Installing Relance and its dependencies into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e "$ROOT[dev]"
    echo "$want" > "$stamp"
  fi
}

install_debian_packages
install_python_packages
