"""The call script templates: the shipped texts, the placeholder checks, lookup and the recap."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from relance_desktop.domain.calls.codes import Audience, Objection, Tone
from relance_desktop.domain.calls.script import (
    ADVICE_STEPS,
    AGREEMENT_KINDS,
    AUDIENCES,
    OBJECTIONS,
    PLACEHOLDERS,
    SAMPLE_VALUES,
    SCRIPT_STEPS,
    TEMPLATE_KEYS,
    TONES,
    Agreement,
    TemplateError,
    audience_for,
    build_recap,
    check_template,
    fields_of,
    lookup,
    placeholders_for,
    render,
    spoken_date,
)
from relance_desktop.domain.messages import Message

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "en", "nl")


def shipped(lang: str) -> dict[str, str]:
    path = ROOT / "resources" / "templates" / f"calls.{lang}.json"
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


# -- the shipped files ------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_file_has_exactly_the_declared_keys(lang: str) -> None:
    keys = set(shipped(lang))
    assert sorted(set(TEMPLATE_KEYS) - keys) == [], "declared in script.py, missing in the file"
    assert sorted(keys - set(TEMPLATE_KEYS)) == [], "in the file, unknown to script.py"
    assert len(TEMPLATE_KEYS) == len(set(TEMPLATE_KEYS))


def test_the_three_languages_have_the_same_keys() -> None:
    assert set(shipped("fr")) == set(shipped("en")) == set(shipped("nl"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_file_is_written_canonically(lang: str) -> None:
    path = ROOT / "resources" / "templates" / f"calls.{lang}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    expected = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    assert path.read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_template_is_valid_and_renders_with_sample_values(lang: str) -> None:
    values = SAMPLE_VALUES[lang]
    for key, text in shipped(lang).items():
        check_template(text, key)
        out = render(text, values, key)
        assert out.strip(), key
        assert "{" not in out and "}" not in out, key


def test_sample_values_cover_every_placeholder_in_every_language() -> None:
    for lang in LANGUAGES:
        assert set(SAMPLE_VALUES[lang]) == set(PLACEHOLDERS), lang
        assert all(v.strip() for v in SAMPLE_VALUES[lang].values()), lang


def test_every_placeholder_has_a_description() -> None:
    assert all(desc.strip() for desc in PLACEHOLDERS.values())


def test_key_families_are_complete() -> None:
    keys = set(TEMPLATE_KEYS)
    assert {f"script.{s}" for s in SCRIPT_STEPS} <= keys
    assert {f"advice.{s}" for s in ADVICE_STEPS} <= keys
    assert {f"objection.{o}" for o in OBJECTIONS} <= keys
    assert {f"recap.{k}" for k in AGREEMENT_KINDS} <= keys
    assert {"recap.intro", "recap.confirm", "recap.nothing", "word.today", "word.tomorrow"} <= keys
    assert set(OBJECTIONS) == {o.value for o in Objection}
    for audience in AUDIENCES:  # a real variant per audience where the advice differs
        for step in ("introduce", "negotiate", "conclude"):
            assert f"script.{step}.{audience}" in keys
    for step in ("introduce", "negotiate"):
        assert {f"script.{step}.business.loyal", f"script.{step}.business.chronic"} <= keys
        assert {f"script.{step}.small.loyal", f"script.{step}.small.chronic"} <= keys


@pytest.mark.parametrize("lang", LANGUAGES)
def test_advice_is_three_to_six_short_lines(lang: str) -> None:
    texts = shipped(lang)
    for step in ADVICE_STEPS:
        lines = texts[f"advice.{step}"].split("\n")
        assert 3 <= len(lines) <= 6, step
        assert all(line.strip() and len(line) <= 110 for line in lines), step


@pytest.mark.parametrize("lang", LANGUAGES)
def test_objection_answers_are_two_to_four_sentences(lang: str) -> None:
    texts = shipped(lang)
    for code in OBJECTIONS:
        text = texts[f"objection.{code}"]
        ends = sum(text.count(mark) for mark in (". ", "? ", "! ")) + 1
        assert 2 <= ends <= 5, (code, text)  # « … c'est cela ? » counts as a short question


def test_script_carries_the_advice() -> None:
    fr = shipped("fr")
    intro = render(fr["script.introduce"], SAMPLE_VALUES["fr"])
    # name and company first, then the right person, then the product — the debt comes last
    assert intro.index("Claire Martin") < intro.index("M. Jules Durand")
    assert intro.index("M. Jules Durand") < intro.index("fenêtres") < intro.index("F-101")
    assert "oui, mais" in fr["advice.listen"]
    assert "trois jours" in fr["advice.document"]
    assert "menace" in fr["script.negotiate.consumer"]


def test_french_uses_guillemets_and_no_straight_double_quote() -> None:
    for key, text in shipped("fr").items():
        assert '"' not in text, key


# -- checks -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Bonjour {client} !", 8),
        ("Bonjour {user", 8),
        ("Bonjour user}", 12),
        ("Montant : {}", 10),
        ("Montant : {0}", 10),
        ("Montant : {amount_due:>10}", 10),
        ("Nom : {user!r}", 6),
        ("{customer.name}", 0),
        ("{ customer }", 0),
    ],
)
def test_invalid_templates_are_refused_with_the_position(text: str, position: int) -> None:
    with pytest.raises(TemplateError) as caught:
        check_template(text, "script.introduce")
    exc = caught.value
    assert exc.position == position
    assert exc.key == "script.introduce"
    assert isinstance(exc.message, Message)
    assert exc.message.context == "templates"
    assert f"colonne {position + 1}" in str(exc)


def test_unknown_placeholder_is_named_in_the_message() -> None:
    with pytest.raises(TemplateError) as caught:
        check_template("Bonjour\n{client}", "objection.forgot")
    assert "« {client} »" in str(caught.value)
    assert "ligne 2, colonne 1" in str(caught.value)


def test_message_is_translatable() -> None:
    with pytest.raises(TemplateError) as caught:
        check_template("{nom}")
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "Unknown field {field} at line {line}, column {column}."

    assert caught.value.render(translate) == "Unknown field {nom} at line 1, column 1."
    assert seen[0][0] == "templates"


def test_doubled_braces_are_literal() -> None:
    assert fields_of("{{user}} {user}") == ["user"]
    assert render("{{ {user} }}", {"user": "Claire"}) == "{ Claire }"


def test_agreement_fields_only_in_their_recap_piece() -> None:
    check_template("{promise_amount}", "recap.promise")
    check_template("{promise_amount}")  # no key: any known field
    for key in ("script.introduce", "objection.forgot", "recap.plan", "recap.intro"):
        with pytest.raises(TemplateError):
            check_template("{promise_amount}", key)
    with pytest.raises(TemplateError):
        check_template("{user}", "means.cash")  # plain words take no field
    assert placeholders_for("means.cash") == ()
    assert "callback_when" in placeholders_for("recap.callback")


def test_missing_value_is_an_error_never_a_blank() -> None:
    with pytest.raises(TemplateError) as caught:
        render("Bonjour {user} de {company}", {"user": "Claire"})
    assert "{company}" in str(caught.value)


# -- lookup -----------------------------------------------------------------------------------
def test_lookup_falls_back_from_the_most_specific_key() -> None:
    texts = {
        "script.introduce": "base",
        "script.introduce.small": "small",
        "script.introduce.small.chronic": "small chronic",
    }
    assert lookup(texts, "introduce", "small", "chronic") == (
        "script.introduce.small.chronic", "small chronic")
    assert lookup(texts, "introduce", "small", "loyal") == ("script.introduce.small", "small")
    assert lookup(texts, "introduce", "consumer", "standard") == ("script.introduce", "base")
    assert lookup(texts, "introduce", "", "") == ("script.introduce", "base")
    with pytest.raises(TemplateError):
        lookup(texts, "negotiate", "small", "loyal")


def test_shipped_variants_differ_by_tone() -> None:
    fr = shipped("fr")
    _, loyal = lookup(fr, "introduce", "business", "loyal")
    _, chronic = lookup(fr, "introduce", "business", "chronic")
    _, standard = lookup(fr, "introduce", "business", "standard")
    assert len({loyal, chronic, standard}) == 3
    assert "{days_overdue}" in chronic
    assert lookup(fr, "document", "consumer", "chronic")[0] == "script.document"


@pytest.mark.parametrize(
    ("kind", "audience"),
    [("business", "business"), ("public_body", "business"), ("sole_trader", "small"),
     ("consumer", "consumer"), ("?", "business")],
)
def test_audience_for_customer_kind(kind: str, audience: str) -> None:
    assert audience_for(kind) == audience


def test_audiences_and_tones_match_the_stored_codes() -> None:
    assert set(TONES) == {t.value for t in Tone}
    assert set(AUDIENCES) == {a.value for a in Audience}


# -- recap ------------------------------------------------------------------------------------
def test_promise_recap_in_french_gives_amount_date_reference_and_confirmation() -> None:
    fr = shipped("fr")
    common = {**SAMPLE_VALUES["fr"], "reference": "F-2024-118", "email": "anne@exemple.fr"}
    promise = Agreement("promise", {
        "promise_amount": "250,00 €",
        "promise_date": "demain (mardi 26 novembre)",
        "promise_means": fr["means.transfer"],
    })
    recap = build_recap(fr, [promise], common)
    lines = recap.split("\n")
    assert lines[0] == render(fr["recap.intro"], common)
    assert "250,00 €" in lines[1]
    assert "demain (mardi 26 novembre)" in lines[1]
    assert "F-2024-118" in lines[1]
    assert "virement" in lines[1]
    assert "anne@exemple.fr" in lines[-1]
    assert len(lines) == 3


def test_recap_keeps_the_order_and_skips_confirm_without_email() -> None:
    en = shipped("en")
    common = {**SAMPLE_VALUES["en"], "email": ""}
    recap = build_recap(en, [
        Agreement("callback", {"callback_when": "on Thursday at 4 pm"}),
        Agreement("dispute", {"disputed_invoices": "F-102"}),
        Agreement("new_contact", {"new_contact": "Ms Leroy, accountant"}),
    ], common)
    lines = recap.split("\n")
    assert len(lines) == 4
    assert "Thursday" in lines[1] and "F-102" in lines[2] and "Ms Leroy" in lines[3]


def test_recap_with_nothing_agreed() -> None:
    nl = shipped("nl")
    recap = build_recap(nl, [], SAMPLE_VALUES["nl"])
    assert recap == render(nl["recap.nothing"], SAMPLE_VALUES["nl"])
    assert "F-101" in recap


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_recap_piece_renders(lang: str) -> None:
    texts, values = shipped(lang), SAMPLE_VALUES[lang]
    agreements = [Agreement(kind, values) for kind in AGREEMENT_KINDS]
    recap = build_recap(texts, agreements, values)
    assert len(recap.split("\n")) == len(AGREEMENT_KINDS) + 2


def test_agreement_kind_is_checked() -> None:
    with pytest.raises(ValueError):
        Agreement("gift", {})


def test_spoken_date() -> None:
    fr = shipped("fr")
    today = date(2024, 11, 25)
    assert spoken_date(today, today, fr, "lundi 25 novembre") == "aujourd'hui (lundi 25 novembre)"
    assert spoken_date(date(2024, 11, 26), today, fr, "mardi 26 novembre") == (
        "demain (mardi 26 novembre)")
    assert spoken_date(date(2024, 11, 28), today, fr, "jeudi 28 novembre") == "jeudi 28 novembre"
    nl = shipped("nl")
    assert spoken_date(date(2024, 11, 26), today, nl, "dinsdag 26 november") == (
        "morgen (dinsdag 26 november)")
