"""A server that is not on this computer is reached over TLS with its certificate verified
(``verify-full``): against a real PostgreSQL with TLS on and a certificate signed by an authority
made for the test. The server is reached at 127.0.0.1 under a name that is not « local »
(``hostaddr``), as a distant server would be."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from relance_desktop.errors import CompanyFileError
from relance_desktop.services import team_connect
from relance_desktop.store.server import ServerParams, create_server_company, sslmode_for

SERVER_NAME = "db.cabinet-martin.test"


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _authority(common: str) -> tuple[Any, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(common)).issuer_name(_name(common))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


def _server_certificate(ca_key: Any, ca: x509.Certificate) -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(SERVER_NAME)).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(SERVER_NAME)]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM,
                              serialization.PrivateFormat.TraditionalOpenSSL,
                              serialization.NoEncryption()))


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path, Path]]:
    """A server with TLS on; the right authority's certificate and another one's."""
    from tests import pg

    if not (pg.server_bin("initdb") and pg.server_bin("pg_ctl")):
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    folder = tmp_path_factory.mktemp("tls")
    ca_key, ca = _authority("Autorité du cabinet")
    _other_key, other = _authority("Autorité inconnue")
    right, wrong = folder / "ca.crt", folder / "autre-ca.crt"
    right.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    wrong.write_bytes(other.public_bytes(serialization.Encoding.PEM))
    cluster = pg.start_cluster(tls=_server_certificate(ca_key, ca))
    try:
        cluster.create_database("equipe")
        create_server_company(ServerParams(cluster.host, cluster.port, "equipe", cluster.user),
                              None, name="Cabinet Martin")
        yield cluster, right, wrong
    finally:
        cluster.stop()


@pytest.fixture(autouse=True)
def no_default_authority(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """libpq's own defaults (~/.postgresql/root.crt, PGSSL…) play no part here."""
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("PGSSLROOTCERT", "PGSSLMODE", "PGHOSTADDR"):
        monkeypatch.delenv(name, raising=False)


def _distant(cluster: Any, ca_file: Path | None, host: str = SERVER_NAME) -> ServerParams:
    return ServerParams(host, cluster.port, "equipe", cluster.user, sslmode_for(host),
                        str(ca_file) if ca_file else "", hostaddr=cluster.host)


def test_a_distant_server_is_always_verified() -> None:
    assert sslmode_for(SERVER_NAME) == "verify-full"
    # even when asked for less (an entry of an older version), TLS is verified
    assert ServerParams(SERVER_NAME, 5432, "equipe", "claire", "require").tls_mode \
        == "verify-full"
    assert ServerParams("127.0.0.1", 5432, "equipe", "claire", "prefer").tls_mode == "prefer"


def test_with_the_authority_given_the_connection_is_encrypted(
    tls_server: tuple[Any, Path, Path],
) -> None:
    cluster, right, _wrong = tls_server
    with team_connect.open_team_company(_distant(cluster, right), None) as cf:
        assert cf.scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()") is True
        assert cf.company.name == "Cabinet Martin"


def test_an_unknown_authority_is_refused_plainly(tls_server: tuple[Any, Path, Path]) -> None:
    cluster, _right, wrong = tls_server
    with pytest.raises(CompanyFileError, match="pas signé par l'autorité") as refused:
        team_connect.open_team_company(_distant(cluster, wrong), None)
    assert SERVER_NAME in str(refused.value)


def test_no_authority_at_all_is_said(tls_server: tuple[Any, Path, Path]) -> None:
    cluster, _right, _wrong = tls_server
    with pytest.raises(CompanyFileError, match="Indiquez le certificat de l'autorité"):
        team_connect.open_team_company(_distant(cluster, None), None)


def test_a_certificate_for_another_name_is_refused(tls_server: tuple[Any, Path, Path]) -> None:
    cluster, right, _wrong = tls_server
    with pytest.raises(CompanyFileError, match=r"n'est pas établi au nom « autre\.example\.test »"):
        team_connect.open_team_company(_distant(cluster, right, "autre.example.test"), None)
