"""The template editor's preview: the whole letter, drawn by the letters code, with the texts
being edited and sample data."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from relance_desktop.domain import letters_text
from relance_desktop.domain.templating import TemplateError
from relance_desktop.services import letter_sample, templates
from relance_desktop.store.session import CompanySession
from relance_desktop.translators import translate_for

DAY = date(2026, 3, 16)


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


@pytest.mark.parametrize("lang", ["fr", "en", "nl"])
def test_every_letter_is_drawn_with_the_texts_given(cf: CompanySession, lang: str) -> None:
    texts = templates.letter_templates_for(cf, lang)
    for kind in letters_text.LETTER_KINDS:
        texts[f"letter.{kind}.closing"] = f"Salutations de test {kind}, {{title}}."
        sample = letter_sample.sample(cf, kind, lang, texts, today=DAY,
                                      translate=translate_for(lang))
        text = _text(letter_sample.draw(sample))
        assert f"Salutations de test {kind}" in text
        assert "Test SARL" in text  # the company's own letterhead
        assert sample.email_subject and sample.email_body


def test_the_amounts_are_those_of_the_sample_invoices(cf: CompanySession) -> None:
    texts = templates.letter_templates_for(cf, "fr")
    texts["letter.reminder-1.after"] = "Reste dû : {total_due} sur {invoice_numbers}."
    text = _text(letter_sample.draw(letter_sample.sample(cf, "reminder-1", "fr", texts,
                                                         today=DAY)))
    assert "Reste dû : 2 450,00 € sur F-101, F-102, F-103." in text
    assert "1 200,00 €" in text and "800,00 €" in text and "450,00 €" in text


def test_the_customer_chosen_decides_the_variant(cf: CompanySession) -> None:
    texts = templates.letter_templates_for(cf, "fr")
    texts["letter.reminder-1.body"] = "Texte pour tous."
    texts["letter.reminder-1.body.consumer"] = "Texte pour un particulier."
    business = _text(letter_sample.draw(letter_sample.sample(
        cf, "reminder-1", "fr", texts, today=DAY)))
    consumer = _text(letter_sample.draw(letter_sample.sample(
        cf, "reminder-1", "fr", texts, today=DAY, customer_kind="consumer")))
    assert "Texte pour tous." in business and "particulier" not in business
    assert "Texte pour un particulier." in consumer


def test_a_text_that_cannot_be_filled_is_refused(cf: CompanySession) -> None:
    texts = templates.letter_templates_for(cf, "fr")
    texts["letter.thanks.after"] = "Merci pour {promise_amount}."
    with pytest.raises(TemplateError):
        letter_sample.sample(cf, "thanks", "fr", texts, today=DAY)
