"""The call limits the user chose in the settings, as the call rules read them.

Apart from the call sheet (:mod:`services.callsheet`, which re-exports it) so that Today, shown
at start, reads them without importing the call sheet's rules (legal engine, scripts).
"""

from __future__ import annotations

from relance_desktop.domain.calls.guards import CallPolicy
from relance_desktop.domain.calls.hours import CallHoursError, parse_call_hours
from relance_desktop.settings import Settings


def call_policy(settings: Settings) -> CallPolicy:
    """The call limits the user chose (defaults: weekdays 9–12 and 14–18, 1/day, 3/7 d, 4/30 d)."""
    try:
        allowed = parse_call_hours(str(settings.get("call_allowed_hours")))
    except CallHoursError:
        allowed = CallPolicy().allowed
    if not allowed.windows:
        allowed = CallPolicy().allowed
    return CallPolicy(allowed=allowed, per_day=int(settings.get("calls_per_day")),
                      per_7_days=int(settings.get("calls_per_7_days")),
                      per_30_days=int(settings.get("calls_per_30_days")))
