"""Generated from ui/contact_form.ui by scripts/compile_ui.py — do not edit by hand."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_form.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(460, 300)
        self.mainLayout = QVBoxLayout(ContactDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(ContactDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(ContactDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.functionLabel = QLabel(ContactDialog)
        self.functionLabel.setObjectName(u"functionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.functionLabel)

        self.function = QLineEdit(ContactDialog)
        self.function.setObjectName(u"function")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.function)

        self.phoneLabel = QLabel(ContactDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(ContactDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone)

        self.mobileLabel = QLabel(ContactDialog)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobile = QLineEdit(ContactDialog)
        self.mobile.setObjectName(u"mobile")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mobile)

        self.emailLabel = QLabel(ContactDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(ContactDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email)

        self.isPrimaryLabel = QLabel(ContactDialog)
        self.isPrimaryLabel.setObjectName(u"isPrimaryLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.isPrimaryLabel)

        self.isPrimary = QCheckBox(ContactDialog)
        self.isPrimary.setObjectName(u"isPrimary")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.isPrimary)

        self.notesLabel = QLabel(ContactDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(ContactDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(ContactDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: palette(highlighted-text); background: #b3261e; padding: 4px; border-radius: 3px;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.functionLabel.setBuddy(self.function)
        self.phoneLabel.setBuddy(self.phone)
        self.mobileLabel.setBuddy(self.mobile)
        self.emailLabel.setBuddy(self.email)
        self.isPrimaryLabel.setBuddy(self.isPrimary)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Personne de contact", None))
        self.nameLabel.setText(QCoreApplication.translate("ContactDialog", u"&Nom", None))
        self.functionLabel.setText(QCoreApplication.translate("ContactDialog", u"&Fonction", None))
        self.function.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"ex. comptable, g\u00e9rant", None))
        self.phoneLabel.setText(QCoreApplication.translate("ContactDialog", u"&T\u00e9l\u00e9phone", None))
        self.mobileLabel.setText(QCoreApplication.translate("ContactDialog", u"&Mobile", None))
        self.emailLabel.setText(QCoreApplication.translate("ContactDialog", u"&E-mail", None))
        self.isPrimaryLabel.setText(QCoreApplication.translate("ContactDialog", u"Contact &principal", None))
        self.notesLabel.setText(QCoreApplication.translate("ContactDialog", u"N&otes", None))
    # retranslateUi

