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

UNSEEN: list[int] = []  # what ``entries.get(key, UNSEEN)`` gives for an entry not seen yet

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


# An entry's totals: [first line, number of lines, debit, credit, all amounts readable].
_Entry = list[int]


@dataclass
class EntryBalances:
    """The debit and credit totals of each entry (journal, number) as the lines are read.

    Keyed by the fields as written (no stripping per line: this runs on every line of the
    ledger); a number that is blank or zeros is remembered as such (None)."""

    entries: dict[tuple[str, str], _Entry | None] = field(default_factory=dict)

    def add(self, journal: str, number: str, line: int, cents: int | None) -> None:
        """One line of an entry: ``cents`` > 0 a debit, < 0 a credit, None unreadable."""
        key = (journal, number)
        entry = self.entries.get(key, UNSEEN)
        if entry is None:
            return
        if entry is UNSEEN:
            if not number.strip().strip('"').strip().strip("0"):
                self.entries[key] = None
                return
            entry = self.entries[key] = [line, 0, 0, 0, 1]
        entry[1] += 1
        if cents is None:
            entry[4] = 0
        elif cents > 0:
            entry[2] += cents
        else:
            entry[3] -= cents

    def report(self, report: FecReport, column: str) -> int:
        """A WARNING for each entry that does not balance; the number of such entries."""
        count = 0
        for (journal, number), entry in self.entries.items():
            if entry is None:
                continue
            first_line, lines, debit, credit, readable = entry
            if not readable or lines < 2 or debit == credit:
                continue
            count += 1
            shown = number.strip().strip('"').strip()
            report.problem(
                first_line,
                column,
                QT_TRANSLATE_NOOP(
                    "importers",
                    "une écriture équilibrée ; l'écriture {number} du journal {journal} a "
                    "{debit} au débit et {credit} au crédit (écart {gap}) : une ligne manque ou "
                    "un montant est faux",
                ),
                shown,
                Severity.WARNING,
                {
                    "number": shown,
                    "journal": journal.strip().strip('"').strip().upper(),
                    "debit": amount_text(debit),
                    "credit": amount_text(credit),
                    "gap": amount_text(debit - credit),
                },
            )
        return count
