"""Notes typed on the call sheet survive the program being killed (at most ~1 s is lost)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from relance_desktop.services import calls
from relance_desktop.store.database import open_company_file
from tests.e2e.crash_typist import FIRST

ROOT = Path(__file__).resolve().parents[2]


def test_a_draft_being_typed_survives_sigkill(demo_path: Path) -> None:
    cf = open_company_file(demo_path)
    customer_id = cf.raw().execute("SELECT MIN(id) FROM customer").fetchone()[0]
    cf.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen([sys.executable, "-m", "tests.e2e.crash_typist", str(demo_path),
                           str(customer_id)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as child:
        try:
            assert child.stdout is not None
            line = child.stdout.readline()
            assert line.startswith("FIRST"), line
            time.sleep(2.0)  # the user goes on typing for two more seconds...
            child.send_signal(signal.SIGKILL)  # ...and the program dies (power cut, crash)
            child.wait(timeout=10)
        finally:
            if child.poll() is None:
                child.kill()
    assert child.returncode == -signal.SIGKILL
    cf = open_company_file(demo_path)
    try:
        draft = calls.open_draft(cf, customer_id)
        assert draft is not None
        assert draft.notes.startswith(FIRST)  # everything typed more than 2 s before the kill
        assert len(draft.notes) > len(FIRST)  # and some of what followed
    finally:
        cf.close()
