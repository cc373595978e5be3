"""Call script, objection answers and recap texts: shipped defaults plus the user's edits.

The defaults live in ``resources/templates/calls.<language>.json`` (one flat object key → text per
language); a row of the company file's ``template`` table overrides one of them. An edited text is
checked (:func:`relance_desktop.domain.calls.script.check_template`) before it is saved, so a text
that cannot be filled is refused with a message and never stored. The call sheet
(:mod:`relance_desktop.services.callsheet`) formats a call's facts; :func:`values_for` completes
them so every placeholder has a value.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from relance_desktop import paths
from relance_desktop.domain.calls.script import (
    PLACEHOLDERS,
    SAMPLE_VALUES,
    TEMPLATE_KEYS,
    UNKNOWN_KEY,
    TemplateError,
    check_template,
    render,
)
from relance_desktop.services import audit
from relance_desktop.store.database import CompanyFile
from relance_desktop.store.models import Template, now

LANGUAGES = ("fr", "en", "nl")
DEFAULT_LANGUAGE = "fr"


def language_of(language: str) -> str:
    """A supported template language (French for anything else)."""
    code = (language or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def templates_file(language: str) -> Path:
    return paths.resources_dir() / "templates" / f"calls.{language_of(language)}.json"


@lru_cache(maxsize=8)
def _defaults(path: Path) -> Mapping[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ValueError(f"{path}: expected a flat JSON object of strings")
    return MappingProxyType(dict(data))


def default_templates(language: str) -> dict[str, str]:
    """The shipped texts of ``language`` (French when the language is not supported)."""
    return dict(_defaults(templates_file(language)))


def _overrides(language: str) -> dict[str, str]:
    query = Template.select().where(Template.language == language_of(language))
    return {row.key: row.text for row in query}


def templates_for(cf: CompanyFile, language: str) -> dict[str, str]:
    """The texts to use: the shipped ones with the user's edits (of this file) on top."""
    del cf  # the models are bound to the open company file
    texts = default_templates(language)
    for key, text in _overrides(language).items():
        if key in texts:  # an edit of a text no longer shipped is ignored, not shown
            texts[key] = text
    return texts


def edited_keys(cf: CompanyFile, language: str) -> set[str]:
    del cf
    return set(_overrides(language)) & set(TEMPLATE_KEYS)


def _require_key(key: str) -> None:
    if key not in TEMPLATE_KEYS:
        raise TemplateError(UNKNOWN_KEY, key=key, name=key)


def save_template(cf: CompanyFile, key: str, language: str, text: str) -> None:
    """Store the user's version of a text; an invalid text raises TemplateError, nothing saved.

    Saving the shipped text itself removes the edit (the text follows future updates again).
    """
    _require_key(key)
    check_template(text, key)
    lang = language_of(language)
    if text == default_templates(lang)[key]:
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
        audit.record("update", "template", row.id, before=before,
                     after={"key": key, "language": lang, "text": text})


def reset_template(cf: CompanyFile, key: str, language: str) -> None:
    """Go back to the shipped text (no-op when the text was not edited)."""
    _require_key(key)
    lang = language_of(language)
    with cf.db.atomic():
        row = Template.get_or_none((Template.key == key) & (Template.language == lang))
        if row is None:
            return
        audit.record("delete", "template", row.id,
                     before={"key": key, "language": lang, "text": row.text})
        row.delete_instance()


# -- values -------------------------------------------------------------------------------------
def values_for(templates: Mapping[str, str], known: Mapping[str, str]) -> dict[str, str]:
    """A value for every placeholder: the known, non-blank ones, and the ``word.unknown`` mark
    (« … ») for the rest, so a text the user edited never fails in the middle of a call."""
    unknown = templates.get("word.unknown", "…")
    return {
        name: value if (value := known.get(name, "")).strip() else unknown
        for name in PLACEHOLDERS
    }


def sample_values(language: str) -> dict[str, str]:
    """Realistic values in ``language`` for the template editor's preview."""
    return dict(SAMPLE_VALUES[language_of(language)])


def preview(key: str, language: str, text: str) -> str:
    """``text`` as it would read for ``key``, filled with sample values (TemplateError if bad)."""
    _require_key(key)
    return render(text, sample_values(language), key)
