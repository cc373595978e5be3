"""Which column of a CSV/Excel file holds each field, and how problems name it.

:func:`resolve_columns` matches the profile's mapping with the file once: each field gets a
column index (:class:`Columns`), and each mapped column the file does not have is a problem.
:class:`Report` collects the file's problems (at most
:data:`~relance_desktop.importers.records.MAX_PROBLEMS`, the rest counted) and notes, and names a
field's column in them: the file's own header, else the field's label (:data:`LABELS`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.importers.records import CTX, MAX_PROBLEMS, ParseResult, Problem, Severity
from relance_desktop.importers.tabular_fields import (
    ACCOUNT,
    ADDRESS,
    AMOUNT,
    BALANCE,
    CITY,
    COMPANY_NUMBER,
    COUNTRY,
    CURRENCY,
    CUSTOMER,
    DESCRIPTION,
    DUE_DATE,
    EMAIL,
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
)
from relance_desktop.importers.tabular_profiles import Profile, resolve
from relance_desktop.importers.tabular_sniff import Sniffed
from relance_desktop.importers.tabular_values import cell_text
from relance_desktop.importers.values import Cell

# Field labels in problems (a problem's « field » where the file has no header for the column,
# and the « {field} » of some messages): the wizard's FIELD_LABELS, in the importers' context.
LABELS: dict[str, str] = {
    CUSTOMER: QT_TRANSLATE_NOOP("importers", "Client"),
    NUMBER: QT_TRANSLATE_NOOP("importers", "N° de facture"),
    ISSUE_DATE: QT_TRANSLATE_NOOP("importers", "Date de facture"),
    DUE_DATE: QT_TRANSLATE_NOOP("importers", "Échéance"),
    AMOUNT: QT_TRANSLATE_NOOP("importers", "Montant TTC"),
    PAID: QT_TRANSLATE_NOOP("importers", "Déjà payé"),
    BALANCE: QT_TRANSLATE_NOOP("importers", "Reste dû"),
    CURRENCY: QT_TRANSLATE_NOOP("importers", "Devise"),
    EMAIL: QT_TRANSLATE_NOOP("importers", "E-mail"),
    PHONE: QT_TRANSLATE_NOOP("importers", "Téléphone"),
    ADDRESS: QT_TRANSLATE_NOOP("importers", "Adresse"),
    POSTCODE: QT_TRANSLATE_NOOP("importers", "Code postal"),
    CITY: QT_TRANSLATE_NOOP("importers", "Ville"),
    COUNTRY: QT_TRANSLATE_NOOP("importers", "Pays"),
    COMPANY_NUMBER: QT_TRANSLATE_NOOP("importers", "N° d'entreprise (SIREN, BCE)"),
    VAT_NUMBER: QT_TRANSLATE_NOOP("importers", "N° de TVA"),
    STATUS: QT_TRANSLATE_NOOP("importers", "Statut"),
    ACCOUNT: QT_TRANSLATE_NOOP("importers", "N° de compte client"),
    PAID_DATE: QT_TRANSLATE_NOOP("importers", "Date de paiement"),
    PAYMENT_DAYS: QT_TRANSLATE_NOOP("importers", "Délai de paiement (jours)"),
    PAYMENT_TERMS: QT_TRANSLATE_NOOP("importers", "Conditions de paiement"),
    DESCRIPTION: QT_TRANSLATE_NOOP("importers", "Description"),
}
# A problem about a whole row's width, not one of its cells (the FEC reader's words too).
COLUMN_COUNT = QT_TRANSLATE_NOOP("importers", "nombre de colonnes")
_TAB = QT_TRANSLATE_NOOP("importers", "tabulation")
# The customer's fields besides its name, in the order CustomerRecord has them.
CUSTOMER_FIELDS = (
    ACCOUNT,
    COMPANY_NUMBER,
    VAT_NUMBER,
    EMAIL,
    PHONE,
    ADDRESS,
    POSTCODE,
    CITY,
    COUNTRY,
)
_REQUIRED = (NUMBER, CUSTOMER)


@dataclass(frozen=True, slots=True)
class Columns:
    """Where each field is in a row, resolved once per file (``None``: not in the file).

    The rows the reader passes on all have the table's width, so these indices are always inside
    a row; the per-row code reads ``cells[index]`` without looking up the field.
    """

    number: int | None = None
    customer: int | None = None
    amount: int | None = None
    paid: int | None = None
    balance: int | None = None
    currency: int | None = None
    issue: int | None = None
    due: int | None = None
    paid_date: int | None = None
    payment_days: int | None = None
    status: int | None = None
    payment_terms: int | None = None
    description: int | None = None
    # The customer's other fields that the file holds: (field, index), in CUSTOMER_FIELDS order.
    customer_fields: tuple[tuple[str, int], ...] = ()
    # Every mapped field the file has → its column, as resolved.
    fields: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, columns: dict[str, int], width: int) -> Columns:
        def at(field_: str) -> int | None:
            index = columns.get(field_)
            return index if index is not None and index < width else None

        return cls(
            number=at(NUMBER),
            customer=at(CUSTOMER),
            amount=at(AMOUNT),
            paid=at(PAID),
            balance=at(BALANCE),
            currency=at(CURRENCY),
            issue=at(ISSUE_DATE),
            due=at(DUE_DATE),
            paid_date=at(PAID_DATE),
            payment_days=at(PAYMENT_DAYS),
            status=at(STATUS),
            payment_terms=at(PAYMENT_TERMS),
            description=at(DESCRIPTION),
            customer_fields=tuple(
                (f, index) for f in CUSTOMER_FIELDS if (index := at(f)) is not None
            ),
            fields=dict(columns),
        )

    def amount_field(self) -> str:
        """The field that gives an invoice's amount: its total, else what is still due."""
        return AMOUNT if AMOUNT in self.fields else BALANCE


