"""E-invoice totals a reader must cope with: a UBL invoice without its total including VAT
(BT-112) but with its amount due (BT-115), and a Factur-X MINIMUM invoice, whose profile has no
prepaid amount (BT-113), asking for less than its total. Small documents written here."""

from __future__ import annotations

from pathlib import Path

from relance_desktop.importers.facturx import read_facturx_bytes
from relance_desktop.importers.records import Severity
from relance_desktop.importers.ubl import read_ubl_bytes

UBL_NS = (
    'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
    'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
    'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"'
)


def ubl_invoice(totals: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Invoice {UBL_NS}>
 <cbc:ID>V-2026-17</cbc:ID>
 <cbc:IssueDate>2026-03-02</cbc:IssueDate>
 <cbc:DueDate>2026-04-01</cbc:DueDate>
 <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cac:AccountingCustomerParty><cac:Party>
  <cac:PartyLegalEntity><cbc:RegistrationName>Boulangerie Leroy</cbc:RegistrationName>
  </cac:PartyLegalEntity>
 </cac:Party></cac:AccountingCustomerParty>
 <cac:LegalMonetaryTotal>{totals}</cac:LegalMonetaryTotal>
</Invoice>
""".encode()


def test_ubl_without_tax_inclusive_amount_imports_its_amount_due() -> None:
    totals = (
        '<cbc:PrepaidAmount currencyID="EUR">50.00</cbc:PrepaidAmount>'
        '<cbc:PayableAmount currencyID="EUR">250.40</cbc:PayableAmount>'
    )
    result = read_ubl_bytes(ubl_invoice(totals), Path("sans-total.xml"))
    [invoice] = result.invoices
    assert invoice.due_cents == 25040  # what the customer is asked to pay
    assert invoice.amount_cents == 30040  # BT-115 + BT-113
    errors = [p for p in result.problems if p.severity is Severity.ERROR]
    assert errors == []
    [warning] = result.problems
    assert warning.file == "sans-total.xml"
    assert warning.element is not None and warning.element.endswith("cbc:TaxInclusiveAmount")
    assert "300,40" in str(warning.args["computed"])


def test_ubl_without_any_total_is_still_refused() -> None:
    result = read_ubl_bytes(ubl_invoice(""), Path("vide.xml"))
    assert result.invoices == []
    assert any(p.severity is Severity.ERROR for p in result.problems)


CII = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
 xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>
  <ram:ID>{profile}</ram:ID>
 </ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument>
  <ram:ID>M-88</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20260302</udt:DateTimeString>
  </ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty><ram:Name>Vendeur</ram:Name></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Fromagerie Martin</ram:Name></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:GrandTotalAmount>104.90</ram:GrandTotalAmount>
    <ram:DuePayableAmount>54.90</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""


def test_minimum_profile_asking_less_than_its_total_gives_no_warning() -> None:
    doc = CII.format(profile="urn:factur-x.eu:1p0:minimum").encode()
    result = read_facturx_bytes(doc, Path("minimum.xml"))
    [invoice] = result.invoices
    assert (invoice.amount_cents, invoice.due_cents) == (10490, 5490)
    assert result.problems == []  # the profile cannot carry a prepaid amount: nothing is wrong


def test_en16931_profile_asking_less_without_a_prepaid_amount_is_still_flagged() -> None:
    doc = CII.format(profile="urn:cen.eu:en16931:2017").encode()
    result = read_facturx_bytes(doc, Path("complet.xml"))
    [invoice] = result.invoices
    assert invoice.due_cents == 5490
    assert [p.severity for p in result.problems] == [Severity.WARNING]


def test_empty_xml_file_names_the_formats_it_could_have_been(tmp_path: Path) -> None:
    from relance_desktop.importers.einvoice import read_einvoice

    empty = tmp_path / "facture.xml"
    empty.write_bytes(b"")
    [problem] = read_einvoice(empty).problems
    assert problem.file == "facture.xml"
    for word in ("vide", "UBL", "CII", "Factur-X"):
        assert word in problem.expected


REAL_UBL = Path(__file__).resolve().parents[1] / "files" / "ubl" / "BIS3_Invoice_positive.XML"


def test_a_real_peppol_invoice_reads_with_and_without_its_total() -> None:
    from datetime import date

    data = REAL_UBL.read_bytes()
    whole = read_ubl_bytes(data, REAL_UBL)
    [invoice] = whole.invoices
    assert (invoice.number, invoice.currency, invoice.due_cents) == ("12345", "DKK", 78_217_943)
    assert invoice.due_date == date(2019, 2, 24) and whole.problems == []
    total = b'<cbc:TaxInclusiveAmount currencyID="DKK">782179.43</cbc:TaxInclusiveAmount>'
    assert data.count(total) == 1
    trimmed = read_ubl_bytes(data.replace(total, b""), REAL_UBL)
    [same] = trimmed.invoices
    assert (same.amount_cents, same.due_cents) == (invoice.amount_cents, invoice.due_cents)
    assert [p.severity for p in trimmed.problems] == [Severity.WARNING]
