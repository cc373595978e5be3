"""Payment references: Belgian OGM/VCS, ISO 11649 RF, IBAN and BIC (LEGAL-NOTES §7 and §9)."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relance_desktop.domain.references import (
    compact_ogm,
    compact_rf,
    format_iban,
    format_ogm,
    format_rf,
    is_valid_bic,
    is_valid_iban,
    is_valid_ogm,
    is_valid_rf,
    normalise_iban,
    ogm_from_number,
    reference_for,
    rf_from_invoice,
    rf_from_reference,
)

RF_ALPHABET = string.digits + string.ascii_uppercase
ASCII_ALNUM = string.digits + string.ascii_letters

# --- OGM / VCS: the examples of LEGAL-NOTES §7 ----------------------------------------------


def test_ogm_hapytex_example() -> None:
    assert ogm_from_number(1234567890) == "123456789002"
    assert ogm_from_number("1234567890") == "123456789002"
    assert format_ogm(ogm_from_number(1234567890)) == "+++123/4567/89002+++"


def test_ogm_stdnum_example_check_83() -> None:
    assert ogm_from_number("0108068171") == "010806817183"
    assert ogm_from_number(108068171)[-2:] == "83"  # an int is left-padded the same way


def test_ogm_remainder_zero_gives_97() -> None:
    assert format_ogm(ogm_from_number(0)) == "+++000/0000/00097+++"
    assert format_ogm(ogm_from_number("0000000000")) == "+++000/0000/00097+++"
    assert ogm_from_number(97)[-2:] == "97"


def test_ogm_valid_and_invalid_examples() -> None:
    assert is_valid_ogm("+++090/9337/55493+++")
    assert not is_valid_ogm("+++700/8000/90607+++")


@pytest.mark.parametrize(
    "typed",
    [
        "+++090/9337/55493+++",
        "***090/9337/55493***",
        "090/9337/55493",
        "090 9337 55493",
        "090933755493",
        "  +++ 090/9337/55493 +++  ",
        "+++090933755493+++",
    ],
)
def test_ogm_accepted_forms(typed: str) -> None:
    assert is_valid_ogm(typed)
    assert compact_ogm(typed) == "090933755493"
    assert format_ogm(typed) == "+++090/9337/55493+++"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "+++090/9337/55493***",  # mixed delimiters
        "+++090/9337/55493",  # one side only
        "090/9337/55493+++",
        "++090/9337/55493++",
        "090-9337-55493",  # dashes are not in the forms Febelfin gives
        "09093375549",  # 11 digits
        "0909337554930",  # 13 digits
        "+++090/9337/55493+++ facture 12",  # anything more makes it free text
        "OGM 090/9337/55493",
        "+++000/0000/00000+++",
        "٠٩٠٩٣٣٧٥٥٤٩٣",  # Arabic-Indic digits are not ASCII digits
    ],
)
def test_ogm_rejected_forms(typed: str) -> None:
    assert not is_valid_ogm(typed)
    with pytest.raises(ValueError):
        compact_ogm(typed)


def test_format_ogm_refuses_an_invalid_ogm() -> None:
    with pytest.raises(ValueError, match="invalid structured communication"):
        format_ogm("700800090607")


@pytest.mark.parametrize(
    ("invoice", "base"),
    [
        ("F2026-00042", "0202600042"),  # digits kept, left-padded to 10
        ("42", "0000000042"),
        ("2026/FAC/7", "0000020267"),
        ("1234567890", "1234567890"),  # exactly 10 digits: used as is
        ("12345678901", "2345678901"),  # 11 digits: the last 10
        ("INV-2026-000001234", "6000001234"),
    ],
)
def test_ogm_base_from_invoice_numbers(invoice: str, base: str) -> None:
    ogm = ogm_from_number(invoice)
    assert ogm[:10] == base
    assert ogm == ogm_from_number(base)
    assert is_valid_ogm(ogm)


def test_ogm_from_int_boundaries() -> None:
    assert ogm_from_number(9_999_999_999)[:10] == "9999999999"
    assert ogm_from_number(10_000_000_000)[:10] == "0000000000"  # the last 10 digits


@pytest.mark.parametrize("bad", ["", "FACT-A", "٤٢", "²"])
def test_ogm_needs_an_ascii_digit(bad: str) -> None:
    with pytest.raises(ValueError, match="no digit"):
        ogm_from_number(bad)


def test_ogm_refuses_negative_and_non_numbers() -> None:
    with pytest.raises(ValueError, match="negative"):
        ogm_from_number(-1)
    with pytest.raises(TypeError):
        ogm_from_number(True)
    with pytest.raises(TypeError):
        ogm_from_number(1.5)  # type: ignore[arg-type]


# --- ISO 11649 RF: the examples of LEGAL-NOTES §9 -------------------------------------------


@pytest.mark.parametrize(
    ("body", "compact", "printed"),
    [
        ("1234512345", "RF451234512345", "RF45 1234 5123 45"),
        ("AB2G5", "RF68AB2G5", "RF68 AB2G 5"),
        ("TU06FX", "RF96TU06FX", "RF96 TU06 FX"),
        ("539007547034", "RF18539007547034", "RF18 5390 0754 7034"),
    ],
)
def test_rf_examples(body: str, compact: str, printed: str) -> None:
    assert rf_from_reference(body) == compact
    assert format_rf(compact) == printed
    assert is_valid_rf(compact)
    assert is_valid_rf(printed)


def test_rf_valid_and_invalid_examples() -> None:
    assert is_valid_rf("RF720HYA6")
    assert not is_valid_rf("RF19GAX8WS5JYOOUJ87")


def test_rf_spaces_ignored_and_lower_case_accepted() -> None:
    assert rf_from_reference("ab2 g5") == "RF68AB2G5"
    assert is_valid_rf("rf68 ab2g5")
    assert is_valid_rf(" RF18 5390 0754 7034 ")
    assert compact_rf("rf18 5390\u00a00754 7034") == "RF18539007547034"


def test_rf_body_boundaries() -> None:
    body21 = "A" * 10 + "1" * 11
    ref = rf_from_reference(body21)
    assert len(ref) == 25
    assert is_valid_rf(ref)
    with pytest.raises(ValueError, match="1 to 21"):
        rf_from_reference(body21 + "2")
    with pytest.raises(ValueError):
        rf_from_reference("")
    assert rf_from_reference("7") == "RF" + ref_check("7") + "7"


def ref_check(body: str) -> str:
    return rf_from_reference(body)[2:4]


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "RF",
        "RF18",
        "RF18 5390 0754 7035",  # wrong check digit
        "RF18-5390-0754-7034",  # only spaces are ignored
        "XX18539007547034",
        "RF1X539007547034",
        "RF45" + "1" * 22,  # 26 characters
        "RF18 5390 0754 703ß",  # « ß ».upper() is « SS »: not an ASCII letter
    ],
)
def test_rf_rejected(bad: str) -> None:
    assert not is_valid_rf(bad)
    with pytest.raises(ValueError):
        compact_rf(bad)
    with pytest.raises(ValueError):
        format_rf(bad)


@pytest.mark.parametrize("bad", ["AB-12", "é1", "ß", "ﬁ", "12.5"])
def test_rf_body_must_be_ascii_letters_and_digits(bad: str) -> None:
    with pytest.raises(ValueError, match="letters or digits"):
        rf_from_reference(bad)


@pytest.mark.parametrize(
    ("invoice", "body"),
    [
        ("F2026-00042", "F202600042"),
        ("fac/2026/7", "FAC20267"),
        ("Façture n° 12", "FATUREN12"),  # non-ASCII letters and signs are dropped
        ("X" * 5 + "-" + "1234567890" * 2, "X" + "1234567890" * 2),  # the last 21
    ],
)
def test_rf_from_invoice(invoice: str, body: str) -> None:
    ref = rf_from_invoice(invoice)
    assert ref[4:] == body
    assert ref == rf_from_reference(body)
    assert is_valid_rf(ref)


def test_rf_from_invoice_needs_a_letter_or_digit() -> None:
    with pytest.raises(ValueError, match="no letter or digit"):
        rf_from_invoice("--/--")


def test_rf_letter_for_digit_substitution_can_go_undetected() -> None:
    """Letters count as two digits (A = 10), so swapping a letter for a digit changes the
    length of the number checked: mod 97 does not catch all such changes."""
    assert rf_from_reference("1234A") == "RF781234A"
    assert is_valid_rf("RF7812345")


# --- Which reference a letter prints --------------------------------------------------------


def test_reference_for_belgium_is_an_ogm() -> None:
    assert reference_for("BE", "F2026-00042") == ("ogm", "+++020/2600/04222+++")
    assert reference_for(" be ", "F2026-00042") == ("ogm", "+++020/2600/04222+++")


@pytest.mark.parametrize("country", ["FR", "fr", "LU", "NL", ""])
def test_reference_for_others_is_an_rf(country: str) -> None:
    kind, printed = reference_for(country, "F2026-00042")
    assert kind == "rf"
    assert printed == format_rf(rf_from_reference("F202600042"))
    assert is_valid_rf(printed)


def test_reference_for_belgian_invoice_without_digit_falls_back_to_rf() -> None:
    kind, printed = reference_for("BE", "ACOMPTE-ABC")
    assert kind == "rf"
    assert printed == format_rf("RF" + ref_check("ACOMPTEABC") + "ACOMPTEABC")


def test_reference_for_needs_something_to_build_on() -> None:
    with pytest.raises(ValueError):
        reference_for("FR", "---")


# --- IBAN / BIC -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "compact", "printed"),
    [
        ("BE71096123456769", "BE71096123456769", "BE71 0961 2345 6769"),
        ("be71 0961 2345 6769", "BE71096123456769", "BE71 0961 2345 6769"),
        ("BE72000000001616", "BE72000000001616", "BE72 0000 0000 1616"),
        (
            "FR14 2004 1010 0505 0001 3M02 606",
            "FR1420041010050500013M02606",
            "FR14 2004 1010 0505 0001 3M02 606",
        ),
    ],
)
def test_iban_valid(typed: str, compact: str, printed: str) -> None:
    assert normalise_iban(typed) == compact
    assert format_iban(typed) == printed
    assert is_valid_iban(typed)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("BE68539007547034", "unknown country or bank code"),  # mod 97 fine, bank 539 unknown
        ("BE71096123456768", "wrong check digits"),
        ("BE71 0961 2345 676", "wrong"),
        ("BE71096123456769X", "wrong"),
        ("not an iban", "wrong"),
        ("", "empty"),
        ("   ", "empty"),
    ],
)
def test_iban_invalid_with_short_reason(bad: str, reason: str) -> None:
    assert not is_valid_iban(bad)
    with pytest.raises(ValueError, match=reason):
        normalise_iban(bad)
    with pytest.raises(ValueError):
        format_iban(bad)


@pytest.mark.parametrize(
    "good", ["BPOTBEB1", "GEBABEBB", "bpotbeb1", "GEBA BE BB 036", "BNPAFRPPXXX"]
)
def test_bic_valid(good: str) -> None:
    assert is_valid_bic(good)


@pytest.mark.parametrize("bad", ["", "BPOTBE", "BPOTBEB12", "BPOTQQB1", "1POTBEB1", "BPOTBEB1XXXX"])
def test_bic_invalid(bad: str) -> None:
    assert not is_valid_bic(bad)


# --- Properties ------------------------------------------------------------------------------

ogm_bases = st.integers(min_value=0, max_value=10**10 - 1)


@given(ogm_bases)
def test_every_generated_ogm_validates(base: int) -> None:
    ogm = ogm_from_number(base)
    assert len(ogm) == 12
    assert ogm.isascii() and ogm.isdigit()
    assert is_valid_ogm(ogm)
    assert is_valid_ogm(format_ogm(ogm))
    assert compact_ogm(format_ogm(ogm)) == ogm


@given(st.text(max_size=40).filter(lambda s: any(c in string.digits for c in s)))
def test_every_ogm_from_any_invoice_number_validates(invoice: str) -> None:
    assert is_valid_ogm(ogm_from_number(invoice))


@given(ogm_bases, st.integers(min_value=0, max_value=11), st.integers(min_value=1, max_value=9))
def test_changing_any_one_ogm_digit_invalidates(base: int, position: int, delta: int) -> None:
    """Always holds: a one-digit change moves the base by d·10^k (never a multiple of the
    prime 97), so the expected check changes; or it changes the check itself."""
    ogm = ogm_from_number(base)
    digit = str((int(ogm[position]) + delta) % 10)
    assert not is_valid_ogm(ogm[:position] + digit + ogm[position + 1 :])


rf_bodies = st.text(alphabet=RF_ALPHABET, min_size=1, max_size=21)


@given(rf_bodies)
def test_every_generated_rf_validates(body: str) -> None:
    ref = rf_from_reference(body)
    assert ref.startswith("RF") and ref[4:] == body and len(ref) <= 25
    assert 2 <= int(ref[2:4]) <= 98  # ISO 7064 MOD 97-10 check digits: 98 − n
    assert is_valid_rf(ref)
    assert is_valid_rf(format_rf(ref))
    assert is_valid_rf(ref.lower())
    assert compact_rf(format_rf(ref)) == ref


@given(st.text(max_size=40).filter(lambda s: any(c in ASCII_ALNUM for c in s)))
def test_every_rf_from_any_invoice_number_validates(invoice: str) -> None:
    ref = rf_from_invoice(invoice)
    assert len(ref) <= 25
    assert is_valid_rf(ref)


@given(rf_bodies, st.data())
def test_changing_one_rf_character_for_one_of_the_same_kind_invalidates(
    body: str, data: st.DataObject
) -> None:
    """Holds for a digit replaced by another digit (check digits included) and a letter by
    another letter: the number checked moves by d·10^k with 0 < |d| < 97. A letter swapped
    for a digit (or back) changes the length and may go unnoticed (see the example above)."""
    ref = rf_from_reference(body)
    position = data.draw(st.integers(min_value=2, max_value=len(ref) - 1))
    old = ref[position]
    alphabet = string.digits if old.isdigit() else string.ascii_uppercase
    new = data.draw(st.sampled_from([c for c in alphabet if c != old]))
    assert not is_valid_rf(ref[:position] + new + ref[position + 1 :])
