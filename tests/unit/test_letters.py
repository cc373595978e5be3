"""Letters from the company file: every kind in every language, amounts from the legal engine,
the payment QR code, the history record and the batch."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from relance_desktop.__main__ import main
from relance_desktop.domain.legal import Claim, assess
from relance_desktop.domain.references import is_valid_ogm, is_valid_rf
from relance_desktop.errors import UserFacingError
from relance_desktop.formatting import Formatter
from relance_desktop.reports.render import Cancelled
from relance_desktop.services import legal, letter_batch, letters
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.history import timeline
from relance_desktop.services.invoices import InvoiceInput, create_invoice
from relance_desktop.settings import Settings
from relance_desktop.store.models import Company, Customer, Document, Invoice
from relance_desktop.store.session import Change, CompanySession, Topic
from relance_desktop.translators import translate_for
from tests.helpers import TODAY, with_letter_details

# Test data only: the second half of 2026 is not in the shipped table (its rates were not
# published when it was made). These figures let the engine run; they are not real rates.
RATES_2026_S2 = {"ecb": "2.15", "fr_legal_individual": "6.67", "fr_legal_other": "3.00",
                 "be_b2b": "10.50"}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(tmp_path / "settings.json")
    s.set("extra_rates", {"2026-S2": RATES_2026_S2})
    return s


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def _first(cf: CompanySession, kind: str, where: str = "") -> int:
    """A demo customer a document of ``kind`` applies to."""
    for cid in (r.id for r in cf.rows(f"SELECT id FROM customer {where} ORDER BY id")):
        if kind in ("confirmation", "payment-plan", "collection-file"):
            table = {"confirmation": "promise WHERE status = 'open' AND",
                     "payment-plan": "payment_plan WHERE status = 'active' AND",
                     "collection-file": "invoice WHERE"}[kind]
            if cf.one(f"SELECT 1 AS found FROM {table} customer_id = ?", (cid,)):
                return int(cid)
        elif letters.invoices_for(cf, cid, kind, TODAY):
            return int(cid)
    raise AssertionError(f"no demo customer for {kind}")


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_every_kind_of_document_for_a_demo_customer(demo_cf: CompanySession, settings: Settings,
                                                    language: str) -> None:
    for kind in letters.KINDS:
        cid = _first(demo_cf, kind)
        produced = letters.prepare_document(demo_cf, cid, kind, today=TODAY, settings=settings,
                                            user_name="Claire Martin", language=language,
                                            translate_for=translate_for)
        pdf = letters.draw(produced)
        text = text_of(pdf)
        customer = Customer.get_by_id(cid)
        assert customer.name.split()[0] in text, (kind, language)
        assert produced.email_subject and produced.email_body
        assert "{" not in text and "}" not in text  # no template field left unfilled
        if produced.pay_cents:
            assert "€" in text


def test_formal_notice_prints_the_legal_engines_figures(demo_cf: CompanySession,
                                                        settings: Settings) -> None:
    cid = _first(demo_cf, "formal-notice", "WHERE kind = 'business' AND country = 'FR'")
    produced = letters.prepare_document(demo_cf, cid, "formal-notice", today=TODAY,
                                        settings=settings, user_name="Claire Martin")
    text = text_of(letters.draw(produced))
    rates = legal.load_rates(settings)
    fmt = Formatter("fr_FR")
    interest = indemnity = principal = 0
    for line in letters.invoices_for(demo_cf, cid, "formal-notice", TODAY):
        result = assess(Claim(country="FR", debtor=legal.debtor_for("business"),
                              principal_cents=line.due_cents, due_date=line.due_date,
                              assessed_on=TODAY, issued_on=line.issue_date), rates)
        interest += result.interest_cents
        indemnity += result.indemnity_cents
        principal += line.due_cents
    assert interest > 0 and indemnity >= 4000
    flat = text.replace("\u202f", " ").replace("\xa0", " ")
    for cents in (principal, principal + interest + indemnity):
        assert fmt.money(cents).replace("\u202f", " ").replace("\xa0", " ") in flat
    assert "L441-10" in text and "D441-5" in text  # each line says its rule
    assert produced.pay_cents == principal + interest + indemnity


def _zbar(pdf: bytes, tmp_path: Path) -> str:
    """The text of the first QR code found on the document's pages (zbarimg)."""
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (Debian zbar-tools) is not installed")
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    image = tmp_path / "page.png"
    for index in range(len(document)):
        document[index].render(scale=4).to_pil().save(image)
        result = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)],
                                capture_output=True, text=True, check=False)
        if result.returncode == 0 and result.stdout.strip():
            return result.stdout.rstrip("\n")
    raise AssertionError("no QR code found")


