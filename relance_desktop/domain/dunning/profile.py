"""A customer's payment behaviour, computed from history (seed 001: treat a loyal customer late
once differently from a chronic late payer). It tunes the tone of the script and can pick the
scenario (:mod:`.assign`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from relance_desktop.domain.dunning.model import CustomerFacts, Outcome

#: A payment up to this many days after the due date is not counted as late.
LATE_AFTER_DAYS = 3


class Behaviour(StrEnum):
    NEW = "new"  # nothing paid yet: no history to judge
    PUNCTUAL = "punctual"  # every invoice paid on time
    LOYAL_LATE_ONCE = "loyal_late_once"  # at least 3 paid, one of them late, no broken promise
    OCCASIONAL = "occasional"  # late now and then
    CHRONIC = "chronic"  # late on half or more (3 at least), or 2 promises broken
    DISPUTING = "disputing"  # a dispute is open


@dataclass(frozen=True)
class CustomerProfile:
    paid_count: int
    late_count: int
    average_days_late: int  # over the invoices paid, days after the due date (0 when on time)
    promises_kept: int
    promises_broken: int
    disputes: int  # ever opened
    open_disputes: int
    last_contact: date | None
    behaviour: Behaviour


def compute_profile(customer: CustomerFacts) -> CustomerProfile:
    """The profile of ``customer`` from its settled invoices, promises, disputes and contacts."""
    delays = [max(0, (inv.settled_on - inv.due_date).days) for inv in customer.invoices
              if inv.settled_on is not None]
    late = sum(d > LATE_AFTER_DAYS for d in delays)
    kept = sum(p.status == "kept" for p in customer.promises)
    broken = sum(p.status in ("broken", "partial") for p in customer.promises)
    open_disputes = sum(d.status == "open" for d in customer.disputes)
    contacts = [h.on for h in customer.history if h.outcome is Outcome.DONE]
    if customer.last_contact is not None:
        contacts.append(customer.last_contact)
    return profile_from_counts(len(delays), late, sum(delays), kept, broken,
                               len(customer.disputes), open_disputes,
                               max(contacts) if contacts else None)


def profile_from_counts(paid: int, late: int, days_late_total: int, kept: int, broken: int,
                        disputes: int, open_disputes: int, last_contact: date | None
                        ) -> CustomerProfile:
    """The profile from counts already made (a service counts them in SQL over a whole book):
    invoices paid, paid late (more than :data:`LATE_AFTER_DAYS`), the sum of their days late
    (0 for each paid on time), promises kept and broken, disputes ever and still open."""
    return CustomerProfile(
        paid_count=paid,
        late_count=late,
        average_days_late=round(days_late_total / paid) if paid else 0,
        promises_kept=kept,
        promises_broken=broken,
        disputes=disputes,
        open_disputes=open_disputes,
        last_contact=last_contact,
        behaviour=_behaviour(paid, late, broken, open_disputes),
    )


def _behaviour(paid: int, late: int, broken: int, open_disputes: int) -> Behaviour:
    if open_disputes:
        return Behaviour.DISPUTING
    if broken >= 2 or (late >= 3 and 2 * late >= paid):
        return Behaviour.CHRONIC
    if paid == 0:
        return Behaviour.NEW
    if late == 0:
        return Behaviour.PUNCTUAL
    if late == 1 and paid >= 3 and broken == 0:
        return Behaviour.LOYAL_LATE_ONCE
    return Behaviour.OCCASIONAL
