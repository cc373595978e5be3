"""Which scenario chases which customer: the user's choice for that customer, else the first
matching rule, else the default."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from relance_desktop.domain.dunning.model import CustomerFacts, Scenario
from relance_desktop.domain.dunning.profile import Behaviour, CustomerProfile


@dataclass(frozen=True)
class Rule:
    """Every condition given must hold (None / empty: any). ``kinds``: customer kinds;
    ``tags``: all of them on the customer; amount band on what the customer owes
    (``min_cents`` included, ``max_cents`` excluded); ``behaviours``: profile categories."""

    scenario: str
    kinds: frozenset[str] = frozenset()
    country: str | None = None
    tags: frozenset[str] = frozenset()
    min_cents: int | None = None
    max_cents: int | None = None
    behaviours: frozenset[Behaviour] = frozenset()

    def matches(self, customer: CustomerFacts, owed_cents: int,
                profile: CustomerProfile | None) -> bool:
        """Whether the rule applies (a rule on behaviours never does without a profile)."""
        return ((not self.kinds or customer.kind in self.kinds)
                and (self.country is None or customer.country == self.country)
                and self.tags <= customer.tags
                and (self.min_cents is None or owed_cents >= self.min_cents)
                and (self.max_cents is None or owed_cents < self.max_cents)
                and (not self.behaviours
                     or (profile is not None and profile.behaviour in self.behaviours)))


@dataclass(frozen=True)
class Assignment:
    rules: tuple[Rule, ...]
    default: str


def choose_scenario(customer: CustomerFacts, profile: CustomerProfile | None,
                    assignment: Assignment,
                    scenarios: Mapping[str, Scenario]) -> Scenario | None:
    """The scenario for ``customer`` (None when the one named no longer exists)."""
    if customer.scenario_choice is not None:
        return scenarios.get(customer.scenario_choice)
    banded = any(r.min_cents is not None or r.max_cents is not None for r in assignment.rules)
    owed = sum(inv.due_cents for inv in customer.invoices if inv.due_cents > 0) if banded else 0
    for rule in assignment.rules:
        if rule.matches(customer, owed, profile):
            return scenarios.get(rule.scenario)
    return scenarios.get(assignment.default)
