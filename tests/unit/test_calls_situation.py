"""Which opening the call script uses (the situation), and how a product is said in a sentence."""

from __future__ import annotations

import pytest

from relance_desktop.domain.calls.script import said_product, situation_for

BASE = {"broken_promise": False, "active_plan": False, "dispute": False, "calls_made": 0,
        "max_days_overdue": 30, "letter_since_last_call": False}


@pytest.mark.parametrize(("changes", "expected"), [
    ({}, "first_call"),
    ({"calls_made": 1}, "follow_up"),
    ({"letter_since_last_call": True, "calls_made": 1}, "after_letter"),
    ({"calls_made": 2, "max_days_overdue": 90}, "long_overdue"),
    ({"calls_made": 2, "max_days_overdue": 89}, "follow_up"),
    ({"calls_made": 1, "max_days_overdue": 400}, "follow_up"),
    ({"dispute": True, "calls_made": 5, "max_days_overdue": 400}, "dispute"),
    ({"active_plan": True, "dispute": True}, "plan"),
    ({"broken_promise": True, "active_plan": True, "calls_made": 5}, "broken_promise"),
])
def test_the_most_pressing_situation_wins(changes: dict[str, object], expected: str) -> None:
    assert situation_for(**{**BASE, **changes}) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("typed", "said"), [
    ("Habillage de 3 fourgons", "habillage de 3 fourgons"),
    ("  Pose de fenêtres ", "pose de fenêtres"),
    ("SNCF : transport", "SNCF : transport"),
    ("iPhone 15", "iPhone 15"),
    ("A", "a"),
    ("", ""),
])
def test_a_product_is_said_inside_a_sentence(typed: str, said: str) -> None:
    assert said_product(typed) == said
