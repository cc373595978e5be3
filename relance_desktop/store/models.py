"""peewee models for a company file (DESIGN §3).

Amounts are integer cents (``*_cents``). The models are bound to
:data:`relance_desktop.store.routing.ROUTER`: each query goes to the company session active where
it runs (:mod:`relance_desktop.store.session`). The schema itself is created by numbered migrations
(``store/migrations``); ``tests/unit/test_schema.py`` checks the two agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from relance_desktop.domain.calls.promises import GRACE_DAYS
from relance_desktop.domain.text import search_key as fold
from relance_desktop.store.routing import ROUTER


class Flag(BooleanField):
    """A yes/no stored as 0/1 on both engines (SQLite has no boolean; the same SQL reads both)."""

    field_type = "INTEGER"

    def db_value(self, value: object) -> int | None:
        return None if value is None else int(bool(value))


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


class BaseModel(Model):
    id = AutoField()

    class Meta:
        legacy_table_names = False
        database = ROUTER


class Company(BaseModel):
    """The own company (one row per file)."""

    name = CharField()
    country = CharField(max_length=2, default="FR")
    language = CharField(max_length=2, default="fr")
    street = CharField(default="")
    postcode = CharField(default="")
    city = CharField(default="")
    company_number = CharField(default="")  # SIREN/SIRET or BCE/KBO number
    vat_number = CharField(default="")
    iban = CharField(default="")
    bic = CharField(default="")
    email = CharField(default="")
    phone = CharField(default="")
    payment_terms_days = IntegerField(default=30)
    currency = CharField(max_length=3, default="EUR")
    logo = BlobField(null=True)
    signature = TextField(default="")
    letter_settings = TextField(default="{}")  # JSON, owned by the letters feature
    created_at = DateTimeField(default=now)


class User(BaseModel):
    """A person who makes calls and sends letters (the collector)."""

    name = CharField()
    email = CharField(default="")
    phone = CharField(default="")
    active = Flag(default=True)
    login = CharField(default="")  # the team server's login (migration 11); "" on a file


class Attachment(BaseModel):
    """A file kept inside the company file (invoice copies, letters produced)."""

    file_name = CharField()
    mime_type = CharField(default="application/pdf")
    sha256 = CharField(max_length=64, index=True)
    size = IntegerField()
    data = BlobField()
    created_at = DateTimeField(default=now)


class ImportBatch(BaseModel):
    source = CharField()  # "csv", "fec", "facturx", "ubl", ...
    file_name = CharField()
    sha256 = CharField(max_length=64)
    profile = CharField(default="")
    counts = TextField(default="{}")  # JSON: created/changed/skipped...
    created_at = DateTimeField(default=now)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    user_id: int | None  # set by peewee


class Customer(BaseModel):
    account = CharField(default="")  # the customer's account number in the accounting tool
    name = CharField()
    kind = CharField(default="business")  # domain.parties.CustomerKind
    country = CharField(max_length=2, default="FR")
    language = CharField(max_length=2, default="fr")
    company_number = CharField(default="")
    vat_number = CharField(default="")
    street = CharField(default="")
    postcode = CharField(default="")
    city = CharField(default="")
    email = CharField(default="")
    phone = CharField(default="")  # E.164 when valid, as typed otherwise
    mobile = CharField(default="")
    preferred_channel = CharField(default="phone")
    call_hours = CharField(default="")  # e.g. "mon-fri 09:30-11:30"
    approver = CharField(default="")  # who approves payments
    po_required = Flag(default=False)
    payment_run_days = CharField(default="")  # e.g. "10,25"
    payment_terms_days = IntegerField(null=True)  # None: the company's default
    tags = CharField(default="")
    notes = TextField(default="")
    archived = Flag(default=False)
    written_only = Flag(default=False)  # asked for written contact only: never called
    contract_law = CharField(max_length=2, default="")  # "", "FR", "BE" (migration 8)
    search_key = CharField(default="")  # the name folded (migration 5, services.lists)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    assigned_to = ForeignKeyField(User, null=True, on_delete="SET NULL")  # None: the pool (m. 11)
    assigned_to_id: int | None  # set by peewee

    def save(self, *args: Any, **kwargs: Any) -> Any:
        self.search_key = fold(self.name or "") or " "  # what services.lists searches
        return super().save(*args, **kwargs)


Customer.add_index(Customer.index(Customer.search_key, Customer.id))
Customer.add_index(Customer.index(Customer.call_hours, Customer.country,  # Today (migration 15)
                                  Customer.written_only))


class Contact(BaseModel):
    customer = ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
    customer_id: int  # set by peewee
    name = CharField()
    function = CharField(default="")
    phone = CharField(default="")
    mobile = CharField(default="")
    email = CharField(default="")
    is_primary = Flag(default=False)
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    civility = CharField(max_length=8, default="")  # "", "mrs", "mr" (migration 8)


class Invoice(BaseModel):
    customer = ForeignKeyField(Customer, backref="invoices", on_delete="RESTRICT")
    customer_id: int  # set by peewee
    number = CharField()
    issue_date = DateField()
    due_date = DateField()
    amount_cents = IntegerField()  # including VAT
    currency = CharField(max_length=3, default="EUR")
    description = TextField(default="")  # what was sold
    state = CharField(default="open")  # domain.parties.InvoiceState
    copy = ForeignKeyField(Attachment, null=True, on_delete="SET NULL")
    copy_id: int | None  # set by peewee
    source = CharField(default="manual")
    import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
    import_batch_id: int | None  # set by peewee
    dunning_level = IntegerField(default=0)
    contractual_rate = CharField(default="")  # decimal as text, e.g. "12.5"; empty: legal rate
    external_key = CharField(default="")  # imported: « account|kind|number », unique per source
    kind = CharField(default="invoice")  # « invoice » or « credit_note » (amount positive)
    # paid_cents and credited_cents are kept by triggers (migration 4): read them through the
    # invoice_balance view (store.balance), never through this model.
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("source", "number"), False),)


Invoice.add_index(
    Invoice.index(Invoice.source, Invoice.external_key, unique=True).where(
        Invoice.external_key != ""
    )
)
# The invoice list's orders (migration 5). In the file they are partial, on open invoices
# only (« WHERE state = 'open' AND amount_cents - paid_cents - credited_cents > 0 »): that
# condition names the columns kept by triggers, which are not model fields.
for _fields in ((Invoice.due_date, Invoice.id), (Invoice.issue_date, Invoice.id),
                (Invoice.amount_cents, Invoice.id), (Invoice.number, Invoice.id),
                (Invoice.customer, Invoice.due_date)):
    Invoice.add_index(Invoice.index(*_fields))
# Migration 16 also indexes the open invoices' amounts by customer and currency
# (« invoice_open_totals »), paid and credited included: columns kept by triggers, so not
# declared here (tests/unit/test_schema.py knows it).


class Payment(BaseModel):
    invoice = ForeignKeyField(Invoice, backref="payments", on_delete="CASCADE")
    invoice_id: int  # set by peewee
    paid_on = DateField()
    amount_cents = IntegerField()
    method = CharField(default="transfer")
    reference = CharField(default="")
    note = TextField(default="")
    source = CharField(default="manual")
    import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
    import_batch_id: int | None  # set by peewee
    created_at = DateTimeField(default=now)


class CreditAllocation(BaseModel):
    """A part of a credit note applied to an invoice of the same customer."""

    credit = ForeignKeyField(Invoice, backref="allocations_given", on_delete="CASCADE")
    credit_id: int  # set by peewee
    invoice = ForeignKeyField(Invoice, backref="allocations_received", on_delete="CASCADE")
    invoice_id: int  # set by peewee
    amount_cents = IntegerField()
    created_at = DateTimeField(default=now)


class Interaction(BaseModel):
    """A call, e-mail, letter, SMS or note, with what came of it."""

    customer = ForeignKeyField(Customer, backref="interactions", on_delete="CASCADE")
    customer_id: int  # set by peewee
    invoice = ForeignKeyField(Invoice, null=True, on_delete="SET NULL")
    invoice_id: int | None  # set by peewee
    kind = CharField()  # call / email / letter / sms / note
    occurred_at = DateTimeField(default=now, index=True)  # the calls of today (migration 15)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    user_id: int | None  # set by peewee
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    contact_id: int | None  # set by peewee
    duration_s = IntegerField(default=0)
    outcome = CharField(default="")
    reason = CharField(default="")
    notes = TextField(default="")
    draft = Flag(default=False)
    started_at = DateTimeField(null=True)  # calls: when the call sheet's timer started
    saved_at = DateTimeField(null=True)  # drafts: last automatic save
    sheet_state = TextField(default="{}")  # calls: checklist ticks, objective, objection... (JSON)
    corrects = ForeignKeyField("self", null=True, backref="corrections", on_delete="SET NULL")
    corrects_id: int | None  # set by peewee


class Promise(BaseModel):
    customer = ForeignKeyField(Customer, backref="promises", on_delete="CASCADE")
    customer_id: int  # set by peewee
    invoice = ForeignKeyField(Invoice, null=True, on_delete="SET NULL")
    invoice_id: int | None  # set by peewee
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
    interaction_id: int | None  # set by peewee
    amount_cents = IntegerField()
    promised_on = DateField()
    means = CharField(default="transfer")
    status = CharField(default="open")  # open / kept / broken / partial
    created_at = DateTimeField(default=now)
    currency = CharField(max_length=3, default="EUR")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")  # who promised
    contact_id: int | None  # set by peewee
    promised_by = CharField(default="")  # the name as said on the phone
    grace_days = IntegerField(default=GRACE_DAYS)
    paid_cents = IntegerField(default=0)  # paid towards it, as of the last check
    evaluated_on = DateField(null=True)
    reference = CharField(default="")  # payment reference given to the customer
    note = TextField(default="")
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")  # who recorded it
    user_id: int | None  # set by peewee


class PaymentPlan(BaseModel):
    customer = ForeignKeyField(Customer, backref="plans", on_delete="CASCADE")
    customer_id: int  # set by peewee
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
    interaction_id: int | None  # set by peewee
    total_cents = IntegerField()
    status = CharField(default="active")  # active / kept / broken / cancelled
    note = TextField(default="")
    created_at = DateTimeField(default=now)
    currency = CharField(max_length=3, default="EUR")
    period = CharField(default="month")  # month / fortnight / week
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    user_id: int | None  # set by peewee


class Instalment(BaseModel):
    plan = ForeignKeyField(PaymentPlan, backref="instalments", on_delete="CASCADE")
    plan_id: int  # set by peewee
    due_on = DateField()
    amount_cents = IntegerField()
    paid_cents = IntegerField(default=0)
    status = CharField(default="open")  # open / paid / partial / late


class Dispute(BaseModel):
    customer = ForeignKeyField(Customer, backref="disputes", on_delete="CASCADE")
    customer_id: int  # set by peewee
    invoice = ForeignKeyField(Invoice, null=True, on_delete="CASCADE")
    invoice_id: int | None  # set by peewee
    opened_on = DateField()
    reason = TextField(default="")
    status = CharField(default="open")  # open / resolved / rejected
    resolved_on = DateField(null=True)
    notes = TextField(default="")
    resolution = TextField(default="")
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
    interaction_id: int | None  # set by peewee
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    user_id: int | None  # set by peewee


class Task(BaseModel):
    customer = ForeignKeyField(Customer, backref="tasks", on_delete="CASCADE")
    customer_id: int  # set by peewee
    invoice = ForeignKeyField(Invoice, null=True, on_delete="SET NULL")
    invoice_id: int | None  # set by peewee
    kind = CharField()  # call_back / check_payment / send_letter
    due_at = DateTimeField()
    assignee = ForeignKeyField(User, null=True, on_delete="SET NULL")
    assignee_id: int | None  # set by peewee
    note = TextField(default="")
    promise = ForeignKeyField(Promise, null=True, on_delete="CASCADE")
    promise_id: int | None  # set by peewee
    done_at = DateTimeField(null=True)
    created_at = DateTimeField(default=now)
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")  # made by a call
    interaction_id: int | None  # set by peewee
    instalment = ForeignKeyField(Instalment, null=True, on_delete="CASCADE")
    instalment_id: int | None  # set by peewee
    amount_cents = IntegerField(null=True)  # check_payment: the amount to look for
    done_note = TextField(default="")  # how it ended (paid, verified, cancelled...)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")  # who created it
    user_id: int | None  # set by peewee


# Today's « call-backs » (migration 15): the open ones only.
Task.add_index(Task.index(Task.customer, Task.due_at).where(
    Task.done_at.is_null() & (Task.kind == "call_back")))


class LetterBatch(BaseModel):
    """Letters produced together (``services.letter_batch``): recorded with their documents in
    one transaction, then their files put on disk; ``done_at`` once every file is there."""

    kind = CharField()
    letter_date = DateField()  # the date printed on the letters (a rerun is the same batch)
    folder = TextField()  # where the PDFs go
    merged_path = TextField(default="")  # the one PDF for printing, if asked for
    merged_file = ForeignKeyField(Attachment, null=True, on_delete="SET NULL")
    merged_file_id: int | None  # set by peewee
    created_at = DateTimeField(default=now)
    done_at = DateTimeField(null=True)


class Document(BaseModel):
    customer = ForeignKeyField(Customer, backref="documents", on_delete="CASCADE")
    customer_id: int  # set by peewee
    kind = CharField()  # reminder-1, formal-notice, confirmation, ...
    created_at = DateTimeField(default=now)
    file = ForeignKeyField(Attachment, null=True, on_delete="SET NULL")
    file_id: int | None  # set by peewee
    sent_via = CharField(default="")  # post / email / print / ""
    sent_at = DateTimeField(null=True)
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
    interaction_id: int | None  # set by peewee
    batch = ForeignKeyField(LetterBatch, null=True, on_delete="SET NULL")
    batch_id: int | None  # set by peewee
    path = TextField(default="")  # where its PDF was written ("": not written to a folder)


class DocumentInvoice(BaseModel):
    document = ForeignKeyField(Document, backref="invoice_links", on_delete="CASCADE")
    document_id: int  # set by peewee
    invoice = ForeignKeyField(Invoice, on_delete="CASCADE")
    invoice_id: int  # set by peewee


class DunningScenario(BaseModel):
    """A dunning scenario (``domain.dunning.Scenario``); ``key`` is what the history refers to
    (migration 9)."""

    name = CharField()
    is_default = Flag(default=False)
    key = CharField(default="")
    legal_note = TextField(default="")
    shipped = Flag(default=False)  # one of the scenarios of resources/dunning


class DunningStep(BaseModel):
    """A step of a scenario (``domain.dunning.Step``)."""

    scenario = ForeignKeyField(DunningScenario, backref="steps", on_delete="CASCADE")
    scenario_id: int  # set by peewee
    position = IntegerField()
    offset_days = IntegerField()
    channel = CharField()  # domain.dunning.Channel
    anchor = CharField(default="due")  # domain.dunning.Anchor
    letter_kind = CharField(default="")  # domain.dunning.LetterKind
    min_amount_cents = IntegerField(default=0)
    automatic = Flag(default=False)
    repeat_every_days = IntegerField(default=0)
    repeat_max = IntegerField(default=0)
    claims_charges = Flag(default=False)
    note = TextField(default="")
    rule = CharField(default="")


class DunningRule(BaseModel):
    """Which scenario for whom: rules tried in ``position`` order (``domain.dunning.Rule``);
    the default scenario is the one with ``is_default``."""

    position = IntegerField()
    scenario = ForeignKeyField(DunningScenario, on_delete="CASCADE")
    scenario_id: int  # set by peewee
    kinds = CharField(default="")  # comma-separated customer kinds; empty: any
    country = CharField(default="")  # empty: any
    tags = CharField(default="")  # comma-separated; all required
    min_cents = IntegerField(null=True)
    max_cents = IntegerField(null=True)
    behaviours = CharField(default="")  # comma-separated domain.dunning.Behaviour


class DunningChoice(BaseModel):
    """The scenario the user chose for one customer (over the rules)."""

    customer = ForeignKeyField(Customer, unique=True, on_delete="CASCADE")
    customer_id: int  # set by peewee
    scenario = ForeignKeyField(DunningScenario, on_delete="CASCADE")
    scenario_id: int  # set by peewee


class DunningStop(BaseModel):
    """The chase of a customer (``invoice`` empty) or of one invoice stopped, for a reason,
    until ``until`` included (empty: until lifted, which deletes the row)."""

    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    customer_id: int  # set by peewee
    invoice = ForeignKeyField(Invoice, null=True, on_delete="CASCADE")
    invoice_id: int | None  # set by peewee
    reason = TextField()
    until = DateField(null=True)
    created_at = DateTimeField(default=now)


class DunningAction(BaseModel):
    """A step done (or skipped) for a customer on ``done_on``: the history the engine reads.
    ``scenario_key`` keeps the scenario's key even once the scenario is deleted."""

    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    customer_id: int  # set by peewee
    scenario = ForeignKeyField(DunningScenario, null=True, on_delete="SET NULL")
    scenario_id: int | None  # set by peewee
    scenario_key = CharField()
    position = IntegerField()
    channel = CharField()
    outcome = CharField(default="done")  # domain.dunning.Outcome
    done_on = DateField()
    reason = TextField(default="")  # why it was skipped, or the proposal's reason
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
    interaction_id: int | None  # set by peewee
    created_at = DateTimeField(default=now)


