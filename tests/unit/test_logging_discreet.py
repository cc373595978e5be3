"""The log keeps what support needs (what happened, to which file) but no full path of a company
file and no SMTP login, whichever module writes the record."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from relance_desktop import secrets
from relance_desktop.errors import CompanyFileError
from relance_desktop.logging_setup import init_logging
from relance_desktop.services import mailer
from relance_desktop.settings import Settings
from relance_desktop.store.database import create_company_file, open_company_file
from tests.keyring_memory import MemoryKeyring, using
from tests.mail_server import HOST, PASSWORD, USER, MailServer, self_signed, start_server


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    quiet = logging.getLogger("mail.log")  # the test SMTP server's own log
    level = quiet.level
    quiet.setLevel(logging.WARNING)
    target = init_logging(logging.DEBUG, tmp_path / "logs")
    assert target is not None
    yield target
    quiet.setLevel(level)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MailServer]:
    started = start_server("none", *self_signed(tmp_path))
    yield started
    started.stop()


def test_the_log_names_files_and_servers_but_not_folders_or_logins(
    tmp_path: Path, log_file: Path, server: MailServer,
) -> None:
    folder = tmp_path / "Dossiers de Jeanne Martin" / "clients"
    folder.mkdir(parents=True)
    path = create_company_file(folder / "Boulangerie.relance", name="Boulangerie", country="FR")
    with open_company_file(path):
        pass
    settings = Settings(tmp_path / "settings.json")
    for key, value in (("smtp_host", HOST), ("smtp_port", server.port),
                       ("smtp_security", "none"), ("smtp_user", USER),
                       ("smtp_sender", "relances@example.fr")):
        settings.set(key, value)
    smtp = mailer.smtp_settings(settings)
    with using(MemoryKeyring()):
        secrets.set_password(smtp.account, PASSWORD)
        assert secrets.get_password(smtp.account) == PASSWORD
    mailer.check_connection(smtp, PASSWORD)
    logging.getLogger("relance_desktop.views.common").info(
        "user-facing error: %s", CompanyFileError("« {path} » est verrouillé.", path=str(path)))
    try:
        (folder / "absent.relance").read_bytes()
    except OSError as exc:
        logging.getLogger("relance_desktop.settings").warning("unreadable (%s)", exc)

    text = log_file.read_text(encoding="utf-8")
    assert "Boulangerie.relance" in text and "absent.relance" in text  # still useful
    assert f"{HOST}:{server.port}" in text
    assert "Jeanne Martin" not in text and str(tmp_path) not in text
    assert USER not in text and USER.split("@")[0] not in text
    assert PASSWORD not in text


def test_a_crash_report_does_not_name_the_users_folders(log_file: Path) -> None:
    home = str(Path.home())
    logging.getLogger("relance_desktop.views.crash").error(
        "unexpected error\n%s", f'Traceback:\n  File "{home}/Documents/clients/x.py", line 3')
    text = log_file.read_text(encoding="utf-8")
    assert home not in text and "~/Documents/clients/x.py" in text
