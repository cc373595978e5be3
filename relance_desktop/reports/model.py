"""What a printed document says, as plain data: the reports draw it, the services fill it.

Every text here is final (translated, amounts and dates formatted in the customer's language):
the drawing code only lays it out. One model serves letters (with a letterhead and the address
placed for a window envelope), statements, the collection file and the printable call list.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Letterhead:
    """The own company, printed at the top of the first page and in the footer."""

    name: str
    address_lines: tuple[str, ...] = ()
    legal_line: str = ""  # « SIRET 123 456 789 00012 · TVA FR12345678901 » (footer)
    contact_line: str = ""  # « compta@example.fr · 01 23 45 67 89 »
    logo_png: bytes | None = None  # PNG or JPEG bytes; drawn at most 40 × 20 mm


@dataclass(frozen=True)
class Window:
    """Where the recipient's address goes so it shows through a window envelope (mm from the
    page's top-left corner). Default: French/Belgian DL envelope with a window on the right."""

    left_mm: float = 110.0
    top_mm: float = 50.0
    width_mm: float = 85.0
    height_mm: float = 35.0


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: section title, 2: sub-title


@dataclass(frozen=True)
class Paragraph:
    text: str  # plain text; blank lines separate paragraphs; no markup
    bold: bool = False
    small: bool = False


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: frozenset[int] = frozenset()  # right-aligned columns (amounts)
    total: tuple[str, ...] | None = None  # a bold last row
    widths: tuple[float, ...] | None = None  # relative widths; None: decided from the content


@dataclass(frozen=True)
class AmountLine:
    """One line of « what is owed »: label, the rule and period it comes from, the amount."""

    label: str
    amount: str
    rule: str = ""  # « Art. L441-10 C. com. — 01/04/2025 → 15/06/2025, 76 j à 13,15 % »
    bold: bool = False


@dataclass(frozen=True)
class Amounts:
    title: str
    lines: tuple[AmountLine, ...]


@dataclass(frozen=True)
class PaymentBlock:
    """How to pay, with the EPC QR code a banking app scans (payload from domain.epc)."""

    title: str
    lines: tuple[tuple[str, str], ...]  # (label, value): IBAN, BIC, reference, amount
    qr_payload: str | None = None
    qr_caption: str = ""  # « Scannez avec votre application bancaire »


@dataclass(frozen=True)
class Signature:
    """The closing formula and who signs, kept on one page with the text before them; with
    ``sign_here``, a box where the reader dates and signs (« Bon pour accord… »)."""

    closing: str  # « Veuillez agréer, Madame, Monsieur, … »
    lines: tuple[str, ...]  # name, function, company
    sign_here: str = ""


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Table | Amounts | PaymentBlock | Signature | PageBreak


@dataclass(frozen=True)
class DocumentSpec:
    """One document (a letter, a statement, a collection file, a call list)."""

    title: str  # PDF metadata and, for non-letters, the big title on page 1
    letterhead: Letterhead
    blocks: tuple[Block, ...]
    recipient_lines: tuple[str, ...] | None = None  # set for letters: goes in the window
    place_date: str = ""  # « Lyon, le 23 novembre 2026 »
    subject: str = ""  # « Objet : Mise en demeure — facture F2026-00039 »
    mention: str = ""  # above the subject: « Lettre recommandée avec avis de réception »
    page_label: str = "{page} / {pages}"  # in the document's language; {page} and {pages}
    window: Window = field(default_factory=Window)
    author: str = ""
    landscape: bool = False  # the call list is printed landscape
