"""Typed records that cross the stages of ingestion.

Loaders produce ``Block``s, the pipeline turns them into a ``Document`` (cleaned display
text plus metadata) and ``Passage``s (slices of that text with a section path and a page).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["text", "table_row"]


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of text as a loader found it: a paragraph (or line) or a table row.

    ``text`` is what a reader sees. For a table row it is the row rendered with its header as
    context ("Nhiệm vụ: ...; Cơ quan chủ trì: ..."), and ``cells``/``header`` keep the
    structure for fact extraction.
    """

    text: str
    page: int | None = None  # 1-based; None for formats without pages
    kind: BlockKind = "text"
    ocr: bool = False
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Loaded:
    """What a loader returns for one file."""

    blocks: tuple[Block, ...]
    format: str  # "pdf", "docx", "doc", "txt", "md", "html"
    pages: int | None = None
    # Page-level or file-level problems worth reporting but not fatal,
    # e.g. "page 3: no text layer (scanned?)".
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    doc_type: str | None = None  # "Kế hoạch", "Công văn", "Quyết định", ...
    number: str | None = None  # "431/KH-UBND"
    issuer: str | None = None  # "Ủy ban nhân dân tỉnh Đắk Nông"
    province: str | None = None  # "Đắk Nông"
    issued: str | None = None  # ISO date "2018-08-17"
    title: str | None = None  # trích yếu
    signer: str | None = None
    cites: tuple[str, ...] = ()  # numbers of documents cited (căn cứ)


@dataclass(frozen=True, slots=True)
class Passage:
    """A retrievable slice of a document's cleaned text."""

    doc_id: str
    seq: int  # order within the document, from 0
    text: str  # == Document.text[start:end]
    section: str  # "IV. Tổ chức thực hiện › 1. Sở Thông tin và Truyền thông"; "" at top level
    page: int | None
    start: int
    end: int
    kind: BlockKind = "text"
    ocr: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    source: str  # the path as ingested
    sha256: str
    format: str
    text: str  # cleaned display text (boilerplate removed); passages slice it
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    pages: int | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the cleaned document text with its place in the document's structure.

    Produced by ``ingest.structure``; passages and facts are built from paragraphs.
    """

    text: str  # == Document.text[start:end]
    start: int
    end: int
    page: int | None
    section: tuple[str, ...]  # heading labels above it; a heading's own label is included
    heading: bool = False  # this paragraph is itself a heading line
    kind: BlockKind = "text"
    ocr: bool = False
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()


# --- Facts -----------------------------------------------------------------------------------

Role = Literal["chủ trì", "phối hợp", "thực hiện"]


@dataclass(frozen=True, slots=True)
class Deadline:
    """A deadline, period or recurrence as written, normalised to a date range where possible."""

    text: str  # as written: "trước ngày 30/6/2026", "Quý III/2025", "hằng quý"
    start: str | None = None  # ISO date; for "trước ngày 30/6/2026" start is None
    end: str | None = None  # ISO date; equal to start for an exact day
    recurrence: str | None = None  # "weekly", "monthly", "quarterly", "semiannual", "yearly"


@dataclass(frozen=True, slots=True)
class Assignment:
    """Who does what: "Giao Sở X chủ trì, phối hợp với Sở Y ..." gives two assignments."""

    agency: str  # canonical name ("Sở Thông tin và Truyền thông")
    mention: str  # as written ("Sở TT&TT")
    role: Role
    task: str
    deadline: Deadline | None
    start: int  # supporting span in Document.text
    end: int


@dataclass(frozen=True, slots=True)
class Target:
    """A quantified target or result: "tối thiểu 80% hệ thống thông tin được xác định cấp độ"."""

    indicator: str  # "hệ thống thông tin được xác định cấp độ"
    value: str  # "80", "37,8", "30 đến 40", "48/63"
    unit: str | None  # "%", "điểm", "dịch vụ"
    qualifier: str | None  # "tối thiểu", "phấn đấu", "trên", "đạt"
    period: str | None  # "năm 2023", "2018-2020"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DeadlineFact:
    """A task with a time limit that names no agency ("Hoàn thành trước ngày 30/6/2026")."""

    task: str
    deadline: Deadline
    start: int
    end: int


Fact = Assignment | Target | DeadlineFact
