"""The FEC importer: the samples' verified figures, every dialect trap, bad files, fuzzing."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relance_desktop.i18n import Message
from relance_desktop.importers.fec import (
    FecError,
    FecResult,
    pseudo_customer_reason,
    read_fec,
)
from relance_desktop.importers.records import MAX_PROBLEMS, ParseResult, Severity, note_text

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "fec"
F2022 = "111111111FEC20221231.TXT"
F2022_08 = "0000000001FEC20220831.txt"
F2023 = "000000000FEC20231231.txt"

COLUMNS = (
    "JournalCode",
    "JournalLib",
    "EcritureNum",
    "EcritureDate",
    "CompteNum",
    "CompteLib",
    "CompAuxNum",
    "CompAuxLib",
    "PieceRef",
    "PieceDate",
    "EcritureLib",
    "Debit",
    "Credit",
    "EcritureLet",
    "DateLet",
    "ValidDate",
    "Montantdevise",
    "Idevise",
)


def sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"sample {name} is absent: ../shared/samples/fec/ is not checked out here")
    return path


# -- helpers to write small FECs -------------------------------------------------------------
def line(
    journal: str = "VE",
    num: str = "1",
    day: str = "20230110",
    account: str = "411000",
    aux: str = "C001",
    aux_lib: str = "DUPONT SARL",
    piece: str = "FA0001",
    debit: str = "0,00",
    credit: str = "0,00",
    letter: str = "",
    account_lib: str = "Clients",
    label: str = "Vente",
    currency: str = "",
    foreign: str = "",
    piece_day: str | None = None,
) -> dict[str, str]:
    return {
        "JournalCode": journal,
        "JournalLib": journal,
        "EcritureNum": num,
        "EcritureDate": day,
        "CompteNum": account,
        "CompteLib": account_lib,
        "CompAuxNum": aux,
        "CompAuxLib": aux_lib,
        "PieceRef": piece,
        "PieceDate": day if piece_day is None else piece_day,
        "EcritureLib": label,
        "Debit": debit,
        "Credit": credit,
        "EcritureLet": letter,
        "DateLet": day if letter else "",
        "ValidDate": day,
        "Montantdevise": foreign,
        "Idevise": currency,
    }


def fec_text(
    rows: Iterable[dict[str, str]],
    *,
    sep: str = "\t",
    columns: Sequence[str] = COLUMNS,
    names: Sequence[str] | None = None,
    trailing: bool = False,
    eol: str = "\n",
) -> str:
    """The header (``names``, default ``columns``) and the rows' values for ``columns``."""
    end = sep if trailing else ""
    out = [sep.join(columns if names is None else names) + end]
    out += [sep.join(row.get(c, "") for c in columns) + end for row in rows]
    return eol.join(out) + eol


def write(
    tmp_path: Path, text: str | bytes, name: str = "FEC.txt", encoding: str = "utf-8"
) -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
    return path


def notes(result: ParseResult) -> list[Message]:
    """The result's notes: every one a Message of the « importers » context."""
    found = [n for n in result.notes if isinstance(n, Message) and n.context == "importers"]
    assert len(found) == len(result.notes), result.notes
    return found


def note_with(result: ParseResult, **args: object) -> Message:
    """The one note whose arguments include ``args``."""
    [note] = [n for n in notes(result) if all(n.args.get(k) == v for k, v in args.items())]
    return note


def due_by_customer(result: ParseResult) -> dict[str, int]:
    due: dict[str, int] = defaultdict(int)
    for invoice in result.invoices:
        due[invoice.customer_key] += invoice.due_cents
    return dict(due)


def check_invariants(result: FecResult) -> None:
    """What must hold for any file: open items add up to the positive balances, and so on."""
    assert result.source == "fec" and result.full_export is True
    assert len(result.problems) <= MAX_PROBLEMS
    due = due_by_customer(result)
    balances = {b.key: b for b in result.balances}
    for key, cents in due.items():
        assert balances[key].balance_cents == cents
    for b in result.balances:
        assert b.balance_cents != 0
        assert (b.balance_cents > 0) == (b.key in due)
        assert b.open_items == sum(1 for i in result.invoices if i.customer_key == b.key)
    assert {c.key for c in result.customers} == set(balances)
    seen = set()
    for invoice in result.invoices:
        assert 0 <= invoice.paid_cents < invoice.amount_cents
        assert invoice.due_date is None
        assert (invoice.customer_key, invoice.number) not in seen
        seen.add((invoice.customer_key, invoice.number))
    assert result.net_total() == sum(
        b.balance_cents for b in result.balances if b.currency == "EUR"
    )
    # Every message is a marked template whose placeholders its arguments fill.
    for p in result.problems:
        assert "{" not in p.expected_text() and p.field_text()
    for note in notes(result):
        assert "{" not in note_text(note)
    for pseudo in result.pseudo_customers:
        assert pseudo.reason_message is not None and pseudo.reason == pseudo.reason_message.render()


SIMPLE = [
    line(num="1", day="20230110", piece="FA0001", debit="120,00"),
    line(num="2", day="20230215", piece="FA0002", debit="240,50"),
    line(journal="BQ", num="3", day="20230301", piece="VIR", credit="100,00"),
    line(
        journal="VE",
        num="1",
        day="20230110",
        account="706000",
        aux="",
        aux_lib="",
        piece="FA0001",
        credit="120,00",
    ),
]


def simple_figures(result: FecResult) -> list[tuple[str, str, int, int, date | None]]:
    return [
        (i.customer_key, i.number, i.amount_cents, i.paid_cents, i.issue_date)
        for i in result.invoices
    ]


EXPECTED_SIMPLE = [
    ("C001", "FA0001", 12000, 10000, date(2023, 1, 10)),
    ("C001", "FA0002", 24050, 0, date(2023, 2, 15)),
]


