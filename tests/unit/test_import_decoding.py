"""One decoder for every reader: UTF-16 without a BOM and UTF-32 are read, not refused as
binary, and the FEC and CSV readers give the same text for the same bytes."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relance_desktop.importers.decoding import decode
from relance_desktop.importers.fec import read_fec
from relance_desktop.importers.tabular import read_tabular

CSV = "Client;Facture;Montant;Échéance\nSociété Générale de Café;F1;120,50;15/03/2026\n"


@pytest.mark.parametrize(
    ("codec", "bom", "encoding"),
    [
        ("utf-16-le", b"", "utf-16-le"),
        ("utf-16-be", b"", "utf-16-be"),
        ("utf-32-le", b"", "utf-32-le"),
        ("utf-32-be", b"", "utf-32-be"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32"),
    ],
)
def test_wide_encodings_with_or_without_bom_are_read(
    tmp_path: Path, codec: str, bom: bytes, encoding: str
) -> None:
    raw = bom + CSV.encode(codec)
    decoded = decode(raw)
    assert (decoded.text, decoded.encoding, decoded.bad) == (CSV, encoding, "")
    path = tmp_path / "factures.csv"
    path.write_bytes(raw)
    result = read_tabular(path)
    assert [c.name for c in result.customers] == ["Société Générale de Café"]
    assert [i.due_cents for i in result.invoices] == [12050]


def test_plain_text_is_not_taken_for_a_wide_encoding() -> None:
    assert decode("Société;F1;12,00\n".encode()).encoding == "utf-8"
    assert decode("Société;F1;12,00\n".encode("cp1252")).encoding == "cp1252"


FEC_HEADER = (
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
    "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
    "ValidDate\tMontantdevise\tIdevise"
)


@pytest.mark.parametrize("codec", ["utf-8", "cp1252", "utf-16-le", "utf-8-sig"])
def test_fec_and_csv_readers_decode_the_same_bytes_alike(tmp_path: Path, codec: str) -> None:
    name = "Société Générale"
    fec = f"{FEC_HEADER}\nVE\tVentes\t1\t20260105\t411000\tClients\tC1\t{name}\tF1\t20260105\t" \
        "Facture\t10,00\t0,00\t\t\t20260105\t\t\n"
    csv = f"Client;Facture;Montant\n{name};F1;10,00\n"
    (tmp_path / "FEC.txt").write_bytes(fec.encode(codec))
    (tmp_path / "liste.csv").write_bytes(csv.encode(codec))
    from_fec = read_fec(tmp_path / "FEC.txt")
    from_csv = read_tabular(tmp_path / "liste.csv")
    assert [c.name for c in from_fec.customers] == [name]
    assert [c.name for c in from_csv.customers] == [name]


def test_a_file_of_two_encodings_keeps_every_accent_and_names_the_odd_lines(
    tmp_path: Path,
) -> None:
    from relance_desktop.importers.decoding import decoding_problems

    # Two exports pasted together: a Windows-1252 one, then a line saved in UTF-8.
    raw = (
        b"Client;Facture;Montant\n"
        + "Crèmerie Dubois;F1;10,00\n".encode("cp1252")
        + "Hôtel du Parc;F2;20,00\n".encode("cp1252")
        + "Société Générale;F3;30,00\n".encode()
    )
    decoded = decode(raw)
    assert decoded.encoding == "cp1252"
    assert "Société Générale" in decoded.text and "SociÃ" not in decoded.text
    [problem] = decoding_problems(decoded, "mixte.csv")
    assert (problem.file, problem.line, problem.found) == (
        "mixte.csv",
        4,
        "Société Générale;F3;30,00",
    )
    path = tmp_path / "mixte.csv"
    path.write_bytes(raw)
    names = [c.name for c in read_tabular(path).customers]
    assert sorted(names) == ["Crèmerie Dubois", "Hôtel du Parc", "Société Générale"]


# Letters whose Windows-1252 bytes (0xE0–0xF4) never continue a UTF-8 sequence: a line of them
# in Windows-1252 can never pass for UTF-8, so the decoder must give every line back as written.
_LINE = st.text(alphabet="abcdefgXYZ ;,0123456789éèàçô", max_size=30)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_LINE, st.sampled_from(["utf-8", "cp1252"])), min_size=1, max_size=12))
def test_lines_in_either_encoding_come_back_as_written(lines: list[tuple[str, str]]) -> None:
    raw = b"\n".join(text.encode(codec) for text, codec in lines)
    assert decode(raw).text == "\n".join(text for text, _codec in lines)
