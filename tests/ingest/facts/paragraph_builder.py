"""Paragraph lists with consistent offsets, for the fact extraction tests."""
from __future__ import annotations

from ingest.records import Paragraph


def paragraphs(items: list[tuple]) -> tuple[str, list[Paragraph]]:
    """(section, text[, heading]) items → document text and paragraphs with consistent offsets."""
    out, offset = [], 0
    for item in items:
        section, text = item[0], item[1]
        heading = len(item) > 2 and item[2]
        out.append(Paragraph(text=text, start=offset, end=offset + len(text), page=None, section=section, heading=heading))
        offset += len(text) + 1
    return "\n".join(item[1] for item in items), out