# -- the samples -----------------------------------------------------------------------------
class TestSample2022:
    """111111111FEC20221231.TXT: pipe, trailing |, padded, zero-filled, cp1252 bytes."""

    @pytest.fixture(scope="class")
    @classmethod
    def result(cls) -> FecResult:
        return read_fec(sample(F2022))

    def test_dialect(self, result: FecResult) -> None:
        assert result.separator == "|"
        assert result.encoding == "cp1252"
        assert len(result.columns) == 18 and "MontantDevise" in result.columns
        assert result.line_count == 934
        assert result.customer_line_count == 151
        assert result.errors == []
        assert result.sha256 == hashlib.sha256(sample(F2022).read_bytes()).hexdigest()
        check_invariants(result)

    def test_19_customers_with_a_balance_totalling_14416_52(self, result: FecResult) -> None:
        assert len(result.customers) == 19
        assert len(result.balances) == 19
        assert sum(1 for b in result.balances if b.balance_cents > 0) == 18
        # « Total » is the net of the balances, the credit balance included (README figure)…
        assert result.net_total() == 1_441_652
        # …while what there is to chase leaves the credit out: 14,416.52 + 56.03.
        assert result.due_total() == 1_441_652 + 5_603

    def test_the_credit_balance_is_reported_not_imported(self, result: FecResult) -> None:
        champ = next(b for b in result.balances if b.key == "41104251")
        assert (champ.name, champ.balance_cents, champ.open_items) == (
            "SAS CHAMP DES GARR",
            -5_603,
            0,
        )
        assert not [i for i in result.invoices if i.customer_key == "41104251"]
        [warning] = [p for p in result.problems if p.args.get("account") == "41104251"]
        assert warning.severity is Severity.WARNING
        assert (warning.args["balance"], warning.args["currency"]) == ("-56,03", "EUR")
        assert warning.found == "41104251 SAS CHAMP DES GARR (-56,03 EUR)"
        assert warning.expected.startswith("un solde débiteur")
        note = note_with(result, account="41104251", balance="-56,03")
        assert note_text(note) == (
            "41104251 SAS CHAMP DES GARR a un solde créditeur de -56,03 EUR : c'est nous qui "
            "devons à ce client, aucune facture n'est donc importée pour lui."
        )

    def test_largest_open_item_is_colruyt(self, result: FecResult) -> None:
        top = max(result.invoices, key=lambda i: i.due_cents)
        assert top.customer_key == "41101050"
        assert (top.amount_cents, top.paid_cents) == (643_994, 0)
        assert top.issue_date == date(2023, 5, 9)
        # PieceRef « VE  0523 » is journal + month: the number comes from the entry instead.
        assert top.number == "VE 00000056 2023-05-09"
        assert "VE 0523" in top.description
        assert [i.number for i in result.invoices if i.customer_key == "41101050"] == [top.number]
        names = {c.key: c.name for c in result.customers}
        assert names["41101050"] == "COLRUYT RETAIL FRA"

    def test_next_largest_customers(self, result: FecResult) -> None:
        due = due_by_customer(result)
        names = {c.name: c.key for c in result.customers}
        assert due[names["JARDIN DES PAPES"]] == 248_913
        jardin = [i for i in result.invoices if i.customer_key == names["JARDIN DES PAPES"]]
        assert len(jardin) == 4
        assert all(
            i.issue_date and (i.issue_date.year, i.issue_date.month) == (2023, 6) for i in jardin
        )
        assert due[names["GROUPE RICAUD PROV"]] == 187_165
        ranked = sorted(due.items(), key=lambda kv: -kv[1])
        assert [k for k, _ in ranked[:3]] == ["41101050", "41102430", "41102106"]

    def test_unlettered_receipts_settle_unlettered_invoices(self, result: FecResult) -> None:
        # SARL LES JARDINS D: the 371.94 invoice is paid by an unlettered 371.94 receipt.
        jardins = [i for i in result.invoices if i.customer_key == "41104250"]
        assert [(i.amount_cents, i.due_cents) for i in jardins] == [(44_012, 44_012)]
        # LES DELICES DU JAR: 56.05 paid by 56.04 + a 0.01 OD.
        delices = [i for i in result.invoices if i.customer_key == "41102785"]
        assert [(i.amount_cents, i.due_cents) for i in delices] == [(12_251, 12_251)]
        assert not [
            i
            for i in result.invoices
            if i.amount_cents in (37_194, 5_605) and i.customer_key in ("41104250", "41102785")
        ]

    def test_reimport_gives_the_same_records(self, result: FecResult) -> None:
        again = read_fec(sample(F2022))
        assert again.customers == result.customers
        assert again.invoices == result.invoices


class TestSample2022_08:
    """0000000001FEC20220831.txt: UTF-8 BOM, tab, unbalanced lettering groups."""

    TABLE: ClassVar[dict[str, tuple[str, int]]] = {
        "CPRO00": ("PROSOL GESTION", 2_712_329),
        "CPMTN0": ("P MONTARNAL TRANSPORT PMT", 1_807_004),
        "CLAURE": ("LAURENT PRIMEURS", 666_127),
        "CMOURL": ("SAS MOURLHON", 43_888),
        "CRETAY": ("LE VERGER DE RETAYON", 30_289),
        "CNOURR": ("JULES NOURRIT", -7_913),
    }

    @pytest.fixture(scope="class")
    @classmethod
    def result(cls) -> FecResult:
        return read_fec(sample(F2022_08))

    def test_dialect(self, result: FecResult) -> None:
        assert (result.encoding, result.separator, len(result.columns)) == ("utf-8-sig", "\t", 18)
        assert result.columns[0] == "JournalCode"  # the BOM is not part of the name
        assert result.line_count == 5_422
        assert result.customer_line_count == 538
        assert result.errors == []
        check_invariants(result)

    def test_six_customers_totalling_52517_24(self, result: FecResult) -> None:
        assert {b.key: (b.name, b.balance_cents) for b in result.balances} == self.TABLE
        assert len(result.customers) == 6
        assert result.net_total() == 5_251_724
        assert result.due_total() == 5_251_724 + 7_913
        due = due_by_customer(result)
        assert due == {k: v for k, (_, v) in self.TABLE.items() if v > 0}

    def test_jules_nourrit_credit_is_a_warning(self, result: FecResult) -> None:
        assert [p.severity for p in result.problems] == [Severity.WARNING]
        assert (result.problems[0].args["account"], result.problems[0].args["balance"]) == (
            "CNOURR",
            "-79,13",
        )
        assert "CNOURR" in result.problems[0].found and "-79,13" in result.problems[0].found
        assert result.problems[0].field == "CompAuxNum"

    def test_prosol_open_items_are_its_unbalanced_groups(self, result: FecResult) -> None:
        # AATF (+13,401.95 over 8 lines) and AATG (+13,721.34 over 10 lines): 18 invoices.
        prosol = [i for i in result.invoices if i.customer_key == "CPRO00"]
        assert len(prosol) == 18
        assert sum(i.due_cents for i in prosol) == 1_340_195 + 1_372_134
        assert "FA 220393" in {i.number for i in prosol}  # padding collapsed
        assert all(i.number.startswith("FA 2203") for i in prosol)


