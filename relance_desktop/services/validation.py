"""Shared input checks; each raises :class:`ValidationError` naming the field."""

from __future__ import annotations

import re

from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.be import vat as stdnum_be_vat
from stdnum.eu import vat as stdnum_eu_vat
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

from relance_desktop.errors import ValidationError
from relance_desktop.formatting import normalise_phone
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def required(field: str, value: str, label: str) -> str:
    """``label`` is marked with QT_TRANSLATE_NOOP("fields", …) and translated with the message."""
    value = value.strip()
    if not value:
        raise ValidationError(field, QT_TRANSLATE_NOOP("validation", "{label} est obligatoire."),
                              label=Message("fields", label))
    return value


def email(field: str, value: str) -> str:
    value = value.strip()
    if value and not EMAIL_RE.match(value):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("validation", "« {value} » n'est pas une adresse e-mail valide."),
            value=value,
        )
    return value


def phone(field: str, value: str, country: str) -> str:
    """Store valid numbers in E.164; refuse what cannot be a phone number."""
    value = value.strip()
    if not value:
        return ""
    try:
        return normalise_phone(value, country)
    except ValueError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "validation",
                "« {value} » n'est pas un numéro de téléphone valide (pays {country}). "
                "Exemple : 01 23 45 67 89 ou +32 2 345 67 89.",
            ),
            value=value,
            country=country,
        ) from None


def choice(field: str, value: str, allowed: set[str]) -> str:
    if value not in allowed:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("validation", "Valeur inconnue « {value} »."),
            value=value,
        )
    return value


def iban(field: str, value: str) -> str:
    """IBAN with its check digits and national format (python-stdnum), stored compact."""
    if not value.strip():
        return ""
    try:
        return str(stdnum_iban.validate(value))
    except StdnumError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("validation", "« {value} » n'est pas un IBAN valide."),
            value=value,
        ) from None


def bic(field: str, value: str) -> str:
    if not value.strip():
        return ""
    try:
        return str(stdnum_bic.validate(value))
    except StdnumError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("validation", "« {value} » n'est pas un BIC valide."),
            value=value,
        ) from None


def company_number(field: str, value: str, country: str) -> str:
    """SIREN/SIRET in France, enterprise number (BCE/KBO) in Belgium; compact form."""
    if not value.strip():
        return ""
    try:
        if country == "FR":
            compact = stdnum_siret.compact(value)
            checker = stdnum_siret if len(compact) == 14 else stdnum_siren
            return str(checker.validate(compact))
        if country == "BE":
            return str(stdnum_be_vat.validate(value))
    except StdnumError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "validation",
                "« {value} » n'est pas un numéro d'entreprise valide pour le pays {country} "
                "(SIREN/SIRET en France, numéro BCE en Belgique).",
            ),
            value=value,
            country=country,
        ) from None
    return value.strip()


def vat_number(field: str, value: str) -> str:
    """An EU VAT number with its country prefix (FR…, BE…), stored compact."""
    if not value.strip():
        return ""
    try:
        return str(stdnum_eu_vat.validate(value))
    except StdnumError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "validation",
                "« {value} » n'est pas un numéro de TVA valide (ex. FR40303265045, "
                "BE0403170701).",
            ),
            value=value,
        ) from None
