"""Generated from ui/payment_form.ui by scripts/compile_ui.py — do not edit by hand."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_form.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(460, 300)
        self.mainLayout = QVBoxLayout(PaymentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.invoiceInfoLabel = QLabel(PaymentDialog)
        self.invoiceInfoLabel.setObjectName(u"invoiceInfoLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.invoiceInfoLabel)

        self.invoiceInfo = QLabel(PaymentDialog)
        self.invoiceInfo.setObjectName(u"invoiceInfo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.invoiceInfo)

        self.dueInfoLabel = QLabel(PaymentDialog)
        self.dueInfoLabel.setObjectName(u"dueInfoLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueInfoLabel)

        self.dueInfo = QLabel(PaymentDialog)
        self.dueInfo.setObjectName(u"dueInfo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueInfo)

        self.paidOnLabel = QLabel(PaymentDialog)
        self.paidOnLabel.setObjectName(u"paidOnLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paidOnLabel)

        self.paidOn = QDateEdit(PaymentDialog)
        self.paidOn.setObjectName(u"paidOn")
        self.paidOn.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paidOn)

        self.amountLabel = QLabel(PaymentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = QLineEdit(PaymentDialog)
        self.amount.setObjectName(u"amount")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amount)

        self.methodLabel = QLabel(PaymentDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(PaymentDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.method)

        self.referenceLabel = QLabel(PaymentDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(PaymentDialog)
        self.reference.setObjectName(u"reference")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reference)

        self.noteLabel = QLabel(PaymentDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(PaymentDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.payAll = QPushButton(PaymentDialog)
        self.payAll.setObjectName(u"payAll")

        self.mainLayout.addWidget(self.payAll)

        self.errorLabel = QLabel(PaymentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: palette(highlighted-text); background: #b3261e; padding: 4px; border-radius: 3px;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.invoiceInfoLabel.setBuddy(self.invoiceInfo)
        self.dueInfoLabel.setBuddy(self.dueInfo)
        self.paidOnLabel.setBuddy(self.paidOn)
        self.amountLabel.setBuddy(self.amount)
        self.methodLabel.setBuddy(self.method)
        self.referenceLabel.setBuddy(self.reference)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Paiement", None))
        self.invoiceInfoLabel.setText(QCoreApplication.translate("PaymentDialog", u"Facture", None))
        self.dueInfoLabel.setText(QCoreApplication.translate("PaymentDialog", u"Reste d\u00fb", None))
        self.paidOnLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Date du paiement", None))
        self.amountLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Montant", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"ex. 250,00", None))
        self.methodLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Moyen de paiement", None))
        self.referenceLabel.setText(QCoreApplication.translate("PaymentDialog", u"&R\u00e9f\u00e9rence", None))
        self.noteLabel.setText(QCoreApplication.translate("PaymentDialog", u"N&ote", None))
        self.payAll.setText(QCoreApplication.translate("PaymentDialog", u"Payer &tout le reste d\u00fb", None))
    # retranslateUi

