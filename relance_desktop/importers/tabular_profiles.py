"""Column mappings and named profiles for CSV and Excel imports.

A **mapping** is plain data: ``{field: column}`` where *field* is one of
:data:`~relance_desktop.importers.tabular_fields.FIELDS` and *column* is a header name as written
in the file (``"N° facture"``) or, for a file without a header, a 0-based column index.

A **profile** is a name, a mapping and options, stored as JSON in the company file so that next
week's export from the same tool imports in one click. Options (all optional, all JSON):

``layout``
    how rows become invoices: ``"generic"`` (one row per invoice, or per invoice line with the
    number repeated), or a tool's own logic: ``"invoiceninja4"``, ``"freshbooks"``, ``"zoho"``,
    ``"wave"``, ``"invoicely"``, ``"invoice2go"``, ``"akaunting"``, ``"gnucash"``.
``encoding``, ``delimiter``, ``sheet``, ``header_line`` (1-based, 0 = no header), ``decimal``,
``thousands``, ``date_order`` (``"DMY"``/``"MDY"``)
    force what is otherwise sniffed from each file.
``lines``
    rows sharing an invoice number: ``"first"`` (the amounts are the invoice's, repeated on each
    line), ``"sum"`` (each row holds one line's amount) or ``"auto"`` (the default: equal amounts
    on every row are taken once, different ones are added up).
``drop_duplicate_rows``
    drop rows that repeat an earlier row exactly (an export glitch, seen in Invoice Ninja).
``drafts``
    ``"skip"`` (the default: draft invoices are left out with a warning, they are not chased) or
    ``"import"`` (kept, with status ``draft`` and a warning).
``currency``
    the currency of a file that names none (else the company's currency is used).
``full_export``
    true when the file lists every open invoice of the source, so that an invoice open in
    Relance but absent from the file can be offered as paid.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.importers.tabular_fields import (
    ACCOUNT,
    ADDRESS,
    AMOUNT,
    AMOUNT_FIELDS,
    BALANCE,
    CITY,
    COUNTRY,
    CURRENCY,
    CUSTOMER,
    DATE_FIELDS,
    DESCRIPTION,
    DUE_DATE,
    EMAIL,
    FIELDS,
    ISSUE_DATE,
    NUMBER,
    PAID,
    PAID_DATE,
    PAYMENT_DAYS,
    PAYMENT_TERMS,
    PHONE,
    POSTCODE,
    STATUS,
    VAT_NUMBER,
    header_score,
    normalise,
)
from relance_desktop.importers.tabular_sniff import DELIMITERS, Sniffed, TabularError
from relance_desktop.importers.tabular_values import DATE_ORDERS, DECIMALS, THOUSANDS, cell_text
from relance_desktop.importers.values import (
    Cell,
    ValueProblem,
    currency_code,
    parse_amount,
    parse_date,
    zero_date,
)

Mapping: TypeAlias = dict[str, str | int]
"""``{field: header name or 0-based column index}``."""

LAYOUTS = (
    "generic",
    "invoiceninja4",
    "freshbooks",
    "zoho",
    "wave",
    "invoicely",
    "invoice2go",
    "akaunting",
    "gnucash",
)
_OPTION_CHOICES: dict[str, tuple[object, ...]] = {
    "layout": LAYOUTS,
    "delimiter": DELIMITERS,
    "decimal": DECIMALS,
    "thousands": THOUSANDS,
    "date_order": DATE_ORDERS[:2],
    "lines": ("auto", "first", "sum"),
    "drafts": ("skip", "import"),
}
_OPTION_TYPES: dict[str, type | tuple[type, ...]] = {
    "encoding": str,
    "sheet": str,
    "header_line": int,
    "currency": str,
    "full_export": bool,
    "drop_duplicate_rows": bool,
}
MIN_SCORE = 30  # a header scoring less than this for a field is not proposed for it


@dataclass(frozen=True)
class Profile:
    """A named way to read one tool's exports: plain data, stored as JSON."""

    name: str
    mapping: Mapping = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)

    def option(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)

    @property
    def layout(self) -> str:
        return str(self.options.get("layout", "generic"))

    def to_json(self) -> str:
        return json.dumps(
            {"name": self.name, "mapping": self.mapping, "options": self.options, "version": 1},
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Profile:
        """The profile stored by :meth:`to_json`; :class:`TabularError` when it is not one."""
        try:
            data = json.loads(text)
        except (ValueError, TypeError) as exc:
            raise TabularError(
                QT_TRANSLATE_NOOP(
                    "importers", "Ce n'est pas un profil d'import enregistré ({reason})."
                ),
                reason=str(exc),
            ) from exc
        if not isinstance(data, dict) or not isinstance(data.get("name"), str):
            raise TabularError(
                QT_TRANSLATE_NOOP(
                    "importers", "Ce n'est pas un profil d'import enregistré : il n'a pas de nom."
                )
            )
        mapping = data.get("mapping", {})
        options = data.get("options", {})
        if not isinstance(mapping, dict) or not isinstance(options, dict):
            raise TabularError(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Ce n'est pas un profil d'import enregistré : ses colonnes et ses options "
                    "doivent être des objets JSON.",
                )
            )
        profile = cls(data["name"], dict(mapping), dict(options))
        check_profile(profile)
        return profile

    @classmethod
    def from_sniffed(cls, name: str, sniffed: Sniffed, mapping: Mapping, **options: Any) -> Profile:
        """A profile remembering the mapping and the settings the user may have corrected."""
        base: dict[str, Any] = {
            "layout": "generic",
            "decimal": sniffed.decimal,
            "date_order": sniffed.date_order,
        }
        if sniffed.format == "csv":
            base["delimiter"] = sniffed.delimiter
        else:
            base["sheet"] = sniffed.sheet
        base.update(options)
        profile = cls(name, dict(mapping), base)
        check_profile(profile)
        return profile


