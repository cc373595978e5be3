"""``customer_summary`` (migration 12) always says what ``invoice_balance`` says, customer by
customer: random sequences of what users do (invoices, payments, credit notes, disputes,
promises, corrections, deletions, merges, days passing), compared after every step."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import pytest

from relance_desktop.domain.parties import InvoiceState
from relance_desktop.services import calls, customers, invoices
from relance_desktop.services.import_write import allocate_credits
from relance_desktop.store import summary
from relance_desktop.store.models import Customer, Dispute, Invoice, Payment
from relance_desktop.store.session import CompanySession

TODAY = date(2026, 11, 23)
Row = tuple[int, int, int, int, int, int, int, int, str | None]


def expected(cf: CompanySession) -> dict[tuple[int, str], Row]:
    """The summary as it should be, summed here from invoice_balance's rows."""
    until = summary.clock(cf)
    acc: dict[tuple[int, str], list[Any]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0, None])
    for r in cf.rows("SELECT customer_id, currency, kind, is_open, disputed, due_cents, due_date "
                     "FROM invoice_balance"):
        for a in (acc[(r.customer_id, r.currency)], acc[(r.customer_id, "*")]):  # and in all
            a[0] += 1
            if r.kind != "invoice" or not r.is_open:
                continue
            due, day = int(r.due_cents), summary._day(r.due_date)
            a[1] += 1
            a[2] += due
            if r.disputed:
                a[3] += due
                continue
            if day <= until:
                a[4] += 1
                a[5] += due
                a[6] += due * summary.day_of(day)
            a[7] = day if a[7] is None else min(a[7], day)
    return {k: (*v[:7], v[7].isoformat() if v[7] else None) for k, v in acc.items()}


def found(cf: CompanySession) -> dict[tuple[int, str], Row]:
    return {
        (r.customer_id, r.currency): (
            int(r.documents), int(r.open_count), int(r.open_cents), int(r.disputed_cents),
            int(r.overdue_count), int(r.overdue_cents), int(r.overdue_days),
            summary._day(r.oldest_due).isoformat() if r.oldest_due else None)
        for r in cf.rows("SELECT * FROM customer_summary")
    }


class Actions:
    """What a user does, through the services where there is one."""

    def __init__(self, cf: CompanySession, rng: random.Random) -> None:
        self.cf, self.rng, self.n = cf, rng, 0
        self.customers = [customers.create_customer(cf, customers.CustomerInput(name=name))
                          for name in ("Alpha", "Béton", "Cèdre")]

    def _open(self, kind: str = "invoice") -> list[Any]:
        return self.cf.rows("SELECT invoice_id, customer_id, currency, due_cents FROM "
                            "invoice_balance WHERE is_open = 1 AND kind = ?", (kind,))

    def invoice(self) -> None:
        self.n += 1
        issued = TODAY - timedelta(days=self.rng.randint(0, 90))
        invoices.create_invoice(self.cf, invoices.InvoiceInput(
            customer_id=self.rng.choice(self.customers), number=f"F{self.n}", issue_date=issued,
            due_date=issued + timedelta(days=self.rng.choice((0, 1, 30, 45))),
            amount_cents=self.rng.randint(1, 5000) * 100, currency=self.rng.choice(("EUR", "USD"))))

    def pay(self, whole: bool) -> None:
        if rows := self._open():
            r = self.rng.choice(rows)
            cents = int(r.due_cents) if whole else self.rng.randint(1, int(r.due_cents))
            invoices.add_payment(self.cf, invoices.PaymentInput(r.invoice_id, TODAY, cents),
                                 today=TODAY)

    def unpay(self) -> None:
        if ids := [p.id for p in Payment.select(Payment.id)]:
            invoices.delete_payment(self.cf, self.rng.choice(ids), today=TODAY)

    def credit(self) -> None:
        self.n += 1
        customer = self.rng.choice(self.customers)
        Invoice.create(customer=customer, number=f"AV{self.n}", kind="credit_note",
                       issue_date=TODAY, due_date=TODAY, currency="EUR",
                       amount_cents=self.rng.randint(1, 3000) * 100)
        allocate_credits(self.cf, customer, {})

    def dispute(self, whole_customer: bool) -> None:
        if whole_customer:
            Dispute.create(customer=self.rng.choice(self.customers), opened_on=TODAY, reason="x")
        elif rows := self._open():
            r = self.rng.choice(rows)
            calls.open_dispute(self.cf, r.customer_id, invoice_ids=[r.invoice_id], reason="x",
                               today=TODAY)

    def settle(self) -> None:
        if ids := [d.id for d in Dispute.select(Dispute.id).where(Dispute.status == "open")]:
            calls.settle_dispute(self.cf, self.rng.choice(ids), status="resolved",
                                 resolution="ok", today=TODAY)

    def promise(self) -> None:
        if rows := self._open():
            r = self.rng.choice(rows)
            calls.record_promise(self.cf, r.customer_id, amount_cents=int(r.due_cents),
                                 currency=r.currency, promised_on=TODAY, today=TODAY,
                                 due_cents=int(r.due_cents), invoice_id=r.invoice_id)

    def correct(self) -> None:
        if rows := self._open():
            r = self.rng.choice(rows)
            data = invoices.invoice_input(self.cf, r.invoice_id)
            data = invoices.InvoiceInput(
                customer_id=self.rng.choice(self.customers), number=data.number,
                issue_date=data.issue_date,
                due_date=data.issue_date + timedelta(days=self.rng.choice((0, 10, 60))),
                amount_cents=data.amount_cents + self.rng.randint(0, 100) * 100,
                currency=self.rng.choice(("EUR", "USD")))
            invoices.update_invoice(self.cf, r.invoice_id, data)

    def cancel(self) -> None:
        if rows := self._open():
            state = self.rng.choice((InvoiceState.CANCELLED, InvoiceState.WRITTEN_OFF))
            invoices.set_invoice_state(self.cf, self.rng.choice(rows).invoice_id, state)

    def delete(self, disputed: bool) -> None:
        """An invoice deleted (an import undone), with its payments, credits and disputes."""
        sql = "SELECT invoice_id FROM invoice_balance" + (" WHERE disputed = 1" if disputed else "")
        if ids := [r.invoice_id for r in self.cf.rows(sql)]:
            Invoice.delete().where(Invoice.id == self.rng.choice(ids)).execute()

    def merge(self) -> None:
        keep, other = self.rng.sample(self.customers, 2)
        customers.merge_customers(self.cf, keep, other)
        self.customers.remove(other)
        self.customers.append(customers.create_customer(
            self.cf, customers.CustomerInput(name=f"Nouveau {self.n}")))

    def days_pass(self) -> None:
        summary.bring_to(self.cf, TODAY + timedelta(days=self.rng.randint(-40, 40)))

    def step(self) -> str:
        choices = {
            "invoice": (6, self.invoice), "pay": (3, lambda: self.pay(True)),
            "pay part": (3, lambda: self.pay(False)), "unpay": (2, self.unpay),
            "credit": (2, self.credit), "dispute": (2, lambda: self.dispute(False)),
            "dispute customer": (1, lambda: self.dispute(True)), "settle": (2, self.settle),
            "promise": (1, self.promise), "correct": (2, self.correct),
            "cancel": (1, self.cancel), "delete": (1, lambda: self.delete(False)),
            "delete disputed": (1, lambda: self.delete(True)), "merge": (2, self.merge),
            "days pass": (1, self.days_pass),
        }
        name = self.rng.choices(list(choices), weights=[w for w, _ in choices.values()])[0]
        choices[name][1]()
        return name


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_summary_agrees_with_invoice_balance_after_every_step(cf: CompanySession,
                                                              seed: int) -> None:
    actions = Actions(cf, random.Random(seed))
    done = []
    for _ in range(70):
        done.append(actions.step())
        assert found(cf) == expected(cf), done


