"""The customer profile, the scenario rules and the scenario file's messages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from relance_desktop.domain.dunning import (
    Assignment,
    Behaviour,
    CustomerFacts,
    DisputeFacts,
    InvoiceFacts,
    PromiseFacts,
    Rule,
    choose_scenario,
    compute_profile,
)
from relance_desktop.domain.dunning.shipped import ScenarioFileError, parse_scenarios
from relance_desktop.services.dunning import shipped_scenarios

DUE = date(2025, 3, 1)


def paid(n: int, days_late: int, amount: int = 10_000) -> InvoiceFacts:
    return InvoiceFacts(n, f"F{n}", DUE, amount, 0, DUE + timedelta(days=days_late))


def customer(*invoices: InvoiceFacts, **kwargs: object) -> CustomerFacts:
    return CustomerFacts(1, "C", "business", "FR", tuple(invoices), **kwargs)  # type: ignore[arg-type]


def test_loyal_customer_late_once() -> None:
    profile = compute_profile(customer(paid(1, 0), paid(2, 3), paid(3, 20), paid(4, -2)))
    assert profile.behaviour is Behaviour.LOYAL_LATE_ONCE
    assert (profile.paid_count, profile.late_count, profile.average_days_late) == (4, 1, 6)


def test_three_days_late_is_still_on_time() -> None:
    assert compute_profile(customer(paid(1, 3), paid(2, 3))).behaviour is Behaviour.PUNCTUAL


def test_chronic_late_payer() -> None:
    profile = compute_profile(customer(paid(1, 4), paid(2, 30), paid(3, 45), paid(4, 0)))
    assert profile.behaviour is Behaviour.CHRONIC


def test_two_broken_promises_make_a_chronic_payer() -> None:
    promises = (PromiseFacts(DUE, "broken"), PromiseFacts(DUE, "partial"))
    profile = compute_profile(customer(paid(1, 0), promises=promises))
    assert (profile.behaviour, profile.promises_broken) == (Behaviour.CHRONIC, 2)


def test_open_dispute_and_new_customer() -> None:
    unpaid = InvoiceFacts(1, "F1", DUE, 100, 100)
    assert compute_profile(customer(unpaid)).behaviour is Behaviour.NEW
    disputed = customer(unpaid, disputes=(DisputeFacts(DUE),))
    assert compute_profile(disputed).behaviour is Behaviour.DISPUTING


def test_rules_in_order_then_default_and_the_customer_choice_first() -> None:
    scenarios, _ = shipped_scenarios()
    assignment = Assignment((
        Rule("fr-consumer", tags=frozenset({"vip"})),
        Rule("be-business", min_cents=100_000, max_cents=500_000),
        Rule("be-consumer", behaviours=frozenset({Behaviour.CHRONIC})),
    ), "fr-business")

    def pick(c: CustomerFacts) -> str:
        chosen = choose_scenario(c, compute_profile(c), assignment, scenarios)
        assert chosen is not None
        return chosen.key

    owing = InvoiceFacts(9, "F9", DUE, 100_000, 100_000)
    assert pick(customer(owing, tags=frozenset({"vip", "btp"}))) == "fr-consumer"
    assert pick(customer(owing)) == "be-business"  # €1,000 is in [€1,000, €5,000)
    assert pick(customer(InvoiceFacts(9, "F9", DUE, 99_999, 99_999))) == "fr-business"
    assert pick(customer(paid(1, 9), paid(2, 9), paid(3, 9))) == "be-consumer"
    assert pick(customer(owing, scenario_choice="fr-consumer")) == "fr-consumer"


def test_every_shipped_step_names_what_it_is_for() -> None:
    scenarios, assignment = shipped_scenarios()
    assert sorted(scenarios) == ["be-business", "be-consumer", "fr-business", "fr-consumer"]
    for scenario in scenarios.values():
        assert scenario.legal_note
        assert all(step.note for step in scenario.steps)
        assert [s.automatic for s in scenario.steps].count(True) == 1  # the courtesy e-mail
    # French consumers: nothing claims the €40 indemnity (CPCE L111-8)
    assert not any("D441_5" in s.rule for s in scenarios["fr-consumer"].steps)
    assert assignment.default == "fr-business"


@pytest.mark.parametrize("step,message", [
    ({"position": 1, "channel": "fax", "offset_days": 1}, "fax"),
    ({"position": 1, "channel": "call", "offset_days": "5"}, "« offset_days »"),
    ({"position": 1, "channel": "call", "offset_days": 5, "automatic": True}, "courtesy"),
    ({"position": 1, "channel": "call", "offset_days": 5, "colour": "red"}, "colour"),
])
def test_a_wrong_step_names_the_file_scenario_and_step(step: dict[str, object],
                                                       message: str) -> None:
    data = {"format": 1, "scenarios": [{"key": "mine", "steps": [step]}],
            "assignment": {"rules": [], "default": "mine"}}
    with pytest.raises(ScenarioFileError) as error:
        parse_scenarios(data, "scenarios.json")
    assert "scenarios.json, scenario 1 (mine), step 1" in str(error.value)
    assert message in str(error.value)
