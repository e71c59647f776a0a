"""From loader blocks to the document's cleaned text and its paragraphs with section paths.

Two steps:

1. *Reflow*: lines broken by a text file's fixed width (or a paragraph cut by a PDF page break)
   are joined back into paragraphs. A block with empty text is a hard paragraph break.
2. *Outline*: headings (Phần/Chương/Mục/Điều, I., 1., 1.1., a), upper-case titles) open
   sections; every paragraph gets the path of headings above it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.headings import UPPER, Marker, _label, all_caps, classify, is_upper_title
from ingest.records import Block, BlockKind, Paragraph

SECTION_SEPARATOR = " › "

# Formats whose blocks are physical lines rather than paragraphs.
LINE_FORMATS = {"txt", "md", "doc"}

_TERMINAL = re.compile(r"[.!?;:…]['\"”’)\]]*$")
_BULLET = re.compile(r"^[-+•*–—]\s*")


@dataclass(slots=True)
class _Para:
    parts: list[str]
    page: int | None
    kind: BlockKind
    ocr: bool
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    last_line: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.parts)


def section_string(path: Sequence[str]) -> str:
    return SECTION_SEPARATOR.join(path)


def _is_wrapped(blocks: Sequence[Block]) -> bool:
    """True when lines look cut at a fixed width (most lines short, none very long)."""
    lengths = [len(b.text) for b in blocks if b.kind == "text" and len(b.text) >= 20]
    if len(lengths) < 5:
        return False
    short = sum(1 for n in lengths if n <= 100)
    very_long = sum(1 for n in lengths if n > 200)
    return short >= 0.75 * len(lengths) and very_long <= 0.05 * len(lengths)


def _typical_width(blocks: Sequence[Block]) -> int:
    lengths = sorted(len(b.text) for b in blocks if b.kind == "text" and len(b.text) >= 20)
    return lengths[int(len(lengths) * 0.8)] if lengths else 80


_SEPARATOR = re.compile(r"^[-_=.*·•~]{3,}$")  # "-------" under a header line
_MARKER_ONLY = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.|[a-zđ]\)|Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)$")
# A line ending like this cannot end a paragraph: "... của Sở" / "Giáo dục và Đào tạo".
_OPEN_END = re.compile(
    r"(?:[^-_=.\s][,(\-–]|\s(?:và|của|với|các|về|cho|tại|trong|để|theo|đến|từ|hoặc|thuộc|nhằm|gồm|"
    r"Sở|Bộ|Ban|Quý|quý))$"
)


def _is_type_line(text: str) -> bool:
    """A document-type title on its own line ("KẾ HOẠCH", "QUYẾT ĐỊNH:")."""
    from ingest.doctypes import type_from_title

    found = type_from_title(text)
    return bool(found) and not found[1].strip(" :")


def _joins(prev: _Para, block: Block, *, wrapped: bool, grouped: bool, width: int) -> bool:
    """Should ``block`` continue paragraph ``prev``?

    ``wrapped``: lines were cut at a fixed width. ``grouped``: besides, blank lines separate
    paragraphs, so lines between two blank lines belong together.
    """
    if prev.kind != "text" or block.kind != "text":
        return False
    text, last = block.text, prev.text
    if _MARKER_ONLY.match(last):
        return True  # "2.10." or "Điều" alone, its number or heading text on the next line
    if _BULLET.match(text) or classify(text):
        return False
    if _OPEN_END.search(last) and not _is_type_line(last):
        return True
    if grouped:
        if _is_type_line(last) or all_caps(last) != all_caps(text):
            return False
        return True
    if _TERMINAL.search(last) or is_upper_title(text):
        return False
    if text[0].islower() or text[0].isdigit() or text[0] in "(\"“":
        return True  # "... chính quyền" + "địa phương ..." or "ngày" + "18 tháng 11"
    if not wrapped or is_upper_title(last):
        return False
    marker = classify(last)
    if marker is not None and marker.kind == "heading" and len(last) < 60:
        return False
    return len(prev.last_line) >= 0.5 * width


def reflow(blocks: Sequence[Block], *, fmt: str) -> list[_Para]:
    line_based = fmt in LINE_FORMATS
    wrapped = line_based and _is_wrapped(blocks)
    grouped = wrapped and any(not b.text.strip() for b in blocks)
    width = _typical_width(blocks) if wrapped else 0
    paras: list[_Para] = []
    hard_break = True
    for block in blocks:
        text = block.text.strip()
        if not text or (line_based and _SEPARATOR.match(text)):
            hard_break = True
            continue
        prev = paras[-1] if paras else None
        if prev is not None and not hard_break and _joins(prev, block, wrapped=wrapped, grouped=grouped, width=width):
            prev.parts.append(text)
            prev.last_line = text
            prev.ocr = prev.ocr or block.ocr
        else:
            paras.append(
                _Para([text], block.page, block.kind, block.ocr, block.cells, block.header, text)
            )
        hard_break = False
    return paras


def outline(paras: Sequence[_Para]) -> tuple[str, list[Paragraph]]:
    """Assign section paths; return the document text and its paragraphs with offsets."""
    stack: list[Marker] = []
    body_started = False
    out: list[Paragraph] = []
    pieces: list[str] = []
    offset = 0
    for para in paras:
        text = para.text
        heading = False
        if para.kind == "text":
            marker = classify(text)
            if marker is None and body_started and _is_type_line(text):
                stack.clear()  # "QUY ĐỊNH" after the signature: the annexed regulation starts afresh
            if marker is None and body_started and is_upper_title(text):
                marker = Marker(UPPER, _label(text), "heading")
            if marker is not None:
                body_started = True
                while stack and stack[-1].rank >= marker.rank:
                    stack.pop()
                if marker.kind != "item":
                    stack.append(marker)
                heading = marker.kind == "heading"
            elif len(text) >= 80 and any(c.islower() for c in text):
                body_started = True
        start = offset
        end = start + len(text)
        out.append(
            Paragraph(
                text=text,
                start=start,
                end=end,
                page=para.page,
                section=tuple(m.label for m in stack),
                heading=heading,
                kind=para.kind,
                ocr=para.ocr,
                cells=para.cells,
                header=para.header,
            )
        )
        pieces.append(text)
        offset = end + 1  # the "\n" between paragraphs
    return "\n".join(pieces), out


def paragraphs(blocks: Sequence[Block], *, fmt: str) -> tuple[str, list[Paragraph]]:
    """The cleaned document text and its paragraphs (see module docstring)."""
    return outline(reflow(blocks, fmt=fmt))
