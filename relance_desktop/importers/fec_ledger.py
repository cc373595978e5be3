"""What each customer of a FEC still owes: from its accounts' lines to balances and open items.

:mod:`~relance_desktop.importers.fec` reads the file into customer accounts (:class:`Account`,
one per customer, with its :class:`Line` s); :func:`build` turns them into the records of a
:class:`FecResult`.

What is still due
-----------------
Customer accounts are the accounts whose number starts with one of ``customer_prefixes``
(``411`` by default). On a collective account the customer is the auxiliary account
(``CompAuxNum``/``CompAuxLib``); without one, the account itself (``CompteNum``/``CompteLib``).
Opening entries (AN/ANO journals) count like any other line.

Per customer, the **balance** (debits − credits over all its lines) is the truth. Lettering
(``EcritureLet``) is only a hint: real files have unbalanced lettering groups and unlettered
receipts that settle unlettered invoices. The balance is turned into open items this way:

1. debit lines are grouped into documents (see *Identity* below);
2. every lettering group whose lines sum to exactly zero is settled: its debits are marked paid
   and its credits used up (a balanced group is reliable evidence of *which* invoice was paid);
3. every remaining credit (payments, credit notes, unbalanced groups, unlettered receipts) is
   allocated to the remaining debits **oldest first** (FIFO, by issue date then line);
4. each document with something left to pay becomes an :class:`InvoiceRecord` with
   ``amount_cents`` = its debits and ``paid_cents`` = what was allocated to it. The open items
   of a customer therefore always add up to its balance.

A customer with a **credit balance** (we owe them) gets no invoice; it is reported with a
WARNING problem and a note, and kept in :attr:`FecResult.balances`. So a file has two totals:
:meth:`FecResult.net_total` (the sum of the balances, credit balances included: what the
accountant sees, 14,416.52 EUR in the sample ``111111111FEC20221231.TXT``) and
:meth:`FecResult.due_total` (what there is to chase: the open items, 14,472.55 EUR there — one
customer's credit does not reduce another's debt).

Amounts are in the accounting currency (``Debit``/``Credit`` are always in it; EUR is assumed).
When *every* line of a customer carries the same foreign ``Idevise`` with a ``Montantdevise``,
that customer is computed in that currency instead.

Identity of open items
----------------------
Re-importing the same file must change nothing, and a later export must find the same invoices,
so numbers are derived from the file deterministically:

- ``PieceRef`` (padding stripped, inner runs of spaces collapsed: ``FA  220393`` → ``FA 220393``)
  is the invoice number when it looks like one;
- it does not when it is empty, all zeros, a known placeholder (``RAN``, ``AN``, ``sans``…), the
  journal code plus the entry's month (``VE  0523``, ``01/2023``: many tools number pieces per
  journal and month), or when, in the same journal, it is shared by several customers or by
  entries of different dates. Then the number is ``"<JOURNAL> <EcritureNum> <EcritureDate>"``
  (``VE 00000056 2023-05-09``), or ``"<JOURNAL> <EcritureDate>"`` when ``EcritureNum`` is
  meaningless (all ``0``); the date keeps numbers unique across fiscal years, as entry numbers
  restart each year. A note says so.

Debit lines of one customer with the same number are one document (their amounts add up).

Accounts that are not people to chase
-------------------------------------
Till and payment-method pseudo-customers (``RECETTE CB``, ``CESP``, ``Clients divers``, caisse,
chèque, virement, TPE…) are detected from their label and account code
(:func:`pseudo_customer_reason`); they are listed, with their balances, in a note, one WARNING
problem and :attr:`FecResult.pseudo_customers`, but still imported. Accounts in
``excluded_accounts`` (the user's remembered choice) are left out entirely.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from relance_desktop.domain.money import from_cents
from relance_desktop.domain.text import search_key
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.importers.records import (
    CTX,
    MAX_PROBLEMS,
    CustomerRecord,
    InvoiceRecord,
    ParseResult,
    Problem,
    Severity,
)

ACCOUNTING_CURRENCY = "EUR"

# PieceRef values that are not document numbers.
PLACEHOLDER_REFS = frozenset(
    {"RAN", "AN", "ANO", "ANOUVEAU", "ANOUVEAUX", "REPORT", "SANS", "NEANT", "DIVERS", "-", "?"}
)

# What a pseudo-customer looks like (shown in its reason, translated).
_CARD = QT_TRANSLATE_NOOP("importers", "carte bancaire")
_CASH = QT_TRANSLATE_NOOP("importers", "espèces")
_TILL = QT_TRANSLATE_NOOP("importers", "caisse")
_TAKINGS = QT_TRANSLATE_NOOP("importers", "recettes")
_CHEQUE = QT_TRANSLATE_NOOP("importers", "chèques")
_TRANSFER = QT_TRANSLATE_NOOP("importers", "virements")
_ONLINE = QT_TRANSLATE_NOOP("importers", "paiement en ligne")
_MISC = QT_TRANSLATE_NOOP("importers", "clients divers")
_WALK_IN = QT_TRANSLATE_NOOP("importers", "clients de passage")
_COUNTER = QT_TRANSLATE_NOOP("importers", "ventes au comptoir")

# Words in a customer label or code that point to a payment method or a till, not a person.
PSEUDO_WORDS = {
    "CB": _CARD, "CARTE": _CARD, "CARTES": _CARD, "TPE": _CARD, "AMEX": _CARD,
    "ESP": _CASH, "ESPECE": _CASH, "ESPECES": _CASH, "CASH": _CASH, "CAISSE": _TILL,
    "CAISSES": _TILL, "TICKET": _TILL, "TICKETS": _TILL, "COMPTANT": _TILL,
    "RECETTE": _TAKINGS, "RECETTES": _TAKINGS,
    "CHQ": _CHEQUE, "CHQS": _CHEQUE, "CHEQUE": _CHEQUE, "CHEQUES": _CHEQUE,
    "VIR": _TRANSFER, "VIREMENT": _TRANSFER, "VIREMENTS": _TRANSFER,
    "SUMUP": _CARD, "ZETTLE": _CARD, "PAYPAL": _ONLINE, "STRIPE": _ONLINE, "LYDIA": _ONLINE,
}  # fmt: skip
PSEUDO_PHRASES = {
    "CLIENTS DIVERS": _MISC, "CLIENT DIVERS": _MISC, "DIVERS CLIENTS": _MISC,
    "CLIENTS DE PASSAGE": _WALK_IN, "CLIENT DE PASSAGE": _WALK_IN, "CLIENTS PASSAGE": _WALK_IN,
    "CLIENT PASSAGE": _WALK_IN, "VENTE COMPTOIR": _COUNTER, "VENTES COMPTOIR": _COUNTER,
    "VENTES AU COMPTOIR": _COUNTER,
}  # fmt: skip
GENERIC_LABELS = frozenset({"CLIENT", "CLIENTS", "DIVERS", "CLIENTS FRANCE", "CLIENTS FR"})


@dataclass(frozen=True)
class PseudoCustomer:
    """A customer account that looks like a till or payment method, not a person to chase."""

    key: str
    name: str
    balance_cents: int
    currency: str
    reason: str  # French text of reason_message, e.g. « libellé « RECETTE CB » : carte bancaire »
    reason_message: Message | None = None  # the same, to show in the user's language
    # A generic account (« Clients », « Clients divers », a collective account without a
    # sub-account): real customers' money, only not one customer's; not a till.
    generic: bool = False


@dataclass(frozen=True)
class CustomerBalance:
    """A customer's balance in the file: debits − credits (negative: we owe them)."""

    key: str
    name: str
    balance_cents: int
    currency: str
    open_items: int  # how many InvoiceRecords it gave (0 for a credit balance)


