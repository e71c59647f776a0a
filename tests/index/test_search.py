import pytest

from index.search import Filters, ModelMismatch, Searcher
from index.settings import Settings

DOCS = {
    "kh12.docx": (
        {"doc_type": "Kế hoạch", "number": "12/KH-UBND", "province": "Sơn La", "issued": "2023-01-10"},
        ["KẾ HOẠCH", "Chuyển đổi số năm 2023",
         "I. MỤC TIÊU",
         "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 50%.",
         "II. TỔ CHỨC THỰC HIỆN",
         "1. Sở Thông tin và Truyền thông",
         "Chủ trì triển khai hệ thống phòng chống mã độc tập trung cho các cơ quan nhà nước."],
    ),
    "cv88.docx": (
        {"doc_type": "Công văn", "number": "88/UBND-KGVX", "province": "Đắk Nông", "issued": "2021-09-20"},
        ["V/v tăng cường an toàn thông tin",
         "Các sở, ban, ngành rà soát phần mềm phòng chống mã độc trên máy tính của cán bộ.",
         "Sở Tài chính bố trí kinh phí mua sắm thiết bị."],
    ),
    "bc5.docx": (
        {"doc_type": "Báo cáo", "number": "5/BC-UBND", "province": "Sơn La", "issued": "2019-01-07"},
        ["Báo cáo tình hình ứng dụng công nghệ thông tin năm 2018",
         "Cổng dịch vụ công của tỉnh cung cấp 1.696 dịch vụ công trực tuyến."],
    ),
}


@pytest.fixture
def searcher(build_index, fake_embedder):
    folder = build_index(DOCS, fake_embedder)
    s = Searcher.open(folder, Settings(index_dir=str(folder)), embedder=fake_embedder)
    yield s
    s.close()


@pytest.fixture
def searcher_of(build_index):
    """A BM25-only Searcher over the documents given, closed when the test ends (failed or not)."""
    opened = []

    def make(docs):
        folder = build_index(docs)
        opened.append(Searcher.open(folder, Settings(index_dir=str(folder))))
        return opened[-1]

    yield make
    for searcher in opened:
        searcher.close()


def _sources(hits):
    return [h.document.source for h in hits]


def test_abbreviation_in_question_matches_full_form(searcher):
    hits = searcher.search("Sở TT&TT chủ trì việc gì?", k=3)
    assert hits[0].passage.section == "II. TỔ CHỨC THỰC HIỆN › 1. Sở Thông tin và Truyền thông"


def test_question_without_diacritics(searcher):
    hits = searcher.search("ty le ho so thu tuc hanh chinh xu ly truc tuyen", k=3)
    assert "đạt 50%" in hits[0].passage.text


def test_document_number_in_question_lifts_that_document(searcher):
    # Both documents talk about anti-malware; the question names the Công văn.
    hits = searcher.search("Công văn 88 yêu cầu gì về phòng chống mã độc?", k=3)
    assert _sources(hits)[0] == "cv88.docx"
    assert "reference" in hits[0].signals
    hits = searcher.search("Kế hoạch 12/KH-UBND về phòng chống mã độc", k=3)
    assert _sources(hits)[0] == "kh12.docx"


def test_filters_restrict_candidates(searcher):
    hits = searcher.search("phòng chống mã độc", k=5, filters=Filters(doc_types=("Công văn",)))
    assert set(_sources(hits)) == {"cv88.docx"}
    hits = searcher.search("công nghệ thông tin", k=5, filters=Filters(years=(2019,)))
    assert set(_sources(hits)) == {"bc5.docx"}
    assert searcher.search("phòng chống mã độc", k=5, filters=Filters(provinces=("Hà Giang",))) == []


def test_hits_carry_metadata_and_exact_passage(searcher):
    hit = searcher.search("bao nhiêu dịch vụ công trực tuyến", k=1)[0]
    assert hit.document.meta.number == "5/BC-UBND"
    assert hit.passage.text.endswith("cung cấp 1.696 dịch vụ công trực tuyến.")


def test_empty_and_nonsense_queries(searcher):
    assert searcher.search("   ", k=5) == []
    # Words that occur nowhere get no lexical candidates; only the dense list can propose any.
    assert searcher.search("zzzz qqqq", k=5, dense_weight=0.0) == []


