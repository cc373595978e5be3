"""EPC QR payload for SEPA credit transfers (EPC069-12, LEGAL-NOTES §8)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relance_desktop.domain.epc import (
    AMOUNT_MAX_CENTS,
    PAYLOAD_MAX_BYTES,
    EpcError,
    epc_amount,
    epc_payload,
)
from relance_desktop.domain.references import format_ogm, ogm_from_number, rf_from_reference

IBAN = "BE71096123456769"
MULTIBYTE_NAME = "Łukasz Dvořák"  # 13 characters, 16 bytes in UTF-8


def payload(**overrides: Any) -> str:
    fields: dict[str, Any] = {"name": "Test SPRL", "iban": IBAN, "amount_cents": 12_345}
    fields.update(overrides)
    return epc_payload(**fields)


def test_wikipedia_red_cross_example_with_two_decimals() -> None:
    """The fr.wikipedia example, byte for byte, except the amount: « EUR1 » there, and
    « EUR1.00 » here since amounts are always written with two decimals."""
    expected = (
        "BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1\nCHAR\n"
        "\nUrgency fund\nSample QR code"
    ).replace("\nEUR1\n", "\nEUR1.00\n")
    built = epc_payload(
        version="001",
        bic="BPOTBEB1",
        name="Red Cross of Belgium",
        iban="BE72000000001616",
        amount_cents=100,
        purpose="CHAR",
        text="Urgency fund",
        info="Sample QR code",
    )
    assert built.encode("utf-8") == expected.encode("utf-8")


def test_minimal_payload_ends_at_the_iban() -> None:
    assert payload(amount_cents=None) == f"BCD\n002\n1\nSCT\n\nTest SPRL\n{IBAN}"


def test_nothing_after_the_last_element_given() -> None:
    built = payload()
    assert built == f"BCD\n002\n1\nSCT\n\nTest SPRL\n{IBAN}\nEUR123.45"
    assert not built.endswith("\n")
    assert "\r" not in built


def test_empty_elements_in_the_middle_stay_as_empty_lines() -> None:
    built = payload(amount_cents=None, info="Merci")
    lines = built.split("\n")
    assert len(lines) == 12
    assert lines[7:11] == ["", "", "", ""]
    assert lines[11] == "Merci"


def test_rf_reference_goes_to_line_10_compact() -> None:
    lines = payload(reference="rf18 5390 0754 7034").split("\n")
    assert len(lines) == 10
    assert lines[9] == "RF18539007547034"


@pytest.mark.parametrize("typed", ["+++123/4567/89002+++", "123456789002", "123/4567/89002"])
def test_ogm_reference_goes_to_the_text_line_in_paper_form(typed: str) -> None:
    lines = payload(reference=typed).split("\n")
    assert lines[9] == ""  # never in the structured element: its reading there is unconfirmed
    assert lines[10] == "+++123/4567/89002+++"
    assert len(lines) == 11


def test_ogm_and_text_together_are_refused() -> None:
    with pytest.raises(EpcError) as caught:
        payload(reference=format_ogm(ogm_from_number(42)), text="Facture 42")
    assert caught.value.field == "reference"


def test_bic_is_compacted_and_upper_cased() -> None:
    assert payload(bic="gkcc be bb").split("\n")[4] == "GKCCBEBB"
    assert payload(bic="GEBABEBB036").split("\n")[4] == "GEBABEBB036"


def test_iban_is_compacted() -> None:
    assert payload(iban="be71 0961 2345 6769").split("\n")[6] == IBAN


def test_purpose_is_upper_cased() -> None:
    assert payload(purpose="char").split("\n")[8] == "CHAR"


@pytest.mark.parametrize(
    ("cents", "line"),
    [
        (1, "EUR0.01"),
        (10, "EUR0.10"),
        (100, "EUR1.00"),
        (1250, "EUR12.50"),
        (158_107, "EUR1581.07"),
        (AMOUNT_MAX_CENTS, "EUR999999999.99"),
    ],
)
def test_amount_always_has_two_decimals(cents: int, line: str) -> None:
    assert epc_amount(cents) == line
    assert payload(amount_cents=cents).split("\n")[7] == line


def test_error_is_a_value_error_naming_the_field() -> None:
    with pytest.raises(ValueError, match="EPC QR name: is required"):
        payload(name="  ")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"version": "003"}, "version"),
        ({"version": "1"}, "version"),
        ({"version": "001"}, "bic"),  # BIC mandatory in version 001
        ({"bic": "BPOTBE"}, "bic"),
        ({"bic": "BPOTBEB1X"}, "bic"),
        ({"bic": "BPOTQQB1"}, "bic"),  # no such country
        ({"name": ""}, "name"),
        ({"name": "N" * 71}, "name"),
        ({"name": "Dupont\nSA"}, "name"),
        ({"name": "Dupont\u2028SA"}, "name"),
        ({"name": "Dupont \ud800"}, "name"),  # a lone surrogate cannot be written in UTF-8
        ({"iban": ""}, "iban"),
        ({"iban": "BE68539007547034"}, "iban"),  # unknown Belgian bank code
        ({"iban": "BE71096123456768"}, "iban"),
        ({"amount_cents": 0}, "amount"),
        ({"amount_cents": -100}, "amount"),
        ({"amount_cents": AMOUNT_MAX_CENTS + 1}, "amount"),
        ({"amount_cents": True}, "amount"),
        ({"amount_cents": 1.5}, "amount"),
        ({"amount_cents": Decimal("1.50")}, "amount"),
        ({"purpose": "CHARITY"}, "purpose"),
        ({"purpose": "CH"}, "purpose"),
        ({"purpose": "CH-R"}, "purpose"),
        ({"reference": "RF18539007547035"}, "reference"),
        ({"reference": "+++700/8000/90607+++"}, "reference"),
        ({"reference": "Facture 42"}, "reference"),
        ({"reference": "R" * 36}, "reference"),
        ({"reference": "RF18539007547034", "text": "Facture 42"}, "reference"),
        ({"text": "T" * 141}, "text"),
        ({"text": "Facture\r\n42"}, "text"),
        ({"info": "I" * 71}, "info"),
        ({"info": "tab\there"}, "info"),
    ],
)
def test_invalid_elements_raise_epc_error(overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(EpcError) as caught:
        payload(**overrides)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"EPC QR {field}: ")


def test_length_limits_are_inclusive() -> None:
    built = payload(name="N" * 70, text="T" * 140, bic="GEBABEBB036")
    assert len(built.encode("utf-8")) <= PAYLOAD_MAX_BYTES
    assert payload(info="I" * 70, amount_cents=None).endswith("I" * 70)
    rf25 = rf_from_reference("A" * 21)
    assert payload(reference=rf25).split("\n")[9] == rf25


def test_limits_count_characters_the_payload_limit_counts_bytes() -> None:
    name = (MULTIBYTE_NAME * 6)[:70]  # 70 characters, more than 70 bytes
    assert len(name) == 70 and len(name.encode("utf-8")) > 70
    text = "€" * 140  # 140 characters, 420 bytes
    built = payload(name=name)
    assert name in built
    with pytest.raises(EpcError) as caught:
        payload(name=name, text=text)
    assert caught.value.field == "payload"
    assert "bytes" in str(caught.value)


def _text_of_bytes(size: int) -> str:
    """At most 140 characters (« é » is 2 bytes, « x » 1) making exactly ``size`` bytes."""
    doubles = max(0, size - 140)
    text = "é" * doubles + "x" * (size - 2 * doubles)
    assert len(text) <= 140 and len(text.encode("utf-8")) == size
    return text


@pytest.mark.parametrize(("extra", "ok"), [(0, True), (1, False)])
def test_payload_limit_is_331_bytes(extra: int, ok: bool) -> None:
    name = (MULTIBYTE_NAME * 6)[:70]
    fields: dict[str, Any] = {"name": name, "bic": "GEBABEBB036", "purpose": "GDDS"}
    without_text = len(payload(**fields, info="i").encode("utf-8"))  # info keeps line 11
    text = _text_of_bytes(PAYLOAD_MAX_BYTES - without_text + extra)
    if ok:
        built = payload(**fields, text=text, info="i")
        assert len(built.encode("utf-8")) == PAYLOAD_MAX_BYTES
    else:
        with pytest.raises(EpcError) as caught:
            payload(**fields, text=text, info="i")
        assert caught.value.field == "payload"


# --- Properties ------------------------------------------------------------------------------

# Printable text of any script, no control characters, line separators or surrogates.
printable = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))


@given(
    name=st.text(printable, min_size=1, max_size=70).filter(str.strip),
    text=st.text(printable, max_size=140),
    info=st.text(printable, max_size=70),
    amount_cents=st.none() | st.integers(min_value=1, max_value=AMOUNT_MAX_CENTS),
)
def test_payload_never_exceeds_331_bytes(
    name: str, text: str, info: str, amount_cents: int | None
) -> None:
    try:
        built = payload(name=name, text=text, info=info, amount_cents=amount_cents)
    except EpcError as exc:
        assert exc.field == "payload"  # every element is within its own limit here
        return
    assert len(built.encode("utf-8")) <= PAYLOAD_MAX_BYTES
    assert not built.endswith("\n")
    assert built.split("\n")[5] == name.strip()


@given(st.integers(min_value=1, max_value=AMOUNT_MAX_CENTS))
def test_amount_line_matches_the_cents_exactly(cents: int) -> None:
    line = payload(amount_cents=cents).split("\n")[7]
    assert re.fullmatch(r"EUR(0|[1-9][0-9]{0,8})\.[0-9]{2}", line)
    assert Decimal(line[3:]) * 100 == cents


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=21))
def test_any_generated_rf_is_accepted_as_structured_reference(body: str) -> None:
    ref = rf_from_reference(body)
    assert payload(reference=ref).split("\n")[9] == ref


@given(st.integers(min_value=0, max_value=10**10 - 1))
def test_any_generated_ogm_is_accepted_and_moved_to_the_text(base: int) -> None:
    ogm = ogm_from_number(base)
    lines = payload(reference=ogm).split("\n")
    assert lines[9] == ""
    assert lines[10] == format_ogm(ogm)
