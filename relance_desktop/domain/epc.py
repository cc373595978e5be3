"""The EPC QR code payload (EPC069-12, "SEPA credit transfer" QR) printed on reminder letters.

Source: LEGAL-NOTES §8 (EPC069-12 as summarised by the bwipp wiki, segno's helpers and
fr.wikipedia). This module builds the text only; drawing the QR (error correction level M,
version ≤ 13) belongs to whoever renders it.

Choices made here:

* **Character set**: always ``1`` (UTF-8).
* **Amount**: always written with a dot and **two decimals** (``EUR1581.07``, ``EUR1.00``),
  computed from integer cents. The standard's own examples also show ``EUR1`` and
  ``EUR12.5``; two decimals are accepted everywhere and say exactly what is asked.
* **Belgian structured communication (OGM)**: whether Belgian banking apps read an OGM in the
  structured-reference element (line 10), and in which form, is unconfirmed (LEGAL-NOTES §8:
  "il y a du flou"). So line 10 only ever carries an ISO 11649 RF reference; an OGM passed as
  ``reference`` is written as the unstructured text (line 11) in its paper form
  ``+++123/4567/89002+++``, which is how payers type it anyway.
* **Elements**: joined by LF; empty elements in the middle stay as empty lines, trailing
  empty elements are dropped (nothing after the last element given, no final LF).
"""

from __future__ import annotations

import re
import unicodedata

from relance_desktop.domain.references import (
    compact_ogm,
    compact_rf,
    format_ogm,
    is_valid_bic,
    is_valid_ogm,
    normalise_iban,
)

__all__ = [
    "AMOUNT_MAX_CENTS",
    "AMOUNT_MIN_CENTS",
    "INFO_MAX",
    "NAME_MAX",
    "PAYLOAD_MAX_BYTES",
    "REFERENCE_MAX",
    "TEXT_MAX",
    "EpcError",
    "epc_amount",
    "epc_payload",
]

SERVICE_TAG = "BCD"
CHARSET_UTF8 = "1"
IDENTIFICATION = "SCT"
VERSIONS = ("001", "002")

NAME_MAX = 70
REFERENCE_MAX = 35
TEXT_MAX = 140
INFO_MAX = 70
PAYLOAD_MAX_BYTES = 331
AMOUNT_MIN_CENTS = 1  # EUR0.01
AMOUNT_MAX_CENTS = 99_999_999_999  # EUR999999999.99

# Cc: control characters (LF, CR, NEL…); Zl, Zp: Unicode line and paragraph separators;
# Cs: lone surrogates, which UTF-8 cannot encode.
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Zl", "Zp", "Cs"})
_PURPOSE = re.compile(r"[A-Z0-9]{4}")  # ISO 20022 ExternalPurpose1Code, e.g. CHAR, GDDS


