"""« Actions du jour » on a small company made for the test: validating sends the e-mails to a
real SMTP server on 127.0.0.1, produces the letters into the history and hands the calls to
« Aujourd'hui »; skipping and postponing take the customer off the day's list."""

# ruff: noqa: F811  (the fixtures shared with the e-mail dialog tests are parameters here)
from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from relance_desktop import secrets
from relance_desktop.services import dunning, dunning_run
from relance_desktop.services.queue import Section
from relance_desktop.store.database import create_company_file, open_company_file
from relance_desktop.store.models import (
    Contact,
    Customer,
    Document,
    Interaction,
    Invoice,
    Task,
)
from relance_desktop.views.actions_page import ActionsPage, EmailTextDialog
from relance_desktop.views.main_pages import PAGE_ACTIONS
from relance_desktop.views.main_window import MainWindow
from tests.gui.conftest import Messages, settle
from tests.gui.test_email_dialog import (  # noqa: F401  (fixtures: the SMTP server, keyring)
    configure,
    memory_keyring,
    server,
    tls_files,
    trust_test_cert,
)
from tests.gui.test_letters_escalation import MissingBox, missing_box  # noqa: F401
from tests.helpers import LETTER_DETAILS, TODAY, with_letter_details
from tests.keyring_memory import MemoryKeyring
from tests.mail_server import PASSWORD, MailServer

# TODAY is a Monday. The French business scenario: courtesy e-mail at -5 (automatic), call at
# +5, first reminder letter at +15.
DUE = {"Atelier Petit": TODAY + timedelta(days=5),  # courtesy e-mail due today
       "Garage Martin": TODAY - timedelta(days=5),  # the call
       "Boulangerie Durand": TODAY - timedelta(days=16)}  # the letter (catch-up)


@pytest.fixture
def small_company(tmp_path: Path) -> Path:
    return _small_company(tmp_path, letter_details=True)


@pytest.fixture
def bare_company(tmp_path: Path) -> Path:
    """The same customers, for a company whose card has a name and a country only."""
    return _small_company(tmp_path, letter_details=False)


def _small_company(tmp_path: Path, *, letter_details: bool) -> Path:
    path = create_company_file(tmp_path / "Petite SARL.relance", name="Petite SARL",
                               country="FR")
    cf = open_company_file(path)
    try:
        with cf.use():
            if letter_details:
                with_letter_details(cf)
            for n, (name, due) in enumerate(sorted(DUE.items()), 1):
                customer = Customer.create(name=name, email=f"compta{n}@client.example",
                                           address="1 rue de la Paix", postcode="75002",
                                           city="Paris")
                Invoice.create(customer=customer, number=f"F-{n:03d}",
                               issue_date=due - timedelta(days=30), due_date=due,
                               amount_cents=120_000 * n)
    finally:
        cf.close()
    return path


def page_of(window: MainWindow, path: Path) -> ActionsPage:
    assert window.open_file(path)
    window.show_page(PAGE_ACTIONS)
    page = window.actions_page
    assert window.pages.currentWidget() is page
    return page


def shown(page: ActionsPage) -> dict[str, tuple[str, bool]]:
    return {page.table.item(r, 0).text(): (page.table.item(r, 1).text(),
                                           page.table.item(r, 0).checkState()
                                           == Qt.CheckState.Checked)
            for r in range(page.table.rowCount())}


