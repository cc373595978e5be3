"""What the CSV/Excel reader asks of a cell besides its number or date: its text, a country.

Numbers, dates and currencies are read in :mod:`~relance_desktop.importers.values`, the same way
for every importer; this module holds what only CSV and Excel exports need.
"""

from __future__ import annotations

from datetime import date, datetime

from relance_desktop.domain.text import search_key
from relance_desktop.importers.values import Cell

DATE_ORDERS = ("DMY", "MDY", "YMD")
DECIMALS = (".", ",")
THOUSANDS = ("", ",", ".", " ", "'")


def cell_text(value: Cell) -> str:
    """The cell as the user would see it (Excel numbers without a useless ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


_COUNTRIES: dict[str, str] = {
    "france": "FR",
    "belgique": "BE",
    "belgium": "BE",
    "belgie": "BE",
    "belgien": "BE",
    "luxembourg": "LU",
    "luxemburg": "LU",
    "suisse": "CH",
    "switzerland": "CH",
    "schweiz": "CH",
    "zwitserland": "CH",
    "allemagne": "DE",
    "germany": "DE",
    "deutschland": "DE",
    "duitsland": "DE",
    "pays-bas": "NL",
    "netherlands": "NL",
    "nederland": "NL",
    "the netherlands": "NL",
    "espagne": "ES",
    "spain": "ES",
    "espana": "ES",
    "italie": "IT",
    "italy": "IT",
    "italia": "IT",
    "royaume-uni": "GB",
    "united kingdom": "GB",
    "uk": "GB",
    "etats-unis": "US",
    "united states": "US",
    "usa": "US",
    "canada": "CA",
    "monaco": "MC",
    "portugal": "PT",
    "irlande": "IE",
    "ireland": "IE",
    "israel": "IL",
}


def country_code(text: str) -> str:
    """ISO 3166 alpha-2 for a code or a common country name; "" when unknown."""
    text = text.strip()
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    return _COUNTRIES.get(search_key(text), "")
