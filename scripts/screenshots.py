"""Render every page and dialog of the demo company to PNG files, offscreen.

    python scripts/screenshots.py OUT_FOLDER [--sizes 1366x768,1920x1080] [--languages fr,en,nl]
                                  [--schemes light,dark] [--samples FOLDER]

Each window is shown at the size a maximised window would have on that screen (dialogs at their
own size, bounded by the screen) and grabbed with ``QWidget.grab``. File names read
``<size>/<language>-<scheme>/<nn>-<window>.png``. ``--samples`` names a folder of import files
(a CSV is taken from it) so that the import wizard is shown past its first step.

The catalogue of windows (:func:`windows`) is shared with the clipping test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTranslator
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from relance_desktop.app import install_translators
from relance_desktop.formatting import Formatter
from relance_desktop.settings import Settings
from relance_desktop.views import style
from relance_desktop.views.common import Session
from relance_desktop.views.main_window import (
    PAGE_ACTIONS,
    PAGE_CUSTOMERS,
    PAGE_LETTERS,
    PAGE_RECEIVABLES,
    PAGE_TODAY,
    MainWindow,
)

TASKBAR = 40  # what a maximised window leaves of the screen's height
LOCALES = {"fr": "fr_FR", "en": "en_GB", "nl": "nl_BE"}
DAY = date(2026, 12, 7)  # a Monday: the demo is generated for it
Shot = tuple[str, QWidget]


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def list_totals_read(window: MainWindow, seconds: float = 5.0) -> None:
    """Wait until the invoice list's totals (status bar, aging tabs) are read: they are read
    on a thread, so that a big file's list never waits for them."""
    import time as clock

    model = window.paged_model
    end = clock.monotonic() + seconds
    while clock.monotonic() < end and not (
            model.buckets_known() and model.visible_totals() is not None):
        QCoreApplication.processEvents()
        clock.sleep(0.01)
    settle()


def make_window(folder: Path, language: str) -> MainWindow:
    """The main window on a fresh demo company, in ``language``."""
    from relance_desktop.services.demo import create_demo

    settings = Settings(folder / "settings.json")
    settings.set("ui_language", language)
    settings.set("format_locale", LOCALES[language])
    session = Session(settings=settings, formatter=Formatter(LOCALES[language]),
                      today=lambda: DAY, now=lambda: datetime.combine(DAY, time(10, 0)))
    window = MainWindow(session)
    window.show()
    assert window.open_file(create_demo(folder / "demo.relance", DAY))
    return window


def _fit(widget: QWidget, size: tuple[int, int], maximised: bool) -> QWidget:
    width, height = size[0], size[1] - TASKBAR
    widget.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen screen is small
    if maximised:
        widget.resize(width, height)
    else:
        hint = widget.sizeHint()
        widget.resize(min(max(hint.width(), widget.width()), width),
                      min(max(hint.height(), widget.height()), height))
    widget.show()
    settle()
    return widget


def _customer_to_call(window: MainWindow) -> int:
    for row in window.today_rows:
        if row.section == "to_call" and not row.written_only:
            return int(row.customer_id)
    return int(window.today_rows[0].customer_id)


def windows(window: MainWindow, size: tuple[int, int],
            samples: Path | None = None) -> Iterator[Shot]:
    """Every page and dialog, shown one after the other (each is closed after it is used)."""
    from relance_desktop.views.calculator import CalculatorWindow
    from relance_desktop.views.preferences import PreferencesDialog
    from relance_desktop.views.rates import RatesDialog
    from relance_desktop.views.scenario_editor import ScenarioEditor
    from relance_desktop.views.smtp_settings import SmtpSettingsDialog
    from relance_desktop.views.template_editor import TemplateEditor

    assert window.cf is not None
    _fit(window, size, True)
    for name, page in (("today", PAGE_TODAY), ("invoices", PAGE_RECEIVABLES),
                       ("customers", PAGE_CUSTOMERS), ("letters", PAGE_LETTERS)):
        window.show_page(page)
        settle()
        if page == PAGE_RECEIVABLES:
            list_totals_read(window)
        yield name, window
        if page == PAGE_RECEIVABLES:
            window.group_box.setChecked(True)
            list_totals_read(window)
            yield "invoices-grouped", window
            window.group_box.setChecked(False)
    yield from _dunning(window)
    customer_id = _customer_to_call(window)
    customer = window.open_customer(customer_id)
    if customer is not None:
        yield "customer", _fit(customer, size, True)
        customer.tabs.setCurrentWidget(customer.timeline_view)
        settle()
        yield "customer-timeline", customer
        customer.close()
    sheet = window.open_call_sheet(customer_id)
    if sheet is not None:
        _fit(sheet, size, True)
        for step in range(sheet.steps.count()):
            sheet.steps.setCurrentIndex(step)
            settle()
            yield f"call-step{step + 1}", sheet
        sheet.close()
    country = window.cf.company.country
    dialogs: list[tuple[str, Callable[[], QWidget], bool]] = [
        ("templates", lambda: TemplateEditor(window.session, window.cf, window), False),
        ("scenarios", lambda: ScenarioEditor(window.session, window.cf, window), False),
        ("templates-letters", lambda: _letter_texts(window), False),
        ("calculator", lambda: CalculatorWindow(window.session, country=country, items=[],
                                                parent=None), False),
        ("rates", lambda: RatesDialog(window.session, window), False),
        ("preferences", lambda: PreferencesDialog(window.session, window), False),
        ("email-settings", lambda: SmtpSettingsDialog(window.session, window), False),
    ]
    for name, build, maximised in dialogs:
        dialog = build()
        yield name, _fit(dialog, size, maximised)
        dialog.close()
        dialog.deleteLater()
    yield from _import_steps(window, size, samples)
    yield from _about(window, size)


