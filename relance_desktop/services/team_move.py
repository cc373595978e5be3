"""Moving a company between a file and a team server, both ways, with proof that nothing changed.

The copy goes table by table in the order of their references, through the two sessions, with
the ids kept (every reference stays right). The invoices' ``paid_cents`` and ``credited_cents``
are not copied: the database's own triggers rebuild them from the payments and credits copied
after (copying them too would count every payment twice). On PostgreSQL the id sequences are
then set after the highest id. Afterwards every table's count and every document's balance (the
``invoice_balance`` view) are read on both sides and compared; on any difference the copy is
undone and the report says where. Table names come from the models, never from user text.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import sort_models  # type: ignore[attr-defined]

from relance_desktop.errors import CompanyFileError, UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.store import models
from relance_desktop.store.database import create_company_file, open_company_file
from relance_desktop.store.server import (
    ServerParams,
    create_server_company,
    open_server_company,
)
from relance_desktop.store.session import CompanySession, Engine

log = logging.getLogger(__name__)

REBUILT_BY_TRIGGERS = {"invoice": ("paid_cents", "credited_cents")}
BALANCES = ('SELECT invoice_id, amount_cents, paid_cents, credited_cents, owed_cents '
            'FROM "invoice_balance" ORDER BY invoice_id')

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "errors", "La destination « {where} » contient déjà des données ({table} : {count}). Rien "
    "n'a été copié : choisissez une base ou un fichier vide.")
MISMATCH = QT_TRANSLATE_NOOP(
    "errors", "La copie vers « {where} » ne correspond pas à l'original ({what}) : elle a été "
    "annulée, l'original n'a pas changé.")


class MoveError(UserFacingError):
    """The company could not be moved; the original is untouched."""


@dataclass
class MoveReport:
    """What was copied and what the check found."""

    source: str
    target: str
    counts: dict[str, int] = field(default_factory=dict)
    documents: int = 0
    owed_cents: int = 0

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def tables() -> list[Any]:
    """Every model of a company, each after the ones it refers to."""
    found = [m for m in vars(models).values()
             if isinstance(m, type) and issubclass(m, models.BaseModel)
             and m is not models.BaseModel]
    return list(sort_models(found))


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _counts(cf: CompanySession) -> dict[str, int]:
    names = [m._meta.table_name for m in tables()]
    return {n: int(cf.scalar(f"SELECT COUNT(*) FROM {_quoted(n)}")) for n in names}


def _balances(cf: CompanySession) -> list[tuple[int, ...]]:
    return [tuple(int(v) for v in row) for row in cf.tuples(BALANCES)]


def _check_empty(target: CompanySession) -> None:
    for table, count in _counts(target).items():
        if count and not (table == "company" and count == 1):
            raise MoveError(NOT_EMPTY, context="errors", where=target.where, table=table,
                            count=count)


def _copy_table(source: CompanySession, target: CompanySession, table: str) -> int:
    cursor = source.cursor(f"SELECT * FROM {_quoted(table)} ORDER BY id")
    names = [d[0] for d in cursor.description]
    zeroed = {names.index(n) for n in REBUILT_BY_TRIGGERS.get(table, ()) if n in names}
    rows = [tuple(0 if i in zeroed else v for i, v in enumerate(r)) for r in cursor.fetchall()]
    if rows:
        columns = ", ".join(_quoted(n) for n in names)
        marks = ", ".join("?" for _ in names)
        target.executemany(f"INSERT INTO {_quoted(table)} ({columns}) VALUES ({marks})", rows)
    return len(rows)


def _reset_sequences(target: CompanySession) -> None:
    if target.engine is not Engine.POSTGRES:
        return
    for model in tables():
        table = _quoted(model._meta.table_name)
        target.scalar(f"SELECT setval(pg_get_serial_sequence(?, 'id'), "
                      f"COALESCE(MAX(id), 0) + 1, false) FROM {table}",
                      (model._meta.table_name,))


def copy_company(source: CompanySession, target: CompanySession) -> MoveReport:
    """Copy everything of ``source`` into ``target`` (a new, empty company), check, report.

    All in one transaction on the target: on a difference or an error nothing is left there."""
    _check_empty(target)
    report = MoveReport(source.where, target.where)
    with target.atomic():
        target.execute('DELETE FROM "company"')
        for model in tables():
            table = model._meta.table_name
            report.counts[table] = _copy_table(source, target, table)
        _reset_sequences(target)
        _verify(source, target, report)
    target.report(_everything())
    log.info("company copied from %s to %s: %d rows", source.where, target.where, report.rows)
    return report


def _everything() -> Any:
    from relance_desktop.store.session import Change, Topic

    return Change.of(*Topic)


def _verify(source: CompanySession, target: CompanySession, report: MoveReport) -> None:
    before, after = _counts(source), _counts(target)
    for table, count in before.items():
        if after.get(table) != count:
            raise MoveError(MISMATCH, context="errors", where=target.where,
                            what=f"{table}: {count} → {after.get(table)}")
    balances, copied = _balances(source), _balances(target)
    if balances != copied:
        first = next((a, b) for a, b in zip(balances + [()] * len(copied),
                                            copied + [()] * len(balances), strict=False)
                     if a != b)
        raise MoveError(MISMATCH, context="errors", where=target.where,
                        what=f"invoice_balance: {first[0]} → {first[1]}")
    report.documents = len(balances)
    report.owed_cents = sum(row[4] for row in balances)


def file_to_server(path: Path, params: ServerParams, password: str | None) -> MoveReport:
    """Copy the company file ``path`` into the empty server database of ``params``."""
    source = open_company_file(path)
    try:
        create_server_company(params, password, name=source.company.name)
        target = open_server_company(params, password)
        try:
            return copy_company(source, target)
        finally:
            target.close()
    finally:
        source.close()


def server_to_file(params: ServerParams, password: str | None, path: Path) -> MoveReport:
    """Copy the server company of ``params`` into a new company file ``path``."""
    if Path(path).exists():
        raise CompanyFileError(QT_TRANSLATE_NOOP(
            "errors", "Le fichier « {path} » existe déjà : choisissez un autre nom."), path=path)
    source = open_server_company(params, password)
    created = False
    try:
        create_company_file(path, name=source.company.name)
        created = True
        target = open_company_file(path)
        try:
            return copy_company(source, target)
        finally:
            target.close()
    except BaseException:
        if created:
            for leftover in (Path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        raise
    finally:
        source.close()
