from ingest.loaders import pdf_layout
from ingest.loaders.spacing import Word
from ingest.passages import MAX_CHARS, build_passages
from ingest.records import Block
from ingest.structure import paragraphs

PLAN = [
    "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG",
    "Số: 431/KH-UBND",
    "KẾ HOẠCH",
    "Nâng cao chỉ số ICT Index giai đoạn 2018-2020",
    "Để nâng cao việc ứng dụng và phát triển công nghệ thông tin của các cơ quan nhà nước, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    "I. MỤC TIÊU, YÊU CẦU",
    "1. Mục tiêu",
    "Nâng cao vị trí xếp hạng ICT Index của tỉnh.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Sở Thông tin và Truyền thông",
    "- Chủ trì triển khai hệ thống phòng chống mã độc tập trung.",
    "- Định kỳ hàng quý báo cáo Ủy ban nhân dân tỉnh.",
    "2. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch.",
    "3. Các Sở, ban, ngành thực hiện nghiêm túc các nội dung của Kế hoạch này và báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 15 tháng 12 hằng năm để tổng hợp.",
]


def _sections(blocks, fmt="docx"):
    text, paras = paragraphs([Block(t) for t in blocks], fmt=fmt)
    return text, paras, {p.text: p.section for p in paras}


def test_section_paths_follow_the_outline():
    _, paras, sections = _sections(PLAN)
    assert sections["Nâng cao vị trí xếp hạng ICT Index của tỉnh."] == ("I. MỤC TIÊU, YÊU CẦU", "1. Mục tiêu")
    assert sections["- Chủ trì triển khai hệ thống phòng chống mã độc tập trung."] == (
        "II. TỔ CHỨC THỰC HIỆN", "1. Sở Thông tin và Truyền thông")
    # "2. Sở Tài chính: ..." is labelled by the agency and closes section 1.
    assert sections["2. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch."] == (
        "II. TỔ CHỨC THỰC HIỆN", "2. Sở Tài chính")
    # A long numbered item is content: it closes "2." but opens nothing.
    assert sections[PLAN[-1]] == ("II. TỔ CHỨC THỰC HIỆN",)
    # The header and the type line are not sections.
    assert sections["KẾ HOẠCH"] == ()
    assert [p.heading for p in paras if p.heading] and not next(p for p in paras if p.text == "KẾ HOẠCH").heading


def test_paragraph_offsets_slice_the_document_text():
    text, paras, _ = _sections(PLAN)
    assert all(text[p.start:p.end] == p.text for p in paras)
    assert text.split("\n") == PLAN


def test_legal_outline_labels_units_by_number():
    blocks = [
        "Chương I", "QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định việc quản lý văn bản điện tử.",
        "Chương II", "QUẢN LÝ VĂN BẢN",
        "Điều 32. Trách nhiệm của Văn phòng", "1. Văn phòng chủ trì hướng dẫn nghiệp vụ văn thư.",
    ]
    _, _, sections = _sections(blocks)
    assert sections["Quy chế này quy định việc quản lý văn bản điện tử."] == ("Chương I", "Điều 1")
    assert sections["1. Văn phòng chủ trì hướng dẫn nghiệp vụ văn thư."][:2] == ("Chương II", "Điều 32")


def test_wrapped_text_lines_are_rejoined():
    lines = [
        "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Quảng Trị, ngày", "18 tháng 11 năm 2025",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6", "năm 2025;",
        "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính", "phủ quy định chi tiết một số điều;",
        "Theo đề nghị của Giám đốc Sở Xây dựng tại Công văn số 2406/SXD-VP ngày", "23 tháng 9 năm 2025.",
        "Điều 1. Bãi bỏ các văn bản quy phạm pháp luật do Ủy ban nhân dân", "tỉnh ban hành trong lĩnh vực xây dựng.",
    ]
    text, paras = paragraphs([Block(t) for t in lines], fmt="txt")
    assert [p.text for p in paras] == [
        "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Quảng Trị, ngày 18 tháng 11 năm 2025",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều;",
        "Theo đề nghị của Giám đốc Sở Xây dựng tại Công văn số 2406/SXD-VP ngày 23 tháng 9 năm 2025.",
        "Điều 1. Bãi bỏ các văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành trong lĩnh vực xây dựng.",
    ]
    assert paras[-1].section == ("Điều 1",)


def test_blank_block_is_a_hard_paragraph_break():
    blocks = [Block("Tiêu đề bài viết không có dấu chấm"), Block(""), Block("nội dung viết thường ở dòng sau.")]
    _, paras = paragraphs(blocks, fmt="txt")
    assert len(paras) == 2