def _dunning(window: MainWindow) -> Iterator[Shot]:
    """« Actions du jour »: the day's proposals, then the calendar of the whole book with
    its busiest day opened."""
    window.show_page(PAGE_ACTIONS)
    settle()
    page = window.actions_page
    yield "actions", window
    page.tabs.setCurrentWidget(page.calendar)
    calendar = page.calendar
    waited = 0
    while calendar.loading and waited < 600:  # read on a worker thread
        QThread.msleep(50)
        settle()
        waited += 1
    if calendar.days:
        busiest = max(range(len(calendar.days)),
                      key=lambda row: sum(calendar.days[row].counts.values()))
        calendar.table.setCurrentCell(busiest, 0)
    settle()
    yield "actions-calendar", window
    page.tabs.setCurrentWidget(page.table)
    settle()


def _letter_texts(window: MainWindow) -> QWidget:
    """The template editor on a letter: the formal notice, its texts and its preview."""
    from relance_desktop.views.template_editor import TemplateEditor

    assert window.cf is not None
    editor = TemplateEditor(window.session, window.cf, window)
    editor.set_family("letters")
    editor.select_page("letters:formal-notice")
    return editor


def _import_steps(window: MainWindow, size: tuple[int, int], samples: Path | None
                  ) -> Iterator[Shot]:
    files = sorted(samples.rglob("*.csv"))[:1] if samples else []
    wizard = window.open_import(files or None)
    if wizard is None:
        return
    _fit(wizard, size, False)
    yield "import-step1", wizard
    for step in range(2, 6):
        before = wizard.currentId()
        if not wizard.button(wizard.WizardButton.NextButton).isEnabled():
            break
        wizard.next()
        settle()
        if wizard.currentId() == before:
            break
        yield f"import-step{step}", wizard
    wizard.reject()


def _about(window: MainWindow, size: tuple[int, int]) -> Iterator[Shot]:
    """Aide › Guide, Raccourcis clavier and « À propos »: the dialogs are built, not run
    (a modal exec() would wait for a click)."""
    from relance_desktop.views.help import AboutDialog, GuideDialog, ShortcutsDialog

    language = str(window.session.settings.get("ui_language") or "fr")
    for name, box in (("guide", GuideDialog(language, window)),
                      ("shortcuts", ShortcutsDialog(window.actions(), window)),
                      ("about", AboutDialog(window))):
        yield name, _fit(box, size, False)
        box.close()


def use_language(app: QApplication, language: str, installed: list[QTranslator]) -> None:
    for translator in installed:
        app.removeTranslator(translator)
    installed[:] = install_translators(app, language)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--languages", default="fr,en,nl")
    parser.add_argument("--schemes", default="light,dark")
    parser.add_argument("--samples", type=Path)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    installed: list[QTranslator] = []
    count = 0
    for language in args.languages.split(","):
        use_language(app, language, installed)
        for scheme in args.schemes.split(","):
            style.apply_scheme(app, dark=scheme == "dark")
            for size_text in args.sizes.split(","):
                width, height = (int(x) for x in size_text.split("x"))
                folder = args.out / size_text / f"{language}-{scheme}"
                folder.mkdir(parents=True, exist_ok=True)
                with tempfile.TemporaryDirectory(prefix="relance-shots-") as tmp:
                    window = make_window(Path(tmp), language)
                    for pos, (name, widget) in enumerate(
                            windows(window, (width, height), args.samples), 1):
                        widget.grab().save(str(folder / f"{pos:02d}-{name}.png"))
                        count += 1
                    window.close_company()
                    window.close()
                    window.deleteLater()
                    settle()
    print(f"{count} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
