"""Which customer of the company file a customer read from an import file is.

Matched by account first, then by company number (SIREN/CBE) or VAT number, then by name; but a
customer is never matched to one with a *different* account (two accounts are two customers in
the books, even with one name or one VAT number), and by name only when neither has an account.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from relance_desktop.domain.text import search_key
from relance_desktop.importers.records import CustomerRecord
from relance_desktop.store.session import CompanySession, in_session

Candidate = tuple[int, str]  # (customer id, its account)


def _vat(value: str) -> str:
    return value.replace(" ", "").upper()


@dataclass
class CustomerIndex:
    """The customers known to an import: those of the file, and those it is about to create
    (negative pseudo ids), so that a customer new in one file is matched in the next."""

    account: dict[str, int] = field(default_factory=dict)
    company_number: dict[str, list[Candidate]] = field(default_factory=dict)
    vat_number: dict[str, list[Candidate]] = field(default_factory=dict)
    name: dict[str, int] = field(default_factory=dict)  # customers without an account only
    namesakes: dict[str, str] = field(default_factory=dict)  # any name → the first's account
    size: int = 0

    def add(self, customer_id: int, *, account: str, company_number: str, vat_number: str,
            name: str) -> None:
        self.size += 1
        if account:
            self.account.setdefault(account, customer_id)
        if company_number:
            self.company_number.setdefault(company_number, []).append((customer_id, account))
        if vat_number:
            self.vat_number.setdefault(_vat(vat_number), []).append((customer_id, account))
        key = search_key(name)
        self.namesakes.setdefault(key, account)
        if not account:
            self.name.setdefault(key, customer_id)

    def remember(self, record: CustomerRecord) -> int:
        """A customer this import will create; its pseudo id (negative)."""
        pseudo_id = -(1 + self.size)
        self.add(pseudo_id, account=record.account, company_number=record.company_number,
                 vat_number=record.vat_number, name=record.name)
        return pseudo_id

    def match(self, record: CustomerRecord) -> tuple[int | None, str]:
        """(customer id, how) — how: « account », « company_number », « vat_number », « name »;
        (None, "") when the customer is new."""
        if record.account and record.account in self.account:
            return self.account[record.account], "account"
        for how, value in (("company_number", record.company_number),
                           ("vat_number", _vat(record.vat_number))):
            if not value:
                continue
            for customer_id, account in getattr(self, how).get(value, ()):
                if not record.account or not account or account == record.account:
                    return customer_id, how
        if not record.account:
            found = self.name.get(search_key(record.name))
            if found is not None:
                return found, "name"
        return None, ""

    def namesake(self, record: CustomerRecord) -> str | None:
        """The account of a customer with the same name that :meth:`match` did not take
        (another account, or none), so that the preview can say a second one is created."""
        return self.namesakes.get(search_key(record.name))


@in_session
def customer_index(cf: CompanySession) -> CustomerIndex:
    """Every customer of the company file, indexed for :meth:`CustomerIndex.match`."""
    index = CustomerIndex()
    for r in cf.rows("SELECT id, account, company_number, vat_number, name FROM customer "
                     "ORDER BY id"):
        index.add(int(r.id), account=str(r.account or ""),
                  company_number=str(r.company_number or ""),
                  vat_number=str(r.vat_number or ""), name=str(r.name))
    return index