def test_query_model_must_match_index_model(build_index, fake_embedder):
    folder = build_index(DOCS, fake_embedder)

    class Other(type(fake_embedder)):
        name = "other-model"

    with pytest.raises(ModelMismatch):
        Searcher.open(folder, Settings(index_dir=str(folder)), embedder=Other())


def test_lexical_only_index_searches_without_a_model(searcher_of):
    s = searcher_of(DOCS)  # no embeddings at all
    assert s.dense is None
    assert _sources(s.search("phòng chống mã độc tập trung", k=1)) == ["kh12.docx"]


def test_model_that_cannot_read_vietnamese_gets_no_say_in_the_ranking(build_index, fake_embedder):
    from index.profiles import ModelProfile

    class EnglishOnly(type(fake_embedder)):
        profile = ModelProfile("fake-hash-64", segmented=False, vietnamese=False)

    folder = build_index(DOCS, EnglishOnly())
    s = Searcher.open(folder, Settings(index_dir=str(folder)), embedder=EnglishOnly())
    assert s.dense is not None and s.dense_weight == 0.0
    assert all(h.dense_rank is None for h in s.search("phòng chống mã độc", k=5))
    forced = Searcher.open(folder, Settings(index_dir=str(folder), dense_weight=0.4), embedder=EnglishOnly())
    assert forced.dense_weight == 0.4
    s.close()
    forced.close()


def test_question_about_an_article_finds_it_and_cites_it(searcher_of):
    regulation = (
        {"doc_type": "Quyết định", "number": "35/2021/QĐ-UBND"},
        ["QUY CHẾ", "Bảo đảm an toàn thông tin trong cơ quan nhà nước",
         "Chương I", "QUY ĐỊNH CHUNG",
         "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định việc bảo đảm an toàn thông tin trong cơ quan nhà nước.",
         "Điều 2. Đối tượng áp dụng", "Quy chế áp dụng đối với các cơ quan, đơn vị và cán bộ, công chức.",
         "Chương II", "BẢO ĐẢM AN TOÀN THÔNG TIN",
         "Điều 5. Sao lưu dữ liệu", "1. Dữ liệu quan trọng phải được sao lưu định kỳ hằng tuần.",
         "2. Bản sao lưu được cất giữ tách biệt với hệ thống chính.",
         "Điều 6. Phòng chống mã độc", "Máy tính phải cài đặt phần mềm phòng chống mã độc có bản quyền."],
    )
    s = searcher_of({"qc.docx": regulation, **DOCS})
    hit = s.search("Dữ liệu quan trọng phải được sao lưu bao lâu một lần?", k=3)[0]
    assert hit.passage.section == "Chương II › Điều 5"
    assert "sao lưu định kỳ hằng tuần" in hit.passage.text


def test_empty_index_searches_to_nothing(searcher_of):
    s = searcher_of({})
    assert s.search("phòng chống mã độc", k=5) == []


@pytest.mark.parametrize(
    "question, number",
    [
        ("Theo KH 12/KH-UBND, cơ quan nào chủ trì phòng chống mã độc?", "12/KH-UBND"),
        ("Công văn 88/UBND-KGVX yêu cầu rà soát phần mềm gì?", "88/UBND-KGVX"),
        ("bao cao 5 cung cap bao nhieu dich vu cong", "5/BC-UBND"),
    ],
)
def test_document_named_by_full_or_short_number_comes_first(searcher, question, number):
    hit = searcher.search(question, k=3)[0]
    assert hit.document.meta.number == number
    assert "reference" in hit.signals