def test_qr_code_pays_the_exact_amount_with_a_valid_reference(demo_cf: CompanySession,
                                                               settings: Settings,
                                                               tmp_path: Path) -> None:
    cid = _first(demo_cf, "reminder-1")
    produced = letters.prepare_document(demo_cf, cid, "reminder-1", today=TODAY,
                                        settings=settings)
    payload = _zbar(letters.draw(produced), tmp_path)
    assert payload == produced.epc
    lines = payload.split("\n")
    company = Company.select().first()
    assert lines[5] == company.name and lines[6] == company.iban
    assert lines[7] == f"EUR{produced.pay_cents // 100}.{produced.pay_cents % 100:02d}"
    assert is_valid_rf(lines[9]) and lines[9].replace(" ", "") == \
        produced.reference.replace(" ", "")


def test_a_belgian_company_prints_a_structured_communication(cf: CompanySession,
                                                              settings: Settings) -> None:
    Company.update(country="BE", iban="BE71096123456769", bic="GKCCBEBB", city="Liège",
                   name="Menuiserie Arnaud").execute()
    cid = create_customer(cf, CustomerInput(name="Brasserie Łukasz Żółć", country="BE",
                                            language="nl", kind="business"))
    create_invoice(cf, InvoiceInput(cid, "2026-117", date(2026, 9, 1), date(2026, 10, 1),
                                    150_000))
    produced = letters.prepare_document(cf, cid, "reminder-1", today=TODAY, settings=settings)
    assert produced.reference.startswith("+++") and is_valid_ogm(produced.reference)
    assert produced.epc is not None and produced.reference in produced.epc
    text = text_of(letters.draw(produced))
    assert "Łukasz Żółć" in text and produced.reference in text


def test_a_document_kept_goes_to_the_history_and_advances_the_level(demo_cf: CompanySession,
                                                                    settings: Settings) -> None:
    cid = _first(demo_cf, "reminder-2")
    produced = letters.prepare_document(demo_cf, cid, "reminder-2", today=TODAY,
                                        settings=settings)
    pdf = letters.draw(produced)
    doc_id = letter_batch.record(demo_cf, produced, pdf, sent_via="print")
    document = Document.get_by_id(doc_id)
    assert bytes(document.file.data) == pdf and document.kind == "reminder-2"
    levels = {Invoice.get_by_id(i).dunning_level for i in produced.invoice_ids}
    assert levels == {2}
    assert any(e.kind == "document" for e in timeline(demo_cf, cid))


def test_nothing_to_write_about_is_a_plain_message(cf: CompanySession, settings: Settings) -> None:
    cid = create_customer(cf, CustomerInput(name="Client à jour"))
    with pytest.raises(UserFacingError):
        letters.prepare_document(cf, cid, "reminder-1", today=TODAY, settings=settings)
    with pytest.raises(UserFacingError):
        letters.prepare_document(cf, 999, "reminder-1", today=TODAY, settings=settings)


