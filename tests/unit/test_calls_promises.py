"""Promise follow-up: kept, partial, broken, from the payments actually received."""

from __future__ import annotations

from datetime import date

from relance_desktop.domain.calls.codes import PromiseStatus
from relance_desktop.domain.calls.promises import (
    Evaluation,
    PaymentFacts,
    PromiseFacts,
    deadline,
    evaluate,
)

CREATED = date(2026, 11, 2)


def promise(pid: int = 1, on: date = date(2026, 11, 10), cents: int = 250_00,
            invoices: frozenset[int] | None = None, created: date = CREATED) -> PromiseFacts:
    return PromiseFacts(pid, created, on, cents, 3, invoices)


def pay(on: date, cents: int, invoice: int = 7) -> PaymentFacts:
    return PaymentFacts(invoice, on, cents)


def test_deadline_is_the_promised_day_plus_the_grace_days() -> None:
    assert deadline(promise()) == date(2026, 11, 13)


def test_open_until_the_deadline_then_broken() -> None:
    p = promise()
    assert evaluate([p], [], date(2026, 11, 13)) == {1: Evaluation(PromiseStatus.OPEN, 0)}
    assert evaluate([p], [], date(2026, 11, 14)) == {1: Evaluation(PromiseStatus.BROKEN, 0)}


def test_kept_as_soon_as_paid_even_before_the_promised_day() -> None:
    result = evaluate([promise()], [pay(date(2026, 11, 5), 250_00)], date(2026, 11, 6))
    assert result[1] == Evaluation(PromiseStatus.KEPT, 250_00)


def test_paid_within_the_grace_days_is_kept() -> None:
    result = evaluate([promise()], [pay(date(2026, 11, 13), 250_00)], date(2026, 11, 20))
    assert result[1].status == PromiseStatus.KEPT


def test_partial_after_the_deadline() -> None:
    payments = [pay(date(2026, 11, 9), 100_00), pay(date(2026, 11, 14), 150_00)]  # 2nd too late
    result = evaluate([promise()], payments, date(2026, 11, 20))
    assert result[1] == Evaluation(PromiseStatus.PARTIAL, 100_00)


def test_payments_before_the_promise_was_made_do_not_count() -> None:
    result = evaluate([promise()], [pay(date(2026, 11, 1), 250_00)], date(2026, 11, 20))
    assert result[1].status == PromiseStatus.BROKEN


def test_a_payment_recorded_later_turns_broken_into_kept() -> None:
    today = date(2026, 11, 25)
    assert evaluate([promise()], [], today)[1].status == PromiseStatus.BROKEN
    late_entry = [pay(date(2026, 11, 12), 250_00)]  # made in time, typed in on the 25th
    assert evaluate([promise()], late_entry, today)[1].status == PromiseStatus.KEPT


def test_payments_go_first_come_to_promises_in_deadline_order_and_count_once() -> None:
    first = promise(1, date(2026, 11, 10), 200_00)
    second = promise(2, date(2026, 11, 20), 200_00)
    payments = [pay(date(2026, 11, 9), 300_00)]
    result = evaluate([second, first], payments, date(2026, 11, 30))
    assert result[1] == Evaluation(PromiseStatus.KEPT, 200_00)
    assert result[2] == Evaluation(PromiseStatus.PARTIAL, 100_00)


def test_a_payment_after_a_broken_promise_goes_to_the_next_one() -> None:
    first = promise(1, date(2026, 11, 5), 200_00)
    second = promise(2, date(2026, 11, 20), 200_00, created=date(2026, 11, 15))
    payments = [pay(date(2026, 11, 18), 200_00)]
    result = evaluate([first, second], payments, date(2026, 11, 30))
    assert result[1].status == PromiseStatus.BROKEN
    assert result[2] == Evaluation(PromiseStatus.KEPT, 200_00)


def test_a_promise_on_one_invoice_ignores_payments_on_others() -> None:
    p = promise(invoices=frozenset({7}))
    result = evaluate([p], [pay(date(2026, 11, 9), 250_00, invoice=8)], date(2026, 11, 20))
    assert result[1].status == PromiseStatus.BROKEN
    result = evaluate([p], [pay(date(2026, 11, 9), 250_00, invoice=7)], date(2026, 11, 20))
    assert result[1].status == PromiseStatus.KEPT
