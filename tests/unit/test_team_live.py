"""What one session changes reaches the others by itself: on a server through LISTEN/NOTIFY
(real server, separate connections), on a file through PRAGMA data_version."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

from relance_desktop.services import customers as customer_service
from relance_desktop.services import invoices as invoice_service
from relance_desktop.services import team_connect
from relance_desktop.store.database import open_company_file
from relance_desktop.store.live import MAX_CUSTOMERS, decode, encode
from relance_desktop.store.server import ServerParams
from relance_desktop.store.session import Change, CompanySession, Topic
from tests.helpers import TODAY


def _customer_with_invoice(cf: CompanySession) -> tuple[int, int]:
    customer = customer_service.create_customer(cf, customer_service.CustomerInput(
        name="Garage Lemoine", phone="+33 4 78 00 00 00"))
    invoice = invoice_service.create_invoice(cf, invoice_service.InvoiceInput(
        customer, "F-2026-101", date(2026, 9, 1), date(2026, 10, 1), 90_000))
    return customer, invoice


class Heard:
    def __init__(self, cf: CompanySession) -> None:
        self.changes: list[Change] = []
        self.event = threading.Event()
        cf.changes.subscribe(self._add)

    def _add(self, change: Change) -> None:
        self.changes.append(change)
        self.event.set()


def test_a_payment_on_one_connection_reaches_the_other_within_two_seconds(
    team_db: ServerParams,
) -> None:
    with team_connect.open_team_company(team_db, None) as marc, \
            team_connect.open_team_company(team_db, None) as claire:
        customer, invoice = _customer_with_invoice(marc)
        claire.watch()
        heard, own = Heard(claire), Heard(marc)
        marc.watch()
        started = time.monotonic()
        invoice_service.add_payment(marc, invoice_service.PaymentInput(
            invoice, TODAY, 90_000), today=TODAY)
        assert heard.event.wait(2.0), "the other session heard nothing within 2 s"
        elapsed = time.monotonic() - started
        change = heard.changes[0]
        assert change.remote and Topic.INVOICES in change.topics
        assert change.customer_ids == {customer}
        time.sleep(0.2)
        assert not any(c.remote for c in own.changes)  # the sender does not hear itself back
        assert elapsed < 2.0


def test_a_change_rolled_back_is_never_announced(team_db: ServerParams) -> None:
    with team_connect.open_team_company(team_db, None) as marc, \
            team_connect.open_team_company(team_db, None) as claire:
        claire.watch()
        heard = Heard(claire)
        try:
            with marc.atomic():
                marc.report(Change.of(Topic.CALLS, customers=[7]))
                raise RuntimeError("undone")
        except RuntimeError:
            pass
        marc.report(Change.of(Topic.CUSTOMERS, customers=[8]))
        assert heard.event.wait(2.0)
        time.sleep(0.2)
        assert [c.customer_ids for c in heard.changes] == [{8}]


def test_the_payload_stays_small() -> None:
    many = Change.of(Topic.INVOICES, customers=range(10_000))
    payload = encode(many, "abc")
    assert len(payload) < 200
    decoded = decode(payload)
    assert decoded is not None and decoded[1].customer_ids == frozenset()  # possibly all
    few = encode(Change.of(Topic.CALLS, customers=range(MAX_CUSTOMERS)), "abc")
    assert len(few) < 8000
    assert decode("not json") is None


def test_another_instance_on_the_same_file_is_noticed(company_path: Path) -> None:
    with open_company_file(company_path) as mine, open_company_file(company_path) as other:
        assert mine.poll_changes() is False  # first look: the file as it is
        _customer_with_invoice(mine)
        assert mine.poll_changes() is False  # my own writes are not « another instance »
        heard = Heard(mine)
        customer_service.create_customer(other, customer_service.CustomerInput(name="Vidal"))
        assert mine.poll_changes() is True
        assert heard.changes[-1].remote and heard.changes[-1].topics == frozenset(Topic)
        assert mine.poll_changes() is False
