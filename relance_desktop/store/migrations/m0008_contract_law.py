"""Schema: the law chosen in a customer's contract; a contact's civility.

``contact.civility``: ``""`` (unknown: letters say « Madame, Monsieur, »), ``"mrs"`` or ``"mr"``
(letters are addressed to the person by name: « Madame Dupont, »).

``customer.contract_law``:
``""`` (default): no law chosen, so the law follows the rules of
:func:`relance_desktop.domain.legal.choose_regime` (the creditor's country for a business, the
consumer's own country for a consumer); ``"FR"`` or ``"BE"``: the law named in the terms of
sale agreed with this customer (it governs a business customer's late-payment charges; a
consumer keeps the protection of the law of the country where he lives).
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection

DDL = (
    'ALTER TABLE "customer" ADD COLUMN "contract_law" VARCHAR(2) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "contact" ADD COLUMN "civility" VARCHAR(8) NOT NULL DEFAULT \'\'',
)


def up(conn: MigrationConnection) -> None:
    for statement in DDL:
        conn.execute(statement)
