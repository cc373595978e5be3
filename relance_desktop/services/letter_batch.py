"""Keeping letters: one document from the preview, or a batch of them — all or nothing, known,
and resumable.

A batch (:func:`produce`) goes in three steps:

1. Each customer's document is prepared and drawn; its PDF goes to this run's scratch folder
   (``.relance-tmp/run-…`` inside the target folder), never under a letter's name. A customer the
   document is not about is skipped and named at the end; a customer who already has a document
   of this kind for this date from an earlier batch is not written again.
2. One transaction records the batch and every document (its PDF kept in the company file, the
   path it will have on disk, its invoices, the dunning level, the audit): all or nothing.
3. Each PDF takes its final name (a hard link, which never replaces a file; a rename where the
   file system has no links); the batch is then marked done.

A kill during 1 or 2 leaves nothing recorded and no PDF under a letter's name (the next batch
into that folder removes the scratch folders of runs that are gone). A kill during 3 leaves
records whose files are not all on disk yet: the next run of the same kind and date writes them
from the copies kept in the company file, then produces only the letters still missing.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from pathvalidate import sanitize_filename

from relance_desktop.domain.text import search_key
from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import audit, company
from relance_desktop.services.letters import (
    LEVEL_OF_KIND,
    NothingToWrite,
    Produced,
    TranslateFor,
    candidates,
    customers_for,
    prepare_document,
)
from relance_desktop.settings import Settings
from relance_desktop.store.database import environment_errors
from relance_desktop.store.models import (
    Attachment,
    Customer,
    Document,
    DocumentInvoice,
    Invoice,
    LetterBatch,
    now,
)
from relance_desktop.store.session import Change, CompanySession, Engine, Topic, in_session

SCRATCH = ".relance-tmp"  # inside the target folder: files not yet under their final names
CTX = "letters"

FOLDER_FULL = QT_TRANSLATE_NOOP(
    "letters", "Le disque est plein : les courriers n'ont pas pu être écrits dans « {folder} ». "
    "Rien n'a été enregistré ; libérez de la place puis recommencez.")
FOLDER_DENIED = QT_TRANSLATE_NOOP(
    "letters", "Impossible d'écrire les courriers dans « {folder} » : {reason}. Rien n'a été "
    "enregistré.")
FILES_PENDING = QT_TRANSLATE_NOOP(
    "letters", "Les courriers sont enregistrés dans l'historique, mais des fichiers n'ont "
    "pas pu être écrits dans « {folder} » ({count}) : {reason}. Relancez la même commande "
    "(même type, même date) : elle écrira les fichiers manquants sans refaire les courriers.")


# -- one document, from the preview ---------------------------------------------------------------
@in_session
def record(cf: CompanySession, produced: Produced, pdf: bytes, *, sent_via: str = "",
           user_id: int | None = None, at: datetime | None = None) -> int:
    """Keep the document in the company file (history, its PDF) and advance the dunning level."""
    with cf.atomic():
        document_id = _keep(cf, produced, pdf, sent_via=sent_via, user_id=user_id, at=at)
    cf.report(Change.of(Topic.DOCUMENTS, Topic.INVOICES, customers=[produced.customer_id]))
    return document_id


def _keep(cf: CompanySession, produced: Produced, pdf: bytes, *, sent_via: str = "",
          user_id: int | None = None, at: datetime | None = None, batch_id: int | None = None,
          path: str = "") -> int:
    """The rows of one document (inside the caller's transaction)."""
    at = at or now()
    attachment = Attachment.create(
        file_name=produced.file_name, mime_type="application/pdf",
        sha256=hashlib.sha256(pdf).hexdigest(), size=len(pdf), data=pdf, created_at=at)
    document = Document.create(customer=produced.customer_id, kind=produced.kind,
                               created_at=at, file=attachment.id, sent_via=sent_via,
                               sent_at=at if sent_via else None, batch=batch_id, path=path)
    if produced.invoice_ids:
        DocumentInvoice.insert_many([{"document": document.id, "invoice": invoice_id}
                                     for invoice_id in produced.invoice_ids]).execute()
    level = LEVEL_OF_KIND.get(produced.kind)
    if level is not None and produced.invoice_ids:
        Invoice.update(dunning_level=level).where(
            Invoice.id.in_(produced.invoice_ids) & (Invoice.dunning_level < level)).execute()
    audit.record(cf, "create", "document", document.id, customer_id=produced.customer_id,
                 after={"kind": produced.kind, "file": produced.file_name,
                        "invoices": list(produced.invoice_ids)}, user_id=user_id)
    return int(document.id)


# -- who a batch is for ------------------------------------------------------------------------
@in_session
def batch_customers(cf: CompanySession, kind: str, today: date, *, min_days: int = 15,
                    at_level: int | None = None) -> list[int]:
    """The customers a batch of ``kind`` is for today: reminders go to the customers overdue by
    more than ``min_days`` (no promise running, no dispute; ``at_level``: at that reminder level
    so far); a confirmation to those with an open promise, a payment plan's letter to those
    with a running plan, the other kinds to those they are about."""
    if kind in LEVEL_OF_KIND:
        return candidates(cf, today, min_days=min_days, at_level=at_level)
    return customers_for(cf, kind, today)


@dataclass(frozen=True)
class CustomerMatch:
    id: int
    account: str
    name: str

    def label(self) -> str:
        return f"{self.account} {self.name}" if self.account else f"n° {self.id} {self.name}"


@in_session
def find_customers(cf: CompanySession, text: str) -> list[CustomerMatch]:
    """The customers ``text`` designates, as a user would type it: the account number shown in
    the customer window, else the number in Relance, else the name or part of it (case and
    accents ignored; a name matched in full wins over names that contain it)."""
    text = text.strip()
    if not text:
        return []

    def matches(where: str, params: Sequence[Any]) -> list[CustomerMatch]:
        rows = cf.rows(f"SELECT id, account, name FROM customer WHERE {where} ORDER BY name, id",
                       params)
        return [CustomerMatch(int(r.id), str(r.account), str(r.name)) for r in rows]

    found = matches("lower(account) = lower(?)", (text,))
    if not found and text.isdigit():
        found = matches("id = ?", (int(text),))
    if found:
        return found
    key = search_key(text)
    found = matches("search_key = ?", (key,))
    if found:
        return found
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return matches("search_key LIKE ? ESCAPE '\\'", (f"%{escaped}%",))


@in_session
def resolve_customer(cf: CompanySession, text: str) -> int:
    """The one customer ``text`` designates (see :func:`find_customers`); a plain message when
    none does, or when several do (naming them)."""
    found = find_customers(cf, text)
    if len(found) == 1:
        return found[0].id
    if not found:
        raise UserFacingError(QT_TRANSLATE_NOOP(
            "letters", "Aucun client ne correspond à « {text} » (numéro de compte, nom, ou "
            "numéro dans Relance)."), context=CTX, text=text)
    raise UserFacingError(QT_TRANSLATE_NOOP(
        "letters", "Plusieurs clients correspondent à « {text} » : {matches}. Indiquez le "
        "numéro de compte."), context=CTX, text=text,
        matches=" ; ".join(m.label() for m in found[:10]) + (" ; …" if len(found) > 10 else ""))


# -- files: scratch folder, final names ----------------------------------------------------------
def _lock(handle: IO[bytes]) -> None:
    """Hold an OS lock on an open file (released when the process ends, however it ends)."""
    if os.name == "nt":
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _held(lock_file: Path) -> bool:
    """Whether a live run holds ``lock_file``."""
    try:
        with lock_file.open("r+b") as handle:
            try:
                _lock(handle)
            except OSError:
                return True
    except OSError:  # gone, or (Windows) open in a live process
        return lock_file.exists()
    return False


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class _Scratch:
    """A run's own folder for PDFs not yet under their final names, locked while the run lives.
    Made in the target folder (same file system: the final name is a link, not a copy)."""

    def __init__(self, folder: Path) -> None:
        sweep(folder)
        self.root = folder / SCRATCH
        self.root.mkdir(exist_ok=True)
        self.dir = Path(tempfile.mkdtemp(dir=self.root, prefix="run-"))
        self._handle = (self.dir / "lock").open("w+b")
        _lock(self._handle)
        self._count = 0

    def write(self, data: bytes) -> Path:
        self._count += 1
        part = self.dir / f"{self._count}.part"
        with part.open("xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        return part

    def close(self) -> None:
        self._handle.close()
        shutil.rmtree(self.dir, ignore_errors=True)
        with contextlib.suppress(OSError):
            self.root.rmdir()  # only when no other run uses it


def sweep(folder: Path) -> int:
    """Remove the scratch folders of runs that are gone (killed); the number removed."""
    root = folder / SCRATCH
    removed = 0
    if not root.is_dir():
        return 0
    for run in root.iterdir():
        if run.is_dir() and not _held(run / "lock"):
            shutil.rmtree(run, ignore_errors=True)
            removed += 1
    with contextlib.suppress(OSError):
        root.rmdir()
    return removed


def _free_name(folder: Path, name: str, taken: set[str]) -> Path:
    """« name.pdf », else « name (2).pdf »…: a name no file has and this batch has not given."""
    stem, suffix = Path(name).stem, Path(name).suffix
    for n in range(1, 1000):
        candidate = name if n == 1 else f"{stem} ({n}){suffix}"
        if candidate not in taken and not (folder / candidate).exists():
            taken.add(candidate)
            return folder / candidate
    raise FileExistsError(folder / name)


def _place(part: Path, final: Path) -> None:
    """Give a complete file its final name without ever replacing a file there."""
    try:
        os.link(part, final)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system (FAT, some shares)
        if final.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(final)) from None
        os.replace(part, final)
        return
    part.unlink()


def _place_anew(part: Path, final: Path, taken: set[str]) -> Path:
    """:func:`_place`, taking another free name if a file appeared under this one meanwhile."""
    while True:
        try:
            _place(part, final)
            return final
        except FileExistsError:
            final = _free_name(final.parent, final.name, taken)


@contextlib.contextmanager
def _writing(folder: Path, recorded: int = 0) -> Iterator[None]:
    """An OS error while writing files: a plain message naming the folder (and, once the
    documents are recorded, how to get the missing files)."""
    try:
        yield
    except UserFacingError:
        raise
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if recorded:
            raise UserFacingError(FILES_PENDING, context=CTX, folder=str(folder),
                                  count=recorded, reason=reason) from exc
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise UserFacingError(FOLDER_FULL, context=CTX, folder=str(folder)) from exc
        raise UserFacingError(FOLDER_DENIED, context=CTX, folder=str(folder),
                              reason=reason) from exc


# -- a batch ------------------------------------------------------------------------------------
@dataclass
class BatchResult:
    """What a batch did: its files (this run's and the earlier runs' of the same kind and date,
    in the customers' order), and why some customers got nothing."""

    files: list[Path] = field(default_factory=list)
    new: int = 0  # documents produced by this run
    earlier: list[str] = field(default_factory=list)  # customers already written to: not again
    skipped: list[str] = field(default_factory=list)  # one message per customer skipped
    restored: int = 0  # files of an interrupted run written now from the company file


@dataclass
class _Draft:
    produced: Produced
    part: Path | None  # its PDF in the scratch folder (None: merged only, not kept)
    final: Path | None = None
    document_id: int = 0


def _transaction(cf: CompanySession) -> Any:
    """A write transaction that takes the write lock first (SQLite waits for it, up to the
    session's busy timeout, instead of failing half-way)."""
    return cf.db.atomic("IMMEDIATE") if cf.engine is Engine.SQLITE else cf.atomic()


def _earlier(cf: CompanySession, kind: str, today: date) -> dict[int, list[Document]]:
    """Documents of ``kind`` already produced in a batch dated ``today``, by customer."""
    out: dict[int, list[Document]] = {}
    query = (Document.select(Document).join(LetterBatch)
             .where((Document.kind == kind) & (LetterBatch.letter_date == today))
             .order_by(Document.id))
    for document in query:
        out.setdefault(document.customer_id, []).append(document)
    return out


def _restore(cf: CompanySession, path: Path, attachment_id: int | None,
             taken: set[str]) -> Path | None:
    """Write a recorded file that is not on disk from its copy in the company file; the path
    it now has (another one if its name was taken meanwhile), None if nothing was kept."""
    attachment = Attachment.get_or_none(Attachment.id == attachment_id)
    if attachment is None:
        return None
    data = bytes(attachment.data)
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = _Scratch(path.parent)
    try:
        return _place_anew(scratch.write(data), path, taken)
    finally:
        scratch.close()


@in_session
def complete(cf: CompanySession, kind: str, today: date) -> int:
    """Write the files of earlier batches of ``kind`` dated ``today`` that are missing on disk
    (a run killed after recording its documents); mark those batches done. The number written."""
    restored = 0
    batches = list(LetterBatch.select().where((LetterBatch.kind == kind)
                                              & (LetterBatch.letter_date == today)))
    for batch in batches:
        folder = Path(batch.folder)
        with _writing(folder):
            taken: set[str] = set()
            for document in Document.select().where(Document.batch == batch.id):
                if document.path and not Path(document.path).exists():
                    placed = _restore(cf, Path(document.path), document.file_id, taken)
                    if placed is not None:
                        restored += 1
                        if placed != Path(document.path):
                            Document.update(path=str(placed)).where(
                                Document.id == document.id).execute()
            if batch.merged_path and not Path(batch.merged_path).exists():
                placed = _restore(cf, Path(batch.merged_path), batch.merged_file_id, taken)
                if placed is not None:
                    restored += 1
                    if placed != Path(batch.merged_path):
                        LetterBatch.update(merged_path=str(placed)).where(
                            LetterBatch.id == batch.id).execute()
        if batch.done_at is None:
            LetterBatch.update(done_at=now()).where(LetterBatch.id == batch.id).execute()
    return restored


@in_session
def write_files(cf: CompanySession, kind: str, customer_ids: Sequence[int], out: Path, *,
                today: date, settings: Settings | None, user_name: str = "",
                language: str | None = None, translate_for: TranslateFor | None = None,
                merged: bool = False, keep: bool = True,
                progress: Callable[[int], bool] | None = None) -> list[Path]:
    """:func:`produce`, for callers that want the files alone."""
    return produce(cf, kind, customer_ids, out, today=today, settings=settings,
                   user_name=user_name, language=language, translate_for=translate_for,
                   merged=merged, keep=keep, progress=progress).files


@in_session
def produce(cf: CompanySession, kind: str, customer_ids: Sequence[int], out: Path, *,
            today: date, settings: Settings | None, user_name: str = "",
            language: str | None = None, translate_for: TranslateFor | None = None,
            merged: bool = False, keep: bool = True,
            progress: Callable[[int], bool] | None = None) -> BatchResult:
    """Produce the documents (one PDF each, or one merged PDF) and record them, all or
    nothing; see the module's description. A customer with nothing to write about is skipped
    (``result.skipped``); one who already has this document for this date is not written
    again (``result.earlier``; ``keep=False``, files alone, always writes). A template or rate
    problem stops before anything is kept. ``progress(i)`` returning False cancels: nothing is
    kept. Files are new ones: an existing file of the same name is left alone (« name (2).pdf »).
    """
    from relance_desktop.reports.render import Cancelled, render, render_many

    company.require_letter_details(cf)  # never a letter with a hole: nothing written before
    out = Path(out).absolute()
    result = BatchResult()
    with _writing(out):
        out.mkdir(parents=True, exist_ok=True)
    earlier: dict[int, list[Document]] = {}
    if keep:
        result.restored = complete(cf, kind, today)
        earlier = _earlier(cf, kind, today)
    with _writing(out):
        scratch = _Scratch(out)
    try:
        drafts: list[_Draft] = []
        for pos, customer_id in enumerate(customer_ids):
            if customer_id in earlier:
                _add_earlier(result, earlier[customer_id], merged)
            else:
                try:
                    produced = prepare_document(cf, customer_id, kind, today=today,
                                                settings=settings, user_name=user_name,
                                                language=language, translate_for=translate_for)
                except NothingToWrite as exc:  # a batch skips customers it is not about
                    result.skipped.append(exc.render())
                else:
                    with _writing(out):
                        part = (scratch.write(render(produced.spec)) if keep or not merged
                                else None)
                    drafts.append(_Draft(produced, part))
            if progress is not None and not progress(pos):
                raise Cancelled()
        if drafts:
            _finish(cf, kind, today, out, drafts, scratch, result, merged=merged, keep=keep,
                    merged_pdf=render_many([d.produced.spec for d in drafts]) if merged
                    else None)
    finally:
        scratch.close()
    return result


def _add_earlier(result: BatchResult, documents: list[Document], merged: bool) -> None:
    for document in documents:
        batch = document.batch  # the documents come from batches (see _earlier)
        path = (batch.merged_path if merged and batch is not None and batch.merged_path
                else document.path)
        if path and Path(path) not in result.files:
            result.files.append(Path(path))
    result.earlier.append(str(Customer.get_by_id(documents[0].customer_id).name))


def _finish(cf: CompanySession, kind: str, today: date, out: Path, drafts: list[_Draft],
            scratch: _Scratch, result: BatchResult, *, merged: bool, keep: bool,
            merged_pdf: bytes | None) -> None:
    """Steps 2 and 3: record everything in one transaction, then give the files their names."""
    taken: set[str] = set()
    merged_final: Path | None = None
    merged_part: Path | None = None
    with _writing(out):
        if merged_pdf is not None:
            merged_part = scratch.write(merged_pdf)
            name = sanitize_filename(f"{today.isoformat()}-{kind}-{len(drafts)}",
                                     platform="universal") + ".pdf"
            merged_final = _free_name(out, name, taken)
        else:
            for draft in drafts:
                draft.final = _free_name(out, draft.produced.file_name, taken)
    batch_id = None
    if keep:
        drafts, batch_id = _record_batch(cf, kind, today, out, drafts, merged_part,
                                         merged_final)
        if not drafts:
            return
    with _writing(out, recorded=len(drafts) if keep else 0):
        if merged_part is not None and merged_final is not None:
            placed = _place_anew(merged_part, merged_final, taken)
            if keep and placed != merged_final:
                LetterBatch.update(merged_path=str(placed)).where(
                    LetterBatch.merged_path == str(merged_final)).execute()
            result.files.append(placed)
        for draft in drafts:
            if draft.final is None or draft.part is None:
                continue
            placed = _place_anew(draft.part, draft.final, taken)
            if keep and placed != draft.final:
                Document.update(path=str(placed)).where(
                    Document.id == draft.document_id).execute()
            result.files.append(placed)
        _fsync(out)
    result.new = len(drafts)
    if batch_id is not None:
        LetterBatch.update(done_at=now()).where(LetterBatch.id == batch_id).execute()
        cf.report(Change.of(Topic.DOCUMENTS, Topic.INVOICES,
                            customers=[d.produced.customer_id for d in drafts]))


def _record_batch(cf: CompanySession, kind: str, today: date, out: Path, drafts: list[_Draft],
                  merged_part: Path | None,
                  merged_final: Path | None) -> tuple[list[_Draft], int | None]:
    """The batch and its documents, in one transaction; the drafts recorded (a customer another
    program wrote to meanwhile is left out)."""
    with environment_errors(cf.where), _transaction(cf):
        done = _earlier(cf, kind, today)
        drafts = [d for d in drafts if d.produced.customer_id not in done]
        if not drafts:
            return [], None
        merged_file = None
        if merged_part is not None:
            data = merged_part.read_bytes()
            merged_file = Attachment.create(
                file_name=merged_final.name if merged_final else "", mime_type="application/pdf",
                sha256=hashlib.sha256(data).hexdigest(), size=len(data), data=data).id
        batch = LetterBatch.create(kind=kind, letter_date=today, folder=str(out),
                                   merged_path=str(merged_final or ""), merged_file=merged_file)
        at = now()
        for draft in drafts:
            pdf = draft.part.read_bytes() if draft.part is not None else b""
            draft.document_id = _keep(cf, draft.produced, pdf, at=at, batch_id=batch.id,
                                      path=str(draft.final or ""))
    return drafts, int(batch.id)
