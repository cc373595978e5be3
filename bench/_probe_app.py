"""Probe: what a user waits for in Relance, in a fresh process.

    BENCH_SPAWN_T=<time.time()> python bench/_probe_app.py FILE [--no-search] [--profile OUT]
        [--pyinstrument OUT.html]

Run by bench/run.py under QT_QPA_PLATFORM=offscreen, with RELANCE_HOME pointing at a scratch
folder (no saved geometry, no recent files). It does what ``relance-desktop FILE`` does
(``__main__.main`` → ``app.run``): logging, settings, the QApplication, the session, the
excepthook, ``MainWindow``, ``show()``, ``open_file(FILE)``, then the event loop. Then, as a user:

1. **start**: the first page (Today) painted with the file open: its list's viewport got a paint
   event while the Today page is current, plus one turn of the event loop. ``today_ms`` is the
   part after the company file was open (``open_company_file`` returned).
2. **switch**: a click on « Factures en retard » in the sidebar → the invoice list painted.
3. **search**: keystrokes typed in the search box (QTest.keyClicks / keyClick), each timed from
   the key press to the list repainted.
4. **sort**: clicks on column headers (QTest.mouseClick on the header), each timed from the click
   to the list repainted.
5. **grouped**: a click on « Grouper par client » → the tree of customers painted; the first
   customer opened (its invoices read) → repainted; a click on « Reste dû » (customers by their
   total) → repainted.

Every timing of a step runs ``processEvents()`` until the watched viewport got a paint event (or
a 10 s watchdog). Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

from _peak import peak_rss_mb

# What a user types: a customer name letter by letter, Backspace to clear it, an invoice
# number fragment, select-all + Backspace, an amount with a thousands space, a name with an
# accent folded away, and clearing again. Each entry is one keystroke.
# The invoice numbers are F<year>-<5 digits>: the fragment uses last year, whatever today is.
BACKSPACE, SELECT_ALL = "<bs>", "<ctrl-a>"
# Header clicks: (column, what it is). A first click sorts ascending, a second descending.
SORTS = ((0, "client"), (5, "montant"), (5, "montant ↓"), (3, "échéance"), (1, "n°"),
         (6, "reste dû"), (4, "retard"))


def keystrokes(year: int) -> list[str]:
    return [
        *"garage", *[BACKSPACE] * 6,
        *f"{year - 1}-0815", SELECT_ALL, BACKSPACE,
        *"1 234", SELECT_ALL, BACKSPACE,
        *"lukasz", SELECT_ALL, BACKSPACE,
    ]


def rss_mb() -> float:
    return peak_rss_mb()


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
    from relance_desktop.views import main_window as main_window_module
    from relance_desktop.views.crash import install_excepthook
    from relance_desktop.views.main_window import MainWindow

    mark("imports")
    from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    # The moment the company file is open (the rest of open_file fills the pages): whichever
    # function the window opens files with.
    for opener in ("open_company", "open_company_file"):
        real_open = getattr(main_window_module, opener, None)
        if real_open is not None:
            def timed_open(path: Any, *a: Any, _real: Any = real_open, **k: Any) -> Any:
                session = _real(path, *a, **k)
                mark("file_open")
                return session

            setattr(main_window_module, opener, timed_open)
            break

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

    class PaintWatch(QObject):
        """Which watched viewports got a paint event since they were last cleared."""

        def __init__(self) -> None:
            super().__init__()
            self.painted: set[int] = set()
            self.on_paint: dict[int, Any] = {}

        def watch(self, view: QAbstractItemView) -> None:
            view.viewport().installEventFilter(self)

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted.add(id(obj))
                callback = self.on_paint.pop(id(obj), None)
                if callback is not None:
                    QTimer.singleShot(0, callback)  # after the paint has completed
            return False

    watch = PaintWatch()
    watch.watch(window.today_view)
    watch.watch(window.table)
    watch.watch(window.tree)

    def list_view() -> QAbstractItemView:
        return window.view

    def until_painted(view: QAbstractItemView, started: float) -> tuple[float, bool]:
        """processEvents() until ``view``'s viewport painted; ms since ``started``. A step that
        changes nothing on screen (« 1 » → « 1 », the same search) paints nothing: after 50
        turns of the event loop with nothing painted it counts as done."""
        key = id(view.viewport())
        turns = 0
        while key not in watch.painted and turns < 50 and time.perf_counter() - started < 10:
            app.processEvents()
            turns += 1
        return (time.perf_counter() - started) * 1000, key in watch.painted

    result: dict[str, Any] = {"probe": "app"}

    def switch_to_list() -> dict[str, Any]:
        sidebar = window.sidebar
        item = sidebar.item(1)  # « Factures en retard »
        pos = sidebar.visualItemRect(item).center()
        watch.painted.clear()
        started = time.perf_counter()
        QTest.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, pos)
        ms, painted = until_painted(list_view(), started)
        model = list_view().model()
        return {"ms": round(ms, 2), "painted": painted,
                "rows": model.rowCount() if model is not None else 0}

    def search_pass() -> list[dict[str, Any]]:
        box = window.search
        box.setFocus()
        app.processEvents()
        timings = []
        for key in keystrokes(date.today().year):
            watch.painted.clear()
            before = box.text()
            started = time.perf_counter()
            if key == BACKSPACE:
                QTest.keyClick(box, Qt.Key.Key_Backspace)
            elif key == SELECT_ALL:
                QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            else:
                QTest.keyClicks(box, key)
            changed = box.text() != before
            if changed:
                ms, painted = until_painted(list_view(), started)
            else:
                app.processEvents()
                ms, painted = (time.perf_counter() - started) * 1000, False
            model = list_view().model()
            timings.append({
                "key": key, "text": box.text(), "changed": changed,
                "rows": model.rowCount() if model is not None else 0, "painted": painted,
                "ms": round(ms, 2),
            })
        return timings

    def sort_pass() -> list[dict[str, Any]]:
        view = list_view()
        header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
        timings = []
        for column, name in SORTS:
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            watch.painted.clear()
            started = time.perf_counter()
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
            ms, painted = until_painted(view, started)
            timings.append({"column": column, "name": name, "ms": round(ms, 2),
                            "painted": painted,
                            "order": int(header.sortIndicatorOrder().value)})
        return timings

    def group_pass() -> dict[str, Any]:
        tree = window.tree
        watch.painted.clear()
        started = time.perf_counter()
        QTest.mouseClick(window.group_box, Qt.MouseButton.LeftButton)
        ms, painted = until_painted(tree, started)
        model = tree.model()
        out: dict[str, Any] = {"ms": round(ms, 2), "painted": painted,
                               "rows": model.rowCount() if model is not None else 0}
        if model is None or not model.rowCount():
            return out
        first = model.index(0, 0)
        opened_before = tree.isExpanded(first)  # a short list shows every customer opened
        if opened_before:
            tree.collapse(first)  # (its invoices stay read: only the opening is timed)
            until_painted(tree, time.perf_counter())
        watch.painted.clear()
        started = time.perf_counter()
        tree.expand(first)  # what a click on its arrow does
        ms, painted = until_painted(tree, started)
        out.update(expand_ms=round(ms, 2), expand_painted=painted,
                   expand_rows=model.rowCount(first), already_open=opened_before)
        header = tree.header()
        column = 6  # « Reste dû »
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        watch.painted.clear()
        started = time.perf_counter()
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
        ms, painted = until_painted(tree, started)
        out.update(sort_ms=round(ms, 2), sort_painted=painted, rows_after=model.rowCount())
        return out

    def after_today() -> None:
        mark("painted")
        result.update(
            ready_s=marks["painted"],
            today_ms=round((marks["painted"] - marks.get("file_open", marks["painted"])) * 1000,
                           1),
            rss_ready_mb=round(rss_mb(), 1),
            today_rows=window.today_view.model().rowCount(),
        )
        if do_search:
            result["switch"] = switch_to_list()
            result["search"] = search_pass()
            window.search.clear()
            app.processEvents()
            result["sort"] = sort_pass()
            result["grouped"] = group_pass()
        result["rss_mb"] = round(rss_mb(), 1)
        window.close()
        app.quit()

    def opened_and_today_shown() -> bool:
        return window.cf is not None and window.pages.currentWidget() is \
            window.today_view.parentWidget()

    ok = window.open_file(Path(path_arg))
    mark("opened")
    result["opened"] = ok
    if not opened_and_today_shown():
        result["error"] = "the file did not open on the Today page"
        print(json.dumps(result))
        return 1
    watch.on_paint[id(window.today_view.viewport())] = after_today
    QTimer.singleShot(300_000, app.quit)  # watchdog
    app.exec()
    result["marks"] = marks
    if "ready_s" not in result:
        result["error"] = "the Today page was never painted"
        print(json.dumps(result))
        return 1
    print(json.dumps(result))
    QApplication.processEvents()
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
    if "--pyinstrument" in args:
        from pyinstrument import Profiler

        pos = args.index("--pyinstrument")
        out = args[pos + 1]
        del args[pos:pos + 2]
        profiler = Profiler(interval=0.0005)
        profiler.start()
        code = main(args)
        profiler.stop()
        Path_ = __import__("pathlib").Path
        Path_(out).write_text(profiler.output_html())
        Path_(out).with_suffix(".txt").write_text(profiler.output_text(unicode=True,
                                                                       show_all=False))
        sys.exit(code)
    sys.exit(main(args))
