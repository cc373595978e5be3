"""Draw a :class:`~relance_desktop.reports.model.DocumentSpec` as a PDF (ReportLab).

Every text in the model is final; this module only lays it out:

* **A4 portrait** (landscape when ``spec.landscape``), margins 20 mm left, 15 mm right and top,
  20 mm bottom (the footer lives in the bottom margin).
* **First page**: the letterhead top-left (logo at most 40 × 20 mm, name in bold, address lines,
  contact line). A letter (``recipient_lines`` set) gets the recipient's address inside
  ``spec.window`` (mm from the page's top-left corner, for a window envelope; the font shrinks
  if the address would not fit), the place and date right-aligned under the window, then the
  subject in bold. Other documents get their title in big type under the letterhead.
* **Blocks** flow over the pages (platypus): tables repeat their header row on every page,
  numeric columns are right-aligned and long cells wrap (an unbreakable word is cut rather
  than drawn off the page); amounts, the payment block (with the EPC QR code on the right) and
  the signature are kept on one page.
* **Footer** on every page: the legal line (small, grey, centred) and, when the document has
  more than one page, ``spec.page_label`` with ``{page}`` / ``{pages}`` counted per document.
* **Fonts**: DejaVu Sans, embedded (subset); see :mod:`.fonts`.

:func:`render_many` lays a batch out in one pass into one PDF (each document starts on a new
page, page numbers restart per document): a batch of 1,000 letters is one build, so the fonts
are embedded once. The footers need each document's page count, so pages are kept until the
end of the batch and their footers drawn just before the PDF is written.

The drawing is split by responsibility: :mod:`.styles` (geometry, colours, text styles),
:mod:`.text` (wrapping), :mod:`.tables` (tables and amounts), :mod:`.blocks` (the model's
blocks, payment box, signature), :mod:`.first_page` (letterhead, window, subject); this module
lays the pages out and draws the footers.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageTemplate,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import Flowable

from relance_desktop.reports import fonts
from relance_desktop.reports.blocks import _blocks
from relance_desktop.reports.first_page import _FirstPage
from relance_desktop.reports.model import (
    DocumentSpec,
)
from relance_desktop.reports.styles import (
    FOOTER_BASELINE,
    GREY,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    REG,
)
from relance_desktop.reports.text import wrap_text

__all__ = ["Cancelled", "binary_streams", "page_count", "render", "render_many"]


class Cancelled(Exception):
    """``render_many``'s ``progress`` callback returned False."""


class _Done(ActionFlowable):  # type: ignore[misc]
    """Placed after each document of a batch: reports progress, may cancel."""

    def __init__(self, done: int, progress: Callable[[int], bool] | None) -> None:
        super().__init__()
        self.done = done
        self.progress = progress

    def apply(self, doc: BaseDocTemplate) -> None:
        if self.progress is not None and self.progress(self.done) is False:
            raise Cancelled


# --------------------------------------------------------------------------- canvas, footer


@dataclass(frozen=True)
class _Footer:
    legal_line: str
    page_label: str


class _Canvas(Canvas):  # type: ignore[misc]
    """Keeps the pages until the end so each footer can say « page / pages » of its own
    document, then draws the footers and writes them."""

    footers: dict[int, _Footer]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._relance_doc = 0
        self._relance_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._relance_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = self._relance_pages
        counts: dict[int, int] = {}
        for state in pages:
            serial = state["_relance_doc"]
            counts[serial] = counts.get(serial, 0) + 1
        seen: dict[int, int] = {}
        for state in pages:
            self.__dict__.update(state)
            serial = state["_relance_doc"]
            seen[serial] = number = seen.get(serial, 0) + 1
            self._draw_footer(self.footers[serial], number, counts[serial])
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_footer(self, footer: _Footer, page: int, pages: int) -> None:
        page_w = self._pagesize[0]
        right = page_w - MARGIN_RIGHT
        width = right - MARGIN_LEFT
        self.saveState()
        self.setFillColor(GREY)
        reserve = 0.0
        if pages > 1 and footer.page_label:
            label = footer.page_label.replace("{page}", str(page)).replace("{pages}", str(pages))
            self.setFont(REG, 8)
            self.drawRightString(right, FOOTER_BASELINE, label)
            reserve = stringWidth(label, REG, 8) + 4 * mm
        if footer.legal_line:
            avail = width - 2 * reserve
            size = 7.0
            lines = wrap_text(footer.legal_line, REG, size, avail)
            while len(lines) > 2 and size > 5.5:
                size -= 0.5
                lines = wrap_text(footer.legal_line, REG, size, avail)
            self.setFont(REG, size)
            centre = MARGIN_LEFT + width / 2
            y = FOOTER_BASELINE + (len(lines) - 1) * size * 1.2
            for line in lines[:3]:
                self.drawCentredString(centre, y, line)
                y -= size * 1.2
        self.restoreState()


