"""E-invoice importers: Factur-X/ZUGFeRD PDFs and CII XML (facturx), UBL/Peppol (ubl).

Every file of ``../shared/samples/facturx`` and ``../shared/samples/ubl`` is read and checked
against what the samples README says an importer must find. The sample files stay outside the
repository (the Peppol examples have no licence allowing redistribution): the tests read them
from the shared folder and skip when it is absent. The other tests use small documents written
here.
"""

from __future__ import annotations

import string
import time
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relance_desktop.i18n import Message
from relance_desktop.importers.einvoice import (
    UNREADABLE,
    EInvoiceError,
    PaymentTerm,
    choose_due_date,
    detect,
    parse_xml,
    read_einvoice,
)
from relance_desktop.importers.einvoice_xml import MAX_YEAR, MIN_YEAR
from relance_desktop.importers.facturx import read_facturx, read_facturx_bytes
from relance_desktop.importers.records import (
    DocumentKind,
    InvoiceRecord,
    ParseResult,
    Severity,
    note_text,
)
from relance_desktop.importers.ubl import read_ubl, read_ubl_bytes
from relance_desktop.importers.values import xml_date, xml_decimal

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
FACTURX = SAMPLES / "facturx"
UBL = SAMPLES / "ubl"
PLAIN_PDF = "MustangGnuaccountingBeispielRE-20170509_505PDF14.pdf"

CREDIT = DocumentKind.CREDIT_NOTE
INVOICE = DocumentKind.INVOICE


def notes(result: ParseResult) -> list[Message]:
    """The result's notes: every one a Message of the « importers » context."""
    found = [n for n in result.notes if isinstance(n, Message) and n.context == "importers"]
    assert len(found) == len(result.notes), result.notes
    return found


def _samples_or_skip(folder: Path) -> Path:
    if not folder.is_dir():
        pytest.skip(f"sample folder {folder} not found (the shared samples sit next to the repo)")
    return folder


# --- what the samples README says ----------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    number: str
    kind: DocumentKind
    issue: date
    due: date | None
    currency: str
    amount: int  # cents, positive
    paid: int
    open: int
    customer: str
    country: str = ""


EXPECTED: dict[str, Expected] = {
    # FNFE-MPE examples (Securibox/facturx)
    "facturx/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf": Expected(
        "F20260023", INVOICE, date(2026, 1, 31), date(2026, 3, 2), "EUR",
        10490, 0, 10490, "LE CLIENT", "FR",
    ),
    "facturx/Facture_F20260028-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf": Expected(
        "F20260028", CREDIT, date(2026, 1, 31), date(2026, 3, 2), "EUR",
        11000, 1000, 10000, "LE CLIENT", "FR",
    ),
    "facturx/Facture_F20260029-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf": Expected(
        "F20260029", CREDIT, date(2026, 1, 31), date(2026, 3, 2), "EUR",
        10000, 1000, 9000, "LE CLIENT", "DE",
    ),
    "facturx/Facture_FR_EN16931.pdf": Expected(
        "FA-2017-0010", INVOICE, date(2017, 11, 13), date(2017, 12, 13), "EUR",
        67115, 20100, 47015, "Ma jolie boutique", "FR",
    ),
    "facturx/Facture_UE_EN16931.pdf": Expected(
        "FA-2017-0008", INVOICE, date(2017, 11, 3), date(2017, 12, 3), "EUR",
        207676, 62300, 145376, "Me gusta olive", "ES",
    ),
    "facturx/Avoir_FR_type380_EN16931.pdf": Expected(
        "AV-2017-0005", CREDIT, date(2017, 11, 16), date(2017, 11, 16), "EUR",
        23347, 0, 23347, "Ma jolie boutique", "FR",
    ),
    "facturx/2023-6013_facture_facturx_en16931.pdf": Expected(
        "2023-6013", INVOICE, date(2023, 9, 20), date(2023, 10, 19), "EUR",
        136884, 45298, 91586, "Securibox SARL", "FR",
    ),
    # German ZUGFeRD / Factur-X (mustangproject)
    "facturx/EN16931_Einfach.pdf": Expected(
        "471102", INVOICE, date(2024, 11, 15), None, "EUR",
        52987, 0, 52987, "Kunden AG Mitte", "DE",
    ),
    "facturx/EN16931_1_Teilrechnung.pdf": Expected(
        "471102", INVOICE, date(2018, 6, 5), None, "EUR",
        19765, 5000, 14765, "Kunden AG Mitte", "DE",
    ),
    "facturx/MustangBeispiel20221026.pdf": Expected(
        "RE1001", INVOICE, date(2022, 10, 26), None, "EUR",
        96311, 0, 96311, "Beispiel AG", "DE",
    ),
    "facturx/ZTESTZUGFERD_1_INVDSS_012015738820PDF-1.pdf": Expected(
        "2015738820", INVOICE, date(2024, 11, 1), None, "EUR",
        44788, 0, 44788, "Muster GmbH", "DE",
    ),
    "facturx/MustangGnuaccountingBeispielRE-20170509_505.pdf": Expected(
        "RE-20170509/505", INVOICE, date(2017, 5, 9), date(2017, 5, 30), "EUR",
        57104, 0, 57104, "Theodor Est", "DE",
    ),
    "facturx/EXTENDED_Fremdwaehrung_wdis_fx-pdfa4.pdf": Expected(
        "47110815", INVOICE, date(2025, 12, 1), date(2025, 12, 31), "GBP",
        102191, 50000, 52191, "Metallbau Leipzig GmbH & Co. KG", "DE",
    ),
    # bare CII, MINIMUM profile
    "facturx/factur-x-minimum.xml": Expected(
        "F20260023", INVOICE, date(2026, 1, 31), None, "EUR",
        10490, 0, 10490, "LE CLIENT", "",
    ),
    # UBL / Peppol BIS 3
    "ubl/odoo-beg/testcase01_minimal_invoice.xml": Expected(
        "2019000001", INVOICE, date(2018, 4, 9), date(2018, 5, 9), "EUR",
        311600, 0, 311600, "Hotel Local SPRL", "BE",
    ),
    "ubl/odoo-beg/testcase04_creditnote_consumer_empties.xml": Expected(
        "2019000004", CREDIT, date(2018, 4, 10), None, "EUR",
        450, 0, 450, "Hotel Local SPRL", "BE",
    ),
    "ubl/odoo-beg/testcase06_discount_with_cash_payment.xml": Expected(
        "INV/2018/00001", INVOICE, date(2018, 7, 25), date(2018, 8, 25), "EUR",
        305368, 305368, 0, "Hotel Local SPRL", "BE",
    ),
    "ubl/base-example.xml": Expected(
        "Snippet1", INVOICE, date(2017, 11, 13), date(2017, 12, 1), "EUR",
        165625, 0, 165625, "Buyer Official Name", "SE",
    ),
    "ubl/base-creditnote-correction.xml": Expected(
        "Snippet1", CREDIT, date(2017, 11, 13), None, "EUR",
        165625, 0, 165625, "Buyer Official Name", "SE",
    ),
    "ubl/Allowance-example.xml": Expected(
        "Snippet1", INVOICE, date(2017, 11, 13), date(2017, 12, 1), "EUR",
        712500, 100000, 612500, "Buyer Official Name", "SE",
    ),
    "ubl/ubl-tc434-creditnote1.xml": Expected(
        "018304 / 28865", CREDIT, date(2019, 9, 23), None, "EUR",
        10011, 0, 10011, "My Customer Company", "BE",
    ),
    "ubl/BIS3_Invoice_negativ.XML": Expected(
        "12345", CREDIT, date(2019, 1, 25), date(2019, 2, 24), "DKK",
        78217943, 0, 78217943, "Company B", "DK",
    ),
    "ubl/ubl-21-extended-ctc-fr.xml": Expected(
        "F124212", INVOICE, date(2026, 6, 17), date(2026, 7, 16), "EUR",
        30803, 10000, 20803, "Ma jolie boutique SARL", "FR",
    ),
}  # fmt: skip

