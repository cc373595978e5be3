"""The lists read a page at a time (services.lists), on explicit data: which invoices are open,
every order both ways and across page boundaries, aging buckets at their edges, search without
case or accents, totals per bucket and per currency, the customer list. Both engines."""

from __future__ import annotations

import threading
import time as clock
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

import pytest

from relance_desktop.domain.aging import Bucket, bucket_for
from relance_desktop.domain.text import search_key
from relance_desktop.services import list_groups, lists
from relance_desktop.services.lists import InvoiceFilter, InvoiceOrder
from relance_desktop.store.models import Customer, Dispute, Interaction, Invoice, Payment, Task
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY


@dataclass
class Data:
    customers: dict[str, int]
    invoices: dict[str, int]  # number → id
    open_numbers: set[str]


# name, city, phone
CUSTOMERS = (
    ("Łukasz Nowak", "Lyon", "+33478000001"),
    ("Garage MÜLLER", "Liège", "+3242000002"),
    ("école Sainte-Anne", "Paris", "+33140000003"),
    ("Zeta_100% SARL", "Nantes", "+33240000004"),
)
# number, customer, days overdue (today − due date), amount, paid, state, currency
INVOICES = (
    ("F2026-001", "Łukasz Nowak", 0, 1_234_50, 0, "open", "EUR"),  # due today: not due
    ("F2026-002", "Łukasz Nowak", 1, 500_00, 100_00, "open", "EUR"),  # partly paid
    ("F2026-003", "Garage MÜLLER", 30, 99_99, 0, "open", "EUR"),
    ("F2026-004", "Garage MÜLLER", 31, 12_345_67, 0, "open", "EUR"),
    ("F2026-005", "école Sainte-Anne", 60, 250_00, 0, "open", "USD"),
    ("F2026-006", "école Sainte-Anne", 61, 75_00, 0, "open", "EUR"),
    ("F2026-007", "Zeta_100% SARL", 90, 1_000_00, 0, "open", "EUR"),
    ("F2026-008", "Zeta_100% SARL", 91, 2_000_00, 0, "open", "EUR"),
    ("F2026-009", "Garage MÜLLER", 400, 3_000_00, 0, "open", "EUR"),
    ("F2026-010", "Garage MÜLLER", -20, 40_00, 0, "open", "EUR"),  # due in 20 days
    ("F2026-011", "Łukasz Nowak", 45, 800_00, 800_00, "open", "EUR"),  # paid: not listed
    ("F2026-012", "Łukasz Nowak", 45, 900_00, 0, "cancelled", "EUR"),  # not listed
    ("AVOIR-ÉTÉ-1", "école Sainte-Anne", 10, 60_00, 0, "open", "EUR"),  # a number with accents
)


@pytest.fixture
def data(cf: CompanySession) -> Data:
    customers = {}
    for name, city, phone in CUSTOMERS:
        customers[name] = Customer.create(name=name, city=city, phone=phone).id
    invoices: dict[str, int] = {}
    open_numbers = set()
    for number, customer, days, amount, paid, state, currency in INVOICES:
        due = TODAY - timedelta(days=days)
        invoice = Invoice.create(customer=customers[customer], number=number,
                                 issue_date=due - timedelta(days=30), due_date=due,
                                 amount_cents=amount, currency=currency, state=state)
        invoices[number] = invoice.id
        if paid:
            Payment.create(invoice=invoice.id, paid_on=TODAY, amount_cents=paid)
        if state == "open" and paid < amount:
            open_numbers.add(number)
    assert lists.fill_search_keys(cf) == 0  # the model folds the names it saves
    return Data(customers, invoices, open_numbers)


def _all(cf: CompanySession, flt: InvoiceFilter, order: InvoiceOrder = InvoiceOrder.DAYS,
         descending: bool = False, page: int = 3) -> list[Any]:
    """Every row, read in pages of ``page`` rows."""
    rows: list[Any] = []
    while True:
        more = lists.invoice_page(cf, flt, order, descending, len(rows), page)
        rows += more
        if len(more) < page:
            return rows


def _numbers(rows: list[Any]) -> list[str]:
    return [r.number for r in rows]


def test_the_list_is_exactly_the_open_invoices(cf: CompanySession, data: Data) -> None:
    rows = _all(cf, InvoiceFilter(TODAY))
    assert set(_numbers(rows)) == data.open_numbers
    assert len(rows) == len(data.open_numbers)  # no row twice across pages
    by_number = {r.number: r for r in rows}
    partly = by_number["F2026-002"]
    assert (partly.amount_cents, partly.paid_cents, partly.due_cents) == (500_00, 100_00, 400_00)
    assert partly.status == "partly_paid" and partly.days_overdue == 1
    assert by_number["F2026-001"].status == "not_due"
    assert by_number["F2026-005"].currency == "USD"
    for r in rows:
        assert r.bucket is bucket_for(r.days_overdue)
        assert r.days_overdue == (TODAY - r.due_date).days