# --------------------------------------------------------------------------- entry points


def _page_size(spec: DocumentSpec) -> tuple[float, float]:
    size = landscape(A4) if spec.landscape else A4
    return float(size[0]), float(size[1])


def _template(name: str, size: tuple[float, float]) -> PageTemplate:
    w, h = size
    frame = Frame(
        MARGIN_LEFT, MARGIN_BOTTOM, w - MARGIN_LEFT - MARGIN_RIGHT, h - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"{name}-body",
    )
    return PageTemplate(id=name, frames=[frame], pagesize=size)


def render(spec: DocumentSpec) -> bytes:
    """One document as a PDF."""
    return render_many([spec])


def render_many(
    specs: Sequence[DocumentSpec], *, progress: Callable[[int], bool] | None = None
) -> bytes:
    """Several documents in one PDF, for printing a batch: each starts on a new page and has
    its own page numbers. ``progress(n)`` is called once each document is laid out, with the
    number of documents done so far (1 to len(specs)); returning False stops the work and
    raises :class:`Cancelled`. The PDF's title and author are the first document's."""
    if not specs:
        raise ValueError("render_many needs at least one document")
    fonts.register()
    first = specs[0]
    templates = {
        "portrait": _template("portrait", A4),
        "landscape": _template("landscape", landscape(A4)),
    }
    first_name = "landscape" if first.landscape else "portrait"
    order = [templates[first_name]] + [t for n, t in templates.items() if n != first_name]

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=_page_size(first),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=first.title,
        author=first.author or first.letterhead.name,
        creator="Relance",
        invariant=1,
        initialFontName=REG,
        initialFontSize=10,
        initialLeading=12,
        pageTemplates=order,
    )
    footers: dict[int, _Footer] = {}
    story: list[Flowable] = []
    for serial, spec in enumerate(specs):
        size = _page_size(spec)
        avail = size[0] - MARGIN_LEFT - MARGIN_RIGHT
        if serial:
            story.append(NextPageTemplate("landscape" if spec.landscape else "portrait"))
            story.append(RLPageBreak())
        footers[serial] = _Footer(spec.letterhead.legal_line, spec.page_label)
        story.append(_FirstPage(spec, serial, size[0], size[1]))
        story.extend(_blocks(spec.blocks, avail, size[1] - MARGIN_TOP - MARGIN_BOTTOM))
        story.append(_Done(serial + 1, progress))

    class _BatchCanvas(_Canvas):
        pass

    _BatchCanvas.footers = footers
    with binary_streams():
        doc.build(story, canvasmaker=_BatchCanvas)
    return buffer.getvalue()


_a85_lock = threading.Lock()
_a85_users = 0


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write the page streams compressed but not ASCII-85 encoded (ReportLab's default adds
    ASCII-85, 25 % bigger files, and its pure-Python encoder costs about 1 ms per page).
    ``rl_config.useA85`` is global: it is switched off while any render runs, then restored."""
    global _a85_users
    with _a85_lock:
        if _a85_users == 0:
            binary_streams.saved = rl_config.useA85  # type: ignore[attr-defined]
            rl_config.useA85 = 0
        _a85_users += 1
    try:
        yield
    finally:
        with _a85_lock:
            _a85_users -= 1
            if _a85_users == 0:
                rl_config.useA85 = binary_streams.saved  # type: ignore[attr-defined]


_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF written by this module (counts its page objects)."""
    return len(_PAGE.findall(pdf))