_cache: dict[str, ParseResult] = {}


def read_sample(rel: str) -> ParseResult:
    """Read a sample once per session with the reader its folder calls for."""
    path = _samples_or_skip(SAMPLES) / rel
    if rel not in _cache:
        _cache[rel] = read_facturx(path) if rel.startswith("facturx/") else read_ubl(path)
    return _cache[rel]


def only_invoice(result: ParseResult) -> InvoiceRecord:
    assert result.errors == [], result.errors
    assert len(result.invoices) == 1 and len(result.customers) == 1
    invoice = result.invoices[0]
    assert invoice.customer_key == result.customers[0].key
    return invoice


def test_every_sample_file_is_covered() -> None:
    folders = [_samples_or_skip(FACTURX), _samples_or_skip(UBL)]
    found = {
        str(p.relative_to(SAMPLES)) for folder in folders for p in folder.rglob("*") if p.is_file()
    }
    assert found == set(EXPECTED) | {f"facturx/{PLAIN_PDF}"}


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_sample(rel: str) -> None:
    want = EXPECTED[rel]
    result = read_sample(rel)
    invoice = only_invoice(result)
    customer = result.customers[0]
    got = (
        invoice.number,
        invoice.kind,
        invoice.issue_date,
        invoice.due_date,
        invoice.currency,
        invoice.amount_cents,
        invoice.paid_cents,
        invoice.due_cents,
        customer.name,
        customer.country,
    )
    assert got == (
        want.number,
        want.kind,
        want.issue,
        want.due,
        want.currency,
        want.amount,
        want.paid,
        want.open,
        want.customer,
        want.country,
    )
    assert result.source == ("facturx" if rel.startswith("facturx/") else "ubl")
    assert len(result.sha256) == 64
    # the PDF itself is the invoice copy; a bare XML has none
    expected_attachment = SAMPLES / rel if rel.endswith(".pdf") else None
    assert invoice.attachment == expected_attachment
    assert all(isinstance(v, int) for v in (invoice.amount_cents, invoice.paid_cents))


# --- Factur-X specifics --------------------------------------------------------------------------


def test_fnfe_invoice_with_second_attachment() -> None:
    result = read_sample("facturx/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf")
    invoice = only_invoice(result)
    customer = result.customers[0]
    assert invoice.payment_reference == "F20260023BUYER"
    assert invoice.seller_iban == "FR2012542547256985425874698"
    assert invoice.payment_terms == "PAIEMENT 30 JOURS NET"
    assert customer.company_number == "987654321"  # SIREN, scheme 0002
    assert customer.vat_number == "FR05987654321"
    assert customer.email == "buyer@buyer.com"
    assert customer.postcode == "06000" and customer.city == "MA VILLE"
    # Bon_de_livraison.pdf comes first in the PDF: the XML was picked by its name
    [note] = notes(result)
    assert note.args["attachment"] == "factur-x.xml"
    assert note_text(note) == (
        "Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf : données de la facture "
        "lues dans le fichier joint factur-x.xml (profil urn:cen.eu:en16931:2017)."
    )


def test_fnfe_credit_note_381_is_not_a_receivable() -> None:
    invoice = only_invoice(
        read_sample("facturx/Facture_F20260028-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf")
    )
    assert invoice.kind is CREDIT
    assert (invoice.amount_cents, invoice.paid_cents, invoice.due_cents) == (11000, 1000, 10000)
    assert invoice.key == ("credit_note", "F20260028")


