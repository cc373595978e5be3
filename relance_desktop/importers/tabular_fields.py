"""The fields Relance takes from an invoice list, and how column headers name them.

A header is normalised (case, accents, camelCase, ``N°``/``#``/``No``/``Nr`` → ``num``, small words
dropped) and compared with the names that French, English and Dutch tools use. An exact name
scores high; a header that merely contains a name scores lower, and words that show another
meaning (« Montant HT », « Date Paid », « Tax Amount ») rule a field out.
"""

from __future__ import annotations

import re
from functools import cache

from relance_desktop.domain.text import search_key
from relance_desktop.i18n import QT_TRANSLATE_NOOP

CUSTOMER = "customer"
NUMBER = "number"
ISSUE_DATE = "issue_date"
DUE_DATE = "due_date"
AMOUNT = "amount"  # total including VAT
PAID = "paid"  # amount already paid
BALANCE = "balance"  # amount still due
CURRENCY = "currency"
EMAIL = "email"
PHONE = "phone"
ADDRESS = "address"
POSTCODE = "postcode"
CITY = "city"
COUNTRY = "country"
COMPANY_NUMBER = "company_number"  # SIREN/SIRET, Belgian enterprise number (or a VAT number)
VAT_NUMBER = "vat_number"
STATUS = "status"
ACCOUNT = "account"  # the customer's account number or code in the source
PAID_DATE = "paid_date"  # filled when the invoice is paid in full (FreshBooks « Date Paid »)
PAYMENT_DAYS = "payment_days"  # payment terms in days: due date = issue date + days
PAYMENT_TERMS = "payment_terms"  # free text
DESCRIPTION = "description"

FIELD_LABELS: dict[str, str] = {
    CUSTOMER: QT_TRANSLATE_NOOP("tabular", "Client"),
    NUMBER: QT_TRANSLATE_NOOP("tabular", "N° de facture"),
    ISSUE_DATE: QT_TRANSLATE_NOOP("tabular", "Date de facture"),
    DUE_DATE: QT_TRANSLATE_NOOP("tabular", "Échéance"),
    AMOUNT: QT_TRANSLATE_NOOP("tabular", "Montant TTC"),
    PAID: QT_TRANSLATE_NOOP("tabular", "Déjà payé"),
    BALANCE: QT_TRANSLATE_NOOP("tabular", "Reste dû"),
    CURRENCY: QT_TRANSLATE_NOOP("tabular", "Devise"),
    EMAIL: QT_TRANSLATE_NOOP("tabular", "E-mail"),
    PHONE: QT_TRANSLATE_NOOP("tabular", "Téléphone"),
    ADDRESS: QT_TRANSLATE_NOOP("tabular", "Adresse"),
    POSTCODE: QT_TRANSLATE_NOOP("tabular", "Code postal"),
    CITY: QT_TRANSLATE_NOOP("tabular", "Ville"),
    COUNTRY: QT_TRANSLATE_NOOP("tabular", "Pays"),
    COMPANY_NUMBER: QT_TRANSLATE_NOOP("tabular", "N° d'entreprise (SIREN, BCE)"),
    VAT_NUMBER: QT_TRANSLATE_NOOP("tabular", "N° de TVA"),
    STATUS: QT_TRANSLATE_NOOP("tabular", "Statut"),
    ACCOUNT: QT_TRANSLATE_NOOP("tabular", "N° de compte client"),
    PAID_DATE: QT_TRANSLATE_NOOP("tabular", "Date de paiement"),
    PAYMENT_DAYS: QT_TRANSLATE_NOOP("tabular", "Délai de paiement (jours)"),
    PAYMENT_TERMS: QT_TRANSLATE_NOOP("tabular", "Conditions de paiement"),
    DESCRIPTION: QT_TRANSLATE_NOOP("tabular", "Description"),
}
FIELDS: tuple[str, ...] = tuple(FIELD_LABELS)
DATE_FIELDS = frozenset({ISSUE_DATE, DUE_DATE, PAID_DATE})
AMOUNT_FIELDS = frozenset({AMOUNT, PAID, BALANCE})

