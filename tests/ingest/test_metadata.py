"""Metadata extraction: exact DocumentMeta for small Vietnamese fixtures and the five seeds."""
from pathlib import Path

import pytest

from ingest.doctypes import find_numbers, type_from_number, type_from_title
from ingest.metadata import extract_metadata
from ingest.records import DocumentMeta

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def meta_of(*lines: str) -> DocumentMeta:
    return extract_metadata("\n".join(lines))


def test_header_on_separate_lines_with_preamble_and_signature():
    meta = meta_of(
        "ỦY BAN NHÂN DÂN",
        "TỈNH ĐẮK NÔNG",
        "Số: 431/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Đắk Nông, ngày 17 tháng 8 năm 2018",
        "KẾ HOẠCH",
        "Nâng cao Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin",
        "giai đoạn 2018 - 2020",
        "Căn cứ Quyết định số 1819/QĐ-TTg ngày 26/10/2015 của Thủ tướng Chính phủ;",
        "Thực hiện Nghị quyết số 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử,",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        "I. MỤC TIÊU",
        "Nâng cao vị trí xếp hạng theo Quyết định số 390/QĐ-UBND ngày 07/3/2017.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, KGVX.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Cao Huy",
    )
    assert meta == DocumentMeta(
        doc_type="Kế hoạch",
        number="431/KH-UBND",
        issuer="Ủy ban nhân dân tỉnh Đắk Nông",
        province="Đắk Nông",
        issued="2018-08-17",
        title="Nâng cao Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin "
        "giai đoạn 2018 - 2020",
        signer="Cao Huy",
        cites=("1819/QĐ-TTg", "36a/NQ-CP"),  # 390/QĐ-UBND is in the body, not the preamble
    )


def test_glued_pdf_columns_with_blank_number_and_date():
    meta = meta_of(
        "UBND TỈNH GIA LAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG Độc lập - Tự do - Hạnh phúc",
        "Số: /KH-SNNMT Gia Lai, ngày tháng năm 2026",
        "KẾ HOẠCH",
        "Thực hiện Chỉ thị số 7883/CT-BNNMT ngày 17/7/2026 của Bộ Nông nghiệp và",
        "Môi trường về việc tăng cường kỷ luật, kỷ cương hành chính",
        "Căn cứ Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư; Nghị định số",
        "78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ; Chỉ thị số 7883/CT-BNNMT.",
        "Nhằm tạo sự chuyển biến mạnh mẽ, Sở ban hành Kế hoạch số 12/KH-SNNMT như sau:",
    )
    assert meta == DocumentMeta(
        doc_type="Kế hoạch",
        number=None,
        issuer="Sở Nông nghiệp và Môi trường tỉnh Gia Lai",
        province="Gia Lai",
        issued=None,
        title="Thực hiện Chỉ thị số 7883/CT-BNNMT ngày 17/7/2026 của Bộ Nông nghiệp và "
        "Môi trường về việc tăng cường kỷ luật, kỷ cương hành chính",
        signer=None,
        cites=("7883/CT-BNNMT", "226-KL/TW", "78/2025/NĐ-CP"),
    )


def test_pipe_table_header_and_database_properties():
    meta = meta_of(
        "Vui lòng đăng nhập để tiếp tục.",
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
        "Số: 431/KH-UBND | Đắk Nông, ngày 17 tháng 8 năm 2018 |",
        "Ngày 06 tháng 10 năm 2017, Bộ Thông tin và Truyền thông công bố chỉ số ICT Index.",
        "| TM. ỦY BAN NHÂN DÂN |",
        "Kế hoạch 431/KH-UBND năm 2018 về nâng cao Chỉ số ICT Index giai đoạn 2018-2020",
        "- Số hiệu: 431/KH-UBND",
        "- Người ký: Cao Huy",
    )
    assert meta == DocumentMeta(
        doc_type="Kế hoạch",  # from the symbol: no type line on the page
        number="431/KH-UBND",
        issuer="Ủy ban nhân dân tỉnh Đắk Nông",  # "ỦY BAN NHÂN DÂN" + the place-date line
        province="Đắk Nông",
        issued="2018-08-17",
        title="Nâng cao Chỉ số ICT Index giai đoạn 2018-2020",
        signer="Cao Huy",
    )


