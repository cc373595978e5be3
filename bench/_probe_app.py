"""Probe: process spawn → Relance's main window shown, populated and painted; then a search pass.

    BENCH_SPAWN_T=<time.time()> python bench/_probe_app.py FILE [--no-search] [--profile OUT]

Run by bench/run.py in a fresh process, under QT_QPA_PLATFORM=offscreen, with RELANCE_HOME
pointing at a scratch folder (no saved geometry, no recent files). It does what
``relance-desktop FILE`` does (``__main__.main`` → ``app.run``): logging, settings, the
QApplication, the session, the excepthook, ``MainWindow``, ``show()``, ``open_file(FILE)``, then
the event loop. "Ready" is the first paint of the invoice list's viewport with rows in the
model, plus one turn of the event loop (so the paint itself is counted).

Then it types in the search box key by key (QTest.keyClicks / keyClick) and times each
keystroke up to the repaint of the list. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

# What a user types: a customer name letter by letter, Backspace to clear it, an invoice
# number fragment, select-all + Backspace, an amount with a thousands space, a name with an
# accent folded away, and clearing again. Each entry is one keystroke.
# The invoice numbers are F<year>-<5 digits>: the fragment uses last year, whatever today is.
BACKSPACE, SELECT_ALL = "<bs>", "<ctrl-a>"


def keystrokes(year: int) -> list[str]:
    return [
        *"garage", *[BACKSPACE] * 6,
        *f"{year - 1}-0815", SELECT_ALL, BACKSPACE,
        *"1 234", SELECT_ALL, BACKSPACE,
        *"lukasz", SELECT_ALL, BACKSPACE,
    ]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str]) -> int:
    spawn = float(os.environ.get("BENCH_SPAWN_T", time.time()))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path_arg = argv[0]
    do_search = "--no-search" not in argv
    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks[name] = round(time.time() - spawn, 4)

    from datetime import date
    from pathlib import Path

    # The imports of `relance-desktop FILE`: __main__ first, then app (which pulls in Qt and
    # the main window).
    from relance_desktop.__main__ import init_logging
    from relance_desktop.app import build_application, make_session
    from relance_desktop.settings import Settings
    from relance_desktop.views.crash import install_excepthook
    from relance_desktop.views.main_window import MainWindow

    mark("imports")
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest

    init_logging()
    settings = Settings()
    app = build_application(settings)
    session = make_session(settings)
    install_excepthook(session)
    mark("app")
    window = MainWindow(session)
    mark("window")
    window.show()
    mark("shown")
    ok = window.open_file(Path(path_arg))
    mark("opened")
    result: dict[str, object] = {"probe": "app", "opened": ok}

    class PaintWatch(QObject):
        painted = False  # the viewport got a paint event since the flag was last cleared
        on_first: object = None

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
                if self.on_first is not None and window.model.rowCount() > 0:
                    callback, self.on_first = self.on_first, None
                    QTimer.singleShot(0, callback)  # after the paint has completed
            return False

    watch = PaintWatch()
    window.view.viewport().installEventFilter(watch)

    def search_pass() -> list[dict[str, object]]:
        box = window.search
        box.setFocus()
        app.processEvents()
        timings = []
        for key in keystrokes(date.today().year):
            watch.painted = False
            before = box.text()
            started = time.perf_counter()
            if key == BACKSPACE:
                QTest.keyClick(box, Qt.Key.Key_Backspace)
            elif key == SELECT_ALL:
                QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            else:
                QTest.keyClicks(box, key)
            # Let the posted update requests run: the view repaints inside processEvents.
            for _ in range(5):
                app.processEvents()
                if watch.painted:
                    break
            elapsed = (time.perf_counter() - started) * 1000
            timings.append({
                "key": key, "text": box.text(), "changed": box.text() != before,
                "rows": window.model.rowCount(), "painted": watch.painted,
                "ms": round(elapsed, 2),
            })
        return timings

    def ready() -> None:
        mark("painted")
        result.update(
            ready_s=marks["painted"],
            rss_ready_mb=round(rss_mb(), 1),
            rows=window.model.rowCount(),
            items=len(window.model.all_items()),
        )
        if do_search:
            result["search"] = search_pass()
        result["rss_mb"] = round(rss_mb(), 1)
        window.close()
        app.quit()

    watch.on_first = ready
    QTimer.singleShot(120_000, app.quit)  # watchdog
    app.exec()
    result["marks"] = marks
    if "ready_s" not in result:
        result["error"] = "the list was never painted with rows"
        print(json.dumps(result))
        return 1
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--profile" in args:
        import cProfile

        pos = args.index("--profile")
        out = args[pos + 1]
        del args[pos:pos + 2]
        profiler = cProfile.Profile()
        code = profiler.runcall(main, args)
        profiler.dump_stats(out)
        sys.exit(code)
    sys.exit(main(args))
