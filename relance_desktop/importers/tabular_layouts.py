"""How rows become invoices, per layout: the generic one, and the tools that need their own.

- :func:`read_generic`: one row per invoice, or one per invoice line with the number repeated
  (Invoice Ninja, FreshBooks, Zoho, Invoicely, Invoice2go, Akaunting, the user's own profiles);
  total lines are skipped, and exact duplicate rows when the profile says so.
- :func:`akaunting_sheets`: Akaunting's workbook gives the totals and payments on other sheets.
- :func:`read_wave`: a Wave transactions export, « Accounts Receivable » rows per invoice.
- :func:`read_gnucash`: GnuCash « Import Bills & Invoices » rows, grouped by invoice id.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from relance_desktop.domain.money import to_cents
from relance_desktop.domain.text import search_key
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.importers.records import CustomerRecord, Severity
from relance_desktop.importers.tabular_columns import COLUMN_COUNT, Report, found, text_at
from relance_desktop.importers.tabular_fields import (
    CUSTOMER,
    DESCRIPTION,
    DUE_DATE,
    ISSUE_DATE,
    NUMBER,
)
from relance_desktop.importers.tabular_invoices import Draft, Invoices
from relance_desktop.importers.tabular_quick import QuickReader
from relance_desktop.importers.tabular_rows import CellReader, Values, table_rows, values_of
from relance_desktop.importers.tabular_sniff import Row, Table
from relance_desktop.importers.tabular_values import cell_text
from relance_desktop.importers.values import (
    Cell,
    NotANumber,
    ValueProblem,
    amount_example,
    parse_amount,
    parse_number,
)

_GNUCASH_WIDTH = 22
_NUMBER_LIKE = QT_TRANSLATE_NOOP("importers", "un nombre comme {example}")


# ---------------------------------------------------------------------------------------------
# Generic


def read_generic(
    table: Table,
    cells: CellReader,
    invoices: Invoices,
    quick: QuickReader | None,
    drop_duplicates: bool,
) -> None:
    """Every row an invoice or a line of one (see the module's documentation)."""
    report = cells.report
    seen: set[tuple[Cell, ...]] = set()
    duplicates: list[int] = []
    at = cells.at
    number_at, name_at = at.number or 0, at.customer or 0  # with ``quick``: both are known
    drafts = invoices.drafts
    for row in table_rows(table, report):
        row_cells = row.cells
        if drop_duplicates:
            if row_cells in seen:
                duplicates.append(row.line)
                continue
            seen.add(row_cells)
        if quick is not None:
            texts: tuple[str, ...] = row_cells  # type: ignore[assignment]  # CSV: text only
            number, name = texts[number_at].strip(), texts[name_at].strip()
            if number and name:
                single = quick(row_cells, row.line, number, name)
                if single is not None:
                    if number not in drafts:
                        drafts[number] = single
                    else:
                        invoices.add(values_of(number, single))
                    continue
        else:
            number, name = text_at(row_cells, at.number), text_at(row_cells, at.customer)
        if (not number or not name) and _total_line(row):
            report.note(
                QT_TRANSLATE_NOOP("importers", "La ligne {line} est une ligne de total : ignorée."),
                line=row.line,
            )
            continue
        v = cells.values(row, number, name)
        if not v.ok or v.customer is None:
            if v.number:
                invoices.broken.setdefault(v.number, row.line)
            continue
        invoices.add(v)
    _duplicates_note(report, duplicates)


def _total_line(row: Row) -> bool:
    return any(search_key(cell_text(c)).startswith(("total", "totaal")) for c in row.cells)


def _duplicates_note(report: Report, duplicates: list[int]) -> None:
    if len(duplicates) == 1:
        report.note(
            QT_TRANSLATE_NOOP(
                "importers", "La ligne {lines}, identique à une ligne précédente, a été écartée."
            ),
            lines=str(duplicates[0]),
        )
    elif duplicates:
        report.note(
            QT_TRANSLATE_NOOP(
                "importers",
                "{count} lignes identiques à une ligne précédente ont été écartées "
                "(lignes {lines}).",
            ),
            count=len(duplicates),
            lines=", ".join(str(n) for n in duplicates[:10])
            + ("…" if len(duplicates) > 10 else ""),
        )


# ---------------------------------------------------------------------------------------------
# Akaunting


def akaunting_sheets(table: Table, invoices: Invoices) -> None:
    """Totals from ``invoice_totals`` (code « total »); payments: ``invoice_transactions``."""
    report = invoices.report
    totals = _sheet_sums(table, invoices, "invoice_totals", lambda r: r.get("code") == "total")
    paid = _sheet_sums(table, invoices, "invoice_transactions", lambda r: True)
    if totals is not None:
        report.note(
            QT_TRANSLATE_NOOP(
                "importers",
                "Les totaux viennent de la feuille « {sheet} » (remises et taxes comprises).",
            ),
            sheet="invoice_totals",
        )
    if paid is not None:
        report.note(
            QT_TRANSLATE_NOOP("importers", "Les paiements viennent de la feuille « {sheet} »."),
            sheet="invoice_transactions",
        )
    for number in list(invoices.drafts):
        draft = invoices.draft(number)
        assert draft is not None
        if totals is not None and number in totals:
            draft.amount_override = totals[number]
        if paid is not None:
            draft.paid_override = paid.get(number, 0)


def _sheet_sums(
    table: Table, invoices: Invoices, name: str, keep: Callable[[dict[str, Cell]], bool]
) -> dict[str, int] | None:
    """The ``amount`` of the sheet's rows per ``invoice_number`` (those ``keep`` keeps)."""
    rows = table.sheet(name)
    if not rows:
        return None
    header = [cell_text(c) for c in rows[0]]
    if "invoice_number" not in header or "amount" not in header:
        return None
    decimal = table.sniffed.decimal
    sums: dict[str, int] = {}
    for line, cells in enumerate(rows[1:], start=2):
        record = {h: cells[i] if i < len(cells) else None for i, h in enumerate(header)}
        number = cell_text(record["invoice_number"])
        if not number or not keep(record):
            continue
        try:
            parsed = parse_amount(record["amount"], decimal)
        except ValueProblem as exc:
            invoices.report.problem(
                line, f"{name} › amount", exc.expected, found(record["amount"]), **exc.params
            )
            invoices.broken.setdefault(number, line)
            continue
        if parsed is not None:
            sums[number] = sums.get(number, 0) + parsed[0]
    return sums


# ---------------------------------------------------------------------------------------------
# Wave


def read_wave(table: Table, cells: CellReader, invoices: Invoices, receivable: str) -> None:
    """A Wave transactions export: the « Accounts Receivable » rows, per invoice number.

    Positive rows are the invoice (its lines already summed by Wave), negative ones the
    payments. Wave exports carry no due date and no currency.
    """
    report = cells.report
    account_col = _header_index(table, "Account Name")
    if account_col is None:
        report.problem(
            table.sniffed.header_line or None,
            "Account Name",
            QT_TRANSLATE_NOOP(
                "importers", "une colonne « {column} » (export des transactions de Wave)"
            ),
            "",
            column="Account Name",
        )
        return
    for row in table_rows(table, report):
        number = cells.text(row, NUMBER)
        if cell_text(row.cells[account_col]) != receivable or not number:
            continue
        v = cells.values(row, number, cells.text(row, CUSTOMER))
        if not v.ok or v.customer is None or v.amount is None:
            invoices.broken.setdefault(v.number, row.line)
            continue
        _wave_row(invoices, v, v.customer, v.amount)
    report.note(
        QT_TRANSLATE_NOOP(
            "importers",
            "Wave : chaque facture est la somme de ses lignes « {account} » (les paiements "
            "sont les lignes négatives). Le fichier ne donne pas d'échéances : le délai de "
            "paiement du client ou de l'entreprise s'applique.",
        ),
        account=receivable,
    )


def _wave_row(invoices: Invoices, v: Values, customer: CustomerRecord, amount: int) -> None:
    """One « Accounts Receivable » row: a line of the invoice, or a payment (negative)."""
    draft = invoices.drafts.get(v.number)
    assert not isinstance(draft, tuple)  # only read_generic keeps one-row invoices as tuples
    if draft is None:
        draft = Draft(v.number, v.line, customer, issue=v.issue)
        draft.amount_override, draft.paid_override = 0, 0
        draft.description = v.description
        invoices.drafts[v.number] = draft
    assert draft.amount_override is not None and draft.paid_override is not None
    if amount >= 0:
        draft.amount_override += amount
        draft.issue = draft.issue or v.issue
    else:
        draft.paid_override -= amount


def _header_index(table: Table, name: str) -> int | None:
    for index, column in enumerate(table.sniffed.columns):
        if column.strip().casefold() == name.casefold():
            return index
    return None


# ---------------------------------------------------------------------------------------------
# GnuCash


def read_gnucash(table: Table, cells: CellReader, invoices: Invoices) -> None:
    """GnuCash « Import Bills & Invoices » rows (22 columns, no header), grouped by id."""
    report, sniffed = cells.report, table.sniffed
    if sniffed.width < _GNUCASH_WIDTH:
        report.problem(
            sniffed.first_line,
            COLUMN_COUNT,
            QT_TRANSLATE_NOOP(
                "importers", "{width} colonnes (format « Import Bills & Invoices » de GnuCash)"
            ),
            str(sniffed.width),
            width=_GNUCASH_WIDTH,
        )
        return
    groups: dict[str, list[Row]] = {}
    for row in table_rows(table, report):
        number = cells.text(row, NUMBER)
        if not number:
            report.problem(
                row.line,
                QT_TRANSLATE_NOOP("importers", "id (colonne 1)"),
                QT_TRANSLATE_NOOP("importers", "le numéro de la facture client ou fournisseur"),
                "",
            )
            continue
        groups.setdefault(number, []).append(row)
    for number, rows in groups.items():
        owner = cells.text(rows[0], CUSTOMER)
        if _gnucash_customer_invoice(report, cells, number, rows, owner):
            _gnucash_invoice(cells, invoices, number, rows, owner)
    if not invoices.drafts:
        report.note(
            QT_TRANSLATE_NOOP(
                "importers",
                "Aucune facture client ouverte : un fichier d'import GnuCash (bi-import) "
                "contient des factures avant leur validation, et seules les factures clients "
                "validées sont dues.",
            )
        )


def _gnucash_customer_invoice(
    report: Report, cells: CellReader, number: str, rows: list[Row], owner: str
) -> bool:
    """Whether the rows of ``number`` are a posted customer invoice (else a note says why not:
    a supplier's bill, or not posted yet)."""
    accounts = {cell_text(r.cells[8]).split(":")[0].casefold() for r in rows}
    posted = cells.text(rows[0], ISSUE_DATE)
    if accounts and accounts <= {"expenses", "charges", "depenses", "dépenses", "kosten"}:
        report.note(
            QT_TRANSLATE_NOOP(
                "importers",
                "{number} : une facture du fournisseur {owner} (ses lignes vont en "
                "comptes de charges) ; c'est une dette de l'entreprise, pas une facture "
                "à relancer.",
            )
            if posted
            else QT_TRANSLATE_NOOP(
                "importers",
                "{number} : une facture du fournisseur {owner} (ses lignes vont en "
                "comptes de charges) ; c'est une dette de l'entreprise, pas une facture "
                "à relancer. Elle n'est pas non plus validée dans GnuCash.",
            ),
            number=number,
            owner=owner,
        )
        return False
    if not posted:
        report.note(
            QT_TRANSLATE_NOOP(
                "importers",
                "{number} : pas encore validée dans GnuCash (aucune date de "
                "validation), donc rien n'est dû.",
            ),
            number=number,
        )
        return False
    return True


def _gnucash_invoice(
    cells: CellReader, invoices: Invoices, number: str, rows: list[Row], owner: str
) -> None:
    """A posted customer invoice: the total of its lines (quantity × price), without taxes."""
    report, decimal = cells.report, cells.sniffed.decimal
    first = rows[0]
    v = Values(first.line)
    total = Decimal(0)
    for row in rows:
        quantity, price = cell_text(row.cells[9]), cell_text(row.cells[10])
        try:
            total += _quantity(quantity, decimal) * _quantity(price, decimal)
        except ValueProblem as exc:
            report.problem(
                row.line,
                QT_TRANSLATE_NOOP("importers", "quantité × prix (colonnes 10 et 11)"),
                exc.expected,
                found(f"{quantity} × {price}"),
                **exc.params,
            )
            v.ok = False
    issue = cells.date_of(first, v, ISSUE_DATE)
    due = cells.date_of(first, v, DUE_DATE)
    if not v.ok:
        invoices.broken.setdefault(number, first.line)
        return
    try:
        cents = to_cents(total)
    except ValueError:
        report.problem(
            first.line,
            QT_TRANSLATE_NOOP("importers", "prix (colonne 11)"),
            QT_TRANSLATE_NOOP("importers", "un montant inférieur à 10 000 000 000"),
            found(str(total)),
        )
        return
    _gnucash_taxes(report, number, rows)
    customer = CustomerRecord(key=owner, name=owner, account=owner)
    draft = Draft(number, first.line, customer, issue=issue, due=due)
    draft.amount_override, draft.paid_override = cents, 0
    draft.description = cells.text(first, DESCRIPTION)
    invoices.drafts[number] = draft


def _gnucash_taxes(report: Report, number: str, rows: list[Row]) -> None:
    """A warning when lines are taxable: the tax tables are not in the file."""
    taxed = next(
        (
            r
            for r in rows
            if cell_text(r.cells[16]) or cell_text(r.cells[14]).lower() in ("yes", "y", "1")
        ),
        None,
    )
    if taxed is not None:
        report.problem(
            rows[0].line,
            QT_TRANSLATE_NOOP("importers", "tax_table (colonne 17)"),
            QT_TRANSLATE_NOOP(
                "importers",
                "des montants TTC : les tables de taxes de GnuCash ne sont pas dans le "
                "fichier, le montant de la facture {number} est le total de ses lignes hors "
                "taxes",
            ),
            found(cell_text(taxed.cells[16]) or cell_text(taxed.cells[14])),
            Severity.WARNING,
            number=number,
        )


def _quantity(text: str, decimal: str) -> Decimal:
    """A quantity or unit price, exact (more than two decimals kept); empty is 0."""
    text = text.strip()
    if not text:
        return Decimal(0)
    try:
        value, _currency = parse_number(text, decimal)
    except NotANumber:
        raise ValueProblem(_NUMBER_LIKE, example=amount_example(decimal)) from None
    if abs(value) >= 10**10:
        raise ValueProblem(_NUMBER_LIKE, example=amount_example(decimal))
    return value
