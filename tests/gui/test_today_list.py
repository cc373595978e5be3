"""Today as a work list: section titles with counts, rows that say who, why, how much, when
reachable and the last contact, the keyboard across sections, and no sideways scrolling at
1366×768 in French, English and Dutch. A small company made by hand, not the demo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from relance_desktop.app import install_translators
from relance_desktop.services import customers, invoices
from relance_desktop.services.session import open_company
from relance_desktop.store.database import create_company_file
from relance_desktop.store.models import Promise, Task
from relance_desktop.views.common import Session
from relance_desktop.views.main_window import PAGE_TODAY, MainWindow
from relance_desktop.views.today_list import Cells, TodayModel
from tests.gui.conftest import settle
from tests.helpers import TODAY

LONG_NAME = ("Établissements Vandenbroucke-Desmet et Associés, menuiserie générale, "
             "charpente et rénovation de bâtiments anciens")


@dataclass(frozen=True)
class Queue:
    path: Path
    broken: int  # a promise of 400,00 € broken: section 1
    call_back: int  # a call-back agreed for 9:00 today: section 2
    big: int  # 9 000,00 € 30 days late: first to call
    small: int  # 150,00 € 12 days late (1 800 €·days): third to call
    long: int  # a very long name, 2 000,00 € 5 days late (10 000 €·days): second to call


def make_queue(folder: Path) -> Queue:
    path = create_company_file(folder / "File.relance", name="Atelier File SARL", country="FR")
    cf = open_company(path)
    try:
        def owing(name: str, cents: int, days: int) -> int:
            customer = customers.create_customer(cf, customers.CustomerInput(
                name=name, country="FR", language="fr", phone="+33 4 78 00 00 01"))
            due = TODAY - timedelta(days=days)
            invoices.create_invoice(cf, invoices.InvoiceInput(
                customer_id=customer, number=f"F-{customer}", issue_date=due - timedelta(days=30),
                due_date=due, amount_cents=cents, description="Travaux"))
            return customer

        queue = Queue(path, owing("Bernard Promesse", 400_00, 40),
                      owing("Chantal Rappel", 700_00, 20), owing("Dubois Gros", 9000_00, 30),
                      owing("Martin Petit", 150_00, 12), owing(LONG_NAME, 2000_00, 5))
        with cf.use():
            Promise.create(customer=queue.broken, amount_cents=400_00,
                           promised_on=TODAY - timedelta(days=5), status="broken")
            Task.create(customer=queue.call_back, kind="call_back",
                        due_at=datetime.combine(TODAY, time(9, 0)))
        return queue
    finally:
        cf.close()


@pytest.fixture
def queue(tmp_path: Path) -> Queue:
    return make_queue(tmp_path)


@pytest.fixture
def opened(window: MainWindow, queue: Queue) -> MainWindow:
    assert window.open_file(queue.path)
    window.show_page(PAGE_TODAY)
    settle()
    return window


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    installed = []

    def install(language: str) -> None:
        installed.extend(install_translators(qapp, language))

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def lines(w: MainWindow) -> list[str]:
    model = w.today_model
    return [str(model.data(model.index(r, 0))) for r in range(model.rowCount())]


def test_sections_with_their_counts_then_who_why_how_much(opened: MainWindow) -> None:
    shown = lines(opened)
    assert shown[0] == "Promesses non tenues (1)"
    assert shown[1].startswith("Bernard Promesse")
    assert "Promesse de 400,00\xa0€ pour le" in shown[1] and "non tenue" in shown[1]
    assert shown[2] == "Rappels prévus (1)"
    assert shown[3].startswith("Chantal Rappel") and "Rappel convenu à 09:00" in shown[3]
    assert shown[4] == "À appeler (3)"
    assert [s.split(" ")[0] for s in shown[5:]] == ["Dubois", "Établissements", "Martin"]
    big = shown[5]
    assert "9\u202f000,00\xa0€" in big and "jusqu'à 30 jours" in big
    assert "joignable maintenant" in big and "jamais appelé" in big
    assert "Paiements à vérifier" not in " ".join(shown)  # an empty section is not shown


def test_up_and_down_go_across_sections_and_enter_opens_the_call_sheet(
        qtbot: Any, opened: MainWindow, queue: Queue) -> None:
    view = opened.today_view
    view.setFocus()
    assert opened.current_customer_id() == queue.broken  # the first row, not a title
    qtbot.keyClick(view, Qt.Key.Key_Down)  # over the « Rappels prévus » title
    assert opened.current_customer_id() == queue.call_back
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert opened.current_customer_id() == queue.big
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert opened.current_customer_id() == queue.broken
    qtbot.keyClick(view, Qt.Key.Key_Up)  # nothing above: stays
    assert opened.current_customer_id() == queue.broken
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert opened.current_customer_id() == queue.small
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert queue.small in opened.call_sheets and opened.call_sheets[queue.small].isVisible()


def test_a_section_title_is_not_a_customer(opened: MainWindow) -> None:
    model = opened.today_model
    assert model.row(model.index(0, 0)).id is None  # type: ignore[union-attr]
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


@pytest.mark.parametrize("language", ["fr", "en", "nl"])
def test_no_sideways_scrolling_at_1366_by_768(
        qtbot: Any, window: MainWindow, queue: Queue, session: Session,
        use_language: Callable[[str], None], language: str) -> None:
    if language != "fr":
        session.settings.set("ui_language", language)
        use_language(language)
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    w.setWindowState(Qt.WindowState.WindowNoState)  # not maximised on the test's small screen
    w.resize(1366, 768)
    assert w.open_file(queue.path)
    w.show_page(PAGE_TODAY)
    settle()
    assert (w.width(), w.height()) == (1366, 768)  # nothing forces the window wider
    view = w.today_view
    assert view.horizontalScrollBar().maximum() == 0
    assert not view.horizontalScrollBar().isVisible()
    long_row = view.visualRect(w.today_model.index_of(queue.long))
    assert long_row.isValid() and long_row.right() <= view.viewport().width()
    title = w.today_model.data(w.today_model.index(0, 0))
    assert title == {"fr": "Promesses non tenues (1)", "en": "Broken promises (1)",
                     "nl": "Niet-nagekomen beloftes (1)"}[language]


@dataclass(frozen=True)
class _Row:
    customer_id: int


def test_to_call_is_fetched_as_the_list_scrolls() -> None:
    asked: list[int] = []

    def fetch(offset: int) -> list[_Row]:
        asked.append(offset)
        return [_Row(n) for n in range(offset + 1, min(offset + 2, 5) + 1)]

    model = TodayModel()
    model.set_queue([("call_back", 0, []), ("to_call", 5, [_Row(1), _Row(2)])],
                    format_row=lambda r: Cells(str(r.customer_id), "", "", "", ""),
                    title=str, fetch=fetch)
    assert model.rowCount() == 3  # the title and the first page
    while model.canFetchMore():
        model.fetchMore()
    assert asked == [2, 4]
    assert [e.customer_id for e in model.items()] == [1, 2, 3, 4, 5]


@dataclass(frozen=True)
class _Lazy:
    customer_id: int
    complete: bool = False
    due: str = ""


def test_a_row_is_completed_with_the_following_ones_when_first_shown() -> None:
    """A long section's rows come without what they owe: read a page at a time as shown."""
    asked: list[list[int]] = []

    def complete(rows: list[_Lazy]) -> list[_Lazy]:
        asked.append([r.customer_id for r in rows])
        return [_Lazy(r.customer_id, True, f"{r.customer_id},00 €") for r in rows]

    model = TodayModel()
    rows = [_Lazy(1, True, "1,00 €"), *(_Lazy(n) for n in range(2, 150))]
    model.set_queue([("call_back", len(rows), rows)], title=str, complete=complete,
                    format_row=lambda r: Cells(str(r.customer_id), r.due, "", "", ""))
    assert model.index(1, 0).data(Qt.ItemDataRole.DisplayRole) == "1 — 1,00 €"
    assert asked == []  # complete rows need nothing
    assert model.index(2, 0).data(Qt.ItemDataRole.DisplayRole) == "2 — 2,00 €"
    assert asked == [list(range(2, 102))]  # the row shown and the ones after it, a page
    assert model.index(120, 0).data(Qt.ItemDataRole.DisplayRole) == "120 — 120,00 €"
    assert asked[1] == list(range(120, 150))


