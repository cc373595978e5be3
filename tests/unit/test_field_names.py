"""Fields in the user's words: « [Montant dû] » in the editor, ``{amount_due}`` stored."""

from __future__ import annotations

import pytest

from relance_desktop.domain import field_names, templating
from relance_desktop.domain.templating import TemplateError
from relance_desktop.services import templates
from relance_desktop.translators import translate_for

FAMILIES = {"calls": templates.CALLS, "letters": templates.LETTERS}
CASES = [(family, lang) for family in FAMILIES for lang in ("fr", "en", "nl")]


@pytest.mark.parametrize("family", list(FAMILIES))
def test_every_field_has_a_name(family: str) -> None:
    assert set(templates.field_names_of(family)) == set(templates.placeholders_of(family))


@pytest.mark.parametrize(("family", "lang"), CASES)
def test_names_are_translated_and_distinct(family: str, lang: str) -> None:
    names = templates.field_names_of(family, translate_for(lang))
    folded = [" ".join(n.split()).casefold() for n in names.values()]
    assert len(set(folded)) == len(folded), "two fields read the same"
    assert not any(set(n) & set("[]{}") for n in names.values())
    if lang != "fr":
        french = templates.field_names_of(family)
        same = [k for k in names if names[k] == french[k] and k not in ("iban",)]
        assert not same, f"not translated into {lang}: {same}"


@pytest.mark.parametrize(("family", "lang"), CASES)
def test_every_field_goes_there_and_back(family: str, lang: str) -> None:
    translate = translate_for(lang)
    names = templates.field_names_of(family, translate)
    for ident, name in names.items():
        stored = f"Début {{{ident}}} et {{{{accolade}}}}, [note] fin.\n[{ident}]"
        shown = templates.to_display(stored, family, translate)
        assert f"[{name}]" in shown and f"{{{ident}}}" not in shown
        assert templating.from_display(shown, names) == stored


def test_the_shown_form_reads_as_a_person_writes_it() -> None:
    shown = templates.to_display("Merci de régler {amount_due} avant le {due_date}.")
    assert shown == "Merci de régler [Montant dû] avant le [Date d'échéance]."
    names = templates.field_names_of("calls")
    # typed by hand: any case, extra spaces, or the identifier itself
    assert templating.from_display("[montant  DÛ] [amount_due] {amount_due}", names) == (
        "{amount_due} {amount_due} {amount_due}")
    assert templating.from_display("[[note] et [ seul", names) == "[note] et [ seul"


def test_an_unknown_name_says_where() -> None:
    with pytest.raises(TemplateError) as caught:
        templates.from_display("objection.forgot", "Bonjour,\nréglez [Montant] vite.")
    text = caught.value.render()
    assert "« [Montant] »" in text and "ligne 2, colonne 8" in text
    assert caught.value.position == len("Bonjour,\nréglez ")


def test_a_field_not_allowed_is_named_and_placed_in_the_shown_text() -> None:
    shown = "[Date limite de paiement] : réglez [Montant promis]."
    with pytest.raises(TemplateError) as caught:
        templates.from_display("letter.formal-notice.after", shown)
    text = caught.value.render()
    assert "« [Montant promis] »" in text and "ligne 1, colonne 36" in text
    assert caught.value.position == shown.index("[Montant promis]")


def test_a_stray_brace_is_placed_in_the_shown_text() -> None:
    shown = "[Montant dû] à régler } vite"
    with pytest.raises(TemplateError) as caught:
        templates.from_display("objection.forgot", shown)
    assert "ligne 1, colonne 23" in caught.value.render()  # the brace, after the name


def test_the_shown_form_of_a_valid_text_is_stored_with_identifiers() -> None:
    assert templates.from_display("letter.reminder-1.subject",
                                  "Rappel – [Numéros des factures]") == (
        "Rappel – {invoice_numbers}")
    assert field_names.CTX == "fields"


@pytest.mark.parametrize(("family", "lang"), CASES)
def test_every_shipped_text_goes_there_and_back(family: str, lang: str) -> None:
    translate = translate_for(lang)
    names = templates.field_names_of(family, translate)
    for key, stored in templates.default_templates(lang, family=family).items():
        shown = templates.to_display(stored, family, translate)
        assert "{" not in shown.replace("{{", "").replace("}}", ""), key
        assert templates.from_display(key, shown, translate) == stored, key
        assert templating.from_display(shown, names) == stored


@pytest.mark.parametrize("stored", [
    "[", "]", "[[", "]]", "[x]", "[[x]]", "[Montant dû]", "{{amount_due}}", "{{[x]}}",
    "{amount_due", "a { b", "} c", "{}", "{ amount_due }", "[amount_due] {amount_due}",
    "[\n]", "[{amount_due}]", "[[{amount_due}]]", "x]] [[y",
])
def test_odd_texts_are_kept_as_they_are(stored: str) -> None:
    names = templates.field_names_of("calls")
    assert templating.from_display(templating.to_display(stored, names), names) == stored


def test_random_texts_are_kept_as_they_are() -> None:
    """Brackets, braces and fields mixed at random (fixed seed): stored → shown → stored."""
    import random

    names = templates.field_names_of("calls")
    atoms = ["[", "]", "{", "}", "a", "\n", "{amount_due}", "{customer}", "[Montant dû]",
             "{{", "}}", "[[", "]]"]
    rng = random.Random(14)
    for _ in range(3000):
        stored = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 8)))
        shown = templating.to_display(stored, names)
        assert templating.from_display(shown, names) == stored, (stored, shown)
