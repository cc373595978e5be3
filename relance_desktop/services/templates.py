"""Editable texts: shipped defaults plus the user's edits, for two families.

* ``"calls"``: the call script, objection answers and recap
  (:mod:`relance_desktop.domain.calls.script`), files ``resources/templates/calls.<lang>.json``;
* ``"letters"``: the texts of letters and e-mails and the labels printed on documents
  (:mod:`relance_desktop.domain.letters_text`), files ``resources/templates/letters.<lang>.json``.

Each file is one flat object key → text per language; a row of the company file's ``template``
table (key, language, text) overrides one of them. The keys of the two families never overlap
(``script.``/``advice.``/``objection.``/``recap.``/``word.``/``means.``/``period.`` for calls,
``letter.``/``email.``/``label.`` for letters), so the functions that take a key
(:func:`save_template`, :func:`reset_template`, :func:`preview`, :func:`placeholders_for`) find
its family themselves, and those that list texts (:func:`default_templates`,
:func:`templates_for`, :func:`edited_keys`, :func:`sample_values`, :func:`keys_of`,
:func:`placeholders_of`) take a ``family`` keyword that defaults to ``"calls"`` — the calls API
is unchanged (:func:`letter_templates_for` is the letters shorthand). An edited text is checked
with its family's rules before it is saved, so a text that cannot be filled is refused with a
message and never stored.

The template editor shows each field by its name in the user's language (``[Montant dû]``,
:mod:`relance_desktop.domain.field_names`): :func:`to_display` gives a stored text in that form
and :func:`from_display` takes it back, checked, to the stored identifiers (``{amount_due}``).

The call sheet (:mod:`relance_desktop.services.callsheet`) formats a call's facts;
:func:`values_for` completes them so every placeholder has a value. A letter is filled with
:func:`render_letter` (variant lookup, then the strict render: a missing value is an error,
never a blank or « … » in a printed letter).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from relance_desktop import paths
from relance_desktop.domain import field_names, letters_text, templating
from relance_desktop.domain.calls import script
from relance_desktop.domain.calls.script import (
    PLACEHOLDERS,
    SAMPLE_VALUES,
    TEMPLATE_KEYS,
)
from relance_desktop.domain.messages import Translate, identity_translate
from relance_desktop.domain.templating import UNKNOWN_KEY, TemplateError
from relance_desktop.services import audit
from relance_desktop.store.models import Template, now
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

LANGUAGES = ("fr", "en", "nl")
DEFAULT_LANGUAGE = "fr"
CALLS, LETTERS = "calls", "letters"
FAMILIES = (CALLS, LETTERS)


@dataclass(frozen=True)
class _Family:
    keys: tuple[str, ...]
    placeholders: Mapping[str, str]
    allowed: Callable[[str], tuple[str, ...]]
    check: Callable[[str, str], None]
    render: Callable[[str, Mapping[str, str], str], str]
    samples: Mapping[str, Mapping[str, str]]
    vocabulary: templating.Vocabulary
    names: Mapping[str, str]  # field → its (French, translatable in « fields ») name


_FAMILIES: dict[str, _Family] = {
    CALLS: _Family(TEMPLATE_KEYS, PLACEHOLDERS, script.placeholders_for, script.check_template,
                   script.render, SAMPLE_VALUES, script.VOCABULARY,
                   field_names.CALL_FIELD_NAMES),
    LETTERS: _Family(letters_text.TEMPLATE_KEYS, letters_text.PLACEHOLDERS,
                     letters_text.placeholders_for, letters_text.check_template,
                     letters_text.render, letters_text.SAMPLE_VALUES, letters_text.VOCABULARY,
                     field_names.LETTER_FIELD_NAMES),
}
_FAMILY_OF_KEY = {key: name for name, family in _FAMILIES.items() for key in family.keys}


def _family(family: str) -> _Family:
    try:
        return _FAMILIES[family]
    except KeyError:
        raise ValueError(f"unknown template family {family!r}") from None


def language_of(language: str) -> str:
    """A supported template language (French for anything else)."""
    code = (language or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def family_of(key: str) -> str:
    """The family (``"calls"`` or ``"letters"``) of a text; TemplateError for an unknown key."""
    try:
        return _FAMILY_OF_KEY[key]
    except KeyError:
        raise TemplateError(UNKNOWN_KEY, key=key, name=key) from None


def keys_of(family: str = CALLS) -> tuple[str, ...]:
    """Every key of ``family``, in the editor's order."""
    return _family(family).keys


def placeholders_of(family: str = CALLS) -> Mapping[str, str]:
    """The fields of ``family`` → their (French, translatable in « templates ») description."""
    return _family(family).placeholders


def placeholders_for(key: str) -> tuple[str, ...]:
    """The fields the text ``key`` may use (TemplateError for an unknown key)."""
    return _FAMILIES[family_of(key)].allowed(key)


def field_names_of(family: str = CALLS,
                   translate: Translate = identity_translate) -> dict[str, str]:
    """The fields of ``family`` → their name as the user reads it (« Montant dû »)."""
    return {ident: translate(field_names.CTX, name)
            for ident, name in _family(family).names.items()}


