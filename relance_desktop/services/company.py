"""Creating a company file from the « new company » form, and editing the own company."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from relance_desktop.errors import ValidationError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import audit, validation
from relance_desktop.store.database import CompanyFile, create_company_file


@dataclass
class CompanyInput:
    name: str
    country: str = "FR"
    language: str = "fr"
    street: str = ""
    postcode: str = ""
    city: str = ""
    company_number: str = ""
    vat_number: str = ""
    iban: str = ""
    bic: str = ""
    email: str = ""
    phone: str = ""
    payment_terms_days: int = 30

    def validated(self) -> CompanyInput:
        name = validation.required("name", self.name, QT_TRANSLATE_NOOP("fields", "Le nom"))
        country = validation.choice("country", self.country, {"FR", "BE"})
        language = validation.choice("language", self.language, {"fr", "nl", "en"})
        if not 0 <= self.payment_terms_days <= 120:
            raise ValidationError(
                "payment_terms_days",
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Le délai de paiement doit être compris entre 0 et 120 jours "
                    "(60 jours au plus entre entreprises, sauf exceptions).",
                ),
            )
        return CompanyInput(
            name=name,
            country=country,
            language=language,
            street=self.street.strip(),
            postcode=self.postcode.strip(),
            city=self.city.strip(),
            company_number=validation.company_number(
                "company_number", self.company_number, country
            ),
            vat_number=validation.vat_number("vat_number", self.vat_number),
            iban=validation.iban("iban", self.iban),
            bic=validation.bic("bic", self.bic),
            email=validation.email("email", self.email),
            phone=validation.phone("phone", self.phone, country),
            payment_terms_days=self.payment_terms_days,
        )


def new_company(path: Path, data: CompanyInput) -> Path:
    """Validate the form and create the file (nothing is written when a field is wrong)."""
    clean = data.validated()
    return create_company_file(path, **asdict(clean))


def update_company(cf: CompanyFile, data: CompanyInput) -> None:
    clean = asdict(data.validated())
    company = cf.company
    old = {k: getattr(company, k) for k in clean}
    before, after = audit.changes(old, clean)
    if not after:
        return
    with cf.db.atomic():
        for key, value in after.items():
            setattr(company, key, value)
        company.save()
        audit.record("update", "company", company.id, before=before, after=after)
