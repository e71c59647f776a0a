"""The agency gazetteer: aliases both ways, damaged text, local government, negatives."""
from __future__ import annotations

import pytest

from ingest.facts.agencies import (
    agency_aliases,
    base_agency,
    canonical_agency,
    expand_agency,
    find_agencies,
    organisation_label,
)


@pytest.mark.parametrize(
    ("mention", "canonical"),
    [
        ("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở TTTT", "Sở Thông tin và Truyền thông"),
        ("so tt&tt", "Sở Thông tin và Truyền thông"),
        ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Sở Thông tin và Truyền thông"),
        ("Sở Thông tin - Truyền thông", "Sở Thông tin và Truyền thông"),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở GDĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
        ("Sở Khoa học Công nghệ", "Sở Khoa học và Công nghệ"),
        ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường"),
        ("Sở Tài chính tỉnh Gia Lai", "Sở Tài chính"),
        ("Bộ TT&TT", "Bộ Thông tin và Truyền thông"),
        ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
        ("Ban Quản lý các khu chế xuất và công nghiệp", "Ban Quản lý các khu chế xuất và công nghiệp tỉnh"),
        ("Công an tỉnh", "Công an tỉnh"),
        ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
        ("Đài PT-TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
        ("UBND các huyện, thành phố", "Ủy ban nhân dân cấp huyện"),
        ("UBND các huyện, thị xã", "Ủy ban nhân dân cấp huyện"),
        ("UBND cấp xã", "Ủy ban nhân dân cấp xã"),
        ("Ủy ban nhân dân các xã, phường, đặc khu", "Ủy ban nhân dân cấp xã"),
        ("UBND xã Đức Trọng", "Ủy ban nhân dân xã Đức Trọng"),
        ("các sở, ban, ngành", "Các sở, ban, ngành"),
        ("các cơ quan, đơn vị có liên quan", "Các cơ quan, đơn vị liên quan"),
        ("Báo Đắk Nông", "Báo Đắk Nông"),
    ],
)
def test_canonical_agency(mention: str, canonical: str) -> None:
    assert canonical_agency(mention) == canonical


def test_reorganised_tax_office_is_an_agency_only_when_capitalised() -> None:
    assert [m.canonical for m in find_agencies("e) Thuế tỉnh Đắk Lắk có ý kiến về ưu đãi đầu tư")] == ["Thuế tỉnh"]
    assert find_agencies("người nộp thuế tỉnh Lạng Sơn") == []


@pytest.mark.parametrize("mention", ["Sở", "Tài chính", "ngành Giáo dục và Đào tạo", "Sở Tài chính chủ trì", ""])
def test_not_an_agency(mention: str) -> None:
    assert canonical_agency(mention) is None


def test_bare_department_name_only_when_asked() -> None:
    assert canonical_agency("Giáo dục Đào tạo") is None
    assert canonical_agency("Giáo dục Đào tạo", bare=True) == "Sở Giáo dục và Đào tạo"
    assert canonical_agency("Thông tin Truyền thông", bare=True) == "Sở Thông tin và Truyền thông"
    assert canonical_agency("Tài chính", bare=True) is None  # two words: too ambiguous


def test_damaged_text_from_web_extraction() -> None:
    text = "S Tài chính: Triển khai đồng b các ng dng. S Thông tin Truyn thông: Ch đạo các doanh nghip."
    found = find_agencies(text)
    assert [(m.start, m.end, m.mention, m.canonical) for m in found] == [
        (0, 11, "S Tài chính", "Sở Tài chính"),
        (43, 66, "S Thông tin Truyn thông", "Sở Thông tin và Truyền thông"),
    ]


def test_spans_and_order_in_a_sentence() -> None:
    text = "Giao Sở TT&TT chủ trì, phối hợp với Sở Nội vụ và UBND các huyện, thành phố triển khai."
    found = find_agencies(text)
    assert [(text[m.start : m.end], m.canonical) for m in found] == [
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở Nội vụ", "Sở Nội vụ"),
        ("UBND các huyện, thành phố", "Ủy ban nhân dân cấp huyện"),
    ]


def test_units_of_ministries_and_departments_end_where_the_sentence_goes_on() -> None:
    text = ("Gửi về Bộ Nội vụ (qua Vụ Cải cách hành chính1) trước ngày 30/9; Sở chỉ đạo Chi cục Biển đảo và "
            "Thủy sản thực hiện, báo cáo Cục Thủy sản và Kiểm ngư và Sở Tài chính; Vụ Tổ chức cán bộ, Bộ Nội vụ.")
    assert [m.mention for m in find_agencies(text)] == [
        "Bộ Nội vụ", "Vụ Cải cách hành chính", "Chi cục Biển đảo và Thủy sản", "Cục Thủy sản và Kiểm ngư",
        "Sở Tài chính", "Vụ Tổ chức cán bộ", "Bộ Nội vụ"]
    assert find_agencies("Xử lý các vụ việc phức tạp") == []


def test_province_qualifies_the_provincial_committee() -> None:
    assert canonical_agency("UBND tỉnh", province="Sơn La") == "Ủy ban nhân dân tỉnh Sơn La"
    found = find_agencies("Báo cáo UBND tỉnh Sơn La trước ngày 15/12.", province="Sơn La")
    assert [(m.mention, m.canonical) for m in found] == [("UBND tỉnh Sơn La", "Ủy ban nhân dân tỉnh Sơn La")]
    assert base_agency("Ủy ban nhân dân tỉnh Sơn La") == "Ủy ban nhân dân tỉnh"
    assert canonical_agency("Sở Tài chính", province="Sơn La") == "Sở Tài chính"


def test_names_that_only_look_like_agencies() -> None:
    assert find_agencies("BÁO CÁO kết quả thực hiện") == []
    assert [m.canonical for m in find_agencies("Báo cáo UBND tỉnh")] == ["Ủy ban nhân dân tỉnh"]
    assert find_agencies("Phòng Kế hoạch - Tài chính") == []
    assert find_agencies("Công an thành phố Sơn La") == []  # a city police, not the province's
    # ... but a capitalised verb after the city-level name is no city's name
    found = find_agencies("1.2. Giao Công an Thành phố Chỉ đạo Công an các phường, xã")
    assert [(m.mention, m.canonical) for m in found] == [("Công an Thành phố", "Công an Thành phố")]
    assert [m.canonical for m in find_agencies("Bộ Thông tin và Truyền thông")] == ["Bộ Thông tin và Truyền thông"]


def test_aliases_both_ways_for_the_query_side() -> None:
    table = agency_aliases()
    assert "Sở TT&TT" in table["Sở Thông tin và Truyền thông"]
    assert table["Sở Thông tin và Truyền thông"][0] == "Sở Thông tin và Truyền thông"
    assert "UBND tỉnh" in table["Ủy ban nhân dân tỉnh"]
    short = expand_agency("Sở TT&TT làm gì?")
    full = expand_agency("Sở Thông tin và Truyền thông làm gì?")
    assert short == full
    assert short[:2] == ["Sở Thông tin và Truyền thông", "Sở TT&TT"]
    assert expand_agency("không có cơ quan nào") == []


def test_organisation_label() -> None:
    assert organisation_label("Phòng Giáo dục Phổ thông") == "Phòng Giáo dục Phổ thông"
    assert organisation_label("Văn phòng Sở:") == "Văn phòng Sở"
    assert organisation_label("Nhiệm vụ, giải pháp") is None
    assert organisation_label("Sở") is None
    assert organisation_label("THÀNH PHẦN THAM GIA") is None
    # State enterprises own tasks too ("Điều 14. Trách nhiệm của Tập đoàn Điện lực Việt Nam").
    assert organisation_label("Tập đoàn Điện lực Việt Nam") == "Tập đoàn Điện lực Việt Nam"
    assert organisation_label("Tổng công ty Điện lực miền Nam") == "Tổng công ty Điện lực miền Nam"
    assert organisation_label("Bộ Tư lệnh Vùng Cảnh sát biển 3") == "Bộ Tư lệnh Vùng Cảnh sát biển 3"
    assert organisation_label("Ban Chỉ đạo 35 năm 2025") is None
    assert organisation_label("Hội nghị lần 2") is None
    assert organisation_label("Quỹ hỗ trợ giai đoạn 2") is None
    assert organisation_label("Quỹ lương tháng 12") is None
    assert organisation_label("Quỹ Khuyến học tỉnh") == "Quỹ Khuyến học tỉnh"
