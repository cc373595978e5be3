"""``relance-desktop interest`` and ``reference``: the legal engine from the command line."""

from __future__ import annotations

import json
from typing import Any

import pytest

from relance_desktop.__main__ import main

WORKED = ["interest", "--country", "FR", "--debtor", "business", "--amount", "1500.00",
          "--due", "2025-03-31", "--on", "2025-06-15"]


def test_the_worked_example_of_the_legal_notes_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*WORKED, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["interest"] == "41.07"
    assert data["indemnity"] == "40.00"
    assert data["total"] == "1581.07"
    assert [(p["half_year"], p["days"], p["rate"]) for p in data["periods"]] == [
        ("2025-S1", 76, "13.15")]
    assert data["prescription_date"] == "2030-03-31"
    assert {line["code"] for line in data["lines"]} >= {"interest", "fixed_indemnity"}


def test_the_worked_example_as_text_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(WORKED) == 0
    out = capsys.readouterr().out
    assert "41,07\xa0€" in out and "40,00\xa0€" in out and "1\u202f581,07\xa0€" in out
    assert "76 j" in out and "13,15\xa0%" in out
    assert "31/03/2030" in out  # last day the debt can be claimed
    assert "L441-10" in out and "D441-5" in out  # each line says its rule


def test_a_french_consumer_owes_no_40_and_interest_only_after_the_notice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["interest", "--country", "FR", "--debtor", "consumer", "--amount", "1500.00",
            "--due", "2025-03-31", "--on", "2025-06-15", "--json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["interest"], data["indemnity"]) == ("0.00", "0.00")
    assert main([*args, "--notice", "2025-05-16"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["indemnity"] == "0.00"
    assert data["periods"] and data["periods"][0]["start"] == "2025-05-17"
    assert data["periods"][0]["rate"] == "3.71"  # the « autres » legal rate of 2025-S1
    assert data["prescription_date"] == "2027-03-31"


def test_a_belgian_consumer_waits_14_days_after_the_free_reminder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["interest", "--country", "BE", "--debtor", "consumer", "--amount", "400.00",
            "--due", "2023-09-11", "--reminder-sent", "2023-09-18", "--by", "post", "--json"]
    assert main([*args, "--on", "2023-10-04"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["waiting_period_end"] == "2023-10-04"
    assert data["charges_from"] == "2023-10-05"
    assert (data["interest"], data["indemnity"]) == ("0.00", "0.00")
    assert main([*args, "--on", "2023-10-05"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["indemnity"] == "55.00" and data["indemnity_is_maximum"] is True


def test_a_half_year_the_table_does_not_know_is_refused_not_guessed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["interest", "--country", "FR", "--debtor", "business", "--amount", "100",
                 "--due", "2026-05-01", "--on", "2026-09-01"])
    assert code == 2
    err = capsys.readouterr().err
    assert "2026-S2" in err and "ne devine jamais" in err


@pytest.mark.parametrize("bad", [["--amount", "abc"], ["--amount", "-5"], ["--due", "31/03/2025"]])
def test_bad_arguments_name_what_is_wrong(
    bad: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["interest", "--country", "FR", "--debtor", "business", "--amount", "10",
            "--due", "2025-03-31", "--on", "2025-06-15"]
    for flag, value in zip(bad[::2], bad[1::2], strict=True):
        args[args.index(flag) + 1] = value
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2
    assert bad[1] in capsys.readouterr().err


def test_reference_generation_and_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reference", "ogm", "1234567890"]) == 0
    assert capsys.readouterr().out.strip() == "+++123/4567/89002+++"
    assert main(["reference", "rf", "1234512345"]) == 0
    assert capsys.readouterr().out.strip() == "RF45 1234 5123 45"
    assert main(["reference", "--check", "+++090/9337/55493+++"]) == 0
    assert "valide" in capsys.readouterr().out
    assert main(["reference", "--check", "RF18 5390 0754 7034"]) == 0
    capsys.readouterr()
    assert main(["reference", "--check", "+++700/8000/90607+++"]) == 1
    assert "invalide" in capsys.readouterr().out


def test_rates_in_notices_are_written_the_french_way(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*WORKED, "--rate", "8.5"]) == 0
    out = capsys.readouterr().out
    assert "taux contractuel de 8,5 %" in out  # not « 8.5 »


# -- relance-desktop rates ---------------------------------------------------------------------
RATES_ON = ["--on", "2026-12-06"]


def test_rates_show_names_the_missing_half_year_and_where_to_find_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["rates", "show", *RATES_ON]) == 0
    out = capsys.readouterr().out
    assert "MANQUANT 2026-S2 : ecb, fr_legal_individual, fr_legal_other, be_b2b" in out
    assert "https://data.ecb.europa.eu/" in out and "Moniteur belge" in out
    assert main(["rates", "show", "--json", *RATES_ON]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["complete"] is False and data["last_complete"] == "2026-S1"
    assert data["missing"] == {"2026-S2": ["ecb", "fr_legal_individual", "fr_legal_other",
                                           "be_b2b"]}


def test_rates_add_needs_a_source_and_plain_rates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "add", "2026-S2", "--ecb", "2.15", *RATES_ON]) == 2
    assert "--source" in capsys.readouterr().err
    assert main(["rates", "add", "2026-S3", "--ecb", "2.15", "--source", "BCE", *RATES_ON]) == 2
    assert "semestre attendu" in capsys.readouterr().err
    assert main(["rates", "add", "2026-S2", "--ecb", "deux", "--source", "BCE", *RATES_ON]) == 2
    assert main(["rates", "add", "2026-S2", "--be", "10.3", "--source", "MB", *RATES_ON]) == 2
    assert "demi-point" in capsys.readouterr().err
    assert main(["rates", "add", "2026-S2", "--ecb", "2,15", "--fr-other", "2.55",
                 "--source", "BCE ; arrêté du 20/06/2026", *RATES_ON]) == 0
    assert "ajouté : fr_legal_other 2026-S2 = 2.55 %" in capsys.readouterr().out
    assert main(["rates", "show", "--json", *RATES_ON]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["missing"] == {"2026-S2": ["fr_legal_individual", "be_b2b"]}
    assert data["series"]["ecb"]["rates"]["2026-S2"] == {
        "rate": "2.15", "source": "BCE ; arrêté du 20/06/2026", "link": "", "via": "manual"}


def test_rates_import_then_interest_is_computed_for_2026_s2(
    capsys: pytest.CaptureFixture[str], tmp_path: Any,
) -> None:
    args = ["interest", "--country", "FR", "--debtor", "business", "--amount", "1000.00",
            "--due", "2026-09-30", "--on", "2026-10-30", "--json"]
    assert main(args) == 2  # 2026-S2 unknown: no figure is guessed
    assert "2026-S2" in capsys.readouterr().err
    update = tmp_path / "taux.json"
    update.write_text(json.dumps({"format": 1, "series": {
        "ecb": {"sources": ["BCE"], "rates": {"2026-S2": "2.15"}}}}), encoding="utf-8")
    assert main(["rates", "import", str(update), *RATES_ON]) == 0
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert data["periods"][0]["rate"] == "12.15"  # 2.15 + 10 for 30 days of 2026-S2
    update.write_text('{"format": 1, "series": {"ecb": {"rates": {"2026-S2": "2.40"}}}}',
                      encoding="utf-8")
    assert main(["rates", "import", str(update), *RATES_ON]) == 2
    assert "taux.json, ligne 1" in capsys.readouterr().err


def test_rates_update_stays_offline_unless_allowed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "update", *RATES_ON]) == 2
    assert "désactivée" in capsys.readouterr().err


def test_rates_update_allowed_once_reads_a_local_server(capsys: pytest.CaptureFixture[str]) -> None:
    from relance_desktop.settings import Settings
    from tests.rates_server import Recorded, serve

    csv_answer = ("KEY,FREQ,REF_AREA,CURRENCY,PROVIDER_FM,INSTRUMENT_FM,PROVIDER_FM_ID,"
                  "DATA_TYPE_FM,TIME_PERIOD,OBS_VALUE\n"
                  "FM.D.U2.EUR.4F.KR.MRR_FR.LEV,D,U2,EUR,4F,KR,MRR_FR,LEV,2025-06-11,2.15\n")
    with serve(Recorded({"/ecb": (200, "text/csv", csv_answer)})) as base:
        Settings().set("rates_ecb_url", base + "/ecb")
        assert main(["rates", "update", "--allow", *RATES_ON]) == 0
    out = capsys.readouterr().out
    assert "ajouté : ecb 2026-S2 = 2.15 %" in out
    assert "note : Aucune adresse de fichier de taux publié" in out
    assert Settings().get("rates_online_update") is False  # allowed for that run only
