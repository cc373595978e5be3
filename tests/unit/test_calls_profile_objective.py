"""Who we are calling (tone, audience) and what the call should obtain."""

from __future__ import annotations

import pytest

from relance_desktop.domain.calls.codes import Audience, ObjectiveKind, Tone
from relance_desktop.domain.calls.objective import propose_objective
from relance_desktop.domain.calls.profile import PayerHistory, audience, payer_tone


def history(settled: int = 10, late: int = 1, broken: int = 0, kept: int = 0,
            overdue: int = 1) -> PayerHistory:
    return PayerHistory(settled, late, broken, kept, overdue)


@pytest.mark.parametrize(
    ("h", "tone"),
    [
        (history(), Tone.LOYAL),  # usually on time, late once
        (history(broken=2, kept=5), Tone.CHRONIC),  # repeated broken promises
        (history(settled=6, late=3), Tone.CHRONIC),  # half paid late
        (history(settled=2, late=2), Tone.STANDARD),  # too little history to judge
        (history(settled=10, late=3), Tone.STANDARD),  # mixed record
        (history(broken=1), Tone.STANDARD),
        (history(overdue=3), Tone.STANDARD),  # several invoices overdue now: not « late once »
        (PayerHistory(0, 0, 0, 0, 0), Tone.STANDARD),
    ],
)
def test_payer_tone(h: PayerHistory, tone: Tone) -> None:
    assert payer_tone(h) is tone


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("consumer", Audience.CONSUMER), ("sole_trader", Audience.SMALL),
     ("business", Audience.BUSINESS), ("public_body", Audience.BUSINESS)],
)
def test_audience_from_customer_kind(kind: str, expected: Audience) -> None:
    assert audience(kind) is expected


def objective(cents: int, *, disputed: bool = False, tone: Tone = Tone.STANDARD,
              broken: int = 0) -> tuple[ObjectiveKind, str]:
    found = propose_objective(due_cents=cents, currency="EUR", disputed=disputed, tone=tone,
                              broken_promises=broken)
    return found.kind, found.text.render()


def test_small_undisputed_debt_is_paid_now() -> None:
    assert objective(480_00) == (
        ObjectiveKind.PAY_NOW, "Obtenir le paiement des 480.00 EUR aujourd'hui ou demain")


def test_disputed_debt_gets_an_action_plan_whatever_its_size() -> None:
    assert objective(120_00, disputed=True)[0] is ObjectiveKind.ACTION_PLAN
    assert objective(9000_00, disputed=True)[0] is ObjectiveKind.ACTION_PLAN


def test_large_debt_gets_a_firm_date_or_a_schedule() -> None:
    kind, text = objective(8000_00)
    assert kind is ObjectiveKind.PLAN
    assert "date ferme" in text and "échéancier" in text


def test_repeated_broken_promises_get_a_short_precise_commitment() -> None:
    kind, text = objective(1500_00, broken=2)
    assert kind is ObjectiveKind.FIRM_DATE
    assert text.startswith("Obtenir un engagement court et précis")
    kind, text = objective(8000_00, tone=Tone.CHRONIC)
    assert kind is ObjectiveKind.FIRM_DATE and "premier versement" in text
    # A small debt is still asked for at once.
    assert objective(300_00, broken=3)[0] is ObjectiveKind.PAY_NOW


def test_medium_debt_firm_date_or_understand_a_loyal_payer() -> None:
    assert objective(1500_00)[0] is ObjectiveKind.FIRM_DATE
    assert objective(1500_00, tone=Tone.LOYAL)[0] is ObjectiveKind.UNDERSTAND