def test_page_break_inside_a_sentence_is_joined_and_keeps_first_page():
    blocks = [Block("Sở Tài chính bố trí kinh phí cho", page=1), Block("các nhiệm vụ của Kế hoạch.", page=2)]
    _, paras = paragraphs(blocks, fmt="pdf")
    assert [(p.text, p.page) for p in paras] == [("Sở Tài chính bố trí kinh phí cho các nhiệm vụ của Kế hoạch.", 1)]


def test_passages_follow_sections_and_carry_lone_headings():
    text, paras = paragraphs([Block(t) for t in PLAN], fmt="docx")
    passages = build_passages("doc1", text, paras)
    by_section = {p.section: p.text for p in passages}
    # "II." has nothing of its own before "1.": it travels with the first subsection.
    assert by_section["II. TỔ CHỨC THỰC HIỆN › 1. Sở Thông tin và Truyền thông"] == "\n".join(PLAN[8:12])
    assert by_section["II. TỔ CHỨC THỰC HIỆN › 2. Sở Tài chính"] == PLAN[12]
    assert all(text[p.start:p.end] == p.text for p in passages)
    assert [p.seq for p in passages] == list(range(len(passages)))


def test_long_paragraph_is_cut_between_sentences():
    sentence = "Các cơ quan, đơn vị triển khai thực hiện nghiêm túc nhiệm vụ được giao theo đúng tiến độ đề ra. "
    long_para = (sentence * 25).strip()
    text, paras = paragraphs([Block("1. Nhiệm vụ chung"), Block(long_para)], fmt="docx")
    passages = build_passages("d", text, paras)
    assert len(passages) >= 3
    for p in passages:
        assert len(p.text) <= MAX_CHARS
        assert p.text.endswith(".")  # never cut inside a sentence
        assert p.section == "1. Nhiệm vụ chung"


def test_table_rows_become_their_own_passages():
    blocks = [
        Block("II. NHIỆM VỤ CỤ THỂ"),
        Block("Nhiệm vụ: Xây dựng kho dữ liệu; Cơ quan chủ trì: Sở Tài chính", kind="table_row",
              cells=("Xây dựng kho dữ liệu", "Sở Tài chính"), header=("Nhiệm vụ", "Cơ quan chủ trì")),
        Block("Nhiệm vụ: Đào tạo cán bộ; Cơ quan chủ trì: Sở Nội vụ", kind="table_row",
              cells=("Đào tạo cán bộ", "Sở Nội vụ"), header=("Nhiệm vụ", "Cơ quan chủ trì")),
        Block("Các cơ quan báo cáo kết quả thực hiện trước ngày 30 tháng 11."),
    ]
    text, paras = paragraphs(blocks, fmt="docx")
    passages = build_passages("d", text, paras)
    kinds = [(p.kind, p.section) for p in passages]
    assert ("table_row", "II. NHIỆM VỤ CỤ THỂ") in kinds
    table = next(p for p in passages if p.kind == "table_row")
    assert table.text.count("Cơ quan chủ trì") == 2


def test_a_long_table_row_s_continuation_is_labelled_with_the_row_it_continues():
    cells = ("1", "Ban Quản lý các khu công nghiệp") + tuple(f"{n}" for n in range(40))
    header = ("STT", "ĐƠN VỊ") + tuple(f"Dịch vụ công trực tuyến / Tỷ lệ hồ sơ loại {n}" for n in range(40))
    row = "; ".join(f"{h}: {c}" for h, c in zip(header, cells))
    blocks = [Block("d) Kết quả đánh giá tiêu chí dịch vụ công trực tuyến"),
              Block(row, kind="table_row", cells=cells, header=header)]
    text, paras = paragraphs(blocks, fmt="docx")
    passages = build_passages("d", text, paras)
    heading = "d) Kết quả đánh giá tiêu chí dịch vụ công trực tuyến"
    assert [(p.kind, p.section, p.text[:28]) for p in passages] == [
        ("text", heading, heading[:28]),
        ("table_row", heading, "STT: 1; ĐƠN VỊ: Ban Quản lý "),
        # cut after its first 1,000 characters, the row goes on under its unit's name
        ("table_row", heading + " › ĐƠN VỊ: Ban Quản lý các khu công nghiệp", "Dịch vụ công trực tuyến / Tỷ"),
    ]


def test_article_with_its_content_on_the_heading_line_keeps_its_own_section():
    # Decisions write "Điều 1. <content>": the content must not travel into "Điều 2".
    blocks = [
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý an toàn điện trên địa bàn tỉnh.",
        "Điều 2. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.",
    ]
    text, paras = paragraphs([Block(t) for t in blocks], fmt="docx")
    passages = build_passages("d", text, paras)
    assert [(p.section, p.text) for p in passages[1:]] == [("Điều 1", blocks[1]), ("Điều 2", blocks[2])]