def test_inside_the_named_document_the_words_that_name_it_do_not_rank_its_passages(searcher_of):
    # The header and introduction repeat the title; the question's own topic is the deadline.
    plan = (
        {"doc_type": "Kế hoạch", "number": "20/KH-UBND", "province": "Sơn La",
         "title": "Tuyên truyền cải cách hành chính tỉnh Sơn La năm 2024"},
        ["KẾ HOẠCH", "Tuyên truyền cải cách hành chính tỉnh Sơn La năm 2024",
         "Ủy ban nhân dân tỉnh ban hành Kế hoạch tuyên truyền cải cách hành chính tỉnh Sơn La năm 2024 "
         "nhằm nâng cao nhận thức về cải cách hành chính trên địa bàn tỉnh Sơn La.",
         "I. NỘI DUNG TUYÊN TRUYỀN",
         "Tuyên truyền kết quả cải cách hành chính năm 2024 của tỉnh Sơn La trên báo chí.",
         "II. TỔ CHỨC THỰC HIỆN",
         "Các sở gửi báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/11."],
    )
    s = searcher_of({"kh20.docx": plan, **DOCS})
    question = ("Theo Kế hoạch 20/KH-UBND tuyên truyền cải cách hành chính tỉnh Sơn La năm 2024, "
                "các sở gửi báo cáo trước ngày nào?")
    assert s.search(question, k=3)[0].passage.text.endswith("về Sở Nội vụ trước ngày 15/11.")
    # A question about the document itself still finds its header.
    assert s.search("Kế hoạch tuyên truyền cải cách hành chính tỉnh Sơn La năm 2024 có số hiệu là gì?",
                    k=3)[0].passage.text.startswith("KẾ HOẠCH")


def test_question_asking_where_finds_the_venue_line_of_the_meeting_it_describes(searcher_of):
    # The venue line shares no word with the question; the report repeats the meeting's words.
    invitation = (
        {"doc_type": "Giấy mời", "number": "7/GM-UBND", "province": "Sơn La",
         "title": "Họp đánh giá công tác chuyển đổi số năm 2024"},
        ["GIẤY MỜI", "Ủy ban nhân dân tỉnh tổ chức họp đánh giá công tác chuyển đổi số năm 2024.",
         "1. Thời gian: 8 giờ 00 ngày 15/01/2025.",
         "2. Địa điểm: Phòng họp số 2, Trụ sở Ủy ban nhân dân tỉnh."],
    )
    report = (
        {"doc_type": "Báo cáo", "number": "9/BC-UBND", "province": "Sơn La",
         "title": "Kết quả công tác chuyển đổi số năm 2024"},
        ["BÁO CÁO", "Đánh giá công tác chuyển đổi số năm 2024 của tỉnh Sơn La: tổ chức họp giao ban "
         "chuyển đổi số hằng tháng; đánh giá công tác chuyển đổi số của các sở, ngành.",
         "Tổ chức 12 cuộc họp đánh giá công tác chuyển đổi số tại các huyện."],
    )
    s = searcher_of({"gm7.docx": invitation, "bc9.docx": report, **DOCS})
    hits = s.search("Cuộc họp đánh giá công tác chuyển đổi số năm 2024 của tỉnh Sơn La tổ chức ở đâu?", k=3)
    assert hits[0].passage.text == "2. Địa điểm: Phòng họp số 2, Trụ sở Ủy ban nhân dân tỉnh."
    assert "field" in hits[0].signals
    # Without the question word, the venue line has nothing to do with the question.
    hits = s.search("Cuộc họp đánh giá công tác chuyển đổi số năm 2024 của tỉnh Sơn La", k=3)
    assert all("Địa điểm" not in h.passage.text for h in hits[:1])


def test_a_document_holding_the_best_passages_counts_as_named_only_if_its_title_is_quoted():
    from types import SimpleNamespace

    import numpy as np

    class Titles:
        def __init__(self, share):
            self.share = share

        def quoted(self, asked, i):
            return self.share if i == 1 else 0.0

    doc_of = np.array([1, 1, 0, 1, 1, 2])  # passage -> document
    asked = {"khen_thuong", "bau_cu"}
    dominant = Searcher._dominant
    # Three of the four best passages are document 1's, and the question quotes 45% of its title.
    assert dominant(SimpleNamespace(doc_of=doc_of, titles=Titles(0.45)), asked, [0, 1, 2, 3]) == {1}
    # Its title barely quoted: the passages agree, the question does not name it.
    assert dominant(SimpleNamespace(doc_of=doc_of, titles=Titles(0.2)), asked, [0, 1, 2, 3]) == set()
    # The best passages spread over documents: none is named.
    assert dominant(SimpleNamespace(doc_of=doc_of, titles=Titles(0.9)), asked, [0, 2, 5, 3]) == set()


