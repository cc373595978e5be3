"""The import choices a company remembers: FEC accounts left out, CSV/Excel column profiles."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services.import_read import CTX
from relance_desktop.store.models import ImportProfile, now
from relance_desktop.store.session import Change, CompanySession, Topic, in_session


@in_session
def fec_exclusions(cf: CompanySession) -> frozenset[str]:
    row = ImportProfile.get_or_none((ImportProfile.kind == "fec") & (ImportProfile.name == "FEC"))
    if row is None:
        return frozenset()
    return frozenset(json.loads(row.data).get("excluded_accounts", []))


@in_session
def remember_fec_exclusions(cf: CompanySession, accounts: Iterable[str]) -> None:
    data = json.dumps({"excluded_accounts": sorted(set(accounts))})
    with cf.db.atomic():
        row = ImportProfile.get_or_none((ImportProfile.kind == "fec")
                                        & (ImportProfile.name == "FEC"))
        if row is None:
            ImportProfile.create(name="FEC", kind="fec", data=data)
        else:
            row.data = data
            row.updated_at = now()
            row.save()
    cf.report(Change.of(Topic.IMPORTS))


@in_session
def save_profile(cf: CompanySession, profile: Any) -> None:
    """Remember a CSV/Excel profile (its name identifies it)."""
    with cf.db.atomic():
        row = ImportProfile.get_or_none((ImportProfile.kind == "tabular")
                                        & (ImportProfile.name == profile.name))
        if row is None:
            ImportProfile.create(name=profile.name, kind="tabular", data=profile.to_json())
        else:
            row.data = profile.to_json()
            row.updated_at = now()
            row.save()
    cf.report(Change.of(Topic.IMPORTS))


@in_session
def load_profile(cf: CompanySession, name: str) -> Any:
    from relance_desktop.importers.tabular_profiles import Profile

    row = ImportProfile.get_or_none((ImportProfile.kind == "tabular")
                                    & (ImportProfile.name == name))
    if row is None:
        for builtin in _builtin_profiles():
            if builtin.name == name:
                return builtin
        raise UserFacingError(
            QT_TRANSLATE_NOOP("imports", "Aucun profil d'import nommé « {name} »."),
            context=CTX, name=name)
    return Profile.from_json(row.data)


@in_session
def profile_names(cf: CompanySession) -> list[str]:
    own = [str(r.name) for r in cf.rows(
        "SELECT name FROM import_profile WHERE kind = 'tabular' ORDER BY name")]
    return own + [p.name for p in _builtin_profiles() if p.name not in own]


def _builtin_profiles() -> tuple[Any, ...]:
    from relance_desktop.importers.tabular_profiles import builtin_profiles

    return builtin_profiles()


@in_session
def default_currency(cf: CompanySession) -> str:
    """The currency of amounts read without one: the own company's."""
    return str(cf.company.currency)
