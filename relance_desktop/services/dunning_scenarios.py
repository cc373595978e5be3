"""The company's dunning scenarios and assignment rules: reading them (the shipped ones while
the company has none), writing them, and a customer's own choice of scenario.

:mod:`relance_desktop.services.dunning` re-exports every public name here (the windows use
that module)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from relance_desktop import paths
from relance_desktop.domain.dunning import Assignment, Behaviour, Rule, Scenario, Step
from relance_desktop.domain.dunning.shipped import parse_scenarios
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

SHIPPED_FILE = ("dunning", "scenarios.json")


@lru_cache(maxsize=1)
def shipped_scenarios() -> tuple[dict[str, Scenario], Assignment]:
    """The four scenarios shipped in ``resources/dunning/scenarios.json`` and their rules."""
    path = paths.resources_dir().joinpath(*SHIPPED_FILE)
    with path.open(encoding="utf-8") as handle:
        return parse_scenarios(json.load(handle), path.name)


def _scenario_id(cf: CompanySession, key: str) -> int | None:
    value = cf.scalar("SELECT id FROM dunning_scenario WHERE key = ?", (key,))
    return None if value is None else int(value)



@in_session
def choose(cf: CompanySession, customer_id: int, scenario_key: str | None) -> None:
    """The customer's own scenario (None: back to the rules). The scenario must be in the
    company (:func:`install_shipped` for the shipped ones)."""
    with cf.atomic():
        cf.execute("DELETE FROM dunning_choice WHERE customer_id = ?", (customer_id,))
        if scenario_key is not None:
            sid = _scenario_id(cf, scenario_key)
            if sid is None:
                raise ValueError(f"no scenario {scenario_key!r} in this company")
            cf.execute("INSERT INTO dunning_choice (customer_id, scenario_id) VALUES (?, ?)",
                       (customer_id, sid))
    cf.report(Change.of(Topic.CALLS, customers=[customer_id]))


@in_session
def choice_of(cf: CompanySession, customer_id: int) -> str | None:
    """The key of the scenario chosen for the customer (None: the rules decide)."""
    value = cf.scalar("SELECT d.key FROM dunning_choice ch JOIN dunning_scenario d "
                      "ON d.id = ch.scenario_id WHERE ch.customer_id = ?", (customer_id,))
    return None if value is None else str(value)


STEP_COLUMNS = ("position", "channel", "offset_days", "anchor", "letter_kind",
                "min_amount_cents", "automatic", "repeat_every_days", "repeat_max",
                "claims_charges", "note", "rule")


def _step_row(scenario_id: int, s: Step) -> tuple[Any, ...]:
    return (scenario_id, s.position, s.channel.value, s.offset_days, s.anchor.value,
            s.letter_kind.value, s.min_amount_cents, int(s.automatic), s.repeat_every_days,
            s.repeat_max, int(bool(s.claims_charges)), s.note, s.rule)


@in_session
def save_scenario(cf: CompanySession, scenario: Scenario, *, shipped: bool = False) -> int:
    """Write ``scenario`` (by key; its steps replaced). Returns its id."""
    with cf.atomic():
        sid = _scenario_id(cf, scenario.key)
        if sid is None:
            sid = cf.insert("INSERT INTO dunning_scenario (name, is_default, key, legal_note, "
                            "shipped) VALUES (?, 0, ?, ?, ?)",
                            (scenario.name, scenario.key, scenario.legal_note, int(shipped)))
        else:
            cf.execute("UPDATE dunning_scenario SET name = ?, legal_note = ? WHERE id = ?",
                       (scenario.name, scenario.legal_note, sid))
            cf.execute("DELETE FROM dunning_step WHERE scenario_id = ?", (sid,))
        marks = ", ".join("?" for _ in range(len(STEP_COLUMNS) + 1))
        cf.executemany(f"INSERT INTO dunning_step (scenario_id, {', '.join(STEP_COLUMNS)}) "
                       f"VALUES ({marks})", [_step_row(sid, s) for s in scenario.steps])
    cf.report(Change.of(Topic.CALLS))
    return sid


@in_session
def install_shipped(cf: CompanySession) -> None:
    """Write the shipped scenarios the company lacks, and their rules when it has none."""
    shipped, assignment = shipped_scenarios()
    with cf.atomic():
        for scenario in shipped.values():
            if _scenario_id(cf, scenario.key) is None:
                save_scenario(cf, scenario, shipped=True)
        if not cf.scalar("SELECT COUNT(*) FROM dunning_rule"):
            cf.executemany(
                "INSERT INTO dunning_rule (position, scenario_id, kinds, country, tags, "
                "min_cents, max_cents, behaviours) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(n, _scenario_id(cf, r.scenario), ",".join(sorted(r.kinds)), r.country or "",
                  ",".join(sorted(r.tags)), r.min_cents, r.max_cents,
                  ",".join(sorted(b.value for b in r.behaviours)))
                 for n, r in enumerate(assignment.rules, start=1)])
        if not cf.scalar("SELECT COUNT(*) FROM dunning_scenario WHERE is_default = 1"):
            cf.execute("UPDATE dunning_scenario SET is_default = 1 WHERE key = ?",
                       (assignment.default,))


@in_session
def save_assignment(cf: CompanySession, assignment: Assignment) -> None:
    """Replace the rules (in their order) and the default scenario; every scenario they name
    must be in the company."""
    with cf.atomic():
        ids = {r.scenario: _scenario_id(cf, r.scenario) for r in assignment.rules}
        ids[assignment.default] = _scenario_id(cf, assignment.default)
        missing = sorted(key for key, sid in ids.items() if sid is None)
        if missing:
            raise ValueError(f"no scenario {', '.join(missing)} in this company")
        cf.execute("DELETE FROM dunning_rule")
        cf.executemany(
            "INSERT INTO dunning_rule (position, scenario_id, kinds, country, tags, "
            "min_cents, max_cents, behaviours) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(n, ids[r.scenario], ",".join(sorted(r.kinds)), r.country or "",
              ",".join(sorted(r.tags)), r.min_cents, r.max_cents,
              ",".join(sorted(b.value for b in r.behaviours)))
             for n, r in enumerate(assignment.rules, start=1)])
        cf.execute("UPDATE dunning_scenario SET is_default = 0")
        cf.execute("UPDATE dunning_scenario SET is_default = 1 WHERE key = ?",
                   (assignment.default,))
    cf.report(Change.of(Topic.CALLS))


def _split(text: str) -> frozenset[str]:
    return frozenset(t for t in (text or "").split(",") if t)


@in_session
def scenarios(cf: CompanySession) -> tuple[dict[str, Scenario], Assignment]:
    """The company's scenarios and rules; the shipped ones while it has none."""
    rows = cf.tuples("SELECT id, key, name, legal_note, is_default FROM dunning_scenario "
                     "WHERE key <> '' ORDER BY id")
    if not rows:
        return shipped_scenarios()
    steps: dict[int, list[Step]] = defaultdict(list)
    for r in cf.tuples(f"SELECT scenario_id, {', '.join(STEP_COLUMNS)} FROM dunning_step"):
        values: Mapping[str, Any] = dict(zip(STEP_COLUMNS, r[1:], strict=True))
        steps[r[0]].append(Step(**{**values, "automatic": bool(values["automatic"]),
                                   "claims_charges": bool(values["claims_charges"])}))
    keys = {sid: key for sid, key, *_ in rows}
    known = {key: Scenario(key, name, tuple(steps[sid]), note)
             for sid, key, name, note, _ in rows if steps[sid]}
    rules = tuple(
        Rule(keys[sid], _split(kinds), country or None, _split(tags), lo, hi,
             frozenset(Behaviour(b) for b in _split(behaviours)))
        for sid, kinds, country, tags, lo, hi, behaviours in cf.tuples(
            "SELECT scenario_id, kinds, country, tags, min_cents, max_cents, behaviours "
            "FROM dunning_rule ORDER BY position, id"))
    default = next((key for _, key, _, _, is_default in rows if is_default), rows[0][1])
    return known, Assignment(rules, default)