def test_unit_word_alone_on_a_line_joins_its_number():
    # Crawled pages break "Chương" / "Điều" from their numbers.
    lines = ["Chương", "I", "", "NHỮNG QUY ĐỊNH", "CHUNG", "", "Điều", "1. Phạm vi điều chỉnh", "",
             "Quy định này quy định việc quản lý an toàn điện trên địa bàn tỉnh.", "",
             "Điều", "2. Giải thích từ ngữ", "", "Trong Quy định này, các từ ngữ dưới đây được hiểu như sau."]
    _, paras = paragraphs([Block(t) for t in lines], fmt="txt")
    sections = {p.text: p.section for p in paras}
    assert sections["Quy định này quy định việc quản lý an toàn điện trên địa bàn tỉnh."] == ("Chương I", "Điều 1")
    assert sections["Trong Quy định này, các từ ngữ dưới đây được hiểu như sau."] == ("Chương I", "Điều 2")


def test_annexed_regulation_and_appendix_start_a_fresh_outline():
    blocks = [
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này.",
        "QUY ĐỊNH", "QUẢN LÝ AN TOÀN ĐIỆN TRÊN ĐỊA BÀN TỈNH",
        "(Ban hành kèm theo Quyết định số 27/2025/QĐ-UBND)",
        "PHỤ LỤC II", "DANH MỤC NHIỆM VỤ",
        "Điều 1. Đối tượng của hợp đồng mẫu",
        "Bên bán cung cấp dịch vụ theo các điều khoản dưới đây.",
    ]
    _, _, sections = _sections(blocks)
    # Not under the decision's "Điều 3" any more.
    assert sections["QUẢN LÝ AN TOÀN ĐIỆN TRÊN ĐỊA BÀN TỈNH (Ban hành kèm theo Quyết định số 27/2025/QĐ-UBND)"] == (
        "QUY ĐỊNH",)
    assert sections["Bên bán cung cấp dịch vụ theo các điều khoản dưới đây."] == ("Phụ lục II", "Điều 1")


def test_annex_under_a_long_title_leaves_the_last_article():
    title = ("DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH ĐƯỢC SỬA ĐỔI, BỔ SUNG THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ "
             "NHÀ NƯỚC CỦA SỞ Y TẾ TỈNH")
    blocks = [
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.",
        "", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn A", "",
        title, "", "(Ban hành kèm theo Quyết định số 1973/QĐ-UBND ngày 20/11/2025 của Chủ tịch UBND tỉnh)", "",
        "Thủ tục cấp giấy phép hoạt động khám bệnh, chữa bệnh do Sở Y tế giải quyết trong 10 ngày làm việc.",
        "", "Điều 4. Trách nhiệm thi hành",
        "", "Các sở thực hiện (Kèm theo dự thảo Quyết định của Ủy ban nhân dân tỉnh).",
    ]
    _, paras, sections = _sections(blocks)
    label = sections["Thủ tục cấp giấy phép hoạt động khám bệnh, chữa bệnh do Sở Y tế giải quyết trong 10 ngày làm việc."]
    assert len(label) == 1 and label[0].startswith("DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP TỈNH") and label[0].endswith("…")
    assert sections["Nguyễn Văn A"] == ("Điều 3",)
    # "(Kèm theo ...)" after a sentence is no annex: the article keeps its paragraph.
    assert sections["Các sở thực hiện (Kèm theo dự thảo Quyết định của Ủy ban nhân dân tỉnh)."] == ("Điều 4",)


# A crawled decision: blank lines only around the header and the signature, fixed-width lines,
# and the first word of each paragraph ("Điều", "a)", "Trường") on a line of its own.
CRAWLED = [
    "ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH AN", "", "Số: 12/2025/QĐ-UBND", "",
    "QUYẾT ĐỊNH", "SỬA ĐỔI QUY ĐỊNH ĐƠN GIÁ BỒI THƯỜNG CÂY TRỒNG", "",
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
    "Ủy ban nhân dân tỉnh ban hành Quyết định sửa đổi Quy định đơn giá bồi thường",
    "cây trồng ban hành kèm theo Quyết định số 50/2024/QĐ-UBND của tỉnh.",
    "Điều",
    "1. Sửa đổi, bổ sung một số điều của Quy định đơn giá bồi thường cây trồng",
    "1. Bãi bỏ một số điểm như sau:",
    "a)",
    "Bãi bỏ cụm từ “dấu (-) là phép trừ” tại khoản 2 Điều 11.",
    "2. Sửa đổi, bổ sung Điều 13 như sau:",
    "“Điều",
    "13. Bồi thường đối với cây trồng không có tên trong Phụ lục đơn giá",
    "Trường",
    "hợp cây trồng chưa có đơn giá thì áp dụng đơn giá của cây trồng tương đương",
    "theo cấp",
    "IV.",
    "Điều",
    "2. Điều khoản thi hành",
    "1.",
    "Quyết định này có hiệu lực thi hành từ ngày 08 tháng 12 năm 2025.",
    "",
    "Nơi nhận:",
]