def test_the_sections_after_a_paged_one_come_once_it_is_read_to_its_end() -> None:
    """« Call-backs » read a page at a time: « payment checks » and « to call » come after its
    last row, never in the middle of it; then « to call » is read a page at a time too."""
    asked: list[tuple[str, int]] = []

    def pages(section: str, first: int, count: int) -> Any:
        def fetch(offset: int) -> list[_Row]:
            asked.append((section, offset))
            return [_Row(first + n) for n in range(offset, min(offset + 2, count))]
        return fetch

    model = TodayModel()
    model.set_queue([("call_back", 5, [_Row(100), _Row(101)]), ("payment_check", 1, [_Row(7)]),
                     ("to_call", 3, [_Row(200)])],
                    format_row=lambda r: Cells(str(r.customer_id), "", "", "", ""), title=str,
                    fetches={"call_back": pages("call_back", 100, 5),
                             "to_call": pages("to_call", 200, 3)})
    assert model.rowCount() == 3  # the title and the first page of call-backs only
    model.fetchMore()
    assert [e.customer_id for e in model.items()] == [100, 101, 102, 103]
    model.fetchMore()  # the last call-back, then the sections after it
    assert [model.entry(model.index(n, 0)).section for n in range(model.rowCount())] == [
        "call_back"] * 6 + ["payment_check"] * 2 + ["to_call"] * 2
    while model.canFetchMore():
        model.fetchMore()
    assert asked == [("call_back", 2), ("call_back", 4), ("to_call", 1)]
    assert [e.customer_id for e in model.items()] == [100, 101, 102, 103, 104, 7, 200, 201, 202]


