"""DOCX: body order, Word numbering written out, data tables vs layout tables."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from ingest.errors import UnreadableDocument
from ingest.loaders.docx import load_docx

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def texts(path: Path) -> list[str]:
    return [b.text for b in load_docx(path).blocks]


def add_list(document, num_id: int, levels, *, abstract_id: int | None = None, overrides=None):
    """Define a list: ``levels`` is [(numFmt, lvlText), ...] from level 0 down."""
    numbering = document.part.numbering_part.element
    aid = abstract_id if abstract_id is not None else num_id + 100
    if abstract_id is None:
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>'
            for i, (fmt, text) in enumerate(levels)
        )
        numbering.append(parse_xml(f'<w:abstractNum {NS} w:abstractNumId="{aid}">{lvls}</w:abstractNum>'))
    extra = "".join(
        f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for lvl, start in (overrides or {}).items()
    )
    numbering.append(
        parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{extra}</w:num>')
    )


def numbered(container, text: str, num_id: int, ilvl: int):
    p = container.add_paragraph(text)
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return p


def test_numbering_labels_are_rendered_with_counters(tmp_path):
    document = docx.Document()
    add_list(
        document,
        41,
        [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "\uf0b7")],
    )
    for ilvl, text in [
        (0, "MỤC ĐÍCH, YÊU CẦU"),
        (1, "Mục đích"),
        (2, "Nâng cao Chỉ số ICT Index"),
        (2, "Cải thiện thứ hạng"),
        (3, "Ưu tiên cấp xã"),
        (1, "Yêu cầu"),
        (0, "NHIỆM VỤ, GIẢI PHÁP"),
        (1, "Hạ tầng kỹ thuật"),
    ]:
        numbered(document, text, 41, ilvl)
    document.save(tmp_path / "kh.docx")
    assert texts(tmp_path / "kh.docx") == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "a) Nâng cao Chỉ số ICT Index",
        "b) Cải thiện thứ hạng",
        "- Ưu tiên cấp xã",
        "2. Yêu cầu",
        "II. NHIỆM VỤ, GIẢI PHÁP",
        "1. Hạ tầng kỹ thuật",
    ]


def test_multi_level_labels_overrides_and_shared_lists(tmp_path):
    document = docx.Document()
    add_list(document, 51, [("decimal", "%1."), ("decimal", "%1.%2.")])
    add_list(document, 52, [], abstract_id=151)  # same list, continues numbering
    add_list(document, 53, [], abstract_id=151, overrides={0: 5})  # same list, restarts at 5
    numbered(document, "Hạ tầng kỹ thuật", 51, 0)
    numbered(document, "Hạ tầng xã hội", 51, 1)
    numbered(document, "Hạ tầng cơ quan nhà nước", 51, 1)
    document.add_paragraph("Đoạn văn không đánh số.")
    numbered(document, "Nhân lực", 52, 0)
    numbered(document, "Nhân lực xã hội", 52, 1)
    numbered(document, "Ứng dụng", 53, 0)
    document.save(tmp_path / "kh.docx")
    assert texts(tmp_path / "kh.docx") == [
        "1. Hạ tầng kỹ thuật",
        "1.1. Hạ tầng xã hội",
        "1.2. Hạ tầng cơ quan nhà nước",
        "Đoạn văn không đánh số.",
        "2. Nhân lực",
        "2.1. Nhân lực xã hội",
        "5. Ứng dụng",
    ]


def test_numbering_from_the_paragraph_style(tmp_path):
    document = docx.Document()
    add_list(document, 61, [("upperRoman", "%1.")])
    style = document.styles["Heading 1"]
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {NS}><w:numId w:val="61"/></w:numPr>')
    )
    document.add_paragraph("MỤC TIÊU", style="Heading 1")
    document.add_paragraph("Nâng cao chất lượng phục vụ.")
    document.add_paragraph("TỔ CHỨC THỰC HIỆN", style="Heading 1")
    document.save(tmp_path / "kh.docx")
    assert texts(tmp_path / "kh.docx") == [
        "I. MỤC TIÊU",
        "Nâng cao chất lượng phục vụ.",
        "II. TỔ CHỨC THỰC HIỆN",
    ]


def test_paragraphs_and_tables_in_body_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("Phụ lục: Danh sách thành viên")
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(
        table.rows,
        [
            ("STT", "Họ và tên", "Chức vụ"),
            ("1", "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh"),
            ("2", "Trần Thị Bình", ""),
        ],
    ):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("")
    document.add_paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    document.save(tmp_path / "qd.docx")
    blocks = load_docx(tmp_path / "qd.docx").blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("text", "Phụ lục: Danh sách thành viên"),
        ("table_row", "STT: 1; Họ và tên: Nguyễn Văn An; Chức vụ: Phó Chủ tịch UBND tỉnh"),
        ("table_row", "STT: 2; Họ và tên: Trần Thị Bình"),
        ("text", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
    ]
    assert blocks[2].cells == ("2", "Trần Thị Bình", "")
    assert blocks[2].header == ("STT", "Họ và tên", "Chức vụ")


def test_merged_cells_and_multi_paragraph_cells(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    header = ("Lĩnh vực", "Nhiệm vụ", "Thời gian")
    for cell, value in zip(table.rows[0].cells, header):
        cell.text = value
    merged = table.cell(1, 0).merge(table.cell(2, 0))  # vertical merge
    merged.text = "Cải cách thể chế"
    table.cell(1, 1).text = "Rà soát văn bản"
    table.cell(1, 1).add_paragraph("quy phạm pháp luật")
    table.cell(1, 2).text = "Quý I"
    table.cell(2, 1).text = "Công bố danh mục"
    table.cell(2, 2).text = "Hằng năm"
    wide = table.cell(3, 1).merge(table.cell(3, 2))  # horizontal merge
    table.cell(3, 0).text = "Cải cách thủ tục"
    wide.text = "Đang xây dựng"
    document.save(tmp_path / "kh.docx")
    assert texts(tmp_path / "kh.docx") == [
        "Lĩnh vực: Cải cách thể chế; Nhiệm vụ: Rà soát văn bản quy phạm pháp luật; Thời gian: Quý I",
        "Lĩnh vực: Cải cách thể chế; Nhiệm vụ: Công bố danh mục; Thời gian: Hằng năm",
        "Lĩnh vực: Cải cách thủ tục; Nhiệm vụ: Đang xây dựng",
    ]


def test_header_and_signature_tables_are_read_column_by_column(tmp_path):
    document = docx.Document()
    head = document.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN"
    head.cell(0, 0).add_paragraph("TỈNH LÂM ĐỒNG")
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    head.cell(0, 1).add_paragraph("Độc lập - Tự do - Hạnh phúc")
    head.cell(1, 0).text = "Số:      /QĐ-UBND"
    head.cell(1, 1).text = "Lâm Đồng, ngày      tháng 3 năm 2026"
    document.add_paragraph("QUYẾT ĐỊNH")
    sign = document.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:"
    sign.cell(0, 0).add_paragraph("- Như Điều 3;")
    sign.cell(0, 0).add_paragraph("- Lưu: VT, NC.")
    sign.cell(0, 1).text = "KT. CHỦ TỊCH"
    sign.cell(0, 1).add_paragraph("PHÓ CHỦ TỊCH")
    sign.cell(0, 1).add_paragraph("")
    sign.cell(0, 1).add_paragraph("Nguyễn Văn An")
    document.save(tmp_path / "qd.docx")
    blocks = load_docx(tmp_path / "qd.docx").blocks
    assert all(b.kind == "text" for b in blocks)
    assert [b.text for b in blocks] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH LÂM ĐỒNG",
        "Số: /QĐ-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Lâm Đồng, ngày tháng 3 năm 2026",
        "QUYẾT ĐỊNH",
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Lưu: VT, NC.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Văn An",
    ]


def test_auto_numbered_index_column_in_a_table(tmp_path):
    document = docx.Document()
    add_list(document, 71, [("decimal", "%1.")])
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "STT"
    table.cell(0, 1).text = "Đơn vị"
    for row, name in ((1, "Sở Y tế"), (2, "Sở Tài chính")):
        cell = table.cell(row, 0)
        cell.paragraphs[0]._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {NS}><w:ilvl w:val="0"/><w:numId w:val="71"/></w:numPr>')
        )
        table.cell(row, 1).text = name
    document.save(tmp_path / "pl.docx")
    assert texts(tmp_path / "pl.docx") == ["STT: 1.; Đơn vị: Sở Y tế", "STT: 2.; Đơn vị: Sở Tài chính"]


def test_runs_breaks_revisions_links_and_hidden_text(tmp_path):
    document = docx.Document()
    p = document.add_paragraph("KẾ HOẠCH")
    p.runs[0].add_break()
    p.add_run("Chuyển đổi số năm 2026")
    p2 = document.add_paragraph("Nộp hồ sơ qua ")
    p2._p.append(parse_xml(f'<w:hyperlink {NS}><w:r><w:t>Cổng Dịch vụ công</w:t></w:r></w:hyperlink>'))
    p2._p.append(parse_xml(f'<w:del {NS} w:id="1" w:author="A"><w:r><w:delText> trước đây</w:delText></w:r></w:del>'))
    p2._p.append(parse_xml(f'<w:ins {NS} w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> quốc gia</w:t></w:r></w:ins>'))
    p2._p.append(parse_xml(f'<w:r {NS}><w:rPr><w:vanish/></w:rPr><w:t>ghi chú ẩn</w:t></w:r>'))
    document.save(tmp_path / "kh.docx")
    assert texts(tmp_path / "kh.docx") == [
        "KẾ HOẠCH",
        "Chuyển đổi số năm 2026",
        "Nộp hồ sơ qua Cổng Dịch vụ công quốc gia",
    ]


def test_text_box_is_read_once(tmp_path):
    document = docx.Document()
    cell = document.add_table(rows=1, cols=2).cell(0, 0)
    cell.text = "ỦY BAN NHÂN DÂN"
    box = '<w:txbxContent><w:p><w:r><w:t>V/v triển khai cai nghiện tại cộng đồng</w:t></w:r></w:p></w:txbxContent>'
    cell.paragraphs[0]._p.append(
        parse_xml(
            f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}'
            f'</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>{box}</v:textbox>'
            "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    document.tables[0].cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    document.save(tmp_path / "cv.docx")
    assert texts(tmp_path / "cv.docx") == [
        "ỦY BAN NHÂN DÂN",
        "V/v triển khai cai nghiện tại cộng đồng",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]


def test_loaded_record(tmp_path):
    document = docx.Document()
    document.add_paragraph("Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.")
    document.save(tmp_path / "qd.docx")
    loaded = load_docx(tmp_path / "qd.docx")
    assert (loaded.format, loaded.pages, loaded.notes) == ("docx", None, ())
    assert loaded.blocks[0].page is None


def test_corrupt_docx(tmp_path):
    path = tmp_path / "hong.docx"
    good = tmp_path / "good.docx"
    docx.Document().save(good)
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]  # cut in the middle of the XML
            dst.writestr(item, data)
    with pytest.raises(UnreadableDocument, match=r"^corrupt DOCX \("):
        load_docx(path)
    (tmp_path / "not-zip.docx").write_bytes(b"PK\x03\x04 garbage")
    with pytest.raises(UnreadableDocument, match=r"^corrupt DOCX \("):
        load_docx(tmp_path / "not-zip.docx")


def test_docx_without_text(tmp_path):
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(tmp_path / "rong.docx")
    with pytest.raises(UnreadableDocument, match="^no text in DOCX$"):
        load_docx(tmp_path / "rong.docx")


def test_each_article_gets_its_own_section_and_passage(tmp_path):
    # Articles typed as split runs ("Điều 1" + "." + " " + text + "."), two of them in one
    # Word paragraph separated by a soft line break: each article is its own section.
    from ingest.passages import build_passages
    from ingest.structure import paragraphs

    document = docx.Document()
    document.add_paragraph("QUYẾT ĐỊNH:")
    p = document.add_paragraph()
    for run in ("Điều 1", ".", " ", "Giải thể Hội Làm vườn huyện", "."):
        p.add_run(run)
    p.runs[-1].add_break()
    p.add_run("Điều 2. Hội Làm vườn huyện có trách nhiệm nộp lại con dấu theo quy định.")
    document.add_paragraph("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
    document.add_paragraph("Nơi nhận:")
    document.save(tmp_path / "qd.docx")
    loaded = load_docx(tmp_path / "qd.docx")
    text, paras = paragraphs(loaded.blocks, fmt=loaded.format)
    assert [(p.section, p.text) for p in build_passages("d", text, paras)] == [
        ("", "QUYẾT ĐỊNH:"),
        ("Điều 1", "Điều 1. Giải thể Hội Làm vườn huyện."),
        ("Điều 2", "Điều 2. Hội Làm vườn huyện có trách nhiệm nộp lại con dấu theo quy định."),
        ("Điều 3", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:"),
    ]
