"""Factur-X / ZUGFeRD invoices: the CII XML embedded in a PDF/A-3 (or PDF/A-4), or a bare CII file.

:func:`read_facturx` takes a PDF or an XML file and returns a :class:`ParseResult` with at most
one customer and one invoice (or credit note). The PDF itself becomes the invoice's
``attachment`` (the invoice copy shown to the user and sent with reminders).

* The XML is extracted with the ``factur-x`` library (``facturx.get_xml_from_pdf``), looking for
  it **by name** — ``factur-x.xml``, ``zugferd-invoice.xml`` (any case, ZUGFeRD 1 and 2),
  ``xrechnung.xml`` — never by position: a PDF may carry other attachments (a delivery note,
  ``Bon_de_livraison.pdf``). Failing that, any other ``*.xml`` attachment the library recognises
  as an invoice. When the library skips a file with one of those names (not well-formed, a
  DOCTYPE…), it is handed to our own parser so that the problem says what is wrong with it.
  The library's XSD check is off: real producers (Oracle Reports, weclapp…) write files that
  are readable but not always schema-valid, and what Relance needs is checked here.
* Syntaxes: UN/CEFACT CII D16B (``rsm:CrossIndustryInvoice``: Factur-X 1.0 all profiles, ZUGFeRD
  2.x, XRechnung CII) and ZUGFeRD 1.0 (``rsm:CrossIndustryDocument``, ``ram:…:12``). A UBL XML
  embedded in a PDF (XRechnung UBL) is handed to :mod:`relance_desktop.importers.ubl`.
* A plain PDF without structured data is refused with a problem saying so (with the names of the
  attachments it does have, if any).

EN 16931 semantics (sign of credits, due-date choice, identifiers, XML safety) are in
:mod:`relance_desktop.importers.einvoice_records`.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
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
    NS_CII,
    NS_ZUGFERD1,
    EInvoiceError,
    Element,
    XmlContext,
    clean,
    head_text,
    parse_xml,
    qualified_name,
    root_syntax,
    shorten,
)
from relance_desktop.importers.records import CTX, ParseResult, Problem, Severity
from relance_desktop.importers.ubl import parse_ubl

SOURCE = "facturx"
# Names of the invoice XML inside a hybrid PDF (matched without regard to case).
XML_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml")

_NAMESPACES = {
    "cii": {
        "rsm": NS_CII,
        "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
        "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
        "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    },
    "zugferd1": {
        "rsm": NS_ZUGFERD1,
        "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12",
        "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15",
    },
}

# Element names that differ between CII D16B and ZUGFeRD 1.0.
_NAMES = {
    "cii": {
        "context": "rsm:ExchangedDocumentContext",
        "header": "rsm:ExchangedDocument",
        "transaction": "rsm:SupplyChainTradeTransaction",
        "agreement": "ram:ApplicableHeaderTradeAgreement",
        "settlement": "ram:ApplicableHeaderTradeSettlement",
        "summation": "ram:SpecifiedTradeSettlementHeaderMonetarySummation",
    },
    "zugferd1": {
        "context": "rsm:SpecifiedExchangedDocumentContext",
        "header": "rsm:HeaderExchangedDocument",
        "transaction": "rsm:SpecifiedSupplyChainTradeTransaction",
        "agreement": "ram:ApplicableSupplyChainTradeAgreement",
        "settlement": "ram:ApplicableSupplyChainTradeSettlement",
        "summation": "ram:SpecifiedTradeSettlementMonetarySummation",
    },
}


def read_facturx(path: Path) -> ParseResult:
    """Read a Factur-X/ZUGFeRD PDF or a bare CII XML file. Never raises on bad content."""
    path = Path(path)
    data, problem = read_bytes(SOURCE, path)
    if problem is not None:
        return problem
    return read_facturx_bytes(data, path)


def read_facturx_bytes(data: bytes, file: Path) -> ParseResult:
    """As :func:`read_facturx`, for content already in memory (``file`` names it)."""
    file = Path(file)
    try:
        return _read(data, file)
    except EInvoiceError as exc:
        return failed(SOURCE, file, data, exc.problem)
    except Exception as exc:  # garbage must give a problem, never a crash
        return unexpected(SOURCE, file, data, exc)


def _embedded_note(file: str, xml_name: str, profile: str) -> Message:
    """The note saying which attachment of a PDF gave the invoice data."""
    if profile:
        text = QT_TRANSLATE_NOOP(
            "importers",
            "{file} : données de la facture lues dans le fichier joint {attachment} "
            "(profil {profile}).",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "importers", "{file} : données de la facture lues dans le fichier joint {attachment}."
        )
    return Message(CTX, text, {"file": file, "attachment": xml_name, "profile": profile})


def _read(data: bytes, file: Path) -> ParseResult:
    kind = detect(data)
    xml_name = ""
    attachment: Path | None = None
    if kind == "pdf":
        xml_name, xml = extract_xml(data, file.name)
        attachment = file
    elif kind == "xml":
        xml = data
    else:
        raise EInvoiceError(
            Problem(
                file.name,
                FIELD_FILE_TYPE,
                QT_TRANSLATE_NOOP(
                    "importers",
                    "une facture électronique (PDF Factur-X/ZUGFeRD, XML CII ou UBL) ; ce "
                    "fichier est vide",
                )
                if not data.strip()
                else QT_TRANSLATE_NOOP(
                    "importers",
                    "un PDF Factur-X/ZUGFeRD ou un fichier XML CII ou UBL ; ce fichier n'est ni "
                    "un PDF ni un document XML",
                ),
                head_text(data),
            )
        )
    try:
        root = parse_xml(xml, file.name)
    except EInvoiceError as exc:
        if kind != "pdf":
            raise
        # The attachment's own name as the field: « facture.pdf, factur-x.xml : attendu … ».
        raise EInvoiceError(replace(exc.problem, field=xml_name)) from None
    syntax = root_syntax(root)
    if syntax == "ubl":  # XRechnung UBL embedded in a PDF, or a UBL file given here
        source = SOURCE if attachment is not None else "ubl"
        result = parse_ubl(root, data, file, attachment, source=source)
        if attachment is not None:
            result.notes.insert(0, _embedded_note(file.name, xml_name, ""))
        return result
    if syntax not in ("cii", "zugferd1"):
        raise EInvoiceError(
            Problem(
                file.name,
                FIELD_XML,
                QT_TRANSLATE_NOOP(
                    "importers",
                    "une facture CII (rsm:CrossIndustryInvoice, Factur-X/ZUGFeRD 2) ou ZUGFeRD "
                    "1.0 (rsm:CrossIndustryDocument)",
                ),
                qualified_name(root),
                element=f"/{qualified_name(root)}",
            )
        )
    ctx = XmlContext(file=file.name, namespaces=_NAMESPACES[syntax])
    doc = parse_cii(root, ctx, syntax)
    if attachment is not None:
        ctx.notes.insert(0, _embedded_note(file.name, xml_name, doc.profile))
    return finish(SOURCE, file, data, ctx, build_records(ctx, doc, attachment))


def extract_xml(data: bytes, file: str) -> tuple[str, bytes]:
    """(attachment name, XML bytes) of the invoice XML inside PDF ``data``.

    Raises :class:`EInvoiceError` for an unreadable PDF or a PDF without invoice XML.
    """
    import facturx  # imported here: it pulls in pypdf, requests and schema files

    found: tuple[str, bytes] | None = None
    for patterns in (list(XML_NAMES), ["*.xml"]):
        try:
            name, xml = facturx.get_xml_from_pdf(data, check_xsd=False, filenames=patterns)
        except Exception as exc:
            raise EInvoiceError(
                Problem(
                    file,
                    QT_TRANSLATE_NOOP("importers", "PDF"),
                    QT_TRANSLATE_NOOP("importers", "un fichier PDF lisible"),
                    # The PDF library's own diagnostic.
                    shorten(f"{type(exc).__name__}: {exc}"),
                )
            ) from None
        if name and isinstance(xml, bytes) and xml:
            found = (str(name), xml)
            break
    if found is None:
        attachments = _attachments(data)
        for name, content in attachments.items():
            if name.lower() in XML_NAMES and content:
                # The library skipped it (not well-formed, DOCTYPE…): let our own checks say why.
                return name, content
        others = sorted(attachments)
        if others:
            expected = QT_TRANSLATE_NOOP(
                "importers",
                "un PDF Factur-X/ZUGFeRD, avec la facture en XML dans un fichier joint ({names}) ; "
                "ce PDF n'a pas de données de facture structurées, seulement d'autres fichiers "
                "joints",
            )
        else:
            expected = QT_TRANSLATE_NOOP(
                "importers",
                "un PDF Factur-X/ZUGFeRD, avec la facture en XML dans un fichier joint ({names}) ; "
                "ce PDF simple n'a pas de données de facture structurées",
            )
        raise EInvoiceError(
            Problem(
                file,
                QT_TRANSLATE_NOOP("importers", "données de facture structurées"),
                expected,
                ", ".join(others),  # what the PDF does have
                args={"names": ", ".join(XML_NAMES), "attachments": others},
            )
        )
    return found


def _attachments(data: bytes) -> dict[str, bytes]:
    """Name → content of the PDF's embedded files (for diagnostics; {} when unreadable)."""
    try:
        from pypdf import PdfReader

        return {
            str(name): contents[0] if contents else b""
            for name, contents in PdfReader(BytesIO(data)).attachments.items()
        }
    except Exception:
        return {}


