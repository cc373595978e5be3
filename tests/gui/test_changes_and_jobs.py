"""Changes flow one way (services report, windows listen) and background work calls back on the
GUI thread, without a nested event loop."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton, QWidget

from relance_desktop.services import calls, invoices
from relance_desktop.services.session import Change, CompanySession, Topic
from relance_desktop.views.changes import ChangeBridge, merged
from relance_desktop.views.jobs import in_background, pending_work
from relance_desktop.views.main_window import (
    PAGE_CUSTOMERS,
    PAGE_LETTERS,
    PAGE_RECEIVABLES,
    PAGE_TODAY,
    MainWindow,
)
from tests.gui.conftest import settle
from tests.helpers import TODAY, company_items, shown_items


def destroy(widget: QWidget) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# -- the bridge ---------------------------------------------------------------------------------
def test_changes_merge_topics_and_customers() -> None:
    one = Change.of(Topic.CALLS, customers=[1])
    two = Change.of(Topic.INVOICES, customers=[2])
    assert merged([one, two]) == Change.of(Topic.CALLS, Topic.INVOICES, customers=[1, 2])
    everyone = merged([one, Change.of(Topic.CUSTOMERS)])
    assert everyone.customer_ids == frozenset() and everyone.concerns({Topic.CALLS}, 99)


def test_reported_changes_arrive_once_merged_after_the_operation(
        qtbot: Any, cf: CompanySession) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    bridge = ChangeBridge(cf, owner)
    seen: list[Change] = []
    bridge.changed.connect(seen.append)
    cf.report(Change.of(Topic.CALLS, customers=[1]))
    cf.report(Change.of(Topic.INVOICES, customers=[2]))
    assert seen == []  # queued: nothing happens in the middle of an operation
    settle()
    assert seen == [Change.of(Topic.CALLS, Topic.INVOICES, customers=[1, 2])]


def test_a_change_reported_on_a_worker_thread_arrives_on_the_gui_thread(
        qtbot: Any, cf: CompanySession) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    bridge = ChangeBridge(cf, owner)
    threads: list[threading.Thread] = []
    bridge.changed.connect(lambda change: threads.append(threading.current_thread()))
    worker = threading.Thread(target=cf.report, args=(Change.of(Topic.IMPORTS),))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(threads))
    assert threads == [threading.main_thread()]


def test_the_subscription_ends_with_the_widget_or_when_closed(
        qtbot: Any, cf: CompanySession) -> None:
    listeners = len(cf.changes._listeners)
    owner = QWidget()
    bridge = ChangeBridge(cf, owner)
    seen: list[Change] = []
    bridge.changed.connect(seen.append)
    assert len(cf.changes._listeners) == listeners + 1
    cf.report(Change.of(Topic.CALLS))  # pending when the window goes
    destroy(owner)
    assert len(cf.changes._listeners) == listeners
    cf.report(Change.of(Topic.CALLS))
    settle()
    assert seen == []

    other = QWidget()
    qtbot.addWidget(other)
    closing = ChangeBridge(cf, other)
    closing.changed.connect(seen.append)
    closing.close()
    cf.report(Change.of(Topic.CALLS))
    settle()
    assert seen == [] and len(cf.changes._listeners) == listeners


# -- background work ----------------------------------------------------------------------------
def test_work_runs_off_the_gui_thread_and_calls_back_on_it(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    button = QPushButton(owner)
    release = threading.Event()
    ran_on: list[threading.Thread] = []
    results: list[Any] = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        assert release.wait(10)
        return 42

    in_background(work, owner=owner, busy=button,
                  on_done=lambda value: results.append((value, threading.current_thread())),
                  on_failed=lambda exc: results.append(exc))
    # Returned at once, no local event loop: the work is still waiting.
    assert results == [] and not button.isEnabled() and pending_work() == 1
    release.set()
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(42, threading.main_thread())]
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert button.isEnabled() and pending_work() == 0


def test_an_exception_goes_to_on_failed(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    failures: list[BaseException] = []

    def work() -> None:
        raise ValueError("refusé")

    in_background(work, owner=owner, on_done=lambda _v: pytest.fail("no value expected"),
                  on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ValueError) and str(failures[0]) == "refusé"


def test_nothing_is_called_back_once_the_window_is_gone(qtbot: Any) -> None:
    owner = QWidget()
    release = threading.Event()
    called: list[Any] = []
    in_background(lambda: release.wait(10), owner=owner, on_done=called.append,
                  on_failed=called.append)
    destroy(owner)
    release.set()
    qtbot.waitUntil(lambda: pending_work() == 0)
    assert called == []


# -- the main window listens; pages only read --------------------------------------------------
def _writes(window: MainWindow) -> int:
    """Rows changed so far through the window's own (GUI thread) connection."""
    assert window.cf is not None
    return int(window.cf.db.connection().total_changes)


