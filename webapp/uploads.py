"""Uploads are bounded and safe: size limit, type checked from the content, sanitised names.

A file is accepted when its extension is one we ingest *and* its first bytes agree (``%PDF``,
a ZIP holding ``word/document.xml``, an OLE2 container, or text), it is not empty and not
larger than ``Settings.max_upload_mb``. Its name loses any folder part, control characters,
leading dots and unusual punctuation, and it is written under ``<index>/uploads/`` only.
Every refusal is an ``UploadRejected`` with a one-line Vietnamese reason.

>>> safe_name("../../etc/Kế hoạch 12.PDF")
'Kế hoạch 12.PDF'
>>> safe_name(".an-ke-hoach.docx")
'an-ke-hoach.docx'
"""
from __future__ import annotations

import io
import os
import re
import unicodedata
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

UPLOADS = "uploads"
MAX_NAME = 150
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
ACCEPTED = (".pdf", ".docx", ".doc", ".txt", ".md", ".html", ".htm")  # what the loaders read
_UNSAFE = re.compile(r"[^\w\s.,()\[\]&+@'-]")


class UploadRejected(ValueError):
    """``str(exc)`` is the reason shown after the file name."""


@dataclass(frozen=True, slots=True)
class Accepted:
    name: str  # as uploaded
    path: Path  # where it was written


def safe_name(name: str) -> str:
    """The base name, NFC, without control characters, leading dots or path separators."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    if name.startswith("~$"):  # Word's lock file beside an open document
        raise UploadRejected("tên tệp không hợp lệ")
    name = _UNSAFE.sub("_", name)
    name = " ".join(name.split()).lstrip(". ").rstrip(". ")
    stem, dot, ext = name.rpartition(".")
    if dot and len(name) > MAX_NAME:
        name = stem[: MAX_NAME - len(ext) - 1].rstrip() + "." + ext
    if not name or not Path(name).suffix or not Path(name).stem:
        raise UploadRejected("tên tệp không hợp lệ")
    return name


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}".replace(".", ",")


def check_size(size: int, max_bytes: int) -> None:
    if size <= 0:
        raise UploadRejected("tệp rỗng")
    if size > max_bytes:
        raise UploadRejected(f"tệp quá lớn ({_mb(size)} MB; giới hạn {max_bytes // (1024 * 1024)} MB)")


def content_kind(data: bytes) -> str:
    """What the first bytes say: "pdf", "docx", "zip", "ole", "html", "text" or "binary"."""
    from ingest.errors import UnreadableDocument
    from ingest.loaders.text import decode_bytes, looks_binary

    head = data[:65536]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                return "docx" if "word/document.xml" in zf.namelist() else "zip"
        except (zipfile.BadZipFile, ValueError, EOFError):
            return "binary"
    if head.startswith(OLE2_MAGIC):
        return "ole"
    if looks_binary(head):
        return "binary"
    try:
        sample = decode_bytes(head, final=len(data) <= len(head))[0]
    except UnreadableDocument:
        return "binary"
    start = sample.lstrip("\ufeff \t\r\n")[:4096].lower()
    if start.startswith(("<!doctype html", "<html")) or (start.startswith("<?xml") and "<html" in start):
        return "html"
    return "text"


# Word files renamed between .doc and .docx, and Word "web pages" saved as .doc, are read for
# what they are by the loaders; anything else must match its extension.
_EXPECTED = {".pdf": {"pdf"}, ".docx": {"docx", "ole"}, ".doc": {"ole", "docx", "html"},
             ".txt": {"text", "html"}, ".md": {"text", "html"}, ".html": {"text", "html"}, ".htm": {"text", "html"}}
_KIND_VI = {"pdf": "PDF", "docx": "tài liệu Word (.docx)", "zip": "tệp nén ZIP", "ole": "tệp Office 97-2003",
            "html": "trang HTML", "text": "văn bản thuần", "binary": "dữ liệu nhị phân"}


def check(name: str, data: bytes, *, max_bytes: int) -> str:
    """The safe name of an acceptable upload; raises ``UploadRejected`` otherwise."""
    clean = safe_name(name)
    ext = Path(clean).suffix.lower()
    if ext not in ACCEPTED:
        raise UploadRejected(f"loại tệp {ext} không được hỗ trợ; chỉ nhận PDF, DOCX, DOC, TXT, MD, HTML")
    check_size(len(data), max_bytes)
    kind = content_kind(data)
    if kind not in _EXPECTED[ext]:
        raise UploadRejected(f"phần mở rộng {ext} nhưng nội dung là {_KIND_VI[kind]}")
    return clean


def store(name: str, data: bytes, folder: Path) -> Path:
    """Write ``data`` as ``folder/name`` (checked name); same content reuses the file, a clash gets " (2)".

    The file is written beside its place under a hidden temporary name, then linked in, so a
    file being read is never half-written and two sessions never overwrite each other.
    """
    folder.mkdir(parents=True, exist_ok=True)
    root = folder.resolve()
    stem, ext = Path(name).stem, Path(name).suffix
    tmp = root / f".{uuid.uuid4().hex}.part"
    tmp.write_bytes(data)
    try:
        for n in range(1, 1000):
            candidate = root / (name if n == 1 else f"{stem} ({n}){ext}")
            if candidate.parent != root:  # never outside the uploads folder
                raise UploadRejected("tên tệp không hợp lệ")
            try:
                os.link(tmp, candidate)
                return candidate
            except FileExistsError:
                if candidate.read_bytes() == data:
                    return candidate
    finally:
        tmp.unlink(missing_ok=True)
    raise UploadRejected("quá nhiều tệp trùng tên")


def accept(files: Iterable[tuple[str, bytes]], index_dir: Path, *, max_bytes: int
           ) -> tuple[list[Accepted], list[tuple[str, str]]]:
    """Check and store uploads: (accepted files, [(name, reason)] refused)."""
    accepted, refused = [], []
    folder = Path(index_dir) / UPLOADS
    for name, data in files:
        try:
            clean = check(name, data, max_bytes=max_bytes)
            accepted.append(Accepted(name, store(clean, data, folder)))
        except UploadRejected as exc:
            refused.append((name, str(exc)))
        except OSError as exc:
            refused.append((name, f"không ghi được tệp ({exc.strerror or exc})"))
    return accepted, refused