def test_crawled_article_word_on_its_own_line_opens_the_article():
    _, paras = paragraphs([Block(t) for t in CRAWLED], fmt="txt")
    got = [(p.section, p.text) for p in paras[paras.index(next(p for p in paras if p.text.startswith("Căn cứ"))) + 1:]]
    assert got == [
        (("Điều 1",), "Điều 1. Sửa đổi, bổ sung một số điều của Quy định đơn giá bồi thường cây trồng"),
        (("Điều 1", "1. Bãi bỏ một số điểm như sau"), "1. Bãi bỏ một số điểm như sau:"),
        (("Điều 1", "1. Bãi bỏ một số điểm như sau"), "a) Bãi bỏ cụm từ “dấu (-) là phép trừ” tại khoản 2 Điều 11."),
        (("Điều 1", "2. Sửa đổi, bổ sung Điều 13 như sau"), "2. Sửa đổi, bổ sung Điều 13 như sau:"),
        # The quoted article being amended is content of item 2, not an article of this decision.
        (("Điều 1", "2. Sửa đổi, bổ sung Điều 13 như sau"),
         "“Điều 13. Bồi thường đối với cây trồng không có tên trong Phụ lục đơn giá Trường hợp cây trồng "
         "chưa có đơn giá thì áp dụng đơn giá của cây trồng tương đương theo cấp IV."),
        (("Điều 2",), "Điều 2. Điều khoản thi hành"),
        (("Điều 2",), "1. Quyết định này có hiệu lực thi hành từ ngày 08 tháng 12 năm 2025."),
        (("Điều 2",), "Nơi nhận:"),
    ]


def test_article_whose_line_is_all_its_content_keeps_its_own_passage():
    # "Điều 1. Giải thể Hội X." is short enough to look like a title, but "Điều 2" follows at
    # once: the line is the article's content and must not travel into "Điều 2".
    blocks = [
        "QUYẾT ĐỊNH:",
        "Điều 1. Giải thể Hội Làm vườn huyện.",
        "Điều 2. Hội Làm vườn huyện có trách nhiệm nộp lại con dấu theo quy định của pháp luật.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
        "Nơi nhận:",
    ]
    text, paras = paragraphs([Block(t) for t in blocks], fmt="docx")
    assert [(p.section, p.heading) for p in paras[1:3]] == [(("Điều 1",), False), (("Điều 2",), False)]
    passages = build_passages("d", text, paras)
    assert [(p.section, p.text) for p in passages[1:]] == [
        ("Điều 1", blocks[1]), ("Điều 2", blocks[2]), ("Điều 3", "\n".join(blocks[3:]))]


def test_short_numbered_lines_followed_by_their_siblings_are_list_items():
    blocks = [
        "Chương I", "QUY ĐỊNH CHUNG",
        "Điều 5. Nguyên tắc tổ chức và hoạt động",
        "1. Tự nguyện, tự quản.",
        "2. Dân chủ, bình đẳng, công khai.",
        "Điều 6. Chế độ làm việc",
        "1. Họp định kỳ",
        "Tổ họp mỗi tháng một lần.",
        "2. Họp bất thường",
        "1. Tổ trưởng triệu tập khi cần.",
        "Điều 7. Hiệu lực thi hành",
    ]
    text, paras = paragraphs([Block(t) for t in blocks], fmt="docx")
    assert [(p.text, p.section, p.heading) for p in paras[2:]] == [
        ("Điều 5. Nguyên tắc tổ chức và hoạt động", ("Chương I", "Điều 5"), True),
        ("1. Tự nguyện, tự quản.", ("Chương I", "Điều 5"), False),
        ("2. Dân chủ, bình đẳng, công khai.", ("Chương I", "Điều 5"), False),
        ("Điều 6. Chế độ làm việc", ("Chương I", "Điều 6"), True),
        ("1. Họp định kỳ", ("Chương I", "Điều 6", "1. Họp định kỳ"), True),
        ("Tổ họp mỗi tháng một lần.", ("Chương I", "Điều 6", "1. Họp định kỳ"), False),
        # A list starting again at "1." is the heading's own body: "2." stays a heading, and
        # the list goes under it.
        ("2. Họp bất thường", ("Chương I", "Điều 6", "2. Họp bất thường"), True),
        ("1. Tổ trưởng triệu tập khi cần.", ("Chương I", "Điều 6", "2. Họp bất thường"), False),
        ("Điều 7. Hiệu lực thi hành", ("Chương I", "Điều 7"), True),
    ]
    passages = build_passages("d", text, paras)
    assert passages[0].section == "Chương I › Điều 5"
    assert passages[0].text == "\n".join(blocks[:5])


