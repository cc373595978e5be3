"""UBL 2.1 invoices and credit notes: Peppol BIS Billing 3.0 (Belgian B2B), the French CTC
extension (``extended-ctc-fr``), XRechnung UBL.

:func:`read_ubl` returns a :class:`ParseResult` with at most one customer and one document. A
``<CreditNote>`` is a credit note (amounts positive, it reduces what the customer owes), its
``BillingReference`` gives the invoices it corrects; the document's identity is (kind, number)
— :attr:`InvoiceRecord.key` — because a credit note may carry the number of the invoice it
corrects. The file extension does not matter (``.xml``, ``.XML``…): the content decides.

EN 16931 semantics (sign of credits, due-date choice, identifiers, XML safety) are in
:mod:`relance_desktop.importers.einvoice_records`.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.importers.einvoice_records import (
    BG_BUYER,
    BG_TOTALS,
    BT_BUYER_COUNTRY,
    BT_BUYER_NAME,
    BT_CURRENCY,
    BT_DUE_DATE,
    BT_ISSUE_DATE,
    BT_NUMBER,
    BT_PAYABLE,
    BT_PREPAID,
    BT_ROUNDING,
    BT_TOTAL,
    BT_TYPE,
    FIELD_FILE_TYPE,
    NO_TYPE_CODE,
    EDocument,
    Party,
    PaymentTerm,
    amount_text,
    build_records,
    detect,
    failed,
    finish,
    is_discount_term,
    normalise_email,
    normalise_iban,
    normalise_vat,
    read_bytes,
    unexpected,
)
from relance_desktop.importers.einvoice_xml import (
    FIELD_XML,
    NS_UBL_CREDIT_NOTE,
    NS_UBL_INVOICE,
    EInvoiceError,
    Element,
    XmlContext,
    clean,
    head_text,
    parse_xml,
    qualified_name,
    root_syntax,
)
from relance_desktop.importers.records import ParseResult, Problem, Severity

SOURCE = "ubl"
NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"


def read_ubl(path: Path) -> ParseResult:
    """Read a UBL 2.1 Invoice or CreditNote XML file. Never raises on bad content."""
    path = Path(path)
    data, problem = read_bytes(SOURCE, path)
    if problem is not None:
        return problem
    return read_ubl_bytes(data, path)


def read_ubl_bytes(data: bytes, file: Path) -> ParseResult:
    """As :func:`read_ubl`, for content already in memory (``file`` names it)."""
    file = Path(file)
    try:
        kind = detect(data)
        if kind != "xml":
            if kind == "pdf":
                expected = QT_TRANSLATE_NOOP(
                    "importers", "une facture ou un avoir UBL (fichier XML) ; ce fichier est un PDF"
                )
            else:
                expected = QT_TRANSLATE_NOOP(
                    "importers",
                    "une facture ou un avoir UBL (fichier XML) ; ce fichier n'est pas un document "
                    "XML",
                )
            found = "" if kind == "pdf" else head_text(data)
            raise EInvoiceError(Problem(file.name, FIELD_FILE_TYPE, expected, found))
        root = parse_xml(data, file.name)
        syntax = root_syntax(root)
        if syntax != "ubl":
            if syntax:
                expected = QT_TRANSLATE_NOOP(
                    "importers",
                    "une facture ou un avoir UBL 2.1 (urn:oasis:names:specification:ubl:schema:"
                    "xsd:Invoice-2 / CreditNote-2) ; ce document est une facture CII "
                    "(Factur-X/ZUGFeRD)",
                )
            else:
                expected = QT_TRANSLATE_NOOP(
                    "importers",
                    "une facture ou un avoir UBL 2.1 (urn:oasis:names:specification:ubl:schema:"
                    "xsd:Invoice-2 / CreditNote-2)",
                )
            raise EInvoiceError(
                Problem(
                    file.name,
                    FIELD_XML,
                    expected,
                    qualified_name(root),
                    element=f"/{qualified_name(root)}",
                    args={"syntax": syntax or ""},
                )
            )
        return parse_ubl(root, data, file, None)
    except EInvoiceError as exc:
        return failed(SOURCE, file, data, exc.problem)
    except Exception as exc:  # garbage must give a problem, never a crash
        return unexpected(SOURCE, file, data, exc)


def parse_ubl(
    root: Element, data: bytes, file: Path, attachment: Path | None, *, source: str = SOURCE
) -> ParseResult:
    """The records of a parsed UBL document (``data``: the file's bytes, for its hash)."""
    credit_note = root.tag == f"{{{NS_UBL_CREDIT_NOTE}}}CreditNote"
    namespaces = {
        "doc": NS_UBL_CREDIT_NOTE if credit_note else NS_UBL_INVOICE,
        "cbc": NS_CBC,
        "cac": NS_CAC,
    }
    ctx = XmlContext(file=file.name, namespaces=namespaces)
    doc = parse_ubl_document(root, ctx, credit_note=credit_note)
    return finish(source, file, data, ctx, build_records(ctx, doc, attachment))


def parse_ubl_document(root: Element, ctx: XmlContext, *, credit_note: bool) -> EDocument:
    """The EN 16931 terms of a UBL Invoice/CreditNote, problems in ``ctx``."""
    doc = EDocument(syntax="ubl", credit_note_root=credit_note)
    doc.profile = ctx.text(root, "cbc:CustomizationID")
    doc.number = ctx.required_text(root, "cbc:ID", BT_NUMBER)
    type_path = "cbc:CreditNoteTypeCode" if credit_note else "cbc:InvoiceTypeCode"
    doc.type_code = ctx.text(root, type_path)
    doc.type_code_at = ctx.where(root, type_path)
    if not doc.type_code:
        ctx.problem(
            BT_TYPE,
            NO_TYPE_CODE,
            "",
            doc.type_code_at,
            Severity.WARNING,
            code="381" if credit_note else "380",
        )
    doc.issue_date = ctx.date_at(root, "cbc:IssueDate", BT_ISSUE_DATE, cii=False, required=True)
    doc.due_date = ctx.date_at(root, "cbc:DueDate", BT_DUE_DATE, cii=False)

    for means in ctx.find_all(root, "cac:PaymentMeans"):
        due = ctx.date_at(means, "cbc:PaymentDueDate", BT_DUE_DATE, cii=False)
        if due is not None:
            doc.terms.append(PaymentTerm(due=due))
        if not doc.payment_reference:
            doc.payment_reference = ctx.text(means, "cbc:PaymentID")
        if not doc.seller_iban:
            doc.seller_iban = normalise_iban(ctx.text(means, "cac:PayeeFinancialAccount/cbc:ID"))
    for block in ctx.find_all(root, "cac:PaymentTerms"):
        text = " ".join(ctx.texts(block, "cbc:Note"))
        due = ctx.date_at(block, "cbc:PaymentDueDate", BT_DUE_DATE, cii=False)
        has_discount = ctx.find(block, "cbc:SettlementDiscountPercent") is not None
        doc.terms.append(
            PaymentTerm(text=text, due=due, discount=is_discount_term(text, has_discount))
        )

    _totals(ctx, doc, root)
    _buyer(ctx, doc, root)
    line = "cac:CreditNoteLine" if credit_note else "cac:InvoiceLine"
    reference = "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"
    doc.references = ctx.texts(root, reference) + ctx.texts(root, f"{line}/{reference}")
    return doc


def _totals(ctx: XmlContext, doc: EDocument, root: Element) -> None:
    doc.currency = ctx.currency(root, "cbc:DocumentCurrencyCode", BT_CURRENCY, required=False)
    totals = ctx.find(root, "cac:LegalMonetaryTotal")
    if totals is None:
        ctx.problem(
            BG_TOTALS,
            QT_TRANSLATE_NOOP("importers", "les totaux du document"),
            "",
            ctx.where(root, "cac:LegalMonetaryTotal"),
        )
        return
    payable_el = ctx.find(totals, "cbc:PayableAmount")
    if not doc.currency and ctx.find(root, "cbc:DocumentCurrencyCode") is None:
        # BT-5 is mandatory; the amounts' own currencyID is the next best thing.
        own = clean(payable_el.get("currencyID")).upper() if payable_el is not None else ""
        if own:
            expected = QT_TRANSLATE_NOOP(
                "importers", "la devise du document ; celle des montants est prise : {currency}"
            )
        else:
            expected = QT_TRANSLATE_NOOP("importers", "la devise du document")
        ctx.problem(
            BT_CURRENCY,
            expected,
            "",
            ctx.where(root, "cbc:DocumentCurrencyCode"),
            Severity.WARNING if own else Severity.ERROR,
            currency=own,
        )
        doc.currency = own if len(own) == 3 and own.isascii() and own.isalpha() else ""
    total_present = ctx.find(totals, "cbc:TaxInclusiveAmount") is not None
    doc.total, total_el = ctx.amount(totals, "cbc:TaxInclusiveAmount", BT_TOTAL)
    doc.prepaid, prepaid_el = ctx.amount(totals, "cbc:PrepaidAmount", BT_PREPAID)
    doc.rounding, rounding_el = ctx.amount(totals, "cbc:PayableRoundingAmount", BT_ROUNDING)
    doc.payable, payable_el = ctx.amount(totals, "cbc:PayableAmount", BT_PAYABLE, required=True)
    doc.payable_at = ctx.where(totals, "cbc:PayableAmount")
    if not total_present:
        _total_from_payable(ctx, doc, totals)
    for el, name in (
        (total_el, BT_TOTAL),
        (prepaid_el, BT_PREPAID),
        (rounding_el, BT_ROUNDING),
        (payable_el, BT_PAYABLE),
    ):
        ctx.check_currency(el, doc.currency, name)


def _total_from_payable(ctx: XmlContext, doc: EDocument, totals: Element) -> None:
    """No BT-112 (TaxInclusiveAmount): the amount due (BT-115) is what matters, so the total is
    taken as BT-115 + BT-113 − BT-114, with a warning; without BT-115 either, an error."""
    where = ctx.where(totals, "cbc:TaxInclusiveAmount")
    if doc.payable is None:
        if ctx.find(totals, "cbc:PayableAmount") is not None:
            return  # the bad BT-115 is reported already
        ctx.problem(BT_TOTAL, QT_TRANSLATE_NOOP("importers", "un montant"), "", where)
        return
    doc.total = doc.payable + (doc.prepaid or Decimal(0)) - (doc.rounding or Decimal(0))
    ctx.problem(
        BT_TOTAL,
        QT_TRANSLATE_NOOP(
            "importers",
            "le total TTC ; calculé à la place : montant à payer + déjà payé − arrondi = "
            "{computed}",
        ),
        "",
        where,
        Severity.WARNING,
        computed=amount_text(doc.total),
    )


def _buyer(ctx: XmlContext, doc: EDocument, root: Element) -> None:
    customer = ctx.find(root, "cac:AccountingCustomerParty")
    party_el = ctx.find(customer, "cac:Party")
    if party_el is None:
        ctx.problem(
            BG_BUYER,
            QT_TRANSLATE_NOOP("importers", "le nom de l'acheteur"),
            "",
            ctx.where(root, "cac:AccountingCustomerParty/cac:Party"),
        )
        return
    party = Party(
        name=ctx.text(party_el, "cac:PartyLegalEntity/cbc:RegistrationName")
        or ctx.text(party_el, "cac:PartyName/cbc:Name"),
        account=ctx.text(customer, "cbc:SupplierAssignedAccountID"),
    )
    if not party.name:
        ctx.problem(
            BT_BUYER_NAME,
            QT_TRANSLATE_NOOP("importers", "le nom de l'acheteur"),
            "",
            ctx.where(party_el, "cac:PartyLegalEntity/cbc:RegistrationName"),
        )
    endpoint = ctx.find(party_el, "cbc:EndpointID")
    if endpoint is not None and (value := clean("".join(endpoint.itertext()))):
        party.identifiers.append((clean(endpoint.get("schemeID")), value))
    for ident in ctx.find_all(party_el, "cac:PartyIdentification/cbc:ID"):
        value = clean("".join(ident.itertext()))
        scheme = clean(ident.get("schemeID"))
        if not value:
            continue
        if scheme:
            party.identifiers.append((scheme, value))
        elif not party.account:
            party.account = value  # no scheme: the seller's own number for this customer
    legal = ctx.find(party_el, "cac:PartyLegalEntity/cbc:CompanyID")
    if legal is not None and (value := clean("".join(legal.itertext()))):
        party.legal_id = (clean(legal.get("schemeID")), value)
    for scheme_el in ctx.find_all(party_el, "cac:PartyTaxScheme"):
        if ctx.text(scheme_el, "cac:TaxScheme/cbc:ID").upper() == "VAT" and (
            value := ctx.text(scheme_el, "cbc:CompanyID")
        ):
            party.vat_number = normalise_vat(value)
            break
    party.email = normalise_email(ctx.text(party_el, "cac:Contact/cbc:ElectronicMail"))
    party.phone = ctx.text(party_el, "cac:Contact/cbc:Telephone")
    address = ctx.find(party_el, "cac:PostalAddress")
    if address is not None:
        lines = [
            ctx.text(address, "cbc:StreetName"),
            ctx.text(address, "cbc:AdditionalStreetName"),
            *ctx.texts(address, "cac:AddressLine/cbc:Line"),
        ]
        party.street = ", ".join(line for line in lines if line)
        party.postcode = ctx.text(address, "cbc:PostalZone")
        party.city = ctx.text(address, "cbc:CityName")
        party.country = ctx.country(address, "cac:Country/cbc:IdentificationCode", BT_BUYER_COUNTRY)
    doc.buyer = party