# (header as tools write it, score). Normalised at first use.
_NAMES: dict[str, tuple[tuple[str, int], ...]] = {
    CUSTOMER: (
        ("client", 100),
        ("customer", 100),
        ("customer name", 100),
        ("client name", 100),
        ("nom client", 100),
        ("nom du client", 100),
        ("raison sociale", 90),
        ("klant", 100),
        ("klantnaam", 100),
        ("naam klant", 100),
        ("debiteur", 90),
        ("debtor", 90),
        ("contact name", 80),
        ("contact", 60),
        ("bill to", 70),
        ("billing name", 80),
        ("tiers", 70),
        ("relatie", 70),
        ("name", 60),
        ("nom", 60),
        ("naam", 60),
        ("company name", 50),
        ("societe", 50),
        ("bedrijfsnaam", 50),
        ("company", 40),
    ),
    NUMBER: (
        ("invoice num", 100),
        ("invoice", 70),
        ("num facture", 100),
        ("facture", 80),
        ("num", 50),
        ("factuurnummer", 100),
        ("factuurnr", 100),
        ("factuur num", 100),
        ("factuur", 80),
        ("document num", 90),
        ("bill num", 80),
        ("reference", 50),
        ("ref", 40),
        ("num piece", 70),
        ("piece", 50),
        ("invoice id", 40),
        ("details", 20),
    ),
    ISSUE_DATE: (
        ("invoice date", 100),
        ("date facture", 100),
        ("date", 70),
        ("issue date", 100),
        ("date issued", 100),
        ("issued", 70),
        ("issued on", 80),
        ("date emission", 100),
        ("emise le", 90),
        ("document date", 90),
        ("factuurdatum", 100),
        ("datum", 70),
        ("datum factuur", 100),
        ("invoiced at", 90),
        ("date piece", 90),
        ("creation date", 50),
        ("date creation", 50),
        ("created", 40),
    ),
    DUE_DATE: (
        ("due date", 100),
        ("due", 80),
        ("date due", 100),
        ("payment due", 90),
        ("due on", 90),
        ("due at", 90),
        ("echeance", 100),
        ("date echeance", 100),
        ("echeance le", 100),
        ("date limite paiement", 90),
        ("vervaldatum", 100),
        ("vervaldag", 100),
        ("verval", 80),
        ("uiterste betaaldatum", 90),
    ),
    AMOUNT: (
        ("amount", 90),
        ("total", 90),
        ("montant", 90),
        ("montant ttc", 100),
        ("total ttc", 100),
        ("ttc", 90),
        ("bedrag", 90),
        ("totaal", 90),
        ("bedrag incl btw", 100),
        ("totaal incl btw", 100),
        ("invoice amount", 100),
        ("invoice total", 100),
        ("total amount", 100),
        ("grand total", 100),
        ("amount incl vat", 100),
        ("total incl vat", 100),
        ("total incl tax", 100),
        ("montant facture", 100),
        ("total facture", 100),
        ("factuurbedrag", 100),
        ("line total", 30),
    ),
    PAID: (
        ("paid", 100),
        ("amount paid", 100),
        ("paid amount", 100),
        ("total paid", 100),
        ("paye", 100),
        ("montant paye", 100),
        ("regle", 100),
        ("montant regle", 100),
        ("deja regle", 100),
        ("deja paye", 100),
        ("encaisse", 90),
        ("acompte", 60),
        ("betaald", 100),
        ("bedrag betaald", 100),
        ("reeds betaald", 100),
        ("payments", 70),
        ("paiements", 70),
        ("reglements", 70),
        ("amount paid amount", 90),
    ),
    BALANCE: (
        ("balance", 100),
        ("balance due", 100),
        ("amount due", 100),
        ("due amount", 100),
        ("outstanding", 100),
        ("amount outstanding", 100),
        ("open amount", 100),
        ("remaining", 90),
        ("reste du", 100),
        ("reste a payer", 100),
        ("restant du", 100),
        ("solde", 100),
        ("solde du", 100),
        ("montant du", 100),
        ("du", 80),
        ("a payer", 80),
        ("net a payer", 80),
        ("openstaand", 100),
        ("openstaand bedrag", 100),
        ("saldo", 100),
        ("nog te betalen", 100),
        ("te betalen", 90),
        ("resterend", 90),
        ("open", 60),
        ("balance due amount", 100),
    ),
    CURRENCY: (
        ("currency", 100),
        ("currency code", 100),
        ("devise", 100),
        ("monnaie", 90),
        ("valuta", 100),
        ("munt", 80),
        ("ccy", 90),
        ("cur", 70),
        ("code devise", 100),
    ),
    EMAIL: (
        ("email", 100),
        ("e mail", 100),
        ("mail", 80),
        ("courriel", 100),
        ("adresse email", 100),
        ("email address", 100),
        ("contact email", 100),
        ("emailadres", 100),
        ("e mailadres", 100),
        ("email recipient", 90),
    ),
    PHONE: (
        ("phone", 100),
        ("telephone", 100),
        ("tel", 90),
        ("mobile", 80),
        ("portable", 80),
        ("gsm", 90),
        ("telefoon", 100),
        ("telefoonnummer", 100),
        ("phone num", 100),
        ("contact phone", 100),
        ("billing phone", 90),
    ),
    ADDRESS: (
        ("address", 100),
        ("adresse", 100),
        ("adres", 100),
        ("street", 90),
        ("rue", 80),
        ("straat", 90),
        ("billing address", 100),
        ("adresse facturation", 100),
        ("factuuradres", 100),
        ("address line 1", 90),
        ("adresse 1", 90),
        ("contact address", 100),
        ("document recipient address", 90),
    ),
    POSTCODE: (
        ("postcode", 100),
        ("code postal", 100),
        ("cp", 70),
        ("zip", 100),
        ("zip code", 100),
        ("postal code", 100),
        ("billing code", 80),
        ("contact zip code", 100),
    ),
    CITY: (
        ("city", 100),
        ("ville", 100),
        ("localite", 100),
        ("commune", 80),
        ("gemeente", 90),
        ("plaats", 90),
        ("woonplaats", 90),
        ("stad", 80),
        ("billing city", 100),
        ("contact city", 100),
    ),
    COUNTRY: (
        ("country", 100),
        ("pays", 100),
        ("land", 90),
        ("billing country", 100),
        ("code pays", 100),
        ("contact country", 100),
    ),
    COMPANY_NUMBER: (
        ("siren", 100),
        ("siret", 100),
        ("company num", 100),
        ("company id", 90),
        ("registration num", 90),
        ("num entreprise", 100),
        ("ondernemingsnummer", 100),
        ("ondernemings num", 100),
        ("kbo", 90),
        ("bce", 90),
        ("kbo num", 100),
        ("bce num", 100),
        ("kvk", 90),
        ("kvk num", 100),
        ("rcs", 80),
    ),
    VAT_NUMBER: (
        ("vat", 90),
        ("vat num", 100),
        ("num tva", 100),
        ("tva intracommunautaire", 100),
        ("num tva intracommunautaire", 100),
        ("tva intracom", 100),
        ("btw", 90),
        ("btw num", 100),
        ("btwnummer", 100),
        ("tax num", 90),
        ("tax id", 90),
        ("contact tax num", 100),
        ("vat id", 100),
    ),
    STATUS: (
        ("status", 100),
        ("statut", 100),
        ("etat", 90),
        ("invoice status", 100),
        ("document status", 100),
        ("state", 40),
    ),
    ACCOUNT: (
        ("account", 70),
        ("account num", 90),
        ("customer id", 90),
        ("client id", 90),
        ("customer num", 100),
        ("customer code", 100),
        ("code client", 100),
        ("compte", 70),
        ("num compte", 90),
        ("compte client", 100),
        ("num client", 100),
        ("reference client", 90),
        ("klantnummer", 100),
        ("klant num", 100),
        ("klantcode", 100),
        ("debiteurnummer", 100),
        ("code tiers", 90),
        ("compte tiers", 90),
        ("compte auxiliaire", 90),
    ),
    PAID_DATE: (
        ("date paid", 100),
        ("paid date", 100),
        ("paid on", 90),
        ("payment date", 90),
        ("date paiement", 100),
        ("date reglement", 100),
        ("betaaldatum", 100),
        ("datum betaling", 100),
        ("paid at", 90),
    ),
    PAYMENT_DAYS: (
        ("payment days", 100),
        ("terms days", 100),
        ("delai paiement", 90),
        ("delai paiement jours", 100),
        ("betalingstermijn", 90),
        ("net days", 90),
    ),
    PAYMENT_TERMS: (
        ("payment terms", 100),
        ("terms", 80),
        ("conditions paiement", 100),
        ("conditions reglement", 100),
        ("mode reglement", 60),
        ("betalingsvoorwaarden", 100),
        ("payment terms label", 100),
    ),
    DESCRIPTION: (
        ("description", 80),
        ("designation", 80),
        ("libelle", 80),
        ("objet", 80),
        ("omschrijving", 80),
        ("subject", 70),
    ),
}