def test_unit_cited_at_the_start_of_a_line_continues_the_sentence():
    # Paragraphs from a PDF, cut where a line began with "Phần"/"Điều" and its number.
    blocks = [
        "II. NỘI DUNG",
        "Đề nghị điều chỉnh thời gian quyết toán tài chính tại số thứ tự 01 Mục II",
        "Phần IV cho phù hợp với việc điều chỉnh thời gian Đại hội.",
        "Hồ sơ đề nghị đảm bảo theo quy định tại khoản 1",
        "Điều 21, điểm b khoản 5 Điều 32 Nghị định số 126/2024/NĐ-CP.",
        "1. Cơ sở pháp lý",
        "Điều 15 Nghị định số 126/2024/NĐ-CP quy định thẩm quyền giải thể hội.",
        "Phần I",
        "TÌNH HÌNH THỰC HIỆN",
    ]
    _, paras = paragraphs([Block(t) for t in blocks], fmt="pdf")
    assert [(p.section, p.text) for p in paras] == [
        (("II. NỘI DUNG",), "II. NỘI DUNG"),
        (("II. NỘI DUNG",), f"{blocks[1]} {blocks[2]}"),
        (("II. NỘI DUNG",), f"{blocks[3]} {blocks[4]}"),
        # After a heading, a sentence may start with the article it cites.
        (("II. NỘI DUNG", "1. Cơ sở pháp lý"), "1. Cơ sở pháp lý"),
        (("II. NỘI DUNG", "1. Cơ sở pháp lý"), blocks[6]),
        (("Phần I",), "Phần I"),
        (("Phần I", "TÌNH HÌNH THỰC HIỆN"), "TÌNH HÌNH THỰC HIỆN"),
    ]


def _pdf_line(text: str, row: int, *, justified: bool) -> pdf_layout.Line:
    """A 12 pt line of ``text`` on a 70..530 pt text block; ``justified`` runs it to the edge."""
    words, x = [], 70.0
    for w in text.split():
        words.append([w, x, x + 6.0 * len(w)])
        x += 6.0 * len(w) + 3.0
    if justified:
        extra = (530.0 - words[-1][2]) / max(len(words) - 1, 1)
        for k, word in enumerate(words):
            word[1] += k * extra
            word[2] += k * extra
    top = 100.0 + 18.0 * row
    return pdf_layout.Line.of([Word(w, x0, x1, top, top + 12.0, 12.0) for w, x0, x1 in words])


def test_pdf_line_starting_with_a_cited_unit_goes_on_with_the_sentence():
    flow = [
        _pdf_line("Đồng thời, đề nghị điều chỉnh thời gian quyết toán tài chính tại số thứ tự 01 Mục II",
                  0, justified=True),
        _pdf_line("Phần IV cho phù hợp với việc điều chỉnh thời gian Đại hội.", 1, justified=False),
        _pdf_line("Các Hội công chứng viên hoàn thiện hồ sơ theo quy định tại khoản 2 Điều 34 Nghị",
                  2, justified=True),
        _pdf_line("Điều 5. Hiệu lực thi hành", 3, justified=False),
    ]
    got = [p.text for p in pdf_layout.paragraphs(flow, 460.0)]
    assert got == [
        "Đồng thời, đề nghị điều chỉnh thời gian quyết toán tài chính tại số thứ tự 01 Mục II "
        "Phần IV cho phù hợp với việc điều chỉnh thời gian Đại hội.",
        "Các Hội công chứng viên hoàn thiện hồ sơ theo quy định tại khoản 2 Điều 34 Nghị",
        "Điều 5. Hiệu lực thi hành",  # a real article heading still opens a block
    ]
    assert pdf_layout.starts_block("Điều 5. Hiệu lực thi hành")
    assert not pdf_layout.starts_block("Điều 15 Nghị định số 126/2024/NĐ-CP quy định")


