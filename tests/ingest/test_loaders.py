"""The format dispatcher: content and extension decide, bad input fails with a short reason."""
from __future__ import annotations

import sys
import types
import zipfile
from pathlib import Path

import pytest

from ingest.errors import MissingTool, UnreadableDocument, UnsupportedFormat
from ingest.loaders import SUPPORTED_EXTENSIONS, is_supported, load
from ingest.loaders.tables import GridCell, is_layout_table, table_blocks
from ingest.records import Block, Loaded

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def make_docx(path: Path, *lines: str) -> Path:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.fixture
def fake_pdf(monkeypatch):
    """Replace ingest.loaders.pdf with a recorder, so dispatch is tested without the loader."""
    calls = []
    module = types.ModuleType("ingest.loaders.pdf")

    def load_pdf(path, *, ocr=True, progress=False):
        calls.append((Path(path).name, ocr, progress))
        return Loaded(blocks=(Block("Kế hoạch số 12/KH-UBND", page=1),), format="pdf", pages=1)

    module.load_pdf = load_pdf
    monkeypatch.setitem(sys.modules, "ingest.loaders.pdf", module)
    return calls


def test_supported_extensions_and_lock_files():
    assert SUPPORTED_EXTENSIONS == {".pdf", ".docx", ".doc", ".txt", ".md", ".html", ".htm"}
    assert is_supported(Path("a/Quyết định 12.PDF"))
    assert is_supported(Path("trang.htm"))
    assert not is_supported(Path("bang.tsv"))
    assert not is_supported(Path("README"))
    assert not is_supported(Path("~$ Kế hoạch.docx"))


@pytest.mark.parametrize("ext", [".tsv", ".csv", ".png", ".jpg", ".xlsx", ".zip", ".rtf"])
def test_unsupported_extension_is_skipped(tmp_path, ext):
    path = write(tmp_path, f"tep{ext}", "STT\tĐơn vị\n1\tSở Nội vụ\n")
    with pytest.raises(UnsupportedFormat) as err:
        load(path)
    assert str(err.value) == f"unsupported file type {ext}"


def test_no_extension_is_skipped(tmp_path):
    with pytest.raises(UnsupportedFormat, match=r"^unsupported file type \(no extension\)$"):
        load(write(tmp_path, "README", "Kế hoạch"))


def test_empty_file_fails(tmp_path):
    with pytest.raises(UnreadableDocument) as err:
        load(write(tmp_path, "rong.pdf", b""))
    assert str(err.value) == "empty file"


def test_empty_unsupported_file_is_skipped_not_failed(tmp_path):
    with pytest.raises(UnsupportedFormat):
        load(write(tmp_path, "anh.png", b""))


def test_file_above_the_size_limit_fails(tmp_path):
    path = write(tmp_path, "lon.txt", "Kế hoạch triển khai\n" * 110_000)  # 2.7 MB
    with pytest.raises(UnreadableDocument) as err:
        load(path, max_bytes=1024 * 1024)
    assert str(err.value) == "file too large (2.7 MB > 1.0 MB limit)"


def test_directory_named_like_a_document_fails(tmp_path):
    (tmp_path / "thu-muc.txt").mkdir()
    with pytest.raises(UnreadableDocument, match="^not a regular file$"):
        load(tmp_path / "thu-muc.txt")


def test_pdf_extension_with_html_content_fails(tmp_path):
    path = write(tmp_path, "van-ban.pdf", "<!DOCTYPE html><html><body>Không tìm thấy trang</body></html>")
    with pytest.raises(UnreadableDocument) as err:
        load(path)
    assert str(err.value) == "not a PDF: content looks like HTML"


