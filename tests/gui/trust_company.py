"""A small fresh company for the call-workflow GUI tests: figures chosen by hand, not the demo.

« Garage Lemaire SA » (Belgium) owes two overdue invoices and one not yet due; « Pieter Claes »
(Belgium) owes one overdue invoice. The figures are chosen so that a total can never be mistaken
for one invoice's amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from relance_desktop.services import customers, invoices
from relance_desktop.services.session import open_company
from relance_desktop.store.database import create_company_file


@dataclass(frozen=True)
class Company:
    path: Path
    lemaire: int
    claes: int
    old_invoice: int  # Lemaire F-101, 3 234,39 € due 60 days ago
    recent_invoice: int  # Lemaire F-102, 7 107,92 € due 10 days ago
    future_invoice: int  # Lemaire F-103, 1 000,00 € due in 17 days
    claes_invoice: int  # Claes F-201, 812,50 € due 20 days ago


OLD_CENTS, RECENT_CENTS, FUTURE_CENTS, CLAES_CENTS = 323439, 710792, 100000, 81250


def make_company(folder: Path, today: date) -> Company:
    path = create_company_file(folder / "Essai.relance", name="Atelier Essai SRL", country="BE")
    cf = open_company(path)
    try:
        lemaire = customers.create_customer(cf, customers.CustomerInput(
            name="Garage Lemaire SA", country="BE", language="fr", phone="+32 2 511 22 33",
            email="compta@lemaire.example"))
        customers.add_contact(cf, lemaire, customers.ContactInput(
            name="Céline Janssens", function="comptable", phone="+32 2 511 22 44",
            is_primary=True))
        claes = customers.create_customer(cf, customers.CustomerInput(
            name="Pieter Claes", kind="sole_trader", country="BE", language="nl",
            phone="+32 9 222 33 44"))

        def invoice(customer: int, number: str, due_in: int, cents: int, what: str) -> int:
            due = today + timedelta(days=due_in)
            return invoices.create_invoice(cf, invoices.InvoiceInput(
                customer_id=customer, number=number, issue_date=due - timedelta(days=30),
                due_date=due, amount_cents=cents, description=what))

        return Company(
            path, lemaire, claes,
            invoice(lemaire, "F-101", -60, OLD_CENTS, "Habillage de 3 fourgons"),
            invoice(lemaire, "F-102", -10, RECENT_CENTS, "Entretien de la flotte"),
            invoice(lemaire, "F-103", 17, FUTURE_CENTS, "Pneus d'hiver"),
            invoice(claes, "F-201", -20, CLAES_CENTS, "Réparation"),
        )
    finally:
        cf.close()
