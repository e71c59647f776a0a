"""Legacy .doc: a tiny Vietnamese Word 97 file (made with LibreOffice from HTML) read with
antiword; LibreOffice (not installed in CI) is exercised only where it exists."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.errors import MissingTool, UnreadableDocument
from ingest.loaders import legacy_doc
from ingest.loaders.legacy_doc import load_doc

FIXTURE = Path(__file__).parent.parent / "fixtures" / "legacy_doc" / "ke_hoach.doc"

EXPECTED = [
    ("text", "ỦY BAN NHÂN DÂN"),
    ("text", "TỈNH LÂM ĐỒNG"),
    ("text", "Số: 12/KH-UBND"),
    ("text", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("text", "Độc lập - Tự do - Hạnh phúc"),
    ("text", "Lâm Đồng, ngày 05 tháng 3 năm 2026"),
    ("text", "KẾ HOẠCH"),
    ("text", "Chuyển đổi số năm 2026"),
    ("text", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát "
             "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("text", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("text", "Nâng cao chất lượng phục vụ người dân và doanh nghiệp; bảo đảm an toàn thông tin mạng."),
    ("text", "II. NHIỆM VỤ"),
    ("table_row", "Nhiệm vụ: Xây dựng kế hoạch; Cơ quan chủ trì: Sở Tài chính; "
                  "Thời gian hoàn thành: Quý III/2026"),
    ("table_row", "Nhiệm vụ: Triển khai nền tảng số; Cơ quan chủ trì: Sở Khoa học và Công nghệ; "
                  "Thời gian hoàn thành: Năm 2026"),
    ("text", "Trên đây là Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân tỉnh./."),
]

needs_fixture = pytest.mark.skipif(not FIXTURE.exists(), reason="no .doc fixture")
needs_antiword = pytest.mark.skipif(shutil.which("antiword") is None, reason="antiword missing")


@needs_fixture
@needs_antiword
def test_antiword_reads_paragraphs_header_and_table(monkeypatch):
    monkeypatch.setattr(legacy_doc, "_soffice", lambda: None)
    loaded = load_doc(FIXTURE)
    assert loaded.format == "doc"
    assert loaded.pages is None
    assert [(b.kind, b.text) for b in loaded.blocks] == EXPECTED
    row = loaded.blocks[12]
    assert row.header == ("Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành")
    assert row.cells == ("Xây dựng kế hoạch", "Sở Tài chính", "Quý III/2026")
    assert all(b.page is None for b in loaded.blocks)


@pytest.mark.slow
@needs_fixture
@pytest.mark.skipif(legacy_doc._soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_gives_the_same_blocks(monkeypatch):
    monkeypatch.setattr(legacy_doc, "_antiword", lambda: None)
    loaded = load_doc(FIXTURE)
    assert [(b.kind, b.text) for b in loaded.blocks] == EXPECTED


def test_no_tool_installed(monkeypatch, tmp_path):
    monkeypatch.setattr(legacy_doc, "_antiword", lambda: None)
    monkeypatch.setattr(legacy_doc, "_soffice", lambda: None)
    path = tmp_path / "a.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(MissingTool) as err:
        load_doc(path)
    assert str(err.value) == "legacy .doc: install antiword (apt) or libreoffice to read it"


def test_empty_file(tmp_path):
    path = tmp_path / "empty.doc"
    path.write_bytes(b"")
    with pytest.raises(UnreadableDocument, match=r"^empty file \(0 bytes\)$"):
        load_doc(path)


@needs_antiword
def test_corrupt_doc(monkeypatch, tmp_path):
    monkeypatch.setattr(legacy_doc, "_soffice", lambda: None)
    ole = tmp_path / "broken.doc"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    with pytest.raises(UnreadableDocument, match=r"^corrupt \.doc"):
        load_doc(ole)
    text = tmp_path / "notes.doc"
    text.write_text("Kế hoạch này không phải tệp Word.", encoding="utf-8")
    with pytest.raises(UnreadableDocument, match=r"^not a Word 97-2003 document"):
        load_doc(text)


@needs_fixture
@needs_antiword
def test_truncated_doc_does_not_crash(monkeypatch, tmp_path):
    monkeypatch.setattr(legacy_doc, "_soffice", lambda: None)
    path = tmp_path / "cut.doc"
    path.write_bytes(FIXTURE.read_bytes()[:1500])
    with pytest.raises(UnreadableDocument):
        load_doc(path)


def test_enter_inside_a_sentence_joins_but_a_list_item_stays_apart():
    blocks = legacy_doc._blocks([
        "Kế hoạch triển khai thực hiện",
        "chuyển đổi số năm 2026",
        "1. Trách nhiệm của Tổ phó là Phó Giám đốc Sở Nội vụ",
        "a) Giúp Tổ trưởng chỉ đạo các hoạt động chung",
        "- phối hợp với các sở, ngành.",
    ])
    assert [b.text for b in blocks] == [
        "Kế hoạch triển khai thực hiện chuyển đổi số năm 2026",
        "1. Trách nhiệm của Tổ phó là Phó Giám đốc Sở Nội vụ",
        "a) Giúp Tổ trưởng chỉ đạo các hoạt động chung",
        "- phối hợp với các sở, ngành.",
    ]