class TestSample2023:
    """000000000FEC20231231.txt: 22 columns, payment-method pseudo-customers."""

    PSEUDO: ClassVar[dict[str, int]] = {
        "CESP": 2_571_918,
        "CCB": 151_052,
        "CCHQ": 54_200,
        "CVIR": 0,
    }

    @pytest.fixture(scope="class")
    @classmethod
    def result(cls) -> FecResult:
        return read_fec(sample(F2023))

    def test_dialect(self, result: FecResult) -> None:
        assert (result.encoding, result.separator, len(result.columns)) == ("utf-8", "\t", 22)
        assert result.columns[-4:] == ("DateRglt", "ModeRglt", "NatOp", "IdClient")
        assert result.line_count == 2_102
        assert result.customer_line_count == 153
        assert result.errors == []
        assert result.first_date is not None and result.first_date.year == 2022
        check_invariants(result)

    def test_pseudo_customers_are_flagged_with_their_balances(self, result: FecResult) -> None:
        assert {p.key: p.balance_cents for p in result.pseudo_customers} == self.PSEUDO
        assert {b.key: b.balance_cents for b in result.balances} == {
            k: v for k, v in self.PSEUDO.items() if v
        }
        warnings = [p for p in result.problems if p.severity is Severity.WARNING]
        assert len(warnings) == 1
        assert warnings[0].args["accounts"] == sorted(self.PSEUDO)
        [listed] = [n.args["accounts"] for n in notes(result) if n.text.startswith("Ces comptes")]
        for key, text in (
            ("CESP", "25719,18 EUR"),
            ("CCB", "1510,52 EUR"),
            ("CCHQ", "542,00 EUR"),
            ("CVIR", "0,00 EUR"),
        ):
            assert key in warnings[0].found and text in warnings[0].found
            assert isinstance(listed, str) and key in listed and text in listed
        reasons = {p.key: p.reason for p in result.pseudo_customers}
        assert reasons["CCB"] == "libellé « RECETTE CB » : recettes"

    def test_excluded_when_asked(self) -> None:
        result = read_fec(sample(F2023), excluded_accounts=frozenset(self.PSEUDO))
        assert result.customers == [] and result.invoices == [] and result.balances == []
        assert result.pseudo_customers == []
        assert result.problems == []
        assert sorted(result.excluded) == sorted(self.PSEUDO)
        excluded = note_with(result, accounts=", ".join(sorted(self.PSEUDO)))
        assert note_text(excluded).startswith("Exclus à votre demande : ")
        check_invariants(result)

    def test_partly_excluded(self) -> None:
        result = read_fec(sample(F2023), excluded_accounts=frozenset({"CESP", "CCB"}))
        assert {c.key for c in result.customers} == {"CCHQ"}
        assert result.net_total() == 54_200
        assert {p.key for p in result.pseudo_customers} == {"CCHQ", "CVIR"}

    def test_numbers_fall_back_to_journal_and_date(self, result: FecResult) -> None:
        # EcritureNum is 0 and PieceRef is a month (« 06/2023 »): journal + date.
        ccb = [i for i in result.invoices if i.customer_key == "CCB"]
        assert [(i.number, i.due_cents) for i in ccb] == [("VE 2023-06-30", 151_052)]


