"""Generated from ui/customer_form.ui by scripts/compile_ui.py — do not edit by hand."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_form.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_CustomerDialog(object):
    def setupUi(self, CustomerDialog):
        if not CustomerDialog.objectName():
            CustomerDialog.setObjectName(u"CustomerDialog")
        CustomerDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(CustomerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(CustomerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(CustomerDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kindLabel = QLabel(CustomerDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(CustomerDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.countryLabel = QLabel(CustomerDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.country = QComboBox(CustomerDialog)
        self.country.setObjectName(u"country")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.country)

        self.languageLabel = QLabel(CustomerDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(CustomerDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.language)

        self.accountLabel = QLabel(CustomerDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.account = QLineEdit(CustomerDialog)
        self.account.setObjectName(u"account")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.account)

        self.companyNumberLabel = QLabel(CustomerDialog)
        self.companyNumberLabel.setObjectName(u"companyNumberLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.companyNumberLabel)

        self.companyNumber = QLineEdit(CustomerDialog)
        self.companyNumber.setObjectName(u"companyNumber")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.companyNumber)

        self.vatNumberLabel = QLabel(CustomerDialog)
        self.vatNumberLabel.setObjectName(u"vatNumberLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.vatNumberLabel)

        self.vatNumber = QLineEdit(CustomerDialog)
        self.vatNumber.setObjectName(u"vatNumber")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.vatNumber)

        self.streetLabel = QLabel(CustomerDialog)
        self.streetLabel.setObjectName(u"streetLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.street = QLineEdit(CustomerDialog)
        self.street.setObjectName(u"street")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.street)

        self.postcodeLabel = QLabel(CustomerDialog)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcode = QLineEdit(CustomerDialog)
        self.postcode.setObjectName(u"postcode")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.postcode)

        self.cityLabel = QLabel(CustomerDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.city = QLineEdit(CustomerDialog)
        self.city.setObjectName(u"city")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.city)

        self.emailLabel = QLabel(CustomerDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(CustomerDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.email)

        self.phoneLabel = QLabel(CustomerDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(CustomerDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phone)

        self.mobileLabel = QLabel(CustomerDialog)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobile = QLineEdit(CustomerDialog)
        self.mobile.setObjectName(u"mobile")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.mobile)

        self.preferredChannelLabel = QLabel(CustomerDialog)
        self.preferredChannelLabel.setObjectName(u"preferredChannelLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.preferredChannelLabel)

        self.channelRow = QHBoxLayout()
        self.channelRow.setObjectName(u"channelRow")
        self.preferredChannel = QComboBox(CustomerDialog)
        self.preferredChannel.setObjectName(u"preferredChannel")

        self.channelRow.addWidget(self.preferredChannel)

        self.writtenOnly = QCheckBox(CustomerDialog)
        self.writtenOnly.setObjectName(u"writtenOnly")

        self.channelRow.addWidget(self.writtenOnly)


        self.form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.channelRow)

        self.callHoursLabel = QLabel(CustomerDialog)
        self.callHoursLabel.setObjectName(u"callHoursLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.callHoursLabel)

        self.callHours = QLineEdit(CustomerDialog)
        self.callHours.setObjectName(u"callHours")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.callHours)

        self.approverLabel = QLabel(CustomerDialog)
        self.approverLabel.setObjectName(u"approverLabel")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.approverLabel)

        self.approver = QLineEdit(CustomerDialog)
        self.approver.setObjectName(u"approver")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.approver)

        self.poRequiredLabel = QLabel(CustomerDialog)
        self.poRequiredLabel.setObjectName(u"poRequiredLabel")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.poRequiredLabel)

        self.poRequired = QCheckBox(CustomerDialog)
        self.poRequired.setObjectName(u"poRequired")

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.poRequired)

        self.paymentRunDaysLabel = QLabel(CustomerDialog)
        self.paymentRunDaysLabel.setObjectName(u"paymentRunDaysLabel")

        self.form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.paymentRunDaysLabel)

        self.paymentRunDays = QLineEdit(CustomerDialog)
        self.paymentRunDays.setObjectName(u"paymentRunDays")

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.paymentRunDays)

        self.paymentTermsLabel = QLabel(CustomerDialog)
        self.paymentTermsLabel.setObjectName(u"paymentTermsLabel")

        self.form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.paymentTermsLabel)

        self.paymentTerms = QSpinBox(CustomerDialog)
        self.paymentTerms.setObjectName(u"paymentTerms")
        self.paymentTerms.setMinimum(-1)
        self.paymentTerms.setMaximum(365)
        self.paymentTerms.setValue(-1)

        self.form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.paymentTerms)

        self.notesLabel = QLabel(CustomerDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(19, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(CustomerDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)

        self.form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(CustomerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: palette(highlighted-text); background: #b3261e; padding: 4px; border-radius: 3px;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CustomerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.countryLabel.setBuddy(self.country)
        self.languageLabel.setBuddy(self.language)
        self.accountLabel.setBuddy(self.account)
        self.companyNumberLabel.setBuddy(self.companyNumber)
        self.vatNumberLabel.setBuddy(self.vatNumber)
        self.streetLabel.setBuddy(self.street)
        self.postcodeLabel.setBuddy(self.postcode)
        self.cityLabel.setBuddy(self.city)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
        self.mobileLabel.setBuddy(self.mobile)
        self.preferredChannelLabel.setBuddy(self.preferredChannel)
        self.callHoursLabel.setBuddy(self.callHours)
        self.approverLabel.setBuddy(self.approver)
        self.poRequiredLabel.setBuddy(self.poRequired)
        self.paymentRunDaysLabel.setBuddy(self.paymentRunDays)
        self.paymentTermsLabel.setBuddy(self.paymentTerms)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerDialog)

        QMetaObject.connectSlotsByName(CustomerDialog)
    # setupUi

    def retranslateUi(self, CustomerDialog):
        CustomerDialog.setWindowTitle(QCoreApplication.translate("CustomerDialog", u"Client", None))
        self.nameLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Nom", None))
        self.kindLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Type", None))
        self.countryLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Pays", None))
        self.languageLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Langue", None))
        self.accountLabel.setText(QCoreApplication.translate("CustomerDialog", u"N\u00b0 de &compte", None))
        self.account.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"411\u2026, code client du logiciel comptable", None))
        self.companyNumberLabel.setText(QCoreApplication.translate("CustomerDialog", u"N\u00b0 d'&entreprise", None))
        self.companyNumber.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"SIREN/SIRET ou num\u00e9ro BCE", None))
        self.vatNumberLabel.setText(QCoreApplication.translate("CustomerDialog", u"N\u00b0 de &TVA", None))
        self.streetLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Adresse", None))
        self.postcodeLabel.setText(QCoreApplication.translate("CustomerDialog", u"Code &postal", None))
        self.cityLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Ville", None))
        self.emailLabel.setText(QCoreApplication.translate("CustomerDialog", u"&E-mail", None))
        self.phoneLabel.setText(QCoreApplication.translate("CustomerDialog", u"&T\u00e9l\u00e9phone", None))
        self.mobileLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Mobile", None))
        self.preferredChannelLabel.setText(QCoreApplication.translate("CustomerDialog", u"Canal &pr\u00e9f\u00e9r\u00e9", None))
        self.writtenOnly.setText(QCoreApplication.translate("CustomerDialog", u"Contact \u00e9crit &uniquement (ne pas appeler)", None))
#if QT_CONFIG(tooltip)
        self.writtenOnly.setToolTip(QCoreApplication.translate("CustomerDialog", u"Le client a demand\u00e9 \u00e0 n'\u00eatre contact\u00e9 que par \u00e9crit : il n'est plus propos\u00e9 pour les appels.", None))
#endif // QT_CONFIG(tooltip)
        self.callHoursLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Heures d'appel", None))
        self.callHours.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"ex. lun-ven 9h30-11h30 ; sam 10h-12h", None))
        self.approverLabel.setText(QCoreApplication.translate("CustomerDialog", u"Qui &valide les paiements", None))
        self.poRequiredLabel.setText(QCoreApplication.translate("CustomerDialog", u"Bon de &commande exig\u00e9", None))
        self.paymentRunDaysLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Jours de paiement", None))
        self.paymentRunDays.setPlaceholderText(QCoreApplication.translate("CustomerDialog", u"ex. 10,25", None))
        self.paymentTermsLabel.setText(QCoreApplication.translate("CustomerDialog", u"&D\u00e9lai de paiement", None))
        self.paymentTerms.setSpecialValueText(QCoreApplication.translate("CustomerDialog", u"D\u00e9lai de la soci\u00e9t\u00e9", None))
        self.paymentTerms.setSuffix(QCoreApplication.translate("CustomerDialog", u" jours", None))
        self.notesLabel.setText(QCoreApplication.translate("CustomerDialog", u"N&otes", None))
    # retranslateUi