def parse_cii(root: Element, ctx: XmlContext, syntax: str) -> EDocument:
    """The EN 16931 terms of a CII (D16B) or ZUGFeRD 1.0 document, problems in ``ctx``."""
    names = _NAMES[syntax]
    doc = EDocument(syntax=syntax)
    doc.profile = ctx.text(
        root, f"{names['context']}/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"
    )

    header = ctx.find(root, names["header"])
    if header is None:
        ctx.problem(
            QT_TRANSLATE_NOOP("importers", "en-tête du document"),
            QT_TRANSLATE_NOOP("importers", "le numéro, le type et la date de la facture"),
            "",
            ctx.where(root, names["header"]),
        )
    else:
        doc.number = ctx.required_text(header, "ram:ID", BT_NUMBER)
        doc.type_code = ctx.text(header, "ram:TypeCode")
        doc.type_code_at = ctx.where(header, "ram:TypeCode")
        if not doc.type_code:
            ctx.problem(
                BT_TYPE,
                NO_TYPE_CODE,
                "",
                doc.type_code_at,
                Severity.WARNING,
                code="380",
            )
        doc.issue_date = ctx.date_at(
            header,
            "ram:IssueDateTime/udt:DateTimeString",
            BT_ISSUE_DATE,
            cii=True,
            required=True,
        )

    transaction = ctx.find(root, names["transaction"])
    agreement = ctx.find(transaction, names["agreement"])
    settlement = ctx.find(transaction, names["settlement"])
    where_transaction = ctx.where(root, names["transaction"])

    buyer_el = ctx.find(agreement, "ram:BuyerTradeParty")
    if buyer_el is None:
        ctx.problem(
            BG_BUYER,
            QT_TRANSLATE_NOOP("importers", "le nom de l'acheteur"),
            "",
            f"{where_transaction}/{names['agreement']}/ram:BuyerTradeParty",
        )
    else:
        doc.buyer = _party(ctx, buyer_el)

    if settlement is None:
        ctx.problem(
            QT_TRANSLATE_NOOP("importers", "règlement (devise et totaux)"),
            QT_TRANSLATE_NOOP("importers", "la devise et les totaux de la facture"),
            "",
            f"{where_transaction}/{names['settlement']}",
        )
        return doc

    _settlement(ctx, doc, settlement, names["summation"])
    doc.references = ctx.texts(settlement, "ram:InvoiceReferencedDocument/ram:IssuerAssignedID")
    if syntax == "cii":
        doc.references += ctx.texts(
            transaction,
            "ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/"
            "ram:InvoiceReferencedDocument/ram:IssuerAssignedID",
        )
    return doc