def test_topics_numbered_like_a_heading_sibling_are_headings_though_written_as_sentences():
    blocks = [
        "Để tổng kết công tác năm 2025, Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện như sau:",
        "II. KẾT QUẢ THỰC HIỆN",
        "1. Công tác lãnh đạo, chỉ đạo",
        "- Ban hành 12 kế hoạch triển khai.",
        "2. Công tác phòng ngừa, tuyên truyền, xây dựng phong trào toàn dân tham gia.",
        "- Tổ chức 340 buổi tuyên truyền.",
        "3. Công tác rà soát, thống kê; quản lý người sử dụng trái phép chất ma túy.",
        "- Rà soát 4.436 người sử dụng.",
        "4. Đánh giá qua khảo sát mức độ hài lòng của người dân đối với việc giải quyết thủ tục hành chính"
        " theo cơ chế một cửa, một cửa liên thông tại các cơ quan, địa phương (Nội dung phần thứ ba):",
        "Tổng hợp kết quả khảo sát như sau.",
        "a) Đối với các sở, ngành",
        "- Chỉ số cao nhất là 91,2% (Sở Y tế).",
        "III. ĐÁNH GIÁ CHUNG",
        "1. Sở Y tế triển khai tốt công tác điều trị.",
        "2. Công an tỉnh phối hợp chặt chẽ với các địa phương.",
    ]
    _, _, sections = _sections(blocks)
    assert sections["- Tổ chức 340 buổi tuyên truyền."] == (
        "II. KẾT QUẢ THỰC HIỆN", "2. Công tác phòng ngừa, tuyên truyền, xây dựng phong trào toàn dân tham gia")
    assert sections["- Rà soát 4.436 người sử dụng."] == (
        "II. KẾT QUẢ THỰC HIỆN", "3. Công tác rà soát, thống kê; quản lý người sử dụng trái phép chất ma túy")
    # A topic ending with the colon that introduces it keeps its sub-items under it.
    assert sections["- Chỉ số cao nhất là 91,2% (Sở Y tế)."] == (
        "II. KẾT QUẢ THỰC HIỆN",
        "4. Đánh giá qua khảo sát mức độ hài lòng của người dân đối với việc giải quyết thủ tục…",
        "a) Đối với các sở, ngành")
    # Sentences numbered in a list with no heading among them stay list items.
    assert sections["2. Công an tỉnh phối hợp chặt chẽ với các địa phương."] == ("III. ĐÁNH GIÁ CHUNG",)


def test_a_deputy_s_signature_title_is_no_heading():
    blocks = [
        "Để triển khai kế hoạch, Văn phòng thông báo ý kiến kết luận của lãnh đạo như sau:",
        "1. Giao Sở Tài chính bố trí kinh phí.",
        "PHÓ CHÁNH VĂN PHÒNG",
        "Nguyễn Văn A",
    ]
    _, paras, sections = _sections(blocks)
    assert not any(p.heading for p in paras if p.text.startswith("PHÓ CHÁNH"))
    assert all("PHÓ CHÁNH VĂN PHÒNG" not in label for section in sections.values() for label in section)


def test_ocr_comma_after_a_heading_number_is_read_as_its_full_stop():
    blocks = [
        Block("Điều 2. Phân công nhiệm vụ các Phó Giám đốc Sở", ocr=True),
        Block("4. Phó Giám đốc Trần Vũ Thanh Hùng", ocr=True),
        Block("a) Theo dõi công tác quy hoạch.", ocr=True),
        Block("5, Phó Giám đôc Định Hữu Hòa", ocr=True),
        Block("a) Trực tiếp lãnh đạo Phòng Doanh nghiệp và kinh tế tập thể.", ocr=True),
        Block("§. Phó Giám đôc Trương Thanh Tùng", ocr=True),
        Block("a) Trực tiếp lãnh đạo Phòng Tài chính đầu tư và đấu thầu.", ocr=True),
    ]
    _, paras = paragraphs(blocks, fmt="pdf")
    sections = {p.text: p.section for p in paras}
    assert sections["a) Trực tiếp lãnh đạo Phòng Doanh nghiệp và kinh tế tập thể."] == (
        "Điều 2", "5. Phó Giám đôc Định Hữu Hòa")
    # a digit read as a sign: the number after the last one
    assert sections["a) Trực tiếp lãnh đạo Phòng Tài chính đầu tư và đấu thầu."] == (
        "Điều 2", "6. Phó Giám đôc Trương Thanh Tùng")
    _, paras = paragraphs([Block(b.text) for b in blocks], fmt="docx")
    assert {p.text: p.section for p in paras}["a) Trực tiếp lãnh đạo Phòng Doanh nghiệp và kinh tế tập thể."] == (
        "Điều 2", "4. Phó Giám đốc Trần Vũ Thanh Hùng")  # "5, 6 và 7" in a text layer is no heading