# -- dialects --------------------------------------------------------------------------------
class TestDialects:
    def read(self, tmp_path: Path, text: str | bytes, **kw: str) -> FecResult:
        result = read_fec(write(tmp_path, text, **kw))
        assert result.errors == [], result.errors
        check_invariants(result)
        return result

    def test_baseline(self, tmp_path: Path) -> None:
        result = self.read(tmp_path, fec_text(SIMPLE))
        assert simple_figures(result) == EXPECTED_SIMPLE
        assert [(c.key, c.name, c.account) for c in result.customers] == [
            ("C001", "DUPONT SARL", "C001")
        ]
        assert result.net_total() == 26_050

    @pytest.mark.parametrize("sep", ["\t", "|", ";"])
    @pytest.mark.parametrize("trailing", [False, True])
    def test_separators_and_trailing_separator(
        self, tmp_path: Path, sep: str, trailing: bool
    ) -> None:
        result = self.read(tmp_path, fec_text(SIMPLE, sep=sep, trailing=trailing))
        assert result.separator == sep
        assert simple_figures(result) == EXPECTED_SIMPLE

    def test_trailing_separator_on_data_lines_only(self, tmp_path: Path) -> None:
        text = fec_text(SIMPLE, sep="|", trailing=True)
        header, rest = text.split("\n", 1)
        result = self.read(tmp_path, header.rstrip("|") + "\n" + rest)
        assert simple_figures(result) == EXPECTED_SIMPLE

    @pytest.mark.parametrize("eol", ["\n", "\r\n", "\r", "\r\r\n"])
    def test_line_endings(self, tmp_path: Path, eol: str) -> None:
        rows = [*SIMPLE, line(num="9", debit="1,00x")]  # a bad line to check the numbering
        result = read_fec(write(tmp_path, fec_text(rows, eol=eol)))
        assert simple_figures(result) == EXPECTED_SIMPLE
        assert [(p.line, p.field) for p in result.errors] == [(6, "Debit")]

    def test_header_case_padding_and_zero_filled_amounts(self, tmp_path: Path) -> None:
        columns = [c.upper() if i % 2 else c.lower() for i, c in enumerate(COLUMNS)]
        columns[16] = "MontantDevise"
        rows = [
            {k: v.ljust(12) for k, v in r.items()}
            | {
                "Debit": r["Debit"].replace(",", "").zfill(11)[:-2]
                + ","
                + r["Debit"].replace(",", "")[-2:],
                "Credit": "0000000" + r["Credit"],
            }
            for r in SIMPLE
        ]
        text = fec_text(rows, names=[f" {c} " for c in columns], sep="|", trailing=True)
        assert "|000000120,00|" in text and "|VE          |" in text
        result = self.read(tmp_path, text)
        assert simple_figures(result) == EXPECTED_SIMPLE
        assert result.columns[16] == "MontantDevise"

    def test_decimal_point_and_thousands_and_signs(self, tmp_path: Path) -> None:
        rows = [
            line(num="1", piece="A1", debit="1 234.50"),
            line(num="2", piece="A2", debit="1.000,25"),
            line(num="3", piece="A3", debit="+10.00", credit=""),
            line(num="4", piece="A4", debit="5,00-"),  # trailing minus: a credit of 5
            line(num="5", piece="A5", debit="0000000000,10"),
        ]
        result = self.read(tmp_path, fec_text(rows))
        assert [(i.number, i.amount_cents, i.paid_cents) for i in result.invoices] == [
            ("A1", 123_450, 500),
            ("A2", 100_025, 0),
            ("A3", 1_000, 0),
            ("A5", 10, 0),
        ]

    def test_bom_and_utf16(self, tmp_path: Path) -> None:
        text = fec_text([line(aux_lib="CAFÉ DES ÉCOLES", debit="10,00")])
        result = self.read(tmp_path, "\ufeff" + text)
        assert result.encoding == "utf-8-sig" and result.customers[0].name == "CAFÉ DES ÉCOLES"
        result = self.read(tmp_path, ("\ufeff" + text).encode("utf-16-le"))
        assert result.customers[0].name == "CAFÉ DES ÉCOLES"

    def test_latin1_bytes_never_fail(self, tmp_path: Path) -> None:
        text = fec_text([line(aux_lib="CAFÉ CREAT\xf8 MAQUETTE", debit="10,00")])
        result = self.read(tmp_path, text.encode("latin-1"))
        assert result.encoding == "cp1252"
        assert result.customers[0].name == "CAFÉ CREATø MAQUETTE"
        assert note_text(note_with(result, encoding="cp1252")).startswith(
            "Le fichier n'est pas en UTF-8"
        )
        # A byte cp1252 leaves undefined is read as Latin-1 and reported on its line: the same
        # rule as the CSV reader's (importers.values.decode).
        raw = text.encode("latin-1").replace(b"\xf8", b"\x81")
        result = self.read(tmp_path, raw)
        assert result.encoding == "cp1252"
        assert result.customers[0].name == "CAFÉ CREAT\x81 MAQUETTE"
        assert [(p.line, p.field, p.found, p.severity) for p in result.problems] == [
            (2, "encodage", "0x81", Severity.WARNING)
        ]

    def test_extended_22_columns_lower_case_journal_zero_num_no_validdate(
        self, tmp_path: Path
    ) -> None:
        columns = [*COLUMNS, "DateRglt", "ModeRglt", "NatOp", "IdClient"]
        rows = [
            r
            | {
                "JournalCode": r["JournalCode"].lower(),
                "EcritureNum": "0",
                "ValidDate": "",
                "DateRglt": r["EcritureDate"],
                "ModeRglt": "CH",
                "NatOp": "",
                "IdClient": "",
            }
            for r in SIMPLE
        ]
        result = self.read(tmp_path, fec_text(rows, columns=columns))
        assert len(result.columns) == 22
        assert simple_figures(result) == EXPECTED_SIMPLE

    def test_columns_in_another_order(self, tmp_path: Path) -> None:
        columns = list(reversed(COLUMNS))
        result = self.read(tmp_path, fec_text(SIMPLE, columns=columns))
        assert simple_figures(result) == EXPECTED_SIMPLE

    def test_montant_sens_variant(self, tmp_path: Path) -> None:
        columns = [c for c in COLUMNS if c not in ("Debit", "Credit")] + ["Montant", "Sens"]
        rows = []
        for i, r in enumerate(SIMPLE):
            debit = r["Debit"] not in ("", "0,00")
            sens = ("D", "+1")[i % 2] if debit else ("C", "-1")[i % 2]
            rows.append(r | {"Montant": r["Debit"] if debit else r["Credit"], "Sens": sens})
        result = self.read(tmp_path, fec_text(rows, columns=columns))
        assert simple_figures(result) == EXPECTED_SIMPLE
        bad = fec_text([rows[0] | {"Sens": "X"}], columns=columns)
        problems = read_fec(write(tmp_path, bad)).errors
        assert [(p.line, p.field, p.found) for p in problems] == [(2, "Sens", "X")]

    def test_quoted_fields(self, tmp_path: Path) -> None:
        rows = [{k: f'"{v}"' for k, v in r.items()} for r in SIMPLE]
        for row in rows[:3]:
            row["CompAuxLib"] = '"DUPONT; ""LE GRAND"" SARL"'
        text = fec_text(rows, sep=";", names=[f'"{c}"' for c in COLUMNS])
        result = self.read(tmp_path, text)
        assert simple_figures(result) == EXPECTED_SIMPLE
        assert result.customers[0].name == 'DUPONT; "LE GRAND" SARL'

    def test_other_date_formats(self, tmp_path: Path) -> None:
        rows = [
            r
            | {
                "EcritureDate": f"{r['EcritureDate'][6:]}/{r['EcritureDate'][4:6]}/"
                f"{r['EcritureDate'][:4]}",
                "PieceDate": "",
            }
            for r in SIMPLE
        ]
        result = self.read(tmp_path, fec_text(rows))
        assert simple_figures(result) == EXPECTED_SIMPLE

    def test_entries_outside_the_fiscal_year_count(self, tmp_path: Path) -> None:
        rows = [*SIMPLE, line(num="7", day="20191231", piece="FA1999", debit="5,00")]
        result = self.read(tmp_path, fec_text(rows))
        # The 2019 invoice is the oldest: the payment of 100.00 settles it first.
        assert [(i.number, i.paid_cents) for i in result.invoices] == [
            ("FA0001", 9_500),
            ("FA0002", 0),
        ]
        assert result.first_date == date(2019, 12, 31)

    def test_blank_lines_are_skipped(self, tmp_path: Path) -> None:
        text = "\n\n" + fec_text(SIMPLE).replace("\n", "\n\n") + "\t\t\n\x1a"
        result = self.read(tmp_path, text)
        assert simple_figures(result) == EXPECTED_SIMPLE

    def test_foreign_currency_customer(self, tmp_path: Path) -> None:
        rows = [
            line(num="1", piece="INV1", debit="92,00", currency="USD", foreign="100,00"),
            line(journal="BQ", num="2", piece="P", credit="46,00", currency="usd", foreign="50,00"),
            line(
                aux="C002",
                aux_lib="MIXED",
                piece="INV2",
                debit="10,00",
                currency="USD",
                foreign="11,00",
            ),
            line(aux="C002", aux_lib="MIXED", piece="INV3", debit="10,00"),
        ]
        result = self.read(tmp_path, fec_text(rows))
        assert [
            (i.customer_key, i.currency, i.amount_cents, i.paid_cents) for i in result.invoices
        ] == [
            ("C001", "USD", 10_000, 5_000),
            ("C002", "EUR", 1_000, 0),
            ("C002", "EUR", 1_000, 0),
        ]
        assert result.net_total("USD") == 5_000 and result.net_total() == 2_000
        note = note_with(result, account="C002")
        assert note.args["currency"] == "EUR" and "plusieurs devises" in note_text(note)


