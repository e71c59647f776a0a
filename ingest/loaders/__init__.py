"""Open one document file: pick the loader from its content and its extension.

The extension says what the user expects, the first bytes say what the file is. When they
disagree the file fails with a reason ("not a PDF: content looks like HTML"), except between
the Word formats, where a renamed file is read for what it is and a note says so.

>>> is_supported(Path("Kế hoạch 431.PDF")), is_supported(Path("bảng.tsv"))
(True, False)
>>> is_supported(Path("~$Kế hoạch.docx"))  # Word's lock file
False

Loaders return :class:`~ingest.records.Loaded`; every failure is an
:class:`~ingest.errors.IngestError` with a one-line reason, never a library traceback.
Tables from every format become blocks in :mod:`ingest.loaders.tables`.
"""
from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ingest.errors import IngestError, MissingTool, UnreadableDocument, UnsupportedFormat
from ingest.records import Loaded

log = logging.getLogger(__name__)

SUPPORTED_EXTENSIONS = frozenset({".pdf", ".docx", ".doc", ".txt", ".md", ".html", ".htm"})
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
_HEAD_BYTES = 64 * 1024

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
)
_WORD_ZIP = "docx"
_WORD_OLE = "doc"


def is_supported(path: Path) -> bool:
    """True for the file types the folder walker should hand to :func:`load`."""
    path = Path(path)
    if path.name.startswith("~$"):  # Word/Excel owner lock files next to an open document
        return False
    return path.suffix.lower() in SUPPORTED_EXTENSIONS


def load(
    path: Path,
    *,
    ocr: bool = True,
    progress: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Loaded:
    """Read one file into blocks.

    Raises :class:`UnsupportedFormat` (skip) for types we do not ingest,
    :class:`UnreadableDocument` (fail) for empty, oversized, corrupt or mislabelled files, and
    whatever :class:`MissingTool` a format loader raises.
    """
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        raise UnsupportedFormat(f"unsupported file type {ext or '(no extension)'}")
    try:
        if not path.is_file():
            raise UnreadableDocument("not a regular file" if path.exists() else "file not found")
        size = path.stat().st_size
        if size == 0:
            raise UnreadableDocument("empty file")
        if size > max_bytes:
            raise UnreadableDocument(
                f"file too large ({_mb(size)} MB > {_mb(max_bytes)} MB limit)"
            )
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except OSError as exc:
        raise UnreadableDocument(f"cannot read file ({exc.strerror or exc})") from None

    fmt, reader, note = _choose(path, ext, head, ocr=ocr, progress=progress)
    try:
        loaded = reader()
    except IngestError:
        raise
    except MemoryError:
        raise UnreadableDocument("out of memory while reading the file") from None
    except Exception as exc:  # a library choked on bad input: fail the file, not the run
        log.debug("loader for %s raised", path, exc_info=True)
        raise UnreadableDocument(f"could not read {fmt.upper()} ({_short(exc)})") from exc

    if note:
        loaded = replace(loaded, notes=(note, *loaded.notes))
    if not any(b.text.strip() for b in loaded.blocks):
        detail = f": {loaded.notes[0]}" if loaded.notes else ""
        raise UnreadableDocument(f"no text found{detail}")
    return loaded


def _choose(
    path: Path, ext: str, head: bytes, *, ocr: bool, progress: bool
) -> tuple[str, Callable[[], Loaded], str | None]:
    """Pick (format, reader, note) from the extension and the sniffed content."""
    kind = sniff(path, head)

    def pdf() -> Loaded:
        from ingest.loaders.pdf import load_pdf

        return load_pdf(path, ocr=ocr, progress=progress)

    def doc() -> Loaded:
        from ingest.loaders.legacy_doc import load_doc

        return load_doc(path)

    def docx() -> Loaded:
        from ingest.loaders.docx import load_docx

        return load_docx(path)

    def html() -> Loaded:
        from ingest.loaders.html import load_html

        return load_html(path)

    def text() -> Loaded:
        from ingest.loaders.text import load_text

        return load_text(path)

    readers = {"pdf": pdf, "doc": doc, "docx": docx, "html": html, "txt": text, "md": text}
    for name, reader in list(readers.items()):
        readers[name] = _guard_import(name, reader)

    if ext == ".pdf":
        if kind != "pdf":
            raise UnreadableDocument(f"not a PDF: content looks like {_describe(kind)}")
        return "pdf", readers["pdf"], None

    if ext in (".docx", ".doc"):
        if kind == "zip-corrupt":
            raise UnreadableDocument("corrupt DOCX (not a readable ZIP archive)")
        if kind == "ole-encrypted":
            raise UnreadableDocument("password-protected Word document: remove the password")
        if kind == "ole":  # no WordDocument stream in the part we read: damaged? let it try
            kind = _WORD_OLE
        if kind in (_WORD_ZIP, _WORD_OLE):
            note = None
            if kind != ext.lstrip("."):
                note = f"extension {ext} but the content is {_describe(kind)}; read as such"
            return kind, readers[kind], note
        if kind == "html":  # Word "save as web page" and portals serving HTML as .doc
            return "html", readers["html"], f"extension {ext} but the content is HTML; read as HTML"
        raise UnreadableDocument(f"not a Word document: content looks like {_describe(kind)}")

    if ext in (".html", ".htm"):
        if kind in ("text", "html"):
            return "html", readers["html"], None
        raise UnreadableDocument(f"not HTML: content looks like {_describe(kind)}")

    # .txt / .md
    if kind == "html":
        return "html", readers["html"], None
    if kind != "text":
        if kind == "binary":
            raise UnreadableDocument("binary content, not text")
        raise UnreadableDocument(f"binary content, not text (looks like {_describe(kind)})")
    return ext.lstrip("."), readers[ext.lstrip(".")], None


def _guard_import(fmt: str, reader: Callable[[], Loaded]) -> Callable[[], Loaded]:
    """A loader module that cannot be imported makes the file *skipped*, with the reason."""

    def run() -> Loaded:
        try:
            return reader()
        except ImportError as exc:
            name = exc.name if isinstance(exc, ModuleNotFoundError) else None
            if name and name.startswith("ingest."):
                reason = f"no {fmt.upper()} loader in this installation ({name})"
            else:
                reason = f"{fmt.upper()} support needs a missing package: {_short(exc)}"
            raise MissingTool(reason) from exc

    return run


def sniff(path: Path, head: bytes) -> str:
    """What the first bytes say the file is.

    One of "pdf", "docx", "zip" (another ZIP: xlsx, pptx, a plain archive), "zip-corrupt",
    "doc", "ole-encrypted", "xls", "ppt", "ole" (OLE2, no known stream found: damaged?), "rtf",
    "html", "text",
    "binary", or an image kind such as "png".
    """
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(path)
    if head.startswith(_OLE2_MAGIC):
        return _sniff_ole(path)
    if head.startswith(b"{\\rtf"):
        return "rtf"
    for magic, name in _IMAGE_MAGIC:
        if head.startswith(magic):
            return name.split()[1].lower()

    from ingest.loaders.text import decode_bytes, looks_binary  # text helpers, no heavy deps

    if looks_binary(head):
        return "binary"
    try:
        sample = decode_bytes(head, final=False)[0]
    except UnreadableDocument:
        return "binary"
    start = sample.lstrip("\ufeff \t\r\n").lower()
    if start.startswith(("<!doctype html", "<html")):
        return "html"
    if start.startswith("<?xml") and "<html" in start[:4096]:  # XHTML
        return "html"
    return "text"


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "[Content_Types].xml" in names:
                types = zf.read("[Content_Types].xml")
                if b"wordprocessingml.document.main" in types:
                    return "docx"
            if any(n.startswith("xl/") for n in names):
                return "xlsx"
            if any(n.startswith("ppt/") for n in names):
                return "pptx"
            return "zip"
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError, RuntimeError):
        return "zip-corrupt"


