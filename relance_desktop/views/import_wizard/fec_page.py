"""The FEC page of the import wizard: customer accounts that look like tills or means of
payment, not people to chase. Shown only when a FEC has some; the choice is remembered when the
user goes on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.errors import UserFacingError
from relance_desktop.importers.records import note_text
from relance_desktop.services import imports
from relance_desktop.services.session import CompanySession
from relance_desktop.views.common import Session, translate
from relance_desktop.views.import_wizard.common import (
    ERROR_STYLE,
    StepPage,
    banner,
    compact,
    show_banner,
)


class FecPage(StepPage):
    def __init__(self, session: Session, cf: CompanySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fecPage")
        self.session = session
        self.cf = cf
        self.accounts: list[tuple[Path, Any]] = []  # (file, PseudoCustomer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "Ces comptes clients ne désignent pas un client précis à relancer : des caisses ou "
            "des moyens de paiement (carte, espèces, chèques…), ou des comptes génériques qui "
            "regroupent plusieurs clients (« Clients divers », compte collectif sans compte "
            "auxiliaire). Cochés, ils ne sont pas importés ; ce choix est retenu pour les "
            "prochains imports."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("pseudoCustomers")
        self.table.setHorizontalHeaderLabels([
            self.tr("Ne pas relancer"), self.tr("Compte"), self.tr("Libellé"), self.tr("Solde"),
            self.tr("Fichier")])
        compact(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.error = banner(ERROR_STYLE)
        self.error.setObjectName("fecError")
        layout.addWidget(self.error)

    def heading(self) -> str:
        return self.tr("Comptes à ne pas relancer")

    def validatePage(self) -> bool:
        try:
            self.remember()
        except UserFacingError as exc:
            show_banner(self.error, self.session.message(exc))
            return False
        show_banner(self.error, "")
        return True

    def load(self, paths: list[Path]) -> None:
        """Read each FEC (nothing excluded) and list the accounts that look like tills."""
        self.show_accounts(read_accounts(paths))

    def show_accounts(self, accounts: list[tuple[Path, Any]]) -> None:
        """List the accounts :func:`read_accounts` found (on the GUI thread)."""
        self.accounts = list(accounts)
        paths = [path for path, _pseudo in self.accounts]
        remembered = imports.fec_exclusions(self.cf)
        fmt = self.session.formatter
        self.table.setRowCount(len(self.accounts))
        for row, (path, p) in enumerate(self.accounts):
            check = QTableWidgetItem(self.tr("ne pas relancer"))
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                           | Qt.ItemFlag.ItemIsSelectable)
            # A till is left out unless chosen; a generic account holds real customers' money,
            # so it stays in unless the user says otherwise.
            default = not getattr(p, "generic", False)
            ticked = p.key in remembered if remembered else default
            check.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, check)
            self.table.setItem(row, 1, QTableWidgetItem(p.key))
            name = QTableWidgetItem(p.name)
            name.setToolTip(note_text(p.reason_message, translate) if p.reason_message
                            else p.reason)
            self.table.setItem(row, 2, name)
            balance = QTableWidgetItem(fmt.money(p.balance_cents, p.currency))
            balance.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 3, balance)
            self.table.setItem(row, 4, QTableWidgetItem(path.name))
        self.table.setColumnHidden(4, len(set(paths)) < 2)

    def excluded(self) -> set[str]:
        ticked = set()
        for row, (_path, p) in enumerate(self.accounts):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ticked.add(p.key)
        return ticked

    def remember(self) -> None:
        shown = {p.key for _path, p in self.accounts}
        keep = set(imports.fec_exclusions(self.cf)) - shown
        imports.remember_fec_exclusions(self.cf, keep | self.excluded())


def read_accounts(paths: list[Path]) -> list[tuple[Path, Any]]:
    """(file, PseudoCustomer) of each FEC read with nothing excluded: no Qt, so that the
    wizard reads big ledgers off the GUI thread."""
    accounts: list[tuple[Path, Any]] = []
    for path in paths:
        result = imports.read_file(path)
        for pseudo in getattr(result, "pseudo_customers", []):
            accounts.append((path, pseudo))
    return accounts