@dataclass
class FecResult(ParseResult):
    """A :class:`ParseResult` with what only a ledger can tell."""

    balances: list[CustomerBalance] = field(default_factory=list)  # non-zero, not excluded
    pseudo_customers: list[PseudoCustomer] = field(default_factory=list)  # not excluded
    excluded: list[str] = field(default_factory=list)  # keys left out at the user's request
    encoding: str = ""
    separator: str = ""
    columns: tuple[str, ...] = ()
    line_count: int = 0  # data lines read (blank lines not counted)
    customer_line_count: int = 0
    first_date: date | None = None  # of the entries on customer accounts
    last_date: date | None = None

    def net_total(self, currency: str = ACCOUNTING_CURRENCY) -> int:
        """Sum of the customers' balances in ``currency``, credit balances included (cents)."""
        return sum(b.balance_cents for b in self.balances if b.currency == currency)

    def due_total(self, currency: str = ACCOUNTING_CURRENCY) -> int:
        """What there is to chase in ``currency``: the open items' amounts still due (cents)."""
        return sum(i.due_cents for i in self.invoices if i.currency == currency)


# -- lines and accounts ----------------------------------------------------------------------
@dataclass(slots=True)
class Line:
    lineno: int
    cents: int  # signed: debit > 0, credit < 0 (accounting currency)
    entry_date: date
    issue_date: date
    journal: str  # upper case, stripped
    num: str  # EcritureNum, stripped ("" when meaningless: empty or all zeros)
    piece: str  # PieceRef, compacted
    letter: str
    currency: str  # Idevise, upper case ("" when none)
    foreign: int | None  # Montantdevise in cents, unsigned, when given
    label: str


