"""A customer's « Relances à venir » tab: the next 60 days, the scenario chosen for the customer,
a stop with its reason and end date."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from relance_desktop.services import dunning
from relance_desktop.store.models import Customer, Invoice
from relance_desktop.views.dunning_timeline import DunningTimeline
from relance_desktop.views.main_window import MainWindow
from tests.gui.conftest import settle
from tests.gui.test_actions_page import small_company  # noqa: F401  (fixture)
from tests.helpers import TODAY


def timeline_of(window: MainWindow, path: Path, name: str) -> DunningTimeline:
    assert window.open_file(path)
    cf = window.cf
    assert cf is not None
    with cf.use():
        customer_id = Customer.get(Customer.name == name).id
    customer_window = window.open_customer(customer_id)
    assert customer_window is not None
    return customer_window.timeline_view


def rows(view: DunningTimeline) -> list[tuple[str, str]]:
    return [(view.table.item(r, 0).text(), view.table.item(r, 1).text())
            for r in range(view.table.rowCount())]


def day(n: int) -> str:
    return (TODAY + timedelta(days=n)).strftime("%d/%m/%Y")


def test_the_next_sixty_days_then_another_scenario(
    window: MainWindow, small_company: Path,  # noqa: F811
) -> None:
    view = timeline_of(window, small_company, "Garage Martin")
    assert rows(view)[:2] == [(day(0), "Appel"), (day(10), "Courrier (1re relance)")]
    assert all(view.table.item(r, 0).text() for r in range(view.table.rowCount()))
    assert view.scenario.currentText().startswith("Selon les règles (France — clients pro")
    consumer = view.scenario.findData("fr-consumer")
    view.scenario.setCurrentIndex(consumer)
    view.scenario.activated.emit(consumer)
    assert dunning.choice_of(view.cf, view.customer_id) == "fr-consumer"
    assert rows(view)[0] == (day(2), "Appel")  # the consumer scenario calls at +7
    assert view.scenario.currentData() == "fr-consumer"


def test_a_stop_with_its_reason_and_end_then_resume(
    window: MainWindow, small_company: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
    messages: Any,
) -> None:
    view = timeline_of(window, small_company, "Garage Martin")
    monkeypatch.setattr(view, "ask_stop", lambda: ("", None))
    view.stop_button.click()
    assert "raison" in messages.texts[-1]
    until = TODAY + timedelta(days=20)
    monkeypatch.setattr(view, "ask_stop", lambda: ("Litige sur la livraison", until))
    view.stop_button.click()
    assert "Litige sur la livraison" in view.state.text() and day(20) in view.state.text()
    assert rows(view) and rows(view)[0][0] == day(21)  # nothing before the end of the stop
    assert view.resume_button.isEnabled()
    view.resume_button.click()
    assert rows(view)[0] == (day(0), "Appel")
    assert not view.resume_button.isEnabled()


def test_one_invoice_stopped_from_the_invoice_table(
    window: MainWindow, small_company: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
    messages: Any,
) -> None:
    view = timeline_of(window, small_company, "Garage Martin")
    customer_window = view.parent()
    while not hasattr(customer_window, "invoice_view"):
        customer_window = customer_window.parent()
    cf = view.cf
    with cf.use():
        second = Invoice.create(customer=view.customer_id, number="F-777",
                                issue_date=TODAY - timedelta(days=40),
                                due_date=TODAY - timedelta(days=10), amount_cents=30_000)
    customer_window.reload()
    customer_window.select_invoice(second.id)
    menu = {a.text(): a for a in customer_window.invoice_view.actions()}
    stop_action = next(a for text, a in menu.items() if "Arrêter les relances" in text)
    until = TODAY + timedelta(days=20)
    monkeypatch.setattr(customer_window.invoice_stops, "ask",
                        lambda number: ("Avoir en cours", until))
    stop_action.trigger()
    settle()  # the change reaches the window
    text = view.state.text()
    assert "F-777" in text and "Avoir en cours" in text and day(20) in text
    # The other invoice goes on: today's call covers F-003 only.
    assert rows(view)[0] == (day(0), "Appel")
    assert view.table.item(0, 3).text() == "F-003"
    shown = [(datetime.strptime(view.table.item(r, 0).text(), "%d/%m/%Y").date(),
              view.table.item(r, 3).text()) for r in range(view.table.rowCount())]
    assert next(on for on, numbers in shown if "F-777" in numbers) > until
    assert view.resume_button.isEnabled()
    resume = next(a for text, a in menu.items() if "Reprendre les relances" in text)
    customer_window.select_invoice(second.id)
    resume.trigger()
    settle()
    assert "F-777" not in view.state.text()


def test_one_invoice_stopped_from_the_main_invoice_list(
    window: MainWindow, small_company: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
    messages: Any,
) -> None:
    from relance_desktop.views.main_window import PAGE_RECEIVABLES

    assert window.open_file(small_company)
    window.show_page(PAGE_RECEIVABLES)
    cf = window.cf
    assert cf is not None
    with cf.use():
        martin = Customer.get(Customer.name == "Garage Martin").id
        invoice = Invoice.get(Invoice.customer == martin)
    index = window.model.index_of_invoice(invoice.id)
    window.view.setCurrentIndex(index)
    stop = next(a for a in window.view.actions() if "Arrêter les relances" in a.text())
    asked: list[str] = []
    monkeypatch.setattr(window.invoice_stops, "ask",
                        lambda number: asked.append(number) or ("Avoir demandé", None))
    stop.trigger()
    assert asked == [invoice.number]
    with cf.use():
        assert [(s.reason, s.until, s.invoice_id) for s in dunning.stops_of(cf, martin, TODAY)
                ] == [("Avoir demandé", None, invoice.id)]
        assert "Garage Martin" not in {a.customer_name for a in dunning.day_actions(cf, TODAY)}
    resume = next(a for a in window.view.actions() if "Reprendre les relances" in a.text())
    resume.trigger()
    with cf.use():
        assert dunning.stops_of(cf, martin, TODAY) == []


def test_past_steps_show_a_call_pending_until_it_is_logged(
    window: MainWindow, small_company: Path,  # noqa: F811
) -> None:
    from datetime import datetime, time

    from relance_desktop.services import calls, dunning_run
    from tests.gui.conftest import settle

    view = timeline_of(window, small_company, "Garage Martin")
    cf = view.cf
    assert view.past.rowCount() == 0
    (action,) = [a for a in dunning.day_actions(cf, TODAY) if a.customer_id == view.customer_id]
    now = datetime.combine(TODAY, time(10, 0))
    dunning_run.hand_call_to_today(cf, action, TODAY, now)
    settle()

    def past() -> list[tuple[str, str, str]]:
        return [(view.past.item(r, 1).text(), view.past.item(r, 2).text(),
                 view.past.item(r, 4).text()) for r in range(view.past.rowCount())]

    assert past()[0] == ("Appel", "en attente de l'appel", "France — clients professionnels — 2")
    assert past()[1][:2] == ("E-mail", "passée (rattrapage)")  # the courtesy e-mail
    calls.finish_call(cf, calls.CallDraft(view.customer_id, outcome="reached", started_at=now),
                      user_id=None)
    settle()
    assert past()[0][:2] == ("Appel", "faite")


def test_a_call_back_closed_without_a_call_shows_the_call_not_made(
    window: MainWindow, small_company: Path,  # noqa: F811
) -> None:
    from datetime import datetime, time

    from relance_desktop.services import calls, dunning_run
    from relance_desktop.store.models import Task
    from tests.gui.conftest import settle

    view = timeline_of(window, small_company, "Garage Martin")
    cf = view.cf
    (action,) = [a for a in dunning.day_actions(cf, TODAY) if a.customer_id == view.customer_id]
    now = datetime.combine(TODAY, time(10, 0))
    dunning_run.hand_call_to_today(cf, action, TODAY, now)
    with cf.use():
        task = Task.get((Task.customer == view.customer_id) & Task.done_at.is_null())
    calls.complete_task(cf, task.id, "annulé", at=now)
    settle()
    assert (view.past.item(0, 1).text(), view.past.item(0, 2).text()) == (
        "Appel", "passée : Appel non passé")

def test_a_step_skipped_shows_its_reason(
    window: MainWindow, small_company: Path,  # noqa: F811
) -> None:
    from tests.gui.conftest import settle

    view = timeline_of(window, small_company, "Garage Martin")
    (action,) = [a for a in dunning.day_actions(view.cf, TODAY)
                 if a.customer_id == view.customer_id]
    dunning.record_skipped(view.cf, action, TODAY, "Client rencontré au salon")
    settle()
    assert [view.past.item(r, 2).text() for r in range(view.past.rowCount())] == [
        "passée : Client rencontré au salon", "passée (rattrapage)"]
