"""Relance — a collections desk for overdue invoices, centred on phone follow-up."""

from relance_desktop._version import __version__

__all__ = ["__version__"]
