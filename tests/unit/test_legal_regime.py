"""One law per debt (LEGAL-NOTES §12) and interest claimed without a figure when a rate is not
published yet (never a guessed rate)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from relance_desktop.domain.legal import Claim, RateTable, RateUnknown, assess, choose_regime
from relance_desktop.domain.legal.model import DebtorKind, Options, RateMode
from relance_desktop.domain.legal.rates import HalfYear


@pytest.mark.parametrize(("creditor", "debtor", "kind", "chosen", "law", "reason"), [
    ("FR", "FR", "business", "", "FR", "b2b_creditor_country"),
    ("FR", "BE", "business", "", "FR", "b2b_creditor_country"),
    ("BE", "FR", "business", "", "BE", "b2b_creditor_country"),
    ("BE", "BE", "business", "", "BE", "b2b_creditor_country"),
    ("FR", "BE", "business", "BE", "BE", "b2b_contract_law"),
    ("FR", "FR", "consumer", "", "FR", "consumer_residence"),
    ("FR", "BE", "consumer", "", "BE", "consumer_residence"),
    ("BE", "FR", "consumer", "", "FR", "consumer_residence"),
    ("BE", "BE", "consumer", "", "BE", "consumer_residence"),
    # A chosen law cannot take a consumer's protection away (Rome I art. 6(2)).
    ("FR", "BE", "consumer", "FR", "BE", "consumer_residence_over_contract"),
    ("BE", "NL", "consumer", "", "BE", "consumer_abroad"),
])
def test_the_law_follows_rome_i(creditor: str, debtor: str, kind: str, chosen: str, law: str,
                                reason: str) -> None:
    regime = choose_regime(creditor, debtor, kind, chosen)
    assert (regime.law, regime.reason) == (law, reason)
    audience = "consumer" if kind == "consumer" else "business"
    assert regime.variants == (f"{audience}_{law.lower()}", audience)


def test_a_contract_law_outside_france_and_belgium_is_refused() -> None:
    with pytest.raises(ValueError):
        choose_regime("FR", "BE", "business", "DE")


H1 = HalfYear(2026, 1)


def _table() -> RateTable:
    """Explicit test rates (not the shipped ones): 2026-S1 known, 2026-S2 not."""
    return RateTable(ecb={H1: Decimal("2")}, fr_legal_individual={H1: Decimal("6")},
                     fr_legal_other={H1: Decimal("3")}, be_b2b={H1: Decimal("10")})


def _claim(country: str, debtor: str, due: date, **kw: object) -> Claim:
    return Claim(country=country, debtor=DebtorKind(debtor), principal_cents=365_000,
                 due_date=due, assessed_on=date(2026, 12, 6), **kw)  # type: ignore[arg-type]


def test_an_unknown_rate_still_raises_by_default() -> None:
    with pytest.raises(RateUnknown):
        assess(_claim("FR", "business", date(2026, 5, 31)), _table())


def test_open_interest_is_computed_up_to_the_last_known_day_and_no_further() -> None:
    # 2026-S1: 1 June..30 June = 30 days at 12 % on 3 650,00 = 36,00; 2026-S2 unknown.
    a = assess(_claim("FR", "business", date(2026, 5, 31)), _table(), unknown_rate="open")
    assert a.interest_cents == 3_600 and a.indemnity_cents == 4_000
    assert a.interest_open_from == date(2026, 7, 1) and a.unknown_half_years == ("2026-S2",)
    assert a.total_cents == 365_000 + 3_600 + 4_000
    assert a.notice("interest_open") is not None


def test_open_interest_due_after_the_table_has_no_figure_but_keeps_the_indemnity() -> None:
    a = assess(_claim("BE", "business", date(2026, 7, 31)), _table(), unknown_rate="open")
    assert a.interest_cents == 0 and a.periods == ()
    assert a.interest_open_from == date(2026, 8, 1) and a.indemnity_cents == 4_000


def test_open_interest_with_the_rate_of_the_due_date_frozen() -> None:
    options = Options(rate_mode=RateMode.DUE_DATE)
    a = assess(_claim("FR", "business", date(2026, 7, 31)), _table(), options,
               unknown_rate="open")
    assert a.interest_cents == 0 and a.interest_open_from == date(2026, 8, 1)


def test_a_known_table_leaves_nothing_open() -> None:
    claim = Claim(country="FR", debtor=DebtorKind.BUSINESS, principal_cents=365_000,
                  due_date=date(2026, 3, 31), assessed_on=date(2026, 6, 30))
    a = assess(claim, _table(), unknown_rate="open")
    assert a.interest_open_from is None and a.interest_cents == 10_920  # 91 days at 12 %


def test_belgian_consumer_damages_do_not_wait_for_the_rate() -> None:
    a = assess(_claim("BE", "consumer", date(2026, 5, 31), reminder_sent_on=date(2026, 6, 2)),
               _table(), unknown_rate="open")
    assert a.indemnity_cents > 0 and a.indemnity_is_maximum
    assert a.interest_open_from == date(2026, 7, 1)
