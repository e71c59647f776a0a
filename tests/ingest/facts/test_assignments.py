"""Assignments: sentences, "X: tasks" lines, agency headings, labelled fields and task tables."""
from __future__ import annotations

from paragraph_builder import paragraphs
from ingest.facts.assignments import extract_assignments, task_text
from ingest.records import Assignment, DeadlineFact, Paragraph


def rows(facts) -> list[tuple]:
    out = []
    for f in facts:
        if isinstance(f, Assignment):
            d = f.deadline
            out.append((f.agency, f.mention, f.role, f.task, (d.start, d.end, d.recurrence) if d else None))
        else:
            out.append(("-", f.task, (f.deadline.start, f.deadline.end, f.deadline.recurrence)))
    return out


def test_giao_chu_tri_phoi_hop_with_deadline() -> None:
    text, paras = paragraphs(
        [
            (
                (),
                "Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ triển khai nền "
                "tảng số dùng chung của tỉnh, hoàn thành trước ngày 30/6/2026.",
            )
        ]
    )
    facts = extract_assignments(paras)
    task = "triển khai nền tảng số dùng chung của tỉnh, hoàn thành trước ngày 30/6/2026"
    deadline = (None, "2026-06-30", None)
    assert rows(facts) == [
        ("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", "chủ trì", task, deadline),
        ("Sở Tài chính", "Sở Tài chính", "phối hợp", task, deadline),
        ("Sở Nội vụ", "Sở Nội vụ", "phối hợp", task, deadline),
    ]
    assert {text[f.start : f.end] for f in facts} == {text[len("Giao ") :]}


def test_subject_role_words_and_requests() -> None:
    _, paras = paragraphs(
        [
            ((), "Sở TT&TT chủ trì, phối hợp với UBND các huyện, thành phố rà soát hạ tầng mạng chuyên dùng hằng quý."),
            ((), "Đề nghị Ủy ban nhân dân các xã, phường tăng cường tuyên truyền về chuyển đổi số."),
            ((), "Công an tỉnh có trách nhiệm bảo đảm an ninh mạng cho các hệ thống thông tin của tỉnh."),
            ((), "Sở Y tế có trách nhiệm chủ trì, phối hợp với Sở Tài chính thẩm định danh mục thuốc."),
        ]
    )
    assert rows(extract_assignments(paras)) == [
        ("Sở Thông tin và Truyền thông", "Sở TT&TT", "chủ trì", "rà soát hạ tầng mạng chuyên dùng hằng quý", (None, None, "quarterly")),
        ("Ủy ban nhân dân cấp huyện", "UBND các huyện, thành phố", "phối hợp", "rà soát hạ tầng mạng chuyên dùng hằng quý", (None, None, "quarterly")),
        ("Ủy ban nhân dân cấp xã", "Ủy ban nhân dân các xã, phường", "thực hiện", "tăng cường tuyên truyền về chuyển đổi số", None),
        ("Công an tỉnh", "Công an tỉnh", "thực hiện", "bảo đảm an ninh mạng cho các hệ thống thông tin của tỉnh", None),
        ("Sở Y tế", "Sở Y tế", "chủ trì", "thẩm định danh mục thuốc", None),
        ("Sở Tài chính", "Sở Tài chính", "phối hợp", "thẩm định danh mục thuốc", None),
    ]


def test_agency_mentioned_without_a_task_gives_nothing() -> None:
    _, paras = paragraphs(
        [
            ((), "Bộ Thông tin và Truyền thông đã công bố Báo cáo chỉ số ICT Index năm 2020."),
            ((), "Cùng dự có lãnh đạo Sở Nội vụ, Sở Tài chính và Văn phòng UBND tỉnh."),
            ((), "Trong 6 tháng đầu năm 2023, Sở TT&TT đã tham mưu thực hiện các chỉ tiêu được giao."),
            ((), "Sở TT&TT đề xuất UBND tỉnh xem xét bố trí kinh phí."),  # a report, outside any task section
        ]
    )
    assert extract_assignments(paras) == []


