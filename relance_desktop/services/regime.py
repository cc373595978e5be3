"""Which law governs a customer's debts, and why, in words (LEGAL-NOTES §12).

:func:`regime_of` is the one place the app chooses the regime of a customer's debts: the letters
compute and word their charges with it, the call sheet and the letters page show
:func:`describe` so the user sees which law applies and why.
"""

from __future__ import annotations

from relance_desktop.domain.legal import DebtorKind, Regime, choose_regime
from relance_desktop.domain.legal import regime as r
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity_translate
from relance_desktop.store.models import Company, Customer
from relance_desktop.store.session import CompanySession, in_session

CTX = "regime"

LAW_TEXTS = {
    "FR_B2B": QT_TRANSLATE_NOOP(
        "regime", "Droit français entre professionnels (C. com. L441-10 et D441-5)"),
    "FR_B2C": QT_TRANSLATE_NOOP(
        "regime", "Droit français de la consommation (C. civ. 1231-6 et 1344-1 ; CPCE L111-8)"),
    "BE_B2B": QT_TRANSLATE_NOOP(
        "regime", "Droit belge entre entreprises (loi du 2 août 2002)"),
    "BE_B2C": QT_TRANSLATE_NOOP(
        "regime", "Droit belge de la consommation (livre XIX du Code de droit économique)"),
}
REASON_TEXTS = {
    r.REASON_CREDITOR: QT_TRANSLATE_NOOP(
        "regime", "client professionnel, aucune loi choisie au contrat : loi du pays du "
        "vendeur ({creditor})"),
    r.REASON_CONTRACT: QT_TRANSLATE_NOOP(
        "regime", "client professionnel : loi choisie au contrat ({law})"),
    r.REASON_CONSUMER: QT_TRANSLATE_NOOP(
        "regime", "consommateur : loi du pays où il vit ({debtor})"),
    r.REASON_CONSUMER_OVER_CONTRACT: QT_TRANSLATE_NOOP(
        "regime", "consommateur : loi du pays où il vit ({debtor}), qui prime sur la loi "
        "choisie au contrat ({law})"),
    r.REASON_CONSUMER_ABROAD: QT_TRANSLATE_NOOP(
        "regime", "consommateur hors de France et de Belgique : loi du contrat ou du vendeur "
        "({law})"),
}
COUNTRY_TEXTS = {
    "FR": QT_TRANSLATE_NOOP("regime", "France"),
    "BE": QT_TRANSLATE_NOOP("regime", "Belgique"),
}
SUMMARY = QT_TRANSLATE_NOOP("regime", "Loi applicable : {law} — {reason}.")


def debtor_kind(customer_kind: str) -> DebtorKind:
    """Consumers are protected by consumer law; sole traders and public bodies are not."""
    return DebtorKind.CONSUMER if customer_kind == "consumer" else DebtorKind.BUSINESS


def regime_for(company: Company, customer: Customer) -> Regime:
    return choose_regime(company.country, customer.country, debtor_kind(customer.kind),
                         getattr(customer, "contract_law", "") or "")


@in_session
def regime_of(cf: CompanySession, customer_id: int) -> Regime:
    """The regime of this customer's debts to the company of ``cf``."""
    company = Company.select().order_by(Company.id).first()
    return regime_for(company, Customer.get_by_id(customer_id))


def describe(regime: Regime, translate: Translate = identity_translate) -> str:
    """« Loi applicable : Droit belge de la consommation (…) — consommateur : loi du pays où il
    vit (Belgique). »"""
    def country(code: str) -> str:
        text = COUNTRY_TEXTS.get(code)
        return translate(CTX, text) if text else code

    reason = translate(CTX, REASON_TEXTS[regime.reason]).format(
        creditor=country(regime.creditor_country), debtor=country(regime.debtor_country),
        law=country(regime.law))
    return translate(CTX, SUMMARY).format(law=translate(CTX, LAW_TEXTS[regime.code]),
                                          reason=reason)
