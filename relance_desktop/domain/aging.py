"""Aging buckets for open invoices, counted in calendar days after the due date."""

from __future__ import annotations

from datetime import date
from enum import IntEnum


class Bucket(IntEnum):
    NOT_DUE = 0
    D1_30 = 1
    D31_60 = 2
    D61_90 = 3
    OVER_90 = 4


def days_overdue(due: date, today: date) -> int:
    """Days past the due date (0 on the due date itself, negative before it)."""
    return (today - due).days


def bucket_for(days: int) -> Bucket:
    if days <= 0:
        return Bucket.NOT_DUE
    if days <= 30:
        return Bucket.D1_30
    if days <= 60:
        return Bucket.D31_60
    if days <= 90:
        return Bucket.D61_90
    return Bucket.OVER_90