# Words in a header that show it is not the field, when the match is only partial.
_NOT: dict[str, frozenset[str]] = {
    AMOUNT: frozenset(
        [
            "ht",
            "hors",
            "excl",
            "excluding",
            "exclusive",
            "subtotal",
            "sub",
            "tax",
            "tva",
            "btw",
            "vat",
            "discount",
            "remise",
            "korting",
            "cost",
            "price",
            "prix",
            "prijs",
            "rate",
            "taux",
            "quantity",
            "qty",
            "quantite",
            "unit",
            "item",
            "article",
            "line",
            "ligne",
            "paid",
            "paye",
            "regle",
            "betaald",
            "due",
            "du",
            "reste",
            "balance",
            "solde",
            "open",
            "openstaand",
            "date",
            "datum",
            "percent",
            "percentage",
            "shipping",
            "adjustment",
            "fee",
            "frais",
            "writeoff",
            "write",
            "round",
            "deposit",
            "partial",
            "acompte",
            "before",
            "after",
            "withholding",
            "exchange",
        ]
    ),
    PAID: frozenset(
        ["date", "datum", "on", "at", "method", "mode", "type", "num", "id", "status", "reference"]
    ),
    BALANCE: frozenset(["date", "datum", "on", "at", "type", "num", "id", "status"]),
    ISSUE_DATE: frozenset(
        ["due", "echeance", "paid", "payment", "paiement", "modified", "last", "shipping"]
    ),
    DUE_DATE: frozenset(["partial", "expected", "amount", "montant"]),
    NUMBER: frozenset(
        [
            "date",
            "datum",
            "amount",
            "montant",
            "status",
            "statut",
            "type",
            "total",
            "client",
            "customer",
            "po",
            "order",
            "estimate",
            "template",
        ]
    ),
    CUSTOMER: frozenset(
        ["id", "num", "code", "email", "mail", "phone", "address", "adresse", "tax"]
    ),
    EMAIL: frozenset(),
    STATUS: frozenset(["billing", "shipping"]),
    ACCOUNT: frozenset(["name", "nom", "naam", "type", "group"]),
    PAID_DATE: frozenset(["expected", "due", "last", "prevue", "prevu"]),
    CURRENCY: frozenset(["rate", "exchange"]),
    ADDRESS: frozenset(["email", "mail"]),
    CITY: frozenset(),
    COUNTRY: frozenset(),
}

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NUM = re.compile(r"\bn\s*[°º]|#|\bnbr\b|\bno\b\.?|\bnr\b\.?|\bnumber\b|\bnumero\b|\bnummer\b")
_SMALL = frozenset(
    [
        "de",
        "du",
        "des",
        "d",
        "l",
        "la",
        "le",
        "les",
        "of",
        "the",
        "van",
        "het",
        "een",
        "a",
        "an",
        "en",
        "et",
        "and",
    ]
)


