"""Plain-text files (.txt, .md): find the encoding, then one block per non-empty line.

Vietnamese text files come in several encodings: UTF-8 (with or without BOM), UTF-16 from
Windows tools, Windows-1258 (tones stored as combining marks) and the legacy 8-bit TCVN3
("ABC", the .VnTime fonts). 8-bit candidates are judged by how many of their accented words
are well-formed Vietnamese syllables.

>>> decode_bytes("Cộng hòa".encode("utf-8"))
('Cộng hòa', 'utf-8')
>>> decode_bytes(bytes.fromhex("43e96e672068df612078b72068e969206368f1206e6768dc61"))
('Cộng hòa xã hội chủ nghĩa', 'tcvn3')

Lines are not reflowed here; the pipeline joins wrapped lines into paragraphs.
"""
from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from pathlib import Path

from ingest.errors import UnreadableDocument
from ingest.loaders.flat_tables import rebuild
from ingest.normalize import clean_display, is_syllable
from ingest.records import Block, Loaded

log = logging.getLogger(__name__)

# TCVN3 (TCVN 5712:1993 VN3, the "ABC" .Vn fonts): byte -> character. Lower-case letters
# only, plus the seven upper-case base letters; capitals with tones used a separate font.
_TCVN3_BYTES = bytes.fromhex(
    "b5b8b6b7b9" "a8bbbebcbdc6" "a9c7cac8c9cb" "ae" "ccd0cecfd1" "aad2d5d3d4d6"
    "d7ddd8dcde" "dfe3e1e2e4" "abe5e8e6e7e9" "aceaedebecee" "eff3f1f2f4" "adf5f8f6f7f9"
    "fafdfbfcfe" "a1a2a3a4a5a6a7"
)
_TCVN3_CHARS = (
    "àáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "đ" "èéẻẽẹ" "êềếểễệ"
    "ìíỉĩị" "òóỏõọ" "ôồốổỗộ" "ơờớởỡợ" "ùúủũụ" "ưừứửữự"
    "ỳýỷỹỵ" "ĂÂÊÔƠƯĐ"
)
assert len(_TCVN3_BYTES) == len(_TCVN3_CHARS)
_TCVN3 = {b: c for b, c in zip(_TCVN3_BYTES, _TCVN3_CHARS)}
_TCVN3_LOWER = set(_TCVN3_CHARS[:-7])

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = frozenset([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_WORD = re.compile(r"[^\W\d_]+")
_DECORATION = re.compile(r"^([-_=*~.•·])\1{2,}$")


def load_text(path: Path) -> Loaded:
    """Blocks for a .txt or .md file, one per non-empty line."""
    path = Path(path)
    data = path.read_bytes()
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise UnreadableDocument("no text")
    fmt = "md" if path.suffix.lower() == ".md" else "txt"
    lines = clean_display(text).split("\n")
    blocks = markdown_blocks(lines) if fmt == "md" else rebuild(lines)
    if not blocks:
        raise UnreadableDocument("no text")
    notes = () if encoding in ("utf-8", "utf-8-sig", "ascii") else (f"decoded as {encoding}",)
    return Loaded(blocks=tuple(blocks), format=fmt, pages=None, notes=notes)


def line_blocks(lines: list[str]) -> list[Block]:
    """One block per line that has text. Blank lines and decoration rules ("-------") become one
    empty block each (a paragraph break the outliner respects), never two in a row."""
    blocks: list[Block] = []
    for line in lines:
        if line and not _DECORATION.match(line):
            blocks.append(Block(text=line))
        elif blocks and blocks[-1].text:
            blocks.append(Block(text=""))
    while blocks and not blocks[-1].text:
        blocks.pop()
    return blocks


# --- Encoding detection ----------------------------------------------------------------------


def decode_bytes(data: bytes, *, final: bool = True) -> tuple[str, str]:
    """Decode ``data`` and name the encoding used.

    ``final=False`` means ``data`` is only the start of a file (a multi-byte character may be
    cut at the end). Raises :class:`UnreadableDocument` for binary content.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _check_text(_decode(data[len(bom):], encoding, final)), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _decode(data, utf16, final), utf16
        except UnicodeDecodeError:
            raise UnreadableDocument("binary content, not text") from None
    if looks_binary(data):
        raise UnreadableDocument("binary content, not text")
    try:
        text = _decode(data, "utf-8", final)
        return _check_text(text), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _check_text(mostly[0]), f"utf-8 ({mostly[1]} invalid bytes replaced)"
    best = _best_vietnamese_8bit(data)
    if best is not None:
        return _check_text(best[0]), best[1]
    return _charset_normalizer(data)


def looks_binary(data: bytes) -> bool:
    """NUL bytes (outside UTF-16) or many control bytes: not a text file."""
    sample = data[:65536]
    if not sample:
        return False
    if any(sample.startswith(bom) for bom, _ in _BOMS) or _utf16_without_bom(sample):
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b in _CONTROL_BYTES)
    return control > 0.02 * len(sample)


def _decode(data: bytes, encoding: str, final: bool) -> str:
    if encoding == "tcvn3":
        return _decode_tcvn3(data)
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    text = decoder.decode(data, final=final)
    if encoding == "cp1258":
        text = unicodedata.normalize("NFC", text)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even = even.count(0) / len(even)
    nul_odd = odd.count(0) / max(len(odd), 1)
    if nul_odd >= 0.3 and nul_even <= 0.02:
        return "utf-16-le"
    if nul_even >= 0.3 and nul_odd <= 0.02:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few damaged bytes: keep it, with U+FFFD for the damage."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad and good >= 20 * bad:
        return text, bad
    return None


def _best_vietnamese_8bit(data: bytes) -> tuple[str, str] | None:
    candidates = []
    for encoding in ("cp1258", "tcvn3"):
        try:
            text = _decode(data, encoding, True)
        except UnicodeDecodeError:
            continue
        share, count = vietnamese_score(text)
        candidates.append((share, count, encoding, text))
    if not candidates:
        return None
    share, count, encoding, text = max(candidates)
    if count >= 3 and share >= 0.8:
        return text, encoding
    return None


def vietnamese_score(text: str) -> tuple[float, int]:
    """(share of accented words that are valid Vietnamese syllables, number of such words)."""
    marked = [w for w in _WORD.findall(unicodedata.normalize("NFC", text)) if not w.isascii()]
    if not marked:
        return 0.0, 0
    return sum(1 for w in marked if is_syllable(w)) / len(marked), len(marked)


def _decode_tcvn3(data: bytes) -> str:
    text = "".join(_TCVN3.get(b) or chr(b) for b in data)
    return "\n".join(_fix_tcvn3_line(line) for line in text.split("\n"))


def _fix_tcvn3_line(line: str) -> str:
    """Capitals with tones were written with the same codes in a capitals-only font, so a
    capital line "CéNG HßA" decodes as "CộNG HòA": upper-case such lines and words."""
    ascii_letters = [c for c in line if c.isascii() and c.isalpha()]
    if len(ascii_letters) >= 4 and all(c.isupper() for c in ascii_letters):
        return line.upper()
    return _WORD.sub(_fix_tcvn3_capitals, line)


def _fix_tcvn3_capitals(m: re.Match[str]) -> str:
    """A capital word with lower-case accented letters: "CộNG" becomes "CỘNG"."""
    word = m.group(0)
    ascii_letters = [c for c in word if c.isascii()]
    if (
        len(ascii_letters) >= 2
        and all(c.isupper() for c in ascii_letters)
        and any(c in _TCVN3_LOWER for c in word)
    ):
        return word.upper()
    return word


def _charset_normalizer(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # lazy: only for unusual encodings

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableDocument("binary content, not text")
    return _check_text(str(best)), str(best.encoding)


def _check_text(text: str) -> str:
    if not text:
        return text
    bad = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    )
    if bad > 0.02 * len(text):
        raise UnreadableDocument("binary content, not text")
    return text


# --- Markdown --------------------------------------------------------------------------------

_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_RULE = re.compile(r"^([-*_])(\s*\1){2,}$")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def markdown_blocks(lines: list[str]) -> list[Block]:
    """Markdown: markup removed, pipe tables with a separator row become table rows."""
    from ingest.loaders.tables import GridCell, table_blocks

    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (
            line.startswith("|")
            and i + 1 < len(lines)
            and _MD_SEPARATOR.match(lines[i + 1])
        ):
            rows = [_md_cells(line)]
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(_md_cells(lines[i]))
                i += 1
            grid = [[GridCell(t, (r, c)) for c, t in enumerate(row)] for r, row in enumerate(rows)]
            blocks.extend(table_blocks(grid, header_rows=1))
            continue
        i += 1
        if not line or _MD_RULE.match(line) or _DECORATION.match(line):
            continue
        text = _md_inline(_MD_HEADING.sub("", line))
        if text:
            blocks.append(Block(text=text))
    return blocks


def _md_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [_md_inline(c.replace("<br>", " ").replace("<br/>", " ")) for c in inner.split("|")]


def _md_inline(text: str) -> str:
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return " ".join(text.split())
