"""Two collectors on one team server, side by side, in one PNG (offscreen).

    python scripts/team_screenshot.py OUT.png

Starts a throwaway PostgreSQL (Debian's ``postgresql`` package, as the tests do), moves the demo
company onto it, and opens two app windows as two users: Claire opens the call sheet of a
customer (which claims it); Marc, on the same server, has the same customer's window open and
sees « En appel avec Claire depuis 10:42 », as does his Today page. The picture shows Claire's
call sheet on the left, Marc's Today page and customer window on the right.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QWidget

from relance_desktop.app import install_translators
from relance_desktop.formatting import Formatter
from relance_desktop.services import team_connect, team_move
from relance_desktop.services.demo import create_demo
from relance_desktop.settings import Settings
from relance_desktop.store.server import ServerParams
from relance_desktop.views import connect_dialog
from relance_desktop.views.common import Session
from relance_desktop.views.main_window import MainWindow

DAY = date(2026, 12, 7)
SIZE = (1100, 700)
CAPTION = 34


def settle() -> None:
    for _ in range(5):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def collector(folder: Path, name: str, params: ServerParams, at: time) -> MainWindow:
    """A main window of its own (settings, user name), connected to the server's company."""
    settings = Settings(folder / f"{name}.json")
    settings.set("user_name", name)
    session = Session(settings=settings, formatter=Formatter("fr_FR"), today=lambda: DAY,
                      now=lambda: datetime.combine(DAY, at))
    window = MainWindow(session)
    window.resize(*SIZE)
    window.show()
    cf = team_connect.open_team_company(params, None)
    connect_dialog.ask_and_connect = lambda *_a, **_k: cf  # no dialog: already connected
    assert window.connect_server()
    return window


def compose(out: Path, left: list[tuple[str, QWidget]], right: list[tuple[str, QWidget]]) -> None:
    """The grabbed windows in two columns, each under a caption."""
    def column(shots: list[tuple[str, QWidget]]) -> list[tuple[str, QImage]]:
        return [(caption, widget.grab().toImage()) for caption, widget in shots]

    columns = [column(left), column(right)]
    width = sum(max(img.width() for _, img in col) for col in columns) + 30
    height = max(sum(img.height() + CAPTION for _, img in col) for col in columns) + 10
    canvas = QImage(width, height, QImage.Format.Format_RGB32)
    canvas.fill(QColor("#d9dde3"))
    painter = QPainter(canvas)
    font = QFont()
    font.setPointSize(13)
    font.setBold(True)
    painter.setFont(font)
    x = 10
    for col in columns:
        y = 5
        for caption, img in col:
            painter.drawText(QRect(x, y, img.width(), CAPTION), Qt.AlignmentFlag.AlignVCenter,
                             caption)
            painter.drawImage(x, y + CAPTION, img)
            y += img.height() + CAPTION
        x += max(img.width() for _, img in col) + 10
    painter.end()
    canvas.save(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    from tests import pg  # the same throwaway server as the tests

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    install_translators(app, "fr")
    cluster = pg.start_cluster()
    try:
        with tempfile.TemporaryDirectory(prefix="relance-team-shot-") as tmp:
            folder = Path(tmp)
            cluster.create_database("equipe")
            params = ServerParams(cluster.host, cluster.port, "equipe", cluster.user)
            team_move.file_to_server(create_demo(folder / "demo.relance", DAY), params, None)
            claire = collector(folder, "Claire", params, time(10, 42))
            marc = collector(folder, "Marc", params, time(10, 44))
            customer_id = next(int(r.customer_id) for r in claire.today_rows
                               if r.section == "to_call" and not r.written_only)
            sheet = claire.open_call_sheet(customer_id)
            assert sheet is not None
            sheet.resize(*SIZE)
            card = marc.open_customer(customer_id)
            assert card is not None
            card.resize(SIZE[0], 520)
            marc.claim_banner.refresh()
            banner = card.findChild(QLabel, "claimBanner")
            assert banner is not None
            banner.refresh()
            settle()
            print("Marc's customer window says:", banner.text())
            print("Marc's Today says:", marc.claim_banner.text())
            compose(args.out, [("Claire — fiche d'appel (elle appelle)", sheet),
                               ("Claire — Aujourd'hui", claire)],
                    [("Marc — Aujourd'hui, même serveur", marc),
                     ("Marc — fenêtre du même client", card)])
            for window in (claire, marc):
                window.close_company()
                window.close()
            settle()
    finally:
        cluster.stop()
    print(f"screenshot in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
