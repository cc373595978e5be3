"""Today's calls page of the main window: the queue, its printout, calling from it.

A part of :class:`views.main_window.MainWindow` (mixed into it): its methods run on the main
window and share its attributes. Texts keep the « MainWindow » translation context.
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.calls.guards import preload_holidays
from relance_desktop.domain.calls.hours import readable as readable_hours
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services.call_limits import call_policy  # imported with the window: Today
from relance_desktop.services.queue import (  # is read right after a file is opened
    QueuePolicy,
    Section,
    call_back_page,
    complete_rows,
    to_call_page,
    today_sections,
)
from relance_desktop.views import labels
from relance_desktop.views.claim_marks import feed_lists
from relance_desktop.views.today_list import Cells, TodayModel, TodayView

translate = QCoreApplication.translate  # the « MainWindow » context, as lupdate reads it


TODAY_PAGE = 100
"""Rows of « call-backs » and « to call » read at a time: four screens (at 1,000,000 invoices
the first page of 100 is read in 16 ms, of 200 in 21 ms)."""

SECTION_TITLES = {
    "broken_promise": QT_TRANSLATE_NOOP("MainWindow", "Promesses non tenues"),
    "call_back": QT_TRANSLATE_NOOP("MainWindow", "Rappels prévus"),
    "payment_check": QT_TRANSLATE_NOOP("MainWindow", "Paiements à vérifier"),
    "to_call": QT_TRANSLATE_NOOP("MainWindow", "À appeler"),
}
HOURS_STATES = {
    "open": QT_TRANSLATE_NOOP("MainWindow", "joignable maintenant"),
    "later": QT_TRANSLATE_NOOP("MainWindow", "plus tard aujourd'hui"),
    "closed": QT_TRANSLATE_NOOP("MainWindow", "pas aujourd'hui"),
}


def _warm_up(fmt: Any) -> None:
    """Load what Today's rows need the first time (no Qt here: a thread of its own)."""
    preload_holidays(date.today().year)
    for number in ("+33 4 78 00 00 01", "+32 2 512 00 00"):
        fmt.phone(number)
    fmt.money(123456, "EUR")
    fmt.datetime(datetime.now())