@pytest.mark.parametrize(
    "rel",
    [
        "facturx/Facture_F20260029-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf",
        "facturx/Avoir_FR_type380_EN16931.pdf",
    ],
)
def test_type_380_with_negative_amounts_is_a_credit(rel: str) -> None:
    result = read_sample(rel)
    invoice = only_invoice(result)
    assert invoice.kind is CREDIT
    assert invoice.amount_cents > 0 and invoice.paid_cents >= 0 and invoice.due_cents > 0
    [note] = [n for n in notes(result) if "number" in n.args]
    assert note.args["number"] == invoice.number and note.args["type"] == "380"
    assert "montants négatifs" in note_text(note) and "pris comme un avoir" in note_text(note)


def test_avoir_references_the_invoice_it_credits() -> None:
    invoice = only_invoice(read_sample("facturx/Avoir_FR_type380_EN16931.pdf"))
    assert invoice.references == ("FA-2017-0010",)


def test_facture_fr_buyer_siret_email_and_terms() -> None:
    result = read_sample("facturx/Facture_FR_EN16931.pdf")
    invoice = only_invoice(result)
    customer = result.customers[0]
    assert customer.company_number == "78787878400035"
    assert customer.email == "alexandre.payet@majolieboutique.net"
    assert customer.vat_number == "FR19787878784"
    assert invoice.payment_terms == "30% d'acompte, solde à 30 j"
    assert invoice.seller_iban == "FR2012421242124212421242124"


def test_facture_ue_spanish_buyer() -> None:
    result = read_sample("facturx/Facture_UE_EN16931.pdf")
    invoice = only_invoice(result)
    assert result.customers[0].vat_number == "ESA12345674"
    assert invoice.payment_terms == "30% advance payment, balance at 30 days"


def test_securibox_hotel_invoice_buyer_siret() -> None:
    result = read_sample("facturx/2023-6013_facture_facturx_en16931.pdf")
    assert result.customers[0].company_number == "50000371000034"
    assert result.customers[0].name == "Securibox SARL"


@pytest.mark.parametrize(
    ("rel", "words"),
    [
        ("facturx/EN16931_Einfach.pdf", "netto bis 15.12.2024"),
        ("facturx/EN16931_1_Teilrechnung.pdf", "bis 04.07.2018"),
        ("facturx/MustangBeispiel20221026.pdf", "60 Tage ohne Abzug"),
        ("facturx/ZTESTZUGFERD_1_INVDSS_012015738820PDF-1.pdf", "sofort nach Erhalt"),
    ],
)
def test_no_structured_due_date_keeps_the_terms_text(rel: str, words: str) -> None:
    invoice = only_invoice(read_sample(rel))
    assert invoice.due_date is None
    assert words in invoice.payment_terms


def test_german_buyer_account_number_is_the_customer_key() -> None:
    result = read_sample("facturx/EN16931_Einfach.pdf")
    assert result.customers[0].account == "GE2020211"
    assert result.customers[0].key == "GE2020211"


def test_oracle_extended_attachment_named_zugferd_invoice() -> None:
    result = read_sample("facturx/ZTESTZUGFERD_1_INVDSS_012015738820PDF-1.pdf")
    only_invoice(result)
    assert [n.args["attachment"] for n in notes(result)] == ["zugferd-invoice.xml"]


def test_zugferd_1_gnuaccounting() -> None:
    result = read_sample("facturx/MustangGnuaccountingBeispielRE-20170509_505.pdf")
    invoice = only_invoice(result)
    assert invoice.seller_iban == "DE88200800000970375700"
    assert invoice.payment_reference == "RE-20170509/505"
    assert result.customers[0].vat_number == "DE999999999"
    assert [n.args["attachment"] for n in notes(result)] == ["ZUGFeRD-invoice.xml"]


def test_plain_pdf_is_refused_with_a_clear_message() -> None:
    result = read_sample(f"facturx/{PLAIN_PDF}")
    assert result.invoices == [] and result.customers == []
    [problem] = result.problems
    assert problem.severity is Severity.ERROR
    assert problem.file == PLAIN_PDF
    assert problem.field == "données de facture structurées"
    assert problem.found == "" and problem.args["attachments"] == []
    assert "factur-x.xml" in problem.expected_text()
    assert problem.expected_text().endswith(
        "ce PDF simple n'a pas de données de facture structurées"
    )


def test_gbp_invoice_with_two_terms_blocks_takes_the_net_date() -> None:
    invoice = only_invoice(read_sample("facturx/EXTENDED_Fremdwaehrung_wdis_fx-pdfa4.pdf"))
    assert invoice.currency == "GBP"
    assert invoice.due_date == date(2025, 12, 31)  # not the 2 % Skonto date, 2025-12-14
    assert "2025-12-14" in invoice.payment_terms and "Skonto" in invoice.payment_terms
    assert invoice.seller_iban == "DE77370700600321987000"


def test_minimum_profile_copes_without_dunning_data() -> None:
    result = read_sample("facturx/factur-x-minimum.xml")
    invoice = only_invoice(result)
    customer = result.customers[0]
    assert invoice.due_date is None and invoice.payment_terms == ""
    assert (customer.email, customer.street, customer.city) == ("", "", "")
    assert customer.company_number == "987654321"


# --- UBL specifics -------------------------------------------------------------------------------


def test_belgian_minimal_invoice() -> None:
    result = read_sample("ubl/odoo-beg/testcase01_minimal_invoice.xml")
    invoice = only_invoice(result)
    customer = result.customers[0]
    assert invoice.seller_iban == "BE54000000000097"
    assert customer.company_number == "0214168947"  # EndpointID 9956 / PartyLegalEntity
    assert customer.vat_number == "BE0214168947"
    assert (customer.street, customer.postcode, customer.city) == (
        "Rue de la Mairie 456",
        "4000",
        "LIEGE",
    )