def test_a_customer_disputed_as_a_whole_owes_nothing_overdue(cf: CompanySession) -> None:
    customer = Customer.create(name="Litige SARL")
    Invoice.create(customer=customer, number="F1", issue_date=TODAY - timedelta(days=60),
                   due_date=TODAY - timedelta(days=30), amount_cents=1000_00)
    summary.bring_to(cf, TODAY)
    assert found(cf)[(customer.id, "EUR")][4:6] == (1, 1000_00)
    dispute = Dispute.create(customer=customer, opened_on=TODAY, reason="livraison")
    assert found(cf)[(customer.id, "EUR")][3:6] == (1000_00, 0, 0)
    calls.settle_dispute(cf, dispute.id, status="rejected", resolution="", today=TODAY)
    assert found(cf)[(customer.id, "EUR")][3:6] == (0, 1, 1000_00)


def test_overdue_as_of_another_day_counts_the_invoices_falling_due_in_between(
        cf: CompanySession) -> None:
    customer = Customer.create(name="Horloge SA")
    for n, due in enumerate((TODAY - timedelta(days=10), TODAY + timedelta(days=5))):
        Invoice.create(customer=customer, number=f"F{n}", issue_date=TODAY - timedelta(days=40),
                       due_date=due, amount_cents=100_00)
    summary.bring_to(cf, TODAY)
    for day, count in ((TODAY, 1), (TODAY + timedelta(days=5), 2), (TODAY - timedelta(days=11), 0)):
        params: dict[str, Any] = {}
        rows = cf.rows(summary.overdue_sql(cf, day, params), params)
        assert [int(r.n) for r in rows] == ([count] if count else []), day


def test_a_dispute_moved_to_another_customer_frees_the_first(cf: CompanySession) -> None:
    first, second = Customer.create(name="Un"), Customer.create(name="Deux")
    for customer in (first, second):
        Invoice.create(customer=customer, number=f"F{customer.id}", issue_date=TODAY,
                       due_date=TODAY - timedelta(days=1), amount_cents=500_00)
    dispute = Dispute.create(customer=first, opened_on=TODAY, reason="x")
    cf.execute("UPDATE dispute SET customer_id = ? WHERE id = ?", (second.id, dispute.id))
    assert found(cf) == expected(cf)
    assert found(cf)[(first.id, "EUR")][3] == 0 and found(cf)[(second.id, "EUR")][3] == 500_00


def test_the_daily_follow_up_refresh_brings_the_summary_to_yesterday(cf: CompanySession) -> None:
    from relance_desktop.services import followup

    customer = Customer.create(name="Demain SARL")
    Invoice.create(customer=customer, number="F1", issue_date=TODAY - timedelta(days=30),
                   due_date=TODAY - timedelta(days=1), amount_cents=100_00)
    summary.bring_to(cf, TODAY - timedelta(days=5))
    assert found(cf)[(customer.id, "EUR")][4] == 0
    followup.refresh(cf, TODAY)
    assert summary.clock(cf) == TODAY - timedelta(days=1)
    assert found(cf)[(customer.id, "EUR")][4] == 1 and found(cf) == expected(cf)