def _sniff_ole(path: Path) -> str:
    # Stream names live in the directory sectors, UTF-16LE; read a bounded prefix of the file.
    with path.open("rb") as fh:
        data = fh.read(4 * 1024 * 1024)
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "ole-encrypted"  # a password-protected .docx is an OLE2 container
    if "WordDocument".encode("utf-16-le") in data:
        return "doc"
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    if "PowerPoint Document".encode("utf-16-le") in data:
        return "ppt"
    return "ole"


_KIND_NAMES = {
    "pdf": "a PDF",
    "docx": "a Word document (.docx)",
    "doc": "a Word 97-2003 document (.doc)",
    "zip": "a ZIP archive",
    "zip-corrupt": "a damaged ZIP archive",
    "xlsx": "an Excel workbook (.xlsx)",
    "pptx": "a PowerPoint file (.pptx)",
    "xls": "an Excel 97-2003 workbook (.xls)",
    "ppt": "a PowerPoint 97-2003 file (.ppt)",
    "ole": "an Office 97-2003 file",
    "ole-encrypted": "a password-protected Office file",
    "rtf": "an RTF document",
    "html": "HTML",
    "text": "plain text",
    "binary": "binary data",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "tiff": "a TIFF image",
}


def _describe(kind: str) -> str:
    return _KIND_NAMES.get(kind, kind)


def _mb(n: int) -> str:
    value = n / (1024 * 1024)
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def _short(exc: BaseException, limit: int = 120) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if not str(exc).strip():
        return text
    text = f"{type(exc).__name__}: {text}"
    return text if len(text) <= limit else text[: limit - 1] + "…"