def test_the_day_is_proposed_and_validated(
    qtbot: Any, window: MainWindow, small_company: Path, server: MailServer,
    memory_keyring: MemoryKeyring, messages: Messages, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    smtp = configure(window.session, server.port)
    secrets.set_password(smtp.account, PASSWORD)
    page = page_of(window, small_company)
    assert shown(page) == {
        "Atelier Petit": ("E-mail (rappel courtois)", True),  # automatic: ticked
        "Boulangerie Durand": ("Courrier (1re relance)", False),
        "Garage Martin": ("Appel", False),
    }
    row = page.row_of(page.actions[0].customer_id)
    assert "F-001" in page.table.item(row, 3).text()
    letters_folder = tmp_path / "courriers"
    monkeypatch.setattr(page, "ask_folder", lambda: str(letters_folder))
    page.check_all()

    page.validate_button.click()
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)
    settle()

    assert page.table.rowCount() == 0, page.last_report
    (received,) = server.messages
    assert received["To"] == "compta1@client.example"
    assert [p.get_filename().endswith(".pdf") for p in received.iter_attachments()] == [True]
    cf = window.cf
    assert cf is not None
    with cf.use():
        durand = Customer.get(Customer.name == "Boulangerie Durand")
        martin = Customer.get(Customer.name == "Garage Martin")
        assert [d.kind for d in Document.select().where(Document.customer == durand)] == [
            "reminder-1"]
        assert Interaction.select().where(Interaction.kind == "email").count() == 1
        assert Task.get(Task.customer == martin).kind == "call_back"
        done = {(h.channel.value, h.outcome.value) for c in Customer.select()
                for h in dunning.history(cf, c.id) if h.outcome.value != "skipped"}
    # the call is done once it is logged: until then it waits in « Aujourd'hui »
    assert done == {("email", "done"), ("letter", "done"), ("call", "pending")}
    assert list(letters_folder.glob("*.pdf"))
    window.reload_today()
    sections = {r.customer: r.section for r in window.today_rows}
    assert sections["Garage Martin"] is Section.CALL_BACK


def test_a_failed_email_is_kept_as_a_draft_and_stays_to_do(
    qtbot: Any, window: MainWindow, small_company: Path, memory_keyring: MemoryKeyring,
    messages: Messages,
) -> None:
    configure(window.session, 1)  # nothing listens there
    page = page_of(window, small_company)
    page.check_all(False)
    page.table.item(page.row_of(page.actions[0].customer_id), 0).setCheckState(
        Qt.CheckState.Checked)
    page.ask_password = lambda smtp: "x"  # type: ignore[method-assign]

    page.validate_button.click()
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)

    assert "Non envoyé à Atelier Petit" in page.last_report
    assert "brouillon" in page.last_report and ".eml" in page.last_report
    assert "Atelier Petit" in shown(page)  # still to do


