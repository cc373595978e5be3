"""Opening, creating and migrating company files: a refused file is never modified."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee
import pytest

from relance_desktop.errors import CompanyFileError
from relance_desktop.services.demo import create_demo
from relance_desktop.store import database
from relance_desktop.store.database import (
    APPLICATION_ID,
    classify_sqlite_error,
    create_company_file,
    open_company_file,
    read_header,
)
from relance_desktop.store.migrations import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    MigrationConnection,
)
from relance_desktop.store.models import Company, Customer, Invoice
from relance_desktop.store.session import NoSessionError
from tests.helpers import TODAY, sha256, sidecars


def _pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


# -- files that must be refused, untouched ----------------------------------------------------
def _text_file(tmp_path: Path) -> Path:
    path = tmp_path / "clients.relance"
    path.write_text("Client;Facture;Montant\nDupont;F2026-001;1 234,56\n" * 20, encoding="utf-8")
    return path


def _short_text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.relance"
    path.write_text("à rappeler lundi\n", encoding="utf-8")
    return path


def _empty_file(tmp_path: Path) -> Path:
    path = tmp_path / "vide.relance"
    path.write_bytes(b"")
    return path


def _truncated_file(tmp_path: Path) -> Path:
    # A demo file has been opened in WAL mode and written to: the realistic case of a copy
    # interrupted half-way (USB stick pulled out, sync client).
    path = create_demo(tmp_path / "coupé.relance", TODAY)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _newer_file(tmp_path: Path) -> Path:
    path = create_company_file(tmp_path / "futur.relance", name="Futur SA")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    return path


def _foreign_sqlite_file(tmp_path: Path) -> Path:
    path = tmp_path / "autre appli.relance"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE company (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO company (name) VALUES ('Pas Relance')")
    conn.commit()
    conn.close()
    return path


BAD_FILES: dict[str, Callable[[Path], Path]] = {
    "text": _text_file,
    "short-text": _short_text_file,
    "empty": _empty_file,
    "truncated": _truncated_file,
    "newer-version": _newer_file,
    "sqlite-not-relance": _foreign_sqlite_file,
}


@pytest.mark.parametrize("make", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_file_is_refused_and_left_untouched(
    tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    path = make(tmp_path)
    before = sha256(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(CompanyFileError) as info:
        open_company_file(path)

    assert str(path) in info.value.render()
    assert sha256(path) == before
    assert sidecars(path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no backup, no temp


def test_truncated_file_says_it_is_incomplete(tmp_path: Path) -> None:
    path = _truncated_file(tmp_path)
    with pytest.raises(CompanyFileError, match="incomplet"):
        open_company_file(path)


def test_newer_file_asks_to_update_relance(tmp_path: Path) -> None:
    path = _newer_file(tmp_path)
    with pytest.raises(CompanyFileError, match="version plus récente") as info:
        open_company_file(path)
    assert f"format {SCHEMA_VERSION + 1}" in info.value.render()


def test_missing_file_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "absent.relance"
    with pytest.raises(CompanyFileError, match="n'existe pas") as info:
        open_company_file(path)
    assert str(path) in info.value.render()
    assert not path.exists()
    assert sidecars(path) == []


def test_directory_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dossier.relance"
    path.mkdir()
    with pytest.raises(CompanyFileError) as info:
        open_company_file(path)
    assert str(path) in info.value.render()
    assert list(path.iterdir()) == []
    assert sidecars(path) == []


@contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """Make ``path`` read-only for this process, root included (root ignores mode bits)."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root without chattr: cannot make a file read-only")
    done = subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"running as root and chattr +i failed: {done.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def test_read_only_file_is_refused_and_left_untouched(company_path: Path) -> None:
    before = sha256(company_path)
    with _read_only(company_path):
        with pytest.raises(CompanyFileError, match="lecture seule") as info:
            open_company_file(company_path)
        assert str(company_path) in info.value.render()
        assert sha256(company_path) == before
        assert sidecars(company_path) == []


def test_read_header_of_a_fresh_file(company_path: Path) -> None:
    header = read_header(company_path)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION
    assert header.size_valid


