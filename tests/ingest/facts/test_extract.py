"""extract_facts: all extractors over one small plan, in document order, spans inside paragraphs."""
from __future__ import annotations

from paragraph_builder import paragraphs as document
from ingest.facts import extract_facts
from ingest.records import Assignment, DeadlineFact, Target


MUC_TIEU = ("I. MỤC TIÊU",)
TCTH = ("II. TỔ CHỨC THỰC HIỆN",)
SO_TTTT = TCTH + ("1. Sở Thông tin và Truyền thông",)

ITEMS = [
    ((), "ỦY BAN NHÂN DÂN TỈNH SƠN LA"),
    ((), "Số: 12/KH-UBND ngày 10 tháng 01 năm 2023"),
    ((), "KẾ HOẠCH Chuyển đổi số tỉnh năm 2023"),
    ((), "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về Chương trình chuyển đổi số quốc gia đến năm 2025, 100% hồ sơ được số hóa;"),
    (MUC_TIEU, "I. MỤC TIÊU", True),
    (MUC_TIEU, "Tỷ lệ hộ gia đình có địa chỉ số đạt 100%; tối thiểu 80% hệ thống thông tin được xác định cấp độ."),
    (TCTH, "II. TỔ CHỨC THỰC HIỆN", True),
    (SO_TTTT, "1. Sở Thông tin và Truyền thông", True),
    (SO_TTTT, "- Chủ trì, phối hợp với Sở Tài chính triển khai nền tảng số, hoàn thành trong Quý III/2023."),
    (TCTH, "2. Giao Sở Nội vụ chủ trì đánh giá chỉ số cải cách hành chính, báo cáo UBND tỉnh trước ngày 15/12 hằng năm."),
    (TCTH, "3. Định kỳ hằng quý, báo cáo kết quả thực hiện Kế hoạch."),
    (TCTH, "Lãnh đạo Sở Tài chính, Sở Nội vụ dự họp."),
]


def test_extract_facts_in_document_order() -> None:
    text, paras = document(ITEMS)
    facts = extract_facts(paras, issued="2023-01-10", province="Sơn La")
    summary = []
    for f in facts:
        if isinstance(f, Target):
            summary.append(("T", f.indicator, f.value, f.unit, f.qualifier, f.period))
        elif isinstance(f, Assignment):
            d = f.deadline
            summary.append(("A", f.agency, f.role, f.task, (d.text, d.start, d.end, d.recurrence) if d else None))
        else:
            d = f.deadline
            summary.append(("D", f.task, (d.text, d.start, d.end, d.recurrence)))
    assert summary == [
        ("T", "Tỷ lệ hộ gia đình có địa chỉ số", "100", "%", "đạt", "năm 2023"),
        ("T", "hệ thống thông tin được xác định cấp độ", "80", "%", "tối thiểu", "năm 2023"),
        (
            "A", "Sở Thông tin và Truyền thông", "chủ trì", "triển khai nền tảng số, hoàn thành trong Quý III/2023",
            ("trong Quý III/2023", "2023-07-01", "2023-09-30", None),
        ),
        (
            "A", "Sở Tài chính", "phối hợp", "triển khai nền tảng số, hoàn thành trong Quý III/2023",
            ("trong Quý III/2023", "2023-07-01", "2023-09-30", None),
        ),
        (
            "A", "Sở Nội vụ", "chủ trì", "đánh giá chỉ số cải cách hành chính, báo cáo UBND tỉnh trước ngày 15/12 hằng năm",
            ("trước ngày 15/12 hằng năm", None, "2023-12-15", "yearly"),
        ),
        ("D", "Định kỳ hằng quý, báo cáo kết quả thực hiện Kế hoạch", ("Định kỳ hằng quý", None, None, "quarterly")),
    ]


def test_every_span_lies_inside_one_paragraph_and_supports_the_fact() -> None:
    text, paras = document(ITEMS)
    facts = extract_facts(paras, issued="2023-01-10", province="Sơn La")
    assert facts
    for f in facts:
        owner = [p for p in paras if p.start <= f.start < f.end <= p.end]
        assert len(owner) == 1, f
        span = text[f.start : f.end]
        if isinstance(f, Target):
            assert f.value in span
        elif isinstance(f, Assignment):
            assert f.task.split()[0] in span
        else:
            assert isinstance(f, DeadlineFact) and f.deadline.text in span
    assert [f.start for f in facts] == sorted(f.start for f in facts)


def test_duplicates_are_removed_and_empty_input_is_fine() -> None:
    _, paras = document(ITEMS)
    once = extract_facts(paras, issued="2023-01-10")
    twice = extract_facts(paras + [paras[9]], issued="2023-01-10")  # the "Giao Sở Nội vụ" item twice
    assert twice == once
    assert extract_facts([]) == []
