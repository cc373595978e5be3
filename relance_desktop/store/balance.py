"""The one rule for what is owed, as SQL over the ``invoice_balance`` view (aliased ``b``).

The view (migration 4) defines each document's balance and state; its ``is_open`` column says
the same as :data:`OPEN`, but a filter must be written on the base columns, as here, for SQLite
and PostgreSQL to use the partial indexes on open invoices (migration 5): a condition on a
computed ``CASE`` column cannot use them. Filter with :data:`OPEN`; read ``is_open`` as a value.
"""

from __future__ import annotations

OPEN = "(b.state = 'open' AND b.amount_cents - b.paid_cents - b.credited_cents > 0)"
"""A document still open: state « open » and something left to pay (or, for a credit note,
to give)."""

OPEN_INVOICE = f"({OPEN} AND b.kind = 'invoice')"
"""An invoice (not a credit note) still open."""

STILL_DUE = "(b.amount_cents - b.paid_cents - b.credited_cents)"
"""What is still due, spelled as the index on it (migration 5) is, so an order by it uses it."""
