"""reports.render: DocumentSpec → PDF (layout, page labels, fonts, QR code, batch)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from relance_desktop.domain.epc import epc_payload
from relance_desktop.reports import fonts
from relance_desktop.reports.model import (
    AmountLine,
    Amounts,
    DocumentSpec,
    Heading,
    Letterhead,
    PageBreak,
    Paragraph,
    PaymentBlock,
    Signature,
    Table,
    Window,
)
from relance_desktop.reports.render import Cancelled, page_count, render, render_many

LETTERHEAD = Letterhead(
    name="Müller & Söhne SARL",
    address_lines=("12 rue de la République", "69002 Lyon"),
    legal_line="SIRET 123 456 789 00012 · TVA FR12345678901",
    contact_line="compta@muller-sohne.fr · 04 78 00 00 00",
)
RECIPIENT = ("Łukasz Żółć", "Œuvre Antonín Dvořák SAS", "3 avenue des Tilleuls", "1000 Bruxelles")
PAYLOAD = epc_payload(
    name="Müller & Söhne SARL",
    iban="FR7630006000011234567890189",
    bic="AGRIFRPP",
    amount_cents=1_250_912,
    reference="RF18539007547034",
)


def _letter(rows: int = 40, **kwargs: object) -> DocumentSpec:
    table = Table(
        headers=("Facture", "Date", "Échéance", "Montant TTC"),
        rows=tuple(
            (f"F2026-{i:05d}", "15/03/2026", "14/04/2026", f"{100 + i},00\u00a0€")
            for i in range(rows)
        ),
        numeric=frozenset({3}),
        total=("Total", "", "", "12\u202f345,67\u00a0€"),
    )
    values: dict[str, object] = dict(
        title="Mise en demeure",
        letterhead=LETTERHEAD,
        recipient_lines=RECIPIENT,
        place_date="Lyon, le 23 novembre 2026",
        subject="Objet : Mise en demeure — factures impayées",
        author="Jeanne Martin",
        blocks=(
            Paragraph("Madame, Monsieur,"),
            Paragraph("Les factures suivantes restent impayées.\n\nMerci de régulariser."),
            table,
            Amounts(
                title="Sommes dues",
                lines=(
                    AmountLine("Principal", "12\u202f345,67\u00a0€"),
                    AmountLine(
                        "Pénalités de retard", "123,45\u00a0€",
                        rule="Art. L441-10 C. com. — 76 j à 13,15 %",
                    ),
                    AmountLine("Total dû", "12\u202f509,12\u00a0€", bold=True),
                ),
            ),
            PaymentBlock(
                title="Règlement par virement",
                lines=(("IBAN", "FR76 3000 6000 0112 3456 7890 189"), ("BIC", "AGRIFRPP")),
                qr_payload=PAYLOAD,
                qr_caption="Scannez avec votre application bancaire",
            ),
            Signature(
                closing="Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
                lines=("Jeanne Martin", "Responsable comptable"),
            ),
        ),
    )
    values.update(kwargs)
    return DocumentSpec(**values)  # type: ignore[arg-type]


def _collection_file() -> DocumentSpec:
    """Three sections, each on its own page."""
    section = Table(
        headers=("Date", "Événement", "Montant"),
        rows=tuple((f"0{i}/03/2026", f"Relance n° {i}", f"{i}0,00\u00a0€") for i in range(1, 8)),
        numeric=frozenset({2}),
    )
    return DocumentSpec(
        title="Dossier de recouvrement — Łukasz Żółć",
        letterhead=LETTERHEAD,
        place_date="Lyon, le 23 novembre 2026",
        blocks=(
            Heading("Débiteur"),
            Paragraph("Łukasz Żółć, Antonín Dvořák, « Œuvre » & <b>fils</b>"),
            Heading("Historique", level=2),
            section,
            PageBreak(),
            Heading("Factures"),
            section,
            PageBreak(),
            Heading("Pièces"),
            Paragraph("Copie des factures et des relances.", small=True),
            PageBreak(),  # a trailing break adds no blank page
        ),
    )


def _call_list(rows: int = 60) -> DocumentSpec:
    return DocumentSpec(
        title="Appels du jour",
        letterhead=LETTERHEAD,
        landscape=True,
        page_label="Page {page} sur {pages}",
        blocks=(
            Table(
                headers=("Client", "Téléphone", "Contact", "Échu", "Note"),
                rows=tuple(
                    (f"Garage du Centre {i}", "04 78 00 00 00", "Zoë Brontë",
                     f"{i * 10},00\u00a0€", "Rappeler après 14 h")
                    for i in range(rows)
                ),
                numeric=frozenset({3}),
            ),
        ),
    )


def _texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _chunks(page: pypdf.PageObject) -> list[tuple[str, float, float, float, str]]:
    """(text, x, y, font size, font name) of each piece of text drawn on the page, in points
    from the bottom-left corner."""
    found: list[tuple[str, float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        name = str(font["/BaseFont"]).split("+")[-1] if font else ""
        found.append((text.strip("\n"), x, y, size * tm[0] * cm[0], name))

    page.extract_text(visitor_text=visit)
    return found


# ---------------------------------------------------------------------------- structure


def test_letter_spans_pages_with_labels_and_metadata() -> None:
    pdf = render(_letter())
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == page_count(pdf) == 2
    texts = _texts(pdf)
    assert "1 / 2" in texts[0] and "2 / 2" in texts[1]
    assert reader.metadata is not None
    assert reader.metadata.title == "Mise en demeure"
    assert reader.metadata.author == "Jeanne Martin"
    # the table header is repeated on the second page, the last row and the total are there
    assert "Facture" in texts[1] and "F2026-00039" in texts[1] and "Total" in texts[1]
    # A4 portrait
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_one_page_letter_has_no_page_label() -> None:
    pdf = render(_letter(rows=3))
    assert page_count(pdf) == 1
    assert "1 / 1" not in _texts(pdf)[0]
    assert "SIRET 123 456 789 00012" in _texts(pdf)[0]  # the legal line is on every page


def test_collection_file_three_pages_each_labelled() -> None:
    pdf = render(_collection_file())
    assert page_count(pdf) == 3
    texts = _texts(pdf)
    for number, text in enumerate(texts, start=1):
        assert f"{number} / 3" in text
        assert "SIRET 123 456 789 00012" in text
    assert "Dossier de recouvrement" in texts[0]
    assert texts[1].lstrip().startswith("Factures") or "Factures" in texts[1]
    # plain text: markup-like characters print as they are
    assert "« Œuvre » & <b>fils</b>" in texts[0]


def test_call_list_is_landscape_and_repeats_its_header() -> None:
    pdf = render(_call_list())
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    assert pages >= 2
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "Téléphone" in text
        assert f"Page {number} sur {pages}" in text
    assert "Garage du Centre 59" in reader.pages[-1].extract_text()


def test_render_many_restarts_page_numbers() -> None:
    seen: list[int] = []

    def progress(done: int) -> bool:
        seen.append(done)
        return True

    specs = [_letter(), _collection_file(), _letter(rows=3)]
    pdf = render_many(specs, progress=progress)
    assert seen == [1, 2, 3]
    texts = _texts(pdf)
    assert page_count(pdf) == len(texts) == 2 + 3 + 1
    assert "1 / 2" in texts[0] and "2 / 2" in texts[1]
    assert "1 / 3" in texts[2] and "2 / 3" in texts[3] and "3 / 3" in texts[4]
    assert " / " not in texts[5].replace("Objet :", "")  # single page: no label
    assert "Łukasz Żółć" in texts[5]  # each document starts on its own page


def test_render_many_mixes_orientations() -> None:
    pdf = render_many([_letter(rows=3), _call_list(rows=5), _letter(rows=3)])
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    shapes = [float(p.mediabox.width) > float(p.mediabox.height) for p in reader.pages]
    assert shapes == [False, True, False]


def test_cancel_through_progress() -> None:
    calls: list[int] = []

    def progress(done: int) -> bool:
        calls.append(done)
        return done < 2

    with pytest.raises(Cancelled):
        render_many([_letter(rows=3)] * 5, progress=progress)
    assert calls == [1, 2]


def test_render_many_needs_a_document() -> None:
    with pytest.raises(ValueError):
        render_many([])


def test_output_is_deterministic() -> None:
    assert render(_letter(rows=3)) == render(_letter(rows=3))


# ---------------------------------------------------------------------------- fonts, text


def test_special_names_and_euro_extract() -> None:
    text = _texts(render(_letter(rows=3)))[0]
    for name in ("Łukasz Żółć", "Antonín Dvořák", "Müller & Söhne", "Œuvre", "€"):
        assert name in text


def test_fonts_are_embedded_dejavu() -> None:
    pdf = render(_collection_file())
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    names: set[str] = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            base = str(font["/BaseFont"])
            names.add(base.split("+")[-1])
            descendants = font.get("/DescendantFonts")
            descriptor = (
                descendants[0].get_object()["/FontDescriptor"] if descendants
                else font["/FontDescriptor"]
            ).get_object()
            assert "/FontFile2" in descriptor, f"{base} is not embedded"
    assert names <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique",
                     "DejaVuSans-BoldOblique"}
    assert "DejaVuSans" in names and "DejaVuSans-Bold" in names
    assert b"Helvetica" not in pdf


def test_fonts_come_from_the_app_resources() -> None:
    folder = fonts.fonts_dir()
    for filename in fonts.FILES.values():
        assert (folder / filename).is_file()
    assert (folder / "LICENSE-DejaVu.txt").is_file()


# ---------------------------------------------------------------------------- geometry


def test_recipient_address_lies_inside_the_window() -> None:
    window = Window(left_mm=110, top_mm=50, width_mm=85, height_mm=35)
    pdf = render(_letter(rows=3, window=window))
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    height = float(page.mediabox.height)
    chunks = _chunks(page)
    for line in RECIPIENT:
        match = [c for c in chunks if c[0].startswith(line)]
        assert match, f"{line!r} not found in {chunks}"
        _, x, y, size, _ = match[0]
        top = height - y  # baseline, from the top of the page
        assert window.left_mm * mm <= x
        assert x + stringWidth(line, fonts.REGULAR, size) <= (window.left_mm + window.width_mm) * mm
        assert window.top_mm * mm + size * 0.7 <= top <= (window.top_mm + window.height_mm) * mm


def test_window_elsewhere_moves_the_address() -> None:
    window = Window(left_mm=20, top_mm=45, width_mm=90, height_mm=40)  # window on the left
    page = pypdf.PdfReader(io.BytesIO(render(_letter(rows=3, window=window)))).pages[0]
    height = float(page.mediabox.height)
    _, x, y, _, _ = next(c for c in _chunks(page) if c[0].startswith(RECIPIENT[0]))
    assert 20 * mm <= x <= 110 * mm
    assert 45 * mm <= height - y <= 85 * mm


def test_long_cells_wrap_inside_the_page() -> None:
    word = "Z" * 40 + "Ż" * 40 + "W" * 80  # no space to break at
    spec = DocumentSpec(
        title="Long",
        letterhead=LETTERHEAD,
        blocks=(
            Paragraph(word + " " + "très long paragraphe " * 40),
            Table(
                headers=("Client", "Commentaire", "Montant"),
                rows=(("Łukasz Żółć", word, "1,00\u00a0€"), ("x", "court", word)),
                numeric=frozenset({2}),
            ),
            Table(headers=("A", "B"), rows=((word, word),), widths=(1, 3)),
        ),
    )
    pdf = render(spec)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        width = float(page.mediabox.width)
        chunks = _chunks(page)
        assert chunks
        for text, x, _, size, font in chunks:
            assert font in fonts.FILES, font
            w = stringWidth(text, font, size)
            assert x >= 15 * mm, text  # inside the margins, far from the unprintable edge
            assert x + w <= width - 15 * mm + 0.01, (text, x, w)
    joined = "".join(t.replace("\n", "") for t in _texts(pdf))
    assert word[:40] in joined and "Ż" * 10 in joined


def test_bad_logo_is_skipped_and_good_logo_drawn() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), (200, 30, 30)).save(buffer, format="PNG")
    logo = Letterhead(name="Logo SA", logo_png=buffer.getvalue())
    good = render(_letter(rows=3, letterhead=logo))
    assert b"/Subtype /Image" in good
    bad = render(_letter(rows=3, letterhead=Letterhead(name="Logo SA", logo_png=b"not a png")))
    assert page_count(bad) == 1


# ---------------------------------------------------------------------------- QR code


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) is not installed")
def test_payment_qr_code_decodes_to_the_payload(tmp_path: Path) -> None:
    import pypdfium2

    pdf = render(_letter(rows=3))
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=4).to_pil()
    png = tmp_path / "page.png"
    image.save(png)
    result = subprocess.run(
        # --raw -Sbinary: the bytes as they are (zbar would otherwise guess a character set
        # for 8-bit data and may take UTF-8 for Shift JIS).
        ["zbarimg", "--quiet", "--raw", "--nodbus", "-Sdisable", "-Sqrcode.enable", "-Sbinary",
         str(png)],
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    decoded = result.stdout.decode("utf-8")
    assert decoded.removesuffix("\n") == PAYLOAD


def test_page_count_without_pypdf() -> None:
    pdf = render_many([_letter(), _call_list()])
    assert page_count(pdf) == len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert re.search(rb"/Type\s*/Pages", pdf)
