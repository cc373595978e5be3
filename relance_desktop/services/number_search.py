"""The numbers of a company file's open invoices held in memory, for the search box.

A search word is looked for anywhere inside the invoice numbers (« 2025-08 » finds
F2025-08151). No index of SQLite serves « anywhere inside »: the list reads the whole index of
open invoices' numbers and tests each (:mod:`services.lists`), 34–56 ms at 1,000,000 invoices
(234,000 open), each keystroke that makes a number rarer (« 2025-0 », « 1234 »). That is most of
the 50 ms a keystroke may take.

:class:`NumberIndex` is the same numbers read once, on a worker thread, as one text (3 MB at
1M) in which ``str.find`` looks for the word: 2–6 ms, whatever the word. It is a copy, so it
must never answer for a file that changed since: it keeps the reading connection's
:meth:`store.session.CompanySession.write_stamp` taken before it was read, and answers only
while the stamp is unchanged (no commit by another connection, no row written by this one). A
list that finds it stale reads the file again, as it does without it. On PostgreSQL, the
trigram indexes serve the search: nothing is kept.

The text is written as SQLite compares: ``lower()`` folds ASCII letters only, like ``LIKE``;
ids are kept as fixed-width digits in one string, so reading 234,000 of them costs no Python
loop on the worker thread (a loop there holds the interpreter's lock the window needs: 60 ms
to parse them into integers).
"""

from __future__ import annotations

from dataclasses import dataclass

from relance_desktop.store.session import CompanySession, Engine, in_session

__all__ = ["NumberIndex", "read_number_index"]

ID_WIDTH = 12  # digits of an id in ``ids`` (10^12 invoices)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SEPARATOR = "\n"  # never inside a search word (words are split on white space)


@dataclass(frozen=True)
class NumberIndex:
    """The open invoices' numbers as one text (``\\n`` between them, letters folded as SQLite's
    ``LIKE`` folds them) and their ids, in the same order, ``ID_WIDTH`` digits each."""

    stamp: tuple[int, int]
    numbers: str
    ids: str
    count: int

    def current(self, cf: CompanySession) -> bool:
        """Whether nothing was written to ``cf``'s file since the numbers were read."""
        return cf.write_stamp() == self.stamp

    def ids_containing(self, word: str, limit: int) -> list[int]:
        """The ids of the invoices whose number contains ``word`` (ASCII letters in either
        case), in the order of the numbers; at most ``limit`` of them."""
        needle = word.translate(_ASCII_LOWER)
        if not needle or _SEPARATOR in needle:
            return []
        text, ids = self.numbers, self.ids
        found: list[int] = []
        row, counted = 0, 0  # the row of the number at ``counted``
        at = text.find(needle)
        while at >= 0 and len(found) < limit:
            row += text.count(_SEPARATOR, counted, at)
            counted = at
            found.append(int(ids[row * ID_WIDTH:(row + 1) * ID_WIDTH]))
            end = text.find(_SEPARATOR, at)  # the next number
            if end < 0:
                break
            at = text.find(needle, end)
        return found


# An open invoice, spelled as the partial index of open invoices' numbers is (migration 5).
_OPEN_NUMBERS = (
    "SELECT id, number FROM invoice INDEXED BY invoice_open_number "
    "WHERE state = 'open' AND amount_cents - paid_cents - credited_cents > 0"
)


@in_session
def read_number_index(cf: CompanySession, stamp: tuple[int, int] | None) -> NumberIndex | None:
    """The open invoices' numbers of ``cf``'s file as they are now, labelled with ``stamp``
    (``cf.write_stamp()`` taken on the connection that will search, before this read: a commit
    in between changes that connection's stamp, so the index is never used). Reads on the
    calling thread's connection: a worker thread's, when called from one. None on a server or
    without a stamp."""
    if cf.engine is not Engine.SQLITE or stamp is None:
        return None
    row = cf.one(
        "SELECT group_concat(replace(lower(coalesce(number, '')), char(10), ' '), char(10)) "
        "AS numbers, "
        f"group_concat(printf('%0{ID_WIDTH}d', id), '') AS ids, COUNT(*) AS count "
        f"FROM ({_OPEN_NUMBERS})"
    )
    if row is None or not row.count:
        return NumberIndex(stamp, "", "", 0)
    return NumberIndex(stamp, str(row.numbers), str(row.ids), int(row.count))
