"""Before dialling: hard stops and warnings (LEGAL-NOTES §4 and §6)."""

from __future__ import annotations

from datetime import datetime

from relance_desktop.domain.calls.guards import CallPolicy, GuardReport, PastCall, check_call
from relance_desktop.domain.calls.hours import parse_call_hours

POLICY = CallPolicy()
MONDAY_10 = datetime(2026, 11, 23, 10, 0)


def texts(report: GuardReport) -> list[str]:
    return [w.render() for w in report.warnings]


def test_a_weekday_morning_with_no_history_is_clear() -> None:
    report = check_call(MONDAY_10, country="FR", policy=POLICY, past_calls=[])
    assert report.clear
    assert report.hard_stop is None and report.last_call is None


def test_belgium_forbids_calls_between_22_and_8() -> None:
    for at in (datetime(2026, 11, 23, 22, 30), datetime(2026, 11, 24, 7, 59)):
        report = check_call(at, country="BE", policy=POLICY, past_calls=[])
        assert report.hard_stop is not None
        assert "interdits entre 22:00 et 08:00" in report.hard_stop.render()
    at_eight = check_call(datetime(2026, 11, 24, 8, 0), country="BE", policy=POLICY,
                          past_calls=[])
    assert at_eight.hard_stop is None
    assert any("en dehors des heures d'appel prévues" in t for t in texts(at_eight))


def test_france_at_night_is_a_warning_not_a_stop() -> None:
    report = check_call(datetime(2026, 11, 23, 22, 30), country="FR", policy=POLICY,
                        past_calls=[])
    assert report.hard_stop is None
    assert texts(report) == [
        "Il est 22:30, en dehors des heures d'appel prévues (du lundi au vendredi de 09:00 à "
        "12:00 et de 14:00 à 18:00)."]


def test_written_only_is_a_hard_stop() -> None:
    report = check_call(MONDAY_10, country="FR", policy=POLICY, past_calls=[], written_only=True)
    assert report.hard_stop is not None
    assert "uniquement par écrit" in report.hard_stop.render()
    assert not report.clear


def test_weekend_warning_names_the_day() -> None:
    report = check_call(datetime(2026, 11, 28, 10), country="FR", policy=POLICY, past_calls=[])
    assert texts(report) == [
        "Nous sommes samedi : évitez d'appeler un client le week-end.",
        # the hours the user set are named too (they leave out the weekend)
        "Il est 10:00, en dehors des heures d'appel prévues (du lundi au vendredi de 09:00 à "
        "12:00 et de 14:00 à 18:00).",
    ]
    assert report.next_slot == datetime(2026, 11, 30, 9)


def test_public_holiday_is_named() -> None:
    christmas = datetime(2026, 12, 25, 10)
    report = check_call(christmas, country="FR", policy=POLICY, past_calls=[])
    assert any("jour férié" in t and "Noël" in t for t in texts(report))


def test_belgian_national_day_warns_only_for_belgian_customers() -> None:
    national_day = datetime(2026, 7, 21, 10)  # a Tuesday
    be = check_call(national_day, country="BE", policy=POLICY, past_calls=[])
    fr = check_call(national_day, country="FR", policy=POLICY, past_calls=[])
    assert any("Fête nationale" in t for t in texts(be))
    assert fr.clear


def test_outside_the_customers_preferred_hours() -> None:
    hours = parse_call_hours("mar-jeu 14h-16h")
    report = check_call(MONDAY_10, country="FR", policy=POLICY, past_calls=[],
                        customer_hours=hours)
    assert texts(report) == [
        "Il est 10:00, en dehors des heures où le client préfère être appelé (du mardi au "
        "jeudi de 14:00 à 16:00)."]
    inside = check_call(datetime(2026, 11, 24, 15), country="FR", policy=POLICY, past_calls=[],
                        customer_hours=hours)
    assert inside.clear


def test_already_called_today_says_by_whom_and_when() -> None:
    calls = [PastCall(datetime(2026, 11, 23, 9, 5), "Anne", "no_answer")]
    report = check_call(MONDAY_10, country="FR", policy=POLICY, past_calls=calls)
    assert texts(report) == [
        "Déjà appelé aujourd'hui à 09:05 par Anne (appels aujourd'hui : 1 ; au plus 1 par jour)."]
    assert report.last_call == calls[0]


def test_unknown_caller_is_said_so() -> None:
    calls = [PastCall(datetime(2026, 11, 23, 9, 5), "", "no_answer")]
    report = check_call(MONDAY_10, country="FR", policy=POLICY, past_calls=calls)
    assert "par un utilisateur non renseigné" in texts(report)[0]


def test_seven_day_limit_counts_every_attempt() -> None:
    calls = [
        PastCall(datetime(2026, 11, 17, 11), "Anne", "no_answer"),  # 6 days ago
        PastCall(datetime(2026, 11, 18, 9), "Anne", "voicemail"),
        PastCall(datetime(2026, 11, 20, 15, 45), "Paul", "reached"),
    ]
    report = check_call(MONDAY_10, country="FR", policy=POLICY, past_calls=calls)
    found = texts(report)
    assert len(found) == 1
    assert found[0].startswith("Appels ces 7 derniers jours : déjà 3 (au plus 3)")
    assert "2026-11-20 à 15:45 par Paul" in found[0]
    # Two calls only in the last 7 days: no warning.
    assert check_call(MONDAY_10, country="FR", policy=POLICY, past_calls=calls[1:]).clear


def test_thirty_day_limit() -> None:
    calls = [
        PastCall(datetime(2026, 10, 26, 10), "Anne", "no_answer"),
        PastCall(datetime(2026, 11, 2, 10), "Anne", "no_answer"),
        PastCall(datetime(2026, 11, 9, 10), "Anne", "no_answer"),
        PastCall(datetime(2026, 11, 16, 10), "Anne", "no_answer"),
    ]
    report = check_call(MONDAY_10, country="FR", policy=POLICY, past_calls=calls)
    assert [t[:50] for t in texts(report)] == [
        "Appels ces 30 derniers jours : déjà 4 (au plus 4) "]
    older = [PastCall(datetime(2026, 10, 20, 10), "Anne", "no_answer"), *calls[1:]]
    assert check_call(MONDAY_10, country="FR", policy=POLICY, past_calls=older).clear


def test_refusal_means_60_days_of_silence() -> None:
    calls = [PastCall(datetime(2026, 10, 1, 10), "Paul", "refused")]
    report = check_call(MONDAY_10, country="FR", policy=POLICY, past_calls=calls)
    assert len(report.warnings) == 1
    warning = report.warnings[0]
    assert warning.args["until"].isoformat() == "2026-11-30"
    assert "a refusé l'appel le 2026-10-01 (Paul)" in warning.render()
    later = check_call(datetime(2026, 12, 1, 10), country="FR", policy=POLICY, past_calls=calls)
    assert later.clear
