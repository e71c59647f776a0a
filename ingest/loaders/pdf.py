"""PDF → blocks: paragraphs and table rows in reading order, page by page.

Text comes from the PDF text layer through pdfplumber (geometry → :mod:`pdf_layout`, ruled
tables → :mod:`pdf_tables`). Pages without a usable text layer (scans, "(cid:12)" glyph codes,
broken font maps) are OCR'd with tesseract when it is installed (:mod:`ocr`).

Numbers and dates stamped into signed PDFs live in annotation appearance streams, which
pdfplumber does not read; they are recovered with pdfium ("Số: 8680/SNNMT-CNTY").

Footnotes at the bottom of a page (:mod:`pdf_notes`) are kept out of the body flow, so that a
sentence running over the page break is joined as if they were not there; each note becomes a
block of its own after the page's content, fenced by empty blocks (hard paragraph breaks).
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import MissingTool, UnreadableDocument
from ingest.loaders.files import read_head
from ingest.loaders.pdf_layout import (
    SENTENCE_END,
    Line,
    Paragraph,
    is_caps,
    layout,
    lines_from_glyphs,
    starts_block,
    starts_lower,
)
from ingest.loaders.pdf_notes import (
    NoteArea,
    continue_note,
    find_note_area,
    horizontal_rules,
    may_have_notes,
    note_texts,
    split_notes,
)
from ingest.loaders.pdf_tables import PageTable, find_tables
from ingest.loaders.spacing import Glyph
from ingest.loaders.tables import build_table, row_block, row_blocks
from ingest.normalize import clean_display, is_syllable
from ingest.records import Block, Loaded

log = logging.getLogger(__name__)

# Pages whose text layer scores below this are treated as having no usable text.
QUALITY_THRESHOLD = 0.5
# Top and bottom bands of a page (fraction of its height) where running headers live:
# above/below a 2 cm margin on A4.
_MARGIN_BAND = 0.065

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:Trang|trang|Page)\s*)?\d{1,4}(?:\s*(?:/|của|of)\s*\d{1,4})?(?:\s*[-–—])?$"
)
_CID = re.compile(r"\(cid:\d+\)")
_WORD = re.compile(r"[^\W\d_]+")
# The national motto is on every official document; a few fonts map its "Ò" to "Õ" or its
# "Ộ" to "Ô".
_MOTTO = re.compile(r"\bCỘNG\s+H[ÒO]À?A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\b")
_MOTTO_MISREAD = (
    (re.compile(r"\bC[ÔO]NG(?=\s+H[ÒÕÓỎỌOÔ]À?A\s+XÃ\s+HỘI\b)"), "CỘNG"),
    (re.compile(r"(?<=CỘNG\s)H[ÕÓỎỌÔ]A(?=\s+XÃ\s+HỘI\b)"), "HÒA"),
)
_NUMBER_SLASH = re.compile(r"(\b\d+)\s+/(?=[A-ZĐ])")
_VN_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0306", "\u0302", "\u031b"}


def load_pdf(path: Path, *, ocr: bool = True, progress: bool = False) -> Loaded:
    """Blocks of a PDF in reading order. See the module docstring.

    Raises UnreadableDocument for an empty, corrupt, encrypted or text-less file and
    MissingTool for a scanned PDF when tesseract is not installed.
    """
    path = Path(path)
    _check_file(path)
    pages = _read_pages(path, progress)
    notes: list[str] = []
    needs_ocr = [p.number for p in pages if not p.usable and not p.blank]
    blank = [p.number for p in pages if p.blank]
    ocr_lines: dict[int, list[Line]] = {}
    if needs_ocr:
        ocr_lines, ocr_note = _run_ocr(path, needs_ocr, pages, ocr=ocr, progress=progress)
        if ocr_note:
            notes.append(ocr_note)
    if blank:
        notes.append(f"{_pages_label(blank)}: blank")
    for p in pages:
        if p.error:
            notes.append(f"page {p.number}: {p.error}")

    blocks = _assemble(pages, ocr_lines)
    if not blocks:
        if needs_ocr and ocr_lines:
            raise UnreadableDocument("no text found by OCR")
        if len(blank) == len(pages):
            raise UnreadableDocument("PDF has no text (blank pages)")
        raise UnreadableDocument("PDF has no usable text")
    return Loaded(blocks=tuple(blocks), format="pdf", pages=len(pages), notes=tuple(notes))


# --- opening ---------------------------------------------------------------------------------


def _check_file(path: Path) -> None:
    if b"%PDF" not in read_head(path, 1024):
        raise UnreadableDocument("corrupt PDF (no %PDF header)")


def _open(path: Path):
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        return pdfplumber.open(path)
    except Exception as exc:  # pdfminer raises many types for damaged files
        cause = getattr(exc, "args", [None])[0] if type(exc).__name__ == "PdfminerException" else exc
        if isinstance(cause, PDFPasswordIncorrect) or "password" in repr(cause).lower():
            raise UnreadableDocument("password-protected PDF") from None
        raise UnreadableDocument(f"corrupt PDF ({_reason(cause)})") from None


def _reason(exc) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:80]


# --- pass 1: read each page's lines and tables ------------------------------------------------


@dataclass(slots=True)
class _Page:
    number: int
    width: float = 0.0
    height: float = 0.0
    lines: list[Line] = field(default_factory=list)
    tables: list[PageTable] = field(default_factory=list)
    quality: float = 0.0
    blank: bool = False
    error: str = ""
    ends_with_table: bool = False
    notes: NoteArea | None = None

    @property
    def usable(self) -> bool:
        return self.quality >= QUALITY_THRESHOLD


def _read_pages(path: Path, progress: bool) -> list[_Page]:
    pdf = _open(path)
    stamps = _StampedText(path)
    pages: list[_Page] = []
    try:
        try:
            count = len(pdf.pages)
        except Exception as exc:
            raise UnreadableDocument(f"corrupt PDF ({_reason(exc)})") from None
        if count == 0:
            raise UnreadableDocument("PDF has no pages")
        for index in _progress(range(count), progress, path.name, "page"):
            prior = pages[-1] if pages else None
            try:
                page = pdf.pages[index]
            except Exception as exc:
                pages.append(_Page(number=index + 1, error=f"unreadable ({_reason(exc)})"))
                continue
            try:
                pages.append(_read_page(page, index + 1, stamps, prior))
            except Exception as exc:  # a damaged content stream spoils one page, not the file
                if "password" in repr(exc).lower():
                    raise UnreadableDocument("password-protected PDF") from None
                log.warning("%s page %d: %s", path.name, index + 1, exc)
                pages.append(_Page(number=index + 1, error=f"unreadable ({_reason(exc)})"))
            finally:
                page.close()
    finally:
        stamps.close()
        pdf.close()
    return pages


def _read_page(page, number: int, stamps: _StampedText, prior: _Page | None) -> _Page:
    glyphs, spaces = _glyphs(page)
    if page.page_obj.annots:
        extra, extra_spaces = stamps.glyphs(number - 1, page)
        glyphs += extra
        spaces += extra_spaces
    result = _Page(number=number, width=float(page.width), height=float(page.height))
    prior_table = prior.tables[-1] if prior and prior.ends_with_table and prior.tables else None
    kept: list[PageTable] = []
    for t in find_tables(page, glyphs, spaces) if glyphs else []:
        first_on_page = not kept and not _text_above(glyphs, t.bbox[1], result.height)
        if first_on_page and prior_table and t.table.header != prior_table.table.header:
            t = PageTable(t.bbox, t.grid, build_table(t.grid, prior_header=prior_table.table.header))
        if t.is_data:
            kept.append(t)
    result.tables = kept
    flow_glyphs = [g for g in glyphs if not any(g.centre_in(t.bbox) for t in kept)]
    flow_spaces = [s for s in spaces if not any(s.centre_in(t.bbox) for t in kept)]
    result.lines = lines_from_glyphs(flow_glyphs, flow_spaces)
    page_glyphs = [g for g in glyphs if not g.stamp]
    if may_have_notes(result.lines, page_glyphs, result.height):
        result.notes = find_note_area(
            result.lines, page_glyphs, horizontal_rules(page), height=result.height,
            tables=[t.bbox for t in kept], continues=prior is not None and prior.notes is not None,
        )
    text = "\n".join([l.text for l in result.lines]
                     + [" ".join(r) for t in kept for r in t.table.rows])
    result.quality = text_quality(text)
    if not text.strip():
        result.blank = not page.images and len(page.curves) + len(page.rects) < 20
    elif len(text) < 400 and _image_cover(page) > 0.5:
        # A scan with a few words of real text on it (a signing stamp): read the scan.
        result.quality = min(result.quality, QUALITY_THRESHOLD / 2)
    if kept:
        last = kept[-1].bbox[3]
        result.ends_with_table = all(
            l.top < last or l.top > (1 - _MARGIN_BAND) * result.height
            or (result.notes is not None and result.notes.holds(l))
            for l in result.lines
        )
    return result


def _image_cover(page) -> float:
    area = float(page.width * page.height) or 1.0
    covered = 0.0
    for im in page.images:
        w = max(0.0, min(im["x1"], page.width) - max(im["x0"], 0))
        h = max(0.0, min(im["bottom"], page.height) - max(im["top"], 0))
        covered += w * h
    return covered / area


def _glyphs(page) -> tuple[list[Glyph], list[Glyph]]:
    glyphs: list[Glyph] = []
    spaces: list[Glyph] = []
    seen: set[tuple] = set()
    for c in page.chars:
        if not c.get("upright", True):
            continue
        # Fake bold draws each glyph two or three times, a hair apart.
        key = (c.get("text"), round(float(c["x0"])), round(float(c["top"])))
        if key in seen:
            continue
        seen.add(key)
        text = c.get("text") or ""
        size = float(c.get("size") or (c["bottom"] - c["top"]) or 1.0)
        g = Glyph(
            text=text, x0=float(c["x0"]), x1=float(c["x1"]), top=float(c["top"]),
            bottom=float(c["bottom"]), size=size, bold=_is_bold(c.get("fontname") or ""),
            italic=_is_italic(c.get("fontname") or ""),
        )
        if text.isspace() or not text:
            spaces.append(g)
        else:
            glyphs.append(g)
    return glyphs, spaces


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+")[-1].lower()
    return bool(re.search(r"bold|black|heavy|demi|[,-]b$|[,-]bd$|[,-]bi$", name))


def _is_italic(fontname: str) -> bool:
    name = fontname.split("+")[-1].lower()
    return bool(re.search(r"italic|oblique|[,-]i$|[,-]bi$", name))


def _text_above(glyphs: list[Glyph], top: float, height: float) -> bool:
    """Body text above ``top`` (running headers in the top band do not count)."""
    return any(g.bottom <= top and g.top > _MARGIN_BAND * height for g in glyphs)


class _StampedText:
    """Text drawn by annotations (the number and date stamped when a PDF is signed)."""

    _KINDS = {3, 13, 20}  # FreeText, Stamp, Widget

    def __init__(self, path: Path):
        self.path = path
        self.doc = None

    def glyphs(self, index: int, page) -> tuple[list[Glyph], list[Glyph]]:
        try:
            return self._glyphs(index, page)
        except Exception as exc:  # never fail a page because of a stamp
            log.debug("%s page %d: stamped text unavailable (%s)", self.path.name, index + 1, exc)
            return [], []

    def _glyphs(self, index: int, page) -> tuple[list[Glyph], list[Glyph]]:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw

        if self.doc is None:
            self.doc = pdfium.PdfDocument(str(self.path))
        pdf_page = self.doc[index]
        rects = []
        for i in range(raw.FPDFPage_GetAnnotCount(pdf_page.raw)):
            annot = raw.FPDFPage_GetAnnot(pdf_page.raw, i)
            try:
                if raw.FPDFAnnot_GetSubtype(annot) in self._KINDS:
                    r = raw.FS_RECTF()
                    if raw.FPDFAnnot_GetRect(annot, r):
                        rects.append((r.left, r.bottom, r.right, r.top))
            finally:
                raw.FPDFPage_CloseAnnot(annot)
        if not rects:
            pdf_page.close()
            return [], []
        textpage = pdf_page.get_textpage()
        before = textpage.count_chars()
        textpage.close()
        flattened = raw.FPDFPage_Flatten(pdf_page.raw, raw.FLAT_NORMALDISPLAY)
        pdf_page.close()
        if flattened != raw.FLATTEN_SUCCESS:
            return [], []
        pdf_page = self.doc[index]
        textpage = pdf_page.get_textpage()
        # pdfplumber's coordinates: top-down from the top of the media box.
        y_top = float(page.mediabox[3]) if hasattr(page, "mediabox") else float(page.height)
        x_left = float(page.mediabox[0]) if hasattr(page, "mediabox") else 0.0
        glyphs: list[Glyph] = []
        spaces: list[Glyph] = []
        for i in range(before, textpage.count_chars()):
            if raw.FPDFText_IsGenerated(textpage.raw, i):
                continue
            text = textpage.get_text_range(i, 1)
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            cx, cy = (left + right) / 2, (bottom + top) / 2
            if not any(r[0] - 2 <= cx <= r[2] + 2 and r[1] - 2 <= cy <= r[3] + 2 for r in rects):
                continue
            size = raw.FPDFText_GetFontSize(textpage.raw, i) or (top - bottom)
            g = Glyph(
                text=unicodedata.normalize("NFC", text), x0=left - x_left, x1=right - x_left,
                top=y_top - top, bottom=y_top - bottom, size=float(size),
                bold=raw.FPDFText_GetFontWeight(textpage.raw, i) >= 600, stamp=True,
            )
            (spaces if text.isspace() else glyphs).append(g)
        textpage.close()
        pdf_page.close()
        return glyphs, spaces

    def close(self) -> None:
        if self.doc is not None:
            self.doc.close()
            self.doc = None


# --- text-layer quality ----------------------------------------------------------------------


def text_quality(text: str) -> float:
    """How much a text layer looks like real Vietnamese text, from 0 (empty, glyph codes,
    garbage from a broken font map) to 1.

    >>> text_quality("")
    0.0
    >>> text_quality("(cid:12)(cid:15)(cid:22) (cid:40)(cid:41)")
    0.0
    >>> round(text_quality("Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2025 "
    ...                    "để triển khai thực hiện các nhiệm vụ trọng tâm của tỉnh."), 2)
    1.0
    """
    text = _CID.sub("\ufffd", text)
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    bad = 0
    for c in chars:
        if c == "\ufffd" or unicodedata.category(c) in ("Co", "Cc", "Cs", "Cn"):
            bad += 1
        elif c.isalpha() and not _vietnamese_letter(c):
            bad += 1
    char_score = max(0.0, 1.0 - 2.0 * bad / len(chars))
    words = _WORD.findall(text)
    if len(words) < 12:
        return char_score
    syllables = [w for w in words if len(w) <= 7 and is_syllable(w)]
    shaped = (len(syllables) + sum(1 for w in words if w.isupper() and len(w) <= 8 and w not in syllables)) / len(words)
    marked = sum(1 for w in syllables if not w.isascii()) / max(len(syllables), 1)
    word_score = min(1.0, shaped / 0.75) * min(1.0, marked / 0.3)
    return round(char_score * word_score, 3)


def _vietnamese_letter(c: str) -> bool:
    low = c.lower()
    if low.isascii() or low == "đ":
        return True
    base, *marks = unicodedata.normalize("NFD", low)
    return base in "aeiouy" and all(m in _VN_MARKS for m in marks)


# --- OCR -------------------------------------------------------------------------------------


def _run_ocr(path: Path, numbers: list[int], pages: list[_Page], *, ocr: bool, progress: bool):
    """OCR the pages in ``numbers``; returns their lines and a note for Loaded.notes."""
    from ingest.loaders import ocr as ocr_mod

    usable = any(p.usable for p in pages)
    label = _pages_label(numbers)
    if not ocr:
        if not usable:
            raise UnreadableDocument("no usable text layer (scanned PDF?) and OCR is turned off")
        return {}, f"{label}: no usable text layer"
    if not ocr_mod.tesseract_available():
        if not usable:
            raise MissingTool("scanned PDF: install tesseract-ocr and tesseract-ocr-vie to OCR it")
        return {}, f"{label}: no usable text layer (install tesseract-ocr and tesseract-ocr-vie to OCR it)"
    lines = ocr_mod.ocr_pdf_pages(path, numbers, progress=progress)
    empty = [n for n in numbers if not lines.get(n)]
    note = f"{label}: no usable text layer, text from OCR"
    if empty:
        note += f"; nothing recognised on {_pages_label(empty)}"
    return lines, note


# --- pass 2: headers, footers, reading order, blocks ----------------------------------------


def _assemble(pages: list[_Page], ocr_lines: dict[int, list[Line]]) -> list[Block]:
    for p in pages:
        if p.number in ocr_lines:
            p.lines, p.tables, p.notes = ocr_lines[p.number], [], None
        elif not p.usable:
            p.lines, p.tables, p.notes = [], [], None
    _drop_running_lines(pages)
    blocks: list[Block] = []
    carry: tuple[int, Paragraph] | None = None  # open paragraph ending the previous page
    last = -1  # index of the last block of body text or table (notes come after it)
    last_note: int | None = None  # index of the last footnote, which may go on overleaf
    for p in pages:
        is_ocr = p.number in ocr_lines
        lines, note_lines = split_notes(p.lines, p.notes)
        width = _body_width(lines)
        body = _body_size(lines)
        first = True
        last_body: tuple[int, Paragraph] | None = None
        for t in sorted(p.tables, key=lambda t: t.bbox[1]) + [None]:
            band = [l for l in lines if t is None or l.top < t.bbox[1]]
            lines = lines[len(band):]
            for para in layout(band, width):
                text = fix_text(para.text)
                if not text:
                    continue
                footnote = body is not None and para.size < 0.9 * body and para.top > p.height / 2
                if first and carry is not None and _continues_page(carry[1], para, text):
                    index, before = carry
                    prev = blocks[index]
                    joined = Paragraph(prev.text + " " + text, before.top, para.bottom,
                                       before.size, para.open_end)
                    blocks[index] = Block(text=joined.text, page=prev.page, ocr=prev.ocr)
                    last_body = (index, joined)
                    first = False
                    continue
                first = False
                blocks.append(Block(text=text, page=p.number, ocr=is_ocr))
                last = len(blocks) - 1
                if not footnote:
                    last_body = (last, Paragraph(text, para.top, para.bottom,
                                                 para.size, para.open_end))
            if t is None:
                break
            first = False
            last_body = None
            last = _append_table(blocks, t, p.number, is_ocr, last)
        carry = last_body if last_body and last_body[1].open_end else None
        if note_lines:
            last_note = _append_notes(blocks, note_texts(note_lines, p.notes), p, last_note)
    return blocks


def _append_notes(
    blocks: list[Block], texts: list[str], p: _Page, last_note: int | None
) -> int | None:
    """A page's footnotes after its content, each fenced by empty blocks so that it is never
    joined to the body; the end of a note begun on the previous page goes back to it."""
    texts = [t for t in (fix_text(t) for t in texts) if t]
    if texts and p.notes.continued and last_note is not None:
        before = blocks[last_note]
        blocks[last_note] = Block(text=continue_note(before.text, texts.pop(0)), page=before.page)
    for text in texts:
        blocks.append(Block(text="", page=p.number))
        blocks.append(Block(text=text, page=p.number))
        last_note = len(blocks) - 1
    if texts:
        blocks.append(Block(text="", page=p.number))
    return last_note


def _append_table(blocks: list[Block], t: PageTable, page: int, is_ocr: bool, last: int) -> int:
    """Append the table's rows; returns the index of the last one. ``last`` is the index of
    the last block of body or table before it (footnotes of the previous page may follow)."""
    rows = row_blocks(t.table, page=page, ocr=is_ocr)
    previous = blocks[last] if last >= 0 else None
    if (rows and t.table.continues_previous and t.table.has_index
            and previous is not None and previous.kind == "table_row"
            and previous.header == t.table.header and previous.page == page - 1):
        # A row broken across the page: its second half has an empty index cell.
        merged = tuple(f"{a} {b}".strip() for a, b in zip(previous.cells, rows.pop(0).cells))
        blocks[last] = row_block(previous.header, merged, page=previous.page, ocr=is_ocr)
    blocks.extend(rows)
    return len(blocks) - 1 if rows else last


def _continues_page(before: Paragraph, para: Paragraph, text: str) -> bool:
    """The first paragraph of a page goes on with the open paragraph ending the last page."""
    if abs(before.size - para.size) > 0.12 * max(before.size, para.size, 1.0):
        return False
    if SENTENCE_END.search(before.text):
        return False
    if starts_lower(text):
        return True
    return not (starts_block(text) or is_caps(text))


def _body_size(lines: list[Line]) -> float | None:
    """The most common font size on the page (footnotes are smaller)."""
    if not lines:
        return None
    counts: dict[float, int] = {}
    for line in lines:
        key = round(line.size * 2) / 2
        counts[key] = counts.get(key, 0) + len(line.words)
    return max(counts, key=counts.get)


def _body_width(lines: list[Line]) -> float | None:
    """Width of the page's text block: robust to a few stray lines in the margins."""
    if len(lines) < 3:
        return None
    lefts = sorted(l.x0 for l in lines)
    rights = sorted(l.x1 for l in lines)
    k = len(lines) // 10
    return rights[-1 - k] - lefts[k]


