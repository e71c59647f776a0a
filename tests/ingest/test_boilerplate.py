"""Web chrome removal: the five scraped seed pages and small synthetic cases."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.boilerplate import boilerplate_reasons, is_boilerplate, strip_boilerplate
from ingest.loaders.text import load_text
from ingest.records import Block

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def kept_lines(name: str) -> tuple[list[str], list[str]]:
    blocks = load_text(SEEDS / name).blocks
    kept = [b.text for b in strip_boilerplate(blocks) if b.text]  # empty blocks are paragraph breaks
    removed = [b.text for b, r in zip(blocks, boilerplate_reasons(blocks)) if r]
    return kept, removed


def lines(*texts: str) -> list[Block]:
    return [Block(t) for t in texts]


def keep(*texts: str) -> list[str]:
    return [b.text for b in strip_boilerplate(lines(*texts))]


@pytest.mark.parametrize(
    ("name", "first", "last", "removed", "chrome", "content"),
    [
        (
            "000_bc88aaa6fd61f4b6.txt",
            "Sơn La tăng cường thực hiện các giải pháp nâng cao Chỉ số sẵn sàng cho phát triển và "
            "ứng dụng Công nghệ thông tin và Truyền thông (ICT Index) tỉnh Sơn La năm 2021",
            "Lê Luyến",
            15,
            ["Lượt xem: 802", "Thông tin mới nhất", "Thống kê truy cập", "• Đang online: 1",
             "• Hôm nay: 1", "• Tất cả: 1", "Đăng nhập", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH SƠN LA",
             "Bắc, Thành phố Sơn La, tỉnh Sơn La.", "Website: sokhoahoc.sonla.gov.vn",
             "Điện thoại: 02123.852.224 - Fax: 02123.852.791", "Chung nhan Tin Nhiem Mang"],
            ["Chi tiết Công văn số 3033/UBND-KGVX"],
        ),
        (
            "001_e6ca48e96aedd007.txt",
            'Sơn La xác định năm 2023 là "Năm Chuyển đổi số"',
            "Phương Loan",
            1,
            ["[In trang]"],
            ["Thứ năm, 02/02/2023 - 08:54",
             "Trung tâm điều hành thông minh tỉnh Sơn La do Tập đoàn VNPT tài trợ (Nguồn: baosonla.org.vn/)"],
        ),
        (
            "002_a20f42f0cdfd229b.txt",
            "Sơn La: Báo cáo tình hình triển khai ứng dụng công nghệ thông tin năm 2018 trong các "
            "cơ quan nhà nước của tỉnh Sơn La.",
            "Trần Thị Duyên",
            13,
            ["1617 Go top", "Sự kiện nổi bật", "Ý kiến về Trang thông tin điện tử Cục Tin học hóa?",
             "1. Đạt yêu cầu, 1180 phiếu (88 %)", "Tổng số phiếu: 1344", "THÔNG KÊ TRUY CẬP",
             "• Khách Khách 68", "• Tổng Tổng 68",
             "• Tổng lượt truy cập: Tổng lượt truy cập: 12981705"],
            ["Để đẩy mạnh ứng dụng công nghệ thông tin trong năm tiếp theo, tỉnh Sơn La đã đưa ra "
             "một số giải pháp cụ thể:"],
        ),
        (
            "003_b8ab76bec014d625.txt",
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
            "- Người ký: Cao Huy",
            20,
            ["Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp tục.",
             "- 2Nghị quyết 36a/NQ-CP năm 2015 về Chính phủ điện tử do Chính phủ ban hành",
             "- Ngày công báo: Đang cập nhật", "- Tình trạng hiệu lực: Kiểm tra"],
            ["| TM. ỦY BAN NHÂN DÂN |", "- Số hiệu: 431/KH-UBND", "- Loại văn bản: Văn bản khác",
             "- Ngày ban hành: 17/08/2018", "- Nơi ban hành: Tỉnh Đắk Nông",
             "Kế hoạch 431/KH-UBND năm 2018 về nâng cao Chỉ số sẵn sàng cho phát triển và ứng dụng "
             "công nghệ thông tin - truyền thông (ICT Index) trên địa bàn tỉnh Đắk Nông giai đoạn 2018-2020"],
        ),
        (
            "004_c5899d6efa0f417d.txt",
            "08/06/2023",
            "Thu Trang",
            3,
            ["PublishingPortal - Block_BanTin_Toolbar", "Tăng cỡ chữ Giảm cỡ chữ",
             "PublishingPortal - Block_BanTin_ViewData"],
            ["Tiếp tục đẩy mạnh triển khai dịch vụ công trực tuyến",
             "Phó Giám đốc Sở TT&TT Lô Quang Tuyến báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm"],
        ),
    ],
)
def test_seed_pages(name, first, last, removed, chrome, content):
    kept, dropped = kept_lines(name)
    assert kept[0] == first
    assert kept[-1] == last
    assert len(dropped) == removed
    for line in chrome:
        assert line not in kept
        assert line in dropped
    for line in content:
        assert line in kept


@pytest.mark.parametrize(
    "line",
    [
        "Lượt xem: 802",
        "Số lượt xem: 1.024",
        "• Đang online: 1",
        "THỐNG KÊ TRUY CẬP",
        "Tổng lượt truy cập: 12.981.705",
        "Đăng nhập",
        "Vui lòng đăng nhập để xem toàn văn",
        "2. Chưa đạt yêu cầu, 107 phiếu (8 %)",
        "Tổng số phiếu: 1344",
        "[In trang] | Gửi email | Chia sẻ",
        "Tăng cỡ chữ Giảm cỡ chữ",
        "Về đầu trang",
        "PublishingPortal - Block_BanTin_Toolbar",
        "© 2023 Cổng thông tin điện tử tỉnh Sơn La",
        "Bản quyền thuộc Sở Thông tin và Truyền thông",
        "Xây dựng và quản trị: Trung tâm Công nghệ thông tin",
        "Chịu trách nhiệm chính: Giám đốc Sở",
        "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
        "- Ngày hiệu lực: Kiểm tra",
        "- 8Kế hoạch 7264/KH-UBND năm 2021 về ứng dụng công nghệ thông tin",
        "Trang chủ > Tin tức > Chuyển đổi số",
    ],
)
def test_chrome_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Chi tiết Công văn số 3033/UBND-KGVX",
        "Thứ năm, 02/02/2023 - 08:54",
        "Lê Luyến",
        "- Số hiệu: 431/KH-UBND",
        "- Ngày hiệu lực: 01/01/2019",
        "Địa chỉ: 36 Trần Phú, phường Xuân Hương - Đà Lạt",
        "Điện thoại: 0263.3822.222",
        "Tin liên quan",
        "Hôm nay: 1",
        "1. Đạt yêu cầu về chất lượng, đúng tiến độ",
        "- Xây dựng và quản trị cơ sở dữ liệu dùng chung của tỉnh",
        "- Triển khai hệ sinh thái tín nhiệm mạng như một chỉ",
        "Tổng lượt truy cập Cổng thông tin điện tử tỉnh năm 2025 đạt trên 12 triệu lượt",
        "Kế hoạch 7264/KH-UBND năm 2021 về ứng dụng công nghệ thông tin",
        "Đăng ký tài khoản dịch vụ công trực tuyến tại Bộ phận một cửa",
        "Chia sẻ dữ liệu giữa các cơ quan nhà nước",
        "Giới thiệu",
    ],
)
def test_content_lines(line):
    assert not is_boilerplate(line)


def test_official_letter_with_address_keeps_every_line():
    letter = [
        "SỞ NỘI VỤ TỈNH LÂM ĐỒNG",
        "Địa chỉ: 36 Trần Phú, phường Xuân Hương - Đà Lạt",
        "Điện thoại: 0263.3822.222 - Fax: 0263.3822.333",
        "Email: snv@lamdong.gov.vn",
        "Số: 1360/SNV-TCBC",
        "Kính gửi: Sở Tư pháp",
        "Tin liên quan đến hồ sơ hợp nhất các hội, Sở Nội vụ có ý kiến như sau:",
        "Đề nghị Sở Tư pháp hoàn thiện hồ sơ, gửi về Sở Nội vụ trước ngày 30/6/2026.",
        "Hôm nay: 1",
        "GIÁM ĐỐC",
    ]
    assert keep(*letter) == letter


def test_list_region_ends_when_the_text_resumes():
    assert keep(
        "Lượt xem: 15",
        "Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026.",
        "Tin liên quan",
        "Hội nghị tổng kết công tác thi đua năm 2025 (02/01/2026)",
        "Tập huấn nghiệp vụ văn thư, lưu trữ",
        "Tại hội nghị, Giám đốc Sở đề nghị các phòng chuyên môn khẩn trương xây dựng kế hoạch, "
        "hoàn thành trước ngày 15/02/2026.",
        "Thu Trang",
    ) == [
        "Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026.",
        "Tại hội nghị, Giám đốc Sở đề nghị các phòng chuyên môn khẩn trương xây dựng kế hoạch, "
        "hoàn thành trước ngày 15/02/2026.",
        "Thu Trang",
    ]


def test_statistics_region_ends_at_the_document_properties():
    assert keep(
        "Thống kê truy cập",
        "Hôm nay: 12",
        "Khách 5",
        "Kế hoạch 12/KH-UBND năm 2026 về chuyển đổi số",
        "- Số hiệu: 12/KH-UBND",
        "- Loại văn bản: Kế hoạch",
        "- Ngày hiệu lực: Đang cập nhật",
    ) == ["- Số hiệu: 12/KH-UBND", "- Loại văn bản: Kế hoạch"]


def test_footer_takes_the_site_name_and_address_above_it():
    assert keep(
        "Trong năm 2026, Sở sẽ tiếp tục đẩy mạnh chuyển đổi số trong toàn ngành nội vụ.",
        "Thu Trang",
        "SỞ NỘI VỤ TỈNH LÂM ĐỒNG",
        "Địa chỉ: 36 Trần Phú, phường Xuân Hương - Đà Lạt",
        "Điện thoại: 0263.3822.222",
        "© Bản quyền thuộc Sở Nội vụ tỉnh Lâm Đồng",
        "Ghi rõ nguồn khi phát hành lại thông tin",
    ) == [
        "Trong năm 2026, Sở sẽ tiếp tục đẩy mạnh chuyển đổi số trong toàn ngành nội vụ.",
        "Thu Trang",
    ]


def test_question_is_a_poll_only_above_poll_options():
    question = "Ý kiến về việc triển khai dịch vụ công trực tuyến toàn trình?"
    assert keep("[In trang]", question, "Sở Nội vụ tổng hợp ý kiến góp ý của người dân.") == [
        question,
        "Sở Nội vụ tổng hợp ý kiến góp ý của người dân.",
    ]
    assert keep("[In trang]", question, "1. Hài lòng, 12 phiếu (60 %)", "2. Chưa hài lòng, 8 phiếu (40 %)") == []


def test_wrapped_prose_ends_a_region():
    assert keep(
        "Lượt xem: 3",
        "Tin khác",
        "Hội nghị tổng kết năm 2025",
        "Để kịp thời khắc phục môi trường và phòng, chống dịch bệnh",
        "truyền nhiễm sau lụt bão trên địa bàn tỉnh",
    ) == [
        "Để kịp thời khắc phục môi trường và phòng, chống dịch bệnh",
        "truyền nhiễm sau lụt bão trên địa bàn tỉnh",
    ]


def test_table_rows_end_a_region():
    blocks = [
        Block("Lượt xem: 3"),
        Block("Văn bản liên quan"),
        Block("Quyết định 35/2021/QĐ-UBND về Quy chế bảo đảm an toàn thông tin"),
        Block("STT: 1; Nhiệm vụ: Rà soát văn bản", kind="table_row"),
    ]
    assert [b.text for b in strip_boilerplate(blocks)] == ["STT: 1; Nhiệm vụ: Rà soát văn bản"]


def test_a_region_too_long_for_chrome_is_given_back():
    cells = [f"Nhiệm vụ số {i} của kế hoạch" for i in range(30)]
    assert keep("[In trang]", "Tin khác", *cells) == cells


def test_reasons_name_the_pattern():
    assert boilerplate_reasons(
        lines("Lượt xem: 802", "Nội dung", "Thống kê truy cập", "SỞ Y TẾ")
    ) == ["view counter", None, "visitor statistics", "visitor statistics (region)"]


def test_enumeration_items_end_a_region():
    assert keep(
        "Lượt xem: 3",
        "Tin mới nhất",
        "Tập huấn kỹ năng số",
        "Thành phần gồm các ông, bà có tên sau đây:",
        "- Giám đốc Sở Nội vụ;",
    ) == ["Thành phần gồm các ông, bà có tên sau đây:", "- Giám đốc Sở Nội vụ;"]