def test_agency_headings_in_to_chuc_thuc_hien() -> None:
    top = "IV. TỔ CHỨC THỰC HIỆN"
    s1 = (top, "1. Sở Thông tin và Truyền thông")
    s2 = (top, "2. Sở Tài chính")
    text, paras = paragraphs(
        [
            ((top,), top, True),
            (s1, "1. Sở Thông tin và Truyền thông", True),
            (s1, "- Chủ trì, phối hợp với các sở, ban, ngành triển khai Kế hoạch này."),
            (s1, "- Hằng năm, tổ chức đánh giá mức độ chuyển đổi số của các cơ quan."),
            (s1, "- Phối hợp với Sở Thông tin và Truyền thông theo dõi tình hình thực hiện."),  # a lost heading
            (s2, "2. Sở Tài chính", True),
            (s2, "- Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm."),
            (s2, "Đại diện lãnh đạo Sở."),
        ]
    )
    facts = extract_assignments(paras, issued="2025-03-01")
    assert rows(facts) == [
        ("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", "chủ trì", "triển khai Kế hoạch này", None),
        ("Các sở, ban, ngành", "các sở, ban, ngành", "phối hợp", "triển khai Kế hoạch này", None),
        (
            "Sở Thông tin và Truyền thông",
            "Sở Thông tin và Truyền thông",
            "thực hiện",
            "Hằng năm, tổ chức đánh giá mức độ chuyển đổi số của các cơ quan",
            (None, None, "yearly"),
        ),
        (
            "Sở Tài chính",
            "Sở Tài chính",
            "thực hiện",
            "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm",
            (None, None, "yearly"),
        ),
    ]
    assert text[facts[0].start : facts[0].end] == "Chủ trì, phối hợp với các sở, ban, ngành triển khai Kế hoạch này."


def test_headings_with_a_gap_in_numbering_are_not_trusted() -> None:
    top = "V. TỔ CHỨC THỰC HIỆN"
    _, paras = paragraphs(
        [
            ((top, "1. Sở Y tế"), "1. Sở Y tế", True),
            ((top, "1. Sở Y tế"), "- Triển khai hồ sơ sức khỏe điện tử."),
            ((top, "4. Sở Xây dựng"), "4. Sở Xây dựng", True),
            ((top, "4. Sở Xây dựng"), "- Số hóa hồ sơ cấp phép xây dựng."),
        ]
    )
    assert [(f.agency, f.task) for f in extract_assignments(paras)] == [("Sở Xây dựng", "Số hóa hồ sơ cấp phép xây dựng")]


def test_damaged_colon_lines() -> None:
    text, paras = paragraphs(
        [
            ((), "Sở Tài chính: Triển khai đồng b các ng dng Qun ngân sách."),
            ((), "S Giáo dục Đào tạo: Tăng cường ch đạo, xây dng các giải pháp nâng cao t l trường hc ging dy tin hc."),
            ((), "S Thông tin Truyn thông: Ch đạo các doanh nghip Vin thông mở rộng hạ tầng."),
            ((), "Văn phòng UBND tỉnh: Đảm bảo hoạt động thường xuyên Cổng thông tin điện tử của tỉnh."),
        ]
    )
    facts = extract_assignments(paras)
    assert [(f.agency, f.mention, f.role, f.task) for f in facts] == [
        ("Sở Tài chính", "Sở Tài chính", "thực hiện", "Triển khai đồng b các ng dng Qun ngân sách"),
        (
            "Sở Giáo dục và Đào tạo",
            "S Giáo dục Đào tạo",
            "thực hiện",
            "Tăng cường ch đạo, xây dng các giải pháp nâng cao t l trường hc ging dy tin hc",
        ),
        ("Sở Thông tin và Truyền thông", "S Thông tin Truyn thông", "thực hiện", "Ch đạo các doanh nghip Vin thông mở rộng hạ tầng"),
        (
            "Văn phòng Ủy ban nhân dân tỉnh",
            "Văn phòng UBND tỉnh",
            "thực hiện",
            "Đảm bảo hoạt động thường xuyên Cổng thông tin điện tử của tỉnh",
        ),
    ]
    assert text[facts[1].start : facts[1].end].startswith("S Giáo dục Đào tạo: Tăng cường")


def test_bare_department_name_needs_neighbouring_agency_lines() -> None:
    _, alone = paragraphs([((), "Giáo dục Đào tạo: Tăng cường dạy tin học trong trường phổ thông.")])
    assert extract_assignments(alone) == []
    _, among = paragraphs(
        [
            ((), "Sở Tài chính: Bố trí kinh phí cho hạ tầng số."),
            ((), "Giáo dục Đào tạo: Tăng cường dạy tin học trong trường phổ thông."),
        ]
    )
    assert [(f.agency, f.mention) for f in extract_assignments(among)] == [
        ("Sở Tài chính", "Sở Tài chính"),
        ("Sở Giáo dục và Đào tạo", "Giáo dục Đào tạo"),
    ]