def fix_text(text: str) -> str:
    """Display clean-up of extracted text: :func:`clean_display`, a document number split from
    its code by a stamp ("115 /KH-SNNMT"), the motto's "Ò" misread by a font ("HÕA")."""
    text = clean_display(text)
    text = _NUMBER_SLASH.sub(r"\1/", text)  # "Số: 115 /KH-SNNMT" (number stamped into a blank)
    for pattern, right in _MOTTO_MISREAD:
        text = pattern.sub(right, text)
    return text


def _drop_running_lines(pages: list[_Page]) -> None:
    """Page numbers and headers/footers repeated on most pages."""
    counts: dict[str, set[int]] = {}
    candidates: list[tuple[_Page, Line, str]] = []
    for p in pages:
        if not p.lines:
            continue
        ordered = sorted(p.lines, key=lambda l: l.top)
        for line in ordered[:2] + ordered[-2:]:
            if not (line.top < 2 * _MARGIN_BAND * p.height
                    or line.bottom > (1 - 2 * _MARGIN_BAND) * p.height):
                continue
            key = re.sub(r"\d+", "#", " ".join(line.text.lower().split()))
            candidates.append((p, line, key))
            counts.setdefault(key, set()).add(p.number)
    with_text = sum(1 for p in pages if p.lines)
    drop: set[int] = set()
    for p, line, key in candidates:
        text = line.text.strip()
        lonely = bool(_PAGE_NUMBER.match(text))
        in_band = line.top < _MARGIN_BAND * p.height or line.bottom > (1 - _MARGIN_BAND) * p.height
        repeated = in_band and with_text >= 3 and len(counts[key]) >= max(3, 0.6 * with_text) and not _MOTTO.search(text)
        if lonely or repeated:
            drop.add(id(line))
    if drop:
        for p in pages:
            p.lines = [l for l in p.lines if id(l) not in drop]


# --- helpers ---------------------------------------------------------------------------------


def _pages_label(numbers: list[int]) -> str:
    """[1, 2, 3, 7] → "pages 1-3, 7"; [4] → "page 4"."""
    spans: list[list[int]] = []
    for n in sorted(numbers):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    parts = [f"{a}" if a == b else f"{a}-{b}" for a, b in spans]
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(parts)


def _progress(iterable, enabled: bool, desc: str, unit: str):
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, desc=desc, unit=unit, leave=False)
