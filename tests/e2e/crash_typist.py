"""A user typing call notes, for the crash test: run as a subprocess, killed mid-typing.

Usage: python -m tests.e2e.crash_typist COMPANY_FILE CUSTOMER_ID
Types a first sentence, reports « FIRST <sentence> » on stdout, then keeps typing until killed.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

FIRST = "Client joint, facture pas recue, copie envoyee"
MORE = " puis il parle encore longtemps"
TODAY = date(2026, 11, 23)


def main() -> None:
    from relance_desktop.formatting import Formatter
    from relance_desktop.settings import Settings
    from relance_desktop.store.database import open_company_file
    from relance_desktop.views.call_sheet import CallSheet
    from relance_desktop.views.common import Session

    app = QApplication([])
    cf = open_company_file(Path(sys.argv[1]))
    session = Session(settings=Settings(Path(sys.argv[1]).with_suffix(".json")),
                      formatter=Formatter("fr_FR"), today=lambda: TODAY,
                      now=lambda: datetime.combine(TODAY, time(10, 0)))
    sheet = CallSheet(session, cf, int(sys.argv[2]))
    sheet.show()
    sheet.notes.setFocus()
    for char in FIRST:
        QTest.keyClicks(sheet.notes, char)
        QTest.qWait(20)
    print("FIRST", FIRST, flush=True)
    while True:  # keeps typing until the test kills the process
        for char in MORE:
            QTest.keyClicks(sheet.notes, char)
            QTest.qWait(40)
    app.exec()  # pragma: no cover


if __name__ == "__main__":
    main()