def _key(order: InvoiceOrder, row: Any) -> Any:
    return {
        InvoiceOrder.CUSTOMER: (search_key(row.customer), row.due_date),
        InvoiceOrder.NUMBER: row.number,
        InvoiceOrder.ISSUED: row.issue_date,
        InvoiceOrder.DUE: row.due_date,
        InvoiceOrder.DAYS: row.days_overdue,
        InvoiceOrder.AMOUNT: row.amount_cents,
        InvoiceOrder.STILL_DUE: row.due_cents,
    }[order]


@pytest.mark.parametrize("order", [o for o in InvoiceOrder if o not in (
    InvoiceOrder.LAST_ACTION, InvoiceOrder.NEXT_STEP, InvoiceOrder.STATUS)])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("page", [1, 2, 5, 100])
def test_orders_both_ways_across_pages(cf: CompanySession, data: Data, order: InvoiceOrder,
                                       descending: bool, page: int) -> None:
    rows = _all(cf, InvoiceFilter(TODAY), order, descending, page)
    assert len(rows) == len(set(_numbers(rows))) == len(data.open_numbers)
    keys = [_key(order, r) for r in rows]
    assert keys == sorted(keys, reverse=descending)


def test_number_order_is_the_numbers_order(cf: CompanySession, data: Data) -> None:
    assert _numbers(_all(cf, InvoiceFilter(TODAY), InvoiceOrder.NUMBER)) == sorted(
        data.open_numbers)


def test_paging_boundaries(cf: CompanySession, data: Data) -> None:
    flt = InvoiceFilter(TODAY)
    everything = lists.invoice_page(cf, flt, InvoiceOrder.DUE, False, 0, 1000)
    n = len(everything)
    assert lists.invoice_page(cf, flt, InvoiceOrder.DUE, False, n - 1, 5) == everything[-1:]
    assert lists.invoice_page(cf, flt, InvoiceOrder.DUE, False, n, 5) == []
    assert lists.invoice_page(cf, flt, InvoiceOrder.DUE, False, n + 100, 5) == []
    assert lists.invoice_page(cf, flt, InvoiceOrder.DUE, False, 2, 3) == everything[2:5]
    assert lists.invoice_page(cf, flt, InvoiceOrder.DUE, False, 0, 0) == []


def test_follow_up_orders_and_columns(cf: CompanySession, data: Data) -> None:
    garage, zeta = data.customers["Garage MÜLLER"], data.customers["Zeta_100% SARL"]
    Interaction.create(customer=garage, kind="call", occurred_at=datetime.combine(TODAY, time(9)),
                       outcome="reached")
    Interaction.create(customer=zeta, kind="call", outcome="no_answer",
                       occurred_at=datetime.combine(TODAY - timedelta(days=3), time(10)))
    Task.create(customer=zeta, kind="call_back",
                due_at=datetime.combine(TODAY + timedelta(days=2), time(10)))
    Dispute.create(customer=garage, invoice=data.invoices["F2026-003"], opened_on=TODAY,
                   reason="Livraison incomplète")
    rows = _all(cf, InvoiceFilter(TODAY), InvoiceOrder.LAST_ACTION)
    seen = [r.last_action_at for r in rows]
    firsts = [r for r in rows if r.last_action_at is None]
    assert seen[: len(firsts)] == [None] * len(firsts)  # never acted on first
    assert [r.customer_id for r in rows[len(firsts):]] == sorted(
        (r.customer_id for r in rows[len(firsts):]), key=lambda c: c != zeta)
    by_number = {r.number: r for r in rows}
    assert by_number["F2026-007"].last_action_outcome == "no_answer"
    assert by_number["F2026-007"].next_step_kind == "call_back"
    assert by_number["F2026-003"].status == "disputed"
    steps = _all(cf, InvoiceFilter(TODAY), InvoiceOrder.NEXT_STEP)
    assert {r.customer_id for r in steps[:2]} == {zeta}  # planned first, nothing planned last
    statuses = _all(cf, InvoiceFilter(TODAY), InvoiceOrder.STATUS)
    rank = {"promised": 0, "disputed": 1, "not_due": 2, "partly_paid": 3, "overdue": 4}
    assert [rank[r.status] for r in statuses] == sorted(rank[r.status] for r in statuses)


