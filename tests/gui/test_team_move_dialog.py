"""File › « Déplacer une société… »: a file copied to a real server, then back, and said so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from relance_desktop.store.database import create_company_file, open_company_file
from relance_desktop.store.models import Customer, Invoice, Payment
from relance_desktop.views.common import Session
from relance_desktop.views.team_move_dialog import TO_FILE, TeamMoveDialog
from tests.helpers import TODAY


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from tests import pg

    if not (pg.server_bin("initdb") and pg.server_bin("pg_ctl")):
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    started = pg.start_cluster()
    try:
        started.create_database("equipe")
        yield started
    finally:
        started.stop()


def test_a_file_goes_to_the_server_and_back_and_the_check_is_shown(
    qtbot: Any, session: Session, cluster: Any, tmp_path: Path,
) -> None:
    path = create_company_file(tmp_path / "Garage.relance", name="Garage Moreau")
    with open_company_file(path):
        invoice = Invoice.create(customer=Customer.create(name="Taxi Lemaire"), number="F1",
                                 issue_date=TODAY, due_date=TODAY, amount_cents=10_000)
        Payment.create(invoice=invoice, paid_on=TODAY, amount_cents=2_550)
    dialog = TeamMoveDialog(None, session, path)
    qtbot.addWidget(dialog)
    dialog.host.setText(cluster.host)
    dialog.port.setValue(cluster.port)
    dialog.database.setText("equipe")
    dialog.user.setText(cluster.user)
    dialog.run()
    text = dialog.outcome.text()
    assert text.startswith("Copie vérifiée")
    assert "(clients : 1 ; factures et avoirs : 1)" in text and "total dû : 74,50" in text

    dialog.direction.setCurrentIndex(TO_FILE)
    dialog.file.setText(str(tmp_path / "Retour"))
    dialog.run()
    assert dialog.outcome.text().startswith("Copie vérifiée")
    assert (tmp_path / "Retour.relance").is_file()

    dialog.run()  # the same file again: refused, nothing overwritten
    assert "existe déjà" in dialog.outcome.text()