def to_display(text: str, family: str = CALLS,
               translate: Translate = identity_translate) -> str:
    """A stored text as the editor shows it, its fields by name (``[Montant dû]``)."""
    return templating.to_display(text, field_names_of(family, translate))


def from_display(key: str, shown: str, translate: Translate = identity_translate) -> str:
    """The stored form of a text written with field names, checked for ``key``: TemplateError
    (line and column in ``shown``, the field by its name) when it cannot be used."""
    family = family_of(key)
    return templating.check_display(shown, key, _FAMILIES[family].vocabulary,
                                    field_names_of(family, translate))


def templates_file(language: str, family: str = CALLS) -> Path:
    _family(family)
    return paths.resources_dir() / "templates" / f"{family}.{language_of(language)}.json"


@lru_cache(maxsize=16)
def _defaults(path: Path) -> Mapping[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ValueError(f"{path}: expected a flat JSON object of strings")
    return MappingProxyType(dict(data))


def default_templates(language: str, *, family: str = CALLS) -> dict[str, str]:
    """The shipped texts of ``language`` (French when the language is not supported)."""
    return dict(_defaults(templates_file(language, family)))


def _overrides(language: str) -> dict[str, str]:
    query = Template.select().where(Template.language == language_of(language))
    return {row.key: row.text for row in query}


@in_session
def templates_for(cf: CompanySession, language: str, *, family: str = CALLS) -> dict[str, str]:
    """The texts to use: the shipped ones with the user's edits (of this file) on top."""
    del cf  # the models are bound to the open company file
    texts = default_templates(language, family=family)
    for key, text in _overrides(language).items():
        if key in texts:  # an edit of a text no longer shipped is ignored, not shown
            texts[key] = text
    return texts


@in_session
def letter_templates_for(cf: CompanySession, language: str) -> dict[str, str]:
    """``templates_for(cf, language, family="letters")``: the letter, e-mail and label texts."""
    return templates_for(cf, language, family=LETTERS)


@in_session
def edited_keys(cf: CompanySession, language: str, *, family: str = CALLS) -> set[str]:
    del cf
    return set(_overrides(language)) & set(_family(family).keys)


def _require_key(key: str) -> _Family:
    return _FAMILIES[family_of(key)]


@in_session
def save_template(cf: CompanySession, key: str, language: str, text: str) -> None:
    """Store the user's version of a text; an invalid text raises TemplateError, nothing saved.

    Saving the shipped text itself removes the edit (the text follows future updates again).
    """
    family = _require_key(key)
    family.check(text, key)
    lang = language_of(language)
    if text == default_templates(lang, family=family_of(key))[key]:
        reset_template(cf, key, lang)
        return
    with cf.db.atomic():
        row = Template.get_or_none((Template.key == key) & (Template.language == lang))
        before = {"key": key, "language": lang, "text": row.text if row else None}
        if row is None:
            row = Template.create(key=key, language=lang, text=text)
        elif row.text == text:
            return
        else:
            row.text = text
            row.updated_at = now()
            row.save()
        audit.record(cf, "update", "template", row.id, before=before,
                     after={"key": key, "language": lang, "text": text})
    cf.report(Change.of(Topic.TEMPLATES))


@in_session
def reset_template(cf: CompanySession, key: str, language: str) -> None:
    """Go back to the shipped text (no-op when the text was not edited)."""
    _require_key(key)
    lang = language_of(language)
    with cf.db.atomic():
        row = Template.get_or_none((Template.key == key) & (Template.language == lang))
        if row is None:
            return
        audit.record(cf, "delete", "template", row.id,
                     before={"key": key, "language": lang, "text": row.text})
        row.delete_instance()
    cf.report(Change.of(Topic.TEMPLATES))


# -- values -------------------------------------------------------------------------------------
def values_for(templates: Mapping[str, str], known: Mapping[str, str]) -> dict[str, str]:
    """A value for every call placeholder: the known, non-blank ones, and the ``word.unknown``
    mark (« … ») for the rest, so a text the user edited never fails in the middle of a call.

    Calls only: a letter is never printed with « … » (see :func:`render_letter`)."""
    unknown = templates.get("word.unknown", "…")
    return {
        name: value if (value := known.get(name, "")).strip() else unknown
        for name in PLACEHOLDERS
    }


def render_letter(
    templates: Mapping[str, str], base_key: str, values: Mapping[str, str], *variants: str
) -> str:
    """The text of ``base_key`` in its most specific variant
    (:func:`relance_desktop.domain.letters_text.lookup`), filled with ``values``.

    A field whose value is missing or blank raises TemplateError (``MISSING_VALUE``): the
    document must not go out with a hole in it.
    """
    key, text = letters_text.lookup(templates, base_key, *variants)
    known = {name: value for name, value in values.items() if value.strip()}
    return letters_text.render(text, known, key)


def sample_values(language: str, *, family: str = CALLS) -> dict[str, str]:
    """Realistic values in ``language`` for the template editor's preview."""
    return dict(_family(family).samples[language_of(language)])


def preview(key: str, language: str, text: str) -> str:
    """``text`` as it would read for ``key``, filled with sample values (TemplateError if bad)."""
    family = family_of(key)
    return _FAMILIES[family].render(text, sample_values(language, family=family), key)