# -- customers, allocation, identity ---------------------------------------------------------
class TestAllocation:
    def read(self, tmp_path: Path, rows: list[dict[str, str]], **kw: object) -> FecResult:
        result = read_fec(write(tmp_path, fec_text(rows)), **kw)  # type: ignore[arg-type]
        assert result.errors == []
        check_invariants(result)
        return result

    def test_fifo_oldest_first(self, tmp_path: Path) -> None:
        rows = [
            line(num="2", day="20230215", piece="FA2", debit="200,00"),
            line(num="1", day="20230110", piece="FA1", debit="100,00"),
            line(journal="BQ", num="3", day="20230301", piece="X", credit="150,00"),
        ]
        result = self.read(tmp_path, rows)
        assert [(i.number, i.amount_cents, i.paid_cents) for i in result.invoices] == [
            ("FA2", 20_000, 5_000)
        ]

    def test_balanced_lettering_goes_first(self, tmp_path: Path) -> None:
        rows = [
            line(num="1", day="20230110", piece="FA1", debit="100,00"),
            line(num="2", day="20230215", piece="FA2", debit="200,00", letter="AB"),
            line(journal="BQ", num="3", day="20230301", piece="X", credit="200,00", letter="AB"),
        ]
        result = self.read(tmp_path, rows)
        # FIFO alone would say FA1 paid and FA2 half open; the balanced group says FA2 is paid.
        assert [(i.number, i.due_cents) for i in result.invoices] == [("FA1", 10_000)]

    def test_unbalanced_lettering_is_only_a_hint(self, tmp_path: Path) -> None:
        rows = [
            line(num="1", day="20230110", piece="FA1", debit="100,00", letter="A"),
            line(num="2", day="20230111", piece="FA2", debit="80,00", letter="A"),
            line(journal="BQ", num="3", day="20230301", piece="X", credit="150,00", letter="A"),
        ]
        result = self.read(tmp_path, rows)
        assert [(i.number, i.amount_cents, i.paid_cents) for i in result.invoices] == [
            ("FA2", 8_000, 5_000)
        ]

    def test_a_lone_lettered_line_is_no_evidence(self, tmp_path: Path) -> None:
        rows = [
            line(num="1", day="20230110", piece="FA1", debit="100,00", letter="A"),
            line(num="2", day="20230111", piece="FA2", debit="50,00"),
            line(journal="BQ", num="3", day="20230301", piece="X", credit="50,00"),
        ]
        result = self.read(tmp_path, rows)
        # Group « A » has one line, so it proves nothing: the receipt goes to the oldest (FIFO).
        assert [(i.number, i.amount_cents, i.paid_cents) for i in result.invoices] == [
            ("FA1", 10_000, 5_000),
            ("FA2", 5_000, 0),
        ]
        assert result.due_total() == 10_000

    def test_a_balanced_group_with_partial_debit(self, tmp_path: Path) -> None:
        rows = [
            line(num="1", day="20230110", piece="FA1", debit="60,00", letter="B"),
            line(num="1", day="20230110", piece="FA1", debit="40,00"),
            line(num="2", day="20230111", piece="FA2", debit="50,00"),
            line(journal="BQ", num="3", day="20230301", piece="X", credit="60,00", letter="B"),
            line(journal="BQ", num="4", day="20230302", piece="Y", credit="10,00"),
        ]
        result = self.read(tmp_path, rows)
        assert [(i.number, i.amount_cents, i.paid_cents) for i in result.invoices] == [
            ("FA1", 10_000, 7_000),
            ("FA2", 5_000, 0),
        ]

    def test_opening_entries_count(self, tmp_path: Path) -> None:
        rows = [
            line(
                journal="AN",
                num="1",
                day="20230101",
                piece="RAN",
                debit="500,00",
                label="Report à nouveau",
            ),
            line(
                aux="C002",
                aux_lib="MARTIN",
                journal="AN",
                num="1",
                day="20230101",
                piece="RAN",
                debit="70,00",
            ),
            line(journal="BQ", num="5", day="20230201", piece="X", credit="200,00"),
        ]
        result = self.read(tmp_path, rows)
        assert [
            (i.customer_key, i.number, i.amount_cents, i.paid_cents) for i in result.invoices
        ] == [
            ("C001", "AN 1 2023-01-01", 50_000, 20_000),
            ("C002", "AN 1 2023-01-01", 7_000, 0),
        ]
        assert "RAN" in result.invoices[0].description

    def test_credit_balance_total(self, tmp_path: Path) -> None:
        rows = [
            line(num="1", piece="FA1", debit="100,00"),
            line(aux="C002", aux_lib="AVOIR SA", num="2", piece="AV1", credit="30,00"),
        ]
        result = self.read(tmp_path, rows)
        assert result.net_total() == 7_000
        assert result.due_total() == 10_000
        assert {c.key for c in result.customers} == {"C001", "C002"}
        assert [p.severity for p in result.problems] == [Severity.WARNING]

    def test_zero_balance_customers_are_not_listed(self, tmp_path: Path) -> None:
        rows = [
            line(num="1", piece="FA1", debit="100,00"),
            line(journal="BQ", num="2", piece="X", credit="100,00"),
        ]
        result = self.read(tmp_path, rows)
        assert result.customers == [] and result.invoices == [] and result.balances == []

    def test_customer_without_auxiliary_account(self, tmp_path: Path) -> None:
        rows = [
            line(
                account="41100012",
                account_lib="BOULANGERIE MARTIN",
                aux="",
                aux_lib="",
                piece="F12",
                debit="42,00",
            ),
            line(
                account="41600000",
                account_lib="CLIENTS DOUTEUX",
                aux="C9",
                aux_lib="LENT",
                piece="F13",
                debit="10,00",
            ),
        ]
        result = self.read(tmp_path, rows)
        assert [(c.key, c.name, c.account) for c in result.customers] == [
            ("41100012", "BOULANGERIE MARTIN", "41100012")
        ]
        both = self.read(tmp_path, rows, customer_prefixes=("411", "416"))
        assert {c.key for c in both.customers} == {"41100012", "C9"}

    def test_the_most_used_name_wins(self, tmp_path: Path) -> None:
        rows = [
            line(num="1", piece="FA1", aux_lib="DUPONT", debit="1,00"),
            line(num="2", piece="FA2", aux_lib="DUPONT SARL", debit="1,00"),
            line(num="3", piece="FA3", aux_lib="DUPONT SARL", debit="1,00"),
        ]
        assert self.read(tmp_path, rows).customers[0].name == "DUPONT SARL"