@dataclass
class Account:
    key: str
    column: str  # the column that holds the key: CompAuxNum or CompteNum (as the file spells it)
    is_aux: bool  # the key is an auxiliary account (CompAuxNum)
    lines: list[Line] = field(default_factory=list)
    names: Counter[str] = field(default_factory=Counter)

    @property
    def name(self) -> str:
        if not self.names:
            return self.key
        top = max(self.names.values())
        return next(n for n, c in self.names.items() if c == top)  # first of the most used


@dataclass
class Document:
    number: str
    lines: list[Line]
    amount: int = 0
    paid: int = 0

    @property
    def first(self) -> Line:
        return self.lines[0]


@dataclass
class FecReport:
    """The problems and notes of one file (at most MAX_PROBLEMS problems, the rest counted)."""

    file: str
    problems: list[Problem] = field(default_factory=list)
    notes: list[str | Message] = field(default_factory=list)
    dropped: int = 0

    def problem(
        self,
        line: int | None,
        column: str,
        expected: str,
        found: str,
        severity: Severity = Severity.ERROR,
        args: Mapping[str, object] | None = None,
    ) -> None:
        """``column``: the file's column name, or a label marked with ``QT_TRANSLATE_NOOP``;
        ``expected``: a marked template filled with ``args``; ``found``: the file's text."""
        if len(self.problems) >= MAX_PROBLEMS:
            self.dropped += 1
            return
        self.problems.append(
            Problem(self.file, column, expected, found, line, None, severity, args or {})
        )

    def note(self, text: str, **args: object) -> None:
        """A note for the user: ``text`` is a template marked with ``QT_TRANSLATE_NOOP``."""
        self.notes.append(Message(CTX, text, dict(args)))


def amount_text(cents: int) -> str:
    """An amount for a message, French style: ``-56,03`` (amounts are data, not translated)."""
    return str(from_cents(cents)).replace(".", ",")


def day_text(value: date | None) -> str:
    """A date for a message: ``31/12/2022``."""
    return value.strftime("%d/%m/%Y") if value is not None else ""


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Z0-9]+", search_key(text).upper())


_LABEL_REASON = QT_TRANSLATE_NOOP("importers", "libellé « {label} » : {what}")
_ACCOUNT_REASON = QT_TRANSLATE_NOOP("importers", "compte « {account} » : {what}")


def pseudo_customer_reason(account: str, name: str) -> Message | None:
    """Why the account looks like a till or payment method rather than a customer, or None.

    Looks at the label (« RECETTE CB », « Clients divers », « Caisse », « Chèques »…) and at the
    account code (``CCB``, ``CESP``, ``CCHQ``, ``CVIR``, ``411CAISSE``…). A hint for a warning,
    never a decision: the user chooses what to exclude.
    """
    label = " ".join(_words(name))
    for phrase, what in PSEUDO_PHRASES.items():
        if phrase in f" {label} " or label == phrase:
            return Message(CTX, _LABEL_REASON, {"label": name.strip(), "what": Message(CTX, what)})
    if label in GENERIC_LABELS:
        what = QT_TRANSLATE_NOOP("importers", "un compte générique, pas une personne")
        return Message(CTX, _LABEL_REASON, {"label": name.strip(), "what": Message(CTX, what)})
    for word in label.split():
        if word in PSEUDO_WORDS:
            what = PSEUDO_WORDS[word]
            return Message(CTX, _LABEL_REASON, {"label": name.strip(), "what": Message(CTX, what)})
    code = re.sub(r"[^A-Z0-9]", "", search_key(account).upper())
    for stem in (code, code.lstrip("0123456789"), code[1:] if code[:1] in "CL" else ""):
        if stem in PSEUDO_WORDS:
            what = PSEUDO_WORDS[stem]
            return Message(
                CTX, _ACCOUNT_REASON, {"account": account.strip(), "what": Message(CTX, what)}
            )
    return None


