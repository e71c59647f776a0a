"""Plain text: encodings Vietnamese files come in, one block per non-empty line."""
from __future__ import annotations

import codecs
import unicodedata

import pytest

from ingest.errors import UnreadableDocument
from ingest.loaders.text import decode_bytes, load_text, looks_binary

SAMPLE = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐiều 1. Phê duyệt Kế hoạch ứng dụng công nghệ thông tin"

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# TCVN3 bytes of the letters used below (lower-case, plus the capital base letters).
_TCVN3 = {
    "ộ": 0xE9, "ò": 0xDF, "ã": 0xB7, "ủ": 0xF1, "ĩ": 0xDC, "ệ": 0xD6, "ề": 0xD2, "ụ": 0xF4,
    "ạ": 0xB9, "ậ": 0xCB, "ự": 0xF9, "ú": 0xF3, "Đ": 0xA7, "ơ": 0xAC, "ư": 0xAD, "ố": 0xE8,
    "đ": 0xAE, "á": 0xB8, "ả": 0xB6, "ê": 0xAA, "ở": 0xEB, "à": 0xB5, "ị": 0xDE, "ế": 0xD5,
}


def cp1258(text: str) -> bytes:
    """Encode like Windows-1258: base letter (with its quality mark) + combining tone."""
    out = bytearray()
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = [c for c in parts if c in _TONES]
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += (base + "".join(tones)).encode("cp1258")
    return bytes(out)


def tcvn3(text: str) -> bytes:
    return bytes(_TCVN3[c] if c in _TCVN3 else ord(c) for c in text)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),  # no BOM: NUL bytes give it away
        (cp1258(SAMPLE), "cp1258"),
    ],
)
def test_encodings(data, encoding):
    assert decode_bytes(data) == (SAMPLE, encoding)


def test_cp1258_tones_are_composed():
    text, encoding = decode_bytes(cp1258("Thủ tướng Chính phủ"))
    assert (text, encoding) == ("Thủ tướng Chính phủ", "cp1258")
    assert unicodedata.is_normalized("NFC", text)


def test_tcvn3_with_capitals_typed_in_the_capitals_font():
    # In TCVN3 the capital line was typed with lower-case codes in a capitals-only font.
    data = tcvn3("CộNG HòA Xã HộI CHủ NGHĩA VIệT NAM\nĐộc lập - Tự do - Hạnh phúc\n")
    data += tcvn3("Sở Tư pháp đề nghị các đơn vị báo cáo kết quả.")
    assert decode_bytes(data) == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Sở Tư pháp đề nghị các đơn vị báo cáo kết quả.",
        "tcvn3",
    )


def test_mostly_utf8_with_one_damaged_byte():
    data = ("Kế hoạch số 431/KH-UBND về nâng cao Chỉ số ICT Index " * 3).encode("utf-8")
    data = data[:20] + b"\xff" + data[20:]
    text, encoding = decode_bytes(data)
    assert encoding == "utf-8 (1 invalid bytes replaced)"
    assert text.count("\ufffd") == 1


def test_binary_junk_is_refused():
    junk = bytes((i * 37 + 11) % 256 for i in range(4000))
    assert looks_binary(junk)
    with pytest.raises(UnreadableDocument, match="^binary content, not text$"):
        decode_bytes(junk)


def test_text_is_not_binary():
    assert not looks_binary(SAMPLE.encode("utf-8"))
    assert not looks_binary(SAMPLE.encode("utf-16-le"))


def test_truncated_head_decodes_without_error():
    data = SAMPLE.encode("utf-8")
    cut = data[: data.index("ộ".encode()) + 1]  # stops inside a multi-byte character
    assert decode_bytes(cut, final=False) == ("C", "utf-8")


def test_one_block_per_line_and_one_break_per_blank_run(tmp_path):
    path = tmp_path / "kh.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n-------\n\nSố: 0130/KH-UBND\n\n   \n"
        "Do hậu quả mưa lớn kéo\ndài, từ ngày 17 đến ngày 20 tháng 11\tnăm 2025\n",
        encoding="utf-8",
    )
    loaded = load_text(path)
    assert loaded.format == "txt"
    assert loaded.pages is None
    assert loaded.notes == ()
    assert [b.text for b in loaded.blocks] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH ĐẮK LẮK",
        "",
        "Số: 0130/KH-UBND",
        "",
        "Do hậu quả mưa lớn kéo",
        "dài, từ ngày 17 đến ngày 20 tháng 11 năm 2025",
    ]
    assert all(b.kind == "text" and b.page is None for b in loaded.blocks)


def test_legacy_encoding_is_noted(tmp_path):
    path = tmp_path / "cu.txt"
    path.write_bytes(cp1258(SAMPLE))
    loaded = load_text(path)
    assert loaded.notes == ("decoded as cp1258",)
    assert loaded.blocks[0].text == "Cộng hòa xã hội chủ nghĩa Việt Nam"


def test_whitespace_only_file_has_no_text(tmp_path):
    path = tmp_path / "trang.txt"
    path.write_text(" \n\t\n\n", encoding="utf-8")
    with pytest.raises(UnreadableDocument, match="^no text$"):
        load_text(path)


def test_markdown_markup_and_tables(tmp_path):
    path = tmp_path / "kh.md"
    path.write_text(
        "# KẾ HOẠCH\n\n**Triển khai** [Đề án 06](https://example.vn/de-an)\n\n---\n\n"
        "| STT | Nhiệm vụ | Chủ trì |\n|---|:---|---|\n"
        "| 1 | Số hóa hồ sơ | Sở Nội vụ |\n| 2 | Tuyên truyền | |\n\n"
        "![logo](logo.png)Hết.\n",
        encoding="utf-8",
    )
    loaded = load_text(path)
    assert loaded.format == "md"
    assert [(b.kind, b.text) for b in loaded.blocks] == [
        ("text", "KẾ HOẠCH"),
        ("text", "Triển khai Đề án 06"),
        ("table_row", "STT: 1; Nhiệm vụ: Số hóa hồ sơ; Chủ trì: Sở Nội vụ"),
        ("table_row", "STT: 2; Nhiệm vụ: Tuyên truyền"),
        ("text", "Hết."),
    ]