def _settlement(ctx: XmlContext, doc: EDocument, settlement: Element, summation_name: str) -> None:
    doc.currency = ctx.currency(settlement, "ram:InvoiceCurrencyCode", BT_CURRENCY, required=True)

    doc.payment_reference = ctx.text(settlement, "ram:PaymentReference")
    for raw in ctx.texts(
        settlement,
        "ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/"
        "ram:IBANID",
    ):
        if iban := normalise_iban(raw):
            doc.seller_iban = iban
            break

    for block in ctx.find_all(settlement, "ram:SpecifiedTradePaymentTerms"):
        text = " ".join(ctx.texts(block, "ram:Description"))
        due = ctx.date_at(block, "ram:DueDateDateTime/udt:DateTimeString", BT_DUE_DATE, cii=True)
        has_discount = ctx.find(block, "ram:ApplicableTradePaymentDiscountTerms") is not None
        doc.terms.append(
            PaymentTerm(text=text, due=due, discount=is_discount_term(text, has_discount))
        )

    summation = ctx.find(settlement, summation_name)
    if summation is None:
        ctx.problem(
            BG_TOTALS,
            QT_TRANSLATE_NOOP("importers", "les totaux de la facture"),
            "",
            ctx.where(settlement, summation_name),
        )
        return
    doc.total, total_el = ctx.amount(summation, "ram:GrandTotalAmount", BT_TOTAL, required=True)
    doc.prepaid, prepaid_el = ctx.amount(summation, "ram:TotalPrepaidAmount", BT_PREPAID)
    doc.rounding, rounding_el = ctx.amount(summation, "ram:RoundingAmount", BT_ROUNDING)
    doc.payable, payable_el = ctx.amount(summation, "ram:DuePayableAmount", BT_PAYABLE)
    doc.payable_at = ctx.where(summation, "ram:DuePayableAmount")
    minimum = _is_minimum(doc.profile) and prepaid_el is None
    if minimum and doc.total is not None and doc.payable is not None:
        # The profile has no BT-113: the gap between the total and the amount due was paid.
        doc.prepaid = doc.total + (doc.rounding or Decimal(0)) - doc.payable
    for el, name in (
        (total_el, BT_TOTAL),
        (prepaid_el, BT_PREPAID),
        (rounding_el, BT_ROUNDING),
        (payable_el, BT_PAYABLE),
    ):
        ctx.check_currency(el, doc.currency, name)