def test_decision_with_blank_number_and_date_cites_only_the_preamble():
    meta = meta_of(
        "ỦY BAN NHÂN DÂN",
        "TỈNH LÂM ĐỒNG",
        "Số:            /QĐ-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Lâm Đồng, ngày        tháng 9 năm 2025",
        "QUYẾT ĐỊNH",
        "Về việc thành lập Hội đồng An toàn, vệ sinh lao động tỉnh Lâm Đồng",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
        "Căn cứ Nghị định số 39/2016/NĐ-CP ngày 15 tháng 5 năm 2016 của Chính phủ quy định",
        "chi tiết thi hành một số điều của Luật An toàn, vệ sinh lao động;",
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 187/TTr-SNV ngày 28/8/2025.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Thành lập Hội đồng theo Quyết định số 99/QĐ-UBND.",
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Lưu: VT, NC.",
        "CHỦ TỊCH",
    )
    assert meta == DocumentMeta(
        doc_type="Quyết định",
        number=None,  # pre-issuance copy: digits left blank for stamping
        issuer="Ủy ban nhân dân tỉnh Lâm Đồng",
        province="Lâm Đồng",
        issued=None,  # day left blank
        title="Về việc thành lập Hội đồng An toàn, vệ sinh lao động tỉnh Lâm Đồng",
        signer=None,  # unsigned: the block has a title but no name
        cites=("72/2025/QH15", "39/2016/NĐ-CP"),
    )


def test_letter_with_subject_line_wrapped_place_and_lookalike_letters():
    meta = meta_of(
        "ỦY",
        "BAN NHÂN DÂN",
        "THÀNH PHỐ HỒ CHÍ MINH",
        "--------",
        "CỘNG",
        "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 4085/UBND-\u00d0T",  # Latin capital eth instead of Đ
        "V/v rà soát và",
        "chuẩn hóa dữ liệu số nhà sau sắp xếp",
        "Thành",
        "phố Hồ Chí Minh, ngày 25 tháng 11 năm 2025",
        "Kính gửi:",
        "- Công an Thành phố;",
        "- Sở Xây dựng.",
        "Xét đề xuất của Sở Xây dựng tại Công văn số 15972/SXD-QLN ngày 14/11/2025;",
        "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Bùi",
        "Xuân Cường",
    )
    assert meta == DocumentMeta(
        doc_type="Công văn",
        number="4085/UBND-ĐT",
        issuer="Ủy ban nhân dân thành phố Hồ Chí Minh",
        province="Hồ Chí Minh",
        issued="2025-11-25",
        title="V/v rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp",
        signer="Bùi Xuân Cường",
        cites=(),  # "Xét ..." is a proposal, not a legal basis
    )


def test_department_letter_glued_signature_and_central_body():
    meta = meta_of(
        "BỘ TÀI CHÍNH",
        "CỤC THUẾ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 5347/CT-CS",
        "V/v tiền sử dụng đất",
        "Hà Nội, ngày 20 tháng 11 năm 2025",
        "Kính gửi: Thuế tỉnh Đồng Nai.",
        "Cục Thuế nhận được công văn của Thuế tỉnh Đồng Nai.",
        "Nơi nhận: KT. CỤC TRƯỞNG",
        "- Như trên; PHÓ CỤC TRƯỞNG",
        "- Lưu: VT, CS.",
        "Nguyễn Thị Thanh Hằng 2",
    )
    assert meta == DocumentMeta(
        doc_type="Công văn",  # the V/v line wins over the "CT" code (Cục Thuế, not Chỉ thị)
        number="5347/CT-CS",
        issuer="Cục Thuế",
        province=None,  # a central body's letter is not a provincial document
        issued="2025-11-20",
        title="V/v tiền sử dụng đất",
        signer="Nguyễn Thị Thanh Hằng",  # the page number glued after the name is dropped
    )