def test_a_missing_rate_never_blocks_a_formal_notice_nor_guesses(demo_cf: CompanySession,
                                                                 tmp_path: Path) -> None:
    """The shipped table ends on 30/06/2026: the notice claims the interest computed up to that
    day, then « au taux légal … jusqu'à parfait paiement » without a figure, and the indemnity."""
    cid = _first(demo_cf, "formal-notice", "WHERE kind = 'business' AND country = 'FR'")
    bare = Settings(tmp_path / "bare.json")
    with pytest.raises(UserFacingError) as exc:
        letters.prepare_document(demo_cf, cid, "formal-notice", today=TODAY, settings=bare,
                                 unknown_rate="raise")
    assert "2026" in exc.value.render()
    produced = letters.prepare_document(demo_cf, cid, "formal-notice", today=TODAY,
                                        settings=bare)
    assert "2026-S2" in produced.rate_gap and "30/06/2026" in produced.rate_gap
    flat = text_of(letters.draw(produced)).replace("\u202f", " ").replace("\xa0", " ")
    flat = " ".join(flat.split())
    assert "jusqu'à parfait paiement" in flat and "pour mémoire" in flat
    assert "12,15 %" not in flat.split("01/07/2026")[-1]  # no 2026-S2 figure at all
    for a in produced.assessments:
        assert all(p.half_year.year < 2026 or p.half_year.half == 1 for p in a.periods)
        assert a.indemnity_cents == 4_000 and a.interest_open_from is not None
    assert produced.pay_cents == sum(a.total_cents for a in produced.assessments)


def test_batch_one_file_each_or_merged_and_cancel_keeps_nothing(
        demo_cf: CompanySession, settings: Settings, tmp_path: Path) -> None:
    ids = letters.candidates(demo_cf, TODAY, min_days=15, at_level=0)[:5]
    assert len(ids) >= 3
    files = letter_batch.write_files(demo_cf, "reminder-1", ids, tmp_path / "each", today=TODAY,
                                settings=settings)
    assert len(files) == len(ids) and all(f.suffix == ".pdf" for f in files)
    kept = Document.select().where(Document.kind == "reminder-1").count()
    assert kept == len(ids)
    # They are now at level 1: the next batch at level 0 no longer lists them.
    assert not set(ids) & set(letters.candidates(demo_cf, TODAY, at_level=0))
    merged = letter_batch.write_files(demo_cf, "reminder-2", ids, tmp_path / "one", today=TODAY,
                                 settings=settings, merged=True)
    assert len(merged) == 1
    assert len(PdfReader(merged[0]).pages) >= len(ids)
    with pytest.raises(Cancelled):
        letter_batch.write_files(demo_cf, "statement", ids, tmp_path / "none", today=TODAY,
                            settings=settings, progress=lambda i: i < 1)
    assert Document.select().where(Document.kind == "statement").count() == 0