# -- creating ---------------------------------------------------------------------------------
def test_create_refuses_an_existing_file(company_path: Path) -> None:
    before = sha256(company_path)
    listing = sorted(p.name for p in company_path.parent.iterdir())
    with pytest.raises(CompanyFileError, match="existe déjà") as info:
        create_company_file(company_path, name="Autre SARL")
    assert str(company_path) in info.value.render()
    assert sha256(company_path) == before
    assert sorted(p.name for p in company_path.parent.iterdir()) == listing


def test_create_in_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "nulle part"
    with pytest.raises(CompanyFileError, match="dossier") as info:
        create_company_file(folder / "x.relance", name="X")
    assert str(folder) in info.value.render()
    assert not folder.exists()


def test_create_leaves_nothing_behind_when_it_fails(tmp_path: Path) -> None:
    folder = tmp_path / "sociétés"
    folder.mkdir()
    with pytest.raises(peewee.IntegrityError):
        create_company_file(folder / "x.relance", name=None)  # a bug in the caller
    assert list(folder.iterdir()) == []


def test_create_on_a_full_disk_is_a_message_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(database.os, "replace", full)
    with pytest.raises(CompanyFileError, match="disque est plein") as info:
        create_company_file(tmp_path / "x.relance", name="X")
    assert str(tmp_path / "x.relance") in info.value.render()
    assert list(tmp_path.iterdir()) == []


def test_create_in_a_folder_one_may_not_write_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(CompanyFileError, match="lecture seule") as info:
        create_company_file(tmp_path / "x.relance", name="X")
    assert str(tmp_path / "x.relance") in info.value.render()
    assert list(tmp_path.iterdir()) == []


def _sqlite_error(tmp_path: Path, situation: str) -> sqlite3.Error:
    """A real error from SQLite in ``situation`` (its code, not its English text, is read)."""
    db = tmp_path / "x.sqlite"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()
    try:
        if situation == "locked":
            holder = sqlite3.connect(db, isolation_level=None)
            holder.execute("BEGIN EXCLUSIVE")
            sqlite3.connect(db, timeout=0).execute("INSERT INTO t VALUES (1)")
        elif situation == "read-only":
            conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
            conn.execute("INSERT INTO t VALUES (1)")
        elif situation == "not-a-database":
            (tmp_path / "text.relance").write_bytes(b"hello " * 200)
            sqlite3.connect(tmp_path / "text.relance").execute("SELECT * FROM sqlite_master")
        elif situation == "cannot-open":
            sqlite3.connect(tmp_path / "missing" / "x.relance")
        elif situation == "bug":
            sqlite3.connect(db).execute("SELECT * FROM no_such_table")
    except sqlite3.Error as exc:
        return exc
    raise AssertionError(f"no error for {situation}")


@pytest.mark.parametrize(
    ("situation", "words"),
    [
        ("locked", "verrouillé"),
        ("read-only", "lecture seule"),
        ("not-a-database", "endommagé"),
        ("cannot-open", "Impossible d'ouvrir"),
    ],
)
def test_sqlite_errors_become_messages_by_their_code(
    tmp_path: Path, situation: str, words: str
) -> None:
    mapped = classify_sqlite_error(_sqlite_error(tmp_path, situation), "/data/Société.relance")
    assert mapped is not None
    assert words in mapped.render()
    assert "/data/Société.relance" in mapped.render()


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "plein"),
        (PermissionError(errno.EACCES, "Permission denied"), "lecture seule"),
        (OSError(errno.EROFS, "Read-only file system"), "lecture seule"),
    ],
)
def test_os_errors_become_messages(exc: BaseException, words: str) -> None:
    mapped = classify_sqlite_error(exc, "/data/Société.relance")
    assert mapped is not None
    assert words in mapped.render()


def test_a_full_disk_is_told_from_its_code() -> None:
    exc = sqlite3.OperationalError("whatever the text says")
    exc.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    mapped = classify_sqlite_error(exc, "f")
    assert mapped is not None and "plein" in mapped.render()


def test_bugs_are_not_turned_into_messages(tmp_path: Path) -> None:
    assert classify_sqlite_error(_sqlite_error(tmp_path, "bug"), "f") is None
    # a message that merely reads like an environment error is not one
    assert classify_sqlite_error(sqlite3.OperationalError("database is locked"), "f") is None


def test_created_file_holds_the_company(company_path: Path) -> None:
    with open_company_file(company_path) as cf:
        assert cf.company.name == "Test SARL"
        assert cf.company.country == "FR"
        assert cf.company.payment_terms_days == 30
        assert cf.display_name == "Test SARL"


