#!/usr/bin/env bash
# Build the one-folder app with PyInstaller (build.spec), then check the frozen program:
# `--version` and `selftest` (offscreen). Prints the bundle size and the time taken.
#
#   scripts/build.sh                          # uses .venv/
#   VENV=/path/to/venv scripts/build.sh
#   PYTHON=/path/to/python scripts/build.sh   # any Python with PyInstaller installed
#
# Exits non-zero if the build or a check fails. Linux and macOS; on Windows (Git Bash) the
# console executable relance-desktop-cli.exe is the one checked (the GUI one has no stdout).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV="${VENV:-.venv}"
if [[ -n "${PYTHON:-}" ]]; then
    PYINSTALLER=("$PYTHON" -m PyInstaller)
elif [[ -x "$VENV/bin/pyinstaller" ]]; then
    PYINSTALLER=("$VENV/bin/pyinstaller")
elif [[ -x "$VENV/Scripts/pyinstaller.exe" ]]; then
    PYINSTALLER=("$VENV/Scripts/pyinstaller.exe")
else
    echo "build.sh: no PyInstaller in $VENV (set VENV or PYTHON)" >&2
    exit 1
fi

case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) EXE=dist/relance-desktop/relance-desktop-cli.exe ;;
    *) EXE=dist/relance-desktop/relance-desktop ;;
esac

# Seconds with decimals where bash has EPOCHREALTIME (bash >= 5), whole seconds otherwise
# (macOS's /bin/bash 3.2; BSD date has no %N).
now() { if [[ -n "${EPOCHREALTIME:-}" ]]; then echo "${EPOCHREALTIME/,/.}"; else date +%s; fi; }

build_start=$(now)
"${PYINSTALLER[@]}" --noconfirm --clean build.spec
build_end=$(now)

echo "== $EXE --version"
version_output=$("$EXE" --version)
echo "$version_output"
version=$(sed -nE "s/^__version__ *= *[\"']([^\"']+)[\"'].*/\1/p" relance_desktop/_version.py)
if [[ "$version_output" != "relance-desktop $version" ]]; then
    echo "build.sh: expected 'relance-desktop $version'" >&2
    exit 1
fi

echo "== $EXE selftest"
# A throwaway RELANCE_HOME: the check must not touch the user's data, logs or settings.
selftest_home=$(mktemp -d)
trap 'rm -rf "$selftest_home"' EXIT
selftest_start=$(now)
QT_QPA_PLATFORM=offscreen RELANCE_HOME="$selftest_home" "$EXE" selftest
selftest_end=$(now)

echo "== bundle"
du -sh dist/relance-desktop
if [[ -d dist/Relance.app ]]; then
    du -sh dist/Relance.app
fi
awk -v b0="$build_start" -v b1="$build_end" -v s0="$selftest_start" -v s1="$selftest_end" \
    'BEGIN { printf "build: %.1f s; frozen selftest, process start to exit: %.2f s\n", b1 - b0, s1 - s0 }'