def check_profile(profile: Profile) -> None:
    """Raise :class:`TabularError` naming the first wrong field or option."""
    for key, column in profile.mapping.items():
        if key not in FIELDS:
            raise TabularError(
                QT_TRANSLATE_NOOP("importers", "Profil « {profile} » : champ inconnu « {field} »."),
                profile=profile.name,
                field=key,
            )
        if isinstance(column, bool) or not isinstance(column, str | int):
            raise TabularError(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Profil « {profile} » : le champ « {field} » doit donner le nom d'une colonne "
                    "ou son numéro.",
                ),
                profile=profile.name,
                field=key,
            )
        if isinstance(column, int) and column < 0:
            raise TabularError(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Profil « {profile} » : numéro de colonne négatif pour « {field} ».",
                ),
                profile=profile.name,
                field=key,
            )
    for key, value in profile.options.items():
        choices = _OPTION_CHOICES.get(key)
        if choices is not None and value not in choices:
            raise TabularError(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Profil « {profile} » : l'option « {option} » doit valoir {choices}, "
                    "pas {value}.",
                ),
                profile=profile.name,
                option=key,
                choices=", ".join(repr(c) for c in choices),
                value=repr(value),
            )
        kind = _OPTION_TYPES.get(key)
        if kind is not None and (
            not isinstance(value, kind) or (kind is int and isinstance(value, bool))
        ):
            raise TabularError(
                QT_TRANSLATE_NOOP(
                    "importers", "Profil « {profile} » : l'option « {option} » n'a pas le bon type."
                ),
                profile=profile.name,
                option=key,
            )
    if profile.options.get("currency"):
        try:
            currency_code(str(profile.options["currency"]))
        except ValueProblem:
            raise TabularError(
                QT_TRANSLATE_NOOP(
                    "importers", "Profil « {profile} » : « {currency} » n'est pas une devise."
                ),
                profile=profile.name,
                currency=str(profile.options["currency"]),
            ) from None


# ---------------------------------------------------------------------------------------------
# Proposing a mapping


def _values(sniffed: Sniffed, index: int) -> list[Cell]:
    return [row[index] for row in sniffed.sample if index < len(row) and cell_text(row[index])]


