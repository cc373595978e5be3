"""Aging buckets, counted in calendar days after the due date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from relance_desktop.domain.aging import Bucket, bucket_for, days_overdue
from tests.helpers import TODAY


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (-10, Bucket.NOT_DUE),
        (0, Bucket.NOT_DUE),  # due today is not late yet
        (1, Bucket.D1_30),
        (30, Bucket.D1_30),
        (31, Bucket.D31_60),
        (60, Bucket.D31_60),
        (61, Bucket.D61_90),
        (90, Bucket.D61_90),
        (91, Bucket.OVER_90),
        (1000, Bucket.OVER_90),
    ],
)
def test_bucket_boundaries(days: int, bucket: Bucket) -> None:
    assert bucket_for(days) is bucket


@pytest.mark.parametrize(("days", "bucket"), [(0, Bucket.NOT_DUE), (31, Bucket.D31_60)])
def test_bucket_of_a_due_date(days: int, bucket: Bucket) -> None:
    due = TODAY - timedelta(days=days)
    assert days_overdue(due, TODAY) == days
    assert bucket_for(days_overdue(due, TODAY)) is bucket


def test_days_overdue_counts_calendar_days_across_months_and_leap_years() -> None:
    assert days_overdue(TODAY, TODAY) == 0
    assert days_overdue(TODAY + timedelta(days=5), TODAY) == -5
    assert days_overdue(date(2026, 12, 31), date(2027, 1, 1)) == 1
    assert days_overdue(date(2028, 2, 28), date(2028, 3, 1)) == 2


def test_buckets_sort_from_not_due_to_oldest() -> None:
    assert sorted(Bucket) == [
        Bucket.NOT_DUE,
        Bucket.D1_30,
        Bucket.D31_60,
        Bucket.D61_90,
        Bucket.OVER_90,
    ]
