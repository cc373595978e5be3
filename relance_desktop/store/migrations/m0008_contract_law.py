"""Schema: the law chosen in a customer's contract (``customer.contract_law``).

``""`` (default): no law chosen, so the law follows the rules of
:func:`relance_desktop.domain.legal.choose_regime` (the creditor's country for a business, the
consumer's own country for a consumer); ``"FR"`` or ``"BE"``: the law named in the terms of
sale agreed with this customer (it governs a business customer's late-payment charges; a
consumer keeps the protection of the law of the country where he lives).
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection

DDL = ('ALTER TABLE "customer" ADD COLUMN "contract_law" VARCHAR(2) NOT NULL DEFAULT \'\'',)


def up(conn: MigrationConnection) -> None:
    for statement in DDL:
        conn.execute(statement)
