"""Tools and Help of the main window: calculator, templates, e-mail settings, rates,
preferences, the log folder, the guide, the shortcuts, À propos.

A part of :class:`views.main_window.MainWindow` (mixed into it): its methods run on the main
window and share its attributes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from relance_desktop import paths
from relance_desktop.formatting import Formatter


class ToolsMenu:
    """Outils and Aide of the main window."""

    # set by MainWindow
    session: Any
    cf: Any

    def open_calculator(self) -> None:
        """The calculator, on the selected customer's open invoices when there is one."""
        from relance_desktop.views.calculator import CalculatorWindow

        customer_id = self.current_customer_id()
        items = []
        if self.cf is not None and customer_id:  # whether the invoice list was read or not
            from relance_desktop.services.receivables import open_items

            items = open_items(self.cf, self.session.today(), customer_id)
        items.sort(key=lambda i: i.due_date)
        country = self.cf.company.country if self.cf is not None else "FR"
        regime = ""
        if self.cf is not None and customer_id:
            from relance_desktop.services import regime as regime_service

            # the law of this customer's debts (countries, consumer, contract), and why
            chosen = regime_service.regime_of(self.cf, customer_id)
            country = chosen.law
            regime = regime_service.describe(chosen, QCoreApplication.translate)
        window = CalculatorWindow(self.session, country=country, items=items, parent=self,
                                  regime=regime)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.calculator = window

    def open_templates(self) -> None:
        if self.cf is None:
            return
        from relance_desktop.views.template_editor import TemplateEditor

        editor = TemplateEditor(self.session, self.cf, self)
        editor.exec()
        for sheet in self.call_sheets.values():
            sheet.reload_templates()

    def open_smtp_settings(self) -> None:
        from relance_desktop.views.smtp_settings import SmtpSettingsDialog

        SmtpSettingsDialog(self.session, self).exec()

    def open_rates(self) -> None:
        from relance_desktop.views.rates import RatesDialog

        RatesDialog(self.session, self).exec()
        self.rates_banner.refresh()

    def preferences(self) -> None:
        from relance_desktop.views import preferences

        dialog = preferences.PreferencesDialog(self.session, self)
        language_before = self.session.settings.get("ui_language")
        if dialog.exec():
            if self.session.settings.get("ui_language") != language_before:
                if preferences.ask_restart(self):
                    preferences.restart(self)
                return  # formats too wait for the restart: never half in one language
            locale = self.session.settings.get("format_locale")
            if locale != self.session.formatter.locale_name:
                self.session.formatter = Formatter(locale)
                self.tree_model.set_formatter(self.session.formatter)
                self.paged_model.set_formatter(self.session.formatter)
                self.reload()
                self.formatter_changed.emit()

    # -- help --------------------------------------------------------------------------------
    def show_logs(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))

    def show_guide(self) -> None:
        from relance_desktop.views.help import GuideDialog

        GuideDialog(str(self.session.settings.get("ui_language") or "fr"), self).exec()

    def show_shortcuts(self) -> None:
        from relance_desktop.views.help import ShortcutsDialog

        ShortcutsDialog(self.actions(), self).exec()

    def about(self) -> None:
        from relance_desktop.views.help import AboutDialog

        AboutDialog(self).exec()