def test_a_long_numbered_title_its_first_sub_item_goes_under_is_a_heading():
    title = ("1. Báo cáo kết quả cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số PCI năm 2024 "
             "(công bố trước sáp nhập tỉnh) và các hoạt động chủ yếu năm 2025 (sau sáp nhập tỉnh)")
    blocks = [
        "Trung tâm báo cáo Ủy ban nhân dân tỉnh về tình hình cải thiện môi trường đầu tư như sau:",
        title,
        "1.1. Theo kết quả PCI năm 2024, tỉnh xếp hạng 54/63.",
        "1.2. Kết quả các chỉ số thành phần",
        "Chi phí gia nhập thị trường đạt 6,74 điểm.",
        "2. Sở Tài chính phối hợp với Sở Xây dựng và Ủy ban nhân dân các xã, phường rà soát các dự án đầu tư đang "
        "gặp khó khăn, vướng mắc trên địa bàn tỉnh trong năm 2025",
        "Rà soát 45 dự án.",
    ]
    _, _, sections = _sections(blocks)
    label = "1. Báo cáo kết quả cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số PCI năm 2024…"
    assert sections["1.1. Theo kết quả PCI năm 2024, tỉnh xếp hạng 54/63."] == (label,)
    assert sections["Chi phí gia nhập thị trường đạt 6,74 điểm."] == (label, "1.2. Kết quả các chỉ số thành phần")
    # no sub-item under it: a long numbered line stays a list item
    assert sections["Rà soát 45 dự án."] == ()


def test_a_dash_cut_from_a_range_or_a_compound_at_the_line_start_goes_on_with_the_line():
    blocks = [
        "Căn cứ Kế hoạch số 174/KH-UBND về phòng ngừa, ứng phó với bạo lực trên cơ sở giới giai đoạn 2021",
        "- 2025”;",
        "b) Tăng cường phối hợp với Mặt trận Tổ quốc và các tổ chức chính trị",
        "- xã hội tại địa phương thực hiện công tác tuyên truyền.",
        "Sở Văn hóa, Thể thao và Du lịch thực hiện các nhiệm vụ sau đây trong năm 2026",
        "- Tổ chức các lớp tập huấn cho cán bộ cơ sở.",
        "- 2Kế hoạch 290/KH-UBND năm 2021 triển khai ứng dụng công nghệ thông tin",
    ]
    _, paras, _ = _sections(blocks, fmt="txt")
    assert [p.text for p in paras] == [
        "Căn cứ Kế hoạch số 174/KH-UBND về phòng ngừa, ứng phó với bạo lực trên cơ sở giới giai đoạn 2021 - 2025”;",
        "b) Tăng cường phối hợp với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tại địa phương thực hiện công tác tuyên truyền.",
        # A list item opens with a capital; a number run into a word is a numbered link.
        "Sở Văn hóa, Thể thao và Du lịch thực hiện các nhiệm vụ sau đây trong năm 2026",
        "- Tổ chức các lớp tập huấn cho cán bộ cơ sở.",
        "- 2Kế hoạch 290/KH-UBND năm 2021 triển khai ứng dụng công nghệ thông tin",
    ]


def test_a_list_numbered_afresh_under_a_numbered_heading_stays_under_it():
    # A regulation whose "Điều" words were lost: its articles read "1. Nhiệm vụ", "2. Quyền hạn",
    # and each article's own list starts again at "1.".
    _, _, sections = _sections([
        "Chương I", "NHIỆM VỤ, QUYỀN HẠN VÀ CHẾ ĐỘ LÀM VIỆC",
        "1. Nhiệm vụ",
        "Tổ giúp việc có nhiệm vụ giúp Ban Chỉ đạo về công tác cải cách hành chính tỉnh:",
        "1. Tham mưu, đề xuất các chủ trương, chính sách để đẩy mạnh công tác cải cách hành chính.",
        "2. Tham mưu Trưởng ban giao nhiệm vụ cho các thành viên Ban Chỉ đạo.",
        "2. Quyền hạn",
        "Tổ giúp việc có các quyền hạn sau:",
        "1. Được mời tham dự các cuộc họp do Ban Chỉ đạo chủ trì.",
        "2. Được yêu cầu các cơ quan, đơn vị cung cấp thông tin phục vụ nhiệm vụ của Tổ.",
        "3. Chế độ làm việc",
        "1. Tổ giúp việc làm việc theo chế độ kiêm nhiệm.",
        "Chương II", "TRÁCH NHIỆM CỦA CÁC THÀNH VIÊN",
    ])
    chapter = ("Chương I", "NHIỆM VỤ, QUYỀN HẠN VÀ CHẾ ĐỘ LÀM VIỆC")
    assert sections["2. Tham mưu Trưởng ban giao nhiệm vụ cho các thành viên Ban Chỉ đạo."] == chapter + ("1. Nhiệm vụ",)
    assert sections["1. Được mời tham dự các cuộc họp do Ban Chỉ đạo chủ trì."] == chapter + ("2. Quyền hạn",)
    assert sections["2. Được yêu cầu các cơ quan, đơn vị cung cấp thông tin phục vụ nhiệm vụ của Tổ."] == \
        chapter + ("2. Quyền hạn",)
    # the next heading closes the list: it is the sibling of the one before, not nested in it
    assert sections["3. Chế độ làm việc"] == chapter + ("3. Chế độ làm việc",)
    assert sections["1. Tổ giúp việc làm việc theo chế độ kiêm nhiệm."] == chapter + ("3. Chế độ làm việc",)
    assert sections["TRÁCH NHIỆM CỦA CÁC THÀNH VIÊN"] == ("Chương II", "TRÁCH NHIỆM CỦA CÁC THÀNH VIÊN")


