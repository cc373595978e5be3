"""Benchmark: a batch of one-page reminder letters through ``reports.render.render_many``,
against raw ReportLab drawing the same page with the canvas API.

    .venv/bin/python bench/bench_letters.py [--letters 1000] [--runs 3] [--out DIR]
    .venv/bin/python bench/bench_letters.py --small   # 20 letters, one run (CI: no rot)

Issue requirement: "Batch of 1,000 letters: a benchmark reports pages per second against raw
ReportLab drawing the same page; target at least half that speed."

Each letter: letterhead (name, two address lines, contact line, legal line in the footer), the
recipient's address in the envelope window, place and date, subject, two short paragraphs, a
3-row invoice table with a total, 3 amount lines (one with its legal rule), a payment block
with an EPC QR code (a different payload per letter: amount and RF reference differ) and a
signature. The raw baseline draws the same text at fixed positions on one canvas (same fonts,
same QR drawing code), with no layout: it is the floor.

Two timings per side: "cold", where each letter's QR code is encoded during the run (what a
real batch costs: the encoder is pure Python, ~10 ms per code), and "warm", with the codes
already encoded (the encoder's cache filled), which isolates the drawing and layout. The ratio
that the requirement speaks of is reported for both; the warm one is the strict comparison.
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import platform
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from relance_desktop.domain.epc import epc_payload
from relance_desktop.reports import fonts, qr
from relance_desktop.reports.model import (
    AmountLine,
    Amounts,
    DocumentSpec,
    Letterhead,
    Paragraph,
    PaymentBlock,
    Signature,
    Table,
)
from relance_desktop.reports.render import page_count, render_many

LETTERHEAD = Letterhead(
    name="Müller & Söhne SARL",
    address_lines=("12 rue de la République", "69002 Lyon"),
    legal_line="SIRET 123 456 789 00012 · TVA FR12345678901 · SARL au capital de 10 000 €",
    contact_line="compta@muller-sohne.fr · 04 78 00 00 00",
)
NAMES = ("Łukasz Żółć", "Antonín Dvořák", "Garage du Centre SARL", "Œuvre & Cie", "Zoë Brontë")
CITIES = ("69003 Lyon", "1000 Bruxelles", "75011 Paris", "4000 Liège", "13001 Marseille")


def _euros(cents: int) -> str:
    whole, rest = divmod(cents, 100)
    return f"{whole:,}".replace(",", "\u202f") + f",{rest:02d}\u00a0€"


def _rf(n: int) -> str:
    body = f"{n:010d}"
    digits = "".join(str(int(c, 36)) for c in body + "RF00")
    check = 98 - int(digits) % 97
    return f"RF{check:02d}{body}"


def letter(i: int) -> DocumentSpec:
    amounts = [100_00 + (i * 7919) % 90_000_00, 250_00 + i % 997 * 100, 75_50 + i % 13]
    principal = sum(amounts)
    penalty = principal * 1315 // 100 * 76 // 36500
    total = principal + penalty + 40_00
    rf = _rf(100_000 + i)
    payload = epc_payload(
        name=LETTERHEAD.name, iban="FR7630006000011234567890189", bic="AGRIFRPP",
        amount_cents=total, reference=rf,
    )
    name = NAMES[i % len(NAMES)]
    rows = tuple(
        (f"F2026-{i * 3 + k:05d}", f"{1 + k * 9:02d}/03/2026", f"{1 + k * 9:02d}/04/2026",
         _euros(a))
        for k, a in enumerate(amounts)
    )
    return DocumentSpec(
        title=f"Relance — {name}",
        letterhead=LETTERHEAD,
        recipient_lines=(name, f"{i} avenue des Tilleuls", CITIES[i % len(CITIES)]),
        place_date="Lyon, le 23 novembre 2026",
        subject="Objet : Relance — factures impayées",
        author="Jeanne Martin",
        blocks=(
            Paragraph("Madame, Monsieur,"),
            Paragraph(
                "Sauf erreur de notre part, les factures ci-dessous restent impayées à ce jour. "
                "Nous vous remercions de bien vouloir procéder à leur règlement sous huit jours."
            ),
            Table(
                headers=("Facture", "Date", "Échéance", "Montant TTC"),
                rows=rows,
                numeric=frozenset({3}),
                total=("Total", "", "", _euros(principal)),
            ),
            Amounts(
                title="Sommes dues",
                lines=(
                    AmountLine("Principal", _euros(principal)),
                    AmountLine(
                        "Pénalités de retard", _euros(penalty),
                        rule="Art. L441-10 C. com. — 76 j à 13,15 %",
                    ),
                    AmountLine("Total dû", _euros(total), bold=True),
                ),
            ),
            PaymentBlock(
                title="Règlement par virement",
                lines=(
                    ("IBAN", "FR76 3000 6000 0112 3456 7890 189"),
                    ("BIC", "AGRIFRPP"),
                    ("Référence", rf),
                    ("Montant", _euros(total)),
                ),
                qr_payload=payload,
                qr_caption="Scannez avec votre application bancaire",
            ),
            Signature(
                closing="Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
                lines=("Jeanne Martin", "Responsable comptable"),
            ),
        ),
    )


# ------------------------------------------------------------------ raw ReportLab baseline


def raw_letters(specs: list[DocumentSpec]) -> bytes:
    """The same pages drawn at fixed positions with the canvas API: no layout at all."""
    import io

    from relance_desktop.reports.render import binary_streams

    fonts.register()
    reg, bold = fonts.REGULAR, fonts.BOLD
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1, initialFontName=reg)
    c.setTitle(specs[0].title)
    c.setAuthor(specs[0].author)
    w, h = A4
    left, right = 20 * mm, w - 15 * mm
    for spec in specs:
        head = spec.letterhead
        y = h - 15 * mm - 11
        c.setFont(bold, 12)
        c.drawString(left, y, head.name)
        c.setFont(reg, 9)
        for line in head.address_lines:
            y -= 11
            c.drawString(left, y, line)
        c.setFont(reg, 8.5)
        c.setFillGray(0.35)
        c.drawString(left, y - 12, head.contact_line)
        c.setFillGray(0)
        c.setFont(reg, 10)
        y = h - 53 * mm
        for line in spec.recipient_lines or ():
            y -= 12
            c.drawString(114 * mm, y, line)
        y = h - 95 * mm
        c.drawRightString(right, y, spec.place_date)
        y -= 8 * mm + 11
        c.setFont(bold, 10.5)
        c.drawString(left, y, spec.subject)
        y -= 10 * mm
        c.setFont(reg, 10)
        for block in spec.blocks:
            if isinstance(block, Paragraph):
                for line in _lines(block.text, reg, right - left):
                    c.drawString(left, y, line)
                    y -= 13
                y -= 5
            elif isinstance(block, Table):
                widths = (45 * mm, 35 * mm, 35 * mm)
                rows = [block.headers, *block.rows, block.total or ()]
                for r, row in enumerate(rows):
                    if r % 2 == 0 and 0 < r < len(rows) - 1:
                        c.setFillGray(0.965)
                        c.rect(left, y - 4, right - left, 14, stroke=0, fill=1)
                        c.setFillGray(0)
                    c.setFont(bold if r in (0, len(rows) - 1) else reg, 9)
                    x = left + 3
                    for k, cell in enumerate(row):
                        if k == len(row) - 1:
                            c.drawRightString(right - 3, y, cell)
                        else:
                            c.drawString(x, y, cell)
                            x += widths[k]
                    c.setLineWidth(0.25)
                    c.line(left, y - 4, right, y - 4)
                    y -= 14
                y -= 8
            elif isinstance(block, Amounts):
                c.setFont(bold, 11)
                c.drawString(left, y, block.title)
                y -= 16
                for line in block.lines:
                    c.setFont(bold if line.bold else reg, 10)
                    c.drawString(left + 3, y, line.label)
                    c.drawRightString(right - 3, y, line.amount)
                    if line.rule:
                        y -= 10
                        c.setFont(reg, 7.5)
                        c.drawString(left + 3, y, line.rule)
                    y -= 15
                y -= 8
            elif isinstance(block, PaymentBlock):
                box_h = 50 * mm
                c.setLineWidth(0.75)
                c.rect(left, y - box_h + 10, right - left, box_h, stroke=1, fill=0)
                c.setFont(bold, 10)
                c.drawString(left + 6, y - 3, block.title)
                yy = y - 18
                for label, value in block.lines:
                    c.setFont(reg, 9)
                    c.drawString(left + 9, yy, label)
                    c.setFont(bold, 9)
                    c.drawString(left + 60, yy, value)
                    yy -= 12
                if block.qr_payload:
                    qr.draw_qr(c, block.qr_payload, right - 40 * mm, y - 36 * mm, 35 * mm)
                c.setFont(reg, 7.5)
                c.drawCentredString(right - 22 * mm, y - box_h + 14, block.qr_caption)
                y -= box_h + 4
            elif isinstance(block, Signature):
                c.setFont(reg, 10)
                c.drawString(left, y, block.closing)
                y -= 12 * mm
                for line in block.lines:
                    c.drawString(left + (right - left) / 2, y, line)
                    y -= 13
        c.setFont(reg, 7)
        c.setFillGray(0.35)
        c.drawCentredString((left + right) / 2, 10 * mm, head.legal_line)
        c.setFillGray(0)
        c.showPage()
    with binary_streams():  # the same PDF settings as render_many (no ASCII-85)
        c.save()
    return buf.getvalue()


def _lines(text: str, font: str, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, font, 10, width)  # type: ignore[no-any-return]


# ------------------------------------------------------------------ measuring


def _timed(fn, *args):  # type: ignore[no-untyped-def]
    gc.collect()
    start = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - start, out


def _machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPU, {cpu}, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    parser.add_argument("--small", action="store_true",
                        help="20 letters, one run: checks the benchmark still works; no timing "
                             "is asserted")
    args = parser.parse_args()
    if args.small:
        args.letters, args.runs = 20, 1
    n = args.letters
    specs = [letter(i) for i in range(n)]
    fonts.register()
    render_many(specs[:2])  # warm-up: imports, font files parsed
    raw_letters(specs[:2])

    rows: dict[str, list[float]] = {"render cold": [], "raw cold": [], "render warm": [],
                                    "raw warm": []}
    pdfs: dict[str, bytes] = {}
    # An unbounded cache, so that "warm" holds every letter's code however many letters.
    qr.qr_operators = functools.cache(qr.qr_operators.__wrapped__)
    for _ in range(args.runs):
        for name, fn in (("render", render_many), ("raw", raw_letters)):
            qr.qr_operators.cache_clear()
            seconds, pdf = _timed(fn, specs)
            rows[f"{name} cold"].append(seconds)
            seconds, pdf = _timed(fn, specs)  # the codes are now cached
            rows[f"{name} warm"].append(seconds)
            pdfs[name] = pdf
    pages = {name: page_count(pdf) for name, pdf in pdfs.items()}

    tracemalloc.start()
    qr.qr_operators.cache_clear()
    render_many(specs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "letters.pdf").write_bytes(pdfs["render"])
    (args.out / "letters-raw.pdf").write_bytes(pdfs["raw"])

    print(f"machine: {_machine()}")
    print(f"letters: {n}; pages: render {pages['render']}, raw {pages['raw']}; "
          f"PDF size: render {len(pdfs['render']) / 2**20:.1f} MiB, "
          f"raw {len(pdfs['raw']) / 2**20:.1f} MiB; best of {args.runs} runs")
    print()
    print("| run | render_many | raw canvas | ratio (render / raw) |")
    print("|---|---|---|---|")
    for mode in ("cold", "warm"):
        r = min(rows[f"render {mode}"])
        b = min(rows[f"raw {mode}"])
        print(f"| {mode} QR | {pages['render'] / r:,.0f} pages/s ({r * 1000 / n:.2f} ms/page) | "
              f"{pages['raw'] / b:,.0f} pages/s ({b * 1000 / n:.2f} ms/page) | "
              f"{(pages['render'] / r) / (pages['raw'] / b):.2f} |")
    print()
    print(f"peak Python memory during render_many (tracemalloc): {peak / 2**20:.0f} MiB; "
          f"peak RSS of the process: {rss_mb:.0f} MiB")
    warm = (pages["render"] / min(rows["render warm"])) / (pages["raw"] / min(rows["raw warm"]))
    cold = (pages["render"] / min(rows["render cold"])) / (pages["raw"] / min(rows["raw cold"]))
    verdict = "PASS" if min(warm, cold) >= 0.5 else "FAIL"
    print(f"bench: letters={n} ratio_cold={cold:.2f} ratio_warm={warm:.2f} "
          f"target>=0.50 {verdict}")


if __name__ == "__main__":
    main()
