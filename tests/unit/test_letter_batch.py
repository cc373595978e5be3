"""A letter batch is all or nothing, known and resumable: a PDF under a letter's name always has
its record, a run stopped after recording is completed by the next one, and a rerun produces
only the letters still missing."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from relance_desktop.errors import UserFacingError
from relance_desktop.reports.render import Cancelled
from relance_desktop.services import letter_batch
from relance_desktop.services.calls import record_promise
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.invoices import InvoiceInput, create_invoice
from relance_desktop.store.models import Attachment, Document, Invoice, LetterBatch
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY, with_letter_details


def _overdue(cf: CompanySession, name: str, account: str = "", due: date = date(2026, 10, 1),
             cents: int = 150_000) -> int:
    cid = create_customer(cf, CustomerInput(name=name, account=account))
    create_invoice(cf, InvoiceInput(cid, f"F-{name[:12]}-{account}", date(2026, 9, 1), due,
                                    cents))
    return cid


@pytest.fixture
def three(cf: CompanySession) -> list[int]:
    with_letter_details(cf)
    return [_overdue(cf, "Garage Dubois", "411001"), _overdue(cf, "Boulangerie Roy", "411002"),
            _overdue(cf, "Hôtel des Tilleuls", "411003")]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where the letters go (the company file is in tmp_path)."""
    return tmp_path / "lettres"


