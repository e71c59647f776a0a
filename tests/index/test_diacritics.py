"""Diacritics put back on questions typed without them, from the index's own syllable counts."""
import pytest

from index.diacritics import AccentRestorer

# Passage counts as an index of a few administrative documents would have them.
SINGLES = {"sở": 40, "số": 90, "nội": 30, "nơi": 20, "vụ": 35, "tổ": 50, "tờ": 25, "chức": 45,
           "trình": 30, "chủ": 30, "trì": 20, "trị": 15, "ngày": 80, "mã": 6, "ma": 40, "độc": 8,
           "đốc": 30, "chống": 45, "phòng": 60, "túy": 35}
PAIRS = {"sở_nội": 30, "nội_vụ": 30, "số_nơi": 2, "tổ_chức": 45, "tờ_trình": 25, "chủ_trì": 20,
         "chức_ngày": 3, "phòng_chống": 45, "chống_ma": 35, "ma_túy": 35, "chống_mã": 2, "mã_độc": 6}


@pytest.fixture
def restorer():
    return AccentRestorer(SINGLES, PAIRS, abbreviations={"QĐ": "quyết định", "UBND": "Ủy ban nhân dân"})


@pytest.mark.parametrize("typed, restored", [
    ("so noi vu chu tri", "sở nội vụ chủ trì"),
    ("to chuc ngay nao", "tổ chức ngày nào"),  # "to" is "tổ" before "chức", not the commoner "tờ" of "tờ trình"
    ("to trinh", "tờ trình"),
    # the neighbours decide against the commoner pair: "phòng chống mã độc", not "... ma đốc"
    ("phong chong ma doc", "phòng chống mã độc"),
    ("phong chong ma tuy", "phòng chống ma túy"),
    ("bao nhieu", "bao nhiêu"),  # how questions ask, which documents seldom write
])
def test_each_syllable_gets_the_reading_its_neighbours_make_likeliest(restorer, typed, restored):
    assert restorer.restore(typed) == restored


def test_capitals_abbreviations_numbers_and_unknown_words_are_kept(restorer):
    assert restorer.restore("So Noi vu: QD 12/QD-UBND, Netflix 2024?") == "Sở Nội vụ: QĐ 12/QĐ-UBND, Netflix 2024?"


def test_fixed_spans_such_as_place_names_take_their_spelling(restorer):
    # The passages never write the place the question asks about: the gazetteer spells it.
    typed = "so noi vu tinh Tra Vinh"
    assert restorer.restore(typed, [(15, 23, "Trà Vinh")]) == "sở nội vụ tinh Trà Vinh"
    assert restorer.restore(typed, [(15, 23, "Thành phố Trà Vinh")]) == "sở nội vụ tinh Tra Vinh"  # words differ: as typed


def test_text_with_accents_or_without_letters_is_unchanged(restorer):
    assert restorer.restore("Sở Nội vụ chủ trì") == "Sở Nội vụ chủ trì"
    assert restorer.restore("?? 2024") == "?? 2024"
    assert restorer.restore("") == ""


def test_questions_typed_without_accents_are_restored_from_the_index(answerer):
    searcher = answerer.searcher
    query = searcher.understand("co quan nao chu tri to chuc dao tao ky nang so cho can bo")
    assert query.norm == "cơ quan nào chủ trì tổ chức đào tạo kỹ năng số cho cán bộ"
    assert not query.accentless
    assert searcher.understand("so noi vu tinh ha giang").provinces == ("Hà Giang",)
    hits = searcher.search("so tai chinh bo tri kinh phi", k=1)
    assert hits[0].passage.text.startswith("2. Sở Tài chính: Bố trí kinh phí")


def test_how_questions_ask_outweighs_a_commoner_reading():
    # "số" (number) is commoner and even written before "nào" once; "sở nào" is how questions ask
    restorer = AccentRestorer({"sở": 3, "số": 9, "nào": 5, "chủ": 3, "trì": 2}, {"chủ_trì": 2, "số_nào": 1})
    assert restorer.restore("so nao chu tri") == "sở nào chủ trì"
    # ... yet "nào" may follow any noun: "chỉ số" is written far more often than "chỉ sở"
    restorer = AccentRestorer({"chỉ": 50, "sở": 60, "số": 70, "nào": 1}, {"chỉ_số": 40})
    assert restorer.restore("nang cao chi so nao") == "nang cao chỉ số nào"
    # "số mấy" (which number) is asked, not "số máy" (an extension number)
    restorer = AccentRestorer({"số": 9, "máy": 6, "mấy": 1, "của": 8, "tính": 5}, {"số_máy": 2, "máy_tính": 4})
    assert restorer.restore("ke hoach so may cua") == "ke hoach số mấy của"
    assert restorer.restore("so may tinh") == "số máy tính"  # a computer's number still
    # "thông thường" (usual) is how a question asks for the general case, not "thông thương" (trade)
    restorer = AccentRestorer({"thời": 5, "hạn": 5, "thông": 9, "thương": 6, "thường": 2},
                              {"thời_hạn": 4, "thông_thương": 2})
    assert restorer.restore("thoi han thong thuong") == "thời hạn thông thường"
    # "cử ai" (who is sent) is how a question asks; "cũ" (old) is the commoner reading of "cu"
    restorer = AccentRestorer({"cũ": 9, "cử": 4, "ai": 3, "tham": 5, "gia": 5}, {"tham_gia": 4})
    assert restorer.restore("bao cu ai tham gia") == "bao cử ai tham gia"


def test_equally_common_readings_are_chosen_the_same_way_whatever_the_vocabulary_order():
    # Two builds of the same index may list the vocabulary in another order.
    first = AccentRestorer({"vét": 2, "vết": 2, "đợt": 5}, {})
    second = AccentRestorer({"vết": 2, "vét": 2, "đợt": 5}, {})
    assert first.restore("dot vet") == second.restore("dot vet")
