"""Letter and e-mail texts: the shipped files, the placeholder rules, the variant lookup."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from relance_desktop.domain import templating
from relance_desktop.domain.calls import script
from relance_desktop.domain.letters_text import (
    EMAIL_PARTS,
    LABEL_KEYS,
    LETTER_KINDS,
    LETTER_PARTS,
    PLACEHOLDERS,
    SAMPLE_VALUES,
    TEMPLATE_KEYS,
    VARIANT_KEYS,
    TemplateError,
    check_template,
    fields_of,
    kind_of,
    lookup,
    placeholders_for,
    render,
    variants_for,
)
from relance_desktop.domain.messages import Message

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "en", "nl")


def shipped(lang: str) -> dict[str, str]:
    path = ROOT / "resources" / "templates" / f"letters.{lang}.json"
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


# -- the shipped files ------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_file_has_exactly_the_declared_keys(lang: str) -> None:
    keys = set(shipped(lang))
    assert sorted(set(TEMPLATE_KEYS) - keys) == [], "declared in letters_text.py, not in the file"
    assert sorted(keys - set(TEMPLATE_KEYS)) == [], "in the file, unknown to letters_text.py"
    assert len(TEMPLATE_KEYS) == len(set(TEMPLATE_KEYS))


def test_the_three_languages_have_the_same_keys() -> None:
    assert set(shipped("fr")) == set(shipped("en")) == set(shipped("nl"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_file_is_written_canonically(lang: str) -> None:
    path = ROOT / "resources" / "templates" / f"letters.{lang}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    expected = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    assert path.read_text(encoding="utf-8") == expected


def test_every_kind_has_every_part() -> None:
    keys = set(TEMPLATE_KEYS)
    assert len(LETTER_KINDS) == 9
    for kind in LETTER_KINDS:
        assert {f"letter.{kind}.{part}" for part in LETTER_PARTS} <= keys, kind
        assert {f"email.{kind}.{part}" for part in EMAIL_PARTS} <= keys, kind
    assert {
        "letter.formal-notice.body.consumer",
        "letter.formal-notice.after.consumer",
        "letter.reminder-1.body.consumer",
        "letter.reminder-1.after.consumer_be",
    } <= set(VARIANT_KEYS)
    for key in VARIANT_KEYS:  # a variant always has its generic text to fall back on
        assert key.rpartition(".")[0] in keys, key
    assert {"label.page", "label.place_date", "label.subject", "label.cf.disputes",
            "label.calllist.last_outcome", "label.callsheet.title"} <= set(LABEL_KEYS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_template_is_valid_and_renders_with_sample_values(lang: str) -> None:
    values = SAMPLE_VALUES[lang]
    for key, text in shipped(lang).items():
        check_template(text, key)
        out = render(text, values, key)
        assert out.strip(), key
        assert "{" not in out and "}" not in out, key
        assert text == text.strip(), key


def test_sample_values_cover_every_placeholder_in_every_language() -> None:
    for lang in LANGUAGES:
        assert set(SAMPLE_VALUES[lang]) == set(PLACEHOLDERS), lang
        assert all(v.strip() for v in SAMPLE_VALUES[lang].values()), lang


def test_every_placeholder_has_a_description_and_is_used_somewhere() -> None:
    assert all(desc.strip() for desc in PLACEHOLDERS.values())
    used = {name for text in shipped("fr").values() for name in fields_of(text)}
    assert used == set(PLACEHOLDERS) - {"bic"}  # the BIC is printed by the payment block


@pytest.mark.parametrize("lang", LANGUAGES)
def test_same_fields_in_every_language(lang: str) -> None:
    """Except the person named in the closing formula: French repeats it (« Veuillez agréer,
    Madame, … »), Dutch and English closings do not."""
    fr = shipped("fr")
    for key, text in shipped(lang).items():
        assert set(fields_of(text, key)) - {"title"} == set(fields_of(fr[key], key)) - {
            "title"}, key


def test_french_uses_guillemets_and_no_straight_double_quote() -> None:
    for key, text in shipped("fr").items():
        assert '"' not in text, key


# -- tone and the law -------------------------------------------------------------------------
def test_salutations_and_closings_by_language() -> None:
    from relance_desktop.services.letter_parts import salutation_values

    fr, nl, en = shipped("fr"), shipped("nl"), shipped("en")
    expected = {  # (civility, name) → (French, Dutch, English) opening
        ("", ""): ("Madame, Monsieur,", "Geachte mevrouw, geachte heer,", "Dear Sir or Madam,"),
        ("", "Céline Janssens"): ("Madame, Monsieur,", "Geachte mevrouw, geachte heer,",
                                  "Dear Sir or Madam,"),
        ("mrs", "Claire Dupont"): ("Madame Dupont,", "Geachte mevrouw Dupont,",
                                   "Dear Ms Dupont,"),
        ("mr", "Pieter Janssens"): ("Monsieur Janssens,", "Geachte heer Janssens,",
                                    "Dear Mr Janssens,"),
        ("", "Mme Claire Dupont"): ("Madame Dupont,", "Geachte mevrouw Dupont,",
                                    "Dear Ms Dupont,"),
    }
    for kind in LETTER_KINDS:
        if kind == "collection-file":  # written to an agency or a lawyer
            assert fr[f"letter.{kind}.opening"].startswith("Maître")
            continue
        for (civility, name), openings in expected.items():
            for texts, opening in zip((fr, nl, en), openings, strict=True):
                values = salutation_values(texts, civility, name)
                assert render(texts[f"letter.{kind}.opening"], values) == opening, kind
        closing = render(fr[f"letter.{kind}.closing"],
                         salutation_values(fr, "mrs", "Claire Dupont"))
        assert closing.startswith("Veuillez agréer, Madame, l'expression"), closing
        assert en[f"letter.{kind}.closing"] == "Yours faithfully,"
    for text in nl.values():  # the u-form, never « je »
        assert not re.search(r"\b(je|jij|jouw)\b", text, re.IGNORECASE), text


def test_formal_notice_says_so_and_gives_a_final_deadline() -> None:
    for lang, words in (("fr", "mise en demeure"), ("nl", "in gebreke"), ("en", "formal notice")):
        texts = shipped(lang)
        for variant in ("", ".business_be", ".consumer", ".consumer_be"):
            assert words in texts[f"letter.formal-notice.body{variant}"].lower(), (lang, variant)
        for variant in ("", ".consumer"):
            after = texts[f"letter.formal-notice.after{variant}"]
            assert "{deadline}" in after and "{deadline_days}" in after, (lang, variant)
            assert "{iban}" in after and "{reference}" in after, (lang, variant)
    assert "Ingebrekestelling" in shipped("nl")["letter.formal-notice.subject"]
    assert "Mise en demeure" in shipped("fr")["letter.formal-notice.subject"]
    fr = shipped("fr")
    assert "L441-10" in fr["letter.formal-notice.body"]
    assert "2 août 2002" in fr["letter.formal-notice.body.business_be"]
    assert "taux légal" in fr["letter.formal-notice.body.consumer"]
    assert "livre XIX" in fr["letter.formal-notice.body.consumer_be"]


def test_no_fixed_indemnity_nor_bailiff_words_for_consumers() -> None:
    for lang in LANGUAGES:
        texts = shipped(lang)
        for key in ("letter.reminder-1.body.consumer", "letter.reminder-2.after.consumer",
                    "letter.formal-notice.body.consumer", "letter.formal-notice.after.consumer"):
            assert "40" not in texts[key] and "{indemnity}" not in texts[key], (lang, key)
        assert "40" in texts["letter.reminder-2.after"], lang
        for key, text in texts.items():  # never imitate a court or a bailiff
            lowered = text.lower()
            for word in ("huissier", "commissaire de justice", "gerechtsdeurwaarder", "bailiff",
                         "exploit", "signification"):
                assert word not in lowered, (lang, key, word)


def test_belgian_consumer_first_reminder_mentions() -> None:
    for lang, free in (("fr", "gratuit"), ("nl", "kosteloos"), ("en", "free of charge")):
        text = shipped(lang)["letter.reminder-1.after.consumer_be"]
        assert free in text, lang
        for name in ("deadline_days", "deadline", "total_due", "indemnity", "company"):
            assert f"{{{name}}}" in text, (lang, name)


def test_confirmation_asks_to_reply_and_repeats_the_agreement() -> None:
    for lang in LANGUAGES:
        texts = shipped(lang)
        for key in ("letter.confirmation.after", "email.confirmation.body"):
            for name in ("promise_amount", "promise_date", "promise_means", "reference"):
                assert f"{{{name}}}" in texts[key], (lang, key, name)
    assert "répondant" in shipped("fr")["email.confirmation.body"]


def test_payment_plan_says_a_missed_instalment_makes_the_balance_due() -> None:
    assert "exigible" in shipped("fr")["letter.payment-plan.after"]
    assert "opeisbaar" in shipped("nl")["letter.payment-plan.after"]
    assert "immediately due" in shipped("en")["letter.payment-plan.after"]


# -- placeholders per key ---------------------------------------------------------------------
def test_fields_are_limited_to_their_documents() -> None:
    check_template("{promise_amount}", "letter.confirmation.after")
    check_template("{promise_date}", "email.confirmation.body")
    check_template("{plan_total}", "letter.payment-plan.body")
    check_template("{paid_amount}", "email.thanks.subject")
    check_template("{promise_amount}")  # no key: any known field
    for key in ("letter.reminder-1.after", "email.formal-notice.body", "letter.thanks.body"):
        with pytest.raises(TemplateError):
            check_template("{promise_amount}", key)
    with pytest.raises(TemplateError):
        check_template("{plan_amount}", "letter.confirmation.after")
    with pytest.raises(TemplateError):
        check_template("{interest}", "letter.pre-due.after")
    with pytest.raises(TemplateError):
        check_template("{page}", "letter.reminder-1.body")
    assert placeholders_for("label.page") == ("page", "pages")
    assert set(placeholders_for("label.place_date")) == {"city", "date"}
    assert placeholders_for("label.subject") == ("subject",)
    assert placeholders_for("label.invoice") == ()
    assert "indemnity" in placeholders_for("letter.reminder-1.after.consumer_be")


def test_a_label_takes_no_field() -> None:
    with pytest.raises(TemplateError) as caught:
        check_template("Facture {customer}", "label.invoice")
    assert "imprimé tel quel" in str(caught.value)
    assert caught.value.position == 8


def test_a_field_of_another_document_is_named() -> None:
    with pytest.raises(TemplateError) as caught:
        check_template("Merci pour {paid_amount}.", "letter.reminder-2.after")
    assert "« {paid_amount} »" in str(caught.value)
    assert "ligne 1, colonne 12" in str(caught.value)
    assert "l'appel" not in str(caught.value)  # the call's wording stays with the calls


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Madame {client},", 7),
        ("Madame {customer", 7),
        ("Madame customer}", 15),
        ("Total : {}", 8),
        ("Total : {total_due:>10}", 8),
        ("Bonjour,\n\nÀ régler : {montant}", 21),
        # doubled braces before the fault are counted as two characters of the text
        ("{{x}} {{ {client}", 9),
        ("}}{{}} {customer", 7),
        ("{{{client}", 2),
        ("a }} b } c", 7),
        ("{customer{", 0),
    ],
)
def test_invalid_templates_are_refused_with_the_position(text: str, position: int) -> None:
    with pytest.raises(TemplateError) as caught:
        check_template(text, "letter.reminder-1.body")
    exc = caught.value
    assert exc.position == position
    assert exc.key == "letter.reminder-1.body"
    assert isinstance(exc.message, Message)
    assert exc.message.context == "templates"
    line, column = templating.line_column(text, position)
    assert f"ligne {line}, colonne {column}" in str(exc)


def test_unknown_field_on_the_third_line() -> None:
    with pytest.raises(TemplateError) as caught:
        check_template("Madame, Monsieur,\n\nVeuillez régler {montant}.", "email.reminder-1.body")
    assert "« {montant} »" in str(caught.value)
    assert "ligne 3, colonne 17" in str(caught.value)


def test_missing_value_is_an_error_never_a_blank() -> None:
    with pytest.raises(TemplateError) as caught:
        render("Total : {total_due}", {}, "letter.statement.after")
    assert "{total_due}" in str(caught.value)


def test_doubled_braces_are_literal() -> None:
    assert render("{{ {customer} }}", {"customer": "Durand"}, "letter.thanks.body") == (
        "{ Durand }")


# -- lookup -----------------------------------------------------------------------------------
def test_lookup_falls_back_from_the_most_specific_key() -> None:
    texts = {
        "letter.reminder-1.after": "generic",
        "letter.reminder-1.after.consumer_be": "be consumer",
        "letter.reminder-1.body": "body",
        "letter.reminder-1.body.consumer": "consumer body",
    }
    be_consumer = variants_for("BE", "consumer")
    assert be_consumer == ("consumer_be", "consumer")
    assert lookup(texts, "letter.reminder-1.after", *be_consumer) == (
        "letter.reminder-1.after.consumer_be", "be consumer")
    assert lookup(texts, "letter.reminder-1.body", *be_consumer) == (
        "letter.reminder-1.body.consumer", "consumer body")
    fr_consumer = variants_for("FR", "consumer")
    assert lookup(texts, "letter.reminder-1.after", *fr_consumer) == (
        "letter.reminder-1.after", "generic")
    assert lookup(texts, "letter.reminder-1.body", *variants_for("FR", "sole_trader")) == (
        "letter.reminder-1.body", "body")
    assert lookup(texts, "letter.reminder-1.body", "", "") == ("letter.reminder-1.body", "body")
    assert lookup(texts, "letter.reminder-1.body") == ("letter.reminder-1.body", "body")
    with pytest.raises(TemplateError) as caught:
        lookup(texts, "letter.thanks.body", *be_consumer)
    assert caught.value.key == "letter.thanks.body"


def test_variants_for_customer_kinds() -> None:
    assert variants_for("BE", "business") == ("business_be", "business")
    assert variants_for("fr", "public_body") == ("business_fr", "business")
    assert variants_for("", "consumer") == ("consumer",)


def test_shipped_formal_notice_by_country_and_audience() -> None:
    fr = shipped("fr")
    body = "letter.formal-notice.body"
    assert lookup(fr, body, *variants_for("FR", "business"))[0] == body
    assert lookup(fr, body, *variants_for("BE", "business"))[0] == f"{body}.business_be"
    assert lookup(fr, body, *variants_for("FR", "consumer"))[0] == f"{body}.consumer"
    assert lookup(fr, body, *variants_for("BE", "consumer"))[0] == f"{body}.consumer_be"
    after = "letter.formal-notice.after"
    assert lookup(fr, after, *variants_for("BE", "consumer"))[0] == f"{after}.consumer"


def test_kind_of() -> None:
    assert kind_of("letter.formal-notice.after.consumer") == "formal-notice"
    assert kind_of("email.thanks.body") == "thanks"
    assert kind_of("label.page") == ""
    assert kind_of("letter.unknown.body") == ""


# -- the generic machinery is shared with the call script -------------------------------------
def test_one_error_class_for_every_family() -> None:
    assert TemplateError is templating.TemplateError is script.TemplateError
    assert script.UNKNOWN_PLACEHOLDER == templating.UNKNOWN_PLACEHOLDER
    with pytest.raises(templating.TemplateError):
        script.check_template("{promise_amount}", "script.introduce")
    with pytest.raises(script.TemplateError):
        check_template("{promise_amount}", "letter.thanks.body")
