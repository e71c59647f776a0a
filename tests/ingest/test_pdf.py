"""PDF loader: small Vietnamese PDFs built in the test with fpdf2 and DejaVu Sans."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import UnreadableDocument
from ingest.loaders.pdf import load_pdf, text_quality
from ingest.loaders.spacing import repair_letter_spacing

fpdf = pytest.importorskip("fpdf")

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-dejavu-core is not installed")

PARAGRAPH = (
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2025 nhằm đẩy mạnh ứng dụng "
    "công nghệ thông tin trong hoạt động của các cơ quan nhà nước, nâng cao chất lượng phục "
    "vụ người dân và doanh nghiệp trên địa bàn tỉnh."
)


def new_pdf():
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(True, margin=60)
    pdf.set_margins(70, 60, 60)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.set_font("DejaVu", size=12)
    return pdf


def paragraph(pdf, text: str, *, bold: bool = False) -> None:
    pdf.set_font("DejaVu", "B" if bold else "", 12)
    pdf.multi_cell(0, 16, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)


def save(pdf, tmp_path: Path, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    pdf.output(str(path))
    return path


def texts(loaded) -> list[str]:
    return [b.text for b in loaded.blocks]


def test_blocks_carry_their_page_numbers(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    paragraph(pdf, "Trang một: " + PARAGRAPH)
    pdf.add_page()
    paragraph(pdf, "Trang hai: " + PARAGRAPH)
    loaded = load_pdf(save(pdf, tmp_path), ocr=False)
    assert loaded.format == "pdf"
    assert loaded.pages == 2
    assert [(b.page, b.text[:9]) for b in loaded.blocks] == [(1, "Trang một"), (2, "Trang hai")]
    assert loaded.blocks[0].text == "Trang một: " + PARAGRAPH
    assert not any(b.ocr for b in loaded.blocks)


def test_heading_is_its_own_block(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    paragraph(pdf, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    paragraph(pdf, "1. Mục đích", bold=True)
    paragraph(pdf, PARAGRAPH)
    loaded = load_pdf(save(pdf, tmp_path), ocr=False)
    assert texts(loaded) == ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", PARAGRAPH]


def test_table_with_header_becomes_table_rows(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    paragraph(pdf, "Phân công nhiệm vụ như sau:")
    rows = [
        ("Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"),
        ("Xây dựng kế hoạch", "Sở Tài chính", "Quý III/2025"),
        ("Triển khai nền tảng số", "Sở Khoa học và Công nghệ", ""),
    ]
    with pdf.table(col_widths=(200, 160, 110), text_align="LEFT") as table:
        for row in rows:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.ln(10)
    paragraph(pdf, "Các cơ quan triển khai thực hiện./.")
    loaded = load_pdf(save(pdf, tmp_path), ocr=False)
    table_rows = [b for b in loaded.blocks if b.kind == "table_row"]
    assert [b.text for b in table_rows] == [
        "Nhiệm vụ: Xây dựng kế hoạch; Cơ quan chủ trì: Sở Tài chính; "
        "Thời gian hoàn thành: Quý III/2025",
        "Nhiệm vụ: Triển khai nền tảng số; Cơ quan chủ trì: Sở Khoa học và Công nghệ",
    ]
    assert table_rows[0].header == ("Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành")
    assert table_rows[1].cells == ("Triển khai nền tảng số", "Sở Khoa học và Công nghệ", "")
    # Reading order, and no table text repeated outside the table.
    assert texts(loaded)[0] == "Phân công nhiệm vụ như sau:"
    assert texts(loaded)[-1] == "Các cơ quan triển khai thực hiện./."
    assert len(loaded.blocks) == 4


def test_table_continued_on_next_page_reuses_header(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    with pdf.table(col_widths=(60, 400), text_align="LEFT", repeat_headings=0) as table:
        header = table.row()
        header.cell("STT")
        header.cell("Tên đơn vị")
        for i in range(1, 61):
            row = table.row()
            row.cell(str(i))
            row.cell(f"Ủy ban nhân dân xã số {i}")
    loaded = load_pdf(save(pdf, tmp_path), ocr=False)
    rows = [b for b in loaded.blocks if b.kind == "table_row"]
    assert loaded.pages >= 2
    assert len(rows) == 60
    assert {b.page for b in rows} == set(range(1, loaded.pages + 1))
    assert all(b.header == ("STT", "Tên đơn vị") for b in rows)
    assert [b.cells[0] for b in rows] == [str(i) for i in range(1, 61)]
    assert rows[-1].text == "STT: 60; Tên đơn vị: Ủy ban nhân dân xã số 60"


def test_two_column_header_is_read_column_by_column(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    left = ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 431/KH-UBND"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Gia Lai, ngày 17 tháng 8 năm 2026"]
    for i, (a, b) in enumerate(zip(left, right)):
        y = 80 + i * 18
        pdf.set_font("DejaVu", "B" if i < 2 else "", 11)
        pdf.text(90, y, a)
        pdf.text(290, y, b)
    pdf.set_y(160)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 16, "KẾ HOẠCH", align="C", new_x="LMARGIN", new_y="NEXT")
    paragraph(pdf, PARAGRAPH)
    loaded = load_pdf(save(pdf, tmp_path), ocr=False)
    assert texts(loaded) == left + right + ["KẾ HOẠCH", PARAGRAPH]


def test_left_aligned_heading_after_header_is_not_a_column(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.text(90, 80, "SỞ NỘI VỤ")
    pdf.text(290, 80, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    pdf.text(90, 98, "Số: 12/SNV")
    pdf.text(290, 98, "Lâm Đồng, ngày 2 tháng 3 năm 2026")
    pdf.set_y(160)
    paragraph(pdf, "I. MỤC ĐÍCH", bold=True)
    paragraph(pdf, PARAGRAPH)
    loaded = load_pdf(save(pdf, tmp_path), ocr=False)
    assert texts(loaded) == ["SỞ NỘI VỤ", "Số: 12/SNV", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                             "Lâm Đồng, ngày 2 tháng 3 năm 2026", "I. MỤC ĐÍCH", PARAGRAPH]


def test_signature_block_is_read_column_by_column(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    paragraph(pdf, PARAGRAPH)
    y = pdf.get_y() + 20
    rows = [("Nơi nhận:", "KT. CHỦ TỊCH"), ("- Như trên;", "PHÓ CHỦ TỊCH"), ("- Lưu: VT.", "")]
    for i, (a, b) in enumerate(rows):
        pdf.set_font("DejaVu", "B" if i == 0 or b else "", 11)
        pdf.text(70, y + i * 16, a)
        if b:
            pdf.text(330, y + i * 16, b)
    pdf.set_font("DejaVu", "B", 11)
    pdf.text(330, y + 100, "Nguyễn Văn An")
    loaded = load_pdf(save(pdf, tmp_path), ocr=False)
    assert texts(loaded) == [PARAGRAPH, "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                             "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"]


def test_letter_spaced_text_is_joined(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_char_spacing(6)
    pdf.text(220, 90, "KẾ HOẠCH")
    pdf.set_font("DejaVu", "", 12)
    pdf.set_char_spacing(5)
    pdf.text(90, 120, "Số: 326/UBND")
    pdf.set_char_spacing(0)
    pdf.set_y(150)
    paragraph(pdf, PARAGRAPH)
    loaded = load_pdf(save(pdf, tmp_path), ocr=False)
    assert texts(loaded)[:2] == ["KẾ HOẠCH", "Số: 326/UBND"]


def test_running_page_numbers_are_dropped(tmp_path):
    class Numbered(fpdf.FPDF):
        def footer(self):
            self.set_y(-40)
            self.set_font("DejaVu", "", 10)
            self.cell(0, 10, f"- {self.page_no()} -", align="C")

    pdf = Numbered(format="A4", unit="pt")
    pdf.set_margins(70, 60, 60)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    for i in range(3):
        pdf.add_page()
        paragraph(pdf, f"Đoạn {i + 1}. " + PARAGRAPH)
    loaded = load_pdf(save(pdf, tmp_path), ocr=False)
    assert texts(loaded) == [f"Đoạn {i + 1}. " + PARAGRAPH for i in range(3)]


def test_empty_page_is_reported(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    paragraph(pdf, PARAGRAPH)
    pdf.add_page()
    loaded = load_pdf(save(pdf, tmp_path), ocr=False)
    assert loaded.pages == 2
    assert loaded.notes == ("page 2: blank",)
    assert [b.page for b in loaded.blocks] == [1]


def test_zero_byte_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(UnreadableDocument, match=r"^empty file \(0 bytes\)$"):
        load_pdf(path)


def test_corrupt_and_truncated_pdf(tmp_path):
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(UnreadableDocument, match=r"^corrupt PDF"):
        load_pdf(garbage)
    not_pdf = tmp_path / "page.pdf"
    not_pdf.write_text("<html><body>Kế hoạch</body></html>", encoding="utf-8")
    with pytest.raises(UnreadableDocument, match=r"^corrupt PDF \(no %PDF header\)$"):
        load_pdf(not_pdf)
    pdf = new_pdf()
    pdf.add_page()
    paragraph(pdf, PARAGRAPH)
    whole = save(pdf, tmp_path, "whole.pdf").read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(whole[:200])
    with pytest.raises(UnreadableDocument):
        load_pdf(truncated)


def test_password_protected_pdf(tmp_path):
    pdf = new_pdf()
    pdf.set_encryption(owner_password="chu-so-huu", user_password="mat-khau")
    pdf.add_page()
    paragraph(pdf, PARAGRAPH)
    with pytest.raises(UnreadableDocument, match=r"^password-protected PDF$"):
        load_pdf(save(pdf, tmp_path), ocr=False)


def test_text_quality():
    assert text_quality("") == 0.0
    assert text_quality("   \n ") == 0.0
    assert text_quality("(cid:3)(cid:17)(cid:42)(cid:8) (cid:3)(cid:19)") == 0.0
    assert text_quality(PARAGRAPH) == 1.0
    # A broken font map: Vietnamese with its diacritics lost and letters garbled.
    garbled = ("Sa Nang nghiep va Moi tnrong nhan duoc Cong van sa 1189/SNV ngay 29/8/2025 "
               "cua Sa NQi vu vS viec cu dai dien lanh dao tham gia Ban Vi sir tien bQ cua phu nu")
    assert text_quality(garbled) < 0.5
    # Legacy 8-bit fonts (VNI) read as Latin-1.
    assert text_quality("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam ñoäc laäp töï do haïnh phuùc "
                        "UÛy ban nhaân daân tænh ban haønh keá hoaïch") < 0.5


@pytest.mark.parametrize(
    ("spaced", "joined"),
    [
        ("S ố : 3 2 6 / U B N D", "Số: 326/UBND"),
        ("K Ế H O Ạ C H", "KẾ HOẠCH"),
        ("C Ộ N G  H Ò A  X Ã  H Ộ I", "CỘNG HÒA XÃ HỘI"),
        ("Q U Y Ế T Đ Ị N H về việc", "QUYẾT ĐỊNH về việc"),
        ("thú y ở xã A", "thú y ở xã A"),
        ("điểm 1 , 2 khoản 6", "điểm 1 , 2 khoản 6"),
        ("a b c d", "a b c d"),
        ("Kế hoạch số 12/KH-UBND", "Kế hoạch số 12/KH-UBND"),
    ],
)
def test_repair_letter_spacing(spaced, joined):
    assert repair_letter_spacing(spaced) == joined
