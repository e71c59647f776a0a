"""Abbreviations both ways, whatever the punctuation between the words of the full form."""
from index.abbrev import abbreviations_of, expand_inline, expansions


def test_full_forms_match_with_or_without_commas_and_dashes():
    assert abbreviations_of("công tác phòng cháy chữa cháy") == ["PCCC"]
    assert abbreviations_of("công tác phòng cháy, chữa cháy") == ["PCCC"]
    assert abbreviations_of("Sở Lao động Thương binh và Xã hội") == ["LĐTB&XH", "LĐTBXH"]
    assert abbreviations_of("cán bộ, công chức, viên chức") == ["CBCC", "CBCCVC"]
    # A full form is matched on whole words only.
    assert abbreviations_of("phòng cháy chữa cháyx") == []


def test_abbreviations_of_sectors_expand():
    assert expansions("hồ sơ PCCC của BV tỉnh") == ["phòng cháy, chữa cháy", "bệnh viện"]
    assert expand_inline("Trường ĐH Công nghiệp") == "Trường đại học Công nghiệp"


def test_a_press_body_abbreviated_expands_to_what_documents_write():
    # "Báo và PTTH Lâm Đồng": documents write "Báo và Phát thanh, Truyền hình Lâm Đồng"
    assert expansions("Phó Tổng Biên tập Báo và PTTH Lâm Đồng") == ["Phát thanh - Truyền hình"]
    assert abbreviations_of("Đài Phát thanh, Truyền hình tỉnh") == ["PT&TH", "PT-TH", "PTTH"]


def test_budget_levels_abbreviated_expand():
    # "hỗ trợ NSTW khoảng 143.000 tỷ đồng": documents write "ngân sách trung ương"
    assert expansions("đề nghị tăng hỗ trợ NSTW và NSĐP") == ["ngân sách trung ương", "ngân sách địa phương"]
    assert abbreviations_of("nguồn ngân sách trung ương") == ["NSTW", "TW"]


def test_abbreviations_typed_without_the_stroke_of_d_expand_too():
    # a question typed without diacritics writes "PGD", "QD", "HDND"; "123/QD-UBND" is a number
    assert expand_inline("PGD thuong truc, QD 48/2025 cua HDND, so 123/QD-UBND") == \
        "Phó Giám đốc thuong truc, quyết định 48/2025 cua Hội đồng nhân dân, so 123/QD-UBND"
    # "GD" alone is giáo dục as often as giám đốc: left as typed
    assert expand_inline("So GD tinh") == "So GD tinh"


def test_a_role_asked_without_diacritics_is_the_role():
    from index.members import person_asked, role_asked

    assert role_asked("PGD thuong truc So Y te Gia Lai la ai?") == "pho giam doc thuong truc"
    assert person_asked("PGD nao phu trach cong tac Duoc?")
