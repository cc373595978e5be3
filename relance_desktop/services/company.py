"""Creating a company file from the « new company » form, and editing the own company."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from relance_desktop.domain.messages import Message
from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import audit, validation
from relance_desktop.store.database import create_company_file
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

if TYPE_CHECKING:
    from relance_desktop.store.models import Company


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


# What every letter prints about the sender, by field: its address (the letterhead and the
# return address), its registration number (required on business papers), where to pay, and how
# to answer (the e-mail and phone the letter gives).
LETTER_FIELDS = {
    "street": QT_TRANSLATE_NOOP("fields", "la rue et le numéro"),
    "postcode": QT_TRANSLATE_NOOP("fields", "le code postal"),
    "city": QT_TRANSLATE_NOOP("fields", "la localité"),
    "company_number": QT_TRANSLATE_NOOP("fields", "le numéro d'entreprise (SIREN ou BCE)"),
    "iban": QT_TRANSLATE_NOOP("fields", "l'IBAN où payer"),
    "email": QT_TRANSLATE_NOOP("fields", "l'adresse e-mail où vous répondre"),
    "phone": QT_TRANSLATE_NOOP("fields", "le téléphone où vous joindre"),
}


@in_session
def missing_for_letters(cf: CompanySession) -> list[str]:
    """The fields of the own company a letter needs that are still empty (keys of
    :data:`LETTER_FIELDS`, in its order)."""
    from relance_desktop.store.models import Company

    company = Company.get()
    return [key for key in LETTER_FIELDS if not str(getattr(company, key) or "").strip()]


COMPANY_INCOMPLETE = QT_TRANSLATE_NOOP(
    "errors", "Aucun courrier produit : il manque sur la fiche de la société {fields}. "
    "Complétez-la (Fichier › Fiche de la société) puis recommencez.")


class CompanyIncompleteError(UserFacingError):
    """A letter was asked for while the own company's card lacks what it prints; ``missing``:
    the keys of :data:`LETTER_FIELDS` still empty."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        # Each field a sentence of its own (translated where the message is shown), listed.
        listed = Message("fields", ", ".join(f"{{f{i}}}" for i in range(len(missing))),
                         {f"f{i}": Message("fields", LETTER_FIELDS[key])
                          for i, key in enumerate(missing)})
        super().__init__(COMPANY_INCOMPLETE, context="errors", fields=listed)


@in_session
def require_letter_details(cf: CompanySession) -> None:
    """Stop before any letter is written when the card lacks what it prints (raises
    :class:`CompanyIncompleteError`). Every way to a batch of letters goes through it."""
    missing = missing_for_letters(cf)
    if missing:
        raise CompanyIncompleteError(missing)


def new_company(path: Path, data: CompanyInput) -> Path:
    """Validate the form and create the file (nothing is written when a field is wrong)."""
    clean = data.validated()
    return create_company_file(path, **asdict(clean))


@in_session
def company_input(cf: CompanySession) -> CompanyInput:
    """The own company as its card shows it, read from the database (not from a cache)."""
    from relance_desktop.store.models import Company

    company = Company.select().order_by(Company.id).get()
    return CompanyInput(**{k: getattr(company, k) for k in CompanyInput.__dataclass_fields__})


@in_session
def update_company(cf: CompanySession, data: CompanyInput, *,
                   loaded: CompanyInput | None = None) -> None:
    """Save the own company's card. ``loaded``: what the form showed when it opened; when the
    row changed since (another window or collector), :class:`EditConflictError` is raised and
    nothing is written."""
    from relance_desktop.services.concurrency import check_unchanged, locked_row
    from relance_desktop.store.models import Company

    clean = asdict(data.validated())
    with cf.db.atomic():
        company = locked_row(cf, Company, cf.company.id)
        old = {k: getattr(company, k) for k in clean}
        check_unchanged(loaded, CompanyInput(**old), company.name)
        before, after = audit.changes(old, clean)
        if not after:
            return
        for key, value in after.items():
            setattr(company, key, value)
        company.save()
        audit.record(cf, "update", "company", company.id, before=before, after=after)
    cf.report(Change.of(Topic.COMPANY))


# -- letters: logo, signature, envelope window ----------------------------------------------
WINDOWS = ("right", "left")
LOGO_MAX_BYTES = 2_000_000


def _decodes(image: bytes) -> bool:
    import io

    from PIL import Image  # ReportLab's own image library

    try:
        with Image.open(io.BytesIO(image)) as picture:
            picture.load()
    except Exception:  # any decoding error: not an image we can print
        return False
    return True


@in_session
def letter_settings(cf: CompanySession) -> tuple[bytes | None, str, str]:
    """(logo, signature, window side) printed on the company's letters."""
    import json

    company = cf.company
    try:
        data = json.loads(company.letter_settings or "{}")
    except ValueError:
        data = {}
    window = data.get("window") if data.get("window") in WINDOWS else "right"
    return (bytes(company.logo) if company.logo else None), company.signature, str(window)


def registered_mail(company: Company) -> bool:
    """Print « Lettre recommandée avec avis de réception » on formal notices (default: yes)."""
    import json

    try:
        data = json.loads(company.letter_settings or "{}")
    except ValueError:
        data = {}
    return bool(data.get("registered_mail", True))


@in_session
def save_letter_settings(cf: CompanySession, *, logo: bytes | None, signature: str,
                         window: str, registered_mail: bool | None = None) -> None:
    """Keep what letters print; a logo must be a PNG or JPEG image of reasonable size."""
    import json

    from relance_desktop.store.models import Company

    if window not in WINDOWS:
        raise ValidationError("window", QT_TRANSLATE_NOOP(
            "validation", "Choisissez la position de la fenêtre de l'enveloppe."))
    if logo is not None:
        if not (logo.startswith(b"\x89PNG\r\n\x1a\n") or logo.startswith(b"\xff\xd8\xff")) \
                or not _decodes(logo):
            raise ValidationError("logo", QT_TRANSLATE_NOOP(
                "validation", "Le logo doit être une image PNG ou JPEG."))
        if len(logo) > LOGO_MAX_BYTES:
            raise ValidationError("logo", QT_TRANSLATE_NOOP(
                "validation", "Le logo est trop lourd (2 Mo au plus)."))
    company = cf.company
    try:
        data = json.loads(company.letter_settings or "{}")
    except ValueError:
        data = {}
    data["window"] = window
    if registered_mail is not None:
        data["registered_mail"] = bool(registered_mail)
    with cf.db.atomic():
        Company.update(logo=logo, signature=signature.strip(),
                       letter_settings=json.dumps(data, sort_keys=True)).where(
            Company.id == company.id).execute()
        audit.record(cf, "update", "company", company.id,
                     before={"signature": company.signature, "window": window},
                     after={"signature": signature.strip(), "window": window,
                            "logo": f"{len(logo)} octets" if logo else ""})
    cf.report(Change.of(Topic.COMPANY))