def test_pdf_extension_with_an_image_fails(tmp_path):
    path = write(tmp_path, "scan.pdf", b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(UnreadableDocument, match="^not a PDF: content looks like a PNG image$"):
        load(path)


def test_docx_extension_with_text_content_fails(tmp_path):
    path = write(tmp_path, "cong-van.docx", "Công văn số 12/UBND-VX về việc triển khai")
    with pytest.raises(UnreadableDocument) as err:
        load(path)
    assert str(err.value) == "not a Word document: content looks like plain text"


def test_docx_extension_with_another_zip_fails(tmp_path):
    path = tmp_path / "bang.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnreadableDocument) as err:
        load(path)
    assert str(err.value) == "not a Word document: content looks like an Excel workbook (.xlsx)"


def test_truncated_docx_is_corrupt(tmp_path):
    good = make_docx(tmp_path / "good.docx", "Điều 1. Phê duyệt")
    path = write(tmp_path, "hong.docx", good.read_bytes()[:300])
    with pytest.raises(UnreadableDocument, match=r"^corrupt DOCX \("):
        load(path)


def test_txt_full_of_binary_junk_fails(tmp_path):
    junk = bytes((i * 37 + 11) % 256 for i in range(4000))
    with pytest.raises(UnreadableDocument) as err:
        load(write(tmp_path, "rac.txt", junk))
    assert str(err.value) == "binary content, not text"


def test_txt_that_is_really_a_pdf_fails(tmp_path):
    with pytest.raises(UnreadableDocument) as err:
        load(write(tmp_path, "van-ban.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))
    assert str(err.value) == "binary content, not text (looks like a PDF)"


def test_password_protected_word_file_fails(tmp_path):
    data = OLE2 + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(100)
    with pytest.raises(UnreadableDocument) as err:
        load(write(tmp_path, "mat.docx", data))
    assert str(err.value) == "password-protected Word document: remove the password"


def test_text_and_markdown_dispatch(tmp_path):
    txt = load(write(tmp_path, "a.txt", "KẾ HOẠCH\nTriển khai chuyển đổi số\n"))
    md = load(write(tmp_path, "a.md", "# KẾ HOẠCH\n\nTriển khai **chuyển đổi số**\n"))
    assert (txt.format, [b.text for b in txt.blocks]) == ("txt", ["KẾ HOẠCH", "Triển khai chuyển đổi số"])
    assert (md.format, [b.text for b in md.blocks]) == ("md", ["KẾ HOẠCH", "Triển khai chuyển đổi số"])


def test_html_dispatch_by_extension_and_by_content(tmp_path):
    page = "<!doctype html><html><body><p>Thông báo kết luận của Chủ tịch UBND tỉnh.</p></body></html>"
    by_ext = load(write(tmp_path, "tb.htm", page))
    by_content = load(write(tmp_path, "tb.txt", "\n  " + page))
    assert by_ext.format == by_content.format == "html"
    assert [b.text for b in by_content.blocks] == ["Thông báo kết luận của Chủ tịch UBND tỉnh."]


def test_docx_dispatch(tmp_path):
    loaded = load(make_docx(tmp_path / "qd.docx", "QUYẾT ĐỊNH", "", "Điều 1. Phê duyệt Kế hoạch"))
    assert loaded.format == "docx"
    assert loaded.pages is None
    assert [b.text for b in loaded.blocks] == ["QUYẾT ĐỊNH", "Điều 1. Phê duyệt Kế hoạch"]
    assert loaded.notes == ()


def test_doc_extension_holding_a_docx_is_read_as_docx(tmp_path):
    path = tmp_path / "qd.doc"
    make_docx(path, "Điều 1. Phê duyệt")
    loaded = load(path)
    assert loaded.format == "docx"
    assert [b.text for b in loaded.blocks] == ["Điều 1. Phê duyệt"]
    assert loaded.notes == ("extension .doc but the content is a Word document (.docx); read as such",)


def test_doc_extension_holding_html_is_read_as_html(tmp_path):
    page = "<html><body><p>Công văn số 45/UBND-KT về việc báo cáo tiến độ.</p></body></html>"
    loaded = load(write(tmp_path, "cv.doc", page))
    assert loaded.format == "html"
    assert loaded.notes[0] == "extension .doc but the content is HTML; read as HTML"


def test_pdf_goes_to_the_pdf_loader_with_its_options(tmp_path, fake_pdf):
    loaded = load(write(tmp_path, "kh.pdf", b"%PDF-1.4\n..."), ocr=False, progress=True)
    assert fake_pdf == [("kh.pdf", False, True)]
    assert loaded.format == "pdf"


def test_ole2_word_file_goes_to_the_legacy_loader(tmp_path, monkeypatch):
    module = types.ModuleType("ingest.loaders.legacy_doc")
    seen = []

    def load_doc(path):
        seen.append(Path(path).name)
        return Loaded(blocks=(Block("BÁO CÁO"),), format="doc")

    module.load_doc = load_doc
    monkeypatch.setitem(sys.modules, "ingest.loaders.legacy_doc", module)
    data = OLE2 + bytes(504) + "WordDocument".encode("utf-16-le") + bytes(100)
    assert load(write(tmp_path, "bc.doc", data)).format == "doc"
    # A truncated OLE2 file (no stream names left) is still the legacy loader's to judge.
    assert load(write(tmp_path, "cut.doc", OLE2 + bytes(504))).format == "doc"
    renamed = load(write(tmp_path, "bc.docx", data))
    assert renamed.notes == (
        "extension .docx but the content is a Word 97-2003 document (.doc); read as such",
    )
    assert seen == ["bc.doc", "cut.doc", "bc.docx"]


def test_ole2_spreadsheet_named_doc_fails(tmp_path):
    data = OLE2 + bytes(504) + "Workbook".encode("utf-16-le") + bytes(100)
    with pytest.raises(UnreadableDocument) as err:
        load(write(tmp_path, "bang.doc", data))
    assert str(err.value) == "not a Word document: content looks like an Excel 97-2003 workbook (.xls)"


def test_library_errors_become_unreadable_document(tmp_path, monkeypatch):
    module = types.ModuleType("ingest.loaders.pdf")

    def load_pdf(path, *, ocr=True, progress=False):
        raise RuntimeError("xref table broken\nat offset 12")

    module.load_pdf = load_pdf
    monkeypatch.setitem(sys.modules, "ingest.loaders.pdf", module)
    with pytest.raises(UnreadableDocument) as err:
        load(write(tmp_path, "hong.pdf", b"%PDF-1.4\n..."))
    assert str(err.value) == "could not read PDF (RuntimeError: xref table broken at offset 12)"


def test_missing_loader_module_skips_the_file(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ingest.loaders.pdf", None)
    with pytest.raises(MissingTool) as err:
        load(write(tmp_path, "kh.pdf", b"%PDF-1.4\n..."))
    assert str(err.value) == "no PDF loader in this installation (ingest.loaders.pdf)"


def test_loader_returning_no_text_fails_with_its_note(tmp_path, monkeypatch):
    module = types.ModuleType("ingest.loaders.pdf")
    module.load_pdf = lambda path, *, ocr=True, progress=False: Loaded(
        blocks=(), format="pdf", pages=2, notes=("page 1: no text layer (scanned?)",)
    )
    monkeypatch.setitem(sys.modules, "ingest.loaders.pdf", module)
    with pytest.raises(UnreadableDocument) as err:
        load(write(tmp_path, "scan.pdf", b"%PDF-1.4\n..."))
    assert str(err.value) == "no text found: page 1: no text layer (scanned?)"


# --- Shared table rendering ------------------------------------------------------------------


def grid(rows: list[list[str]]) -> list[list[GridCell]]:
    return [[GridCell(t, (r, c)) for c, t in enumerate(row)] for r, row in enumerate(rows)]


def test_data_table_rows_carry_their_header():
    blocks = table_blocks(
        grid(
            [
                ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
                ["1", "2", "3", "4"],  # column numbers under the header
                ["1", "Xây dựng kế hoạch\nchuyển đổi số", "Sở Khoa học và Công nghệ", "Quý I/2026"],
                ["2", "Tuyên truyền", "", "Hằng năm"],
            ]
        )
    )
    assert [b.text for b in blocks] == [
        "STT: 1; Nhiệm vụ: Xây dựng kế hoạch chuyển đổi số; Cơ quan chủ trì: Sở Khoa học và "
        "Công nghệ; Thời gian: Quý I/2026",
        "STT: 2; Nhiệm vụ: Tuyên truyền; Thời gian: Hằng năm",
    ]
    assert blocks[1].kind == "table_row"
    assert blocks[1].header == ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian")
    assert blocks[1].cells == ("2", "Tuyên truyền", "", "Hằng năm")


def test_merged_cells_are_written_once_per_row_and_repeated_down():
    group = GridCell("Sở Nội vụ", (1, 0))
    span = GridCell("Hoàn thành trong năm 2026", (1, 1))
    rows = [
        [GridCell("Cơ quan", (0, 0)), GridCell("Nhiệm vụ", (0, 1)), GridCell("Thời hạn", (0, 2))],
        [group, span, span],  # a cell spanning two columns
        [group, GridCell("Báo cáo quý", (2, 1)), GridCell("Hằng quý", (2, 2))],  # merged down
    ]
    assert [b.text for b in table_blocks(rows)] == [
        "Cơ quan: Sở Nội vụ; Nhiệm vụ: Hoàn thành trong năm 2026",
        "Cơ quan: Sở Nội vụ; Nhiệm vụ: Báo cáo quý; Thời hạn: Hằng quý",
    ]


def test_two_level_header_and_full_width_group_row():
    top = GridCell("Kết quả", (0, 1))
    rows = [
        [GridCell("Đơn vị", (0, 0)), top, top],
        [GridCell("Đơn vị", (0, 0)), GridCell("Điểm", (1, 1)), GridCell("Xếp loại", (1, 2))],
        [GridCell("I. Cấp tỉnh", (2, 0))] * 3,
        [GridCell("Sở Tư pháp", (3, 0)), GridCell("93,01", (3, 1)), GridCell("Tốt", (3, 2))],
    ]
    blocks = table_blocks(rows)
    assert [(b.kind, b.text) for b in blocks] == [
        ("text", "I. Cấp tỉnh"),
        ("table_row", "Đơn vị: Sở Tư pháp; Kết quả / Điểm: 93,01; Kết quả / Xếp loại: Tốt"),
    ]


def test_document_header_table_is_read_column_by_column():
    rows = grid(
        [
            ["ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
            ["Số: 12/QĐ-UBND", "Lâm Đồng, ngày 05 tháng 3 năm 2026"],
        ]
    )
    assert is_layout_table(rows)
    assert [(b.kind, b.text) for b in table_blocks(rows)] == [
        ("text", "ỦY BAN NHÂN DÂN"),
        ("text", "TỈNH LÂM ĐỒNG"),
        ("text", "Số: 12/QĐ-UBND"),
        ("text", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("text", "Độc lập - Tự do - Hạnh phúc"),
        ("text", "Lâm Đồng, ngày 05 tháng 3 năm 2026"),
    ]


def test_first_row_of_numbers_is_not_a_header():
    blocks = table_blocks(grid([["1", "Sở Y tế", "90,5"], ["2", "Sở Xây dựng", "88,3"]]))
    assert [(b.text, b.header) for b in blocks] == [
        ("1; Sở Y tế; 90,5", ()),
        ("2; Sở Xây dựng; 88,3", ()),
    ]