# -- from accounts to records ------------------------------------------------------------------
def build(
    accounts: dict[str, Account],
    result: FecResult,
    report: FecReport,
    *,
    collectives: set[str],
    excluded: frozenset[str],
    prefixes: tuple[str, ...],
) -> None:
    """The customers, open items and balances of ``accounts`` in ``result``, with the notes and
    warnings about them. ``collectives``: the account numbers used with a CompAuxNum."""
    _overview(accounts, result, report, prefixes)
    references = document_references(accounts.values())
    fallback_numbers = 0
    credit_warnings: list[Problem] = []
    for key in sorted(accounts):
        account = accounts[key]
        if key in excluded:
            result.excluded.append(key)
            continue
        currency, amounts = account_amounts(account, report)
        balance = sum(amounts)
        reason = pseudo_customer_reason(key, account.name)
        generic = reason is not None and _generic(account.name)
        if reason is None and not account.is_aux and key in collectives:
            generic = True
            reason = Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "importers", "lignes sur le compte collectif, sans compte auxiliaire"
                ),
            )
        if reason is not None:
            result.pseudo_customers.append(
                PseudoCustomer(
                    key, account.name, balance, currency, reason.render(), reason, generic
                )
            )
        if balance == 0:
            continue
        result.customers.append(CustomerRecord(key=key, name=account.name, account=key))
        invoices: list[InvoiceRecord] = []
        if balance > 0:
            invoices, fallback = _open_invoices(account, amounts, references, currency)
            fallback_numbers += fallback
        else:
            credit_warnings.append(_credit_balance(account, balance, currency, report))
        result.invoices.extend(invoices)
        result.balances.append(CustomerBalance(key, account.name, balance, currency, len(invoices)))
    if fallback_numbers:
        report.note(
            QT_TRANSLATE_NOOP(
                "importers",
                "Factures non soldées sans PieceRef utilisable (vide, ou journal et mois "
                "comme « VE 0523 ») : {count}. Elles sont numérotées « journal, EcritureNum, "
                "date ».",
            ),
            count=fallback_numbers,
        )
    pseudo_warnings = _pseudo_customers(accounts, result, report)
    if result.excluded:
        report.note(
            QT_TRANSLATE_NOOP("importers", "Exclus à votre demande : {accounts}."),
            accounts=", ".join(result.excluded),
        )
    _keep_account_warnings(report, pseudo_warnings + credit_warnings)


def _overview(
    accounts: dict[str, Account], result: FecResult, report: FecReport, prefixes: tuple[str, ...]
) -> None:
    """The note saying how many customer accounts and lines the file has (or none)."""
    if not accounts:
        report.note(
            QT_TRANSLATE_NOOP(
                "importers", "Aucune ligne sur un compte client ({prefixes}) : rien à importer."
            ),
            prefixes=", ".join(f"{p}…" for p in prefixes),
        )
        return
    report.note(
        QT_TRANSLATE_NOOP(
            "importers",
            "Comptes clients : {accounts}, avec {lines} lignes d'écritures du {first} au {last}.",
        ),
        accounts=len(accounts),
        lines=result.customer_line_count,
        first=day_text(result.first_date),
        last=day_text(result.last_date),
    )


def _open_invoices(
    account: Account,
    amounts: list[int],
    references: dict[tuple[str, str], bool],
    currency: str,
) -> tuple[list[InvoiceRecord], int]:
    """The records of the account's open items, and how many have fallback numbers."""
    documents, fallback = open_items(account, amounts, references)
    invoices = []
    for doc in documents:
        line = doc.first
        label = line.label
        if not references.get((line.journal, line.piece), False) and line.piece:
            label = f"{label} (PieceRef {line.piece})" if label else line.piece
        invoices.append(
            InvoiceRecord(
                number=doc.number,
                customer_key=account.key,
                amount_cents=doc.amount,
                paid_cents=doc.paid,
                currency=currency,
                issue_date=line.issue_date,
                description=label,
                line=line.lineno,
            )
        )
    return invoices, fallback