def test_belgian_credit_note_references_its_invoice() -> None:
    invoice = only_invoice(read_sample("ubl/odoo-beg/testcase04_creditnote_consumer_empties.xml"))
    assert invoice.references == ("2019000002",)
    assert invoice.payment_terms == "Will be refunded."


def test_already_paid_odoo_invoice_has_nothing_to_chase() -> None:
    result = read_sample("ubl/odoo-beg/testcase06_discount_with_cash_payment.xml")
    invoice = only_invoice(result)
    assert invoice.due_cents == 0 and invoice.paid_cents == invoice.amount_cents
    assert result.customers[0].company_number == "0214168947"  # scheme 0208, BE-prefixed id
    assert result.customers[0].email == "dupont@hotel-local.be"


def test_credit_note_with_the_same_number_as_its_invoice_has_another_key() -> None:
    invoice = only_invoice(read_sample("ubl/base-example.xml"))
    credit = only_invoice(read_sample("ubl/base-creditnote-correction.xml"))
    assert invoice.number == credit.number == "Snippet1"
    assert invoice.key != credit.key
    assert credit.references == ("Snippet1",)


def test_peppol_base_example_buyer() -> None:
    result = read_sample("ubl/base-example.xml")
    customer = result.customers[0]
    assert customer.email == "lj@buyer.se"
    assert customer.vat_number == "SE4598375937"
    assert only_invoice(result).payment_reference == "Snippet1"


def test_negative_dkk_invoice_with_upper_case_extension_is_a_credit() -> None:
    result = read_sample("ubl/BIS3_Invoice_negativ.XML")
    invoice = only_invoice(result)
    assert invoice.kind is CREDIT and invoice.currency == "DKK"
    assert invoice.seller_iban == ""  # a Danish local account number, not an IBAN
    [note] = notes(result)
    assert (note.args["amount"], note.args["currency"]) == ("782179,43", "DKK")
    assert invoice.amount_cents == 78_217_943
    assert "montants négatifs" in note_text(note)


def test_belgian_credit_note_without_due_date() -> None:
    result = read_sample("ubl/ubl-tc434-creditnote1.xml")
    invoice = only_invoice(result)
    assert invoice.due_date is None
    assert result.customers[0].company_number == "0000000295"


def test_french_ctc_ubl() -> None:
    result = read_sample("ubl/ubl-21-extended-ctc-fr.xml")
    invoice = only_invoice(result)
    customer = result.customers[0]
    assert invoice.references == ("F124211", "F124210", "F824739")
    assert customer.company_number == "787878784"
    assert customer.vat_number == "FR19787878784"
    assert invoice.seller_iban == "FR2012421242124212421242124"


def test_read_einvoice_dispatches_on_content() -> None:
    _samples_or_skip(SAMPLES)
    assert read_einvoice(UBL / "BIS3_Invoice_negativ.XML").source == "ubl"
    assert read_einvoice(FACTURX / "factur-x-minimum.xml").source == "facturx"
    pdf = read_einvoice(FACTURX / "EN16931_Einfach.pdf")
    assert pdf.source == "facturx" and pdf.invoices[0].number == "471102"


# --- small documents written here ----------------------------------------------------------------

CII = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
 xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>
  <ram:ID>urn:cen.eu:en16931:2017</ram:ID>
 </ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument>
  <ram:ID>{number}</ram:ID>
  <ram:TypeCode>{type_code}</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">{issue}</udt:DateTimeString>
  </ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty><ram:Name>Vendeur SARL</ram:Name></ram:SellerTradeParty>
   <ram:BuyerTradeParty>
    <ram:ID>411042</ram:ID>
    <ram:Name>{buyer}</ram:Name>
    <ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">732 829 320 00074</ram:ID>
    </ram:SpecifiedLegalOrganization>
    <ram:PostalTradeAddress><ram:PostcodeCode>75002</ram:PostcodeCode>
     <ram:LineOne>1 rue de la Paix</ram:LineOne><ram:CityName>Paris</ram:CityName>
     <ram:CountryID>{country}</ram:CountryID></ram:PostalTradeAddress>
    <ram:URIUniversalCommunication><ram:URIID schemeID="EM">compta@client.fr</ram:URIID>
    </ram:URIUniversalCommunication>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR44732829320</ram:ID>
    </ram:SpecifiedTaxRegistration>
   </ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:PaymentReference>REF-1</ram:PaymentReference>
   <ram:InvoiceCurrencyCode>{currency}</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount>
     <ram:IBANID>FR76 3000 6000 0112 3456 7890 189</ram:IBANID>
    </ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
   {terms}
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:GrandTotalAmount>{total}</ram:GrandTotalAmount>
    <ram:TotalPrepaidAmount>{prepaid}</ram:TotalPrepaidAmount>
    {rounding}
    <ram:DuePayableAmount>{payable}</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""

TERMS = """<ram:SpecifiedTradePaymentTerms><ram:Description>{text}</ram:Description>
 <ram:DueDateDateTime><udt:DateTimeString format="102">{due}</udt:DateTimeString>
 </ram:DueDateDateTime>{extra}</ram:SpecifiedTradePaymentTerms>"""

