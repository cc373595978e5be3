"""On a team server, a collector's import pauses the customers' summary like anyone's: the
pause is written and lifted with the collector's own rights, and the summary is right after; a
collector's dispute computes its customer's summary again with the same rights."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from relance_desktop.services import calls, imports
from relance_desktop.services.team_roles import Role
from relance_desktop.store.models import Invoice
from tests import team_people
from tests.helpers import TODAY
from tests.team_people import signed_in
from tests.unit.test_customer_summary import expected, found
from tests.unit.test_summary_pause import csv


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    started = team_people.start()
    try:
        yield started
    finally:
        started.stop()


def test_a_collector_imports_and_the_summary_follows(cluster: Any, tmp_path: Path) -> None:
    params = team_people.new_company(cluster, "pause")
    try:
        logins = team_people.add_people(params, marc=Role.COLLECTOR)
        path = csv(tmp_path, "septembre.csv",
                   "Garage Dubois;411DUB;F1;01/09/2026;01/10/2026;1200,00",
                   "Hôtel du Parc;411PAR;F2;04/09/2026;04/10/2026;300,00")
        with signed_in(params, logins["marc"]) as marc:
            imports.apply(marc, imports.preview(marc, [path], today=TODAY))
            assert found(marc) == expected(marc) != {}
            assert marc.scalar('SELECT COUNT(*) FROM "customer_summary_pause"') == 0
            disputed = Invoice.get(Invoice.number == "F2")
            calls.open_dispute(marc, int(disputed.customer_id), invoice_ids=[int(disputed.id)],
                               reason="livraison incomplète", today=TODAY)
            assert found(marc) == expected(marc)
            assert found(marc)[(int(disputed.customer_id), "*")][3] == 300_00  # disputed
    finally:
        cluster.drop_database(params.database)