def _share(values: list[Cell], test: Any) -> float:
    if not values:
        return 1.0
    good = 0
    for value in values:
        try:
            if test(value):
                good += 1
        except ValueProblem:
            continue
    return good / len(values)


def _is_date(sniffed: Sniffed) -> Any:
    return lambda v: parse_date(v, sniffed.date_order) is not None or zero_date(cell_text(v))


def _is_amount(sniffed: Sniffed) -> Any:
    return lambda v: parse_amount(v, sniffed.decimal) is not None


def _is_currency(value: Cell) -> bool:
    text = cell_text(value)
    return len(text) <= 4 and bool(currency_code(text))


def _is_days(value: Cell) -> bool:
    return cell_text(value).isdigit() and len(cell_text(value)) <= 3


def _fits(field_: str, values: list[Cell], sniffed: Sniffed, sure: bool = False) -> bool:
    """Do the sample values of a column look like what ``field_`` holds?

    ``sure``: the header is the field's usual name; a few readable values are then enough (the
    others are reported line by line).
    """
    enough = 0.2 if sure else 0.6
    if field_ in DATE_FIELDS:
        # Named like a date: kept as soon as one value reads as a date, so that each value
        # that does not is reported on its line rather than the whole column dropped unseen.
        return _share(values, _is_date(sniffed)) > 0
    if field_ in AMOUNT_FIELDS:
        return _share(values, _is_amount(sniffed)) >= enough
    if field_ == EMAIL:
        return _share(values, lambda v: "@" in cell_text(v)) >= 0.6
    if field_ == CURRENCY:
        return _share(values, _is_currency) >= 0.8
    if field_ == PAYMENT_DAYS:
        return _share(values, _is_days) >= 0.8
    if field_ == CUSTOMER:
        return _share(values, lambda v: any(ch.isalpha() for ch in cell_text(v))) >= 0.5
    return True


def propose_mapping(sniffed: Sniffed) -> Mapping:
    """The most likely ``{field: column}`` from the header names, checked against the values.

    Columns are named by their header (by index when the file has none, or when two columns
    share a name). For a file without a header, e-mails, dates and currencies are recognised by
    their values; the rest is left to the user.
    """
    chosen: dict[str, int] = {}
    if sniffed.columns:
        candidates: list[tuple[int, int, int, str]] = []
        for index, name in enumerate(sniffed.columns):
            if not name:
                continue
            values = _values(sniffed, index)
            empty = not values and bool(sniffed.sample)
            for rank, field_ in enumerate(FIELDS):
                score = header_score(field_, name)
                if empty and score < 90:  # an empty column is proposed on its exact name only
                    continue
                if score >= MIN_SCORE and _fits(field_, values, sniffed, score >= 90):
                    candidates.append((-score, rank, index, field_))
        for _score, _rank, index, field_ in sorted(candidates):
            if field_ not in chosen and index not in chosen.values():
                chosen[field_] = index
    _by_values(sniffed, chosen)
    if ACCOUNT in chosen and CUSTOMER in chosen:  # one account for many customers: not theirs
        accounts = {cell_text(v) for v in _values(sniffed, chosen[ACCOUNT])}
        customers = {cell_text(v) for v in _values(sniffed, chosen[CUSTOMER])}
        if len(accounts) == 1 and len(customers) > 1:
            del chosen[ACCOUNT]
    mapping: Mapping = {}
    for field_ in FIELDS:
        if field_ not in chosen:
            continue
        index = chosen[field_]
        name = sniffed.columns[index] if index < len(sniffed.columns) else ""
        unique = name and sum(1 for c in sniffed.columns if c == name) == 1
        mapping[field_] = name if unique else index
    return mapping


