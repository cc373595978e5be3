#!/usr/bin/env python3
# ruff: noqa: E501  (each mutant is a literal fragment of the migration, kept on one line)
"""Mutation check of the one rule for what is owed (migration 4: invoice_balance and its triggers).

    .venv/bin/python scripts/mutants_balance.py

Each mutant changes the rule in a copy of the project (never this folder) and runs the tests of
balances; a mutant the tests do not catch is printed SURVIVED and the exit code is 1. Tests of a
rule must be able to fail: this proves they do.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTEST = str(Path(sys.executable).with_name("pytest"))
TESTS = ["tests/unit/test_receivables.py", "tests/unit/test_invoices.py",
         "tests/unit/test_queue.py", "tests/unit/test_database.py"]

MUTANTS = [
 ("credit ignored in due", 'i."amount_cents" - i."paid_cents" - i."credited_cents" AS due_cents', 'i."amount_cents" - i."paid_cents" AS due_cents'),
 ("open when exactly paid", 'CASE WHEN i."state" = \'open\' AND i."amount_cents" > i."paid_cents" + i."credited_cents"', 'CASE WHEN i."state" = \'open\' AND i."amount_cents" >= i."paid_cents" + i."credited_cents"'),
 ("state ignored", 'CASE WHEN i."state" = \'open\' AND i."amount_cents" >', 'CASE WHEN 1 = 1 AND i."amount_cents" >'),
 ("delete trigger no-op", '\'UPDATE "invoice" SET "paid_cents" = "paid_cents" - OLD."amount_cents" \'\n    \'WHERE "id" = OLD."invoice_id"; END\',', '\'UPDATE "invoice" SET "paid_cents" = "paid_cents" WHERE "id" = OLD."invoice_id"; END\','),
 ("update trigger old not removed", '\'ON "payment" BEGIN \'\n    \'UPDATE "invoice" SET "paid_cents" = "paid_cents" - OLD."amount_cents" \'', '\'ON "payment" BEGIN \'\n    \'UPDATE "invoice" SET "paid_cents" = "paid_cents" \''),
 ("credit note applied to invoice only", 'WHERE "id" IN (NEW."invoice_id", NEW."credit_id"); END\',\n    \'CREATE TRIGGER "credit_balance_delete"', 'WHERE "id" = NEW."invoice_id"; END\',\n    \'CREATE TRIGGER "credit_balance_delete"'),
 ("dispute on other invoice counts", 'AND (d."invoice_id" IS NULL OR d."invoice_id" = i."id"))', 'AND (1 = 1))'),
 ("promise status ignored", 'WHERE p."status" = \'open\'', 'WHERE 1 = 1'),
 ("owed of credit note positive", 'THEN i."paid_cents" + i."credited_cents" - i."amount_cents"', 'THEN i."amount_cents" - i."paid_cents" - i."credited_cents"'),
]


def main() -> int:
    survived = 0
    with tempfile.TemporaryDirectory(prefix="relance-mutants-") as tmp:
        copy = Path(tmp)
        for part in ("relance_desktop", "tests", "resources", "pyproject.toml"):
            source = ROOT / part
            if source.is_dir():
                shutil.copytree(source, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(source, copy / part)
        target = copy / "relance_desktop/store/migrations/m0004_balance.py"
        original = target.read_text(encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(copy), QT_QPA_PLATFORM="offscreen")
        for name, before, after in MUTANTS:
            if before not in original:
                print("NOT FOUND", name)
                survived += 1
                continue
            target.write_text(original.replace(before, after, 1), encoding="utf-8")
            run = subprocess.run([PYTEST, "-q", "-x", "-p", "no:cacheprovider", *TESTS],
                                 cwd=copy, env=env, capture_output=True, text=True)
            lines = run.stdout.strip().splitlines()
            print("KILLED  " if run.returncode else "SURVIVED", name, "|",
                  lines[-1] if lines else "")
            survived += run.returncode == 0
        target.write_text(original, encoding="utf-8")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