UBL_DOC = """<?xml version="1.0" encoding="UTF-8"?>
<{root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:{root}-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
 <cbc:ID>{number}</cbc:ID>
 <cbc:IssueDate>{issue}</cbc:IssueDate>
 {due}
 <cbc:{root}TypeCode>{type_code}</cbc:{root}TypeCode>
 <cbc:DocumentCurrencyCode>{currency}</cbc:DocumentCurrencyCode>
 <cac:AccountingCustomerParty><cac:Party>
  <cbc:EndpointID schemeID="0208">0403170701</cbc:EndpointID>
  <cac:PartyName><cbc:Name>Client Trade Name</cbc:Name></cac:PartyName>
  <cac:PostalAddress><cbc:StreetName>Rue Neuve 1</cbc:StreetName>
   <cbc:CityName>Bruxelles</cbc:CityName><cbc:PostalZone>1000</cbc:PostalZone>
   <cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country>
  </cac:PostalAddress>
  <cac:PartyTaxScheme><cbc:CompanyID>BE0403170701</cbc:CompanyID>
   <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  <cac:PartyLegalEntity><cbc:RegistrationName>{buyer}</cbc:RegistrationName></cac:PartyLegalEntity>
 </cac:Party></cac:AccountingCustomerParty>
 <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
  <cbc:PaymentID>+++090/9337/55493+++</cbc:PaymentID>
  <cac:PayeeFinancialAccount><cbc:ID>BE71 0961 2345 6769</cbc:ID></cac:PayeeFinancialAccount>
 </cac:PaymentMeans>
 <cac:LegalMonetaryTotal>
  <cbc:TaxInclusiveAmount currencyID="{amount_currency}">{total}</cbc:TaxInclusiveAmount>
  <cbc:PrepaidAmount currencyID="{amount_currency}">{prepaid}</cbc:PrepaidAmount>
  <cbc:PayableAmount currencyID="{amount_currency}">{payable}</cbc:PayableAmount>
 </cac:LegalMonetaryTotal>
</{root}>
"""


def cii(**values: str) -> bytes:
    fields = {
        "number": "FA-2026-001",
        "type_code": "380",
        "issue": "20260115",
        "buyer": "Client SAS",
        "country": "FR",
        "currency": "EUR",
        "terms": TERMS.format(text="30 jours net", due="20260214", extra=""),
        "total": "1200.00",
        "prepaid": "200.00",
        "rounding": "",
        "payable": "1000.00",
    }
    fields.update(values)
    return CII.format(**fields).encode()


def ubl(**values: str) -> bytes:
    fields = {
        "root": "Invoice",
        "number": "2026/0042",
        "issue": "2026-01-15",
        "due": "<cbc:DueDate>2026-02-14</cbc:DueDate>",
        "type_code": "380",
        "currency": "EUR",
        "amount_currency": "EUR",
        "buyer": "Client SRL",
        "total": "121.00",
        "prepaid": "0.00",
        "payable": "121.00",
    }
    fields.update(values)
    return UBL_DOC.format(**fields).encode()


def test_synthetic_cii_invoice() -> None:
    result = read_facturx_bytes(cii(), Path("facture.xml"))
    invoice = only_invoice(result)
    customer = result.customers[0]
    assert (invoice.amount_cents, invoice.paid_cents, invoice.due_cents) == (120000, 20000, 100000)
    assert invoice.due_date == date(2026, 2, 14)
    assert invoice.seller_iban == "FR7630006000011234567890189"
    assert invoice.payment_reference == "REF-1"
    assert customer.account == "411042" and customer.key == "411042"
    assert customer.company_number == "73282932000074"
    assert customer.email == "compta@client.fr"  # electronic address, scheme EM


def test_synthetic_ubl_invoice() -> None:
    result = read_ubl_bytes(ubl(), Path("facture.xml"))
    invoice = only_invoice(result)
    customer = result.customers[0]
    assert (invoice.amount_cents, invoice.due_cents, invoice.due_date) == (
        12100,
        12100,
        date(2026, 2, 14),
    )
    assert invoice.seller_iban == "BE71096123456769"
    assert invoice.payment_reference == "+++090/9337/55493+++"
    assert customer.name == "Client SRL"  # the legal name, not the trade name
    assert customer.company_number == "0403170701"  # from EndpointID 0208


def test_ubl_credit_note_due_date_from_payment_means() -> None:
    doc = ubl(root="CreditNote", type_code="381", due="").replace(
        b"<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>",
        b"<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>"
        b"<cbc:PaymentDueDate>2026-03-01</cbc:PaymentDueDate>",
    )
    invoice = only_invoice(read_ubl_bytes(doc, Path("avoir.xml")))
    assert invoice.kind is CREDIT and invoice.due_date == date(2026, 3, 1)


def test_credit_note_with_negative_amounts_is_an_invoice() -> None:
    result = read_facturx_bytes(
        cii(type_code="381", total="-50.00", prepaid="0.00", payable="-50.00"), Path("x.xml")
    )
    invoice = only_invoice(result)
    assert invoice.kind is INVOICE and invoice.due_cents == 5000


def test_unknown_type_code_is_an_invoice_with_a_warning() -> None:
    result = read_facturx_bytes(cii(type_code="999"), Path("x.xml"))
    assert only_invoice(result).kind is INVOICE
    [warning] = result.problems
    assert warning.severity is Severity.WARNING and warning.found == "999"
    assert warning.element == "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode"


@pytest.mark.parametrize("code", ["381", "261", "396", "503"])
def test_credit_note_type_codes(code: str) -> None:
    result = read_facturx_bytes(cii(type_code=code), Path("x.xml"))
    assert only_invoice(result).kind is CREDIT


def test_rounding_amount_is_part_of_what_is_owed() -> None:
    doc = cii(
        total="99.98",
        prepaid="0",
        rounding="<ram:RoundingAmount>0.02</ram:RoundingAmount>",
        payable="100.00",
    )
    invoice = only_invoice(read_facturx_bytes(doc, Path("x.xml")))
    assert (invoice.amount_cents, invoice.paid_cents, invoice.due_cents) == (10000, 0, 10000)