def _by_values(sniffed: Sniffed, chosen: dict[str, int]) -> None:
    """Fill fields that values alone reveal (e-mails, currencies; dates without a header)."""
    free = [i for i in range(sniffed.width) if i not in chosen.values()]
    columns = {i: _values(sniffed, i) for i in free}
    for index in free:
        values = columns[index]
        if not values:
            continue
        if EMAIL not in chosen and _share(values, lambda v: "@" in cell_text(v)) >= 0.8:
            chosen[EMAIL] = index
        elif (
            CURRENCY not in chosen
            and _share(values, _is_currency) >= 0.9
            and all(cell_text(v).isupper() for v in values)
        ):
            chosen[CURRENCY] = index
        elif not sniffed.columns and _share(values, _is_date(sniffed)) >= 0.8:
            for field_ in (ISSUE_DATE, DUE_DATE):
                if field_ not in chosen:
                    chosen[field_] = index
                    break


# ---------------------------------------------------------------------------------------------
# Built-in profiles of the tools seen in real exports


# The profiles of the tools seen in real exports (see the samples README): name, mapping, options.
_BUILTIN: tuple[tuple[str, Mapping, dict[str, object]], ...] = (
    (
        "Invoice Ninja v4",
        {
            CUSTOMER: "Client",
            EMAIL: "Email",
            NUMBER: "Invoice Number",
            AMOUNT: "Amount",
            PAID: "Paid",
            STATUS: "Status",
            ISSUE_DATE: "Invoice Date",
            DUE_DATE: "Due Date",
        },
        {
            "layout": "invoiceninja4",
            "lines": "first",
            "drop_duplicate_rows": True,
            "full_export": True,
        },
    ),
    (
        "FreshBooks",
        {
            CUSTOMER: "Client Name",
            NUMBER: "Invoice #",
            ISSUE_DATE: "Date Issued",
            STATUS: "Invoice Status",
            PAID_DATE: "Date Paid",
            AMOUNT: "Line Total",
            CURRENCY: "Currency",
        },
        {"layout": "freshbooks", "lines": "sum", "full_export": True},
    ),
    (
        "Zoho Invoice",
        {
            ISSUE_DATE: "Invoice Date",
            NUMBER: "Invoice Number",
            STATUS: "Invoice Status",
            CUSTOMER: "Customer Name",
            ACCOUNT: "Customer ID",
            DUE_DATE: "Due Date",
            CURRENCY: "Currency Code",
            AMOUNT: "Total",
            BALANCE: "Balance",
            ADDRESS: "Billing Address",
            CITY: "Billing City",
            POSTCODE: "Billing Code",
            COUNTRY: "Billing Country",
            PHONE: "Billing Phone",
            PAYMENT_TERMS: "Payment Terms Label",
        },
        {"layout": "zoho", "lines": "first", "full_export": True},
    ),
    (
        "Wave",
        {
            NUMBER: "Invoice Number",
            CUSTOMER: "Customer",
            ISSUE_DATE: "Transaction Date",
            AMOUNT: "Amount (One column)",
            DESCRIPTION: "Transaction Description",
        },
        {"layout": "wave", "full_export": False},
    ),
    (
        "Invoicely",
        {
            ISSUE_DATE: "Date",
            DUE_DATE: "Due",
            NUMBER: "Details",
            CUSTOMER: "Client",
            STATUS: "Status",
            AMOUNT: "Total",
        },
        {"layout": "invoicely", "lines": "first", "full_export": True},
    ),
    (
        "Invoice2go",
        {
            NUMBER: "DocumentNumber",
            CUSTOMER: "Name",
            EMAIL: "EmailRecipient",
            ADDRESS: "DocumentRecipientAddress",
            ISSUE_DATE: "DocumentDate",
            CURRENCY: "CurrencyCode",
            AMOUNT: "TotalAmount",
            PAID: "AmountPaidAmount",
            BALANCE: "BalanceDueAmount",
            STATUS: "DocumentStatus",
            PAYMENT_DAYS: "TermsOld",
        },
        {"layout": "invoice2go", "lines": "first", "full_export": True},
    ),
    (
        "Akaunting",
        {
            NUMBER: "invoice_number",
            STATUS: "status",
            ISSUE_DATE: "invoiced_at",
            DUE_DATE: "due_at",
            AMOUNT: "amount",
            CURRENCY: "currency_code",
            CUSTOMER: "contact_name",
            EMAIL: "contact_email",
            VAT_NUMBER: "contact_tax_number",
            PHONE: "contact_phone",
            ADDRESS: "contact_address",
            COUNTRY: "contact_country",
            POSTCODE: "contact_zip_code",
            CITY: "contact_city",
        },
        {"layout": "akaunting", "sheet": "invoices", "lines": "first", "full_export": True},
    ),
    (
        "GnuCash (bi-import)",
        # id, date_opened, owner_id, billingid, notes, date, desc, action, account, quantity,
        # price, disc_type, disc_how, discount, taxable, taxincluded, tax_table, date_posted,
        # due_date, account_posted, memo_posted, accu_splits
        {NUMBER: 0, ISSUE_DATE: 17, CUSTOMER: 2, ACCOUNT: 2, DESCRIPTION: 6, DUE_DATE: 18},
        {"layout": "gnucash", "header_line": 0, "full_export": False},
    ),
)


