"""Dunning: the day's proposals (placeholder, completed below)."""

from __future__ import annotations

import json
from functools import lru_cache

from relance_desktop import paths
from relance_desktop.domain.dunning import Assignment, Scenario
from relance_desktop.domain.dunning.shipped import parse_scenarios

SHIPPED_FILE = ("dunning", "scenarios.json")


@lru_cache(maxsize=1)
def shipped_scenarios() -> tuple[dict[str, Scenario], Assignment]:
    """The four scenarios shipped in ``resources/dunning/scenarios.json`` and their rules."""
    path = paths.resources_dir().joinpath(*SHIPPED_FILE)
    with path.open(encoding="utf-8") as handle:
        return parse_scenarios(json.load(handle), path.name)