def test_inconsistent_amount_due_wins_with_a_warning() -> None:
    result = read_facturx_bytes(cii(total="100.00", prepaid="0", payable="80.00"), Path("x.xml"))
    invoice = only_invoice(result)
    assert invoice.due_cents == 8000 and invoice.amount_cents == 10000
    [warning] = result.problems
    assert warning.severity is Severity.WARNING and warning.field == "montant à payer (BT-115)"
    assert warning.found == "80.00"
    assert warning.args == {
        "total": "100,00",
        "rounding": "0",
        "prepaid": "0",
        "computed": "100,00",
    }


def test_more_than_two_decimals_are_rounded_with_a_warning() -> None:
    result = read_facturx_bytes(cii(total="100.005", prepaid="0", payable="100.005"), Path("x.xml"))
    invoice = only_invoice(result)
    assert invoice.amount_cents == 10001 and invoice.due_cents == 10001
    assert {p.severity for p in result.problems} == {Severity.WARNING}


def test_several_terms_blocks_keep_the_net_due_date() -> None:
    terms = TERMS.format(
        text="Escompte 2 % à 10 jours",
        due="20260125",
        extra="<ram:ApplicableTradePaymentDiscountTerms><ram:CalculationPercent>2"
        "</ram:CalculationPercent></ram:ApplicableTradePaymentDiscountTerms>",
    ) + TERMS.format(text="Net à 30 jours", due="20260214", extra="")
    invoice = only_invoice(read_facturx_bytes(cii(terms=terms), Path("x.xml")))
    assert invoice.due_date == date(2026, 2, 14)
    assert invoice.payment_terms == (
        "Escompte 2 % à 10 jours (2026-01-25) ; Net à 30 jours (2026-02-14)"
    )


def test_choose_due_date() -> None:
    d1, d2, d3 = date(2026, 1, 10), date(2026, 1, 20), date(2026, 1, 30)
    assert choose_due_date([]) is None
    assert choose_due_date([PaymentTerm(text="2 % Skonto", due=d1, discount=True)]) == d1
    assert choose_due_date([PaymentTerm(due=d3, discount=True), PaymentTerm(due=d2)]) == d2
    assert choose_due_date([PaymentTerm(due=d1), PaymentTerm(due=d2)]) == d2
    assert (
        choose_due_date([PaymentTerm(due=d1, discount=True), PaymentTerm(due=d2, discount=True)])
        == d2
    )


# --- bad input: file, element, field, expected, found --------------------------------------------


def test_bad_issue_date_names_the_element() -> None:
    result = read_facturx_bytes(cii(issue="20260231"), Path("facture.xml"))
    assert result.invoices == []
    [problem] = result.errors
    assert problem.file == "facture.xml"
    assert problem.field == "date de facture (BT-2)"
    assert problem.element == (
        "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString"
    )
    assert problem.expected_text() == "une date AAAAMMJJ (format 102) entre 1900 et 2199"
    assert problem.found == "20260231"


def test_date_in_another_format_is_refused() -> None:
    doc = cii().replace(b'format="102">20260115', b'format="610">202601')
    [problem] = read_facturx_bytes(doc, Path("x.xml")).errors
    assert problem.args["format"] == "610" and problem.found == "202601"
    assert "pas au format 610" in problem.expected_text()


def test_decimal_comma_amount_is_refused() -> None:
    result = read_ubl_bytes(ubl(total="1.234,56"), Path("facture.xml"))
    assert result.invoices == []
    [problem] = result.errors
    assert problem.field == "total TTC (BT-112)"
    assert problem.element == "/Invoice/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount"
    assert problem.found == "1.234,56" and "avec un point" in problem.expected


def test_missing_invoice_number_and_buyer_name_are_all_listed() -> None:
    result = read_facturx_bytes(cii(number="", buyer=""), Path("x.xml"))
    assert result.invoices == []
    assert {p.field for p in result.errors} == {
        "numéro de facture (BT-1)",
        "nom de l'acheteur (BT-44)",
    }
    assert all(p.element and p.found == "" for p in result.errors)


def test_missing_totals_element() -> None:
    doc = ubl().replace(b"LegalMonetaryTotal", b"OtherTotal")
    [problem] = read_ubl_bytes(doc, Path("x.xml")).errors
    assert problem.element == "/Invoice/cac:LegalMonetaryTotal"
    assert problem.field == "totaux (BG-22)" and problem.found == ""


def test_ubl_bad_dates() -> None:
    result = read_ubl_bytes(
        ubl(issue="15/01/2026", due="<cbc:DueDate>2026-13-01</cbc:DueDate>"), Path("x.xml")
    )
    found = {(p.field, p.found) for p in result.errors}
    assert found == {
        ("date de facture (BT-2)", "15/01/2026"),
        ("date d'échéance (BT-9)", "2026-13-01"),
    }
    assert all(p.expected_text() == "une date AAAA-MM-JJ entre 1900 et 2199" for p in result.errors)


def test_absurd_year_and_amount_are_refused() -> None:
    result = read_ubl_bytes(ubl(issue="0001-01-01", total="1e30"), Path("x.xml"))
    assert result.invoices == []
    assert {p.field for p in result.errors} == {"date de facture (BT-2)", "total TTC (BT-112)"}
    result = read_ubl_bytes(ubl(total="9" * 40, payable="1"), Path("x.xml"))
    assert result.invoices == []
    assert result.errors[0].expected == "un montant inférieur à mille milliards"


def test_amount_in_another_currency_is_refused() -> None:
    result = read_ubl_bytes(ubl(amount_currency="USD"), Path("x.xml"))
    assert result.invoices == []
    assert {p.found for p in result.errors} == {"currencyID USD"}
    assert {p.args["currency"] for p in result.errors} == {"EUR"}


def test_bad_currency_code() -> None:
    [problem] = read_facturx_bytes(cii(currency="EURO"), Path("x.xml")).errors
    assert problem.field == "devise (BT-5)" and problem.found == "EURO"