def test_labelled_fields_under_a_task_heading() -> None:
    sec = ("II. NỘI DUNG", "1. Phổ biến Luật Việc làm")
    text, paras = paragraphs(
        [
            (sec, "1. Phổ biến Luật Việc làm", True),
            (sec, "- Nội dung: Tổ chức phổ biến Luật Việc làm trên các phương tiện thông tin đại chúng."),
            (sec, "- Cơ quan chủ trì: Sở Nội vụ."),
            (sec, "- Cơ quan phối hợp: Sở Tư pháp, Trung tâm Dịch vụ việc làm (Sở Nội vụ) và UBND các xã, phường."),
            (sec, "- Thời gian thực hiện: Năm 2026 và các năm tiếp theo."),
        ]
    )
    facts = extract_assignments(paras)
    task = "Tổ chức phổ biến Luật Việc làm trên các phương tiện thông tin đại chúng"
    when = ("2026-01-01", None, None)
    assert rows(facts) == [
        ("Sở Nội vụ", "Sở Nội vụ", "chủ trì", task, when),
        ("Sở Tư pháp", "Sở Tư pháp", "phối hợp", task, when),
        ("Ủy ban nhân dân cấp xã", "UBND các xã, phường", "phối hợp", task, when),
    ]
    assert text[facts[0].start : facts[0].end] == "Cơ quan chủ trì: Sở Nội vụ"


def test_field_naming_lead_and_partners_without_a_verb() -> None:
    sec = ("2. Các hoạt động", "a) Hoạt động 1")
    _, paras = paragraphs(
        [
            (sec, "a) Hoạt động 1", True),
            (sec, "- Nội dung: Triển khai Tháng hành động vì bình đẳng giới."),
            (sec, "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành và các đơn vị có liên quan."),
        ]
    )
    assert [(f.agency, f.role, f.task) for f in extract_assignments(paras)] == [
        ("Sở Nội vụ", "chủ trì", "Triển khai Tháng hành động vì bình đẳng giới"),
        ("Các sở, ban, ngành", "phối hợp", "Triển khai Tháng hành động vì bình đẳng giới"),
        ("Các cơ quan, đơn vị liên quan", "phối hợp", "Triển khai Tháng hành động vì bình đẳng giới"),
    ]


def test_fields_after_a_bullet_take_it_as_their_task() -> None:
    sec = ("III. NHIỆM VỤ", "7. Đẩy mạnh chuyển đổi số")
    _, paras = paragraphs(
        [
            (sec, "7. Đẩy mạnh chuyển đổi số", True),
            (sec, "- Ra mắt trợ lý AI pháp luật cho cán bộ, công chức."),
            (sec, "Đơn vị chủ trì tham mưu thực hiện: Sở Khoa học và Công nghệ."),
            (sec, "Đơn vị phối hợp thực hiện: Sở Tư pháp."),
            (sec, "Thời gian thực hiện: Tháng 12/2025."),
        ]
    )
    assert rows(extract_assignments(paras)) == [
        ("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", "chủ trì", "Ra mắt trợ lý AI pháp luật cho cán bộ, công chức", ("2025-12-01", "2025-12-31", None)),
        ("Sở Tư pháp", "Sở Tư pháp", "phối hợp", "Ra mắt trợ lý AI pháp luật cho cán bộ, công chức", ("2025-12-01", "2025-12-31", None)),
    ]