class TestIdentity:
    def numbers(self, tmp_path: Path, rows: list[dict[str, str]]) -> list[str]:
        result = read_fec(write(tmp_path, fec_text(rows)))
        check_invariants(result)
        return [i.number for i in result.invoices]

    def test_padded_piece_ref(self, tmp_path: Path) -> None:
        assert self.numbers(tmp_path, [line(piece="  FA  220393 ", debit="1,00")]) == ["FA 220393"]

    @pytest.mark.parametrize(
        "piece", ["VE  0123", "VE012023", "VE 2301", "01/2023", "2023-01", "", "0000000", "RAN"]
    )
    def test_period_and_placeholder_refs_use_the_entry(self, tmp_path: Path, piece: str) -> None:
        rows = [line(num="00000042", day="20230115", piece=piece, debit="1,00")]
        assert self.numbers(tmp_path, rows) == ["VE 00000042 2023-01-15"]

    def test_zero_entry_number(self, tmp_path: Path) -> None:
        rows = [line(journal="ve", num="0", day="20230115", piece="01/2023", debit="1,00")]
        assert self.numbers(tmp_path, rows) == ["VE 2023-01-15"]

    def test_ref_shared_by_customers_is_not_a_number(self, tmp_path: Path) -> None:
        rows = [
            line(num="1", piece="LOT7", debit="1,00"),
            line(num="2", piece="LOT7", aux="C002", debit="2,00"),
            line(num="3", piece="LOT8", aux="C003", debit="3,00"),
        ]
        assert self.numbers(tmp_path, rows) == ["VE 1 2023-01-10", "VE 2 2023-01-10", "LOT8"]

    def test_lines_of_one_document_are_one_invoice(self, tmp_path: Path) -> None:
        rows = [
            line(num="1", piece="FA1", debit="74,70"),
            line(num="1", piece="FA1", debit="74,70"),
            line(num="2", piece="VE 0123", debit="10,00"),
            line(num="2", piece="VE 0123", debit="5,00"),
        ]
        result = read_fec(write(tmp_path, fec_text(rows)))
        assert [(i.number, i.amount_cents) for i in result.invoices] == [
            ("FA1", 14_940),
            ("VE 2 2023-01-10", 1_500),
        ]

    def test_numbers_survive_a_later_export(self, tmp_path: Path) -> None:
        first = [
            line(num="1", day="20230110", piece="VE 0123", debit="100,00"),
            line(num="2", day="20230120", piece="FA2", debit="50,00"),
        ]
        later = [
            *first,
            line(journal="BQ", num="3", day="20230201", piece="X", credit="30,00"),
            line(num="4", day="20230203", piece="VE 0223", debit="80,00"),
            line(num="5", day="20230204", piece="FA5", aux="C002", debit="20,00"),
        ]
        before = self.numbers(tmp_path, first)
        after = self.numbers(tmp_path, later)
        assert before == ["VE 1 2023-01-10", "FA2"]
        assert after[:2] == before

    def test_reimport_changes_nothing(self, tmp_path: Path) -> None:
        path = write(tmp_path, fec_text(SIMPLE))
        assert read_fec(path).invoices == read_fec(path).invoices


