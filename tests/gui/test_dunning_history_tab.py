"""The customer window's « Historique » tab lists the dunning steps done, skipped or waiting
for their call, among the calls, invoices and payments, in date order."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from relance_desktop.services import dunning
from relance_desktop.store.models import Customer
from relance_desktop.views.main_window import MainWindow
from tests.gui.conftest import settle
from tests.gui.test_actions_page import small_company  # noqa: F401  (fixture)
from tests.helpers import TODAY


def test_the_history_tab_lists_the_steps_done_and_skipped(
    window: MainWindow, small_company: Path,  # noqa: F811
) -> None:
    from relance_desktop.services import calls

    assert window.open_file(small_company)
    cf = window.cf
    assert cf is not None
    with cf.use():
        customer_id = Customer.get(Customer.name == "Garage Martin").id
    (action,) = [a for a in dunning.day_actions(cf, TODAY) if a.customer_id == customer_id]
    assert [s.position for s in action.proposal.skipped] == [1]  # the courtesy e-mail, missed
    dunning.record_skipped(cf, action, TODAY, "Client au téléphone hier")
    later = datetime.combine(TODAY + timedelta(days=1), time(15, 0))
    calls.finish_call(cf, calls.CallDraft(customer_id, outcome="reached", started_at=later),
                      user_id=None, at=later)
    customer_window = window.open_customer(customer_id)
    assert customer_window is not None
    settle()
    model = customer_window.history
    shown = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    view = customer_window.history_view
    in_order = [shown[view.model().mapToSource(view.model().index(r, 0)).row()]
                if hasattr(view.model(), "mapToSource") else shown[r]
                for r in range(model.rowCount())]
    steps = [row for row in in_order if "étape" in row[1]]
    assert [(row[1], row[4].split(" — ")[0]) for row in steps] == [
        ("Relance « France — clients professionnels », étape 2 : Appel",
         "passée : Client au téléphone hier"),
        ("Relance « France — clients professionnels », étape 1 : E-mail",
         "passée (rattrapage)"),
    ]
    assert steps[0][0] == TODAY.strftime("%d/%m/%Y")
    assert steps[0][4].endswith(" — " + ", ".join(i.number for i in action.invoices))
    # Newest first with the rest: the call of the next day comes before the steps.
    titles = [row[1] for row in in_order]
    assert titles.index("Appel") < titles.index(steps[0][1])
