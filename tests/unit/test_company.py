"""The « new company » form: checked fields, and nothing written when one is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relance_desktop.errors import ValidationError
from relance_desktop.services.company import CompanyInput, new_company, update_company
from relance_desktop.store.database import open_company_file
from relance_desktop.store.models import AuditEvent
from relance_desktop.store.session import CompanySession

GOOD = {
    "name": "Ateliers Beaulieu SAS",
    "company_number": "732 829 320",
    "vat_number": "FR 44 732 829 320",
    "iban": "FR76 3000 6000 0112 3456 7890 189",
    "bic": "agrifrpp",
    "email": "compta@ateliers-beaulieu.fr",
    "phone": "04 78 00 00 00",
}


def test_new_company_stores_compact_checked_identifiers(tmp_path: Path) -> None:
    path = new_company(tmp_path / "Ateliers.relance", CompanyInput(**GOOD))
    with open_company_file(path) as cf:
        company = cf.company
        assert company.name == "Ateliers Beaulieu SAS"
        assert company.company_number == "732829320"
        assert company.vat_number == "FR44732829320"
        assert company.iban == "FR7630006000011234567890189"
        assert company.bic == "AGRIFRPP"
        assert company.phone == "+33478000000"
        assert company.payment_terms_days == 30


def test_belgian_company(tmp_path: Path) -> None:
    data = CompanyInput(
        name="Imprimerie Dubois SRL",
        country="BE",
        company_number="0403.170.701",
        iban="BE71 0961 2345 6769",
        bic="GKCCBEBB",
        phone="02 345 67 89",
    )
    with open_company_file(new_company(tmp_path / "Dubois.relance", data)) as cf:
        assert (cf.company.country, cf.company.iban) == ("BE", "BE71096123456769")
        assert cf.company.company_number == "0403170701"


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("name", {"name": " "}),
        ("iban", {"iban": "FR76 3000 6000 0112 3456 7890 188"}),  # wrong check digits
        ("iban", {"iban": "not an iban"}),
        ("bic", {"bic": "AGRI"}),
        ("company_number", {"company_number": "732 829 321"}),
        ("company_number", {"company_number": "0403.170.702", "country": "BE"}),
        ("vat_number", {"vat_number": "FR45732829320"}),
        ("email", {"email": "compta@"}),
        ("phone", {"phone": "0478"}),
        ("country", {"country": "LU"}),
        ("language", {"language": "de"}),
        ("payment_terms_days", {"payment_terms_days": 121}),
        ("payment_terms_days", {"payment_terms_days": -1}),
    ],
)
def test_bad_field_is_named_and_no_file_is_created(
    tmp_path: Path, field: str, changes: dict[str, object]
) -> None:
    data = CompanyInput(**{**GOOD, **changes})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        new_company(tmp_path / "x.relance", data)
    assert info.value.field == field
    assert list(tmp_path.iterdir()) == []


def test_update_company_records_what_changed(cf: CompanySession) -> None:
    data = CompanyInput(name="Test SARL", iban=GOOD["iban"], bic="AGRIFRPP")
    update_company(cf, data)
    assert cf.company.iban == "FR7630006000011234567890189"
    event = AuditEvent.get()
    assert (event.action, event.entity) == ("update", "company")
    assert json.loads(event.before) == {"bic": "", "iban": ""}
    assert json.loads(event.after) == {"bic": "AGRIFRPP", "iban": "FR7630006000011234567890189"}

    update_company(cf, data)  # same values again: nothing to record
    assert AuditEvent.select().count() == 1


def test_invalid_update_leaves_the_company_as_it_was(cf: CompanySession) -> None:
    with pytest.raises(ValidationError):
        update_company(cf, CompanyInput(name="Renommée", iban="FR00"))
    assert cf.company.name == "Test SARL"
    assert AuditEvent.select().count() == 0
