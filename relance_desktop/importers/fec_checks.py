"""Checks of a FEC beyond each line's own fields: every entry balances, and no amount is
ambiguous.

- **Entries balance.** A FEC is a double-entry ledger: the lines of one entry (one
  ``EcritureNum`` in one journal) have as much debit as credit. An entry that does not is
  reported (a WARNING naming the file, the entry's first line and its number, with both totals):
  a line is missing or an amount is wrong, so what the customer owes may be wrong too. Lines
  without a number (empty, or ``0`` as some tools write on every line) cannot be grouped and are
  not checked; an entry with an unreadable amount is reported for that amount already; an entry
  of one line only is not checked either: it comes from an extract (the customer accounts'
  lines alone, say), not from a whole ledger.
- **Three decimals.** ``12,345`` is read as 12.345 and rounded to 12.35, but it may well be
  twelve thousand three hundred and forty-five written with a thousands separator. Such an
  amount is kept, rounded, with a WARNING that says how it was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.importers.fec_ledger import FecReport, amount_text
from relance_desktop.importers.records import Severity

# One decimal mark, then exactly three digits: « 12,345 », « -1.500 », « 0000012,345 ».
_THREE_DECIMALS = re.compile(r"^[^.,]*\d[.,]\d{3}[^.,\d]*$")


def three_decimals(text: str) -> bool:
    """True when ``text`` is an amount with one mark followed by exactly three digits."""
    return bool(_THREE_DECIMALS.match(text.strip().strip('"').strip()))


def report_three_decimals(
    report: FecReport, line: int, column: str, text: str, cents: int
) -> None:
    report.problem(
        line,
        column,
        QT_TRANSLATE_NOOP(
            "importers",
            "un montant à deux décimales ; avec trois, le séparateur peut être celui des "
            "milliers : le montant est lu {read}, vérifiez-le",
        ),
        text.strip().strip('"').strip(),
        Severity.WARNING,
        {"read": amount_text(cents)},
    )


@dataclass
class _Entry:
    first_line: int
    lines: int = 0
    debit: int = 0
    credit: int = 0
    unreadable: bool = False


@dataclass
class EntryBalances:
    """The debit and credit totals of each entry (journal, number) as the lines are read."""

    entries: dict[tuple[str, str], _Entry] = field(default_factory=dict)

    def add(self, journal: str, number: str, line: int, cents: int | None) -> None:
        """One line of an entry: ``cents`` > 0 a debit, < 0 a credit, None unreadable."""
        number = number.strip().strip('"').strip()
        if not number.strip("0"):
            return
        key = (journal.strip().strip('"').strip().upper(), number)
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = _Entry(line)
        entry.lines += 1
        if cents is None:
            entry.unreadable = True
        elif cents > 0:
            entry.debit += cents
        else:
            entry.credit -= cents

    def report(self, report: FecReport, column: str) -> int:
        """A WARNING for each entry that does not balance; the number of such entries."""
        count = 0
        for (journal, number), entry in self.entries.items():
            if entry.unreadable or entry.lines < 2 or entry.debit == entry.credit:
                continue
            count += 1
            report.problem(
                entry.first_line,
                column,
                QT_TRANSLATE_NOOP(
                    "importers",
                    "une écriture équilibrée ; l'écriture {number} du journal {journal} a "
                    "{debit} au débit et {credit} au crédit (écart {gap}) : une ligne manque ou "
                    "un montant est faux",
                ),
                number,
                Severity.WARNING,
                {
                    "number": number,
                    "journal": journal,
                    "debit": amount_text(entry.debit),
                    "credit": amount_text(entry.credit),
                    "gap": amount_text(entry.debit - entry.credit),
                },
            )
        return count