def test_annex_sent_on_its_own_under_an_e_signature_stamp():
    # No issuer lines: the symbol's department code names the issuer; the title's last line
    # carries the annex note, which is cut off.
    meta = meta_of(
        "Số: 2775/SNV-CCHC&VTLT; 10/11/2025; 11:00:27;",
        "Phụ lục II:",
        "HƯỚNG DẪN TỰ ĐÁNH GIÁ, XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
        "ĐỐI VỚI CÁC XÃ, PHƯỜNG, ĐẶC KHU TRÊN ĐỊA BÀN TỈNH (Kèm theo Công văn số /SNV-CCHC&VTLT ngày"
        " tháng 11 năm 2025 của Sở Nội vụ)",
        "STT: 1; Nội dung Tiêu chí: CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH; Điểm tối đa: 17,0",
    )
    assert (meta.doc_type, meta.number, meta.issuer, meta.issued, meta.title) == (
        "Hướng dẫn", "2775/SNV-CCHC&VTLT", "Sở Nội vụ", "2025-11-10",
        "Tự đánh giá, xác định chỉ số cải cách hành chính năm 2025 đối với các xã, phường, đặc khu"
        " trên địa bàn tỉnh")


def test_provincial_unit_under_a_ministry_with_an_ocr_misread_province():
    meta = meta_of(
        "BỘ CÔNG AN",
        "CÔNG AN TỈNH LÂM ĐỎNG",  # OCR: "ĐỎNG" for "ĐỒNG"
        "Số: 12/TTr-CAT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Lâm Đồng, ngày 20 tháng 11 năm 2025",
        "TỜ TRÌNH",
        "Về việc đề nghị ban hành văn bản báo cáo tổng kết",
        "Kính gửi: Văn phòng Ủy ban nhân dân tỉnh",
    )
    assert (meta.doc_type, meta.issuer, meta.province) == ("Tờ trình", "Công an tỉnh Lâm Đồng", "Lâm Đồng")


def test_reflowed_text_file_header_runs_lines_together():
    # A fixed-width text file after reflow: issuer lines, number and subject glued.
    meta = meta_of(
        "BỘ TÀI CHÍNH CỤC HẢI QUAN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
        "Số: 39209/CHQ-GSQL V/v hướng dẫn thủ tục hải quan",
        "Hà Nội, ngày 01 tháng 12 năm 2025",
        "Kính gửi: Công ty TNHH Bao bì Kỹ thuật cao.",
        "Cục Hải quan có ý kiến như sau:",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, GSQL (03b).",
        "TL. CỤC TRƯỞNG",
        "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ PHÓ TRƯỞNG BAN Nguyễn Bắc Hải",
    )
    assert meta == DocumentMeta(
        doc_type="Công văn",
        number="39209/CHQ-GSQL",
        issuer="Cục Hải quan",
        issued="2025-12-01",
        title="V/v hướng dẫn thủ tục hải quan",
        signer="Nguyễn Bắc Hải",
    )


def test_signer_with_a_stray_glyph_of_the_signature_image():
    meta = meta_of(
        "UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc",
        "Số: 1364/SNV-TCBC Lâm Đồng, ngày 10 tháng 9 năm 2025",
        "Kính gửi: Sở Tư pháp",
        "Sở Nội vụ thống nhất đối với hồ sơ đề nghị hợp nhất.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, TCBC.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC ơNguyễn Đức Vũ",
    )
    assert meta.signer == "Nguyễn Đức Vũ"