# -- pseudo-customers ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("account", "name"),
    [
        ("CCB", "RECETTE CB"),
        ("CESP", "RECETTE ESPECES"),
        ("CCHQ", "RECETTE CHQ"),
        ("CVIR", "RECETTES VIREMENT"),
        ("C0001", "Clients divers"),
        ("411CAISSE", "Caisse"),
        ("C0002", "Chèques à encaisser"),
        ("C0003", "Client de passage"),
        ("CESP", ""),
        ("41100000", "CLIENTS"),
        ("C0004", "Paiements carte bancaire"),
    ],
)
def test_pseudo_customers_detected(account: str, name: str) -> None:
    assert pseudo_customer_reason(account, name) is not None


@pytest.mark.parametrize(
    ("account", "name"),
    [
        ("41101050", "COLRUYT RETAIL FRA"),
        ("CPRO00", "PROSOL GESTION"),
        ("CVIRGI", "VIRGINIE DUPONT"),
        ("C0005", "Les Jardins de Provence"),
        ("CLAURE", "LAURENT PRIMEURS"),
    ],
)
def test_real_customers_not_flagged(account: str, name: str) -> None:
    assert pseudo_customer_reason(account, name) is None


def test_collective_account_lines_without_aux_are_flagged(tmp_path: Path) -> None:
    rows = [
        line(num="1", piece="FA1", debit="5,00"),
        line(num="2", piece="FA2", aux="", aux_lib="", account_lib="CLIENTS A 5.5%", debit="7,00"),
    ]
    result = read_fec(write(tmp_path, fec_text(rows)))
    assert [(p.key, p.balance_cents) for p in result.pseudo_customers] == [("411000", 700)]
    assert "compte collectif" in result.pseudo_customers[0].reason


def test_pseudo_customer_without_aux_can_be_excluded(tmp_path: Path) -> None:
    rows = [
        line(
            account="411CAISSE", account_lib="CAISSE", aux="", aux_lib="", piece="Z", debit="10,00"
        ),
        line(num="2", piece="FA2", debit="5,00"),
    ]
    path = write(tmp_path, fec_text(rows))
    result = read_fec(path)
    assert [p.key for p in result.pseudo_customers] == ["411CAISSE"]
    assert [p.field for p in result.problems] == ["CompteNum"]
    excluded = read_fec(path, excluded_accounts=frozenset({"411CAISSE"}))
    assert [c.key for c in excluded.customers] == ["C001"]
    assert excluded.excluded == ["411CAISSE"] and excluded.problems == []


# -- bad input -------------------------------------------------------------------------------
class TestBadInput:
    def test_not_a_fec(self, tmp_path: Path) -> None:
        path = write(tmp_path, "Invoice Number,Client,Amount\n1,ACME,10.00\n", "invoice.csv")
        with pytest.raises(FecError, match=r"invoice\.csv, ligne 1 : ce n'est pas un FEC.*Jour"):
            read_fec(path)
        with pytest.raises(FecError) as info:
            read_fec(path)
        assert info.value.message.context == "importers"
        assert info.value.message.args == {
            "file": "invoice.csv",
            "line": 1,
            "found": "Invoice Number,Client,Amount",
        }

    def test_header_without_amounts(self, tmp_path: Path) -> None:
        columns = [c for c in COLUMNS if c not in ("Debit", "Credit")]
        with pytest.raises(FecError, match="il manque : Debit/Credit") as info:
            read_fec(write(tmp_path, fec_text([], columns=columns)))
        assert info.value.message.args["missing"] == "Debit/Credit"

    @pytest.mark.parametrize("content", [b"", b"\n\r\n  \n", b"\x00\xff\xfe\x89PNG"])
    def test_empty_or_binary(self, tmp_path: Path, content: bytes) -> None:
        with pytest.raises(FecError, match=r"FEC\.txt"):
            read_fec(write(tmp_path, content))

    def test_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(FecError, match=r"absent\.txt : impossible de lire le fichier"):
            read_fec(tmp_path / "absent.txt")
        assert issubclass(FecError, ValueError)

    def test_a_header_only_is_an_empty_import(self, tmp_path: Path) -> None:
        result = read_fec(write(tmp_path, fec_text([])))
        assert result.customers == [] and result.problems == []
        note = note_with(result, prefixes="411…")
        assert note_text(note) == "Aucune ligne sur un compte client (411…) : rien à importer."

    def test_each_bad_line_is_named_and_left_out(self, tmp_path: Path) -> None:
        rows = [
            *SIMPLE,
            line(num="10", piece="B1", debit="12,3a"),  # line 6
            line(num="11", piece="B2", day="20230231", debit="1,00"),  # 7: no such day
            line(num="12", piece="B3", debit="1,00", credit="9" * 40),  # 8: absurd amount
            line(num="13", piece="B4", day="99991231", debit="1,00"),  # 9: absurd date
            line(num="14", piece="B5", debit="1,00", piece_day="2023-13-01"),  # 10: warning
            line(num="15", piece="B6", account="", debit="1,00"),  # 11: no account
            line(num="16", piece="B7", debit="1,00", currency="EURO"),  # 12: warning
        ]
        text = fec_text(rows) + "VE\tVentes\t17\t20230110\t411000\n"  # 13: truncated
        result = read_fec(write(tmp_path, text, "bad.txt"))
        found = [(p.line, p.field, p.severity.value, p.found) for p in result.problems]
        assert found == [
            (6, "Debit", "error", "12,3a"),
            (7, "EcritureDate", "error", "20230231"),
            (8, "Credit", "error", "9" * 40),
            (9, "EcritureDate", "error", "99991231"),
            (10, "PieceDate", "warning", "2023-13-01"),
            (11, "CompteNum", "error", ""),
            (12, "Idevise", "warning", "EURO"),
            (13, "nombre de colonnes", "error", "5"),
        ]
        assert all(p.file == "bad.txt" and p.expected for p in result.problems)
        assert result.errors[0].expected_text() == "un montant comme 1234,56 ou 0000001234.56"
        assert result.errors[3].args == {"first": 1900, "last": 2100}
        assert result.errors[3].expected_text() == "une date entre 1900 et 2100"
        assert result.problems[4].expected_text() == (
            "une date AAAAMMJJ (ou AAAA-MM-JJ, JJ/MM/AAAA) ; la date d'écriture (EcritureDate) "
            "est prise à la place"
        )
        assert result.errors[-1].args["count"] == 18
        assert result.errors[-1].expected_text() == "18 colonnes séparées par une tabulation"
        # The bad lines are left out; the warned ones are kept.
        assert sorted(i.number for i in result.invoices) == ["B5", "B7", "FA0001", "FA0002"]
        check_invariants(result)

    def test_too_many_problems_are_counted_not_listed(self, tmp_path: Path) -> None:
        rows = [line(num=str(i), piece=f"X{i}", debit="bad") for i in range(MAX_PROBLEMS + 50)]
        rows.append(line(aux="CCB", aux_lib="RECETTE CB", piece="Z", debit="1,00"))
        result = read_fec(write(tmp_path, fec_text(rows)))
        assert len(result.problems) == MAX_PROBLEMS
        assert result.problems[-1].severity is Severity.WARNING  # the pseudo-customer warning
        assert note_text(note_with(result, count=51)) == "Autres problèmes, non listés : 51."