class TodayPage:
    """Today's calls page of the main window: the queue, its printout, calling from it."""

    def _build_today_page(self) -> QWidget:
        """Page 3: today's calls. What its first rows need the first time is loaded meanwhile,
        on a thread: the holidays of its hours, the phone numbers' and the formats' data (each
        takes tens to hundreds of milliseconds the first time)."""
        threading.Thread(target=_warm_up, args=(self.session.formatter,),
                         name="relance-warm-up", daemon=True).start()
        tpage = QWidget()
        tlayout = QVBoxLayout(tpage)
        tlayout.setContentsMargins(0, 0, 0, 0)
        self.today_title = QLabel()
        self.today_title.setObjectName("todayTitle")
        self.today_title.setTextFormat(Qt.TextFormat.RichText)
        self.today_title.setWordWrap(True)
        from relance_desktop.views.claim_watch import ClaimBanner
        self.claim_banner = ClaimBanner(None, parent=tpage)  # who is on the phone (team mode)
        title_row = QHBoxLayout()
        title_row.addWidget(self.today_title, 1)
        self.next_button = QPushButton(translate("MainWindow", "Client &suivant"))
        self.next_button.setObjectName("nextCustomer")
        self.next_button.setToolTip(translate(
            "MainWindow", "Ouvre la fiche d'appel du prochain client à appeler (les vôtres "
            "d'abord, puis ceux de l'équipe non affectés) et le réserve pour vous : personne "
            "d'autre ne l'appellera en même temps."))
        self.next_button.clicked.connect(self.next_customer)
        self.whole_team = QPushButton(translate("MainWindow", "Toute l'é&quipe"))
        self.whole_team.setObjectName("wholeTeam")
        self.whole_team.setCheckable(True)
        self.whole_team.setToolTip(translate(
            "MainWindow", "Montrer les appels de toute l'équipe, pas seulement les vôtres et "
            "ceux à prendre."))
        self.whole_team.toggled.connect(lambda _=False: self.reload_today())
        for button in (self.next_button, self.whole_team):
            button.hide()  # team mode only
            title_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        print_list = QPushButton(translate("MainWindow", "&Imprimer la liste d'appels"))
        print_list.setObjectName("printCallList")
        print_list.clicked.connect(self.print_call_list)
        title_row.addWidget(print_list, 0, Qt.AlignmentFlag.AlignTop)
        tlayout.addLayout(title_row)
        tlayout.addWidget(self.claim_banner)
        self.today_model = TodayModel(self)
        self.claim_banner.seen.connect(self.today_model.set_claims)  # « En appel avec … » rows
        feed_lists(self.claim_banner.seen,  # and in the invoice and customer lists
                   [self.tree_model, self.paged_model, self.customer_rows_model,
                    self.paged_customers], [self.table, self.tree, self.customer_view])
        self.today_view = TodayView()
        self.today_view.setModel(self.today_model)
        self.today_view.setObjectName("todayList")
        self.today_view.activated.connect(self._today_activated)
        self.today_view.selectionModel().currentChanged.connect(
            lambda *_: self._update_actions())
        tlayout.addWidget(self.today_view, 1)
        return tpage

    def reload_today(self) -> None:
        """List today's calls (reads only: follow-ups are brought up to date elsewhere)."""
        if self.cf is None:
            return
        cf = self.cf
        policy = QueuePolicy(calls=call_policy(self.session.settings))
        owners = self.queue_owners()
        today = today_sections(cf, self.session.now(), policy=policy, owners=owners,
                               first_page=TODAY_PAGE,
                               to_call=False)  # read when the list reaches it (below)
        fmt = self.session.formatter
        current = self.current_customer_id() if self.today_model.rowCount() else None
        heads = {s: [r for r in today.head if r.section is s] for s in Section}
        heads[Section.TO_CALL] = today.to_call

        def pages(read: Any) -> Any:
            def fetch(offset: int) -> list[Any]:
                rows, _total = read(cf, today.plan, offset, TODAY_PAGE)
                return list(rows)
            return fetch

        def load_to_call() -> tuple[int, list[Any]]:
            rows, total = to_call_page(cf, today.plan, 0, TODAY_PAGE)
            return total, list(rows)

        self.today_model.set_queue(
            [(s.value, today.counts[s], heads[s]) for s in Section],
            format_row=self._today_cells,
            title=lambda section: translate("MainWindow", SECTION_TITLES[section]),
            fetches={Section.CALL_BACK.value: pages(call_back_page),
                     Section.TO_CALL.value: pages(to_call_page)},
            complete=lambda rows: complete_rows(cf, today.plan, rows),
            loads={Section.TO_CALL.value: load_to_call},
        )
        self.today_title.setText(
            QCoreApplication.translate("MainWindow", "<h3>Aujourd'hui, {date}</h3>").format(
                date=fmt.long_date(self.session.today())))
        if not self.today_model.rowCount():  # every section empty (« to call » read if reached)
            self.today_title.setText(
                self.today_title.text()
                + QCoreApplication.translate(
                    "MainWindow",
                    "<p>Rien à faire pour l'instant : aucune facture échue à relancer.</p>",
                )
            )
        index = self.today_model.index_of(current) if current is not None else None
        if index is None or not index.isValid():
            index = next((self.today_model.index(pos, 0)
                          for pos in range(self.today_model.rowCount())
                          if not self.today_model.is_header(pos)), None)
        if index is not None:
            self.today_view.setCurrentIndex(index)

    def queue_owners(self) -> Any:
        """Team mode: my customers and the pool, or the whole team's (one click)."""
        from relance_desktop.services import assignment
        from relance_desktop.views.team_assign import is_team

        team = is_team(self.cf)
        self.next_button.setVisible(team)
        self.whole_team.setVisible(team)
        return assignment.queue_owners(self.cf, whole_team=self.whole_team.isChecked())

    def next_customer(self) -> None:
        """« Client suivant »: the next customer to call, reserved for me, its call sheet open."""
        if self.cf is None:
            return
        from relance_desktop.services import claims, team_roles
        from relance_desktop.services.queue import QueuePolicy
        from relance_desktop.views.claim_watch import holder_name

        if not team_roles.can(self.cf, team_roles.Ability.WRITE):
            return
        row = claims.next_customer(
            self.cf, holder_name(self.session, self.cf), self.session.now(),
            me=team_roles.current_user_id(self.cf),
            policy=QueuePolicy(calls=call_policy(self.session.settings)),
            skip=list(self.call_sheets))
        if row is None:
            QMessageBox.information(self, translate("MainWindow", "Client suivant"), translate(
                "MainWindow", "Personne à appeler pour l'instant : tous les clients de la liste "
                "sont déjà appelés aujourd'hui ou en ligne avec un collègue."))
            return
        self.open_call_sheet(row.customer_id)

    @property
    def today_rows(self) -> list[Any]:
        """The queue's rows read so far (the first sections whole, « to call » as scrolled)."""
        return self.today_model.items()

    def _today_cells(self, r: Any) -> Cells:
        """Who, how much, why, when reachable, last contact: one entry of the work list."""
        fmt = self.session.formatter
        state = ""
        if r.hours_state in HOURS_STATES:
            state = QCoreApplication.translate("MainWindow", HOURS_STATES[r.hours_state])
        if r.hours_state != "open" and r.next_open is not None:
            if r.next_open.date() == self.session.today():
                state = translate("MainWindow", "{state}, dès {time}").format(
                    state=state, time=fmt.time(r.next_open.time()))
            else:
                state = translate("MainWindow", "{state}, dès le {when}").format(
                    state=state, when=fmt.datetime(r.next_open))
        if r.call_hours:  # as Relance reads them, in the interface's language
            typed = self.session.message_text(readable_hours(r.call_hours))
            hours = f"{typed} — {state}" if state else typed
        else:
            hours = state
        if r.written_only:
            hours = translate("MainWindow", "par écrit uniquement")
        last = translate("MainWindow", "jamais appelé")
        if r.last_call_at is not None:
            last = translate("MainWindow", "{when} ({outcome}), {who}").format(
                when=fmt.datetime(r.last_call_at),
                outcome=labels.label(labels.OUTCOMES, r.last_outcome),
                who=r.last_call_by or "—",
            )
        who = r.customer
        if r.phone:
            who = f"{r.customer}  ·  {fmt.phone(r.phone)}"
        return Cells(who, self.amounts_text(r.due) if r.due else "",
                     self.session.message_text(r.reason), hours, last,
                     muted=r.hours_state == "closed")

    def call_list_pdf(self) -> bytes:
        """Today's calls on paper (in the interface's language)."""
        assert self.cf is not None
        from relance_desktop.reports.render import render
        from relance_desktop.services import printables
        from relance_desktop.services.queue import today_queue

        policy = QueuePolicy(calls=call_policy(self.session.settings))
        rows = today_queue(self.cf, self.session.now(), policy=policy,  # all of them, on paper
                           owners=self.queue_owners())

        spec = printables.call_list(
            self.cf,
            rows,
            language=str(self.session.settings.get("ui_language")),
            fmt=self.session.formatter,
            render=self.session.message_text,
            today=self.session.today(),
            section_titles={k: translate("MainWindow", v) for k, v in SECTION_TITLES.items()},
            outcome_label=lambda code: labels.label(labels.OUTCOMES, code),
        )
        return render(spec)

    def print_call_list(self) -> None:
        if self.cf is None:
            return
        from relance_desktop.views.printing import print_pdf

        self.reload_today()
        title = translate("MainWindow", "Appels du {date}").format(
            date=self.session.formatter.long_date(self.session.today()))
        said = print_pdf(self, self.call_list_pdf(),
                         f"appels-{self.session.today().isoformat()}.pdf", title)
        if said:
            self.statusBar().showMessage(said, 20_000)

    def _today_activated(self, index: QModelIndex) -> None:
        row = self.today_model.row(index)
        if row is None:
            return
        if row.id is None:
            return  # a section's title
        if row.item.written_only:
            self.open_customer(row.id)
            return
        self.open_call_sheet(row.id)

    def call_selected_customer(self) -> None:
        customer_id = self.current_customer_id()
        if customer_id is None:
            QMessageBox.information(
                self,
                translate("MainWindow", "Appel"),
                translate("MainWindow", "Choisissez d'abord un client dans la liste."),
            )
            return
        self.open_call_sheet(customer_id)