def test_an_officer_signs_with_a_rank_before_the_name_even_without_a_title_line():
    lines = [
        "BỘ CÔNG AN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "CÔNG AN TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc",
        "Số: 27/TTr-CAT-PC06 Lâm Đồng, ngày 29 tháng 10 năm 2025",
        "TỜ TRÌNH",
        "Công an tỉnh kính báo cáo Lãnh đạo UBND tỉnh chỉ đạo thẩm định và duyệt, ký theo quy định./.",
        "Nơi nhận:",
        "- Như kính gửi;",
        "- Đ/c Đại tá Nguyễn Tường Vũ - PGĐCA tỉnh;",
        "- Lưu: VT, PC06.",
    ]
    # A scan that lost the "GIÁM ĐỐC" line; a recipient's rank inside a list item is no signature.
    assert meta_of(*lines, "Thiếu tướng Trương Minh Đương").signer == "Trương Minh Đương"
    assert meta_of(*lines, "GIÁM ĐỐC", "Thiếu tướng Trương Minh Đương").signer == "Trương Minh Đương"
    assert meta_of(*lines).signer is None
    # The scan glued "Nơi nhận:" to the last sentence: nothing marks the block but the rank.
    glued = lines[:4] + ["Công an tỉnh kính báo cáo Lãnh đạo UBND tỉnh./. b%Xs- Nơi nhận:"] + lines[6:]
    assert meta_of(*glued, "Thiếu tướng Trương Minh Đương").signer == "Trương Minh Đương"
    assert meta_of(*glued).signer is None


def test_no_signer_from_random_capitalised_words():
    meta = meta_of(
        "UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ XÂY DỰNG Độc lập - Tự do - Hạnh phúc",
        "Số: 2873/SXD-QLN Lâm Đồng, ngày 09 tháng 4 năm 2026",
        "V/v góp ý đề nghị công nhận Ban vận động",
        "Kính gửi: Sở Nội vụ",
        "Sở Xây dựng thống nhất đề nghị của Sở Nội vụ.",
        "Trân trọng!",
        "GIÁM ĐỐC",
        "Lâm Đồng",
        "Ban Vận Động",
    )
    assert meta.signer is None
    assert (meta.doc_type, meta.number, meta.issuer, meta.issued) == (
        "Công văn", "2873/SXD-QLN", "Sở Xây dựng tỉnh Lâm Đồng", "2026-04-09")


def test_own_number_is_not_a_citation():
    meta = meta_of(
        "ỦY BAN NHÂN DÂN TỈNH SƠN LA",
        "Số: 12/TB-UBND",
        "Sơn La, ngày 03/02/2025",
        "THÔNG BÁO",
        "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh",
        "Thực hiện Thông báo số 12/TB-UBND và Kế hoạch số 5/KH-UBND của UBND tỉnh;",
        "Ngày 02/02/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp.",
    )
    assert (meta.doc_type, meta.number, meta.issued, meta.cites) == (
        "Thông báo", "12/TB-UBND", "2025-02-03", ("5/KH-UBND",))


def test_news_page_reporting_a_plan():
    meta = meta_of(
        "[In trang]",
        'Sơn La xác định năm 2023 là "Năm Chuyển đổi số"',
        "Thứ năm, 02/02/2023 - 08:54",
        "Vừa qua, UBND tỉnh ban hành Kế hoạch số 292/KH-UBND về Chuyển đổi số tỉnh Sơn La "
        "năm 2023 (Kế hoạch). Theo đó, năm 2023 là năm trọng tâm.",
        "Kế hoạch đặt mục tiêu đưa tỉnh Sơn La vào nhóm khá; Kế hoạch số 77/KH-UBND vẫn hiệu lực.",
        "Phương Loan",
    )
    assert meta == DocumentMeta(
        doc_type="Kế hoạch",
        number="292/KH-UBND",
        issuer="Ủy ban nhân dân tỉnh Sơn La",  # "UBND tỉnh" + the province the page names
        province="Sơn La",
        issued=None,  # "Vừa qua": the page does not say when
        title="Chuyển đổi số tỉnh Sơn La năm 2023",
    )


