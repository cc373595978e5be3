"""Messages for the user: translated, with amounts in the user's format, never lost."""

from __future__ import annotations

import pytest

from relance_desktop.domain.money import Money
from relance_desktop.errors import (
    NOT_A_RELANCE_FILE,
    CompanyFileError,
    UserFacingError,
    ValidationError,
)
from relance_desktop.formatting import Formatter
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message, identity_translate

EN = {
    ("errors", "Le paiement de {amount} est arrivé."): "The payment of {amount} arrived.",
    ("errors", "« {path} » est illisible."): "“{path}” cannot be read.",
    ("validation", "{label} est obligatoire."): "{label} is required.",
}


def english(context: str, text: str) -> str:
    return EN.get((context, text), text)


def money_fr(m: Money) -> str:
    return Formatter("fr_FR").money(m.cents, m.currency)


def test_message_fills_placeholders() -> None:
    msg = Message("errors", "« {path} » est illisible.", {"path": "/tmp/a.relance"})
    assert msg.render() == "« /tmp/a.relance » est illisible."
    assert str(msg) == msg.render()


def test_message_is_translated_by_context_then_filled() -> None:
    calls: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        calls.append((context, text))
        return english(context, text)

    msg = Message("errors", "« {path} » est illisible.", {"path": "/tmp/a.relance"})
    assert msg.render(translate) == "“/tmp/a.relance” cannot be read."
    assert calls == [("errors", "« {path} » est illisible.")]


def test_money_arguments_use_the_given_formatter() -> None:
    msg = Message("errors", "Le paiement de {amount} est arrivé.", {"amount": Money(123456)})
    assert msg.render() == "Le paiement de 1234.56 EUR est arrivé."
    assert msg.render(money=money_fr) == "Le paiement de 1\u202f234,56\u00a0€ est arrivé."
    en_gb = Formatter("en_GB")
    assert msg.render(english, lambda m: en_gb.money(m.cents, m.currency)) == (
        "The payment of €1,234.56 arrived."
    )


@pytest.mark.parametrize("broken", ["{montant} reçu.", "{0} reçu.", "{amount reçu."])
def test_broken_translation_falls_back_to_the_source_text(broken: str) -> None:
    msg = Message("errors", "Le paiement de {amount} est arrivé.", {"amount": Money(500)})
    assert msg.render(lambda c, t: broken) == "Le paiement de 5.00 EUR est arrivé."


def test_translate_noop_marks_without_changing() -> None:
    assert QT_TRANSLATE_NOOP("errors", "Texte") == "Texte"
    assert identity_translate("errors", "Texte") == "Texte"


def test_user_facing_error_reads_as_a_sentence() -> None:
    exc = UserFacingError("Le paiement de {amount} est arrivé.", amount=Money(990))
    assert str(exc) == "Le paiement de 9.90 EUR est arrivé."
    assert exc.render(english, money_fr) == "The payment of 9,90\u00a0€ arrived."
    assert exc.message.context == "errors"


def test_company_file_error_names_the_file() -> None:
    exc = CompanyFileError(NOT_A_RELANCE_FILE, path="/home/anne/Factures.xlsx")
    assert isinstance(exc, UserFacingError)
    assert "« /home/anne/Factures.xlsx »" in exc.render()
    assert "Rien n'a été modifié" in exc.render()


def test_validation_error_names_the_field_and_uses_its_context() -> None:
    exc = ValidationError("name", "{label} est obligatoire.", label="Le nom")
    assert exc.field == "name"
    assert exc.message.context == "validation"
    assert str(exc) == "Le nom est obligatoire."
    assert exc.render(english) == "Le nom is required."
