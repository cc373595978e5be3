"""The online rate update, only against a local server on 127.0.0.1 serving recorded answers."""

from __future__ import annotations

import json
import socket
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from relance_desktop.domain.legal import HalfYear
from relance_desktop.errors import UserFacingError
from relance_desktop.services import legal, rates_update
from relance_desktop.settings import Settings
from tests.rates_server import Recorded, serve

S2 = HalfYear(2026, 2)
ON = date(2026, 12, 6)
ECB_PATH = "/service/data/FM/D.U2.EUR.4F.KR.MRR_FR.LEV"
# The data portal's answer to ?format=csvdata&detail=dataonly: one row per rate change
# (fixture values: a cut to 2.00 % on 10/06/2026, effective before 1 July).
ECB_CSV = (
    "KEY,FREQ,REF_AREA,CURRENCY,PROVIDER_FM,INSTRUMENT_FM,PROVIDER_FM_ID,DATA_TYPE_FM,"
    "TIME_PERIOD,OBS_VALUE\n"
    "FM.D.U2.EUR.4F.KR.MRR_FR.LEV,D,U2,EUR,4F,KR,MRR_FR,LEV,2025-06-11,2.15\n"
    "FM.D.U2.EUR.4F.KR.MRR_FR.LEV,D,U2,EUR,4F,KR,MRR_FR,LEV,2026-06-10,2.00\n"
    "FM.D.U2.EUR.4F.KR.MRR_FR.LEV,D,U2,EUR,4F,KR,MRR_FR,LEV,2026-09-16,1.75\n"
)
PUBLISHED = {"format": 1, "series": {
    "fr_legal_individual": {"sources": ["arrêté du 20/06/2026"], "rates": {
        "2026-S1": "6.67", "2026-S2": "6.40"}},
    "fr_legal_other": {"sources": ["arrêté du 20/06/2026"], "rates": {
        "2026-S1": "2.62", "2026-S2": "2.55"}},
    "be_b2b": {"sources": ["avis SPF Finances, MB 10/07/2026"], "rates": {"2026-S2": "10.00"}},
}}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


def allow(settings: Settings, base: str, published: str = "/taux.json") -> None:
    settings.set("rates_online_update", True)
    settings.set("rates_ecb_url", base + ECB_PATH)
    settings.set("rates_update_url", base + published if published else "")


def test_online_update_is_off_by_default_and_asks_nothing(settings: Settings) -> None:
    assert settings.get("rates_online_update") is False
    recorded = Recorded({})
    with serve(recorded) as base:
        settings.set("rates_ecb_url", base + ECB_PATH)
        with pytest.raises(UserFacingError, match="désactivée"):
            rates_update.update_online(settings, ON)
    assert recorded.requests == []


def test_the_ecb_rate_in_force_on_1_july_and_the_published_file_fill_2026_s2(
        settings: Settings) -> None:
    recorded = Recorded({
        ECB_PATH: (200, "text/csv", ECB_CSV),
        "/taux.json": (200, "application/json", json.dumps(PUBLISHED)),
    })
    with serve(recorded) as base:
        allow(settings, base)
        result = rates_update.update_online(settings, ON)
    assert not result.notes
    assert recorded.requests[0].startswith(ECB_PATH + "?format=csvdata&detail=dataonly")
    table, origins = rates_update.table_and_origins(settings)
    # The rate of 1 July (2.00 from 10/06), not the later September cut.
    assert table.rate("ecb", S2) == Decimal("2.00")
    assert table.fr_b2b_rate(S2) == Decimal("12.00")
    assert table.rate("fr_legal_other", S2) == Decimal("2.55")
    assert legal.rates_status(settings, ON).complete
    ecb = origins[("ecb", S2)]
    assert ecb.via == "online" and "en vigueur au 01/07/2026" in ecb.source
    assert ecb.link.startswith(base + ECB_PATH)
    assert origins[("be_b2b", S2)].origin == base + "/taux.json"


def test_without_a_published_file_only_the_ecb_rate_comes_and_that_is_said(
        settings: Settings) -> None:
    with serve(Recorded({ECB_PATH: (200, "text/csv", ECB_CSV)})) as base:
        allow(settings, base, published="")
        result = rates_update.update_online(settings, ON)
    assert [r.series for r in result.checked.new] == ["ecb"]
    assert "Aucune adresse" in result.notes[0].render()
    assert legal.rates_status(settings, ON).missing_series(S2) == (
        "fr_legal_individual", "fr_legal_other", "be_b2b")


def test_offline_says_so_and_changes_nothing(settings: Settings) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    allow(settings, f"http://127.0.0.1:{port}")
    with pytest.raises(UserFacingError, match="hors ligne") as caught:
        rates_update.update_online(settings, ON, timeout=2)
    assert "127.0.0.1" in caught.value.render()
    assert not rates_update.store_file().exists()


def test_a_server_error_or_an_odd_answer_changes_nothing(settings: Settings) -> None:
    with serve(Recorded({ECB_PATH: (503, "text/plain", "busy")})) as base:
        allow(settings, base)
        with pytest.raises(UserFacingError, match="503"):
            rates_update.update_online(settings, ON)
    with serve(Recorded({ECB_PATH: (200, "text/html", "<html>login</html>")})) as base:
        allow(settings, base)
        with pytest.raises(UserFacingError, match="Réponse inattendue"):
            rates_update.update_online(settings, ON)
    assert not rates_update.store_file().exists()


def test_a_published_file_contradicting_the_table_is_refused_whole(settings: Settings) -> None:
    wrong = json.loads(json.dumps(PUBLISHED))
    wrong["series"]["fr_legal_other"]["rates"]["2026-S1"] = "2.70"  # the table says 2.62
    recorded = Recorded({ECB_PATH: (200, "text/csv", ECB_CSV),
                         "/taux.json": (200, "application/json", json.dumps(wrong))})
    with serve(recorded) as base:
        allow(settings, base)
        with pytest.raises(UserFacingError, match=r"connaît déjà 2\.62"):
            rates_update.update_online(settings, ON)
    assert not legal.rates_status(settings, ON).is_known("ecb", S2)  # not even the ECB rate