@pytest.mark.parametrize(("buckets", "numbers"), [
    ({Bucket.NOT_DUE}, {"F2026-001", "F2026-010"}),
    ({Bucket.D1_30}, {"F2026-002", "F2026-003", "AVOIR-ÉTÉ-1"}),
    ({Bucket.D31_60}, {"F2026-004", "F2026-005"}),
    ({Bucket.D61_90}, {"F2026-006", "F2026-007"}),
    ({Bucket.OVER_90}, {"F2026-008", "F2026-009"}),
    ({Bucket.D1_30, Bucket.D31_60, Bucket.D61_90, Bucket.OVER_90},
     {"F2026-002", "F2026-003", "AVOIR-ÉTÉ-1", "F2026-004", "F2026-005", "F2026-006",
      "F2026-007", "F2026-008", "F2026-009"}),
    ({Bucket.NOT_DUE, Bucket.OVER_90}, {"F2026-001", "F2026-010", "F2026-008", "F2026-009"}),
    (set(), set()),
])
def test_buckets_at_their_edges(cf: CompanySession, data: Data, buckets: set[Bucket],
                                numbers: set[str]) -> None:
    flt = InvoiceFilter(TODAY, frozenset(buckets))
    assert set(_numbers(_all(cf, flt))) == numbers
    assert lists.invoice_totals(cf, flt).count == len(numbers)


@pytest.mark.parametrize(("typed", "numbers"), [
    (("lukasz",), {"F2026-001", "F2026-002"}),
    (("LUKASZ",), {"F2026-001", "F2026-002"}),
    (("łukasz", "nowak"), {"F2026-001", "F2026-002"}),
    (("muller",), {"F2026-003", "F2026-004", "F2026-009", "F2026-010"}),
    (("ecole",), {"F2026-005", "F2026-006", "AVOIR-ÉTÉ-1"}),
    (("École",), {"F2026-005", "F2026-006", "AVOIR-ÉTÉ-1"}),
    (("f2026-00",), {"F2026-001", "F2026-002", "F2026-003", "F2026-004", "F2026-005",
                     "F2026-006", "F2026-007", "F2026-008", "F2026-009"}),
    (("2026-010",), {"F2026-010"}),
    (("avoir",), {"AVOIR-ÉTÉ-1"}),
    (("1234.50",), {"F2026-001"}),
    (("1234",), {"F2026-001", "F2026-004"}),  # 1234.50 and 12345.67
    (("400.00",), {"F2026-002"}),  # still due
    (("100%",), {"F2026-007", "F2026-008"}),  # « % » is a character, not a wildcard
    (("zeta_",), {"F2026-007", "F2026-008"}),
    (("z_ta",), set()),  # « _ » is a character too (as a wildcard it would find « zeta »)
    (("garage", "2026-003"), {"F2026-003"}),  # every word must match
    (("nothing-like-it",), set()),
])
def test_search_ignores_case_and_accents(cf: CompanySession, data: Data,
                                         typed: tuple[str, ...], numbers: set[str]) -> None:
    words = tuple(search_key(w) for w in typed)
    flt = InvoiceFilter(TODAY, words=words)
    assert set(_numbers(_all(cf, flt))) == numbers
    assert lists.invoice_totals(cf, flt).count == len(numbers)


def test_keys_follow_every_way_of_writing_a_customer(cf: CompanySession, data: Data) -> None:
    def found(*words: str) -> set[str]:
        return set(_numbers(_all(cf, InvoiceFilter(TODAY, words=words))))

    customer = Customer.get_by_id(data.customers["Zeta_100% SARL"])
    customer.name = "Ölmühle Brandt"
    customer.save()  # the model folds the new name
    assert found("zeta") == set()
    assert found("olmuhle") == {"F2026-007", "F2026-008"}
    # Plain SQL (imports, the demo): the triggers key ASCII names, blank the others.
    Customer.update(name="Renamed Ltd").where(
        Customer.id == data.customers["Garage MÜLLER"]).execute()
    assert found("muller") == set()
    assert found("renamed") == {"F2026-003", "F2026-004", "F2026-009", "F2026-010"}
    plain = Customer.insert(name="Plain Name").execute()
    accented = Customer.insert(name="Ærø Tømrer").execute()
    for number, owner in (("N-1", plain), ("N-2", accented)):
        Invoice.create(customer=owner, number=number, issue_date=TODAY, due_date=TODAY,
                       amount_cents=10_00)
    assert found("plain", "name") == {"N-1"}
    assert found("tomrer") == set()  # blank key: the name in lower case, accents and all
    assert lists.fill_search_keys(cf) == 1  # reading never writes; filling does (at opening)
    assert found("aero", "tomrer") == {"N-2"}
    assert lists.customer_count(cf, ["olmuhle"]) == 1


