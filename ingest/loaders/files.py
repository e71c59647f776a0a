"""The first check of a loader that opens its file itself (PDF, legacy .doc)."""
from __future__ import annotations

from pathlib import Path

from ingest.errors import UnreadableDocument


def read_head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of ``path``; UnreadableDocument when the file cannot be read or
    is empty."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(size)
    except OSError as exc:
        raise UnreadableDocument(f"cannot read file ({exc.strerror or exc})") from None
    if not head:
        raise UnreadableDocument("empty file (0 bytes)")
    return head
