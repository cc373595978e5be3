"""Generated from ui/invoice_form.ui by scripts/compile_ui.py — do not edit by hand."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoice_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_InvoiceDialog(object):
    def setupUi(self, InvoiceDialog):
        if not InvoiceDialog.objectName():
            InvoiceDialog.setObjectName(u"InvoiceDialog")
        InvoiceDialog.resize(460, 300)
        self.mainLayout = QVBoxLayout(InvoiceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.customerLabel = QLabel(InvoiceDialog)
        self.customerLabel.setObjectName(u"customerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customerLabel)

        self.customer = QComboBox(InvoiceDialog)
        self.customer.setObjectName(u"customer")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customer)

        self.numberLabel = QLabel(InvoiceDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.number = QLineEdit(InvoiceDialog)
        self.number.setObjectName(u"number")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.number)

        self.issueDateLabel = QLabel(InvoiceDialog)
        self.issueDateLabel.setObjectName(u"issueDateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issueDateLabel)

        self.issueDate = QDateEdit(InvoiceDialog)
        self.issueDate.setObjectName(u"issueDate")
        self.issueDate.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issueDate)

        self.dueDateLabel = QLabel(InvoiceDialog)
        self.dueDateLabel.setObjectName(u"dueDateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueDateLabel)

        self.dueDate = QDateEdit(InvoiceDialog)
        self.dueDate.setObjectName(u"dueDate")
        self.dueDate.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueDate)

        self.amountLabel = QLabel(InvoiceDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = QLineEdit(InvoiceDialog)
        self.amount.setObjectName(u"amount")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.amount)

        self.currencyLabel = QLabel(InvoiceDialog)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.currency = QComboBox(InvoiceDialog)
        self.currency.setObjectName(u"currency")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.currency)

        self.descriptionLabel = QLabel(InvoiceDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(InvoiceDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.description)

        self.copyPathLabel = QLabel(InvoiceDialog)
        self.copyPathLabel.setObjectName(u"copyPathLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.copyPathLabel)

        self.copyPath = QLineEdit(InvoiceDialog)
        self.copyPath.setObjectName(u"copyPath")
        self.copyPath.setReadOnly(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.copyPath)


        self.mainLayout.addLayout(self.form)

        self.browseCopy = QPushButton(InvoiceDialog)
        self.browseCopy.setObjectName(u"browseCopy")

        self.mainLayout.addWidget(self.browseCopy)

        self.errorLabel = QLabel(InvoiceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: palette(highlighted-text); background: #b3261e; padding: 4px; border-radius: 3px;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(InvoiceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.customerLabel.setBuddy(self.customer)
        self.numberLabel.setBuddy(self.number)
        self.issueDateLabel.setBuddy(self.issueDate)
        self.dueDateLabel.setBuddy(self.dueDate)
        self.amountLabel.setBuddy(self.amount)
        self.currencyLabel.setBuddy(self.currency)
        self.descriptionLabel.setBuddy(self.description)
        self.copyPathLabel.setBuddy(self.copyPath)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InvoiceDialog)

        QMetaObject.connectSlotsByName(InvoiceDialog)
    # setupUi

    def retranslateUi(self, InvoiceDialog):
        InvoiceDialog.setWindowTitle(QCoreApplication.translate("InvoiceDialog", u"Facture", None))
        self.customerLabel.setText(QCoreApplication.translate("InvoiceDialog", u"&Client", None))
        self.numberLabel.setText(QCoreApplication.translate("InvoiceDialog", u"&Num\u00e9ro", None))
        self.issueDateLabel.setText(QCoreApplication.translate("InvoiceDialog", u"&Date de facture", None))
        self.dueDateLabel.setText(QCoreApplication.translate("InvoiceDialog", u"\u00c9&ch\u00e9ance", None))
        self.amountLabel.setText(QCoreApplication.translate("InvoiceDialog", u"&Montant TTC", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("InvoiceDialog", u"ex. 1 234,56", None))
        self.currencyLabel.setText(QCoreApplication.translate("InvoiceDialog", u"De&vise", None))
        self.descriptionLabel.setText(QCoreApplication.translate("InvoiceDialog", u"&Objet (ce qui a \u00e9t\u00e9 vendu)", None))
        self.copyPathLabel.setText(QCoreApplication.translate("InvoiceDialog", u"Copie de la facture (&PDF)", None))
        self.copyPath.setPlaceholderText(QCoreApplication.translate("InvoiceDialog", u"aucune", None))
        self.browseCopy.setText(QCoreApplication.translate("InvoiceDialog", u"&Joindre la copie\u2026", None))
    # retranslateUi