def test_news_page_with_date_and_generic_document_word():
    meta = meta_of(
        "Sơn La: Báo cáo tình hình ứng dụng công nghệ thông tin năm 2018.",
        "Ngày 07 tháng 01 năm 2019, Ủy ban nhân dân tỉnh Sơn La đã có văn bản số 14/BC-UBND "
        "về việc Báo cáo tình hình ứng dụng công nghệ thông tin năm 2018...",
        "Trần Thị Duyên",
    )
    assert meta == DocumentMeta(
        doc_type="Báo cáo",  # "văn bản" is generic: the symbol says BC
        number="14/BC-UBND",
        issuer="Ủy ban nhân dân tỉnh Sơn La",
        province="Sơn La",
        issued="2019-01-07",
        title="Báo cáo tình hình ứng dụng công nghệ thông tin năm 2018",
    )


def test_news_page_without_a_document_number():
    meta = meta_of(
        "PublishingPortal - Block_BanTin_Toolbar",
        "08/06/2023",
        "Tăng cỡ chữ Giảm cỡ chữ",
        "Tiếp tục đẩy mạnh triển khai dịch vụ công trực tuyến",
        "Phó Chủ tịch UBND tỉnh làm việc với Sở Thông tin và Truyền thông tỉnh Bắc Kạn.",
        "Tỷ lệ hộ gia đình có cáp quang tại Bắc Kạn đạt 76,6%.",
        "Thu Trang",
    )
    assert meta == DocumentMeta(
        province="Bắc Kạn", title="Tiếp tục đẩy mạnh triển khai dịch vụ công trực tuyến"
    )


def test_type_lines_wrapped_in_capitals_and_authority_line():
    meta = meta_of(
        "ỦY BAN NHÂN DÂN",
        "TỈNH QUẢNG TRỊ",
        "Số: 2688/QĐ-UBND",
        "Quảng Trị, ngày",
        "18 tháng 11 năm 2025",
        "QUYẾT",
        "ĐỊNH",
        "VỀ",
        "VIỆC BÃI BỎ CÁC VĂN BẢN DO UBND TỈNH QUẢNG BÌNH BAN HÀNH",
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
        "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ;",
        "QUYẾT ĐỊNH:",
    )
    assert meta == DocumentMeta(
        doc_type="Quyết định",
        number="2688/QĐ-UBND",
        issuer="Ủy ban nhân dân tỉnh Quảng Trị",
        province="Quảng Trị",
        issued="2025-11-18",
        title="Về việc bãi bỏ các văn bản do UBND tỉnh Quảng Bình ban hành",
        cites=("78/2025/NĐ-CP",),
    )


def test_unknown_fields_stay_none():
    assert extract_metadata("") == DocumentMeta()
    assert extract_metadata("Một đoạn văn ngắn không có thông tin gì.") == DocumentMeta()


@pytest.mark.parametrize(
    ("number", "doc_type"),
    [("431/KH-UBND", "Kế hoạch"), ("2/TTr-SNV", "Tờ trình"), ("5/CTr-UBND", "Chương trình"),
     ("3/GM-UBND", "Giấy mời"), ("8609/SNNMT-VPĐK", "Công văn"), ("72/2025/QH15", None)],
)
def test_type_from_number(number, doc_type):
    assert type_from_number(number) == doc_type


def test_numbers_and_type_lines():
    assert find_numbers("Nghị quyết 36a/NQ-CP; Tờ trình số 02-TTr/ĐLS; giai đoạn 2021-2025; 48/63 tỉnh") == [
        "36a/NQ-CP", "02-TTr/ĐLS"]
    assert type_from_title("THÔNG TƯ LIÊN TỊCH HƯỚNG DẪN") == ("Thông tư liên tịch", "HƯỚNG DẪN")
    assert type_from_title("Kế hoạch này được ban hành") is None  # only capitals are type lines


