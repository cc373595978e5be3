"""Paper for calls made away from the screen: today's call list and one customer's call sheet.

Both are in the user's language (they are for the caller, not the customer) and use the same
drawing code as the letters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from relance_desktop.domain.calls.hours import readable as readable_hours
from relance_desktop.domain.messages import Message
from relance_desktop.formatting import Formatter
from relance_desktop.reports import model as m
from relance_desktop.services import templates
from relance_desktop.services.callsheet import CallFacts
from relance_desktop.services.queue import QueueRow
from relance_desktop.store.models import Company
from relance_desktop.store.session import CompanySession, in_session

Render = Callable[[Message], str]  # a service sentence in the user's language


def _letterhead(company: Company | None) -> m.Letterhead:
    if company is None:
        return m.Letterhead(name="")
    return m.Letterhead(name=company.name, address_lines=tuple(
        x for x in (company.street, f"{company.postcode} {company.city}".strip()) if x))


@in_session
def call_list(cf: CompanySession, rows: Sequence[QueueRow], *, language: str, fmt: Formatter,
              render: Render, today: date, section_titles: dict[str, str],
              outcome_label: Callable[[str], str]) -> m.DocumentSpec:
    """Today's calls, in the queue's order: who, why, phones, amount, last outcome."""
    texts = templates.letter_templates_for(cf, language)
    label = {k: texts[f"label.calllist.{k}"] for k in (
        "title", "phone", "amount", "last_outcome", "reason")}
    body = []
    for row in rows:
        due = " + ".join(fmt.money(c, cur) for cur, c in sorted(row.due.items()))
        last = ""
        if row.last_call_at is not None:
            last = f"{fmt.datetime(row.last_call_at)} — {outcome_label(row.last_outcome)}"
        hours = f"\n{render(readable_hours(row.call_hours))}" if row.call_hours else ""
        body.append((section_titles.get(row.section, row.section), row.customer + hours,
                     render(row.reason), fmt.phone(row.phone) if row.phone else "", due, last,
                     "☐"))
    # Widths from the content: an amount keeps its one-line width (never « 4\n366,47 € »).
    table = m.Table(("", texts["label.cf.customer"], label["reason"], label["phone"],
                     label["amount"], label["last_outcome"], "✓"), tuple(body),
                    frozenset({4}))
    title = f"{label['title']} — {fmt.long_date(today)}"
    company = Company.select().first()
    return m.DocumentSpec(title=title, letterhead=_letterhead(company), blocks=(table,),
                          page_label=texts["label.page"], landscape=True,
                          author=company.name if company else "")


@in_session
def call_sheet(cf: CompanySession, facts: CallFacts, *, language: str, fmt: Formatter,
               render: Render, script_steps: Sequence[tuple[str, str]], notes_title: str,
               objective: str, now: datetime,
               days_text: Callable[[int], str] = str) -> m.DocumentSpec:
    """One customer's call sheet on paper: checklist, invoices, script, room for notes.
    ``days_text`` says the days overdue (late) or until the due date (zero or negative)."""
    texts = templates.letter_templates_for(cf, language)
    blocks: list[m.Block] = [m.Heading(facts.name)]
    people = [f"{c.name}{', ' + c.function if c.function else ''} — "
              f"{' / '.join(fmt.phone(p, facts.country) for p in (c.phone, c.mobile) if p)}"
              for c in facts.contacts]
    if facts.phone:
        people.append(fmt.phone(facts.phone, facts.country))
    if people:
        blocks.append(m.Paragraph("\n".join(people)))
    blocks.append(m.Paragraph(objective, bold=True))
    checklist = tuple(("☐", render(item.title), render(item.detail) if item.detail else "")
                      for item in facts.checklist)
    blocks.append(m.Table(("", "", ""), checklist, widths=(0.4, 4, 8)))
    rows = tuple((i.number, fmt.date(i.issue_date), fmt.date(i.due_date), days_text(i.days_overdue),
                  fmt.money(i.due_cents, i.currency),
                  "" if i.charges_cents is None else fmt.money(i.charges_cents, i.currency))
                 for i in facts.invoices)
    blocks.append(m.Table((texts["label.invoice"], texts["label.issue_date"],
                           texts["label.due_date"], texts["label.days_late"],
                           texts["label.still_due"], texts["label.interest"]), rows,
                          frozenset({3, 4, 5})))
    for title, text in script_steps:
        blocks.append(m.Heading(title, level=2))
        blocks.append(m.Paragraph(text))
    blocks.append(m.Heading(notes_title, level=2))
    blocks.append(m.Paragraph("\n" + "_" * 90 + "\n" + "\n\n".join(["_" * 90] * 8), small=True))
    company = Company.select().first()
    when = f"{fmt.long_date(now.date())}, {fmt.time(now.time())}"  # the weekday too
    title = f"{texts['label.callsheet.title']} — {facts.name} — {when}"
    return m.DocumentSpec(title=title, letterhead=_letterhead(company), blocks=tuple(blocks),
                          page_label=texts["label.page"], author=company.name if company else "")