def test_totals_per_bucket_and_currency(cf: CompanySession, data: Data) -> None:
    rows = _all(cf, InvoiceFilter(TODAY))
    totals = lists.bucket_totals(cf, TODAY)
    assert set(totals) == set(Bucket)
    for bucket, total in totals.items():
        mine = [r for r in rows if r.bucket is bucket]
        assert total.count == len(mine)
        expected: dict[str, int] = {}
        for r in mine:
            expected[r.currency] = expected.get(r.currency, 0) + r.owed_cents
        assert dict(total.amounts) == expected
    assert totals[Bucket.D31_60].amounts == {"EUR": 12_345_67, "USD": 250_00}
    assert totals[Bucket.D1_30].amounts == {"EUR": 400_00 + 99_99 + 60_00}
    whole = lists.invoice_totals(cf, InvoiceFilter(TODAY))
    assert whole.count == len(rows)
    assert whole.amounts["USD"] == 250_00
    one = lists.bucket_totals(cf, TODAY, customer_id=data.customers["Łukasz Nowak"])
    assert one[Bucket.NOT_DUE].count == 1 and one[Bucket.D1_30].count == 1
    assert sum(t.count for t in one.values()) == 2


def test_one_customers_invoices_and_position(cf: CompanySession, data: Data) -> None:
    garage = data.customers["Garage MÜLLER"]
    flt = InvoiceFilter(TODAY, customer_id=garage)
    rows = _all(cf, flt, InvoiceOrder.DUE)
    assert _numbers(rows) == ["F2026-009", "F2026-004", "F2026-003", "F2026-010"]
    everything = _all(cf, InvoiceFilter(TODAY), InvoiceOrder.AMOUNT, True)
    for pos, row in enumerate(everything):
        assert lists.invoice_position(cf, InvoiceFilter(TODAY), row.invoice_id,
                                      InvoiceOrder.AMOUNT, True) == pos
    paid = data.invoices["F2026-011"]
    assert lists.invoice_position(cf, InvoiceFilter(TODAY), paid) is None


def test_customer_list(cf: CompanySession, data: Data) -> None:
    rows = lists.customer_page(cf, TODAY)
    assert [r.name for r in rows] == ["école Sainte-Anne", "Garage MÜLLER", "Łukasz Nowak",
                                      "Zeta_100% SARL"]
    assert lists.customer_count(cf) == 4
    garage = next(r for r in rows if r.name == "Garage MÜLLER")
    assert garage.open_count == 4
    assert garage.due_cents == 99_99 + 12_345_67 + 3_000_00 + 40_00
    assert garage.overdue_cents == 99_99 + 12_345_67 + 3_000_00
    assert garage.max_days == 400
    assert [r.name for r in lists.customer_page(cf, TODAY, descending=True, offset=1,
                                                limit=2)] == ["Łukasz Nowak", "Garage MÜLLER"]
    assert [r.name for r in lists.customer_page(cf, TODAY, words=["lukasz"])] == [
        "Łukasz Nowak"]
    assert lists.customer_count(cf, ["sainte"]) == 1


def test_customer_count_at_least(cf: CompanySession, data: Data) -> None:
    """The list's size as the window asks it (empty? big enough to page?): archived customers
    left out, as the list leaves them."""
    assert lists.customer_count_at_least(cf, 4) and not lists.customer_count_at_least(cf, 5)
    assert lists.customer_count_at_least(cf, 0) and lists.customer_count_at_least(cf, 1)
    Customer.update(archived=True).where(Customer.id == data.customers["Zeta_100% SARL"]).execute()
    assert lists.customer_count_at_least(cf, 3) and not lists.customer_count_at_least(cf, 4)
    Customer.update(archived=True).execute()
    assert not lists.customer_count_at_least(cf, 1)


def test_the_migration_filled_the_keys_and_the_indexes_are_used(
        cf: CompanySession, data: Data, engine: str) -> None:
    assert lists.fill_search_keys(cf) == 0  # nothing blank
    keys = {r.name: r.search_key for r in cf.rows("SELECT name, search_key FROM customer")}
    assert keys["Łukasz Nowak"] == "lukasz nowak"
    if engine != "sqlite":
        return
    plan = " ".join(str(r[-1]) for r in cf.tuples(
        "EXPLAIN QUERY PLAN SELECT b.invoice_id FROM invoice_balance b WHERE " + lists.OPEN
        + " ORDER BY b.due_date, b.invoice_id LIMIT 10"))
    assert "invoice_open_due" in plan


