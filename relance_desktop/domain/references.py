"""Payment references printed on reminders: Belgian structured communication, RF, IBAN, BIC.

The check digits are python-stdnum's (``stdnum.be.ogm_vcs``, ``stdnum.iso11649``,
``stdnum.iso7064.mod_97_10``, ``stdnum.iban``, ``stdnum.bic``); this module only adds what the
app needs around them: turning an invoice number into a reference, accepting the forms people
type, and short error messages. Sources: LEGAL-NOTES §7 (OGM/VCS) and §9 (ISO 11649).

Rules chosen here (documented because an invoice number is not a reference):

* **OGM from an invoice number** (``ogm_from_number``): keep the ASCII digits of the number,
  in order, use the **last 10** and left-pad with zeros; the check is that base mod 97, or 97
  when the remainder is 0. ``"F2026-00042"`` → base ``0202600042``. Two invoice numbers that
  differ only by letters or by digits before the last 10 give the same OGM.
* **RF from an invoice number** (``rf_from_invoice``): keep the ASCII letters and digits,
  upper-cased, use the **last 21** (the most ISO 11649 allows after ``RF`` + 2 check digits).
* **Which one** (``reference_for``): a Belgian creditor prints an OGM (what Belgian banking
  apps expect); everyone else, or a Belgian invoice number without any digit, prints an RF.
"""

from __future__ import annotations

import re
from typing import Literal

from stdnum import bic as _bic
from stdnum import iban as _iban
from stdnum import iso11649 as _iso11649
from stdnum.be import ogm_vcs as _ogm
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidLength,
    ValidationError,
)
from stdnum.iso7064 import mod_97_10 as _mod_97_10

__all__ = [
    "RF_BODY_MAX",
    "ReferenceKind",
    "compact_ogm",
    "compact_rf",
    "format_iban",
    "format_ogm",
    "format_rf",
    "is_valid_bic",
    "is_valid_iban",
    "is_valid_ogm",
    "is_valid_rf",
    "normalise_iban",
    "ogm_from_number",
    "reference_for",
    "rf_from_invoice",
    "rf_from_reference",
]

ReferenceKind = Literal["ogm", "rf"]

OGM_BASE_DIGITS = 10
RF_BODY_MAX = 21  # ISO 11649: "RF" + 2 check digits + 1 to 21 characters, 25 in all

_NON_DIGITS = re.compile(r"[^0-9]")
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")
_WHITESPACE = re.compile(r"\s+")
# What people type for an OGM: optional +++ or *** on both sides (the same on both), digits
# with spaces or slashes between them. Anything else is free text, not an OGM (Febelfin).
_OGM_DELIMITERS = ("+++", "***")
_OGM_BODY = re.compile(r"[0-9][0-9 /]*[0-9]")
# Checked before upper-casing: str.upper() turns « ß » into « SS » and « ı » into « I ».
_RF_COMPACT = re.compile(r"[Rr][Ff][0-9]{2}[0-9A-Za-z]{1,21}")
_RF_BODY = re.compile(r"[0-9A-Za-z]{1,21}")


# --- Belgian structured communication (OGM / VCS) -------------------------------------------


def _ogm_digits(text: str) -> str | None:
    """The 12 digits of a typed OGM when its shape is right (check digits not verified)."""
    body = text.strip()
    for delimiter in _OGM_DELIMITERS:
        if len(body) > 6 and body.startswith(delimiter) and body.endswith(delimiter):
            body = body[3:-3].strip()
            break
    if not _OGM_BODY.fullmatch(body):
        return None  # other characters, or +++/*** on one side only or mixed
    digits = _NON_DIGITS.sub("", body)
    return digits if len(digits) == 12 else None


def ogm_from_number(base: int | str) -> str:
    """The 12-digit Belgian structured communication for an invoice number or id.

    ``base`` is an int (≥ 0) or text such as ``"F2026-00042"``: its ASCII digits are kept, the
    last 10 are used, left-padded with zeros (see the module docstring); the check digits are
    python-stdnum's (base mod 97, 97 when 0). Raises ``ValueError`` when there is no digit.
    """
    if isinstance(base, bool) or not isinstance(base, int | str):
        raise TypeError(f"an OGM base is an int or a str, not {type(base).__name__}")
    if isinstance(base, int):
        if base < 0:
            raise ValueError(f"an OGM base cannot be negative: {base}")
        base = str(base)
    digits = _NON_DIGITS.sub("", base)
    if not digits:
        raise ValueError(f"no digit to build a structured communication from: {base!r}")
    base10 = digits[-OGM_BASE_DIGITS:].rjust(OGM_BASE_DIGITS, "0")
    return base10 + _ogm.calc_check_digits(base10)


def compact_ogm(text: str) -> str:
    """The 12 digits of a valid OGM typed as ``+++123/4567/89002+++``, ``***…***``, with spaces
    or slashes, or bare; ``ValueError`` when it is not a valid structured communication."""
    digits = _ogm_digits(text)
    if digits is None:
        raise ValueError(f"not a structured communication (12 digits expected): {text!r}")
    try:
        return str(_ogm.validate(digits))
    except ValidationError as exc:
        raise ValueError(f"invalid structured communication {text!r}: {exc}") from exc