def _is_minimum(profile: str) -> bool:
    """True for the Factur-X MINIMUM profile (``urn:factur-x.eu:1p0:minimum``), which has a
    total (BT-112) and an amount due (BT-115) but no prepaid amount (BT-113)."""
    return profile.strip().casefold().endswith(":minimum")


def _party(ctx: XmlContext, el: Element) -> Party:
    party = Party(
        name=ctx.required_text(el, "ram:Name", BT_BUYER_NAME),
        account=ctx.text(el, "ram:ID"),
    )
    for gid in ctx.find_all(el, "ram:GlobalID"):
        value = clean("".join(gid.itertext()))
        if value:
            party.identifiers.append((clean(gid.get("schemeID")), value))
    legal = ctx.find(el, "ram:SpecifiedLegalOrganization/ram:ID")
    if legal is not None and (value := clean("".join(legal.itertext()))):
        party.legal_id = (clean(legal.get("schemeID")), value)
    electronic_email = ""
    for uri in ctx.find_all(el, "ram:URIUniversalCommunication/ram:URIID"):
        value = clean("".join(uri.itertext()))
        scheme = clean(uri.get("schemeID"))
        if not value:
            continue
        if scheme.upper() == "EM":
            electronic_email = electronic_email or value
        else:
            party.identifiers.append((scheme, value))
    for tax in ctx.find_all(el, "ram:SpecifiedTaxRegistration/ram:ID"):
        if clean(tax.get("schemeID")).upper() == "VA" and (value := "".join(tax.itertext())):
            party.vat_number = normalise_vat(value)
            break
    contact_email = ctx.text(
        el, "ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID"
    )
    party.email = normalise_email(contact_email or electronic_email)
    party.phone = ctx.text(
        el, "ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:CompleteNumber"
    )
    address = ctx.find(el, "ram:PostalTradeAddress")
    if address is not None:
        lines = [ctx.text(address, f"ram:Line{n}") for n in ("One", "Two", "Three")]
        party.street = ", ".join(line for line in lines if line)
        party.postcode = ctx.text(address, "ram:PostcodeCode")
        party.city = ctx.text(address, "ram:CityName")
        party.country = ctx.country(address, "ram:CountryID", BT_BUYER_COUNTRY)
    return party