SEED_EXPECTED = {
    "000_bc88aaa6fd61f4b6.txt": DocumentMeta(
        doc_type="Công văn",
        number="3033/UBND-KGVX",
        issuer="Ủy ban nhân dân tỉnh Sơn La",
        province="Sơn La",
        issued="2021-09-20",
        title="Tăng cường thực hiện các giải pháp nâng cao Chỉ số sẵn sàng cho phát triển và "
        "ứng dụng Công nghệ thông tin và Truyền thông (ICT Index) tỉnh Sơn La năm 2021",
    ),
    "001_e6ca48e96aedd007.txt": DocumentMeta(
        doc_type="Kế hoạch",
        number="292/KH-UBND",
        issuer="Ủy ban nhân dân tỉnh Sơn La",
        province="Sơn La",
        title="Chuyển đổi số tỉnh Sơn La năm 2023",
    ),
    "002_a20f42f0cdfd229b.txt": DocumentMeta(
        doc_type="Báo cáo",
        number="14/BC-UBND",
        issuer="Ủy ban nhân dân tỉnh Sơn La",
        province="Sơn La",
        issued="2019-01-07",
        title="Báo cáo tình hình triển khai ứng dụng công nghệ thông tin trong các cơ quan "
        "nhà nước tỉnh năm 2018",
    ),
    "003_b8ab76bec014d625.txt": DocumentMeta(
        doc_type="Kế hoạch",
        number="431/KH-UBND",
        issuer="Ủy ban nhân dân tỉnh Đắk Nông",
        province="Đắk Nông",
        issued="2018-08-17",
        title="Nâng cao Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin - "
        "truyền thông (ICT Index) trên địa bàn tỉnh Đắk Nông giai đoạn 2018-2020",
        signer="Cao Huy",
    ),
    "004_c5899d6efa0f417d.txt": DocumentMeta(
        province="Bắc Kạn",
        title="Tiếp tục đẩy mạnh triển khai dịch vụ công trực tuyến",
    ),
}


@pytest.mark.parametrize("name", sorted(SEED_EXPECTED))
def test_seed_pages(name):
    text = (SEEDS / name).read_text(encoding="utf-8")
    assert extract_metadata(text, source_name=name) == SEED_EXPECTED[name]


def test_headerless_programme_takes_the_province_its_opening_lines_name():
    meta = meta_of(
        "CHƯƠNG TRÌNH ĐẠI HỘI DỰ KIẾN",
        "Hiệp hội Doanh nghiệp tỉnh Bình Thuận, nhiệm kỳ V (2025-2030)",
        "Ngày 27/6/2025 (Thứ 6)",
        "I. ĐẠI HỘI TRÙ BỊ: (13h30 – 14h30)",
        "1. Kết nạp Hội viên mới",
    )
    assert (meta.doc_type, meta.province) == ("Chương trình", "Bình Thuận")


def test_headerless_text_naming_two_provinces_on_top_has_none():
    meta = meta_of(
        "CHƯƠNG TRÌNH GIAO LƯU",
        "Giữa Hội Nông dân tỉnh Lâm Đồng và Hội Nông dân tỉnh Đắk Lắk",
        "1. Khai mạc",
    )
    assert meta.province is None


def test_scanned_received_stamp_inside_the_title_is_left_out():
    # OCR of a submission whose "CÔNG VĂN ĐẾN" stamp sits between its title lines.
    text = "\n".join([
        "CÔNG AN TỈNH LÂM ĐỒNG",
        "Số: 27/TTr-CAT-PC06",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Lâm Đồng, ngày 29 tháng 10 năm 2025",
        "TỜ TRÌNH",
        "Đề",
        "URNH 21N)? AM D ÔN vàn SỂ: Z2: cccee ĐiÙ Ngay: 2 3.={0-. 1015... Chuyển:..p.N.& 5n",
        "Sấ và xý hiệu HS:...................",
        "nghị ban hành Báo cáo kết quả triển khai Đề án 06 tháng 10/2025",
        "Kính gửi: Lãnh đạo UBND tỉnh Lâm Đồng.",
    ])
    meta = extract_metadata(text)
    assert meta.doc_type == "Tờ trình"
    assert meta.title == "Đề nghị ban hành Báo cáo kết quả triển khai Đề án 06 tháng 10/2025"