def test_task_table_rows() -> None:
    header = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
    cells1 = ("1", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Sở Tài chính; UBND các xã, phường", "Quý III/2026")
    cells2 = ("2", "Công bố danh mục văn bản hết hiệu lực", "Theo phân công tại Quyết định số 12/QĐ-UBND ngày 3/1/2025 của UBND tỉnh", "", "Hằng năm")
    text1 = "; ".join(f"{h}: {c}" for h, c in zip(header, cells1) if c)
    text2 = "; ".join(f"{h}: {c}" for h, c in zip(header, cells2) if c)
    paras = [
        Paragraph(text1, 0, len(text1), 1, ("Phụ lục",), kind="table_row", cells=cells1, header=header),
        Paragraph(text2, len(text1) + 1, len(text1) + 1 + len(text2), 1, ("Phụ lục",), kind="table_row", cells=cells2, header=header),
    ]
    facts = extract_assignments(paras)
    quarter = ("2026-07-01", "2026-09-30", None)
    assert rows(facts) == [
        ("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", "chủ trì", "Xây dựng kho dữ liệu dùng chung của tỉnh", quarter),
        ("Sở Tài chính", "Sở Tài chính", "phối hợp", "Xây dựng kho dữ liệu dùng chung của tỉnh", quarter),
        ("Ủy ban nhân dân cấp xã", "UBND các xã, phường", "phối hợp", "Xây dựng kho dữ liệu dùng chung của tỉnh", quarter),
        ("-", "Công bố danh mục văn bản hết hiệu lực", (None, None, "yearly")),
    ]
    assert (facts[0].start, facts[0].end) == (0, len(text1))
    assert isinstance(facts[3], DeadlineFact)


def test_time_limit_without_an_agency() -> None:
    text, paras = paragraphs(
        [
            ((), "Hoàn thành việc số hóa hồ sơ thủ tục hành chính trước ngày 31/12/2025."),
            ((), "Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước hằng năm."),
        ]
    )
    facts = extract_assignments(paras)
    assert rows(facts) == [("-", "Hoàn thành việc số hóa hồ sơ thủ tục hành chính trước ngày 31/12/2025", (None, "2025-12-31", None))]
    assert text[facts[0].start : facts[0].end] == "Hoàn thành việc số hóa hồ sơ thủ tục hành chính trước ngày 31/12/2025."


def test_task_text_is_trimmed_at_a_clause() -> None:
    long = "Triển khai " + ", ".join(f"nhiệm vụ số {i} của kế hoạch" for i in range(40)) + "."
    trimmed = task_text(long)
    assert len(trimmed) <= 300
    assert trimmed.endswith("của kế hoạch")
    assert task_text("- Tham mưu UBND tỉnh ban hành kế hoạch;") == "Tham mưu UBND tỉnh ban hành kế hoạch"


def test_a_line_directing_an_agency_gives_it_the_tasks_after_the_colon() -> None:
    text, paras = paragraphs([(("IV. TỔ CHỨC THỰC HIỆN",), "Chỉ đạo Sở Nội vụ: Rà soát, tham mưu khen thưởng tập thể có thành tích.")])
    assert [(f.agency, f.role, f.task) for f in extract_assignments(paras)] == [
        ("Sở Nội vụ", "thực hiện", "Rà soát, tham mưu khen thưởng tập thể có thành tích")]


def test_a_lead_in_line_gives_the_agency_the_items_below_it_until_the_next_heading() -> None:
    top = "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"
    s5 = (top, "5. Về xây dựng chính quyền số")
    s6 = (top, "6. Về cải cách tài chính công")
    text, paras = paragraphs(
        [
            ((top,), top, True),
            (s5, "5. Về xây dựng chính quyền số", True),
            (s5, "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp các cơ quan, đơn vị liên quan:"),
            (s5, "a) Thường xuyên theo dõi tình hình sử dụng chữ ký số trên địa bàn tỉnh."),
            (s5, "b) Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu công khai thông tin quy hoạch "
                 "trên Cổng thông tin điện tử tỉnh."),
            (s6, "6. Về cải cách tài chính công", True),
            (s6, "a) Tiếp tục rà soát các khoản chi thường xuyên."),  # no lead-in: nobody's
        ]
    )
    facts = extract_assignments(paras, issued="2026-01-22")
    assert [(f.agency, f.role, f.task) for f in facts] == [
        ("Sở Khoa học và Công nghệ", "chủ trì", "Thường xuyên theo dõi tình hình sử dụng chữ ký số trên địa bàn tỉnh"),
        ("Sở Khoa học và Công nghệ", "chủ trì",
         "tham mưu công khai thông tin quy hoạch trên Cổng thông tin điện tử tỉnh"),
        ("Các cơ quan, đơn vị liên quan", "phối hợp",
         "tham mưu công khai thông tin quy hoạch trên Cổng thông tin điện tử tỉnh"),
    ]
    assert text[facts[0].start:facts[0].end].startswith("Thường xuyên theo dõi")
