"""The new-company form asks for what letters print (address, registration number, IBAN,
e-mail, phone), checks each number, and a company created complete needs nothing more for its
first letter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from relance_desktop.services import company as company_service
from relance_desktop.views.dialogs import CompanyDialog


def test_the_new_company_form_asks_for_what_letters_print_and_checks_it(
        window: Any, dialog_script: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "Boulangerie Arnaud"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))

    def fill(d: CompanyDialog) -> None:
        hint = d.findChild(QLabel, "lettersHint")
        assert hint is not None and hint.isVisible()
        for word in ("adresse", "numéro d'entreprise", "IBAN", "e-mail", "téléphone"):
            assert word in hint.text().replace("\u2011", "-")  # « e‑mail » kept whole
        d.ui.name.setText("Boulangerie Arnaud SARL")
        d.ui.street.setText("3 place du Marché")
        d.ui.postcode.setText("69002")
        d.ui.city.setText("Lyon")
        d.ui.companyNumber.setText("732 829 320 00075")  # a SIRET whose key is wrong
        d.ui.iban.setText("FR76 3000 6000 0112 3456 7890 189")
        d.ui.email.setText("compta@boulangerie-arnaud.example")
        d.ui.phone.setText("04 78 00 00 00")
        d.accept()
        assert "n'est pas un numéro d'entreprise valide" in d.error_text()
        assert d.focusWidget() is d.ui.companyNumber
        d.ui.companyNumber.setText("732 829 320 00074")
        d.ui.iban.setText("FR76 3000 6000 0112 3456 7890 188")  # one digit off
        d.accept()
        assert "n'est pas un IBAN valide" in d.error_text()
        assert d.focusWidget() is d.ui.iban
        d.ui.iban.setText("FR76 3000 6000 0112 3456 7890 189")
        d.accept()

    dialog_script.expect(CompanyDialog, fill)
    window.new_company()
    assert window.cf is not None
    company = window.cf.company
    assert (company.company_number, company.iban, company.phone) == (
        "73282932000074", "FR7630006000011234567890189", "+33478000000")
    assert company_service.missing_for_letters(window.cf) == []
    assert not window.letters_page.missing_box.isVisibleTo(window)