def test_question_asking_until_when_finds_the_time_line_of_the_document(searcher_of):
    # "đến khi nào?" asks for a time limit, which the decision states in a line of its own
    # ("Thời gian ủy quyền ..."), far from the words of the question.
    decision = (
        {"doc_type": "Quyết định", "number": "145/2025/QĐ-UBND", "province": "Thanh Hóa",
         "title": "Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ giải quyết thủ tục hành chính"},
        ["QUYẾT ĐỊNH",
         "Điều 1. Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ giải quyết thủ tục hành chính trong lĩnh "
         "vực tiêu chuẩn đo lường chất lượng thuộc thẩm quyền của Chủ tịch UBND tỉnh.",
         "Điều 2. Giám đốc Sở Khoa học và Công nghệ giải quyết thủ tục hành chính được ủy quyền đúng quy định.",
         "Điều 3. Thời gian ủy quyền từ ngày Quyết định này có hiệu lực thi hành đến hết ngày 28/02/2027."],
    )
    s = searcher_of({"qd145.docx": decision, **DOCS})
    hits = s.search("Thanh Hóa ủy quyền Giám đốc Sở Khoa học và Công nghệ giải quyết thủ tục hành chính "
                    "đến khi nào?", k=3)
    assert hits[0].passage.text.endswith("đến hết ngày 28/02/2027.")
    assert "field" in hits[0].signals


def test_a_document_naming_no_province_competes_for_a_question_naming_one(searcher_of):
    # A department's guide names no province; it may well be the one the question is about.
    guide = (
        {"doc_type": "Hướng dẫn", "number": "27/HD-SNV", "title": "Hướng dẫn tự chấm điểm cải cách hành chính cấp xã"},
        ["HƯỚNG DẪN", "Tự chấm điểm cải cách hành chính cấp xã",
         "Tiêu chí 1.4.1: Mở chuyên mục cải cách hành chính trên Trang thông tin điện tử của địa phương "
         "và duy trì đăng ít nhất 04 tin, bài mỗi tháng."],
    )
    plan = (
        {"doc_type": "Kế hoạch", "number": "30/KH-UBND", "province": "Sơn La",
         "title": "Tuyên truyền cải cách hành chính tỉnh Sơn La"},
        ["KẾ HOẠCH", "Tuyên truyền cải cách hành chính tỉnh Sơn La",
         "Các xã tuyên truyền cải cách hành chính trên Trang thông tin điện tử của tỉnh Sơn La.",
         "Các xã đăng tin, bài về cải cách hành chính trên Trang thông tin điện tử hằng tháng."],
    )
    s = searcher_of({"hd27.docx": guide, "kh30.docx": plan, **DOCS})
    hits = s.search("Xã ở Sơn La tự chấm điểm cải cách hành chính: chuyên mục trên Trang thông tin điện tử "
                    "phải đăng ít nhất bao nhiêu tin bài mỗi tháng?", k=3)
    assert hits[0].passage.text.endswith("duy trì đăng ít nhất 04 tin, bài mỗi tháng.")
    assert "province" in hits[0].signals


def test_a_venue_line_of_a_document_the_question_barely_matches_does_not_push_out_the_answer(searcher_of):
    # The report states where the congress took place ("tại ..."); an unrelated invitation of
    # the same province has a "Địa điểm:" line and shares only common words with the question.
    report = (
        {"doc_type": "Tờ trình", "number": "3/TTr-SNV", "province": "Sơn La",
         "title": "Báo cáo kết quả Đại hội Hội Cựu chiến binh Trường Sơn tỉnh Sơn La"},
        ["TỜ TRÌNH", "Báo cáo kết quả Đại hội Hội Cựu chiến binh Trường Sơn tỉnh Sơn La",
         "Hội Cựu chiến binh Trường Sơn tỉnh Sơn La đã tiến hành Đại hội nhiệm kỳ 2025 - 2030 "
         "tại Nhà văn hóa tỉnh, số 2 đường Tô Hiệu."],
    )
    invitation = (
        {"doc_type": "Giấy mời", "number": "8/GM-UBND", "province": "Sơn La",
         "title": "Họp tổng kết công tác năm 2025 của tỉnh Sơn La"},
        ["GIẤY MỜI", "Ủy ban nhân dân tỉnh Sơn La tổ chức họp tổng kết công tác năm 2025.",
         "Địa điểm: Hội trường tầng 3, Trụ sở Ủy ban nhân dân tỉnh."],
    )
    s = searcher_of({"ttr3.docx": report, "gm8.docx": invitation, **DOCS})
    hits = s.search("Đại hội Hội Cựu chiến binh Trường Sơn tỉnh Sơn La nhiệm kỳ 2025 - 2030 được tổ chức ở đâu?", k=3)
    assert hits[0].document.source == "ttr3.docx"
    assert all("field" not in h.signals for h in hits if h.document.source == "gm8.docx")


