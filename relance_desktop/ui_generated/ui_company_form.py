"""Generated from ui/company_form.ui by scripts/compile_ui.py — do not edit by hand."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'company_form.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_CompanyDialog(object):
    def setupUi(self, CompanyDialog):
        if not CompanyDialog.objectName():
            CompanyDialog.setObjectName(u"CompanyDialog")
        CompanyDialog.resize(460, 300)
        self.mainLayout = QVBoxLayout(CompanyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(CompanyDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(CompanyDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.countryLabel = QLabel(CompanyDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.country = QComboBox(CompanyDialog)
        self.country.setObjectName(u"country")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.country)

        self.languageLabel = QLabel(CompanyDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(CompanyDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language)

        self.streetLabel = QLabel(CompanyDialog)
        self.streetLabel.setObjectName(u"streetLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.street = QLineEdit(CompanyDialog)
        self.street.setObjectName(u"street")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.street)

        self.postcodeLabel = QLabel(CompanyDialog)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcode = QLineEdit(CompanyDialog)
        self.postcode.setObjectName(u"postcode")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.postcode)

        self.cityLabel = QLabel(CompanyDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.city = QLineEdit(CompanyDialog)
        self.city.setObjectName(u"city")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.city)

        self.companyNumberLabel = QLabel(CompanyDialog)
        self.companyNumberLabel.setObjectName(u"companyNumberLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.companyNumberLabel)

        self.companyNumber = QLineEdit(CompanyDialog)
        self.companyNumber.setObjectName(u"companyNumber")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.companyNumber)

        self.vatNumberLabel = QLabel(CompanyDialog)
        self.vatNumberLabel.setObjectName(u"vatNumberLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.vatNumberLabel)

        self.vatNumber = QLineEdit(CompanyDialog)
        self.vatNumber.setObjectName(u"vatNumber")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.vatNumber)

        self.ibanLabel = QLabel(CompanyDialog)
        self.ibanLabel.setObjectName(u"ibanLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ibanLabel)

        self.iban = QLineEdit(CompanyDialog)
        self.iban.setObjectName(u"iban")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.iban)

        self.bicLabel = QLabel(CompanyDialog)
        self.bicLabel.setObjectName(u"bicLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.bicLabel)

        self.bic = QLineEdit(CompanyDialog)
        self.bic.setObjectName(u"bic")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.bic)

        self.emailLabel = QLabel(CompanyDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(CompanyDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.email)

        self.phoneLabel = QLabel(CompanyDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(CompanyDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phone)

        self.paymentTermsLabel = QLabel(CompanyDialog)
        self.paymentTermsLabel.setObjectName(u"paymentTermsLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.paymentTermsLabel)

        self.paymentTerms = QSpinBox(CompanyDialog)
        self.paymentTerms.setObjectName(u"paymentTerms")
        self.paymentTerms.setMaximum(120)
        self.paymentTerms.setValue(30)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.paymentTerms)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(CompanyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: palette(highlighted-text); background: #b3261e; padding: 4px; border-radius: 3px;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CompanyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.countryLabel.setBuddy(self.country)
        self.languageLabel.setBuddy(self.language)
        self.streetLabel.setBuddy(self.street)
        self.postcodeLabel.setBuddy(self.postcode)
        self.cityLabel.setBuddy(self.city)
        self.companyNumberLabel.setBuddy(self.companyNumber)
        self.vatNumberLabel.setBuddy(self.vatNumber)
        self.ibanLabel.setBuddy(self.iban)
        self.bicLabel.setBuddy(self.bic)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
        self.paymentTermsLabel.setBuddy(self.paymentTerms)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompanyDialog)

        QMetaObject.connectSlotsByName(CompanyDialog)
    # setupUi

    def retranslateUi(self, CompanyDialog):
        CompanyDialog.setWindowTitle(QCoreApplication.translate("CompanyDialog", u"Soci\u00e9t\u00e9", None))
        self.nameLabel.setText(QCoreApplication.translate("CompanyDialog", u"Raison &sociale", None))
        self.countryLabel.setText(QCoreApplication.translate("CompanyDialog", u"&Pays", None))
        self.languageLabel.setText(QCoreApplication.translate("CompanyDialog", u"&Langue des courriers", None))
        self.streetLabel.setText(QCoreApplication.translate("CompanyDialog", u"&Adresse", None))
        self.postcodeLabel.setText(QCoreApplication.translate("CompanyDialog", u"Code &postal", None))
        self.cityLabel.setText(QCoreApplication.translate("CompanyDialog", u"&Ville", None))
        self.companyNumberLabel.setText(QCoreApplication.translate("CompanyDialog", u"N\u00b0 d'&entreprise", None))
        self.companyNumber.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"SIREN/SIRET ou num\u00e9ro BCE", None))
        self.vatNumberLabel.setText(QCoreApplication.translate("CompanyDialog", u"N\u00b0 de &TVA", None))
        self.vatNumber.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"FR\u2026 ou BE\u2026", None))
        self.ibanLabel.setText(QCoreApplication.translate("CompanyDialog", u"&IBAN", None))
        self.bicLabel.setText(QCoreApplication.translate("CompanyDialog", u"&BIC", None))
        self.emailLabel.setText(QCoreApplication.translate("CompanyDialog", u"&E-mail", None))
        self.phoneLabel.setText(QCoreApplication.translate("CompanyDialog", u"&T\u00e9l\u00e9phone", None))
        self.paymentTermsLabel.setText(QCoreApplication.translate("CompanyDialog", u"&D\u00e9lai de paiement par d\u00e9faut", None))
        self.paymentTerms.setSuffix(QCoreApplication.translate("CompanyDialog", u" jours", None))
    # retranslateUi