def _credit_balance(account: Account, balance: int, currency: str, report: FecReport) -> Problem:
    """A customer we owe money to: a note now, and the warning :func:`build` lists last."""
    key, name, amount = account.key, account.name, amount_text(balance)
    report.note(
        QT_TRANSLATE_NOOP(
            "importers",
            "{account} {name} a un solde créditeur de {balance} {currency} : c'est "
            "nous qui devons à ce client, aucune facture n'est donc importée pour lui.",
        ),
        account=key,
        name=name,
        balance=amount,
        currency=currency,
    )
    return Problem(
        report.file,
        account.column,
        QT_TRANSLATE_NOOP(
            "importers",
            "un solde débiteur (ce que le client doit) ; ce compte a un solde "
            "créditeur : c'est nous qui devons à ce client, rien à relancer",
        ),
        f"{key} {name} ({amount} {currency})",
        account.lines[-1].lineno,
        None,
        Severity.WARNING,
        {"account": key, "name": name, "balance": amount, "currency": currency},
    )


def _generic(name: str) -> bool:
    """True when the label names customers in general (« Clients », « Clients divers »…)."""
    label = " ".join(_words(name))
    return label in GENERIC_LABELS or any(
        phrase in f" {label} " or label == phrase
        for phrase, what in PSEUDO_PHRASES.items()
        if what in (_MISC, _WALK_IN)
    )


def _pseudo_customers(
    accounts: dict[str, Account], result: FecResult, report: FecReport
) -> list[Problem]:
    """The notes listing the accounts that look like tills or payment methods, and those that
    are generic accounts, and their warnings (one of each at most)."""
    warnings: list[Problem] = []
    tills = [p for p in result.pseudo_customers if not p.generic]
    generic = [p for p in result.pseudo_customers if p.generic]
    for pseudo, note, expected in (
        (
            tills,
            QT_TRANSLATE_NOOP(
                "importers",
                "Ces comptes ressemblent à des caisses ou à des moyens de paiement, pas à des "
                "clients à relancer (excluez-les si c'est le cas) : {accounts}.",
            ),
            QT_TRANSLATE_NOOP(
                "importers",
                "des comptes de clients à relancer ; ceux-ci ressemblent à des caisses "
                "ou à des moyens de paiement",
            ),
        ),
        (
            generic,
            QT_TRANSLATE_NOOP(
                "importers",
                "Ces comptes sont des comptes clients génériques, qui regroupent plusieurs "
                "clients sans dire lesquels : leur solde ne peut pas être relancé auprès d'un "
                "client précis (excluez-les, ou créez des comptes auxiliaires dans votre "
                "comptabilité) : {accounts}.",
            ),
            QT_TRANSLATE_NOOP(
                "importers",
                "un compte par client ; ceux-ci sont des comptes clients génériques",
            ),
        ),
    ):
        if not pseudo:
            continue
        listed = " ; ".join(
            f"{p.key} {p.name} ({amount_text(p.balance_cents)} {p.currency})" for p in pseudo
        )
        report.note(note, accounts=listed)
        warnings.append(
            Problem(
                report.file,
                accounts[pseudo[0].key].column,
                expected,
                listed,
                min(accounts[p.key].lines[0].lineno for p in pseudo),
                None,
                Severity.WARNING,
                {"accounts": [p.key for p in pseudo]},
            )
        )
    return warnings


def _keep_account_warnings(report: FecReport, extra: list[Problem]) -> None:
    """Account-level warnings always fit in the list; line problems make room for them."""
    room = max(MAX_PROBLEMS - len(extra), 0)
    if len(report.problems) > room:
        report.dropped += len(report.problems) - room
        del report.problems[room:]
    kept = extra[:MAX_PROBLEMS]
    report.dropped += len(extra) - len(kept)
    report.problems.extend(kept)


def account_amounts(account: Account, report: FecReport) -> tuple[str, list[int]]:
    """The account's currency and its lines' signed amounts in it."""
    lines = account.lines
    currencies = {ln.currency for ln in lines if ln.cents}
    if len(currencies) == 1:
        (currency,) = currencies
        if (
            currency
            and currency != ACCOUNTING_CURRENCY
            and all(ln.foreign is not None for ln in lines if ln.cents)
        ):
            return currency, [
                (ln.foreign or 0) * (1 if ln.cents > 0 else -1) if ln.cents else 0 for ln in lines
            ]
    if any(c not in ("", ACCOUNTING_CURRENCY) for c in currencies):
        report.note(
            QT_TRANSLATE_NOOP(
                "importers",
                "{account} : lignes en plusieurs devises ; les montants sont pris en "
                "{currency}, la devise de la comptabilité.",
            ),
            account=account.key,
            currency=ACCOUNTING_CURRENCY,
        )
    return ACCOUNTING_CURRENCY, [ln.cents for ln in lines]


