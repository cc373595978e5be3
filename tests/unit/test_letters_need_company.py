"""No letter leaves with a hole where the sender's details go: every way to a batch of letters
(the command line, « Actions du jour », « Courriers ») stops on the same rule, naming what the
company's card lacks, and writes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from relance_desktop.__main__ import main
from relance_desktop.services import company, dunning, dunning_run, letter_batch
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.invoices import InvoiceInput, create_invoice
from relance_desktop.store.database import open_company_file
from relance_desktop.store.models import Document, DunningAction
from relance_desktop.store.session import CompanySession
from tests.helpers import LETTER_DETAILS, TODAY, with_letter_details

CLI_ON_A_FILE = pytest.mark.sqlite_only(reason="the command line works on company files")
ALL_LACKING = ("la rue et le numéro", "le code postal", "la localité",
               "le numéro d'entreprise (SIREN ou BCE)", "l'IBAN où payer",
               "l'adresse e-mail où vous répondre", "le téléphone où vous joindre")


def _overdue(cf: CompanySession, name: str, account: str, days_late: int = 30) -> int:
    cid = create_customer(cf, CustomerInput(name=name, account=account))
    due = TODAY - timedelta(days=days_late)
    create_invoice(cf, InvoiceInput(cid, f"F-{account}", due - timedelta(days=30), due,
                                    150_000))
    return cid


def test_the_rule_lists_exactly_the_empty_fields(cf: CompanySession) -> None:
    assert company.missing_for_letters(cf) == list(company.LETTER_FIELDS)
    with_letter_details(cf)
    assert company.missing_for_letters(cf) == []
    company.require_letter_details(cf)  # complete: nothing said
    # One field left blank (spaces only count as blank) is the one named.
    company.update_company(cf, replace(company.company_input(cf), iban=""))
    with pytest.raises(company.CompanyIncompleteError) as raised:
        company.require_letter_details(cf)
    assert raised.value.missing == ["iban"]
    assert "l'IBAN où payer" in raised.value.render()
    assert "le téléphone" not in raised.value.render()


def test_a_batch_without_the_senders_details_writes_nothing(
        cf: CompanySession, tmp_path: Path) -> None:
    cid = _overdue(cf, "Garage Dubois", "411001")
    out = tmp_path / "lettres"
    with pytest.raises(company.CompanyIncompleteError) as raised:
        letter_batch.produce(cf, "reminder-1", [cid], out, today=TODAY, settings=None)
    assert all(words in raised.value.render() for words in ALL_LACKING)
    assert not out.exists()  # not even the folder
    assert Document.select().count() == 0


def test_the_days_letters_stop_on_the_same_rule(cf: CompanySession, tmp_path: Path) -> None:
    _overdue(cf, "Boulangerie Durand", "411002", days_late=16)
    (action,) = dunning.day_actions(cf, TODAY)
    assert dunning_run.delivery(action.proposal) == "letter"
    with pytest.raises(company.CompanyIncompleteError):
        dunning_run.produce_letters(cf, [action], dunning_run.Writing(TODAY, None), tmp_path)
    assert list(tmp_path.glob("*.pdf")) == []
    assert Document.select().count() == 0
    assert DunningAction.select().count() == 0  # the step stays to do
    assert len(dunning.day_actions(cf, TODAY)) == 1


@CLI_ON_A_FILE
def test_the_command_line_names_what_is_missing_and_exits_2(
        company_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_company_file(company_path) as cf:
        _overdue(cf, "Garage Dubois", "411001")
        details = dict(LETTER_DETAILS)
        del details["iban"], details["phone"]
        company.update_company(cf, replace(company.company_input(cf), **details))
    out = tmp_path / "lettres"
    code = main(["letters", str(company_path), "--kind", "reminder-1", "--all-due",
                 "--out", str(out), "--on", TODAY.isoformat()])
    printed = capsys.readouterr()
    assert code == 2
    assert printed.out == ""  # no file listed
    assert "l'IBAN où payer" in printed.err and "le téléphone où vous joindre" in printed.err
    assert "la localité" not in printed.err
    assert not out.exists()
    with open_company_file(company_path) as cf, cf.use():
        assert Document.select().count() == 0


@CLI_ON_A_FILE
def test_the_command_line_goes_on_once_the_card_is_complete(
        company_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_company_file(company_path) as cf:
        _overdue(cf, "Garage Dubois", "411001")
        with_letter_details(cf)
    out = tmp_path / "lettres"
    assert main(["letters", str(company_path), "--kind", "reminder-1", "--all-due",
                 "--out", str(out), "--on", TODAY.isoformat()]) == 0
    (printed,) = capsys.readouterr().out.split("\n")[:-1]
    assert Path(printed).parent == out and Path(printed).exists()
    assert date.fromisoformat(Path(printed).name[:10]) == TODAY