def test_a_long_numbered_line_whose_colon_introduces_sub_items_heads_them():
    intro = ("1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế, Ban quản lý Khu Nông "
             "nghiệp ứng dụng Công nghệ cao, Ban Quản lý các Khu công nghiệp tỉnh):")
    _, _, sections = _sections([
        "I. TRÁCH NHIỆM PHỐI HỢP",
        intro,
        "a) Là đầu mối chủ trì, tiếp nhận hồ sơ và lập báo cáo thẩm định đề xuất chủ trương đầu tư.",
        "b) Chịu trách nhiệm kiểm tra tính hợp lệ của hồ sơ.",
        "2. Các sở, ngành phối hợp thẩm định đúng thời hạn, chịu trách nhiệm về ý kiến của mình.",
    ])
    assert len(intro) > 120  # longer than a heading
    head = ("I. TRÁCH NHIỆM PHỐI HỢP", "1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế, Ban quản lý Khu…")
    assert sections["b) Chịu trách nhiệm kiểm tra tính hợp lệ của hồ sơ."] == head
    assert sections["2. Các sở, ngành phối hợp thẩm định đúng thời hạn, chịu trách nhiệm về ý kiến của mình."] == \
        ("I. TRÁCH NHIỆM PHỐI HỢP",)


def test_a_title_written_over_several_capitals_lines_heads_its_annex_whole():
    blocks = PLAN + [
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A",
        "Phụ lục I",
        "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
        "CỦA CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH",
        "1. Nhóm 1: Nhóm các cơ quan thực hiện đánh giá, xếp loại và xếp hạng chung (14/15 đơn vị)",
        "Sở Tư pháp đạt 93,01%, xếp thứ nhất.",
        "TỔ CHỨC THỰC HIỆN",
        "CÁC SỞ NGÀNH",  # a title of its own: no word that carries the one above on
        "Các sở triển khai Kế hoạch.",
        "TỔ GIÚP VIỆC VỀ",  # ... as its last word does
        "CẢI CÁCH HÀNH CHÍNH",
        "Tổ giúp việc làm việc theo chế độ kiêm nhiệm.",
        "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ",
        "GIAI ĐOẠN 2026 - 2030",  # a period goes on with the title above it too
        "Sở Khoa học và Công nghệ chủ trì các nhiệm vụ.",
    ]
    _, _, sections = _sections(blocks)
    assert sections["Sở Tư pháp đạt 93,01%, xếp thứ nhất."][-2] == (
        "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH")
    assert sections["Các sở triển khai Kế hoạch."][-1] == "CÁC SỞ NGÀNH"
    assert sections["Tổ giúp việc làm việc theo chế độ kiêm nhiệm."][-1] == "TỔ GIÚP VIỆC VỀ CẢI CÁCH HÀNH CHÍNH"
    assert sections["Sở Khoa học và Công nghệ chủ trì các nhiệm vụ."][-1] == \
        "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030"


def test_a_title_s_last_line_may_carry_the_note_of_what_it_is_annexed_to():
    blocks = PLAN + [
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A",
        "Phụ lục II",
        "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
        "CỦA UBND CÁC XÃ, PHƯỜNG (Kèm theo Quyết định số 12/QĐ-UBND ngày 02/02/2026 của Chủ tịch UBND tỉnh)",
        "UBND xã An Phú đạt 88,09%, xếp thứ nhất.",
        "PHỤ LỤC III",
        "DANH MỤC THỦ TỤC HÀNH CHÍNH (Kèm theo Quyết định số 12/QĐ-UBND)",  # no word goes on: no title of its own
        "Thủ tục cấp giấy phép.",
    ]
    _, _, sections = _sections(blocks)
    assert sections["UBND xã An Phú đạt 88,09%, xếp thứ nhất."] == (
        "Phụ lục II", "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA UBND CÁC XÃ, PHƯỜNG")
    assert sections["Thủ tục cấp giấy phép."] == ("Phụ lục III",)
