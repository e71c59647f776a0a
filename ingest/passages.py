"""Cut a document's paragraphs into retrievable passages.

Passages follow the outline: a passage never mixes two sections, a heading with nothing under
it travels with the next passage, and a short article (Điều) stays whole. Long sections are
cut between paragraphs, long paragraphs between sentences (underthesea ``sent_tokenize``),
aiming at ``MIN_CHARS``..``MAX_CHARS`` characters. A sentence is never cut unless it alone is
longer than ``MAX_CHARS``; then it is cut at ";" or "," (or, failing that, between words).
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ingest.headings import _label
from ingest.records import Paragraph, Passage
from ingest.structure import section_string

MIN_CHARS = 200
MAX_CHARS = 1000


@dataclass(frozen=True, slots=True)
class _Span:
    """A piece of a paragraph: [start, end) in document offsets."""

    start: int
    end: int
    page: int | None
    ocr: bool


def _sentence_spans(para: Paragraph) -> list[_Span]:
    """Sentences of a long paragraph as document offsets (underthesea sent_tokenize)."""
    from underthesea import sent_tokenize  # lazy

    spans: list[_Span] = []
    cursor = 0
    for sentence in sent_tokenize(para.text):
        sentence = sentence.strip()
        if not sentence:
            continue
        found = para.text.find(sentence, cursor)
        if found < 0:  # the tokenizer altered the text; fall back to the rest in one piece
            break
        end = found + len(sentence)
        spans.extend(_cut_long(para, found, end))
        cursor = end
    if cursor < len(para.text.rstrip()):
        rest_start = cursor + (len(para.text[cursor:]) - len(para.text[cursor:].lstrip()))
        spans.extend(_cut_long(para, rest_start, len(para.text.rstrip())))
    return spans


_SOFT_BREAKS = (re.compile(r";\s"), re.compile(r",\s"), re.compile(r"\s"))


def _cut_long(para: Paragraph, start: int, end: int) -> Iterator[_Span]:
    """One sentence [start, end) of ``para``; cut only if it exceeds MAX_CHARS."""
    while end - start > MAX_CHARS:
        window = para.text[start : start + MAX_CHARS]
        cut = -1
        for pattern in _SOFT_BREAKS:
            positions = [m.end() for m in pattern.finditer(window) if m.end() >= MIN_CHARS]
            if positions:
                cut = positions[-1]
                break
        if cut <= 0:
            cut = MAX_CHARS
        piece_end = start + len(window[:cut].rstrip())
        yield _Span(para.start + start, para.start + piece_end, para.page, para.ocr)
        start += cut
        while start < end and para.text[start].isspace():
            start += 1
    if end > start:
        yield _Span(para.start + start, para.start + end, para.page, para.ocr)


def _spans(para: Paragraph) -> list[_Span]:
    if len(para.text) <= MAX_CHARS:
        return [_Span(para.start, para.end, para.page, para.ocr)]
    return _sentence_spans(para)


def _groups(paragraphs: Sequence[Paragraph]) -> Iterator[tuple[tuple[str, ...], str, list[Paragraph]]]:
    """Runs of paragraphs in the same section (and of the same kind).

    A heading with nothing under it before the next heading is carried into the next group.
    """
    pending: list[Paragraph] = []
    current: list[Paragraph] = []
    for para in paragraphs:
        if current and (
            para.heading
            or para.section != current[-1].section
            or para.kind != current[-1].kind
        ):
            if all(p.heading for p in current) and para.kind == "text":
                pending.extend(current)  # heading-only: travels with what follows
            else:
                yield current[-1].section, current[-1].kind, pending + current
                pending = []
            current = []
        current.append(para)
    if current or pending:
        group = pending + current
        yield group[-1].section, group[-1].kind, group


def _row_key(row: str) -> str:
    """What identifies a table row, for the passages that continue it past ``MAX_CHARS``: its
    first cell after a bare row number ("STT: 1; ĐƠN VỊ: Ban Quản lý các khu công nghiệp; ..."
    -> "ĐƠN VỊ: Ban Quản lý các khu công nghiệp")."""
    cells = [c.strip() for c in row.split("; ") if c.strip()]
    while cells and re.fullmatch(r"(?:[^:]{1,12}:\s*)?(?:\d{1,4}|[IVX]{1,5})(?:\.\d{1,3})*\.?", cells[0]):
        cells.pop(0)  # "STT: 1", "TT: 1.3.2", "II"
    return _label(cells[0]) if cells else ""


def build_passages(doc_id: str, text: str, paragraphs: Sequence[Paragraph]) -> list[Passage]:
    """Passages of one document; ``text`` is the document text the paragraphs index into."""
    passages: list[Passage] = []
    for section, kind, group in _groups(paragraphs):
        label = section_string(section)
        chunks: list[list[_Span]] = []
        rows: dict[int, str] = {}  # chunk -> the key of the long table row it continues
        size = 0
        for para in group:
            for span in _spans(para):
                length = span.end - span.start
                if chunks and size + 1 + length <= MAX_CHARS:
                    chunks[-1].append(span)
                    size += 1 + length
                else:
                    chunks.append([span])
                    size = length
                    if para.kind == "table_row" and span.start > para.start:
                        rows[len(chunks) - 1] = _row_key(para.text)
        # A short tail joins the chunk before it when the two still fit comfortably.
        if len(chunks) >= 2:
            tail = chunks[-1][-1].end - chunks[-1][0].start
            both = chunks[-1][-1].end - chunks[-2][0].start
            if tail < MIN_CHARS and both <= MAX_CHARS + MIN_CHARS:
                chunks[-2].extend(chunks.pop())
        for n, chunk in enumerate(chunks):
            start, end = chunk[0].start, chunk[-1].end
            passages.append(
                Passage(
                    doc_id=doc_id,
                    seq=len(passages),
                    text=text[start:end],
                    section=" › ".join(x for x in (label, rows.get(n)) if x),
                    page=chunk[0].page,
                    start=start,
                    end=end,
                    kind=kind,
                    ocr=any(s.ocr for s in chunk),
                )
            )
    return passages
