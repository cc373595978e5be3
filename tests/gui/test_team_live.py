"""Two collectors on one company (two connections to a real server, or two instances on one
file): a payment recorded by one shows in the other's Today, customer list and customer window
within 2 seconds, without a manual refresh."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from relance_desktop.services import customers as customer_service
from relance_desktop.services import invoices as invoice_service
from relance_desktop.services import team_connect
from relance_desktop.services.session import CompanySession, open_company
from relance_desktop.store.server import ServerParams
from relance_desktop.views import connect_dialog
from relance_desktop.views.main_window import PAGE_CUSTOMERS, MainWindow
from tests.helpers import TODAY

Opener = Callable[[], CompanySession]


@pytest.fixture(params=[
    pytest.param("sqlite", marks=pytest.mark.sqlite_only(reason="two instances on one file")),
    "postgres"])
def opened(request: pytest.FixtureRequest, window: MainWindow,
           monkeypatch: pytest.MonkeyPatch) -> Opener:
    """The window shows the company; the result opens another connection to it."""
    if request.param == "sqlite":
        path: Path = request.getfixturevalue("company_path")
        assert window.open_file(path)
        return lambda: open_company(path)
    params: ServerParams = request.getfixturevalue("team_db")
    mine = team_connect.open_team_company(params, None)
    monkeypatch.setattr(connect_dialog, "ask_and_connect", lambda *a, **k: mine)
    assert window.connect_server()
    return lambda: team_connect.open_team_company(params, None)


def _today(window: MainWindow) -> str:
    model = window.today_model
    return "\n".join(str(model.data(model.index(r, 0))) for r in range(model.rowCount()))


def _customers(window: MainWindow) -> str:
    model = window.customers_model
    return "\n".join(" ".join(str(model.data(model.index(r, c)))
                              for c in range(model.columnCount()))
                     for r in range(model.rowCount()))


def test_a_payment_recorded_elsewhere_shows_here_within_two_seconds(
    qtbot: Any, window: MainWindow, opened: Opener,
) -> None:
    other = opened()
    try:
        customer = customer_service.create_customer(other, customer_service.CustomerInput(
            name="Garage Lemoine", phone="+33 4 78 00 00 00"))
        invoice = invoice_service.create_invoice(other, invoice_service.InvoiceInput(
            customer, "F-2026-101", date(2026, 9, 1), date(2026, 10, 1), 90_000))
        qtbot.waitUntil(lambda: "Garage Lemoine" in _today(window), timeout=2500)
        assert "900,00" in _today(window)
        card = window.open_customer(customer)
        assert card is not None
        assert "900,00" in card.header.text()
        window.activateWindow()

        started = time.monotonic()
        invoice_service.add_payment(other, invoice_service.PaymentInput(
            invoice, TODAY, 50_000), today=TODAY)
        qtbot.waitUntil(lambda: "400,00" in _today(window), timeout=2500)
        elapsed = [time.monotonic() - started]
        qtbot.waitUntil(lambda: "400,00" in card.header.text(), timeout=500)

        window.show_page(PAGE_CUSTOMERS)
        assert "400,00" in _customers(window)
        started = time.monotonic()
        invoice_service.add_payment(other, invoice_service.PaymentInput(
            invoice, TODAY, 40_000), today=TODAY)
        qtbot.waitUntil(lambda: "400,00" not in _customers(window), timeout=2500)
        elapsed.append(time.monotonic() - started)
        assert max(elapsed) < 2.0, elapsed
    finally:
        other.close()
