"""Targets: value, unit, qualifier, indicator, period and the supporting span."""
from __future__ import annotations

from paragraph_builder import paragraphs
from ingest.facts.targets import document_period, extract_targets
from ingest.records import Target


def row(t: Target) -> tuple:
    return (t.indicator, t.value, t.unit, t.qualifier, t.period)


def test_enumeration_with_both_word_orders() -> None:
    section = ("II. MỤC TIÊU", "2. Mục tiêu năm 2023")
    text, paras = paragraphs(
        [
            (
                section,
                "Tỷ lệ hộ gia đình có địa chỉ số đạt 100%; tối thiểu 80% hệ thống thông tin được xác định "
                "cấp độ và triển khai phương án bảo đảm an toàn thông tin theo cấp độ; Tỷ lệ dân số có "
                "điện thoại di động thông minh đạt 58,45%.",
            )
        ]
    )
    targets = extract_targets(paras)
    assert [row(t) for t in targets] == [
        ("Tỷ lệ hộ gia đình có địa chỉ số", "100", "%", "đạt", "năm 2023"),
        ("hệ thống thông tin được xác định cấp độ", "80", "%", "tối thiểu", "năm 2023"),
        ("Tỷ lệ dân số có điện thoại di động thông minh", "58,45", "%", "đạt", "năm 2023"),
    ]
    assert [text[t.start : t.end] for t in targets] == [
        "Tỷ lệ hộ gia đình có địa chỉ số đạt 100%",
        "tối thiểu 80% hệ thống thông tin được xác định cấp độ",
        "Tỷ lệ dân số có điện thoại di động thông minh đạt 58,45%",
    ]


def test_rank_range_with_lead_in_period_and_striving() -> None:
    text, paras = paragraphs(
        [((), "Đến năm 2020, phấn đấu Chỉ số ICT Index của tỉnh xếp vị trí từ thứ 30 đến 40/63 tỉnh, thành phố.")]
    )
    (t,) = extract_targets(paras)
    assert row(t) == ("Chỉ số ICT Index của tỉnh", "30 đến 40", "hạng", "phấn đấu", "đến năm 2020")
    assert text[t.start : t.end] == "Chỉ số ICT Index của tỉnh xếp vị trí từ thứ 30 đến 40/63"


def test_rank_baseline_is_not_the_target() -> None:
    _, paras = paragraphs([((), "- Tăng bậc hạ tầng kỹ thuật từ xếp thứ 25 lên vị trí từ 20 đến 23.")])
    assert [row(t) for t in extract_targets(paras)] == [("Tăng bậc hạ tầng kỹ thuật", "20 đến 23", "hạng", None, None)]


def test_qualifiers() -> None:
    _, paras = paragraphs(
        [
            (
                (),
                "Phấn đấu đạt các chỉ tiêu trong năm 2026: số lượng hội nghị trực tuyến chiếm không ít hơn 60% "
                "tổng số hội nghị trong năm; tinh giản 10% số lượng hội nghị hằng năm; thực hiện số hóa văn bản "
                "đạt từ 95% trở lên.",
            )
        ]
    )
    assert [row(t) for t in extract_targets(paras)] == [
        ("số lượng hội nghị trực tuyến", "60", "%", "không ít hơn", "năm 2026"),
        ("tinh giản số lượng hội nghị hằng năm", "10", "%", "phấn đấu", "năm 2026"),
        ("thực hiện số hóa văn bản", "95", "%", "từ ... trở lên", "năm 2026"),
    ]


def test_period_from_a_year_line_above_list_items() -> None:
    _, paras = paragraphs(
        [
            (("1. Mục tiêu",), "* Năm 2018:"),
            (("1. Mục tiêu",), "- Đảm bảo 100% các xã có điểm truy cập Internet công cộng."),
            (("1. Mục tiêu",), "Nâng cao chất lượng dịch vụ công trực tuyến."),
            (("1. Mục tiêu",), "- Đảm bảo 90% hồ sơ được xử lý đúng hạn."),
        ]
    )
    assert [row(t) for t in extract_targets(paras)] == [
        ("các xã có điểm truy cập Internet công cộng", "100", "%", None, "năm 2018"),
        ("hồ sơ được xử lý đúng hạn", "90", "%", None, None),
    ]


def test_the_nearest_period_before_the_value_wins() -> None:
    _, paras = paragraphs(
        [
            (
                (),
                "Phấn đấu ít nhất 20% xã, phường không có ma túy ngay trong năm 2025 và đến năm 2030, "
                "ít nhất 50% xã, phường trên toàn tỉnh không có ma túy.",
            )
        ]
    )
    assert [(t.value, t.indicator, t.period) for t in extract_targets(paras)] == [
        ("20", "xã, phường không có ma túy", "năm 2025"),
        ("50", "xã, phường trên toàn tỉnh không có ma túy", "đến năm 2030"),
    ]


def test_default_period_comes_from_the_title() -> None:
    _, paras = paragraphs(
        [
            ((), "ỦY BAN NHÂN DÂN TỈNH"),
            ((), "Số: 292/KH-UBND ngày 10 tháng 01 năm 2023"),
            ((), "KẾ HOẠCH Chuyển đổi số năm 2023"),
            (("I. MỤC TIÊU",), "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%."),
        ]
    )
    assert document_period(paras) == "năm 2023"
    (t,) = extract_targets(paras, default_period=document_period(paras))
    assert row(t) == ("Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", "100", "%", "đạt", "năm 2023")


def test_counts_with_units() -> None:
    text, paras = paragraphs(
        [((), "Đến hết năm 2018, số chứng thư số được cấp cho tổ chức là 166 chứng thư số; cung cấp 1.696 dịch vụ công trực tuyến.")]
    )
    targets = extract_targets(paras)
    assert [row(t) for t in targets] == [
        ("số chứng thư số được cấp cho tổ chức", "166", "chứng thư số", None, "đến năm 2018"),
        ("cung cấp dịch vụ công trực tuyến", "1.696", "dịch vụ công trực tuyến", None, "đến năm 2018"),
    ]
    assert text[targets[1].start : targets[1].end] == "cung cấp 1.696 dịch vụ công trực tuyến"


def test_numbers_that_are_not_targets() -> None:
    _, paras = paragraphs(
        [
            ((), "Căn cứ Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018; Căn cứ Kế hoạch bảo đảm 100% hồ sơ xử lý trực tuyến;"),
            ((), "Thực hiện Kế hoạch số 150/KH-UBND ngày 18/6/2021 của UBND tỉnh về cung cấp 100% dịch vụ công đủ điều kiện lên trực tuyến."),
            ((), "I. MỤC ĐÍCH, YÊU CẦU"),
            ((), "Theo Kế hoạch số 213/KH-UBND về triển khai 100% dịch vụ công trực tuyến, các đơn vị thực hiện nghiêm túc."),
            ((), "Điện thoại: 0916 777 493; Điều 17 Nghị định số 52/2015/NĐ-CP; không quá 01 trường hợp."),
            ((), "a) Ngày 20/9/2021, 8/14 đơn vị đã gửi báo cáo (tăng 0,0025 điểm so với năm 2019)."),
            ((), "Chương trình gồm 10 chuyên mục, cụ thể như sau; hỗ trợ 23 xã Bá Thước, Quan Sơn."),
        ]
    )
    assert extract_targets(paras) == []
