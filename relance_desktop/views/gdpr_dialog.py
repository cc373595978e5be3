"""GDPR tools in the app: the « RGPD » menu of the customer window (export one customer's data,
anonymise them) and the list of customers whose data may be anonymised."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.errors import UserFacingError
from relance_desktop.services import gdpr
from relance_desktop.services.session import CompanySession
from relance_desktop.views.common import Session, show_user_error
from relance_desktop.views.plain import plain
from relance_desktop.views.table_model import Row, RowsModel, make_table


def _years(session: Session) -> int:
    return int(session.settings.get("gdpr_retention_years"))


def export_customer(session: Session, cf: CompanySession, customer_id: int,
                    parent: QWidget) -> tuple[Path, Path] | None:
    """Ask for a folder, write the customer's export there (PDF + JSON) and say where."""
    folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate(
        "GdprTools", "Dossier où écrire l'export RGPD"), str(Path.home()))
    if not folder:
        return None
    try:
        paths = gdpr.write_export(cf, customer_id, Path(folder))
    except UserFacingError as exc:
        show_user_error(parent, session, exc)
        return None
    QMessageBox.information(parent, QCoreApplication.translate("GdprTools", "Export RGPD"),
                            QCoreApplication.translate("GdprTools",
        "Les données du client ont été exportées dans « {folder} » :\n{files}\n\nRemettez les "
        "deux fichiers à la personne qui les a demandés.").format(
        folder=folder, files="\n".join(p.name for p in paths)))
    return paths


def anonymise_customer(session: Session, cf: CompanySession, customer_id: int,
                       parent: QWidget) -> bool:
    """Anonymise the customer after a confirmation, or say plainly why it is not allowed."""
    years = _years(session)
    check = gdpr.eligibility(cf, customer_id, session.today(), years)
    title = QCoreApplication.translate("GdprTools", "Anonymiser le client")
    if check.error is not None:
        QMessageBox.warning(parent, title, plain(session.message(check.error)))
        return False
    answer = QMessageBox.question(parent, title, QCoreApplication.translate("GdprTools",
        "Anonymiser {name} ? Son nom, ses adresses, téléphones, e-mails, interlocuteurs, notes "
        "et les PDF de ses courriers seront effacés ; les numéros, dates et montants des "
        "factures et des paiements restent pour la comptabilité. Cette opération est "
        "définitive.\n\nPensez à exporter ses données avant si elles vous sont demandées."
    ).format(name=check.name))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        gdpr.anonymise(cf, customer_id, session.today(), years)
    except UserFacingError as exc:
        show_user_error(parent, session, exc)
        return False
    return True


def gdpr_button(session: Session, cf: CompanySession, customer_id: int,
                parent: QWidget) -> QPushButton:
    """The customer window's « RGPD » button and its menu."""
    button = QPushButton(QCoreApplication.translate("GdprTools", "RG&PD"))
    button.setObjectName("gdprButton")
    menu = QMenu(button)
    export = menu.addAction(QCoreApplication.translate("GdprTools", "Exporter les données (RGPD)…"))
    export.setObjectName("gdprExport")
    export.triggered.connect(lambda: export_customer(session, cf, customer_id, parent))
    anonymise = menu.addAction(QCoreApplication.translate("GdprTools", "Anonymiser le client…"))
    anonymise.setObjectName("gdprAnonymise")
    anonymise.triggered.connect(lambda: anonymise_customer(session, cf, customer_id, parent))
    menu.addSeparator()
    due = menu.addAction(QCoreApplication.translate("GdprTools", "Clients à anonymiser…"))
    due.setObjectName("gdprDue")
    due.triggered.connect(lambda: GdprDueDialog(session, cf, parent).exec())
    button.setMenu(menu)
    return button


class GdprDueDialog(QDialog):
    """The customers whose debts are settled and whose retention period is over."""

    def __init__(self, session: Session, cf: CompanySession, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.session, self.cf = session, cf
        self.setObjectName("GdprDueDialog")
        self.setWindowTitle(self.tr("Clients à anonymiser"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = RowsModel([self.tr("Client"), self.tr("Dernière dette soldée"),
                                self.tr("Conservation écoulée le")])
        self.table = make_table(self.model)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.anonymise_button = buttons.addButton(self.tr("&Anonymiser…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        fmt, years = self.session.formatter, _years(self.session)
        found = gdpr.due(self.cf, self.session.today(), years)
        self.intro.setText(self.tr(
            "Ces clients n'ont plus rien d'ouvert et leur dernière dette est soldée depuis plus "
            "de {years} ans (réglage « conservation des données »). Leurs données personnelles "
            "peuvent être anonymisées ; les montants restent pour la comptabilité.").format(
            years=years) if found else self.tr(
            "Aucun client à anonymiser : aucun client soldé n'a dépassé la durée de "
            "conservation de {years} ans.").format(years=years))
        self.model.set_rows([Row(e.customer_id, cells, list(cells)) for e in found
                             for cells in ([e.name, fmt.date(e.last_settled), fmt.date(e.until)],)])
        self.anonymise_button.setEnabled(bool(found))

    def anonymise_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row(index) if index.isValid() else None
        if row is None:
            return
        if anonymise_customer(self.session, self.cf, row.id, self):
            self.reload()