def builtin_profiles() -> tuple[Profile, ...]:
    """Profiles recognising real tools by their headers (new objects: callers may change them)."""
    return tuple(Profile(name, dict(mapping), dict(options)) for name, mapping, options in _BUILTIN)


_SIGNATURES: dict[str, frozenset[str]] = {
    "invoiceninja4": frozenset(
        [
            "client",
            "invoice number",
            "amount",
            "paid",
            "invoice date",
            "due date",
            "partial/deposit",
        ]
    ),
    "freshbooks": frozenset(
        ["client name", "invoice #", "date issued", "invoice status", "line total", "currency"]
    ),
    "zoho": frozenset(
        [
            "invoice id",
            "invoice number",
            "invoice status",
            "customer name",
            "customer id",
            "currency code",
            "total",
            "balance",
        ]
    ),
    "wave": frozenset(
        [
            "transaction id",
            "transaction date",
            "account name",
            "amount (one column)",
            "customer",
            "invoice number",
        ]
    ),
    "invoicely": frozenset(["date", "due", "details", "client", "status", "total"]),
    "invoice2go": frozenset(
        [
            "documentnumber",
            "documentdate",
            "name",
            "currencycode",
            "totalamount",
            "balancedueamount",
            "amountpaidamount",
        ]
    ),
    "akaunting": frozenset(
        ["invoice_number", "invoiced_at", "due_at", "amount", "currency_code", "contact_name"]
    ),
}


def detect_profile(sniffed: Sniffed) -> Profile | None:
    """The built-in profile of the tool that wrote this file, recognised by its header."""
    headers = {c.strip().casefold() for c in sniffed.columns}
    for profile in builtin_profiles():
        signature = _SIGNATURES.get(profile.layout)
        if signature is not None and signature <= headers:
            if profile.layout == "akaunting" and sniffed.format != "xlsx":
                continue
            return profile
    if not sniffed.columns and sniffed.width == 22 and sniffed.sample:
        accounts = [cell_text(r[8]) for r in sniffed.sample if len(r) > 8]
        if accounts and sum(1 for a in accounts if ":" in a) >= 0.8 * len(accounts):
            return next(p for p in builtin_profiles() if p.layout == "gnucash")
    return None


def resolve(mapping: Mapping, sniffed: Sniffed) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """(field → column index, [(field, column) not found in this file])."""
    found: dict[str, int] = {}
    missing: list[tuple[str, str]] = []
    exact: dict[str, int] = {}
    folded: dict[str, int] = {}
    for index, name in enumerate(sniffed.columns):
        exact.setdefault(name, index)
        folded.setdefault(normalise(name), index)
    for field_, column in mapping.items():
        if isinstance(column, bool):
            missing.append((field_, str(column)))
            continue
        if isinstance(column, int):
            if 0 <= column < max(sniffed.width, len(sniffed.columns)):
                found[field_] = column
            else:
                missing.append((field_, f"colonne {column + 1}"))
            continue
        found_index = exact.get(column)
        if found_index is None and column.strip():
            found_index = folded.get(normalise(column))
        if found_index is None:
            missing.append((field_, column))
        else:
            found[field_] = found_index
    return found, missing
