"""Bringing open invoices in: read files, preview what would change, apply it in one go.

The work is split by responsibility; this module gathers what the rest of the application
calls:

- :mod:`import_read`: reading a file with the right importer, the identity of a document;
- :mod:`import_match`: which customer of the company a customer of the file is;
- :mod:`import_plan`: the plan (the preview), computed once: what will be stored;
- :mod:`import_write`: writing the plan in one transaction, credit notes applied;
- :mod:`import_profiles`: remembered choices (FEC exclusions, column profiles);
- :mod:`import_report`: the preview as text and JSON.

Nothing is written before :func:`apply`; :func:`apply` writes everything in one transaction or
nothing (a cancel or a failure rolls back), and writes what the preview showed.
"""

from __future__ import annotations

from relance_desktop.services.import_match import CustomerIndex, customer_index
from relance_desktop.services.import_plan import (
    CustomerPlan,
    FilePreview,
    ImportPreview,
    InvoicePlan,
    SettlePlan,
    preview,
    preview_file,
)
from relance_desktop.services.import_profiles import (
    default_currency,
    fec_exclusions,
    load_profile,
    profile_names,
    remember_fec_exclusions,
    save_profile,
)
from relance_desktop.services.import_read import (
    CREDIT_METHOD,
    CTX,
    IMPORT_METHOD,
    SETTLED_METHOD,
    TABULAR_SUFFIXES,
    credit_reference,
    external_key,
    read_file,
    source_of,
)
from relance_desktop.services.import_report import preview_json, preview_text
from relance_desktop.services.import_write import (
    CHUNK,
    ApplySummary,
    ImportCancelled,
    Progress,
    allocate_credits,
    apply,
    write_transaction,
)

__all__ = [
    "CHUNK", "CREDIT_METHOD", "CTX", "IMPORT_METHOD", "SETTLED_METHOD", "TABULAR_SUFFIXES",
    "ApplySummary", "CustomerIndex", "CustomerPlan", "FilePreview", "ImportCancelled",
    "ImportPreview", "InvoicePlan", "Progress", "SettlePlan", "allocate_credits", "apply",
    "credit_reference", "customer_index", "default_currency", "external_key", "fec_exclusions",
    "load_profile", "preview", "preview_file", "preview_json", "preview_text", "profile_names",
    "read_file", "remember_fec_exclusions", "save_profile", "source_of", "write_transaction",
]