# -- an open file -----------------------------------------------------------------------------
@pytest.mark.sqlite_only
def test_open_file_uses_wal_and_foreign_keys(cf: database.CompanySession) -> None:
    assert cf.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert cf.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_foreign_keys_are_enforced(cf: database.CompanySession) -> None:
    with pytest.raises(peewee.IntegrityError):
        Invoice.create(
            customer=9999, number="F1", issue_date=TODAY, due_date=TODAY, amount_cents=100
        )


def test_closing_leaves_a_single_self_contained_file(company_path: Path) -> None:
    cf = open_company_file(company_path)
    with cf.use():
        Customer.create(name="Boulangerie Martin")
    cf.close()
    assert sidecars(company_path) == []
    conn = sqlite3.connect(f"{company_path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT name FROM customer").fetchall() == [("Boulangerie Martin",)]
    conn.close()


def _two_companies(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO company SELECT NULL, 'Intrus', country, language, street, postcode, city, "
        "company_number, vat_number, iban, bic, email, phone, payment_terms_days, currency, "
        "logo, signature, letter_settings, created_at FROM company"
    )
    conn.commit()
    conn.close()


def _no_company(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM company")
    conn.commit()
    conn.close()


def _no_company_table(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE company")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "damage", [_two_companies, _no_company, _no_company_table], ids=["two", "none", "no-table"]
)
def test_relance_file_without_one_company_is_refused_untouched(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    # The file was used (WAL mode) before it lost its company row.
    path = create_demo(tmp_path / "Démo.relance", TODAY)
    damage(path)
    before = sha256(path)
    with pytest.raises(CompanyFileError, match="n'est pas un fichier Relance") as info:
        open_company_file(path)
    assert str(path) in info.value.render()
    assert sha256(path) == before
    assert sidecars(path) == []


# -- migrations -------------------------------------------------------------------------------
def _add_customer_rating(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE customer ADD COLUMN rating INTEGER NOT NULL DEFAULT 0")
    conn.execute("UPDATE customer SET rating = 3")


def _half_done_then_fails(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE customer ADD COLUMN rating INTEGER NOT NULL DEFAULT 0")
    conn.execute("UPDATE company SET name = 'abîmé'")
    raise RuntimeError("migration 2 is broken")


def _with_migration(monkeypatch: pytest.MonkeyPatch, migration: Migration) -> None:
    monkeypatch.setattr(database, "MIGRATIONS", (*MIGRATIONS, migration))
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)


def _columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
    finally:
        conn.close()


def _backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.*.bak"))


@pytest.mark.parametrize("name", ["Test SARL.relance", "Société n°2 #1 (50 %?).relance"])
def test_migration_keeps_a_backup_then_upgrades(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    path = create_company_file(tmp_path / name, name="Test SARL")
    with open_company_file(path):
        Customer.create(name="Boulangerie Martin")
    _with_migration(monkeypatch, _add_customer_rating)

    with open_company_file(path) as cf:
        assert cf.company.name == "Test SARL"
        assert cf.tuples("SELECT name, rating FROM customer") == [
            ("Boulangerie Martin", 3)
        ]
    assert _pragma(path, "user_version") == SCHEMA_VERSION + 1

    (backup,) = _backups(path)
    assert backup.parent == path.parent
    assert _pragma(backup, "user_version") == SCHEMA_VERSION
    assert _pragma(backup, "application_id") == APPLICATION_ID
    assert "rating" not in _columns(backup, "customer")
    with open_company_file(backup) as old:  # the backup itself opens (and is migrated)
        assert old.tuples("SELECT name FROM customer") == [
            ("Boulangerie Martin",)
        ]
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_failed_migration_changes_nothing(
    company_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_company_file(company_path):
        Customer.create(name="Boulangerie Martin")
    before = sha256(company_path)
    _with_migration(monkeypatch, _half_done_then_fails)

    with pytest.raises(RuntimeError, match="migration 2 is broken"):
        open_company_file(company_path)

    assert sha256(company_path) == before
    assert sidecars(company_path) == []
    assert _pragma(company_path, "user_version") == SCHEMA_VERSION
    assert "rating" not in _columns(company_path, "customer")
    assert len(_backups(company_path)) == 1
    with pytest.raises(RuntimeError, match="migration 2 is broken"):
        open_company_file(company_path)  # tried again: still one backup, nothing left over
    assert [p.name for p in _backups(company_path)] == [f"Test SARL.v{SCHEMA_VERSION}.relance.bak"]
    assert sorted(p.name for p in company_path.parent.iterdir()) == [
        "Test SARL.relance", f"Test SARL.v{SCHEMA_VERSION}.relance.bak"]
    monkeypatch.undo()
    with open_company_file(company_path) as cf:  # still opens with this version
        assert cf.company.name == "Test SARL"
        assert [c.name for c in Customer.select()] == ["Boulangerie Martin"]
        assert Company.select().count() == 1


def test_up_to_date_file_is_opened_without_backup(company_path: Path) -> None:
    with open_company_file(company_path):
        pass
    assert _backups(company_path) == []


def test_a_version_1_file_with_invoices_is_upgraded_and_keeps_them(tmp_path: Path) -> None:
    """A company file made by the first release opens in this one, with a backup kept."""
    import sqlite3

    from relance_desktop.store.migrations import m0001_initial

    path = tmp_path / "Ancienne.relance"
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA application_id = {database.APPLICATION_ID}")
    conn.execute("BEGIN")
    m0001_initial.up(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    stamp = "2026-01-05 09:00:00"
    conn.execute(
        "INSERT INTO company (name, country, language, street, postcode, city, company_number, "
        "vat_number, iban, bic, email, phone, payment_terms_days, currency, signature, "
        "letter_settings, created_at) VALUES ('Vieille SARL','FR','fr','','','','','','','','',"
        f"'',30,'EUR','','{{}}','{stamp}')")
    conn.execute(
        "INSERT INTO customer (id, account, name, kind, country, language, company_number, "
        "vat_number, street, postcode, city, email, phone, mobile, preferred_channel, call_hours,"
        " approver, po_required, payment_run_days, tags, notes, archived, created_at, "
        f"updated_at) VALUES (1,'','Client','business','FR','fr','','','','','','','','','phone',"
        f"'','',0,'','','',0,'{stamp}','{stamp}')")
    conn.execute(
        "INSERT INTO invoice (customer_id, number, issue_date, due_date, amount_cents, currency, "
        "description, state, source, dunning_level, contractual_rate, created_at, updated_at) "
        f"VALUES (1,'F1','2026-01-05','2026-02-04',12345,'EUR','','open','manual',0,'',"
        f"'{stamp}','{stamp}')")
    conn.close()
    with database.open_company_file(path) as cf:
        assert cf.scalar("PRAGMA user_version") == database.SCHEMA_VERSION
        row = cf.one("SELECT number, amount_cents, external_key FROM invoice")
        assert row == ("F1", 12345, "")
    backups = list(tmp_path.glob("Ancienne.*.bak"))
    assert [b.name for b in backups] == ["Ancienne.v1.relance.bak"]
    with sqlite3.connect(str(backups[0])) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1


def test_two_company_files_open_side_by_side_each_see_their_own_data(tmp_path: Path) -> None:
    a_path = create_company_file(tmp_path / "A.relance", name="Atelier A", country="FR")
    b_path = create_company_file(tmp_path / "B.relance", name="Brasserie B", country="BE")
    a, b = open_company_file(a_path), open_company_file(b_path)
    try:
        with a.use():
            Customer.create(name="Client de A")
        with b.use():
            Customer.create(name="Client de B")
            Customer.create(name="Autre client de B")
        assert (a.company.name, b.company.name) == ("Atelier A", "Brasserie B")
        with a.use():
            assert [c.name for c in Customer.select()] == ["Client de A"]
            with b.use():  # nested: the inner session wins, then the outer one is back
                assert Customer.select().count() == 2
            assert Customer.select().count() == 1
        assert [r.name for r in b.rows("SELECT name FROM customer ORDER BY name")] == [
            "Autre client de B", "Client de B"]
    finally:
        a.close()
        b.close()


def test_a_model_used_with_no_session_is_a_bug_not_another_file(company_path: Path) -> None:
    with open_company_file(company_path):
        pass
    with pytest.raises(NoSessionError):
        Customer.select().count()


@pytest.mark.sqlite_only
def test_a_version_3_file_is_migrated_with_its_payments_in_the_balance(tmp_path: Path) -> None:
    """Migration 4 adds the balance columns kept by triggers: payments made before count."""
    path = tmp_path / "Ancienne.relance"
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for up in MIGRATIONS[:3]:
        up(MigrationConnection(conn, "sqlite"))
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO company (name, country, language, street, postcode, city, "
                 "company_number, vat_number, iban, bic, email, phone, payment_terms_days, "
                 "currency, signature, letter_settings, created_at) VALUES ('Ancienne', 'FR', "
                 "'fr', '', '', '', '', '', '', '', '', '', 30, 'EUR', '', '{}', '2026-01-01')")
    conn.execute("INSERT INTO customer (id, account, name, kind, country, language, "
                 "company_number, vat_number, street, postcode, city, email, phone, mobile, "
                 "preferred_channel, call_hours, approver, po_required, payment_run_days, tags, "
                 "notes, archived, created_at, updated_at) VALUES (1, '', 'Client', 'business', "
                 "'FR', 'fr', '', '', '', '', '', '', '', '', 'phone', '', '', 0, '', '', '', 0, "
                 "'2026-01-01', '2026-01-01')")
    conn.execute("INSERT INTO invoice (id, customer_id, number, issue_date, due_date, "
                 "amount_cents, currency, description, state, source, dunning_level, "
                 "contractual_rate, created_at, updated_at) VALUES (1, 1, 'F1', '2026-01-05', "
                 "'2026-02-04', 12000, 'EUR', '', 'open', 'manual', 0, '', '2026-01-05', "
                 "'2026-01-05')")
    for cents in (4000, 500):
        conn.execute("INSERT INTO payment (invoice_id, paid_on, amount_cents, method, reference, "
                     "note, source, created_at) VALUES (1, '2026-02-10', ?, 'transfer', '', '', "
                     "'manual', '2026-02-10')", (cents,))
    conn.execute("COMMIT")
    conn.close()
    with open_company_file(path) as session:
        row = session.one("SELECT paid_cents, due_cents, is_open FROM invoice_balance")
        assert (row.paid_cents, row.due_cents, row.is_open) == (4500, 7500, 1)
        assert session.scalar('SELECT "version" FROM "schema_version"') == SCHEMA_VERSION


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_the_backup_appears_complete_or_not_at_all(company_path: Path) -> None:
    """The copy is made under a temporary name: while SQLite copies pages, the backup's name
    does not exist yet (a kill then leaves no truncated « .bak »)."""
    with open_company_file(company_path):
        Customer.insert_many([{"name": f"Client {n}"} for n in range(3000)]).execute()
    target = database.backup_path(company_path, SCHEMA_VERSION)
    seen: list[tuple[bool, list[str]]] = []

    def during(remaining: int, total: int, _pages: int) -> None:
        hidden = [p.name for p in company_path.parent.iterdir() if p.name.startswith(".")]
        seen.append((target.exists(), hidden))

    copy = database.backup_copy(company_path, SCHEMA_VERSION, progress=during)
    assert copy == target and seen
    assert all(not exists and hidden for exists, hidden in seen)
    assert _integrity(copy) == "ok"
    assert [p.name for p in company_path.parent.iterdir() if p.name.startswith(".")] == []


def test_an_interrupted_backup_leaves_no_pile_of_copies(
    company_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What killed attempts left (a temporary copy with its hot journal, stamped backups of
    the same version by an earlier release) is cleaned up; one complete backup per version."""
    with open_company_file(company_path):
        Customer.create(name="Boulangerie Martin")
    folder, data = company_path.parent, company_path.read_bytes()
    (folder / ".Test SARL.backup-k1ll3d.tmp").write_bytes(data[:4096])
    (folder / ".Test SARL.backup-k1ll3d.tmp-journal").write_bytes(b"\xd9\xd5\x05\xf9" * 128)
    for stamp in ("20261205-101500", "20261205-101612"):
        (folder / f"Test SARL.v{SCHEMA_VERSION}-{stamp}.relance.bak").write_bytes(data[:8192])
    _with_migration(monkeypatch, _add_customer_rating)
    with open_company_file(company_path) as cf:
        assert cf.tuples("SELECT name, rating FROM customer") == [("Boulangerie Martin", 3)]
    backup = database.backup_path(company_path, SCHEMA_VERSION)
    assert sorted(p.name for p in folder.iterdir()) == ["Test SARL.relance", backup.name]
    assert _integrity(backup) == "ok"
    assert _columns(backup, "customer").count("rating") == 0
