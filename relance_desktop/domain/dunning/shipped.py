"""Scenarios and assignment rules read from JSON (``resources/dunning/scenarios.json``).

:func:`parse_scenarios` checks every field and names the scenario, step and field of a mistake.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from relance_desktop.domain.dunning.assign import Assignment, Rule
from relance_desktop.domain.dunning.model import Scenario, Step
from relance_desktop.domain.dunning.profile import Behaviour

FORMAT = 1
_STEP_FIELDS = {"position", "channel", "offset_days", "anchor", "letter_kind",
                "min_amount_cents", "automatic", "repeat_every_days", "repeat_max",
                "claims_charges", "note", "rule"}


class ScenarioFileError(ValueError):
    """A scenario file that cannot be used: the message names the file and the field."""


def _step(raw: Any, where: str) -> Step:
    if not isinstance(raw, Mapping):
        raise ScenarioFileError(f"{where}: a step must be an object")
    unknown = set(raw) - _STEP_FIELDS
    if unknown:
        raise ScenarioFileError(f"{where}: unknown fields: {', '.join(sorted(unknown))}")
    for name in ("position", "offset_days", "min_amount_cents", "repeat_every_days",
                 "repeat_max"):
        if name in raw and (not isinstance(raw[name], int) or isinstance(raw[name], bool)):
            raise ScenarioFileError(f"{where}, field « {name} »: a whole number is expected")
    try:
        return Step(**raw)
    except (TypeError, ValueError) as exc:
        raise ScenarioFileError(f"{where}: {exc}") from exc


def _scenario(raw: Any, where: str) -> Scenario:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("key"), str):
        raise ScenarioFileError(f"{where}: a scenario needs a « key »")
    steps = raw.get("steps")
    if not isinstance(steps, list) or not steps:
        raise ScenarioFileError(f"{where} ({raw['key']}), field « steps »: a list is expected")
    parsed = tuple(_step(s, f"{where} ({raw['key']}), step {n}")
                   for n, s in enumerate(steps, start=1))
    try:
        return Scenario(raw["key"], str(raw.get("name", raw["key"])), parsed,
                        str(raw.get("legal_note", "")))
    except ValueError as exc:
        raise ScenarioFileError(f"{where}: {exc}") from exc


def _rule(raw: Any, where: str) -> Rule:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("scenario"), str):
        raise ScenarioFileError(f"{where}: a rule needs a « scenario »")
    try:
        return Rule(raw["scenario"], frozenset(raw.get("kinds", ())), raw.get("country"),
                    frozenset(raw.get("tags", ())), raw.get("min_cents"), raw.get("max_cents"),
                    frozenset(Behaviour(b) for b in raw.get("behaviours", ())))
    except ValueError as exc:
        raise ScenarioFileError(f"{where}: {exc}") from exc


def parse_scenarios(data: Any, source: str) -> tuple[dict[str, Scenario], Assignment]:
    """The scenarios (by key) and the assignment of a scenario file already decoded from JSON;
    ``source`` names the file in error messages."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise ScenarioFileError(f"{source}: not a scenario file of format {FORMAT}")
    raw_scenarios = data.get("scenarios")
    if not isinstance(raw_scenarios, list):
        raise ScenarioFileError(f"{source}, field « scenarios »: a list is expected")
    scenarios: dict[str, Scenario] = {}
    for n, raw in enumerate(raw_scenarios, start=1):
        scenario = _scenario(raw, f"{source}, scenario {n}")
        if scenario.key in scenarios:
            raise ScenarioFileError(f"{source}, scenario {n}: key {scenario.key} used twice")
        scenarios[scenario.key] = scenario
    raw_assignment = data.get("assignment")
    if not isinstance(raw_assignment, Mapping):
        raise ScenarioFileError(f"{source}, field « assignment »: an object is expected")
    rules = tuple(_rule(r, f"{source}, assignment rule {n}")
                  for n, r in enumerate(raw_assignment.get("rules", []), start=1))
    assignment = Assignment(rules, str(raw_assignment.get("default", "")))
    for name in [r.scenario for r in rules] + [assignment.default]:
        if name not in scenarios:
            raise ScenarioFileError(f"{source}, field « assignment »: no scenario {name}")
    return scenarios, assignment
