"""The import's fast paths give what the general code gives (no timing here: see bench/).

- The CSV reader's quick row reader (``_Reader._quick_reader``) against the general one: the
  same records, customers, problems and notes on files full of odd rows.
- ``quick_invoice`` against ``InvoiceRecord(...)``.
- ``paused_gc`` leaves the collector as it found it.
- The apply's new-invoice ids, computed or read back (on both engines).
"""

from __future__ import annotations

import dataclasses
import gc
import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from relance_desktop.importers import tabular
from relance_desktop.importers.records import (
    DocumentKind,
    InvoiceRecord,
    ParseResult,
    note_text,
    paused_gc,
    quick_invoice,
)
from relance_desktop.services import import_write
from relance_desktop.store.models import Customer, Invoice
from relance_desktop.store.session import CompanySession


def _cents(rng: random.Random, cents: int, decimal: str) -> str:
    units, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    return rng.choice([
        f"{sign}{units}{decimal}{rest:02d}",
        f"{sign}{units}{decimal}{rest:02d}",
        f"{sign}{units}",
        f"{units}{decimal}{rest // 10}",
        f"{units:,}".replace(",", " ") + f"{decimal}{rest:02d}",
        f"{units}{decimal}{rest:02d} €",
        f"({units}{decimal}{rest:02d})",
        f" {units}{decimal}{rest:02d} ",
        f"{units:012d}{decimal}{rest:02d}",
        f"{decimal}{rest:02d}",
        "",
        " ",
        "n/a",
    ])


def _write(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    decimal = rng.choice([",", "."])
    sep = ";" if decimal == "," else rng.choice([",", ";"])
    fmt = rng.choice(["%d/%m/%Y", "%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y"])
    header = ["Client", "N° compte", "N° facture", "Date", "Échéance", "Montant TTC", "Payé",
              "Reste dû", "Devise", "Statut", "Délai", "Description", "Email"]
    keep = [0, 2, 5] + [i for i in (1, 3, 4, 6, 7, 8, 9, 10, 11, 12) if rng.random() < 0.6]
    lines = [sep.join(header[i] for i in sorted(keep))]
    for n in range(300):
        customer = rng.randrange(12)
        issued = date(2025, 1, 1) + timedelta(days=rng.randrange(500))
        cents = rng.randrange(-3_000, 900_000)
        paid = rng.choice([0, cents, cents // 2, cents * 2])
        number = f"F{rng.randrange(n + 1)}" if rng.random() < 0.2 else f"F{n}"
        cells = [
            rng.choice([f"Client {customer}", f"Client {customer}", ""]),
            rng.choice([f"411{customer:03d}", f"411{customer:03d}", ""]),
            rng.choice([number] * 20 + [""]),
            rng.choice([issued.strftime(fmt)] * 8 + ["", "31/02/2025", "x"]),
            rng.choice([(issued + timedelta(days=30)).strftime(fmt)] * 8 + ["", "2025-13-01"]),
            _cents(rng, cents, decimal),
            _cents(rng, paid, decimal),
            _cents(rng, cents - paid, decimal),
            rng.choice(["EUR", "", "usd", "€", "E1"]),
            rng.choice(["", "Sent", "Paid", "Draft", "Void", "Partial", "Brouillon"]),
            rng.choice(["", "30", "45", "x", "9999"]),
            rng.choice(["", "Travaux", "Pièces"]),
            rng.choice(["", f"c{customer}@example.fr"]),
        ]
        row = [cells[i] for i in sorted(keep)]
        if rng.random() < 0.02:
            row = row[:-1]
        lines.append(sep.join(f'"{c}"' if sep in c else c for c in row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _facts(result: ParseResult) -> tuple[object, ...]:
    return (
        result.profile,
        result.full_export,
        list(result.customers),
        list(result.invoices),
        [(p.file, p.field, p.expected, p.found, p.line, p.severity, dict(p.args))
         for p in result.problems],
        [note_text(n) for n in result.notes],
    )


@pytest.mark.parametrize("seed", range(40))
def test_the_quick_row_reader_reads_like_the_general_one(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / f"list-{seed}.csv"
    _write(path, seed)
    quick = tabular.read_tabular(path)
    assert quick.invoices  # the file is read, not refused
    monkeypatch.setattr(tabular._Reader, "_quick_reader", lambda self: None)
    general = tabular.read_tabular(path)
    assert _facts(quick) == _facts(general)


def test_quick_invoice_is_the_dataclass_record() -> None:
    made = quick_invoice("F1", "411", 12_345, 100, "EUR", date(2026, 1, 2), None,
                         DocumentKind.CREDIT_NOTE, "desc", "sent", "30 jours", 7)
    expected = InvoiceRecord(
        number="F1", customer_key="411", amount_cents=12_345, paid_cents=100, currency="EUR",
        issue_date=date(2026, 1, 2), due_date=None, kind=DocumentKind.CREDIT_NOTE,
        description="desc", status="sent", payment_terms="30 jours", line=7,
    )
    assert made == expected and hash(made) == hash(expected)
    assert vars(made) == vars(expected)  # every field, none missing or extra
    assert [f.name for f in dataclasses.fields(InvoiceRecord)] == list(vars(made))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.amount_cents = 1  # type: ignore[misc]


def test_paused_gc_restores_the_collector() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_new_ids_computed_or_read_back(cf: CompanySession) -> None:
    customer = Customer.create(name="Client")

    def add(key: str, invoice_id: int | None = None) -> None:
        extra = {} if invoice_id is None else {"id": invoice_id}
        Invoice.create(customer=customer.id, number=key, issue_date=date(2026, 1, 1),
                       due_date=date(2026, 1, 31), amount_cents=100, source="csv",
                       external_key=key, **extra)

    last = int(cf.scalar("SELECT COALESCE(MAX(id), 0) FROM invoice"))
    add("a")
    add("b")
    assert import_write._new_ids(cf, last, ["a", "b"], "csv") == [last + 1, last + 2]
    # Ids not in a row (here: taken by hand): read back by key.
    add("c", 1000)
    add("d", 500)
    assert import_write._new_ids(cf, last + 2, ["c", "d"], "csv") == [1000, 500]