def test_question_asking_what_time_finds_a_time_written_with_h(searcher_of):
    # "lúc mấy giờ?" matches "từ 15h" as it matches "15 giờ": the hour mark is read as "giờ",
    # for the passage's words and for the field the question asks for, and the programme beats
    # a submission about the same congress that has a "Thời gian" line but no hour.
    programme = (
        {"doc_type": "Chương trình", "province": "Nghệ An", "title": "Đại hội Hiệp hội Cà phê tỉnh Nghệ An"},
        ["Chương trình Đại hội Hiệp hội Cà phê tỉnh Nghệ An nhiệm kỳ V. II. ĐẠI HỘI CHÍNH THỨC: từ 15h. "
         "1. Văn nghệ chào mừng. 2. Báo cáo tổng kết nhiệm kỳ."],
    )
    submission = (
        {"doc_type": "Tờ trình", "number": "253/TTr-SNV", "province": "Nghệ An",
         "title": "Gia hạn tổ chức Đại hội Hiệp hội Cà phê tỉnh Nghệ An"},
        ["Hiệp hội Cà phê tỉnh Nghệ An đề nghị gia hạn tổ chức Đại hội nhiệm kỳ V. "
         "Thời gian tổ chức: tháng 6 năm 2025."],
    )
    s = searcher_of({"ct.docx": programme, "tt.docx": submission, **DOCS})
    hits = s.search("Đại hội chính thức Hiệp hội Cà phê Nghệ An bắt đầu lúc mấy giờ?", k=3)
    assert hits[0].passage.text.startswith("Chương trình Đại hội Hiệp hội Cà phê")


def test_neighbours_are_the_passages_before_and_after_in_the_same_document(searcher_of):
    plan = (
        {"doc_type": "Kế hoạch", "number": "12/KH-UBND", "province": "Nghệ An", "title": "Chuyển đổi số năm 2026"},
        ["I. MỤC ĐÍCH", "Nâng cao chất lượng phục vụ người dân và doanh nghiệp. " * 5,
         "II. NHIỆM VỤ", "Triển khai nền tảng dữ liệu dùng chung của tỉnh, kết nối các hệ thống thông tin. " * 4,
         "III. TỔ CHỨC THỰC HIỆN", "Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc các cơ quan thực hiện. " * 4],
    )
    s = searcher_of({**DOCS, "kh12.docx": plan})
    middle = next(h for h in s.search("nền tảng dữ liệu dùng chung", k=3) if h.document.source == "kh12.docx")
    around = s.neighbours(middle)
    assert [h.passage.section for h in around] == ["I. MỤC ĐÍCH", "III. TỔ CHỨC THỰC HIỆN"]
    assert [h.passage.seq for h in around] == [middle.passage.seq - 1, middle.passage.seq + 1]
    assert all(h.document.source == "kh12.docx" and h.signals == ("neighbour",) for h in around)
    first = s.neighbours(around[0])  # the first passage has only a next one
    assert [h.passage.section for h in first] == ["II. NHIỆM VỤ"]