@cache
def normalise(header: str) -> str:
    """``"N° de facture"`` → ``"num facture"``, ``"BalanceDueAmount"`` → ``"balance due amount"``.

    Small words are dropped except the last one (« Reste dû » must not become « reste »).
    """
    text = _CAMEL.sub(" ", header.strip())
    text = search_key(text).replace("_", " ")
    text = _NUM.sub(" num ", text)
    words = re.findall(r"[a-z0-9]+", text)
    if len(words) > 1:  # « Nom du client » → « nom client », but « Reste dû » keeps its « du »
        words = [w for w in words[:-1] if w not in _SMALL] + words[-1:]
    return " ".join(words)


@cache
def _normalised_names() -> dict[str, tuple[tuple[str, frozenset[str], int], ...]]:
    return {
        field_: tuple((normalise(n), frozenset(normalise(n).split()), s) for n, s in names)
        for field_, names in _NAMES.items()
    }


def header_score(field_: str, header: str) -> int:
    """How surely ``header`` names ``field_`` (0: not at all, 100: by its usual name)."""
    norm = normalise(header)
    if not norm:
        return 0
    words = frozenset(norm.split())
    best = 0
    for name, name_words, score in _normalised_names().get(field_, ()):
        if norm == name:
            best = max(best, score)
        elif name_words <= words and not (words - name_words) & _NOT.get(field_, frozenset()):
            extra = len(words - name_words)
            best = max(best, score // 2 - 5 * extra)
    return max(best, 0)


def header_matches(headers: list[str]) -> int:
    """How many fields a row of headers names with confidence (to recognise a header row)."""
    found = set()
    for header in headers:
        for field_ in FIELDS:
            if header_score(field_, header) >= 70:
                found.add(field_)
    return len(found)