def test_search_follows_every_change_of_number_amount_and_payment(
        cf: CompanySession, data: Data) -> None:
    """What the search finds is what the invoice says now (the trigram index is kept by
    triggers on SQLite): a payment changes what is still due, its removal changes it back."""
    def found(*words: str) -> set[str]:
        return set(_numbers(_all(cf, InvoiceFilter(TODAY, words=words))))

    invoice = data.invoices["F2026-003"]  # 99.99, nothing paid
    assert found("99.99") == {"F2026-003"}
    payment = Payment.create(invoice=invoice, paid_on=TODAY, amount_cents=12_34)
    assert found("87.65") == {"F2026-003"}  # still due
    assert found("99.99") == {"F2026-003"}  # the amount
    payment.delete_instance()
    assert found("87.65") == set()
    Invoice.update(number="X-777-B").where(Invoice.id == invoice).execute()
    assert found("2026-003") == set()
    assert found("777") == {"X-777-B"}
    Invoice.update(amount_cents=4_321_00).where(Invoice.id == invoice).execute()
    assert found("4321") == {"X-777-B"}
    assert found("99.99") == set()
    Invoice.delete().where(Invoice.id == invoice).execute()
    assert found("777") == set()
    assert found("garage") == {"F2026-004", "F2026-009", "F2026-010"}


@pytest.mark.parametrize("order", [InvoiceOrder.DAYS, InvoiceOrder.CUSTOMER,
                                   InvoiceOrder.STILL_DUE])
