"""Editable texts (calls, letters): shipped defaults, the user's edits in the file, audit."""

from __future__ import annotations

import pytest

from relance_desktop.domain import letters_text
from relance_desktop.domain.calls.script import (
    PLACEHOLDERS,
    TEMPLATE_KEYS,
    TemplateError,
    placeholders_for,
)
from relance_desktop.services import templates
from relance_desktop.store.models import AuditEvent, Template
from relance_desktop.store.session import CompanySession

KEY = "objection.forgot"


@pytest.mark.parametrize("lang", ["fr", "en", "nl"])
def test_defaults_load_every_key(lang: str) -> None:
    texts = templates.default_templates(lang)
    assert set(texts) == set(TEMPLATE_KEYS)


def test_unknown_language_falls_back_to_french() -> None:
    assert templates.default_templates("de") == templates.default_templates("fr")
    assert templates.default_templates("") == templates.default_templates("fr")


def test_defaults_are_copies() -> None:
    texts = templates.default_templates("fr")
    texts[KEY] = "changed"
    assert templates.default_templates("fr")[KEY] != "changed"


def test_override_wins_then_reset_restores(cf: CompanySession) -> None:
    default = templates.default_templates("fr")[KEY]
    mine = "Pas de souci. Pouvez-vous régler les {amount_due} aujourd'hui ?"
    templates.save_template(cf, KEY, "fr", mine)
    assert templates.templates_for(cf, "fr")[KEY] == mine
    assert templates.edited_keys(cf, "fr") == {KEY}
    # other languages keep their own texts
    assert templates.templates_for(cf, "en")[KEY] == templates.default_templates("en")[KEY]
    assert templates.edited_keys(cf, "en") == set()

    templates.reset_template(cf, KEY, "fr")
    assert templates.templates_for(cf, "fr")[KEY] == default
    assert templates.edited_keys(cf, "fr") == set()
    assert Template.select().count() == 0


def test_saving_again_updates_the_same_row(cf: CompanySession) -> None:
    templates.save_template(cf, KEY, "nl", "Eerste versie voor {customer}.")
    templates.save_template(cf, KEY, "nl", "Tweede versie voor {customer}.")
    assert Template.select().count() == 1
    assert templates.templates_for(cf, "nl")[KEY] == "Tweede versie voor {customer}."


def test_unknown_placeholder_is_refused_and_nothing_saved(cf: CompanySession) -> None:
    before = templates.templates_for(cf, "fr")[KEY]
    with pytest.raises(TemplateError) as caught:
        templates.save_template(cf, KEY, "fr", "Bonjour {client}, vous avez oublié ?")
    assert "{client}" in str(caught.value)
    assert caught.value.key == KEY
    assert Template.select().count() == 0
    assert AuditEvent.select().where(AuditEvent.entity == "template").count() == 0
    assert templates.templates_for(cf, "fr")[KEY] == before


def test_broken_edit_does_not_replace_a_good_one(cf: CompanySession) -> None:
    templates.save_template(cf, KEY, "fr", "Version correcte pour {customer}.")
    with pytest.raises(TemplateError):
        templates.save_template(cf, KEY, "fr", "Version cassée {customer")
    assert templates.templates_for(cf, "fr")[KEY] == "Version correcte pour {customer}."


def test_unknown_key_is_refused(cf: CompanySession) -> None:
    with pytest.raises(TemplateError):
        templates.save_template(cf, "script.sing", "fr", "La la la")
    with pytest.raises(TemplateError):
        templates.reset_template(cf, "script.sing", "fr")
    assert Template.select().count() == 0


def test_saving_the_shipped_text_removes_the_edit(cf: CompanySession) -> None:
    templates.save_template(cf, KEY, "fr", "Autre texte pour {customer}.")
    templates.save_template(cf, KEY, "fr", templates.default_templates("fr")[KEY])
    assert templates.edited_keys(cf, "fr") == set()


def test_save_and_reset_are_audited(cf: CompanySession) -> None:
    templates.save_template(cf, KEY, "fr", "Texte à moi pour {customer}.")
    templates.reset_template(cf, KEY, "fr")
    events = list(AuditEvent.select().where(AuditEvent.entity == "template")
                  .order_by(AuditEvent.id))
    assert [e.action for e in events] == ["update", "delete"]
    assert "Texte à moi" in events[0].after
    assert "Texte à moi" in events[1].before


def test_reset_without_edit_is_harmless(cf: CompanySession) -> None:
    templates.reset_template(cf, KEY, "en")
    assert AuditEvent.select().where(AuditEvent.entity == "template").count() == 0


def test_values_for_fills_every_placeholder() -> None:
    texts = templates.default_templates("fr")
    values = templates.values_for(texts, {"user": "Claire Martin", "email": "  "})
    assert set(values) == set(PLACEHOLDERS)
    assert values["user"] == "Claire Martin"
    assert values["email"] == texts["word.unknown"]


