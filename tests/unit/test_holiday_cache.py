"""The public holidays kept on disk between runs (domain.calls.holiday_cache)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from relance_desktop.domain.calls import guards, holiday_cache

NOEL = {date(2031, 12, 25): "Noël", date(2031, 1, 1): "Jour de l'an"}


@pytest.fixture(autouse=True)
def _no_folder() -> Iterator[None]:
    yield
    holiday_cache.keep_in(None)
    guards._holidays.cache_clear()


def test_read_once_then_from_the_folder(tmp_path: Path) -> None:
    holiday_cache.keep_in(tmp_path)
    calls: list[int] = []

    def read() -> dict[date, str]:
        calls.append(1)
        return dict(NOEL)

    assert holiday_cache.cached("FR", 2031, read) == NOEL
    assert holiday_cache.cached("FR", 2031, read) == NOEL  # the second time from the file
    assert len(calls) == 1
    assert [p.name.startswith("holidays-FR-2031-") for p in tmp_path.iterdir()] == [True]


def test_a_damaged_file_is_read_again_and_replaced(tmp_path: Path) -> None:
    holiday_cache.keep_in(tmp_path)
    holiday_cache.cached("BE", 2031, lambda: dict(NOEL))
    (kept,) = tmp_path.iterdir()
    kept.write_text("{not json", encoding="utf-8")
    assert holiday_cache.cached("BE", 2031, lambda: {date(2031, 7, 21): "Fête nationale"}) == {
        date(2031, 7, 21): "Fête nationale"}
    assert holiday_cache.cached("BE", 2031, lambda: {}) == {date(2031, 7, 21): "Fête nationale"}


def test_without_a_folder_nothing_is_written(tmp_path: Path) -> None:
    calls: list[int] = []

    def read() -> dict[date, str]:
        calls.append(1)
        return dict(NOEL)

    holiday_cache.cached("FR", 2031, read)
    holiday_cache.cached("FR", 2031, read)
    assert len(calls) == 2
    assert list(tmp_path.iterdir()) == []


def test_the_call_hours_read_the_same_holidays_from_the_folder(tmp_path: Path) -> None:
    holiday_cache.keep_in(tmp_path)
    first = guards.holiday_name(date(2031, 7, 14), "FR")
    guards._holidays.cache_clear()
    assert list(tmp_path.iterdir())
    assert guards.holiday_name(date(2031, 7, 14), "FR") == first
    assert first  # la fête nationale
    assert guards.holiday_name(date(2031, 7, 15), "FR") is None


def test_a_frozen_program_keys_the_file_on_itself(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "relance-desktop"
    program.write_bytes(b"v1")
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(program))
    holiday_cache.keep_in(tmp_path / "cache")
    holiday_cache.cached("FR", 2031, lambda: dict(NOEL))
    assert holiday_cache.cached("FR", 2031, lambda: {}) == NOEL
    program.write_bytes(b"version 2")  # a new program: read again
    assert holiday_cache.cached("FR", 2031, lambda: {date(2031, 5, 1): "Fête du travail"}) == {
        date(2031, 5, 1): "Fête du travail"}