def test_a_section_left_for_later_is_read_only_when_the_list_reaches_it() -> None:
    """« To call » ranks every customer owing: on a big file it is read only once the user has
    scrolled past the call-backs; when they fit on the first page, at once; empty, not shown."""
    loaded: list[str] = []

    def load() -> tuple[int, list[_Row]]:
        loaded.append("to_call")
        return 2, [_Row(200), _Row(201)]

    def fetch(offset: int) -> list[_Row]:
        return [_Row(100 + n) for n in range(offset, min(offset + 2, 4))]

    cells = {"format_row": lambda r: Cells(str(r.customer_id), "", "", "", ""), "title": str}
    model = TodayModel()
    model.set_queue([("call_back", 4, [_Row(100), _Row(101)]), ("to_call", 0, [])],
                    fetches={"call_back": fetch}, loads={"to_call": load}, **cells)
    assert loaded == [] and model.rowCount() == 3
    model.fetchMore()
    assert loaded == ["to_call"]
    assert [e.customer_id for e in model.items()] == [100, 101, 102, 103, 200, 201]
    assert model.entry(model.index(5, 0)).count == 2  # the title of « to call », counted
    model.set_queue([("call_back", 1, [_Row(100)]), ("to_call", 0, [])],
                    loads={"to_call": load}, **cells)
    assert loaded == ["to_call"] * 2 and model.rowCount() == 5
    model.set_queue([("to_call", 0, [])], loads={"to_call": lambda: (0, [])}, **cells)
    assert model.rowCount() == 0