class Report:
    """The problems and notes of one file, and how they name its columns."""

    def __init__(self, result: ParseResult, sniffed: Sniffed) -> None:
        self.result = result
        self.sniffed = sniffed
        self.file = sniffed.path.name
        self.fields: dict[str, int] = {}  # field → column, once resolved
        self.dropped = 0  # problems not listed (beyond MAX_PROBLEMS)

    def problem(
        self,
        line: int | None,
        column: str,
        expected: str,
        found: str,
        severity: Severity = Severity.ERROR,
        /,
        **args: object,
    ) -> None:
        """Report a problem; ``expected`` is a marked template filled with ``args``."""
        if len(self.result.problems) >= MAX_PROBLEMS:
            self.dropped += 1
            return
        self.result.problems.append(
            Problem(self.file, column, expected, found, line=line, severity=severity, args=args)
        )

    def note(self, text: str, /, **args: object) -> None:
        """A note for the user; ``text`` is a marked template filled with ``args``."""
        self.result.notes.append(Message(CTX, text, args))

    def column_name(self, field_: str) -> str:
        """How problems name the column of ``field_``: its header, else the field's label."""
        index = self.fields.get(field_)
        columns = self.sniffed.columns
        if index is not None and index < len(columns) and columns[index]:
            return columns[index]
        return LABELS[field_]

    def count_dropped(self) -> None:
        """The note counting the problems not listed, if any."""
        if self.dropped == 1:
            self.note(QT_TRANSLATE_NOOP("importers", "Un autre problème n'est pas listé."))
        elif self.dropped:
            self.note(
                QT_TRANSLATE_NOOP("importers", "{count} autres problèmes ne sont pas listés."),
                count=self.dropped,
            )


def resolve_columns(profile: Profile, sniffed: Sniffed, report: Report) -> Columns | None:
    """The columns of the profile's fields in this file; None (with problems and a note) when a
    field nothing can be imported without has no column."""
    fields, missing = resolve(profile.mapping, sniffed)
    report.fields = fields
    line = sniffed.header_line or None
    gnucash = profile.layout == "gnucash"
    amount_known = AMOUNT in fields or BALANCE in fields
    for field_, column in missing:
        vital = field_ in _REQUIRED or (field_ in (AMOUNT, BALANCE) and not amount_known)
        _missing_column(profile, sniffed, report, field_, column, vital)
    needed = [f for f in _REQUIRED if f not in fields]
    if not amount_known and not gnucash:
        needed.append(AMOUNT)
    for field_ in needed:
        if any(f == field_ for f, _ in missing):
            continue
        report.problem(
            line,
            LABELS[field_],
            QT_TRANSLATE_NOOP(
                "importers", "une colonne pour ce champ (choisissez-la parmi celles du fichier)"
            ),
            "",
        )
    if needed or any(f in _REQUIRED for f, _ in missing) or (not amount_known and not gnucash):
        report.note(
            QT_TRANSLATE_NOOP(
                "importers",
                "Rien ne peut être importé tant que chaque information obligatoire n'a pas "
                "sa colonne.",
            )
        )
        return None
    return Columns.of(fields, sniffed.width)


def _missing_column(
    profile: Profile, sniffed: Sniffed, report: Report, field_: str, column: str, vital: bool
) -> None:
    """The problem of a mapped column this file does not have (an ERROR when ``vital``)."""
    line = sniffed.header_line or None
    severity = Severity.ERROR if vital else Severity.WARNING
    position = profile.mapping.get(field_)
    if isinstance(position, int) and not isinstance(position, bool):
        report.problem(
            line,
            LABELS[field_],
            QT_TRANSLATE_NOOP(
                "importers", "une colonne n° {position} pour ce champ (le fichier en a {width})"
            ),
            "",
            severity,
            position=position + 1,
            width=sniffed.width,
        )
        return
    report.problem(
        line,
        column,
        QT_TRANSLATE_NOOP(
            "importers", "une colonne « {column} » dans l'en-tête, pour le champ « {field} »"
        )
        if line
        else QT_TRANSLATE_NOOP(
            "importers",
            "une colonne « {column} » pour le champ « {field} » (le fichier n'a pas de "
            "ligne d'en-tête)",
        ),
        "",
        severity,
        column=column,
        field=Message(CTX, LABELS[field_]),
    )


def found(value: Cell) -> str:
    """A cell as a problem's « found »: as written, shortened; "" when empty."""
    text = cell_text(value)
    return text if len(text) <= 60 else text[:57] + "…"


def text_at(cells: tuple[Cell, ...], index: int | None) -> str:
    """The text of the cell at ``index`` of a row; "" when the field is not in the file."""
    if index is None:
        return ""
    cell = cells[index]
    return cell.strip() if isinstance(cell, str) else cell_text(cell)


def separator_name(delimiter: str) -> str | Message:
    """The separator for a message: the character, or « tabulation » (translated)."""
    if delimiter == "\t":
        return Message(CTX, _TAB)
    return delimiter or "?"
