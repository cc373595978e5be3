"""Which law governs a debt: one :class:`Regime` per debt, for the computation and the words.

LEGAL-NOTES §12 (Regulation Rome I, art. 3, 4 and 6):

* a **business** debtor: the law chosen in the terms of sale (the customer's "loi du contrat"),
  otherwise the law of the seller's habitual residence (art. 4(1)(a)(b)): the creditor's country;
* a **consumer** debtor living in France or Belgium: the law of the consumer's habitual residence
  (art. 6(1)); a chosen law cannot take away its protective rules (art. 6(2)), so a chosen law
  does not change the regime (Book XIX for a Belgian consumer, the French consumer rules for a
  French one). A consumer living elsewhere: the chosen law, else the creditor's (not researched;
  the engine knows only the French and Belgian rules).

The legal engine computes with ``regime.law`` and ``regime.debtor``; the letters pick their texts
with :attr:`Regime.variants`; the interface shows :attr:`Regime.reason` in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from relance_desktop.domain.legal.model import COUNTRIES, DebtorKind

#: Why a regime applies (``Regime.reason``).
REASON_CREDITOR = "b2b_creditor_country"  # business debtor, no law chosen: the seller's law
REASON_CONTRACT = "b2b_contract_law"  # business debtor, the law chosen in the contract
REASON_CONSUMER = "consumer_residence"  # consumer: the law of the consumer's residence
REASON_CONSUMER_OVER_CONTRACT = "consumer_residence_over_contract"  # ... despite a chosen law
REASON_CONSUMER_ABROAD = "consumer_abroad"  # consumer outside FR/BE: chosen or creditor's law
REASONS = (REASON_CREDITOR, REASON_CONTRACT, REASON_CONSUMER, REASON_CONSUMER_OVER_CONTRACT,
           REASON_CONSUMER_ABROAD)


@dataclass(frozen=True)
class Regime:
    """The law (``"FR"`` or ``"BE"``) that governs one debt, for this kind of debtor, and why."""

    law: str
    debtor: DebtorKind
    reason: str
    creditor_country: str
    debtor_country: str
    contract_law: str = ""

    def __post_init__(self) -> None:
        if self.law not in COUNTRIES:
            raise ValueError(f"law must be one of {COUNTRIES}, not {self.law!r}")
        object.__setattr__(self, "debtor", DebtorKind(self.debtor))
        if self.reason not in REASONS:
            raise ValueError(f"unknown reason {self.reason!r}")

    @property
    def code(self) -> str:
        """« FR_B2B », « BE_B2C »…: a short stable name of the regime."""
        return f"{self.law}_{'B2C' if self.debtor is DebtorKind.CONSUMER else 'B2B'}"

    @property
    def variants(self) -> tuple[str, ...]:
        """The letter texts' variants, most specific first (``business_fr``, ``business``)."""
        audience = "consumer" if self.debtor is DebtorKind.CONSUMER else "business"
        return (f"{audience}_{self.law.lower()}", audience)


def choose_regime(creditor_country: str, debtor_country: str, debtor: DebtorKind | str,
                  contract_law: str = "") -> Regime:
    """The regime of a debt owed to a creditor of ``creditor_country`` (FR or BE) by a debtor of
    ``debtor_country`` (any ISO code), with the law chosen in the contract if any (``""``: none)."""
    creditor = (creditor_country or "").strip().upper()
    where = (debtor_country or "").strip().upper()
    chosen = (contract_law or "").strip().upper()
    if chosen and chosen not in COUNTRIES:
        raise ValueError(f"contract law must be one of {COUNTRIES} or empty, not {chosen!r}")
    kind = DebtorKind(debtor)
    if kind is DebtorKind.CONSUMER:
        if where in COUNTRIES:
            reason = (REASON_CONSUMER_OVER_CONTRACT if chosen and chosen != where
                      else REASON_CONSUMER)
            return Regime(where, kind, reason, creditor, where, chosen)
        return Regime(chosen or creditor, kind, REASON_CONSUMER_ABROAD, creditor, where, chosen)
    if chosen:
        return Regime(chosen, kind, REASON_CONTRACT, creditor, where, chosen)
    return Regime(creditor, kind, REASON_CREDITOR, creditor, where, chosen)