def test_malformed_xml_gives_the_line() -> None:
    doc = cii().replace(b"</ram:Name>", b"</ram:Nom>", 1)
    result = read_facturx_bytes(doc, Path("broken.xml"))
    [problem] = result.errors
    assert problem.file == "broken.xml" and problem.field == "document XML"
    assert problem.line is not None and problem.line > 1


def test_external_entities_are_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    doc = cii(number="&xxe;").replace(
        b"<rsm:CrossIndustryInvoice",
        f'<!DOCTYPE rsm:CrossIndustryInvoice [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
        "<rsm:CrossIndustryInvoice".encode(),
        1,
    )
    for result in (
        read_facturx_bytes(doc, Path("xxe.xml")),
        read_ubl_bytes(doc, Path("xxe.xml")),
    ):
        assert result.invoices == [] and result.errors
        assert "TOP-SECRET" not in repr(result)


def test_entity_expansion_bomb_is_refused_quickly() -> None:
    lol = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{lol}]>'
        "<Invoice xmlns='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'>&lol9;</Invoice>"
    ).encode()
    start = time.perf_counter()
    result = read_ubl_bytes(doc, Path("bomb.xml"))
    in_pdf = read_facturx_bytes(make_pdf({"factur-x.xml": doc}), Path("bomb.pdf"))
    assert time.perf_counter() - start < 2
    assert result.invoices == [] and result.errors
    assert in_pdf.invoices == [] and in_pdf.errors


def test_other_xml_document_is_named() -> None:
    result = read_facturx_bytes(b"<?xml version='1.0'?><order><id>1</id></order>", Path("o.xml"))
    [problem] = result.errors
    assert problem.found == "order" and problem.element == "/order"


def test_ubl_reader_points_at_cii_documents() -> None:
    [problem] = read_ubl_bytes(cii(), Path("cii.xml")).errors
    assert problem.found == "rsm:CrossIndustryInvoice" and problem.args["syntax"] == "cii"
    assert problem.expected_text().endswith("ce document est une facture CII (Factur-X/ZUGFeRD)")


def test_ubl_given_to_the_facturx_reader_is_read_as_ubl() -> None:
    result = read_facturx_bytes(ubl(), Path("peppol.xml"))
    assert result.source == "ubl" and only_invoice(result).number == "2026/0042"


def test_not_a_pdf_nor_xml() -> None:
    [problem] = read_facturx_bytes(b"Numero;Montant\n1;2\n", Path("f.csv")).errors
    assert problem.field == "type de fichier" and problem.file == "f.csv"
    assert problem.found == "Numero;Montant"  # the start of the file, when it is text
    [problem] = read_ubl_bytes(b"%PDF-1.4\n", Path("f.pdf")).errors
    assert problem.found == "" and problem.expected.endswith("ce fichier est un PDF")
    [problem] = read_ubl_bytes(b"PK\x03\x04\x14\x00\x06\x00", Path("f.docx")).errors
    assert problem.found == "" and problem.expected.endswith("n'est pas un document XML")


def test_missing_and_empty_files(tmp_path: Path) -> None:
    for reader in (read_facturx, read_ubl, read_einvoice):
        result = reader(tmp_path / "absent.pdf")
        [problem] = result.errors
        assert problem.file == "absent.pdf" and problem.field == "fichier"
        assert problem.expected == "un fichier lisible" and problem.found
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    assert read_ubl(empty).errors and read_facturx(empty).errors


def test_einvoice_error_carries_its_problem() -> None:
    with pytest.raises(EInvoiceError) as info:
        parse_xml(b"<a>", "a.xml")
    assert isinstance(info.value, ValueError)
    assert info.value.problem.file == "a.xml"
    assert info.value.message.context == "importers"
    assert str(info.value) == info.value.message.render()
    assert str(info.value).startswith("a.xml : document XML : attendu un document XML bien formé, ")
    with pytest.raises(EInvoiceError) as info:
        parse_xml(b"  ", "vide.xml")
    assert (
        str(info.value) == "vide.xml : document XML : attendu un document XML ; le fichier est vide"
    )


def test_value_parsers() -> None:
    years = (MIN_YEAR, MAX_YEAR)
    assert xml_decimal(" -1234.50 ") is not None and str(xml_decimal("-1234.50")) == "-1234.50"
    assert xml_decimal(".5") is not None and xml_decimal("5.") is not None
    for bad in ("1,5", "1e3", "NaN", "Infinity", "", "--1", "1 000.00", "١٢"):
        assert xml_decimal(bad) is None, bad
    assert xml_date("20260131", "102", years) == date(2026, 1, 31)
    assert xml_date("2026-01-31+01:00", None, years) == date(2026, 1, 31)
    assert xml_date("2026-01-31Z", None, years) == date(2026, 1, 31)
    for bad in ("20260132", "2026-02-30", "31/01/2026", "", "19000101x", "२०२६०१३१", "18991231"):
        assert xml_date(bad, None, years) is None, bad
    assert xml_date("202601", "610", years) is None
    assert detect(b"%PDF-1.7") == "pdf" and detect(b"\xef\xbb\xbf<?xml") == "xml"
    assert detect(b"PK\x03\x04") is None


# --- PDFs built here -----------------------------------------------------------------------------


def make_pdf(attachments: dict[str, bytes]) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    for name, content in attachments.items():
        writer.add_attachment(name, content)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_with_other_attachments_only_lists_them() -> None:
    pdf = make_pdf({"Bon_de_livraison.pdf": b"%PDF-1.4 fake", "notes.txt": b"hello"})
    result = read_facturx_bytes(pdf, Path("scan.pdf"))
    [problem] = result.errors
    assert problem.file == "scan.pdf" and problem.found == "Bon_de_livraison.pdf, notes.txt"
    assert problem.args["attachments"] == ["Bon_de_livraison.pdf", "notes.txt"]
    assert "seulement d'autres fichiers joints" in problem.expected