class EpcError(ValueError):
    """An element cannot go into an EPC QR payload; ``field`` names the argument at fault
    (``"name"``, ``"iban"``, ``"amount"``, ``"reference"``, … or ``"payload"`` for the
    total size)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"EPC QR {field}: {message}")
        self.field = field


def epc_amount(amount_cents: int) -> str:
    """The amount element, ``"EUR1581.07"``, from integer cents (0.01 to 999999999.99)."""
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise EpcError("amount", f"amount_cents must be an int, not {type(amount_cents).__name__}")
    if not AMOUNT_MIN_CENTS <= amount_cents <= AMOUNT_MAX_CENTS:
        raise EpcError(
            "amount", f"must be between 0.01 and 999999999.99 EUR, got {amount_cents} cents"
        )
    euros, cents = divmod(amount_cents, 100)
    return f"EUR{euros}.{cents:02d}"


def _clean_text(field: str, value: str, limit: int, *, required: bool = False) -> str:
    """``value`` stripped, checked for length (in characters), for line breaks and other
    control characters (they would shift every following element) and for lone surrogates
    (not encodable in UTF-8)."""
    if not isinstance(value, str):
        raise EpcError(field, f"must be a str, not {type(value).__name__}")
    value = value.strip()
    if required and not value:
        raise EpcError(field, "is required")
    if any(unicodedata.category(ch) in _FORBIDDEN_CATEGORIES for ch in value):
        raise EpcError(field, "must not contain line breaks, control characters or lone surrogates")
    if len(value) > limit:
        raise EpcError(field, f"is {len(value)} characters long, at most {limit} allowed")
    return value


def _bic_line(bic: str, version: str) -> str:
    compact = re.sub(r"\s+", "", bic).upper()
    if not compact:
        if version == "001":
            raise EpcError("bic", "is mandatory with version 001 (use version 002 to omit it)")
        return ""
    if len(compact) not in (8, 11) or not is_valid_bic(compact):
        raise EpcError("bic", f"not a valid BIC (8 or 11 characters): {bic!r}")
    return compact


def _remittance(reference: str, text: str) -> tuple[str, str]:
    """(structured line 10, unstructured line 11)."""
    reference = _clean_text("reference", reference, REFERENCE_MAX)
    text = _clean_text("text", text, TEXT_MAX)
    if reference and text:
        raise EpcError("reference", "give a structured reference or a text, not both")
    if not reference:
        return "", text
    if is_valid_ogm(reference):
        # A Belgian OGM goes to the unstructured text in its paper form, not to line 10:
        # see the module docstring (its reading in line 10 by banking apps is unconfirmed).
        return "", format_ogm(compact_ogm(reference))
    try:
        return compact_rf(reference), ""
    except ValueError:
        raise EpcError(
            "reference",
            f"not a valid RF creditor reference nor a Belgian structured communication: "
            f"{reference!r}",
        ) from None


def epc_payload(
    *,
    name: str,
    iban: str,
    amount_cents: int | None,
    bic: str = "",
    reference: str = "",
    text: str = "",
    purpose: str = "",
    info: str = "",
    version: str = "002",
) -> str:
    """The EPC069-12 payload for a SEPA credit transfer in euros, elements joined by LF.

    ``reference`` is an ISO 11649 RF reference (line 10) or a Belgian OGM (moved to the text,
    line 11, as ``+++…+++``); ``text`` is free text; never both. ``amount_cents`` None leaves
    the amount for the payer to fill in. Raises :class:`EpcError` naming the element at fault.
    """
    if version not in VERSIONS:
        raise EpcError("version", f"must be '001' or '002', not {version!r}")
    bic_line = _bic_line(bic, version)
    name_line = _clean_text("name", name, NAME_MAX, required=True)
    if not isinstance(iban, str) or not iban.strip():
        raise EpcError("iban", "is required")
    try:
        iban_line = normalise_iban(iban)
    except ValueError as exc:
        raise EpcError("iban", str(exc)) from None
    amount_line = "" if amount_cents is None else epc_amount(amount_cents)
    purpose_line = _clean_text("purpose", purpose, 4).upper()
    if purpose_line and not _PURPOSE.fullmatch(purpose_line):
        raise EpcError("purpose", f"must be a 4-character code such as CHAR, not {purpose!r}")
    structured, unstructured = _remittance(reference, text)
    info_line = _clean_text("info", info, INFO_MAX)

    elements = [
        SERVICE_TAG,
        version,
        CHARSET_UTF8,
        IDENTIFICATION,
        bic_line,
        name_line,
        iban_line,
        amount_line,
        purpose_line,
        structured,
        unstructured,
        info_line,
    ]
    while not elements[-1]:  # nothing after the last element given; the IBAN is never empty
        elements.pop()
    payload = "\n".join(elements)
    size = len(payload.encode("utf-8"))
    if size > PAYLOAD_MAX_BYTES:
        raise EpcError("payload", f"is {size} bytes in UTF-8, at most {PAYLOAD_MAX_BYTES} allowed")
    return payload
