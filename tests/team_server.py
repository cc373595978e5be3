"""A team server for the tests, started by ``scripts/team-server.sh`` itself: PostgreSQL on
127.0.0.1 with password logins (SCRAM), one database, one role and an empty company in it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.pg import _free_port, server_bin

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "team-server.sh"
PASSWORD = "Mot de passe d'équipe 7!"


@dataclass
class TeamServer:
    folder: Path
    port: int
    database: str = "equipe"
    user: str = "claire"
    password: str = PASSWORD
    output: str = ""


def _env(folder: Path, port: int) -> dict[str, str]:
    return {**os.environ, "RELANCE_TEAM_DIR": str(folder / "server"),
            "RELANCE_TEAM_PORT": str(port), "RELANCE_TEAM_DB": "equipe",
            "RELANCE_TEAM_USER": "claire", "RELANCE_TEAM_PASSWORD": PASSWORD,
            "RELANCE_TEAM_COMPANY": "Cabinet Martin", "RELANCE_PYTHON": sys.executable,
            "PYTHONPATH": str(ROOT)}


@contextmanager
def team_server() -> Iterator[TeamServer]:
    if not (server_bin("initdb") and server_bin("pg_ctl")):
        import pytest

        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    folder = Path(tempfile.mkdtemp(prefix="relance-team-"))
    folder.chmod(0o755)  # as root the server runs as « postgres », which must reach its folder
    port = _free_port()
    env = _env(folder, port)
    done = subprocess.run(["bash", str(SCRIPT), "start"], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    try:
        yield TeamServer(folder, port, output=done.stdout)
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop"], env=env, capture_output=True, timeout=60,
                       check=False)
        shutil.rmtree(folder, ignore_errors=True)