def _pdfs(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pdf"))


def _check_disk_and_records(folder: Path) -> None:
    """Every PDF in the folder has its record (same bytes); every record's file is there."""
    documents = list(Document.select().where(Document.path != ""))
    by_path = {Path(d.path): d for d in documents}
    for pdf in _pdfs(folder):
        document = by_path.get(pdf)
        assert document is not None, f"{pdf.name} has no record"
        kept = Attachment.get_by_id(document.file_id)
        assert hashlib.sha256(pdf.read_bytes()).hexdigest() == kept.sha256
    assert all(path.exists() for path in by_path)
    assert not (folder / letter_batch.SCRATCH).exists()


def test_a_batch_records_each_letter_with_the_path_of_its_file(
        cf: CompanySession, three: list[int], out: Path) -> None:
    result = letter_batch.produce(cf, "reminder-1", three, out, today=TODAY, settings=None)
    assert result.new == 3 and len(result.files) == 3 and not result.skipped
    _check_disk_and_records(out)
    (batch,) = LetterBatch.select()
    assert (batch.kind, batch.letter_date, batch.done_at is not None) == (
        "reminder-1", TODAY, True)
    assert {d.batch_id for d in Document.select()} == {batch.id}


def test_a_rerun_produces_only_the_letters_still_missing(
        cf: CompanySession, three: list[int], out: Path) -> None:
    first = letter_batch.produce(cf, "reminder-1", three[:2], out, today=TODAY,
                                 settings=None)
    before = {p: p.read_bytes() for p in first.files}
    again = letter_batch.produce(cf, "reminder-1", three, out, today=TODAY, settings=None)
    assert again.new == 1 and again.earlier == ["Garage Dubois", "Boulangerie Roy"]
    assert again.files[:2] == first.files and len(again.files) == 3
    assert {p: p.read_bytes() for p in first.files} == before  # untouched
    assert Document.select().count() == 3 and len(_pdfs(out)) == 3
    _check_disk_and_records(out)
    # Another day is another batch: the letters are made again.
    later = letter_batch.produce(cf, "reminder-1", three, out,
                                 today=date(2026, 11, 30), settings=None)
    assert later.new == 3 and Document.select().count() == 6


def test_a_run_stopped_after_recording_is_completed_by_the_next_one(
        cf: CompanySession, three: list[int], out: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Stopped while the files take their names: the records hold the PDFs; the rerun writes
    the missing files from them and makes no letter twice."""
    placed: list[Path] = []
    real_place = letter_batch._place

    def stop_after_one(part: Path, final: Path) -> None:
        if placed:
            raise KeyboardInterrupt  # the process dies here
        real_place(part, final)
        placed.append(final)

    monkeypatch.setattr(letter_batch, "_place", stop_after_one)
    with pytest.raises(KeyboardInterrupt):
        letter_batch.produce(cf, "reminder-1", three, out, today=TODAY, settings=None)
    monkeypatch.undo()
    assert Document.select().count() == 3 and len(_pdfs(out)) == 1
    assert {i.dunning_level for i in Invoice.select()} == {1}
    assert LetterBatch.get().done_at is None

    again = letter_batch.produce(cf, "reminder-1", three, out, today=TODAY, settings=None)
    assert (again.restored, again.new, len(again.files)) == (2, 0, 3)
    assert Document.select().count() == 3 and len(_pdfs(out)) == 3
    assert LetterBatch.get().done_at is not None
    _check_disk_and_records(out)


def test_a_run_stopped_before_recording_leaves_nothing(
        cf: CompanySession, three: list[int], out: Path) -> None:
    def killed(pos: int) -> bool:
        if pos == 2:
            raise KeyboardInterrupt
        return True

    with pytest.raises(KeyboardInterrupt):
        letter_batch.produce(cf, "reminder-1", three, out, today=TODAY, settings=None,
                             progress=killed)
    with pytest.raises(Cancelled):
        letter_batch.produce(cf, "reminder-1", three, out, today=TODAY, settings=None,
                             progress=lambda pos: pos < 1)
    assert Document.select().count() == 0 and LetterBatch.select().count() == 0
    assert {i.dunning_level for i in Invoice.select()} == {0}
    assert list(out.iterdir()) == []


def test_the_scratch_files_of_a_killed_run_are_removed_by_the_next(
        cf: CompanySession, three: list[int], out: Path) -> None:
    dead = out / letter_batch.SCRATCH / "run-k1ll3d"
    dead.mkdir(parents=True)
    (dead / "lock").write_bytes(b"")
    (dead / "1.part").write_bytes(b"%PDF-1.4 half a letter")
    letter_batch.produce(cf, "reminder-1", three[:1], out, today=TODAY, settings=None)
    assert not dead.exists()
    _check_disk_and_records(out)


def test_a_file_under_the_same_name_is_never_replaced(
        cf: CompanySession, three: list[int], out: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that appears under a letter's name after the name was chosen (another program)
    is left alone: the letter takes the next free name and its record says which."""
    real_place = letter_batch._place

    def someone_else_first(part: Path, final: Path) -> None:
        if not final.exists() and "(2)" not in final.name:
            final.write_bytes(b"not ours")
        real_place(part, final)

    monkeypatch.setattr(letter_batch, "_place", someone_else_first)
    result = letter_batch.produce(cf, "reminder-1", three[:1], out, today=TODAY,
                                  settings=None)
    (path,) = result.files
    assert path.name.endswith(" (2).pdf")
    assert Document.get().path == str(path)
    assert [p.read_bytes() for p in _pdfs(out) if p != path] == [b"not ours"]


def test_a_customer_without_a_promise_is_skipped_and_named(
        cf: CompanySession, three: list[int], out: Path) -> None:
    promised = three[0]
    (invoice,) = Invoice.select().where(Invoice.customer == promised)
    record_promise(cf, promised, amount_cents=50_000, currency="EUR",
                   promised_on=date(2026, 11, 30), today=TODAY, due_cents=150_000,
                   invoice_id=invoice.id)
    assert letter_batch.batch_customers(cf, "confirmation", TODAY) == [promised]
    result = letter_batch.produce(cf, "confirmation", three, out, today=TODAY,
                                  settings=None)
    assert result.new == 1 and len(result.files) == 1
    assert len(result.skipped) == 2
    assert "Boulangerie Roy" in result.skipped[0] and "Hôtel des Tilleuls" in result.skipped[1]


def test_a_customer_is_found_by_account_number_or_name(cf: CompanySession,
                                                      three: list[int]) -> None:
    dubois, roy, _ = three
    other = _overdue(cf, "Garage Dubois et Fils", "411004")
    assert letter_batch.resolve_customer(cf, "411002") == roy
    assert letter_batch.resolve_customer(cf, " 411002 ") == roy
    assert letter_batch.resolve_customer(cf, str(roy)) == roy  # the number in Relance
    assert letter_batch.resolve_customer(cf, "boulangerie ROY") == roy
    assert letter_batch.resolve_customer(cf, "hotel des") == three[2]  # accents ignored
    assert letter_batch.resolve_customer(cf, "garage dubois") == dubois  # the whole name wins
    with pytest.raises(UserFacingError) as several:
        letter_batch.resolve_customer(cf, "Garage")
    text = several.value.render()
    assert "411001 Garage Dubois" in text and "411004 Garage Dubois et Fils" in text
    assert other != dubois
    with pytest.raises(UserFacingError, match="Aucun client"):
        letter_batch.resolve_customer(cf, "99_%")


def test_a_merged_batch_stopped_before_its_file_is_named_gets_it_from_the_rerun(
        cf: CompanySession, three: list[int], out: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def killed(part: Path, final: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(letter_batch, "_place", killed)
    with pytest.raises(KeyboardInterrupt):
        letter_batch.produce(cf, "reminder-1", three, out, today=TODAY, settings=None,
                             merged=True)
    monkeypatch.undo()
    assert _pdfs(out) == [] and Document.select().count() == 3
    again = letter_batch.produce(cf, "reminder-1", three, out, today=TODAY, settings=None,
                                 merged=True)
    (merged,) = _pdfs(out)
    assert (again.restored, again.new, again.files) == (1, 0, [merged])
    kept = Attachment.get_by_id(LetterBatch.get().merged_file_id)
    assert hashlib.sha256(merged.read_bytes()).hexdigest() == kept.sha256