def test_a_phrase_written_the_other_way_matches(searcher_of):
    s = searcher_of({
        "ctr.docx": ({"doc_type": "Quyết định", "number": "3/QĐ-TTg"},
                     ["Chương trình phòng, chống ma túy", "Đạt ít nhất 50% số xã trên toàn quốc không có ma túy."]),
        "kh9.docx": ({"doc_type": "Kế hoạch", "number": "9/KH-UBND"},
                     ["Kế hoạch phòng, chống ma túy", "Đạt 30% số xã của tỉnh không có ma túy."]),
    })
    assert _sources(s.search("bao nhiêu phần trăm số xã cả nước không có ma túy", k=1)) == ["ctr.docx"]


def test_table_after_reads_the_rows_under_a_caption_until_the_table_ends(tmp_path):
    from index.search import Hit, Searcher
    from index.settings import Settings
    from tests.index.conftest import build_text_index
    from tests.index.test_answer import COUNCIL

    folder = build_text_index(tmp_path, {"hoi-dong.md": COUNCIL + "\nHội đồng tự giải thể sau khi hoàn thành nhiệm vụ.\n"})
    searcher = Searcher.open(folder, Settings(index_dir=str(folder)))
    try:
        stored = searcher.store.passages()
        rows = [p.passage.seq for p in stored if p.passage.kind == "table_row"]
        assert len(rows) >= 2 and stored[-1].passage.kind != "table_row"
        doc = searcher.documents[stored[0].passage.doc_id]
        caption = stored[rows[0] - 1]
        below = searcher.table_after(Hit(caption.id, caption.passage, doc, 1.0))
        assert [h.passage.seq for h in below] == rows
        assert all(h.signals == ("table",) for h in below)
        assert searcher.table_after(Hit(stored[-1].id, stored[-1].passage, doc, 1.0)) == []
    finally:
        searcher.close()


def test_a_letter_is_known_by_the_title_of_the_draft_it_encloses(searcher_of):
    # The letter asking the members for comments carries the draft decision; the Tờ trình
    # proposing it repeats the draft's title in every passage, the letter's own title does not.
    request = " ".join(["Thực hiện chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh, Văn phòng kính gửi các thành viên "
                        "Ủy ban nhân dân tỉnh Phiếu ghi ý kiến và hồ sơ kèm theo để cho ý kiến."] * 5)
    letter = (
        {"doc_type": "Công văn", "number": "1376/VP-NC", "province": "Sơn La",
         "title": "V/v xin ý kiến thành viên UBND tỉnh"},
        ["Kính gửi: Các thành viên Ủy ban nhân dân tỉnh", request,
         "QUYẾT ĐỊNH", "Về việc phê duyệt Đề án tổ chức Đại hội Hội Luật gia tỉnh Sơn La lần thứ V",
         "Điều 1. Phê duyệt Đề án tổ chức Đại hội Hội Luật gia tỉnh Sơn La lần thứ V.",
         "Điều 2. Ban Thường vụ Hội Luật gia tỉnh Sơn La có trách nhiệm tổ chức Đại hội."],
    )
    proposal = (
        {"doc_type": "Tờ trình", "number": "85/TTr-STP", "province": "Sơn La",
         "title": "Đề nghị phê duyệt Đề án tổ chức Đại hội Hội Luật gia tỉnh Sơn La lần thứ V"},
        ["Sở Tư pháp trình Ủy ban nhân dân tỉnh phê duyệt Đề án tổ chức Đại hội Hội Luật gia tỉnh Sơn La lần thứ V.",
         "Hồ sơ đề nghị phê duyệt Đề án tổ chức Đại hội Hội Luật gia tỉnh Sơn La lần thứ V đã đủ thành phần.",
         "Sở Tư pháp có trách nhiệm thẩm định hồ sơ Đề án tổ chức Đại hội Hội Luật gia tỉnh Sơn La lần thứ V."],
    )
    s = searcher_of({"cv1376.docx": letter, "ttr85.docx": proposal, **DOCS})
    hits = s.search("Theo dự thảo quyết định phê duyệt đề án tổ chức đại hội Hội Luật gia tỉnh Sơn La lần thứ V, "
                    "ai có trách nhiệm tổ chức đại hội?", k=5)
    mine = [h for h in hits if h.passage.text.startswith("Điều 2. Ban Thường vụ")]
    assert mine and "title" in mine[0].signals
