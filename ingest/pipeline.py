"""One file in, one processed document out: load → clean → outline → metadata → passages → facts."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import UnreadableDocument
from ingest.normalize import normalize
from ingest.passages import build_passages
from ingest.records import Document, Fact, Paragraph, Passage
from ingest.structure import paragraphs
from ingest.tokenize import word_tokens


@dataclass(frozen=True, slots=True)
class Processed:
    document: Document
    paragraphs: tuple[Paragraph, ...]
    passages: tuple[Passage, ...]
    words: tuple[str, ...]  # per passage: space-separated word tokens of the normalised text
    facts: tuple[Fact, ...]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def index_words(text: str) -> str:
    """The lexical index's view of a passage or query: normalised, word-segmented, lower-cased."""
    return " ".join(word_tokens(normalize(text)))


def process(path: Path, *, source: str, sha256: str, ocr: bool = True, progress: bool = False) -> Processed:
    """Read and analyse one file. Raises ``ingest.errors.IngestError`` subclasses for bad input."""
    from ingest.boilerplate import strip_boilerplate
    from ingest.facts import extract_facts
    from ingest.loaders import load
    from ingest.metadata import extract_metadata

    loaded = load(path, ocr=ocr, progress=progress)
    blocks = strip_boilerplate(loaded.blocks)
    text, paras = paragraphs(blocks, fmt=loaded.format)
    if not any(ch.isalpha() for ch in text):
        raise UnreadableDocument("no text found" + (f" ({loaded.notes[0]})" if loaded.notes else ""))
    meta = extract_metadata(text, source_name=path.name)
    doc_id = sha256[:16]
    document = Document(
        doc_id=doc_id,
        source=source,
        sha256=sha256,
        format=loaded.format,
        text=text,
        meta=meta,
        pages=loaded.pages,
        notes=loaded.notes,
    )
    passages = build_passages(doc_id, text, paras)
    words = tuple(index_words(p.text) for p in passages)
    facts = extract_facts(paras, issued=meta.issued, province=meta.province)
    return Processed(document, tuple(paras), tuple(passages), words, tuple(facts))