def test_a_scanned_header_with_a_gap_in_the_number_and_the_month_misread():
    meta = meta_of(
        "TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM",
        "VIÊN THÔNG LÂM ĐÔNG",
        "Số: 257 1/VNPT-LĐG-NSTH",
        "V/v cử nhân sự tham gia Hội đồng ATVSLĐ tỉnh Lâm Đông",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Lâm Đông, ngày 26 thóng 8 năm 2025",
        "Kính gửi: Sở Nội vụ Lâm Đồng",
    )
    # "Lâm Đông" is no province the gazetteer knows: the place is the date line's own words,
    # and the title above keeps its last word
    assert (meta.number, meta.issued, meta.title) == (
        "2571/VNPT-LĐG-NSTH", "2025-08-26", "V/v cử nhân sự tham gia Hội đồng ATVSLĐ tỉnh Lâm Đông")
    # a place written over two lines is still read whole
    assert meta_of("UBND TỈNH BÌNH THUẬN", "Số: 12/UBND-KT", "V/v báo cáo", "Phan", "Thiết, ngày 3 tháng 2 năm 2025",
                   "Kính gửi: Sở Tài chính").issued == "2025-02-03"


def test_signer_below_a_title_the_scan_damaged():
    lines = [
        "VIỄN THÔNG LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 2571/VNPT-LĐG-NSTH Lâm Đồng, ngày 26 tháng 8 năm 2025",
        "Kính gửi: Sở Nội vụ Lâm Đồng",
        "Viễn thông Lâm Đồng cử thành viên tham gia Hội đồng ATVSLĐ tỉnh:",
        "| Hoàng Thế Đăng | Phó Giám đốc Viễn thông Lâm Đồng |",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, NSTH.",
    ]
    # "GIÁM ĐỐC" read as "GLÁM ĐÓC" with the signature's strokes after it: the name alone on the
    # last line is still the signer; a name in the body above the recipients is not.
    assert meta_of(*lines, "GLÁM ĐÓC U„ụợớ—~", "Z⁄ˆ z0xT~0w", "Hồ Quang Huệ").signer == "Hồ Quang Huệ"
    assert meta_of(*lines, "GLÁM ĐÓC U„ụợớ—~").signer is None


def test_title_in_capitals_ends_with_the_line_naming_whose_it_is():
    meta = meta_of(
        "CHƯƠNG TRÌNH ĐẠI HỘI DỰ KIẾN",
        "Hiệp hội Cà phê tỉnh Nghệ An, nhiệm kỳ V (2025-2030)",
        "Ngày 27/6/2025 (Thứ 6)",
        "I. ĐẠI HỘI TRÙ BỊ: (13h30 – 14h30)",
    )
    assert (meta.doc_type, meta.title) == (
        "Chương trình", "Đại hội dự kiến Hiệp hội Cà phê tỉnh Nghệ An, nhiệm kỳ V (2025-2030)")
    # a sentence under the title is the body, not part of it
    meta = meta_of("KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026",
                   "Năm 2026, tỉnh tập trung tuyên truyền cải cách hành chính.", "I. MỤC ĐÍCH")
    assert meta.title == "Tuyên truyền cải cách hành chính năm 2026"


def test_a_number_broken_after_its_hyphen_is_read_whole():
    meta = meta_of(
        "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
        "Số: 105/2025/QĐ- UBND",
        "Phú Thọ, ngày 15 tháng 12 năm 2025",
        "QUYẾT ĐỊNH",
        "Quy định tiêu chuẩn, định mức sử dụng máy móc chuyên dùng",
        "Căn cứ Quyết định số 08/2021/QĐ- UBND ngày 20 tháng 5 năm 2021 của UBND tỉnh;",
    )
    assert (meta.number, meta.issued, meta.cites) == ("105/2025/QĐ-UBND", "2025-12-15", ("08/2021/QĐ-UBND",))