def is_valid_ogm(text: str) -> bool:
    """True for a valid OGM in any of the forms :func:`compact_ogm` accepts."""
    try:
        compact_ogm(text)
    except ValueError:
        return False
    return True


def format_ogm(digits12: str) -> str:
    """The paper form ``+++123/4567/89002+++`` of a valid OGM (``ValueError`` otherwise)."""
    return f"+++{_ogm.format(compact_ogm(digits12))}+++"


# --- ISO 11649 RF creditor reference ---------------------------------------------------------


def rf_from_reference(base: str) -> str:
    """The compact RF creditor reference (``"RF68AB2G5"``) for a body of 1 to 21 characters
    ``[0-9A-Z]`` (spaces ignored, lower case accepted); ``ValueError`` otherwise.

    Check digits: ISO 7064 MOD 97-10 over body + ``RF00`` (python-stdnum), i.e. 98 − n.
    """
    body = _WHITESPACE.sub("", base)
    if not _RF_BODY.fullmatch(body):
        raise ValueError(
            f"an RF reference body is 1 to {RF_BODY_MAX} letters or digits, not {base!r}"
        )
    body = body.upper()
    return f"RF{_mod_97_10.calc_check_digits(body + 'RF')}{body}"


def rf_from_invoice(number: str) -> str:
    """The compact RF reference for an invoice number: its ASCII letters and digits,
    upper-cased, the last 21 (see the module docstring). ``ValueError`` when none is left."""
    body = _NON_ALNUM.sub("", number).upper()
    if not body:
        raise ValueError(f"no letter or digit to build an RF reference from: {number!r}")
    return rf_from_reference(body[-RF_BODY_MAX:])


def compact_rf(text: str) -> str:
    """The compact, upper-case form of a valid RF reference (spaces ignored, lower case
    accepted); ``ValueError`` when it is not valid."""
    compact = _WHITESPACE.sub("", text)
    if not _RF_COMPACT.fullmatch(compact):
        raise ValueError(
            f"not an RF creditor reference (RF, 2 check digits, 1 to {RF_BODY_MAX} "
            f"letters or digits): {text!r}"
        )
    try:
        return str(_iso11649.validate(compact.upper()))
    except ValidationError as exc:
        raise ValueError(f"invalid RF creditor reference {text!r}: {exc}") from exc


def is_valid_rf(text: str) -> bool:
    """True for a valid ISO 11649 reference; spaces are ignored and lower case accepted."""
    try:
        compact_rf(text)
    except ValueError:
        return False
    return True


def format_rf(ref: str) -> str:
    """A valid RF reference printed in groups of 4: ``"RF45 1234 5123 45"``."""
    return str(_iso11649.format(compact_rf(ref)))


# --- Which reference a letter prints ---------------------------------------------------------


def reference_for(country: str, invoice_number: str) -> tuple[ReferenceKind, str]:
    """(kind, printed form) of the payment reference for an invoice of a creditor in
    ``country`` (ISO 3166 alpha-2, any case): ``("ogm", "+++…+++")`` for Belgium, else
    ``("rf", "RFxx xxxx …")``. A Belgian invoice number without any digit falls back to RF."""
    if country.strip().upper() == "BE" and _NON_DIGITS.sub("", invoice_number):
        return "ogm", format_ogm(ogm_from_number(invoice_number))
    return "rf", format_rf(rf_from_invoice(invoice_number))


# --- IBAN and BIC (thin wrappers over python-stdnum) ---------------------------------------


def _reason(exc: ValidationError) -> str:
    """A short reason for a stdnum validation error."""
    if isinstance(exc, InvalidChecksum):
        return "wrong check digits"
    if isinstance(exc, InvalidLength):
        return "wrong length"
    if isinstance(exc, InvalidComponent):
        return "unknown country or bank code"
    return "wrong format"


def normalise_iban(text: str) -> str:
    """The compact, upper-case IBAN (``"BE71096123456769"``), checked by python-stdnum
    (mod 97, the country's length and structure, and the national check where stdnum has
    one, e.g. the Belgian bank code). ``ValueError`` with a short reason otherwise."""
    if not _iban.compact(text):
        raise ValueError("invalid IBAN: empty")
    try:
        return str(_iban.validate(text))
    except ValidationError as exc:
        raise ValueError(f"invalid IBAN {text!r}: {_reason(exc)}") from exc


def is_valid_iban(text: str) -> bool:
    try:
        normalise_iban(text)
    except ValueError:
        return False
    return True


def format_iban(text: str) -> str:
    """A valid IBAN printed in groups of 4: ``"BE71 0961 2345 6769"`` (``ValueError``
    otherwise)."""
    return str(_iban.format(normalise_iban(text)))


def is_valid_bic(text: str) -> bool:
    """True for a well-formed BIC (8 or 11 characters, a known country code), per stdnum.
    Spaces are ignored, lower case accepted. Whether the bank exists is not checked."""
    return bool(_bic.is_valid(text))
