"""User settings: defaults, persistence, and a broken file that never stops the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relance_desktop import paths
from relance_desktop.settings import MAX_RECENT, SETTINGS, Settings


def test_settings_live_under_relance_home(relance_home: Path) -> None:
    assert Settings().file == relance_home / "config" / "settings.json"


def test_defaults_without_a_file() -> None:
    s = Settings()
    assert s.get("ui_language") == "fr"
    assert s.get("format_locale") == "fr_FR"
    assert s.get("reopen_last") is True
    assert s.get("recent_files") == []
    assert s.get("last_file") == ""
    assert not s.file.exists()  # reading creates nothing


def test_every_setting_has_a_default_of_its_type_and_a_label() -> None:
    assert len({s.key for s in SETTINGS}) == len(SETTINGS)
    for spec in SETTINGS:
        assert isinstance(spec.default, spec.type), spec.key
        assert spec.label.strip(), spec.key


def test_round_trip() -> None:
    s = Settings()
    s.set("user_name", "Anne Mercier")
    s.set("reopen_last", False)
    s.set("format_locale", "nl_BE")

    again = Settings()
    assert again.get("user_name") == "Anne Mercier"
    assert again.get("reopen_last") is False
    assert again.get("format_locale") == "nl_BE"
    assert json.loads(s.file.read_text(encoding="utf-8"))["user_name"] == "Anne Mercier"
    assert [p.name for p in s.file.parent.iterdir()] == ["settings.json"]  # no temp file left


def test_wrong_type_or_unknown_key_is_a_bug() -> None:
    s = Settings()
    with pytest.raises(TypeError):
        s.set("reopen_last", "yes")
    with pytest.raises(KeyError):
        s.get("no_such_setting")


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b"", b"null"],
    ids=["broken-json", "not-utf8", "a-list", "empty", "null"],
)
def test_unreadable_file_falls_back_to_defaults(content: bytes) -> None:
    file = paths.settings_file()
    paths.ensure_dir(file.parent)
    file.write_bytes(content)
    s = Settings()
    assert s.get("ui_language") == "fr"
    assert s.get("recent_files") == []
    s.set("user_name", "Anne")  # and the next save repairs the file
    assert Settings().get("user_name") == "Anne"


def test_settings_file_that_is_a_folder_falls_back_to_defaults() -> None:
    paths.ensure_dir(paths.settings_file())
    s = Settings()
    assert s.get("format_locale") == "fr_FR"
    s.set("user_name", "Anne")  # cannot be saved: logged, kept for the session
    assert s.get("user_name") == "Anne"


def test_values_of_the_wrong_type_are_ignored_one_by_one() -> None:
    file = paths.settings_file()
    paths.ensure_dir(file.parent)
    file.write_text(json.dumps({"ui_language": 3, "user_name": "Anne", "unknown": 1}))
    s = Settings()
    assert (s.get("ui_language"), s.get("user_name")) == ("fr", "Anne")


def test_an_unknown_language_or_locale_falls_back_to_french() -> None:
    file = paths.settings_file()
    paths.ensure_dir(file.parent)
    file.write_text(json.dumps({"ui_language": "de", "format_locale": "de_DE"}))
    s = Settings()
    assert (s.get("ui_language"), s.get("format_locale")) == ("fr", "fr_FR")


def test_recent_files_capped_and_deduplicated(tmp_path: Path) -> None:
    s = Settings()
    files = [tmp_path / f"société {n}.relance" for n in range(10)]
    for f in files:
        s.add_recent(f)
    recent = s.get("recent_files")
    assert len(recent) == MAX_RECENT == 8
    assert recent == [str(f.resolve()) for f in reversed(files)][:8]

    s.add_recent(files[5])  # opened again: moves to the top, once
    recent = Settings().get("recent_files")
    assert recent[0] == str(files[5].resolve())
    assert recent.count(str(files[5].resolve())) == 1
    assert len(recent) == 8
    assert Settings().get("last_file") == str(files[5].resolve())


def test_same_file_by_another_path_is_one_entry(tmp_path: Path) -> None:
    s = Settings()
    (tmp_path / "sub").mkdir()
    s.add_recent(tmp_path / "a.relance")
    s.add_recent(tmp_path / "sub" / ".." / "a.relance")
    assert s.get("recent_files") == [str((tmp_path / "a.relance").resolve())]


def test_forget_recent(tmp_path: Path) -> None:
    s = Settings()
    s.add_recent(tmp_path / "a.relance")
    s.add_recent(tmp_path / "b.relance")
    s.forget_recent(tmp_path / "b.relance")
    again = Settings()
    assert again.get("recent_files") == [str((tmp_path / "a.relance").resolve())]
    assert again.get("last_file") == ""


def test_get_returns_a_copy_of_lists(tmp_path: Path) -> None:
    s = Settings()
    s.add_recent(tmp_path / "a.relance")
    s.get("recent_files").clear()
    assert len(s.get("recent_files")) == 1
