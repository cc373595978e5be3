"""The command line without a window: ``new``, ``new --demo``, ``--version``."""

from __future__ import annotations

from pathlib import Path

import pytest

from relance_desktop import __version__
from relance_desktop.__main__ import main
from relance_desktop.services.demo import DEMO_COMPANY, FRESH_DUE_IN
from relance_desktop.store.database import open_company_file
from relance_desktop.store.models import Customer, Invoice
from tests.helpers import sha256, sidecars


def test_new_creates_an_openable_company(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], relance_home: Path
) -> None:
    path = tmp_path / "Dubois.relance"
    assert main(["new", str(path), "--name", "Imprimerie Dubois SRL", "--country", "BE"]) == 0
    assert capsys.readouterr().out.strip() == str(path.absolute())
    with open_company_file(path) as cf:
        assert (cf.company.name, cf.company.country) == ("Imprimerie Dubois SRL", "BE")
        assert Customer.select().count() == 0
    assert sidecars(path) == []
    assert (relance_home / "logs" / "relance.log").exists()  # logs go to RELANCE_HOME


def test_new_without_a_name_uses_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "Ateliers Martin.relance"
    assert main(["new", str(path)]) == 0
    with open_company_file(path) as cf:
        assert (cf.company.name, cf.company.country) == ("Ateliers Martin", "FR")


@pytest.mark.parametrize("extra", [[], ["--demo"]])
def test_new_refuses_an_existing_file(
    company_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    before = sha256(company_path)
    assert main(["new", str(company_path), "--name", "X", *extra]) == 2
    err = capsys.readouterr().err
    assert "existe déjà" in err and str(company_path) in err
    assert sha256(company_path) == before
    with open_company_file(company_path) as cf:
        assert cf.company.name == "Test SARL"


def test_new_in_a_missing_folder_is_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(tmp_path / "absent" / "x.relance")]) == 2
    assert "n'existe pas" in capsys.readouterr().err


def test_new_demo_creates_a_populated_file(tmp_path: Path) -> None:
    path = tmp_path / "Démo.relance"
    assert main(["new", str(path), "--demo"]) == 0
    with open_company_file(path) as cf:
        assert cf.company.name == DEMO_COMPANY["name"]
        assert Customer.select().count() == 40
        assert Invoice.select().count() == 400 + len(FRESH_DUE_IN)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Démo.relance"]


def test_new_demo_with_a_name_keeps_the_company_details(tmp_path: Path) -> None:
    path = tmp_path / "Formation.relance"
    assert main(["new", str(path), "--demo", "--name", "Atelier Formation"]) == 0
    with open_company_file(path) as cf:
        company = cf.company
        assert company.name == "Atelier Formation"
        assert (company.iban, company.company_number, company.vat_number) == (
            DEMO_COMPANY["iban"], DEMO_COMPANY["company_number"], DEMO_COMPANY["vat_number"])


def test_new_demo_in_belgium_drops_the_french_company_number(tmp_path: Path) -> None:
    path = tmp_path / "Démo BE.relance"
    assert main(["new", str(path), "--demo", "--country", "BE"]) == 0
    with open_company_file(path) as cf:
        company = cf.company
        assert company.country == "BE"
        assert company.company_number == "" and company.iban == DEMO_COMPANY["iban"]


def test_new_demo_refuses_an_existing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Démo.relance"
    path.write_bytes(b"precious")
    assert main(["new", str(path), "--demo"]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert path.read_bytes() == b"precious"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"relance-desktop {__version__}"
