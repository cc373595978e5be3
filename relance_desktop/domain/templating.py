"""Editable texts with named fields: parsing, checking and filling them (pure, no Qt).

A template is plain text with named fields in braces (``{customer}``); a literal brace is written
``{{`` or ``}}``. Each family of texts (the call script in :mod:`.calls.script`, letters and
e-mails in :mod:`.letters_text`) describes its fields with a :class:`Vocabulary`: the fields
that exist, with a short description for the editor, and the ones each key may use.
:func:`check_template` refuses everything else with a :class:`TemplateError` that says what is
wrong and where (line and column), so an edited text either works or is never saved;
:func:`render` fills a valid text and never leaves a field blank.

Like :class:`relance_desktop.errors.UserFacingError`, a :class:`TemplateError` carries a
translatable :class:`~relance_desktop.domain.messages.Message` and renders it with
``render(translate, money)``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from relance_desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    identity_translate,
)
from relance_desktop.domain.money import Money

CTX = "templates"

# -- messages -----------------------------------------------------------------------------------
UNKNOWN_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "templates",
    "Le champ « {field} » n'existe pas (ligne {line}, colonne {column}). Choisissez un champ "
    "dans la liste ; pour écrire une accolade dans le texte, doublez-la ({example}).",
)
FIELD_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "templates",
    "Le champ « {field} » ne peut pas servir dans ce texte (ligne {line}, colonne {column}) : "
    "choisissez un champ dans la liste.",
)
NO_FIELD_ALLOWED = QT_TRANSLATE_NOOP(
    "templates",
    "Ce texte est imprimé tel quel : il ne peut pas contenir de champ comme « {field} » "
    "(ligne {line}, colonne {column}).",
)
UNCLOSED_BRACE = QT_TRANSLATE_NOOP(
    "templates",
    "Accolade « {brace} » ouverte sans être refermée (ligne {line}, colonne {column}). Pour "
    "écrire une accolade dans le texte, doublez-la ({example}).",
)
UNOPENED_BRACE = QT_TRANSLATE_NOOP(
    "templates",
    "Accolade « {brace} » refermée sans avoir été ouverte (ligne {line}, colonne {column}). "
    "Pour écrire une accolade dans le texte, doublez-la ({example}).",
)
UNNAMED_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "templates",
    "Le champ « {field} » n'a pas de nom (ligne {line}, colonne {column}) : écrivez le nom d'un "
    "champ de la liste, par exemple {sample}.",
)
FORMATTED_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "templates",
    "Le champ « {field} » contient une mise en forme (ligne {line}, colonne {column}) : écrivez "
    "seulement son nom entre accolades, par exemple {sample}.",
)
MISSING_VALUE = QT_TRANSLATE_NOOP(
    "templates",
    "Le texte utilise le champ « {field} », dont la valeur n'est pas connue ici : complétez la "
    "fiche ou retirez ce champ du texte.",
)
UNKNOWN_KEY = QT_TRANSLATE_NOOP("templates", "Le texte « {name} » n'existe pas.")

BRACES_EXAMPLE = "{{ }}"
_SAMPLE_FIELD = "customer"


class TemplateError(ValueError):
    """A template that cannot be used: ``message`` says what and where, for the user.

    ``key`` is the template concerned (empty when unknown) and ``position`` the 0-based index of
    the problem in the text (-1 when it is not about one place), for the editor's cursor.
    """

    def __init__(self, text: str, /, *, key: str = "", position: int = -1, **args: Any) -> None:
        self.message = Message(CTX, text, dict(args))
        self.key = key
        self.position = position
        super().__init__(self.message.render())

    def render(
        self, translate: Translate = identity_translate, money: Callable[[Money], str] = str
    ) -> str:
        return self.message.render(translate, money)


@dataclass(frozen=True)
class Vocabulary:
    """The fields of one family of templates.

    ``placeholders`` maps every field that exists to its description (marked for translation in
    the ``templates`` context); ``allowed(key)`` gives the fields the text ``key`` may use (all
    of them for an empty key). ``not_here`` is the message for an existing field that ``key``
    may not use, ``no_field`` the one for a text that takes no field at all.
    """

    placeholders: Mapping[str, str]
    allowed: Callable[[str], tuple[str, ...]]
    not_here: str = FIELD_NOT_ALLOWED
    no_field: str = NO_FIELD_ALLOWED

    def sample_field(self) -> str:
        """A field to show in examples: ``{customer}`` when it exists."""
        if _SAMPLE_FIELD in self.placeholders:
            return _SAMPLE_FIELD
        return next(iter(self.placeholders), _SAMPLE_FIELD)


def line_column(text: str, position: int) -> tuple[int, int]:
    """1-based (line, column) of the 0-based ``position`` in ``text``."""
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return line, column


def _error(message: str, text: str, key: str, position: int, **args: Any) -> TemplateError:
    line, column = line_column(text, position)
    return TemplateError(message, key=key, position=position, line=line, column=column, **args)


_FORMATTER = string.Formatter()


def _brace_error(text: str, key: str, start: int) -> TemplateError:
    """The error for the first lone brace at or after ``start`` (Python's parser refused the
    text there without saying where)."""
    i, n = start, len(text)
    while i < n and not (text[i] in "{}" and not text.startswith(("{{", "}}"), i)):
        i += 2 if text.startswith(("{{", "}}"), i) else 1
    brace = text[i] if i < n else "{"
    message = UNOPENED_BRACE if brace == "}" else UNCLOSED_BRACE
    return _error(message, text, key, min(i, max(n - 1, 0)), brace=brace, example=BRACES_EXAMPLE)


def placeholders_in(text: str, key: str = "") -> Iterator[tuple[int, str]]:
    """(position, placeholder as written) of each field of ``text``, in order.

    Read with Python's own parser (:meth:`string.Formatter.parse`), so a text that passes here
    is one :meth:`str.format_map` fills the same way. Positions are counted back from what it
    yields: a literal it returns ending in a brace stands for a doubled brace in the text.
    """
    pos = 0
    items = iter(_FORMATTER.parse(text))
    while True:
        try:
            literal, name, _spec, _conversion = next(items)
        except StopIteration:
            return
        except ValueError:
            raise _brace_error(text, key, pos) from None
        pos += len(literal)
        if name is None:
            if literal.endswith(("{", "}")):
                pos += 1  # « {{ » or « }} » in the text
            continue
        end = text.index("}", pos)
        yield pos, text[pos : end + 1]
        pos = end + 1


def fields_of(text: str, key: str, vocabulary: Vocabulary) -> list[str]:
    """The field names ``text`` uses, in order (checked first: may raise TemplateError)."""
    placeholders = vocabulary.placeholders
    allowed = vocabulary.allowed(key)
    sample = f"{{{vocabulary.sample_field()}}}"
    found: list[str] = []
    for i, shown in placeholders_in(text, key):
        name = shown[1:-1]
        stripped = name.strip()
        if not stripped or stripped.isdigit():
            raise _error(UNNAMED_PLACEHOLDER, text, key, i, field=shown, sample=sample)
        if any(mark in name for mark in "!:"):
            base = name.split("!")[0].split(":")[0].strip()
            hint = f"{{{base}}}" if base in placeholders else sample
            raise _error(FORMATTED_PLACEHOLDER, text, key, i, field=shown, sample=hint)
        if name not in placeholders:
            raise _error(UNKNOWN_PLACEHOLDER, text, key, i, field=shown, example=BRACES_EXAMPLE)
        if name not in allowed:
            message = vocabulary.no_field if not allowed else vocabulary.not_here
            raise _error(message, text, key, i, field=shown)
        found.append(name)
    return found


def check_template(text: str, key: str, vocabulary: Vocabulary) -> None:
    """Raise :class:`TemplateError` unless ``text`` is a valid template for ``key``."""
    fields_of(text, key, vocabulary)


def render(text: str, values: Mapping[str, str], key: str, vocabulary: Vocabulary) -> str:
    """Fill the fields of ``text``; a field without a value is an error, never a blank."""
    names = fields_of(text, key, vocabulary)
    for name in names:
        if name not in values:
            raise TemplateError(MISSING_VALUE, key=key, field=f"{{{name}}}")
    return text.format_map({name: values[name] for name in names})


def first_of(
    templates: Mapping[str, str], candidates: Iterable[str], base_key: str
) -> tuple[str, str]:
    """(key, text) of the first of ``candidates`` present in ``templates``.

    ``base_key`` names the text in the error raised when none is there.
    """
    for key in candidates:
        if key in templates:
            return key, templates[key]
    raise TemplateError(UNKNOWN_KEY, key=base_key, name=base_key)


# -- the fields by their names: « [Montant dû] » ------------------------------------------------
# A text as the editor shows it: each field written ``[Name]`` with its name in the user's
# language (:mod:`relance_desktop.domain.field_names`), a literal « [ » doubled when it would
# read as a field. Braces keep their stored meaning: ``{amount_due}`` is accepted too and
# « {{ » / « }} » are literal braces. Converting to the stored form and back changes nothing.
UNKNOWN_FIELD_NAME = QT_TRANSLATE_NOOP(
    "templates",
    "Le champ « {field} » n'existe pas (ligne {line}, colonne {column}). Choisissez un champ "
    "dans la liste ; pour écrire un crochet dans le texte, doublez-le ({example}).",
)
BRACKETS_EXAMPLE = "[["
_NAMED = re.compile(r"\[([^\[\]{}\n]*)\]")


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _braced(text: str, i: int) -> int:
    """End (exclusive) of the brace token starting at ``i``: a doubled brace, a ``{…}`` field
    (read whole, checked later), or a single character."""
    if text.startswith(("{{", "}}"), i):
        return i + 2
    if text[i] == "{":
        end = text.find("}", i)
        return end + 1 if end >= 0 else i + 1
    return i + 1


def _field_at(text: str, i: int, names: Mapping[str, str]) -> bool:
    """Whether a field of ``names`` (shown ``[Name]``) starts at ``i``."""
    if not text.startswith("{", i) or text.startswith("{{", i):
        return False
    return text[i + 1:_braced(text, i) - 1] in names


def to_display(text: str, names: Mapping[str, str]) -> str:
    """``text`` as the editor shows it: ``{amount_due}`` → ``[Montant dû]`` for the fields of
    ``names`` (identifier → name shown); anything else unchanged but a literal « [ » that would
    read as a field (or as the start of one next to it), doubled."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char in "{}":
            end = _braced(text, i)
            token = text[i:end]
            name = token[1:-1] if len(token) > 2 and token[0] == "{" else ""
            out.append(f"[{names[name]}]" if name in names and not token.startswith("{{")
                       else token)
            i = end
            continue
        if char == "[" and (text.startswith("[[", i) or _NAMED.match(text, i)
                            or _field_at(text, i + 1, names)):
            out.append("[[")
        else:
            out.append(char)
        i += 1
    return "".join(out)


@dataclass(frozen=True)
class _Piece:
    """One token of a displayed text and what it stands for in the stored one."""

    stored_start: int
    stored_length: int
    shown_start: int
    shown_length: int


def _from_display(shown: str, names: Mapping[str, str],
                  key: str) -> tuple[str, list[_Piece]]:
    lookup = {_fold(name): ident for ident, name in names.items()}
    lookup.update({_fold(ident): ident for ident in names})
    out: list[str] = []
    pieces: list[_Piece] = []
    stored = 0
    i, n = 0, len(shown)
    while i < n:
        char = shown[i]
        if char in "{}":
            end = _braced(shown, i)
            token = shown[i:end]
        elif shown.startswith("[[", i):
            end, token = i + 2, "["
        elif char == "[" and (match := _NAMED.match(shown, i)):
            end = match.end()
            ident = lookup.get(_fold(match.group(1)))
            if ident is None:
                raise _error(UNKNOWN_FIELD_NAME, shown, key, i, field=match.group(0),
                             example=BRACKETS_EXAMPLE)
            token = f"{{{ident}}}"
        else:
            end, token = i + 1, char
        out.append(token)
        pieces.append(_Piece(stored, len(token), i, end - i))
        stored += len(token)
        i = end
    return "".join(out), pieces


def from_display(shown: str, names: Mapping[str, str], key: str = "") -> str:
    """The stored form of a text written with field names (``[Montant dû]`` →
    ``{amount_due}``); an unknown name raises TemplateError with its line and column."""
    return _from_display(shown, names, key)[0]


def _shown_position(pieces: list[_Piece], position: int) -> int:
    for piece in pieces:
        if piece.stored_start <= position < piece.stored_start + piece.stored_length:
            if piece.stored_length == piece.shown_length:
                return piece.shown_start + position - piece.stored_start
            return piece.shown_start
    return pieces[-1].shown_start + pieces[-1].shown_length if pieces else 0


def shown_field(field: str, names: Mapping[str, str]) -> str:
    """« [Montant dû] » for « {amount_due} » (a field as an error message quotes it)."""
    if field.startswith("{") and field.endswith("}") and field[1:-1] in names:
        return f"[{names[field[1:-1]]}]"
    return field


def check_display(shown: str, key: str, vocabulary: Vocabulary,
                  names: Mapping[str, str]) -> str:
    """The stored form of ``shown`` once checked for ``key`` (:func:`check_template`); a
    problem is reported where it is in ``shown``, with the field by its name."""
    stored, pieces = _from_display(shown, names, key)
    try:
        check_template(stored, key, vocabulary)
    except TemplateError as exc:
        args = dict(exc.message.args)
        if "field" in args:
            args["field"] = shown_field(str(args["field"]), names)
        position = exc.position
        if position >= 0:
            position = _shown_position(pieces, position)
            args["line"], args["column"] = line_column(shown, position)
        raise TemplateError(exc.message.text, key=exc.key, position=position, **args) from None
    return stored