class DunningActionInvoice(BaseModel):
    """An invoice an action covered."""

    action = ForeignKeyField(DunningAction, backref="invoice_links", on_delete="CASCADE")
    action_id: int  # set by peewee
    invoice = ForeignKeyField(Invoice, on_delete="CASCADE")
    invoice_id: int  # set by peewee


class ImportProfile(BaseModel):
    """A remembered way to read a source: CSV/Excel column mapping, FEC accounts left out."""

    name = CharField()
    kind = CharField()  # « tabular », « fec »
    data = TextField()  # JSON
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("kind", "name"), True),)


class Template(BaseModel):
    """A text the user edited (call script step, objection answer, letter...), per language.

    Texts not edited come from ``resources/templates``; a row here overrides one of them.
    """

    key = CharField()
    language = CharField(max_length=2)
    text = TextField()
    updated_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("key", "language"), True),)


class AuditEvent(BaseModel):
    at = DateTimeField(default=now)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    user_id: int | None  # set by peewee
    action = CharField()  # create / update / delete / import / ...
    entity = CharField()
    entity_id = IntegerField(null=True)
    customer = ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    customer_id: int | None  # set by peewee
    before = TextField(default="")  # JSON
    after = TextField(default="")  # JSON


class SchemaVersion(Model):
    """The schema version of the company (one row), on both engines."""

    version = IntegerField()

    class Meta:
        database = ROUTER
        table_name = "schema_version"
        primary_key = False


class Claim(BaseModel):
    """Who is on the phone with a customer (team mode, migration 10; services.claims)."""

    customer = ForeignKeyField(Customer, unique=True, on_delete="CASCADE")
    customer_id: int  # set by peewee
    holder = CharField()
    login = CharField()
    backend_pid = IntegerField()
    claimed_at = DateTimeField()


ALL_MODELS: tuple[type[Model], ...] = (
    Company,
    User,
    Attachment,
    ImportBatch,
    Customer,
    Contact,
    Invoice,
    Payment,
    CreditAllocation,
    Interaction,
    Promise,
    PaymentPlan,
    Instalment,
    Dispute,
    Task,
    LetterBatch,
    Document,
    DocumentInvoice,
    DunningScenario,
    DunningStep,
    DunningRule,
    DunningChoice,
    DunningStop,
    DunningAction,
    DunningActionInvoice,
    ImportProfile,
    Template,
    AuditEvent,
    SchemaVersion,
    Claim,
)

