import pytest

from ingest.normalize import canonical_tone, clean_display, is_syllable, normalize, repair_split_syllables, strip_accents


@pytest.mark.parametrize(
    "new_style, old_style",
    [("hoà", "hòa"), ("Hoà Bình", "Hòa Bình"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("HOÀ", "HÒA"), ("Thuý", "Thúy")],
)
def test_both_tone_placements_index_the_same(new_style, old_style):
    assert normalize(new_style) == normalize(old_style) == old_style


@pytest.mark.parametrize("word", ["người", "quốc", "giữa", "gìn", "hoàng", "thuở", "khuyến", "tiếng", "của"])
def test_canonical_tone_leaves_correct_words_alone(word):
    assert canonical_tone(word) == word


def test_decomposed_input_is_composed():
    decomposed = "Vie\u0302\u0323t Nam"  # e + circumflex + dot below, as some PDFs emit
    assert normalize(decomposed) == "Việt Nam"
    assert clean_display(decomposed) == "Việt Nam"


def test_eth_lookalike_becomes_vietnamese_d_with_stroke():
    assert clean_display("\u00d0ắk Nông, \u00f0ồng") == "Đắk Nông, đồng"


def test_clean_display_collapses_spaces_but_keeps_lines():
    assert clean_display("Sở\u00a0 Tài\tchính \r\nSố:  12\u200b/QĐ") == "Sở Tài chính\nSố: 12/QĐ"


@pytest.mark.parametrize(
    "broken, repaired",
    [
        ("tài liệu đ iện tử", "tài liệu điện tử"),
        ("đủ đ iều kiện", "đủ điều kiện"),
        ("th ông tin", "thông tin"),
        ("Đ IỆN TỬ", "ĐIỆN TỬ"),
        ("ng ười dân", "người dân"),
    ],
)
def test_split_syllables_are_repaired(broken, repaired):
    assert repair_split_syllables(broken) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "S Thông tin",  # a lost vowel, not a split: the next fragment starts with a consonant
        "c) Sở Tài chính",  # list marker
        "t ại",  # "ại" could be a word: not safe to join
        "100.000 đ Một",  # currency abbreviation before a capitalised word
    ],
)
def test_repair_is_conservative(text):
    assert repair_split_syllables(text) == text


def test_is_syllable():
    assert is_syllable("điện") and is_syllable("yên") and is_syllable("ương")
    assert not is_syllable("iện") and not is_syllable("xyz") and not is_syllable("ict")


def test_strip_accents():
    assert strip_accents("Ủy ban nhân dân tỉnh Đắk Nông") == "Uy ban nhan dan tinh Dak Nong"
