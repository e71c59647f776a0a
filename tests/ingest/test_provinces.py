"""Province names: the two lists, variants, and the finder used by metadata and queries."""
import pytest

from ingest.provinces import (
    ALL_PROVINCES,
    MERGED_INTO,
    PROVINCES_2025,
    PROVINCES_BEFORE_2025,
    canonical_province,
    find_provinces,
    level_word,
    with_successors,
)


def test_lists_have_63_and_34_units_and_merges_are_consistent():
    assert len(PROVINCES_BEFORE_2025) == len(set(PROVINCES_BEFORE_2025)) == 63
    assert len(PROVINCES_2025) == len(set(PROVINCES_2025)) == 34
    assert set(MERGED_INTO) <= set(PROVINCES_BEFORE_2025)
    assert set(MERGED_INTO.values()) <= set(PROVINCES_2025)
    # Every old unit either survived under its name or was merged into a new one.
    assert set(PROVINCES_BEFORE_2025) - set(MERGED_INTO) <= set(PROVINCES_2025)
    assert MERGED_INTO["Đắk Nông"] == "Lâm Đồng" and MERGED_INTO["Thừa Thiên Huế"] == "Huế"
    assert len(ALL_PROVINCES) == 64  # 63 + "Huế" as a city of its own


def test_find_returns_spans_and_canonical_names():
    text = "UBND tỉnh Đắk Nông phối hợp với TP.HCM và tỉnh Thanh Hoá"
    found = find_provinces(text)
    assert found == [(10, 18, "Đắk Nông"), (32, 38, "Hồ Chí Minh"), (47, 56, "Thanh Hóa")]
    assert [text[s:e] for s, e, _ in found] == ["Đắk Nông", "TP.HCM", "Thanh Hoá"]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Dak Nong", "Đắk Nông"),
        ("DAK LAK", "Đắk Lắk"),
        ("Đăk Lăk", "Đắk Lắk"),
        ("Ba Ria - Vung Tau", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("THỪA THIÊN HUẾ", "Thừa Thiên Huế"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("Ho Chi Minh", "Hồ Chí Minh"),
    ],
)
def test_variants(written, name):
    assert find_provinces(f"tai {written} nam nay")[0][2] == name


def test_accent_free_lookup():
    assert canonical_province("tinh dak nong") == "Đắk Nông"
    assert canonical_province("TP HCM") == "Hồ Chí Minh"
    assert canonical_province("Thành phố Hà Nội") == "Hà Nội"
    assert canonical_province("Tỉnh Sơn La") == "Sơn La"
    assert find_provinces("ke hoach chuyen doi so tinh son la", strict_case=False) == [
        (28, 34, "Sơn La")]


def test_longest_name_wins_and_huế_alone_is_the_city():
    assert find_provinces("tỉnh Thừa Thiên Huế (cũ), nay là thành phố Huế") == [
        (5, 19, "Thừa Thiên Huế"), (43, 46, "Huế")]


def test_not_provinces():
    # Lower case "hòa bình" is peace; "Sơn Lan" is a typo, not Sơn La; a person named
    # "Lê Quang Nam" is not Quảng Nam; roads and ideas named after Hồ Chí Minh are not the city.
    assert find_provinces("giữ vững hòa bình, ổn định") == []
    assert find_provinces("UBND tỉnh Sơn Lan") == []
    assert find_provinces("Chủ tịch Lê Quang Nam") == []
    assert find_provinces("Đường Hồ Chí Minh; tư tưởng Hồ Chí Minh; Chủ tịch Hồ Chí Minh") == []
    assert canonical_province("Phan Thiết") is None
    assert canonical_province("") is None


def test_queries_in_lower_case():
    assert find_provinces("văn bản của hà nội", strict_case=False) == [(12, 18, "Hà Nội")]
    assert find_provinces("văn bản của hà nội") == []


def test_level_word():
    assert level_word("Hồ Chí Minh") == "thành phố"
    assert level_word("Huế") == "thành phố"
    assert level_word("Thừa Thiên Huế") == "tỉnh"
    assert level_word("Gia Lai") == "tỉnh"


def test_old_provinces_bring_the_units_they_merged_into():
    assert with_successors(["Nam Định", "Thái Bình"]) == {"Nam Định", "Thái Bình", "Ninh Bình", "Hưng Yên"}
    assert with_successors(["Sơn La"]) == {"Sơn La"}  # unchanged by the merger
    assert with_successors([]) == set()
