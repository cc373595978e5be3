"""One law per debt, read back from the printed letter (LEGAL-NOTES §12).

For each creditor → debtor country (FR→FR, FR→BE, BE→FR, BE→BE), each kind of debtor (business,
consumer) and each language, the reminders and the formal notice are drawn, their text is read
back from the PDF with ``pdftotext``, and no statute of another regime may appear in it; the
formal notice names its own. The demo company is not used: each case writes its own company,
customer and invoice, on the day the shipped rate table no longer covers (so the interest after
30/06/2026 is claimed without a figure).
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from relance_desktop.services import letters
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.invoices import InvoiceInput, create_invoice
from relance_desktop.store.models import Company, Document, DocumentInvoice
from relance_desktop.store.session import CompanySession
from relance_desktop.translators import translate_for
from tests.helpers import with_letter_details

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

ON = date(2026, 12, 6)

# What each regime's letters may cite, in the three languages. A marker of any other regime in
# a letter is the defect: a Belgian statute over a French computation, French rules for a
# Belgian consumer…
STATUTES: dict[str, tuple[str, ...]] = {
    "FR_B2B": ("L441-10", "D441-5", "Code de commerce", "C. com.", "Wetboek van Koophandel",
               "Commercial Code"),
    "FR_B2C": ("1231-6", "1344", "Code civil", "C. civ.", "Burgerlijk Wetboek", "Civil Code",
               "L111-8"),
    "BE_B2B": ("2 août 2002", "2 augustus 2002", "2 August 2002", "2/8/2002", "2002"),
    "BE_B2C": ("XIX", "droit économique", "economisch recht", "Economic Law"),
}
# The formal notice names its own law (the article or the act) in every language.
OWN: dict[str, dict[str, str]] = {
    "FR_B2B": {"fr": "L441-10", "nl": "L441-10", "en": "L441-10"},
    "FR_B2C": {"fr": "1231-6", "nl": "1231-6", "en": "1231-6"},
    "BE_B2B": {"fr": "2 août 2002", "nl": "2 augustus 2002", "en": "2 August 2002"},
    "BE_B2C": {"fr": "livre XIX", "nl": "Boek XIX", "en": "Book XIX"},
}
COMPANIES = {
    "FR": {"name": "Menuiserie Lambert", "city": "Lyon", "iban": "FR7630006000011234567890189",
           "bic": "AGRIFRPP"},
    "BE": {"name": "Menuiserie Arnaud", "city": "Liège", "iban": "BE71096123456769",
           "bic": "GKCCBEBB"},
}
CASES = [(creditor, debtor, kind) for creditor in ("FR", "BE") for debtor in ("FR", "BE")
         for kind in ("business", "consumer")]


def pdf_text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def _regime(creditor: str, debtor: str, kind: str) -> str:
    """The expected regime, written out from §12 (not computed by the code under test)."""
    if kind == "consumer":
        return f"{debtor}_B2C"
    return f"{creditor}_B2B"


def _forbidden(regime: str) -> tuple[str, ...]:
    own = set(STATUTES[regime])
    return tuple(m for name, markers in STATUTES.items() if name != regime
                 for m in markers if m not in own)


def _setup(cf: CompanySession, creditor: str, debtor: str, kind: str, language: str) -> int:
    Company.update(country=creditor, **COMPANIES[creditor]).execute()
    cid = create_customer(cf, CustomerInput(
        name="Atelier Janssens" if kind == "business" else "Claire Dupont", kind=kind,
        country=debtor, language=language, street="Rue Haute 12",
        postcode="1000" if debtor == "BE" else "69002",
        city="Bruxelles" if debtor == "BE" else "Lyon"))
    invoice = create_invoice(cf, InvoiceInput(cid, "F-2026-031", date(2026, 2, 27),
                                              date(2026, 3, 31), 150_000))
    # The free first reminder (a Belgian consumer's charges wait for it) went out in April.
    sent = datetime(2026, 4, 10, 9, 0)
    document = Document.create(customer=cid, kind="reminder-1", created_at=sent,
                               sent_via="print", sent_at=sent)
    DocumentInvoice.create(document=document.id, invoice=invoice)
    return cid


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
@pytest.mark.parametrize(("creditor", "debtor", "kind"), CASES)
def test_a_letter_cites_only_the_law_of_its_debt(cf: CompanySession, creditor: str,
                                                 debtor: str, kind: str, language: str) -> None:
    regime = _regime(creditor, debtor, kind)
    cid = _setup(cf, creditor, debtor, kind, language)
    for doc in ("reminder-1", "reminder-2", "formal-notice"):
        produced = letters.prepare_document(cf, cid, doc, today=ON, settings=None,
                                            user_name="Claire Martin", language=language,
                                            translate_for=translate_for)
        assert produced.regime is not None and produced.regime.code == regime
        text = pdf_text(letters.draw(produced))
        said = " ".join((text, produced.email_subject, produced.email_body))
        found = [m for m in _forbidden(regime) if m in said]
        assert not found, (doc, regime, language, found)
        if doc == "formal-notice":
            assert OWN[regime][language] in text, (regime, language)


@pytest.mark.parametrize(("creditor", "debtor", "kind"), CASES)
def test_the_computation_follows_the_same_regime(cf: CompanySession, creditor: str,
                                                 debtor: str, kind: str) -> None:
    cid = _setup(cf, creditor, debtor, kind, "fr")
    produced = letters.prepare_document(cf, cid, "formal-notice", today=ON, settings=None)
    regime = _regime(creditor, debtor, kind)
    rules = {line.rule for a in produced.assessments for line in a.lines}
    expected = {"FR_B2B": {"FR_L441_10", "FR_D441_5"}, "FR_B2C": set(),
                "BE_B2B": {"BE_LAW_2002_ART5", "BE_LAW_2002_ART6"},
                "BE_B2C": {"BE_CDE_XIX_4"}}[regime]
    assert rules == expected
    # No French fixed indemnity for a consumer; 40 € per invoice between businesses.
    indemnity = sum(a.indemnity_cents for a in produced.assessments)
    assert indemnity == {"FR_B2B": 4_000, "BE_B2B": 4_000, "FR_B2C": 0,
                         "BE_B2C": 11_500}[regime]  # 1 500 €: 65 € + 5 % of 1 000 € (above 500)


def test_a_law_chosen_in_the_contract_governs_a_business_not_a_consumer(
        cf: CompanySession) -> None:
    from relance_desktop.services.customers import customer_input, update_customer

    cid = _setup(cf, "FR", "BE", "business", "fr")
    data = customer_input(cf, cid)
    update_customer(cf, cid, CustomerInput(**{**data.__dict__, "contract_law": "BE"}))
    produced = letters.prepare_document(cf, cid, "formal-notice", today=ON, settings=None)
    assert produced.regime is not None and produced.regime.code == "BE_B2B"
    text = pdf_text(letters.draw(produced))
    assert "2 août 2002" in text and "L441-10" not in text
    assert "loi choisie au contrat" in produced.regime_text


def test_the_setting_for_the_registered_mail_line(cf: CompanySession) -> None:
    from relance_desktop.services.company import save_letter_settings

    cid = _setup(cf, "FR", "FR", "business", "fr")
    produced = letters.prepare_document(cf, cid, "formal-notice", today=ON, settings=None)
    assert "LETTRE RECOMMANDÉE AVEC AVIS DE RÉCEPTION" in pdf_text(letters.draw(produced))
    reminder = letters.prepare_document(cf, cid, "reminder-2", today=ON, settings=None)
    assert "RECOMMANDÉE" not in pdf_text(letters.draw(reminder))
    save_letter_settings(cf, logo=None, signature="", window="right", registered_mail=False)
    produced = letters.prepare_document(cf, cid, "formal-notice", today=ON, settings=None)
    assert "RECOMMANDÉE" not in pdf_text(letters.draw(produced))


def test_settings_none_means_the_shipped_table(cf: CompanySession) -> None:
    """Guard for the tests above: with no settings the shipped table is used, and it ends
    before the day of the letters, so interest after it is claimed without a figure."""
    cid = _setup(cf, "FR", "FR", "business", "fr")
    produced = letters.prepare_document(cf, cid, "formal-notice", today=ON, settings=None)
    assert produced.rate_gap
    assert all(a.interest_open_from is not None for a in produced.assessments)


def test_the_call_sheet_computes_and_shows_the_same_regime(cf: CompanySession,
                                                          tmp_path: Path) -> None:
    """A French company's Belgian business customer whose contract chose Belgian law: the call
    sheet's late charges are those of the law of 2 August 2002, and it says why."""
    from decimal import Decimal

    from relance_desktop.domain.legal import Claim, DebtorKind, assess
    from relance_desktop.services import callsheet, legal
    from relance_desktop.services.customers import customer_input, update_customer
    from relance_desktop.services.regime import describe
    from relance_desktop.settings import Settings

    cid = _setup(cf, "FR", "BE", "business", "fr")
    update_customer(cf, cid, CustomerInput(**{**customer_input(cf, cid).__dict__,
                                              "contract_law": "BE"}))
    settings = Settings(tmp_path / "settings.json")  # test figures, not published rates
    settings.set("extra_rates", {"2026-S2": {"ecb": "2.15", "fr_legal_individual": "6.67",
                                             "fr_legal_other": "3.00", "be_b2b": "10.50"}})
    rates = legal.load_rates(settings)
    facts = callsheet.prepare(cf, cid, ON, rates=rates)
    assert facts.regime is not None and facts.regime.code == "BE_B2B"
    assert "2 août 2002" in describe(facts.regime) and "contrat" in describe(facts.regime)
    (invoice,) = facts.invoices

    def charges(country: str) -> int:
        a = assess(Claim(country=country, debtor=DebtorKind.BUSINESS, principal_cents=150_000,
                         due_date=date(2026, 3, 31), assessed_on=ON), rates)
        return a.total_cents - 150_000

    assert rates.be_b2b_rate(rates.half_years()[-1]) == Decimal("10.50")
    assert invoice.charges_cents == charges("BE") != charges("FR")


def test_the_command_line_writes_the_notice_and_says_interest_is_claimed_without_a_figure(
        company_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from relance_desktop.__main__ import main
    from relance_desktop.store.database import open_company_file

    with open_company_file(company_path) as cf:
        cid = _setup(cf, "FR", "FR", "business", "fr")
        with_letter_details(cf)
    code = main(["letters", str(company_path), "--kind", "formal-notice", "--customer",
                 str(cid), "--out", str(tmp_path / "out"), "--on", ON.isoformat()])
    out, err = capsys.readouterr()
    assert code == 0 and out.strip().endswith(".pdf") and "mise-en-demeure" in out
    assert "parfait paiement" in err and "30/06/2026" in err
