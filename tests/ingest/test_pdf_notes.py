"""Footnotes in PDFs: small PDFs built with fpdf2 and DejaVu Sans, each with a body paragraph
and notes at the page bottom in a smaller font."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders.pdf import load_pdf
from ingest.loaders.pdf_layout import Line
from ingest.loaders.pdf_notes import NoteArea, note_texts
from ingest.loaders.spacing import Word
from ingest.structure import paragraphs

fpdf = pytest.importorskip("fpdf")

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-dejavu-core is not installed")

LEFT, RIGHT = 70, 60
OPENING = "Căn cứ Quyết định số 123/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh;"
CROSSING = (
    "Để triển khai có hiệu quả các nhiệm vụ cải cách hành chính năm 2025, Ủy ban nhân dân tỉnh "
    "yêu cầu các sở, ban, ngành và Ủy ban nhân dân các xã, phường tập trung rà soát, cắt giảm "
    "thủ tục hành chính, đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, số hóa hồ sơ và "
    "kết quả giải quyết thủ tục hành chính, nâng cao mức độ hài lòng của người dân và doanh "
    "nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh."
)
NOTE_1 = ("Quyết định số 123/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh ban hành Kế hoạch "
          "cải cách hành chính năm 2025.")
NOTE_2 = "Công văn số 45/SNV-CCHC ngày 10/3/2025 của Sở Nội vụ."


class _Doc(fpdf.FPDF):
    """A4 in points; ``notes[page]`` are drawn at the bottom of that page by the footer."""

    def __init__(self, notes: dict[int, list[tuple[str, str]]], *, rule: bool = True):
        super().__init__(format="A4", unit="pt")
        self.notes, self.rule = notes, rule
        self.set_auto_page_break(True, margin=150)
        self.set_margins(LEFT, 60, RIGHT)
        self.add_font("DejaVu", "", str(FONT))
        self.add_font("DejaVu", "B", str(FONT_BOLD))

    def footer(self):
        notes = self.notes.get(self.page_no())
        if not notes:
            return
        y = self.h - 130
        if self.rule:
            self.set_line_width(0.6)
            self.line(LEFT, y, LEFT + 144, y)
        for mark, text in notes:
            y += 13
            if mark:
                self.set_font("DejaVu", "", 6.5)
                self.text(LEFT, y - 4, mark)
            self.set_font("DejaVu", "", 10)
            self.text(LEFT + 3 * len(mark) + 2, y, text)


def paragraph(pdf, text: str, *, bold: bool = False, size: float = 13) -> None:
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.multi_cell(0, 17, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)


def body_pages(pdf) -> None:
    """A paragraph broken by the page break two lines before the end of page 1."""
    pdf.add_page()
    paragraph(pdf, OPENING)
    pdf.set_y(pdf.h - 150 - 2 * 17 - 2)
    paragraph(pdf, CROSSING)


def texts(loaded) -> list[str]:
    return [b.text for b in loaded.blocks]


def test_paragraph_crossing_the_page_joins_over_the_footnotes(tmp_path):
    pdf = _Doc({1: [("1", NOTE_1), ("2", NOTE_2)]})
    body_pages(pdf)
    path = tmp_path / "notes.pdf"
    pdf.output(str(path))
    loaded = load_pdf(path, ocr=False)
    assert loaded.pages == 2
    assert texts(loaded) == [OPENING, CROSSING, "", "1 " + NOTE_1, "", "2 " + NOTE_2, ""]
    assert [b.page for b in loaded.blocks] == [1, 1, 1, 1, 1, 1, 1]
    # Downstream the notes stay paragraphs of their own.
    _, paras = paragraphs(loaded.blocks, fmt="pdf")
    assert [p.text for p in paras] == [OPENING, CROSSING, "1 " + NOTE_1, "2 " + NOTE_2]


def test_notes_without_a_rule_are_found_by_their_raised_marker(tmp_path):
    pdf = _Doc({1: [("1", NOTE_1)]}, rule=False)
    body_pages(pdf)
    path = tmp_path / "notes.pdf"
    pdf.output(str(path))
    assert texts(load_pdf(path, ocr=False)) == [OPENING, CROSSING, "", "1 " + NOTE_1, ""]


def test_footnote_under_the_signature_is_not_glued_to_the_signer(tmp_path):
    pdf = _Doc({1: [("1", NOTE_1)]})
    pdf.add_page()
    paragraph(pdf, OPENING)
    paragraph(pdf, "Đề nghị các cơ quan, đơn vị triển khai thực hiện./.")
    y = pdf.get_y() + 20
    pdf.set_font("DejaVu", "B", 12)
    pdf.text(LEFT, y, "Nơi nhận:")
    pdf.text(340, y, "KT. CHỦ TỊCH")
    pdf.text(340, y + 16, "PHÓ CHỦ TỊCH")
    pdf.set_font("DejaVu", "", 10)
    pdf.text(LEFT, y + 16, "- Như trên;")
    pdf.text(LEFT, y + 30, "- Lưu: VT.")
    pdf.set_font("DejaVu", "B", 13)
    pdf.text(340, y + 90, "Nguyễn Văn An")
    path = tmp_path / "letter.pdf"
    pdf.output(str(path))
    loaded = load_pdf(path, ocr=False)
    _, paras = paragraphs(loaded.blocks, fmt="pdf")
    assert [p.text for p in paras][-2:] == ["Nguyễn Văn An", "1 " + NOTE_1]


def test_small_lines_without_marker_or_rule_stay_in_the_body(tmp_path):
    # A recipients list and a numbered line in a small font at the bottom: not footnotes.
    pdf = _Doc({1: [("", "- Như trên;"), ("", "1 Lưu: VT, CCHC.")]}, rule=False)
    pdf.add_page()
    paragraph(pdf, OPENING)
    path = tmp_path / "plain.pdf"
    pdf.output(str(path))
    assert texts(load_pdf(path, ocr=False)) == [OPENING, "- Như trên;", "1 Lưu: VT, CCHC."]


def test_note_running_over_the_page_is_continued(tmp_path):
    first, rest = NOTE_1.split(" ban hành ")

    class Continued(_Doc):
        def footer(self):
            if self.page_no() == 2:
                y = self.h - 130
                self.set_line_width(0.6)
                self.line(LEFT, y, self.w - RIGHT, y)  # Word's continuation separator
                self.set_font("DejaVu", "", 10)
                self.text(LEFT, y + 13, "ban hành " + rest)
            else:
                super().footer()

    pdf = Continued({1: [("1", first)]})
    body_pages(pdf)
    path = tmp_path / "long_note.pdf"
    pdf.output(str(path))
    loaded = load_pdf(path, ocr=False)
    assert texts(loaded) == [OPENING, CROSSING, "", "1 " + NOTE_1, ""]
    assert loaded.blocks[3].page == 1


def _line(*words: str, top: float = 700.0) -> Line:
    out, x = [], 70.0
    for w in words:
        out.append(Word(text=w, x0=x, x1=x + 6 * len(w), top=top, bottom=top + 10, size=10))
        x += 6 * len(w) + 3
    return Line.of(out)


def test_note_texts_mends_a_split_marker_and_joins_wrapped_lines():
    lines = [
        _line("1", "0", "Công", "văn", "số", "12/2025/TT-", top=700),
        _line("BNV", "của", "Bộ", "Nội", "vụ.", top=712),
        _line("11", "Kế", "hoạch", "số", "5/KH-UBND.", top=724),
    ]
    area = NoteArea(top=700, limit=12.6, marks=((700, "10"), (724, "11")))
    assert note_texts(lines, area) == [
        "10 Công văn số 12/2025/TT-BNV của Bộ Nội vụ.",
        "11 Kế hoạch số 5/KH-UBND.",
    ]


def test_table_running_over_a_page_with_notes_keeps_its_header(tmp_path):
    pdf = _Doc({1: [("1", NOTE_2)]})
    pdf.add_page()
    pdf.set_font("DejaVu", "", 12)
    with pdf.table(col_widths=(60, 400), text_align="LEFT", repeat_headings=0) as table:
        header = table.row()
        header.cell("STT")
        header.cell("Tên đơn vị")
        for i in range(1, 41):
            row = table.row()
            row.cell(str(i))
            row.cell(f"Ủy ban nhân dân xã số {i}")
    path = tmp_path / "table.pdf"
    pdf.output(str(path))
    loaded = load_pdf(path, ocr=False)
    rows = [b for b in loaded.blocks if b.kind == "table_row"]
    assert loaded.pages == 2
    assert [b.cells[0] for b in rows] == [str(i) for i in range(1, 41)]
    assert all(b.header == ("STT", "Tên đơn vị") for b in rows)
    assert [b.text for b in loaded.blocks if b.kind == "text" and b.text] == ["1 " + NOTE_2]