def document_references(accounts: Iterable[Account]) -> dict[tuple[str, str], bool]:
    """For each (journal, PieceRef) of a debit line: is the PieceRef a document number?"""
    customers: dict[tuple[str, str], set[str]] = defaultdict(set)
    days: dict[tuple[str, str], set[date]] = defaultdict(set)
    verdict: dict[tuple[str, str], bool] = {}
    for account in accounts:
        for ln in account.lines:
            if ln.cents <= 0:
                continue
            pair = (ln.journal, ln.piece)
            if pair not in verdict:
                verdict[pair] = _looks_like_reference(ln.piece, ln.journal, ln)
            if verdict[pair]:
                customers[pair].add(account.key)
                days[pair].add(ln.entry_date)
    for pair in customers:
        if len(customers[pair]) > 1 or len(days[pair]) > 1:
            verdict[pair] = False
    return verdict


def open_items(
    account: Account, amounts: list[int], references: dict[tuple[str, str], bool]
) -> tuple[list[Document], int]:
    """The account's documents still (partly) unpaid, and how many have fallback numbers."""
    documents: dict[str, Document] = {}
    owner: dict[int, Document] = {}  # line position → its document
    for pos, (ln, cents) in enumerate(zip(account.lines, amounts, strict=True)):
        if cents <= 0:
            continue
        if references.get((ln.journal, ln.piece), False):
            number = ln.piece
        else:
            parts = [ln.journal or "?", ln.num, ln.entry_date.isoformat()]
            number = " ".join(p for p in parts if p)
        doc = documents.get(number)
        if doc is None:
            doc = documents[number] = Document(number, [])
        doc.lines.append(ln)
        doc.amount += cents
        owner[pos] = doc
    # 1. Balanced lettering groups are settled.
    groups: dict[str, list[int]] = defaultdict(list)
    for pos, ln in enumerate(account.lines):
        if ln.letter and amounts[pos]:
            groups[ln.letter].append(pos)
    settled: set[int] = set()
    for positions in groups.values():
        if len(positions) > 1 and sum(amounts[p] for p in positions) == 0:
            settled.update(positions)
            for p in positions:
                if p in owner:
                    owner[p].paid += amounts[p]
    # 2. Every other credit is allocated to the open debits, oldest first.
    pool = -sum(amounts[p] for p in range(len(amounts)) if amounts[p] < 0 and p not in settled)
    ordered = sorted(
        documents.values(), key=lambda d: (min(x.issue_date for x in d.lines), d.first.lineno)
    )
    for doc in ordered:
        if pool <= 0:
            break
        take = min(doc.amount - doc.paid, pool)
        doc.paid += take
        pool -= take
    open_docs = [d for d in ordered if d.amount > d.paid]
    fallback = sum(1 for d in open_docs if not references.get(
        (d.first.journal, d.first.piece), False
    ))  # fmt: skip
    return open_docs, fallback


def _looks_like_reference(piece: str, journal: str, line: Line) -> bool:
    """Whether a PieceRef can be a document number (before the file-wide checks)."""
    if not piece or not piece.strip("0 "):
        return False
    compact = re.sub(r"[\s/.\-_]", "", piece.upper())
    if compact in PLACEHOLDER_REFS or compact == journal.replace(" ", ""):
        return False
    rest = compact[len(journal) :] if journal and compact.startswith(journal) else compact
    if not rest:
        return False
    if rest.isdigit():
        periods = set()
        for d in (line.entry_date, line.issue_date):
            yy, yyyy, mm = f"{d.year % 100:02d}", f"{d.year:04d}", f"{d.month:02d}"
            periods.update({mm + yy, yy + mm, mm + yyyy, yyyy + mm, yyyy + mm + f"{d.day:02d}"})
        if rest in periods or (rest == f"{line.entry_date.month:02d}" and rest != compact):
            return False
    return True
