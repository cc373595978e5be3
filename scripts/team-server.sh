#!/usr/bin/env bash
# A local PostgreSQL server to try Relance's team mode on one computer.
#
#   bash scripts/team-server.sh [start]   create (first time) and start the server, print how to connect
#   bash scripts/team-server.sh stop      stop it (the data stays)
#   bash scripts/team-server.sh status    is it running?
#
# Needs Debian's `postgresql` package (apt-get install postgresql); its own service may stay off.
# The server listens on 127.0.0.1 only, in a folder of yours (default: the team-server folder in
# Relance's data folder). It gets one database and one login role with a password: the password
# is read from RELANCE_TEAM_PASSWORD, or made up the first time and printed once (Relance keeps
# it in the system keyring when you connect; this script keeps it nowhere).
#
# Settings (environment): RELANCE_TEAM_DIR (folder), RELANCE_TEAM_PORT (default 5433),
# RELANCE_TEAM_DB (default relance), RELANCE_TEAM_USER (default relance),
# RELANCE_TEAM_COMPANY (name of the empty company created in the database; default « Équipe »).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -n "${RELANCE_HOME:-}" ]]; then
    DEFAULT_DIR="$RELANCE_HOME/data/team-server"
else
    DEFAULT_DIR="${XDG_DATA_HOME:-$HOME/.local/share}/Relance/team-server"
fi
DIR="${RELANCE_TEAM_DIR:-$DEFAULT_DIR}"
PORT="${RELANCE_TEAM_PORT:-5433}"
DB="${RELANCE_TEAM_DB:-relance}"
ROLE="${RELANCE_TEAM_USER:-relance}"
COMPANY="${RELANCE_TEAM_COMPANY:-Équipe}"
ACTION="${1:-start}"

die() { echo "team-server: $*" >&2; exit 1; }

[[ "$DB" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "RELANCE_TEAM_DB: lowercase letters, digits and _ only"
[[ "$ROLE" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "RELANCE_TEAM_USER: lowercase letters, digits and _ only"
[[ "$PORT" =~ ^[0-9]{2,5}$ ]] || die "RELANCE_TEAM_PORT: a port number"

find_bin() {
    local name="$1" found
    found="$(command -v "$name" 2>/dev/null || true)"
    if [[ -z "$found" ]]; then
        found="$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)"
    fi
    [[ -n "$found" ]] || die "$name not found: install PostgreSQL (sudo apt-get install postgresql)"
    echo "$found"
}
INITDB="$(find_bin initdb)"
PG_CTL="$(find_bin pg_ctl)"
PSQL="$(find_bin psql)"

# PostgreSQL refuses to run as root: as root, the server runs as the `postgres` system user.
AS=()
SUPER="$(id -un)"
if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the postgres system user"
    AS=(runuser -u postgres --)
    SUPER=postgres
fi
run() { "${AS[@]}" "$@"; }
sql() { run "$PSQL" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U "$SUPER" "$@"; }

status() { run "$PG_CTL" -D "$DIR/data" status >/dev/null 2>&1; }

case "$ACTION" in
stop)
    if status; then run "$PG_CTL" -D "$DIR/data" -m fast -w stop >/dev/null; echo "stopped"; else echo "not running"; fi
    exit 0 ;;
status)
    if status; then echo "running on 127.0.0.1:$PORT ($DIR)"; else echo "not running ($DIR)"; exit 3; fi
    exit 0 ;;
start) ;;
*) die "usage: $0 [start|stop|status]" ;;
esac

NEW_PASSWORD=""
if [[ ! -f "$DIR/data/PG_VERSION" ]]; then
    mkdir -p "$DIR"
    chmod 700 "$DIR"
    [[ ${#AS[@]} -eq 0 ]] || chown postgres: "$DIR"
    # Local socket (in the private folder) for the owner only; TCP with a password (SCRAM).
    run "$INITDB" -D "$DIR/data" -U "$SUPER" -E UTF8 --auth-local=trust --auth-host=scram-sha-256 \
        >"$DIR/initdb.log" 2>&1 || die "initdb failed, see $DIR/initdb.log"
    NEW_PASSWORD="${RELANCE_TEAM_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')}"
fi

if ! status; then
    run "$PG_CTL" -D "$DIR/data" -l "$DIR/server.log" -w \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" start >/dev/null \
        || die "the server did not start, see $DIR/server.log"
fi

if [[ -n "$NEW_PASSWORD" ]]; then
    # psql quotes the password itself (:'pw'): nothing typed is pasted into SQL.
    sql -d postgres -v role="$ROLE" -v pw="$NEW_PASSWORD" -v db="$DB" <<'SQL'
CREATE ROLE :"role" LOGIN CREATEROLE PASSWORD :'pw';
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"role";
SQL
    PY="${RELANCE_PYTHON:-$ROOT/.venv/bin/python}"
    if [[ -x "$PY" ]]; then
        RELANCE_TEAM_PASSWORD="$NEW_PASSWORD" PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}" \
        "$PY" - "$PORT" "$DB" "$ROLE" "$COMPANY" <<'PY'
import os, sys
from relance_desktop.store.server import ServerParams, create_server_company
port, db, role, name = sys.argv[1:]
create_server_company(ServerParams("127.0.0.1", int(port), db, role, "disable"),
                      os.environ["RELANCE_TEAM_PASSWORD"], name=name)
PY
    fi
    echo "Password of $ROLE (shown once, keep it; Relance stores it in your keyring):"
    echo "    $NEW_PASSWORD"
fi

cat <<EOF
Team server running on 127.0.0.1:$PORT (data in $DIR).
In Relance: Fichier › Se connecter à un serveur d'équipe…
    Serveur: 127.0.0.1   Port: $PORT   Base: $DB   Utilisateur: $ROLE
Or move a company file there: Fichier › Déplacer une société…
Stop it with: bash scripts/team-server.sh stop
EOF
