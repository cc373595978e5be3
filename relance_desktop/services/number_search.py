"""The numbers of a company file's open invoices held in memory, for the search box.

A search word is looked for anywhere inside the invoice numbers (« 2025-08 » finds
F2025-08151). No index of SQLite serves « anywhere inside »: the list reads the whole index of
open invoices' numbers and tests each (:mod:`services.lists`), 34–56 ms at 1,000,000 invoices
(234,000 open), each keystroke that makes a number rarer (« 2025-0 », « 1234 »). That is most of
the 50 ms a keystroke may take.

:class:`NumberIndex` is the same numbers read once, on a worker thread, as one text (3 MB at
1M) in which ``str.find`` looks for the word (2–6 ms, whatever the word); the invoices of the
numbers found are then read through the index of open invoices' numbers (``number IN …``). It
is a copy, so it must never answer for a file that changed since: it keeps the reading
connection's :meth:`store.session.CompanySession.write_stamp` taken before it was read, and
answers only while the stamp is unchanged (no commit by another connection, no row written by
this one). A list that finds it stale reads the file again, as it does without it. On
PostgreSQL, the trigram indexes serve the search: nothing is kept.

Reading it costs one pass over that index (60–70 ms at 1M, on the worker thread): the text is
read as written and its letters folded in Python as SQLite's ``LIKE`` folds them (ASCII only:
``bytes.lower``); asking SQLite to fold them, or to give each number's id, took three times as
long. A number holding a line break (never seen) leaves the search to SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass

from relance_desktop.store.session import CompanySession, Engine, in_session

__all__ = ["NumberIndex", "read_number_index"]

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SEPARATOR = "\n"  # never inside a search word (words are split on white space)
# An open invoice, spelled as the partial index of open invoices' numbers is (migration 5).
_OPEN_NUMBERS = (
    "FROM invoice INDEXED BY invoice_open_number "
    "WHERE state = 'open' AND amount_cents - paid_cents - credited_cents > 0"
)


@dataclass(frozen=True)
class NumberIndex:
    """The open invoices' numbers as one text, ``\n`` between them, as written (``numbers``)
    and with their ASCII letters in lower case (``folded``: the same length, the same places)."""

    stamp: tuple[int, int]
    numbers: str
    folded: str
    count: int

    def current(self, cf: CompanySession) -> bool:
        """Whether nothing was written to ``cf``'s file since the numbers were read."""
        return cf.write_stamp() == self.stamp

    def numbers_containing(self, word: str, limit: int) -> list[str]:
        """The numbers that contain ``word`` (ASCII letters in either case), in the index's
        order, a number written twice as often; at most ``limit`` of them."""
        needle = word.translate(_ASCII_LOWER)
        if not needle or _SEPARATOR in needle:
            return []
        text = self.folded
        found: list[str] = []
        at = text.find(needle)
        while at >= 0 and len(found) < limit:
            start = text.rfind(_SEPARATOR, 0, at) + 1
            end = text.find(_SEPARATOR, at)
            found.append(self.numbers[start:end if end >= 0 else len(text)])
            if end < 0:
                break
            at = text.find(needle, end)  # in the next numbers
        return found

    def ids_containing(self, cf: CompanySession, word: str, limit: int) -> list[int]:
        """The ids of the open invoices whose number contains ``word``; at most ``limit``."""
        numbers = sorted(set(self.numbers_containing(word, limit)))
        if not numbers:
            return []
        marks = ", ".join("?" * len(numbers))
        rows = cf.tuples(f"SELECT id {_OPEN_NUMBERS} AND number IN ({marks}) LIMIT {int(limit)}",
                         numbers)
        return [int(r[0]) for r in rows]


@in_session
def read_number_index(cf: CompanySession, stamp: tuple[int, int] | None) -> NumberIndex | None:
    """The open invoices' numbers of ``cf``'s file as they are now, labelled with ``stamp``
    (``cf.write_stamp()`` taken on the connection that will search, before this read: a commit
    in between changes that connection's stamp, so the index is never used). Reads on the
    calling thread's connection: a worker thread's, when called from one. None on a server,
    without a stamp, or when a number holds a line break."""
    if cf.engine is not Engine.SQLITE or stamp is None:
        return None
    row = cf.one(f"SELECT group_concat(number, char(10)) AS numbers, COUNT(*) AS count "
                 f"FROM (SELECT number {_OPEN_NUMBERS})")
    if row is None or not row.count:
        return NumberIndex(stamp, "", "", 0)
    numbers, count = str(row.numbers), int(row.count)
    if numbers.count(_SEPARATOR) != count - 1:  # a line break in a number (or no number)
        return None
    folded = numbers.encode().lower().decode()  # ASCII letters only, as LIKE folds them
    return NumberIndex(stamp, numbers, folded, count)