def test_a_search_gives_the_same_rows_however_it_is_read(
        cf: CompanySession, data: Data, order: InvoiceOrder,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A selective word is read through its ids, a broad one by walking the list's order: the
    rows, their order and the totals do not depend on that choice."""
    searches = [("garage",), ("f2026",), ("1234",), ("lukasz", "2026"), ("muller", "003"),
                ("ecole", "avoir"), ("nothing-like-it",), ("ga",)]
    answers = {}
    for bound in (0, 1_000_000):
        monkeypatch.setattr(lists, "FEW_MATCHES", bound)
        answers[bound] = [
            ([r.invoice_id for r in _all(cf, InvoiceFilter(TODAY, words=words), order)],
             lists.invoice_totals(cf, InvoiceFilter(TODAY, words=words)))
            for words in searches]
    assert answers[0] == answers[1_000_000]
    assert [len(rows) for rows, _ in answers[0]] == [4, 10, 2, 2, 1, 1, 0, 4]


def test_a_search_read_within_the_rows_found_for_a_shorter_one(
        cf: CompanySession, data: Data) -> None:
    """Typing on: the rows read for « f2026-00 » hold every match of « f2026-009 » (and of
    « f2026-00 garage »); read within them, the same rows and totals as read afresh."""
    counts = []
    for words, shorter in ((("f2026-009",), ("f2026-00",)), (("f2026-00", "garage"), ("f2026-00",)),
                           (("12",), ("1",)), (("1234",), ("123",))):
        within = tuple(sorted(r.invoice_id for r in _all(cf, InvoiceFilter(TODAY, words=shorter))))
        afresh = InvoiceFilter(TODAY, words=words)
        narrowed = InvoiceFilter(TODAY, words=words, within=within)
        rows = [r.invoice_id for r in _all(cf, narrowed)]
        assert rows == [r.invoice_id for r in _all(cf, afresh)]
        assert lists.invoice_totals(cf, narrowed) == lists.invoice_totals(cf, afresh)
        counts.append(len(rows))
    assert counts == [1, 3, 2, 2]  # 009; the garage's 003, 004, 009; 001 and 004 (both amounts)
    assert _all(cf, InvoiceFilter(TODAY, words=("garage",), within=())) == []


@pytest.mark.parametrize("order", [InvoiceOrder.DAYS, InvoiceOrder.CUSTOMER,
                                   InvoiceOrder.AMOUNT, InvoiceOrder.NUMBER, InvoiceOrder.DUE])
@pytest.mark.parametrize("descending", [False, True])
def test_a_short_word_gives_the_same_pages_from_the_lists_head(
        cf: CompanySession, data: Data, order: InvoiceOrder, descending: bool,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A word of one or two letters is looked for in the first rows of the list (a head of 4
    rows here) before the usual way: every page, and where the head is too short, the same."""
    searches = [("g",), ("ga",), ("e",), ("1",), ("12",), ("0",), ("zz",), ("et",), ("_",),
                ("%",), ("f2",)]
    flts = [InvoiceFilter(TODAY, words=words) for words in searches]
    flts += [InvoiceFilter(TODAY, frozenset({Bucket.D1_30, Bucket.D31_60}), ("a",)),
             InvoiceFilter(TODAY, words=("g",), customer_id=data.customers["Garage MÜLLER"])]
    answers = {}
    for head in (4, 0):
        monkeypatch.setattr(lists, "HEAD_ROWS", head)  # 0: never from the head
        answers[head] = [_numbers(_all(cf, flt, order, descending, page))
                         for flt in flts for page in (1, 2, 3)]
    assert answers[4] == answers[0]
    assert [len(answers[0][n * 3]) for n in range(len(searches))] == [
        4, 4, 9, 6, 2, 10, 0, 2, 2, 2, 10]  # g: the garage's 4; e: all but Łukasz's 2 …


@pytest.mark.sqlite_only
def test_a_selective_search_reads_indexes_then_the_rows_it_found(
        cf: CompanySession, data: Data) -> None:
    params: dict[str, Any] = {}
    where = lists._where(cf, InvoiceFilter(TODAY, words=("muller", "2026-010")), params)
    plan = " ".join(str(r[-1]) for r in cf.tuples(
        f"EXPLAIN QUERY PLAN SELECT b.invoice_id FROM invoice_balance b WHERE {lists.OPEN}"
        f"{where} ORDER BY b.due_date, b.invoice_id LIMIT 10", params))
    # the ids found (the first word checks each of them): no pass over the invoices
    assert "USING INTEGER PRIMARY KEY" in plan
    assert "SCAN i " not in plan and "SCAN invoice" not in plan
    for word in ("muller", "1234.5"):
        params = {"w0": lists._like(word)}
        for source in lists._word_sources(cf, word, "w0", params):
            plan = " ".join(str(r[-1]) for r in cf.tuples("EXPLAIN QUERY PLAN " + source.ids,
                                                           params))
            assert "USING INDEX" in plan or "VIRTUAL TABLE" in plan, source.ids
            assert "SCAN invoice " not in plan or "invoice_open_number" in plan, source.ids
    cf.execute("INSERT INTO customer_search (customer_search) VALUES ('integrity-check')")


@pytest.mark.parametrize(("word", "ranges"), [
    ("1234", [(1234_00, 1234_99), (12340_00, 12349_99), (123400_00, 123499_99)]),
    ("1234.", [(1234_00, 1234_99)]),
    ("1234.5", [(1234_50, 1234_59)]),
    ("1234.56", [(1234_56, 1234_56)]),
    ("0", [(0, 99)]),
    ("0.05", [(5, 5)]),
    ("05", []), (".5", []), ("12.345", []),
])
def test_an_amount_is_searched_from_its_start(word: str, ranges: list[tuple[int, int]]) -> None:
    found = lists.amount_ranges(word)
    assert found[:len(ranges)] == ranges
    assert all(high < 10**13 + 10**12 for _, high in found)


@pytest.mark.parametrize(("typed", "numbers"), [
    ("234", set()),  # inside 1 234,50: not the start of an amount
    ("12345", {"F2026-004"}),  # 12 345,67
    ("1234.5", {"F2026-001"}),  # 1 234,50, not 12 345,67
    ("400", {"F2026-002"}),  # still due 400,00 on 500,00
    ("500.00", {"F2026-002"}),  # its amount
    ("40", {"F2026-002", "F2026-010"}),  # 400,00 still due; 40,00
])
def test_amount_search_at_its_edges(cf: CompanySession, data: Data, typed: str,
                                    numbers: set[str]) -> None:
    flt = InvoiceFilter(TODAY, words=(typed,))
    assert set(_numbers(_all(cf, flt))) == numbers
    assert lists.invoice_totals(cf, flt).count == len(numbers)


# -- grouped by customer ------------------------------------------------------------------------


def _groups(cf: CompanySession, flt: InvoiceFilter, order: InvoiceOrder, descending: bool,
            page: int = 1) -> list[list_groups.CustomerGroup]:
    """Every group, read ``page`` at a time."""
    walk = list_groups.GroupWalk()
    groups: list[list_groups.CustomerGroup] = []
    while not walk.done:
        more = list_groups.customer_groups(cf, flt, order, descending, walk, page)
        assert len(more) <= page
        groups += more
    return groups


def _keys(groups: list[list_groups.CustomerGroup]) -> list[tuple[str, str, int, int]]:
    return [(g.customer, g.currency, g.count, g.owed_cents) for g in groups]


MULLER_EUR = ("Garage MÜLLER", "EUR", 4, 99_99 + 12_345_67 + 3_000_00 + 40_00)
ZETA_EUR = ("Zeta_100% SARL", "EUR", 2, 3_000_00)
LUKASZ_EUR = ("Łukasz Nowak", "EUR", 2, 1_234_50 + 400_00)
ECOLE_USD = ("école Sainte-Anne", "USD", 1, 250_00)
ECOLE_EUR = ("école Sainte-Anne", "EUR", 2, 75_00 + 60_00)


@pytest.mark.parametrize(("descending", "pages_ahead"), [(True, 10), (False, 10), (True, 1)])
def test_groups_by_still_due_come_by_their_total_across_pages(
        cf: CompanySession, data: Data, descending: bool, pages_ahead: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(list_groups, "TOTAL_PAGES_AHEAD", pages_ahead)  # each page its own pass
    flt = InvoiceFilter(TODAY)
    expected = [MULLER_EUR, ZETA_EUR, LUKASZ_EUR, ECOLE_USD, ECOLE_EUR]
    got = _groups(cf, flt, InvoiceOrder.STILL_DUE, descending)
    assert _keys(got) == (expected if descending else expected[::-1])
    muller = got[0 if descending else -1]
    assert muller.amount_cents == muller.owed_cents  # nothing paid on them
    assert muller.oldest_due == TODAY - timedelta(days=400)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("order", [InvoiceOrder.STILL_DUE, InvoiceOrder.AMOUNT])
def test_groups_by_total_are_added_up_from_one_index(
        cf: CompanySession, data: Data, order: InvoiceOrder,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Migration 16: the customers by their totals read the open invoices' amounts from the
    index alone, already in the groups' order (no row of the invoices read, no sort of them)."""
    ran: list[tuple[str, Any]] = []
    tuples = cf.tuples

    def seen(sql: str, params: Any = ()) -> Any:
        ran.append((sql, params))
        return tuples(sql, params)

    monkeypatch.setattr(cf, "tuples", seen)
    assert _groups(cf, InvoiceFilter(TODAY, frozenset({Bucket.D31_60, Bucket.OVER_90})),
                   order, True)
    totals = [(sql, params) for sql, params in ran if "GROUP BY b.customer_id" in sql]
    assert totals
    for sql, params in totals:
        plan = " ".join(str(r[-1]) for r in tuples("EXPLAIN QUERY PLAN " + sql, params))
        assert "USING COVERING INDEX invoice_open_totals" in plan, plan
        assert "TEMP B-TREE FOR GROUP BY" not in plan, plan


@pytest.mark.parametrize("walk_rows", [1, 2, 500])
def test_groups_by_days_come_by_their_oldest_invoice_both_ways(
        cf: CompanySession, data: Data, walk_rows: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(list_groups, "GROUP_WALK_ROWS", walk_rows)  # chunks ending anywhere
    flt = InvoiceFilter(TODAY)
    most_days = [MULLER_EUR, ZETA_EUR, ECOLE_EUR, ECOLE_USD, LUKASZ_EUR]  # 400, 91, 61, 60, 1
    assert _keys(_groups(cf, flt, InvoiceOrder.DAYS, True)) == most_days
    assert _keys(_groups(cf, flt, InvoiceOrder.DAYS, False, page=2)) == most_days[::-1]
    by_name = _keys(_groups(cf, flt, InvoiceOrder.CUSTOMER, False, page=3))
    assert [k[0] for k in by_name] == ["école Sainte-Anne"] * 2 + [
        "Garage MÜLLER", "Łukasz Nowak", "Zeta_100% SARL"]


def test_groups_keep_to_the_tab_and_the_search(cf: CompanySession, data: Data) -> None:
    overdue = frozenset({Bucket.D1_30, Bucket.D31_60, Bucket.D61_90, Bucket.OVER_90})
    flt = InvoiceFilter(TODAY, overdue, ("muller",))
    [group] = _groups(cf, flt, InvoiceOrder.DAYS, True)
    assert _keys([group]) == [("Garage MÜLLER", "EUR", 3, 99_99 + 12_345_67 + 3_000_00)]
    numbers = [i.number for i in list_groups.group_invoices(
        cf, flt, group.customer_id, "EUR", InvoiceOrder.DAYS, True)]
    assert numbers == ["F2026-009", "F2026-004", "F2026-003"]
    avoir = _groups(cf, InvoiceFilter(TODAY, words=("avoir",)), InvoiceOrder.DAYS, True)
    assert _keys(avoir) == [("école Sainte-Anne", "EUR", 1, 60_00)]  # by its number
    folded = (search_key("ÉCOLE"),)  # as the list folds what is typed
    ecole = _groups(cf, InvoiceFilter(TODAY, words=folded), InvoiceOrder.CUSTOMER, False)
    assert _keys(ecole) == [ECOLE_USD, ECOLE_EUR] or _keys(ecole) == [ECOLE_EUR, ECOLE_USD]


def test_a_groups_invoices_are_its_currency_only_in_pages(cf: CompanySession,
                                                           data: Data) -> None:
    ecole = data.customers["école Sainte-Anne"]
    flt = InvoiceFilter(TODAY)
    usd = list_groups.group_invoices(cf, flt, ecole, "USD")
    assert [i.number for i in usd] == ["F2026-005"]
    eur = [i.number for offset in (0, 1, 2) for i in list_groups.group_invoices(
        cf, flt, ecole, "EUR", InvoiceOrder.NUMBER, False, offset, 1)]
    assert eur == ["AVOIR-ÉTÉ-1", "F2026-006"]
    assert list_groups.invoice_group(cf, data.invoices["F2026-005"]) == (ecole, "USD")
    assert list_groups.invoice_group(cf, 999_999) is None


def test_several_groups_invoices_in_one_read(cf: CompanySession, data: Data) -> None:
    ecole, muller = data.customers["école Sainte-Anne"], data.customers["Garage MÜLLER"]
    flt = InvoiceFilter(TODAY, frozenset(Bucket) - {Bucket.NOT_DUE})
    found = list_groups.groups_invoices(cf, flt, [(ecole, "EUR"), (muller, "EUR"), (ecole, "USD")],
                                  InvoiceOrder.DAYS, True)
    assert {key: [i.number for i in items] for key, items in found.items()} == {
        (ecole, "EUR"): ["F2026-006", "AVOIR-ÉTÉ-1"],
        (muller, "EUR"): ["F2026-009", "F2026-004", "F2026-003"],  # not the one not due
        (ecole, "USD"): ["F2026-005"],
    }
    assert list_groups.groups_invoices(cf, flt, []) == {}


@pytest.mark.sqlite_only
def test_a_read_no_longer_wanted_is_stopped(cf: CompanySession) -> None:
    """The totals of a search the user typed past are interrupted on their thread (a count to
    10^8 takes seconds: stopped, the thread is free at once); a read not stopped answers."""
    read = lists.Stoppable()
    slow = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
            "SELECT COUNT(*) FROM n")
    outcome: list[object] = []

    def work() -> None:
        try:
            outcome.append(read.run(cf, lambda: cf.scalar(slow)))
        except lists.Superseded:
            outcome.append("stopped")
        finally:
            cf.db.close()  # this thread's connection

    thread = threading.Thread(target=work)
    thread.start()
    clock.sleep(0.2)
    stopped_at = clock.monotonic()
    read.stop()
    thread.join(5)
    assert outcome == ["stopped"] and clock.monotonic() - stopped_at < 2
    assert lists.Stoppable().run(cf, lambda: cf.scalar("SELECT 41 + 1")) == 42
    late = lists.Stoppable()
    late.stop()
    with pytest.raises(lists.Superseded):
        late.run(cf, lambda: 1)


@pytest.mark.sqlite_only  # (on PostgreSQL the planner chooses: no head)
def test_a_short_word_the_head_does_not_fill_is_read_through_its_sources(
        cf: CompanySession, data: Data, monkeypatch: pytest.MonkeyPatch) -> None:
    """« ze » (Zeta's two invoices) is not among the list's first rows: rather than walking the
    whole list (« zz » at a million invoices: 300 ms), its few invoices are read first. Where
    no head is looked at, a word of two letters is not (it is rarely selective)."""
    reads: list[object] = []
    few_ids = lists._few_ids

    def counted(*args: Any) -> Any:
        reads.append(args)
        return few_ids(*args)

    monkeypatch.setattr(lists, "_few_ids", counted)
    monkeypatch.setattr(lists, "HEAD_ROWS", 4)
    flt = InvoiceFilter(TODAY, words=("ze",))
    assert _numbers(lists.invoice_page(cf, flt, InvoiceOrder.DAYS, False, 0, 3)) == [
        "F2026-007", "F2026-008"]
    assert len(reads) == 1
    monkeypatch.setattr(lists, "HEAD_ROWS", 0)
    assert _numbers(lists.invoice_page(cf, flt, InvoiceOrder.DAYS, False, 0, 3)) == [
        "F2026-007", "F2026-008"]
    assert len(reads) == 1