@pytest.mark.sqlite_only(reason="counts the writes with SQLite's total_changes")
def test_showing_the_pages_writes_nothing(demo_window: MainWindow, session: Any) -> None:
    w = demo_window
    session.today = lambda: TODAY + timedelta(days=1)  # follow-ups would have work to do
    before = _writes(w)
    for page in (PAGE_RECEIVABLES, PAGE_CUSTOMERS, PAGE_LETTERS, PAGE_TODAY, PAGE_CUSTOMERS,
                 PAGE_TODAY):
        w.show_page(page)
        assert w.pages.currentIndex() == page
    w.reload()
    w.reload_today()
    settle()
    assert _writes(w) == before


def test_follow_ups_are_brought_up_to_date_when_the_day_changes(
        demo_window: MainWindow, session: Any) -> None:
    w = demo_window
    assert w.cf is not None
    customer_id = next(r.customer_id for r in w.today_rows if r.section == "to_call")
    due = sum(line.due_cents for line in invoices.invoices_of(w.cf, customer_id)
              if line.state == "open")
    promise = calls.record_promise(
        w.cf, customer_id, amount_cents=min(due, 10_000), currency="EUR",
        promised_on=TODAY + timedelta(days=1), today=TODAY, due_cents=due)
    settle()

    def status() -> str:
        return next(p.status for p in calls.promises_of(w.cf, customer_id) if p.id == promise)

    later = TODAY + timedelta(days=6)  # past the date and the grace days, nothing paid
    session.today = lambda: later
    w.show_page(PAGE_RECEIVABLES)
    w.show_page(PAGE_TODAY)  # showing the page does not do it
    assert status() == "open"
    w._check_day()  # the minute timer notices the new day
    settle()
    assert status() == "broken"
    assert any(r.customer_id == customer_id and r.section == "broken_promise"
               for r in w.today_rows)


def test_a_change_made_anywhere_refreshes_the_list_and_the_customer_window(
        demo_window: MainWindow) -> None:
    w = demo_window
    assert w.cf is not None
    w.show_page(PAGE_RECEIVABLES)
    item = next(iter(shown_items(w)))
    cw = w.open_customer(item.customer_id)
    assert cw is not None
    payments_shown = len(cw.payments.rows())
    # Another window (or a worker) records a payment: nobody tells the windows by hand.
    invoices.add_payment(w.cf, invoices.PaymentInput(item.invoice_id, TODAY, 1_000), today=TODAY)
    settle()
    after = w.model.item_at(w.model.index_of_invoice(item.invoice_id))
    assert after.paid_cents == item.paid_cents + 1_000
    assert len(cw.payments.rows()) == payments_shown + 1


def test_a_change_for_another_customer_leaves_a_customer_window_alone(
        demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    w = demo_window
    assert w.cf is not None
    first, second = sorted({i.customer_id for i in company_items(w)})[:2]
    cw = w.open_customer(first)
    assert cw is not None
    reloads: list[int] = []
    monkeypatch.setattr(cw, "reload", lambda: reloads.append(1))
    calls.schedule_call_back(w.cf, second, at=w.session.now() + timedelta(days=1),
                             now_at=w.session.now())
    settle()
    assert reloads == []
    calls.schedule_call_back(w.cf, first, at=w.session.now() + timedelta(days=1),
                             now_at=w.session.now())
    settle()
    assert reloads == [1]
