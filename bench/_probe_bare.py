"""Probe: process spawn → a bare PySide6 main window shown and painted once.

Run by bench/run.py in a fresh process. ``BENCH_SPAWN_T`` holds ``time.time()`` taken by the
parent just before it spawned this process, so interpreter start and imports are included.
Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import time

from _peak import peak_rss_mb


def main() -> int:
    spawn = float(os.environ.get("BENCH_SPAWN_T", time.time()))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    marks = {"imports": time.time() - spawn}
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 760)
    label = QLabel("Relance")
    window.setCentralWidget(label)
    result: dict[str, object] = {}

    def ready() -> None:
        marks["painted"] = time.time() - spawn
        result.update(
            probe="bare", ready_s=marks["painted"], marks=marks,
            rss_mb=peak_rss_mb(),
        )
        app.quit()

    class PaintWatch(QObject):
        fired = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.fired:
                self.fired = True
                QTimer.singleShot(0, ready)  # runs once the paint has completed
            return False

    watch = PaintWatch()
    label.installEventFilter(watch)
    window.show()
    marks["shown"] = time.time() - spawn
    QTimer.singleShot(30_000, app.quit)  # watchdog
    app.exec()
    if not result:
        print(json.dumps({"probe": "bare", "error": "no paint within 30 s"}))
        return 1
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
