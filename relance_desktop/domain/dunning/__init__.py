"""The dunning engine: scenarios of steps, which scenario for whom, a customer's payment
profile, and each morning the one next action per customer. Pure Python (no Qt, no database).

- :mod:`.model`: :class:`Scenario` / :class:`Step`, the facts the engine reads
  (:class:`CustomerFacts` and its parts) and what it says (:class:`Proposal`, :class:`SkippedStep`).
- :mod:`.assign`: :class:`Rule`, :class:`Assignment`, :func:`choose_scenario`.
- :mod:`.profile`: :func:`compute_profile` (« loyal, late once » vs « chronic »).
- :mod:`.calendar`: :class:`SendCalendar` (weekends, public holidays, send window).
- :mod:`.engine`: :func:`propose` for one customer, :func:`plan_day` for a book; the rules are
  in that module's docstring.
- :mod:`.forecast`: :func:`forecast`, the proposals of the coming days (see ahead), and
  :func:`book_forecast`, those of a whole book (the calendar).
- :mod:`.quiet`: :func:`~.quiet.quiet_until`, the first day on which a customer with nothing
  proposed today could get something, if the facts do not change (what the service keeps per
  customer so that a morning reads only the customers whose day has come).
- :mod:`.shipped`: reading scenario files (the four shipped are in ``resources/dunning``).
"""

from relance_desktop.domain.dunning.assign import Assignment, Rule, choose_scenario
from relance_desktop.domain.dunning.calendar import SendCalendar
from relance_desktop.domain.dunning.engine import (
    DEFAULT_MIN_GAP_DAYS,
    THANKS_VALID_DAYS,
    account_held,
    be_charges_from,
    chaseable,
    offsets_from_due,
    plan_day,
    propose,
)
from relance_desktop.domain.dunning.forecast import book_forecast, carried_out, forecast
from relance_desktop.domain.dunning.model import (
    Anchor,
    Channel,
    CustomerFacts,
    DisputeFacts,
    HistoryEntry,
    InvoiceFacts,
    LetterKind,
    Outcome,
    PaymentFacts,
    PlanFacts,
    PromiseFacts,
    Proposal,
    Scenario,
    SkippedStep,
    Step,
    Stop,
)
from relance_desktop.domain.dunning.profile import (
    Behaviour,
    CustomerProfile,
    compute_profile,
    profile_from_counts,
)

__all__ = [
    "DEFAULT_MIN_GAP_DAYS",
    "THANKS_VALID_DAYS",
    "Anchor",
    "Assignment",
    "Behaviour",
    "Channel",
    "CustomerFacts",
    "CustomerProfile",
    "DisputeFacts",
    "HistoryEntry",
    "InvoiceFacts",
    "LetterKind",
    "Outcome",
    "PaymentFacts",
    "PlanFacts",
    "PromiseFacts",
    "Proposal",
    "Rule",
    "Scenario",
    "SendCalendar",
    "SkippedStep",
    "Step",
    "Stop",
    "account_held",
    "be_charges_from",
    "book_forecast",
    "carried_out",
    "chaseable",
    "choose_scenario",
    "compute_profile",
    "forecast",
    "offsets_from_due",
    "plan_day",
    "profile_from_counts",
    "propose",
]
