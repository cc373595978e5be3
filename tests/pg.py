"""A throwaway PostgreSQL cluster for the tests (Debian's ``postgresql`` package).

``initdb`` + ``pg_ctl`` in a temporary folder, listening on 127.0.0.1 on a free port, with
durability off (``fsync=off``): it lives as long as the test run. As root, the server runs as
the ``postgres`` system user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg2

SUPERUSER = "relance_test"


def server_bin(name: str) -> str | None:
    """Where a PostgreSQL server program is (Debian keeps them out of PATH)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    port: int
    as_user: str | None  # the system user running the server (None: ourselves)

    host: str = "127.0.0.1"
    user: str = SUPERUSER
    options: str = ""  # the server's start options (to start it again the same way)

    def connect(self, database: str = "postgres") -> psycopg2.extensions.connection:
        conn = psycopg2.connect(host=self.host, port=self.port, user=self.user, dbname=database)
        conn.autocommit = True
        return conn

    def create_database(self, name: str, template: str | None = None) -> None:
        conn = self.connect()
        try:
            extra = f' TEMPLATE "{template}"' if template else ""
            conn.cursor().execute(f'CREATE DATABASE "{name}"{extra}')
        finally:
            conn.close()

    def drop_database(self, name: str) -> None:
        conn = self.connect()
        try:
            conn.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            conn.close()

    def kill_connections(self, database: str) -> int:
        """End every connection to ``database`` from the server side (as a crash of the
        network or an administrator would): how many were ended."""
        conn = self.connect()
        try:
            cursor = conn.cursor()
            cursor.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                           "WHERE datname = %s AND pid <> pg_backend_pid()", (database,))
            return int(cursor.fetchone()[0])
        finally:
            conn.close()

    def stop_server(self) -> None:
        """Stop the server at once (as a crash would), keeping its data to start it again."""
        _run([server_bin("pg_ctl") or "pg_ctl", "-D", str(self.folder / "data"), "-m",
              "immediate", "-w", "stop"], self.as_user, check=False)

    def start_server(self) -> None:
        _run([server_bin("pg_ctl") or "pg_ctl", "-D", str(self.folder / "data"), "-o",
              self.options, "-l", str(self.folder / "log"), "-w", "start"], self.as_user)

    def stop(self) -> None:
        self.stop_server()
        shutil.rmtree(self.folder, ignore_errors=True)


def _tls_files(folder: Path, tls: tuple[bytes, bytes], as_user: str | None) -> str:
    """Write the server's certificate and key where it reads them (the key readable by the
    server's user alone, as PostgreSQL demands); the options that turn TLS on."""
    cert, key = folder / "server.crt", folder / "server.key"
    cert.write_bytes(tls[0])
    key.write_bytes(tls[1])
    key.chmod(0o600)
    if as_user:
        pw = pwd.getpwnam(as_user)
        for path in (cert, key):
            os.chown(path, pw.pw_uid, pw.pw_gid)
    return f" -c ssl=on -c ssl_cert_file={cert} -c ssl_key_file={key}"


def _run(cmd: list[str], as_user: str | None, *, check: bool = True) -> None:
    if as_user:
        cmd = ["runuser", "-u", as_user, "--", *cmd]
    subprocess.run(cmd, check=check, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def start_cluster(*, durable: bool = False, tls: tuple[bytes, bytes] | None = None) -> Cluster:
    """``durable``: what is committed survives the server being killed (the tests that stop
    the server in the middle of the work); else the faster settings. ``tls``: the server's
    certificate and private key (PEM): TLS on."""
    initdb, pg_ctl = server_bin("initdb"), server_bin("pg_ctl")
    if not (initdb and pg_ctl):
        raise RuntimeError("PostgreSQL's initdb/pg_ctl were not found (Debian: apt-get install "
                           "postgresql)")
    as_user = None
    folder = Path(tempfile.mkdtemp(prefix="relance-pg-"))
    if os.geteuid() == 0:
        as_user = "postgres"
        pw = pwd.getpwnam(as_user)
        os.chown(folder, pw.pw_uid, pw.pw_gid)
    port = _free_port()
    _run([initdb, "-D", str(folder / "data"), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
          "--no-locale", "--no-sync"], as_user)
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c full_page_writes=off")
    if not durable:  # a commit is kept by the server's own memory: lost if it is killed
        options += " -c synchronous_commit=off"
    if tls is not None:
        options += _tls_files(folder, tls, as_user)
    _run([pg_ctl, "-D", str(folder / "data"), "-o", options, "-l", str(folder / "log"), "-w",
          "start"], as_user)
    cluster = Cluster(folder, port, as_user, options=options)
    with contextlib.suppress(Exception):
        cluster.connect().close()
    return cluster