def test_command_line_prints_the_files_it_wrote(demo_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code = main(["letters", str(demo_path), "--kind", "reminder-1", "--all-due", "--out",
                 str(out), "--lang", "nl", "--on", TODAY.isoformat()])
    printed = capsys.readouterr().out.split()
    assert code == 0 and printed
    assert all(Path(p).exists() and Path(p).parent == out for p in printed)
    assert main(["letters", str(demo_path), "--kind", "thanks", "--customer", "9999",
                 "--out", str(out)]) == 2


def test_pre_due_lists_only_invoices_falling_due_soon(demo_cf: CompanySession) -> None:
    for cid in (r.id for r in demo_cf.rows("SELECT id FROM customer")):
        for line in letters.invoices_for(demo_cf, cid, "pre-due", TODAY):
            assert TODAY <= line.due_date <= TODAY + timedelta(days=letters.PRE_DUE_DAYS)


def test_logo_signature_and_a_left_window_reach_the_letter(demo_cf: CompanySession,
                                                          settings: Settings) -> None:
    from io import BytesIO

    from PIL import Image

    from relance_desktop.reports import model as m
    from relance_desktop.services import company

    buffer = BytesIO()
    Image.new("RGB", (80, 30), "navy").save(buffer, "PNG")
    png = buffer.getvalue()
    with pytest.raises(UserFacingError):
        company.save_letter_settings(demo_cf, logo=png[:60], signature="", window="left")
    company.save_letter_settings(demo_cf, logo=png, signature="Claire Martin\nGérante",
                                 window="left")
    cid = _first(demo_cf, "reminder-1")
    produced = letters.prepare_document(demo_cf, cid, "reminder-1", today=TODAY,
                                        settings=settings)
    assert produced.spec.window.left_mm == m.Window(left_mm=20.0).left_mm
    assert produced.spec.letterhead.logo_png == png
    assert "Gérante" in text_of(letters.draw(produced))


def test_belgian_consumer_first_reminder_is_free_and_gives_the_14_days(
        cf: CompanySession, settings: Settings) -> None:
    from relance_desktop.domain.legal.belgium import be_consumer_damages_cap

    Company.update(country="BE", iban="BE71096123456769", bic="GKCCBEBB", city="Liège",
                   name="Menuiserie Arnaud").execute()
    cid = create_customer(cf, CustomerInput(name="Jan Peeters", country="BE", language="fr",
                                            kind="consumer", street="Kerkstraat 1",
                                            postcode="2000", city="Antwerpen"))
    create_invoice(cf, InvoiceInput(cid, "2026-118", date(2026, 9, 1), date(2026, 10, 1),
                                    80_000))
    produced = letters.prepare_document(cf, cid, "reminder-1", today=TODAY, settings=settings)
    flat = text_of(letters.draw(produced)).replace("\u202f", " ").replace("\xa0", " ")
    assert "gratuit" in flat
    # 14 days from the 3rd business day after posting (26/11): until 9 December included.
    assert Formatter("fr_BE").date(date(2026, 12, 9)) in flat
    cap = Formatter("fr_BE").money(be_consumer_damages_cap(80_000))
    assert cap.replace("\u202f", " ").replace("\xa0", " ") in flat
    assert produced.pay_cents == 80_000  # nothing is added to a first reminder


@pytest.mark.parametrize("kind", letters.KINDS)
def test_the_batch_list_agrees_with_each_customers_document(demo_cf: CompanySession,
                                                           kind: str) -> None:
    listed = set(letters.customers_for(demo_cf, kind, TODAY))
    for cid in (r.id for r in demo_cf.rows("SELECT id FROM customer")):
        if kind in ("reminder-1", "reminder-2", "formal-notice", "pre-due", "thanks",
                    "statement"):
            assert (cid in listed) == bool(letters.invoices_for(demo_cf, cid, kind, TODAY))


def _overdue_customer(cf: CompanySession, name: str, number: str, cents: int = 150_000,
                      account: str = "") -> int:
    cid = create_customer(cf, CustomerInput(name=name, account=account))
    create_invoice(cf, InvoiceInput(cid, number, date(2026, 9, 1), date(2026, 10, 1), cents))
    return cid


def test_files_are_new_and_named_per_customer(cf: CompanySession, settings: Settings,
                                              tmp_path: Path) -> None:
    """Two customers of the same name get two files; writing again adds files, never replaces
    one; names are safe on every system."""
    with_letter_details(cf)
    first = _overdue_customer(cf, "Café « Le Zinc » / Lyon: 2e", "F-1", account="411ZINC")
    second = _overdue_customer(cf, "Café « Le Zinc » / Lyon: 2e", "F-2")
    seen: list[Change] = []
    cf.changes.subscribe(seen.append)
    files = letter_batch.write_files(cf, "reminder-1", [first, second], tmp_path, today=TODAY,
                                settings=settings)
    assert [f.name for f in files] == [
        "2026-11-23-relance-1-411ZINC-Café-«-Le-Zinc-»-Lyon-2e.pdf",
        f"2026-11-23-relance-1-{second}-Café-«-Le-Zinc-»-Lyon-2e.pdf"]
    # One report for the whole batch, once its documents are kept.
    assert seen == [Change.of(Topic.DOCUMENTS, Topic.INVOICES, customers=[first, second])]
    before = [f.read_bytes() for f in files]
    again = letter_batch.write_files(cf, "reminder-1", [first], tmp_path, today=TODAY,
                                settings=settings, keep=False)
    assert [f.name for f in again] == [
        "2026-11-23-relance-1-411ZINC-Café-«-Le-Zinc-»-Lyon-2e (2).pdf"]
    assert [f.read_bytes() for f in files] == before
    assert len(seen) == 1  # nothing kept, nothing reported


def test_what_is_still_due_is_after_payments_and_credit_notes(cf: CompanySession,
                                                              settings: Settings) -> None:
    from relance_desktop.services.invoices import PaymentInput, add_payment
    from relance_desktop.store.models import CreditAllocation

    cid = _overdue_customer(cf, "Atelier Durand", "F-10")
    (invoice,) = Invoice.select().where(Invoice.customer == cid)
    add_payment(cf, PaymentInput(invoice.id, date(2026, 10, 15), 50_000), today=TODAY)
    credit = Invoice.create(customer=cid, number="AV-3", kind="credit_note",
                            issue_date=date(2026, 10, 20), due_date=date(2026, 10, 20),
                            amount_cents=40_000)
    CreditAllocation.create(credit=credit.id, invoice=invoice.id, amount_cents=10_000)
    assert [i.number for i in letters.invoices_for(cf, cid, "statement", TODAY)] == ["F-10"]
    assert letters.reminder_levels(cf, TODAY) == [(cid, 0)]
    produced = letters.prepare_document(cf, cid, "reminder-1", today=TODAY, settings=settings)
    assert produced.invoice_ids == (invoice.id,) and produced.pay_cents == 90_000
    flat = text_of(letters.draw(produced)).replace("\u202f", " ").replace("\xa0", " ")
    fmt = Formatter("fr_FR")
    for cents in (60_000, 90_000):  # settled (paid and credited), still due
        assert fmt.money(cents).replace("\u202f", " ").replace("\xa0", " ") in flat


def test_a_statement_lists_what_is_not_due_yet_but_asks_only_for_what_is_due(
        cf: CompanySession, tmp_path: Path) -> None:
    """Due on 1 October and due today are « échu »; due on 20 December is listed apart and not
    asked for: the amount to pay, the text and the QR code all say 1 200,00 €."""
    Company.update(iban="FR7630006000011234567890189", bic="AGRIFRPP", city="Lyon").execute()
    cid = create_customer(cf, CustomerInput(name="Atelier Roux"))
    for number, due, cents in (("F-1", date(2026, 10, 1), 100_000),
                               ("F-2", date(2026, 12, 6), 20_000),
                               ("F-3", date(2026, 12, 20), 50_000)):
        create_invoice(cf, InvoiceInput(cid, number, due - timedelta(days=30), due, cents))
    produced = letters.prepare_document(cf, cid, "statement", today=date(2026, 12, 6),
                                        settings=None)
    assert produced.pay_cents == 120_000
    text = text_of(letters.draw(produced)).replace("\u202f", " ").replace("\xa0", " ")
    assert "Relevé de compte au 6 décembre 2026" in text  # not « au dim. 6 décembre »
    assert "Échu" in text and "À échoir" in text
    assert "1 700,00 €, dont 1 200,00 € échus" in " ".join(text.split())
    payload = _zbar(letters.draw(produced), tmp_path)
    assert payload.split("\n")[7] == "EUR1200.00"


@pytest.mark.parametrize("kind", ["reminder-2", "formal-notice"])
def test_the_qr_code_asks_what_a_letter_with_open_interest_claims(
        cf: CompanySession, tmp_path: Path, kind: str) -> None:
    Company.update(iban="FR7630006000011234567890189", bic="AGRIFRPP", city="Lyon").execute()
    cid = create_customer(cf, CustomerInput(name="Atelier Roux"))
    create_invoice(cf, InvoiceInput(cid, "F-1", date(2026, 3, 1), date(2026, 3, 31), 100_000))
    produced = letters.prepare_document(cf, cid, kind, today=date(2026, 12, 6), settings=None)
    (a,) = produced.assessments
    assert a.interest_open_from == date(2026, 7, 1)
    assert produced.pay_cents == 100_000 + a.interest_cents + 4_000
    payload = _zbar(letters.draw(produced), tmp_path)
    assert payload.split("\n")[7] == (
        f"EUR{produced.pay_cents // 100}.{produced.pay_cents % 100:02d}")


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_every_kind_is_produced_with_only_the_shipped_rates(demo_cf: CompanySession,
                                                            tmp_path: Path,
                                                            language: str) -> None:
    """The shipped table ends before the demo's day: no document is blocked, and none prints a
    rate for a half-year the table does not hold."""
    bare = Settings(tmp_path / "bare.json")
    for kind in letters.KINDS:
        cid = _first(demo_cf, kind)
        produced = letters.prepare_document(demo_cf, cid, kind, today=TODAY, settings=bare,
                                            language=language, translate_for=translate_for)
        assert letters.draw(produced).startswith(b"%PDF")
        for a in produced.assessments:
            assert all(str(p.half_year) not in a.unknown_half_years for p in a.periods)
        assert bool(produced.rate_gap) == any(a.interest_is_open for a in produced.assessments)


def test_command_line_takes_the_account_number_or_a_name(
        company_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The account shown in the customer window, or a name; several matches are named."""
    from relance_desktop.store.database import open_company_file

    with open_company_file(company_path) as cf:
        with_letter_details(cf)
        _overdue_customer(cf, "Martin (Lyon)", "F-1", account="41100027")
        _overdue_customer(cf, "Martin Lyon", "F-2", account="41100031")
    out, common = tmp_path / "out", ["--kind", "reminder-1", "--on", TODAY.isoformat()]
    assert main(["letters", str(company_path), "--customer", "41100027", "--out", str(out),
                 *common]) == 0
    (printed,) = capsys.readouterr().out.split()
    assert "41100027-Martin-(Lyon)" in printed
    assert main(["letters", str(company_path), "--customer", "martin", "--out", str(out),
                 *common]) == 2
    err = capsys.readouterr().err
    assert "41100027 Martin (Lyon)" in err and "41100031 Martin Lyon" in err
    assert main(["letters", str(company_path), "--customer", "Martin Lyon", "--out", str(out),
                 *common]) == 0
    assert "41100031-Martin-Lyon" in capsys.readouterr().out


def test_confirmations_for_all_go_to_the_customers_with_a_promise(
        company_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from relance_desktop.services.calls import record_promise
    from relance_desktop.store.database import open_company_file

    with open_company_file(company_path) as cf:
        with_letter_details(cf)
        _overdue_customer(cf, "Sans Promesse", "F-0", account="411000")
        promised = _overdue_customer(cf, "Avec Promesse", "F-1", account="411001")
        (invoice,) = Invoice.select().where(Invoice.customer == promised)
        record_promise(cf, promised, amount_cents=50_000, currency="EUR",
                       promised_on=date(2026, 11, 30), today=TODAY, due_cents=150_000,
                       invoice_id=invoice.id)
    out = tmp_path / "out"
    assert main(["letters", str(company_path), "--kind", "confirmation", "--all-due",
                 "--out", str(out), "--on", TODAY.isoformat()]) == 0
    (printed,) = capsys.readouterr().out.split()
    assert "411001-Avec-Promesse" in printed
    # Named one by one, the customer without a promise is skipped, and said so at the end.
    assert main(["letters", str(company_path), "--kind", "confirmation", "--customer",
                 "411000", "--customer", "411001", "--out", str(out), "--on",
                 TODAY.isoformat()]) == 0
    captured = capsys.readouterr()
    assert captured.out.split() == [printed]  # already produced today: not made again
    assert "Sans Promesse" in captured.err and "ignoré" in captured.err
    assert "Avec Promesse" in captured.err  # the one that already had it