def test_preview_uses_sample_values_in_the_language() -> None:
    text = templates.default_templates("en")["recap.promise"]
    out = templates.preview("recap.promise", "en", text)
    assert "€2,450.00" in out and "bank transfer" in out
    with pytest.raises(TemplateError):
        templates.preview("recap.promise", "en", "{plan_count}")


# -- the « letters » family ---------------------------------------------------------------------
LETTER_KEY = "letter.reminder-1.after"


@pytest.mark.parametrize("lang", ["fr", "en", "nl"])
def test_letter_defaults_load_every_key(lang: str) -> None:
    texts = templates.default_templates(lang, family="letters")
    assert set(texts) == set(letters_text.TEMPLATE_KEYS)
    assert templates.keys_of("letters") == letters_text.TEMPLATE_KEYS
    assert templates.templates_file(lang, "letters").name == f"letters.{lang}.json"


def test_families_do_not_mix() -> None:
    calls = set(templates.default_templates("fr"))
    letters = set(templates.default_templates("fr", family="letters"))
    assert calls == set(TEMPLATE_KEYS) and not calls & letters
    assert templates.family_of("objection.forgot") == "calls"
    assert templates.family_of("label.page") == "letters"
    with pytest.raises(TemplateError):
        templates.family_of("letter.sing.body")
    with pytest.raises(ValueError):
        templates.default_templates("fr", family="songs")
    assert templates.placeholders_of("letters") is letters_text.PLACEHOLDERS
    assert templates.placeholders_of() is PLACEHOLDERS
    assert templates.placeholders_for("label.page") == ("page", "pages")
    assert templates.placeholders_for(KEY) == placeholders_for(KEY)


def test_letter_override_wins_then_reset_restores(cf: CompanySession) -> None:
    default = templates.default_templates("nl", family="letters")[LETTER_KEY]
    mine = "Gelieve {total_due} te betalen vóór {deadline}."
    templates.save_template(cf, LETTER_KEY, "nl", mine)
    assert templates.templates_for(cf, "nl", family="letters")[LETTER_KEY] == mine
    assert templates.letter_templates_for(cf, "nl")[LETTER_KEY] == mine
    assert templates.edited_keys(cf, "nl", family="letters") == {LETTER_KEY}
    assert templates.edited_keys(cf, "nl") == set()  # the calls family is untouched
    assert LETTER_KEY not in templates.templates_for(cf, "nl")
    templates.reset_template(cf, LETTER_KEY, "nl")
    assert templates.letter_templates_for(cf, "nl")[LETTER_KEY] == default
    assert Template.select().count() == 0


def test_letter_checks_use_the_letter_rules(cf: CompanySession) -> None:
    with pytest.raises(TemplateError) as caught:  # a call field does not exist in letters
        templates.save_template(cf, LETTER_KEY, "fr", "Merci de régler {amount_due}.")
    assert "{amount_due}" in str(caught.value)
    with pytest.raises(TemplateError):  # the promise belongs to the confirmation only
        templates.save_template(cf, LETTER_KEY, "fr", "Comme promis : {promise_amount}.")
    with pytest.raises(TemplateError):  # and a letter field does not exist in the script
        templates.save_template(cf, KEY, "fr", "Réglez avant le {deadline}.")
    templates.save_template(cf, "letter.confirmation.after", "fr", "Promis : {promise_amount}.")
    assert templates.edited_keys(cf, "fr", family="letters") == {"letter.confirmation.after"}
    assert AuditEvent.select().where(AuditEvent.entity == "template").count() == 1


def test_letter_preview_and_samples() -> None:
    text = templates.default_templates("en", family="letters")["label.page"]
    assert templates.preview("label.page", "en", text) == "Page 1 of 2"
    assert templates.sample_values("nl", family="letters")["iban"].startswith("BE")
    with pytest.raises(TemplateError):
        templates.preview("label.invoice", "fr", "Facture {customer}")


def test_render_letter_picks_the_variant_and_never_leaves_a_hole() -> None:
    texts = templates.default_templates("fr", family="letters")
    values = letters_text.SAMPLE_VALUES["fr"]
    be_consumer = letters_text.variants_for("BE", "consumer")
    out = templates.render_letter(texts, "letter.reminder-1.after", values, *be_consumer)
    assert "gratuit" in out and "14" not in out and "15 jours" in out
    generic = templates.render_letter(texts, "letter.reminder-1.after", values)
    assert "gratuit" not in generic
    with pytest.raises(TemplateError) as caught:
        templates.render_letter(texts, "letter.reminder-1.after", {**values, "iban": " "})
    assert "{iban}" in str(caught.value)