def test_pdf_xml_is_chosen_by_name_not_position() -> None:
    pdf = make_pdf({"annexe.pdf": b"%PDF-1.4 fake", "factur-x.xml": cii()})
    result = read_facturx_bytes(pdf, Path("facture.pdf"))
    invoice = only_invoice(result)
    assert invoice.number == "FA-2026-001" and invoice.attachment == Path("facture.pdf")


def test_pdf_with_xrechnung_ubl_inside() -> None:
    result = read_facturx_bytes(make_pdf({"xrechnung.xml": ubl()}), Path("rechnung.pdf"))
    invoice = only_invoice(result)
    assert result.source == "facturx" and invoice.attachment == Path("rechnung.pdf")
    assert invoice.number == "2026/0042"


def test_pdf_with_external_entity_in_its_xml_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    xml = cii(number="&xxe;").replace(
        b"<rsm:CrossIndustryInvoice",
        f'<!DOCTYPE rsm:CrossIndustryInvoice [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
        "<rsm:CrossIndustryInvoice".encode(),
        1,
    )
    result = read_facturx_bytes(make_pdf({"factur-x.xml": xml}), Path("xxe.pdf"))
    assert result.invoices == []
    [problem] = result.errors
    assert problem.field == "factur-x.xml" and "DOCTYPE" in problem.expected
    assert "TOP-SECRET" not in repr(result)


def test_pdf_with_broken_xml_attachment() -> None:
    result = read_facturx_bytes(make_pdf({"factur-x.xml": b"<rsm:oops"}), Path("bad.pdf"))
    assert result.invoices == []
    [problem] = result.errors
    assert (problem.file, problem.field, problem.expected) == (
        "bad.pdf",
        "factur-x.xml",
        "un document XML bien formé",
    )


# --- fuzzing: never an unhandled exception -------------------------------------------------------


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def assert_sane(result: ParseResult, name: str) -> None:
    assert isinstance(result, ParseResult)
    assert all(p.file == name for p in result.problems)
    # the readers' last line of defence (an unforeseen exception) must not be what answered
    assert not [p for p in result.problems if p.expected == UNREADABLE], result.problems
    # every message is a marked template whose placeholders its arguments fill
    for p in result.problems:
        assert placeholders(p.expected) <= set(p.args), p
        assert p.expected_text() and p.field_text()
    for note in notes(result):
        assert placeholders(note.text) <= set(note.args), note
        assert note_text(note)
    if not result.invoices:
        assert result.errors, "a document that gives no invoice must say why"
    for invoice in result.invoices:
        assert isinstance(invoice.amount_cents, int) and invoice.amount_cents >= 0
        assert isinstance(invoice.paid_cents, int)
        assert len(invoice.currency) == 3 and invoice.number


FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _xml_corpus() -> list[bytes]:
    docs = [cii(), ubl(), ubl(root="CreditNote", type_code="381", due="")]
    for folder in (FACTURX, UBL):
        if folder.is_dir():
            docs += [
                p.read_bytes() for p in sorted(folder.rglob("*")) if p.suffix.lower() == ".xml"
            ]
    return docs


XML_CORPUS = _xml_corpus()


@FUZZ
@given(st.binary(max_size=2048))
def test_fuzz_random_bytes(data: bytes) -> None:
    assert_sane(read_facturx_bytes(data, Path("f.pdf")), "f.pdf")
    assert_sane(read_ubl_bytes(data, Path("f.xml")), "f.xml")


@FUZZ
@given(st.binary(max_size=512))
def test_fuzz_random_bytes_that_look_like_a_pdf_or_xml(tail: bytes) -> None:
    for head in (b"%PDF-1.7\n", b"<?xml version='1.0'?>", b"<rsm:CrossIndustryInvoice "):
        assert_sane(read_facturx_bytes(head + tail, Path("f.pdf")), "f.pdf")
        assert_sane(read_ubl_bytes(head + tail, Path("f.xml")), "f.xml")


@FUZZ
@given(st.sampled_from(XML_CORPUS), st.data())
def test_fuzz_truncated_and_mutated_xml(doc: bytes, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(doc)))
    assert_sane(read_facturx_bytes(doc[:cut], Path("t.xml")), "t.xml")
    assert_sane(read_ubl_bytes(doc[:cut], Path("t.xml")), "t.xml")
    pos = data.draw(st.integers(0, len(doc) - 1))
    byte = data.draw(st.integers(0, 255))
    mutated = doc[:pos] + bytes([byte]) + doc[pos + 1 :]
    assert_sane(read_facturx_bytes(mutated, Path("m.xml")), "m.xml")
    assert_sane(read_ubl_bytes(mutated, Path("m.xml")), "m.xml")


_values = st.text(max_size=30).map(escape)


@FUZZ
@given(
    number=_values,
    issue=_values,
    total=_values,
    prepaid=_values,
    payable=_values,
    currency=_values,
    type_code=_values,
)
def test_fuzz_field_values(
    number: str, issue: str, total: str, prepaid: str, payable: str, currency: str, type_code: str
) -> None:
    values = {
        "number": number,
        "issue": issue,
        "total": total,
        "prepaid": prepaid,
        "payable": payable,
        "currency": currency,
        "type_code": type_code,
    }
    assert_sane(read_facturx_bytes(cii(**values), Path("v.xml")), "v.xml")
    assert_sane(read_ubl_bytes(ubl(**values), Path("v.xml")), "v.xml")


_PDF = make_pdf({"Bon.pdf": b"%PDF-1.4", "factur-x.xml": cii()})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_truncated_pdf(data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(_PDF)))
    assert_sane(read_facturx_bytes(_PDF[:cut], Path("t.pdf")), "t.pdf")