# -- fuzzing ---------------------------------------------------------------------------------
def read_bytes(content: bytes) -> FecResult | None:
    """read_fec on ``content``: a result (checked) or None for a documented FecError."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_bytes(content)
        try:
            result = read_fec(path)
        except FecError as exc:
            assert "fuzz.txt" in str(exc) and exc.message.args["file"] == "fuzz.txt"
            assert str(exc) == exc.message.render()
            return None
    check_invariants(result)
    return result


# Modest by default; FEC_FUZZ_EXAMPLES=2000 for a longer hunt.
FUZZ = settings(
    max_examples=int(os.environ.get("FEC_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
HEADER = "\t".join(COLUMNS).encode()
field_text = st.lists(
    st.sampled_from([*'0123456789,.-+ |\t"\r\nAZéø\x00', "411", "4110", "20230101"]),
    max_size=8,
).map("".join)


@FUZZ
@given(st.binary(max_size=2_000))
def test_fuzz_random_bytes(content: bytes) -> None:
    read_bytes(content)
    read_bytes(HEADER + b"\n" + content)


@FUZZ
@given(st.lists(st.lists(field_text, min_size=0, max_size=22), max_size=20))
def test_fuzz_wrong_column_counts_and_odd_values(rows: list[list[str]]) -> None:
    lines = []
    for fields in rows:
        if len(fields) > 4:
            fields[4] = "411" + fields[4]  # mostly on customer accounts
        lines.append("\t".join(fields))
    read_bytes(HEADER + b"\n" + "\n".join(lines).encode("utf-8", "surrogatepass"))


amount_text = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20).map(lambda n: f"{n / 100:.2f}"),
    st.integers(min_value=0, max_value=10**6).map(lambda n: f"{n // 100:010d},{n % 100:02d}"),
    st.from_regex(r"[-+]?[0-9]{0,30}([.,][0-9]{0,8})?[-+]?", fullmatch=True),
)
date_text = st.one_of(
    st.dates().map(lambda d: d.strftime("%Y%m%d")),
    st.from_regex(r"[0-9]{8}", fullmatch=True),
    st.just(""),
)


@FUZZ
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["C1", "C2", "C3", ""]),
            amount_text,
            amount_text,
            date_text,
            st.sampled_from(["", "A", "B", "a"]),
            st.sampled_from(["FA1", "FA2", "VE 0123", "", "0"]),
        ),
        max_size=30,
    )
)
def test_fuzz_absurd_dates_and_amounts(
    rows: list[tuple[str, str, str, str, str, str]],
) -> None:
    built = [
        line(aux=aux, debit=debit, credit=credit, day=day, letter=let, piece=piece, num=str(n % 3))
        for n, (aux, debit, credit, day, let, piece) in enumerate(rows)
    ]
    read_bytes(fec_text(built).encode())


@FUZZ
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["C1", "C2", "C3"]),
            st.integers(min_value=-50_000, max_value=50_000),
            st.dates(min_value=date(2022, 1, 1), max_value=date(2023, 12, 31)),
            st.sampled_from(["", "", "A", "B", "C"]),
            st.sampled_from(["FA1", "FA2", "FA3", "VE 0123", "", "RAN"]),
            st.sampled_from(["VE", "BQ", "AN", "OD"]),
        ),
        max_size=40,
    )
)
def test_fuzz_ledgers_balance_exactly(
    rows: list[tuple[str, int, date, str, str, str]],
) -> None:
    """For any valid ledger the open items add up to each customer's balance."""
    built, balance = [], defaultdict(int)
    for n, (aux, cents, day, let, piece, journal) in enumerate(rows):
        amount = f"{abs(cents) // 100},{abs(cents) % 100:02d}"
        built.append(
            line(
                aux=aux,
                journal=journal,
                num=str(n),
                day=day.strftime("%Y%m%d"),
                letter=let,
                piece=piece,
                debit=amount if cents > 0 else "",
                credit=amount if cents < 0 else "",
            )
        )
        balance[aux] += cents
    result = read_bytes(fec_text(built).encode())
    assert result is not None and result.errors == []
    assert {b.key: b.balance_cents for b in result.balances} == {
        k: v for k, v in balance.items() if v
    }
    assert result.due_total() == sum(v for v in balance.values() if v > 0)


@FUZZ
@given(st.data())
def test_fuzz_truncated_sample(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from([F2022, F2022_08, F2023]))
    path = SAMPLES / name
    if not path.exists():
        pytest.skip("samples absent")
    content = path.read_bytes()
    cut = data.draw(st.integers(min_value=0, max_value=len(content)))
    start = data.draw(st.integers(min_value=0, max_value=min(cut, 400)))
    read_bytes(content[:cut])
    read_bytes(content[start:cut])  # the header cut too