def test_skip_needs_a_reason_then_the_next_step_follows(
    window: MainWindow, small_company: Path, messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = page_of(window, small_company)
    page.table.setCurrentCell(page.row_of(page.actions[2].customer_id), 0)
    assert page.current_action().customer_name == "Garage Martin"  # type: ignore[union-attr]
    monkeypatch.setattr(page, "ask_reason", lambda *a: "")
    page.skip_button.click()
    assert "Garage Martin" in shown(page)
    assert "raison" in messages.texts[-1]
    monkeypatch.setattr(page, "ask_reason", lambda *a: "Client rencontré hier")
    page.skip_button.click()
    assert "Garage Martin" not in shown(page)
    cf = window.cf
    assert cf is not None
    with cf.use():
        martin = Customer.get(Customer.name == "Garage Martin").id
        entries = [(h.channel.value, h.outcome.value) for h in dunning.history(cf, martin)]
        assert entries == [("email", "skipped"), ("call", "skipped")]  # the courtesy one missed
        # ten days later, the letter is proposed
        later = [a.customer_name for a in dunning.day_actions(cf, TODAY + timedelta(days=10))]
    assert "Garage Martin" in later


def test_postpone_holds_the_customer_until_the_day_after(
    window: MainWindow, small_company: Path, messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = page_of(window, small_company)
    page.table.setCurrentCell(page.row_of(page.actions[1].customer_id), 0)
    monkeypatch.setattr(page, "ask_postpone", lambda: (TODAY, "Attend un avoir"))
    page.postpone_button.click()
    assert "Boulangerie Durand" in shown(page)  # today is not « later »
    until = TODAY + timedelta(days=3)
    monkeypatch.setattr(page, "ask_postpone", lambda: (until, "Attend un avoir"))
    page.postpone_button.click()
    assert "Boulangerie Durand" not in shown(page)
    cf = window.cf
    assert cf is not None
    with cf.use():
        names = lambda day: [a.customer_name for a in dunning.day_actions(cf, day)]  # noqa: E731
        assert "Boulangerie Durand" not in names(until)
        assert "Boulangerie Durand" in names(until + timedelta(days=1))


def test_automatic_steps_go_out_when_the_page_is_shown_if_allowed(
    qtbot: Any, window: MainWindow, small_company: Path, server: MailServer,
    memory_keyring: MemoryKeyring, messages: Messages,
) -> None:
    smtp = configure(window.session, server.port)
    secrets.set_password(smtp.account, PASSWORD)
    window.session.settings.set("dunning_auto_send", True)
    page = page_of(window, small_company)
    qtbot.waitUntil(lambda: page.job is None and page.automatic_day == TODAY, timeout=60_000)
    (received,) = server.messages  # the courtesy e-mail only: nothing else without a click
    assert received["To"] == "compta1@client.example"
    assert set(shown(page)) == {"Boulangerie Durand", "Garage Martin"}
    page.set_company(page.cf)  # shown again the same day: nothing more
    assert page.job is None and len(server.messages) == 1


def test_without_the_setting_nothing_leaves_without_a_click(
    window: MainWindow, small_company: Path, memory_keyring: MemoryKeyring,
    messages: Messages,
) -> None:
    page = page_of(window, small_company)
    assert page.job is None and page.automatic_day is None
    assert shown(page)["Atelier Petit"] == ("E-mail (rappel courtois)", True)


def test_an_edited_email_goes_out_as_edited(
    qtbot: Any, window: MainWindow, small_company: Path, server: MailServer,
    memory_keyring: MemoryKeyring, messages: Messages, monkeypatch: pytest.MonkeyPatch,
) -> None:
    smtp = configure(window.session, server.port)
    secrets.set_password(smtp.account, PASSWORD)
    page = page_of(window, small_company)
    page.table.setCurrentCell(page.row_of(page.actions[0].customer_id), 0)
    seen: list[str] = []

    def edit(dialog: EmailTextDialog) -> int:
        seen.append(dialog.subject.text())
        dialog.subject.setText("Votre facture F-001 arrive à échéance")
        dialog.body.setPlainText("Bonjour Madame Petit,\n\nUn simple rappel amical.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EmailTextDialog, "exec", edit)
    page.edit_button.click()
    assert seen and seen[0]  # the template's subject was proposed
    page.check_all(False)
    page.table.item(page.row_of(page.actions[0].customer_id), 0).setCheckState(
        Qt.CheckState.Checked)
    page.validate_button.click()
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)

    (received,) = server.messages
    assert received["Subject"] == "Votre facture F-001 arrive à échéance"
    assert "Madame Petit" in received.get_body(("plain",)).get_content()


def test_a_change_made_elsewhere_updates_the_day(
    window: MainWindow, small_company: Path, messages: Messages,
) -> None:
    page = page_of(window, small_company)
    cf = window.cf
    assert cf is not None
    with cf.use():
        martin = Customer.get(Customer.name == "Garage Martin").id
    dunning.stop(cf, martin, "Redressement judiciaire")  # e.g. from the customer window
    settle()
    assert "Garage Martin" not in shown(page)


def select_rows(page: ActionsPage, *names: str) -> None:
    from PySide6.QtCore import QItemSelectionModel

    page.table.clearSelection()
    flags = (QItemSelectionModel.SelectionFlag.Select
             | QItemSelectionModel.SelectionFlag.Rows)
    for action in page.actions:
        if action.customer_name in names:
            index = page.table.model().index(page.row_of(action.customer_id), 0)
            page.table.selectionModel().select(index, flags)


def test_several_actions_skipped_with_one_reason(
    window: MainWindow, small_company: Path, messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = page_of(window, small_company)
    select_rows(page, "Garage Martin", "Boulangerie Durand")
    asked: list[str] = []
    monkeypatch.setattr(page, "ask_reason", lambda title, label: asked.append(label) or
                        "Vus au salon, paiement annoncé")
    page.skip_button.click()
    assert "2" in asked[0]  # the question says how many actions
    assert set(shown(page)) == {"Atelier Petit"}
    cf = window.cf
    assert cf is not None
    with cf.use():
        rows = cf.tuples("SELECT c.name, a.channel, a.outcome, a.reason, a.scenario_key, "
                         "a.position FROM dunning_action a JOIN customer c "
                         "ON c.id = a.customer_id WHERE a.reason <> 'catch_up' ORDER BY c.name")
    assert [tuple(r) for r in rows] == [
        ("Boulangerie Durand", "letter", "skipped", "Vus au salon, paiement annoncé",
         "fr-business", 3),
        ("Garage Martin", "call", "skipped", "Vus au salon, paiement annoncé",
         "fr-business", 2)]


def test_several_customers_postponed_to_one_day(
    window: MainWindow, small_company: Path, messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = page_of(window, small_company)
    select_rows(page, "Garage Martin", "Atelier Petit")
    until = TODAY + timedelta(days=3)  # a Thursday
    monkeypatch.setattr(page, "ask_postpone", lambda: (until, "Fermeture annuelle"))
    page.postpone_button.click()
    assert set(shown(page)) == {"Boulangerie Durand"}
    cf = window.cf
    assert cf is not None
    with cf.use():
        for name in ("Garage Martin", "Atelier Petit"):
            customer = Customer.get(Customer.name == name).id
            assert [(s.reason, s.until) for s in dunning.stops_of(cf, customer, TODAY)] == [
                ("Fermeture annuelle", until)]
        names = {a.customer_name for a in dunning.day_actions(cf, until + timedelta(days=1))}
    assert "Garage Martin" in names  # the day after, chased again


def test_the_calendar_of_the_book_by_day_and_channel(
    qtbot: Any, window: MainWindow, small_company: Path, messages: Messages,
) -> None:
    page = page_of(window, small_company)
    page.tabs.setCurrentWidget(page.calendar)
    qtbot.waitUntil(lambda: not page.calendar.loading, timeout=30_000)
    table = page.calendar.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:2] == ["Jour", "Actions"] and headers[-1] == "Montant"
    first = {headers[c]: table.item(0, c).text() for c in range(table.columnCount())}
    # today: the courtesy e-mail (1 200 €), the letter (2 400 €) and the call (3 600 €)
    assert first["Jour"] == TODAY.strftime("%d/%m/%Y")
    assert (first["Actions"], first["E-mail"], first["Courrier"], first["Appel"]) == (
        "3", "1", "1", "1")
    assert first["Montant"].replace("\u202f", " ").startswith("7 200,00")
    days = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert (TODAY + timedelta(days=10)).strftime("%d/%m/%Y") in days  # Martin's letter
    table.setCurrentCell(days.index((TODAY + timedelta(days=10)).strftime("%d/%m/%Y")), 0)
    detail = page.calendar.detail
    listed = [(detail.item(r, 0).text(), detail.item(r, 1).text())
              for r in range(detail.rowCount())]
    assert ("Garage Martin", "Courrier (1re relance)") in listed


def test_the_days_letters_stop_on_an_incomplete_company_card(
    qtbot: Any, window: MainWindow, bare_company: Path, missing_box: MissingBox,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same box as « Courriers » (what is missing, « Compléter la fiche… »): cancelled, no
    folder is asked, no letter written, the step stays to do and the report says why."""
    page = page_of(window, bare_company)
    asked: list[bool] = []
    monkeypatch.setattr(page, "ask_folder", lambda: asked.append(True) or str(tmp_path))
    page.check_all(False)
    letter_row = page.row_of(next(a.customer_id for a in page.actions
                                  if a.customer_name == "Boulangerie Durand"))
    page.table.item(letter_row, 0).setCheckState(Qt.CheckState.Checked)

    page.validate_button.click()
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)

    [said] = missing_box.texts
    assert "l'IBAN où payer" in said and "le numéro d'entreprise (SIREN ou BCE)" in said
    assert asked == []
    assert list(tmp_path.rglob("*.pdf")) == []
    assert "Boulangerie Durand" in shown(page)  # still to do
    assert "fiche de la société" in page.last_report


def test_the_days_letters_go_on_once_the_card_is_filled_in_from_the_box(
    qtbot: Any, window: MainWindow, bare_company: Path, missing_box: MissingBox,
    dialog_script: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from relance_desktop.views.dialogs import CompanyDialog

    page = page_of(window, bare_company)
    folder = tmp_path / "courriers"
    monkeypatch.setattr(page, "ask_folder", lambda: str(folder))
    page.check_all(False)
    letter_row = page.row_of(next(a.customer_id for a in page.actions
                                  if a.customer_name == "Boulangerie Durand"))
    page.table.item(letter_row, 0).setCheckState(Qt.CheckState.Checked)

    def fill(dialog: CompanyDialog) -> None:
        fields = {"street": dialog.ui.street, "postcode": dialog.ui.postcode,
                  "city": dialog.ui.city, "company_number": dialog.ui.companyNumber,
                  "iban": dialog.ui.iban, "email": dialog.ui.email, "phone": dialog.ui.phone}
        for key, edit in fields.items():
            edit.setText(LETTER_DETAILS[key])
        dialog.accept()

    missing_box.answer = "fill"
    dialog_script.expect(CompanyDialog, fill)
    page.validate_button.click()
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)

    assert len(missing_box.texts) == 1
    assert len(list(folder.glob("*.pdf"))) == 1
    assert "Boulangerie Durand" not in shown(page)


def test_the_demo_day_validated_end_to_end(
    qtbot: Any, demo_window: MainWindow, server: MailServer, memory_keyring: MemoryKeyring,
    messages: Messages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The demo's « Actions du jour », all ticked and validated: each e-mail reaches the SMTP
    server, each letter (reminder, formal notice, collection file) is in the customer's
    history, each call waits in « Aujourd'hui »; nothing is left to do."""
    window = demo_window
    smtp = configure(window.session, server.port)
    secrets.set_password(smtp.account, PASSWORD)
    window.show_page(PAGE_ACTIONS)
    page = window.actions_page
    by_means: dict[str, set[int]] = {}
    for action in page.actions:
        by_means.setdefault(dunning_run.delivery(action.proposal), set()).add(action.customer_id)
    assert {"email", "letter", "call"} <= set(by_means), by_means
    letters_folder = tmp_path / "courriers"
    monkeypatch.setattr(page, "ask_folder", lambda: str(letters_folder))
    page.check_all()

    page.validate_button.click()
    qtbot.waitUntil(lambda: page.job is None, timeout=120_000)
    settle()

    assert page.table.rowCount() == 0, page.last_report
    cf = window.cf
    assert cf is not None
    with cf.use():
        owner_of = {c.email: c.id for c in Customer.select() if c.email}
        owner_of.update({c.email: c.customer_id for c in Contact.select() if c.email})
        written = {d.customer_id for d in Document.select()}
        called = {t.customer_id for t in Task.select().where(
            Task.kind == "call_back", Task.done_at.is_null())}
    # one e-mail to each customer whose step is an e-mail, at their address or a contact's
    assert sorted(owner_of[m["To"]] for m in server.messages) == sorted(by_means["email"])
    assert by_means["letter"] <= written
    assert len(list(letters_folder.glob("*.pdf"))) >= 1
    assert by_means["call"] <= called
    window.reload_today()
    waiting = {r.customer_id for r in window.today_rows if r.section is Section.CALL_BACK}
    assert by_means["call"] <= waiting
