import json

import pytest

from index.answer import rare_words
from index.conversation import Turn
from index.intent import detect


def _span(citation):
    start, end = citation.highlight
    return citation.text[start:end]


def assert_answers_start(answerer, questions, prefix):
    """Each of ``questions`` (one thing asked several ways) gets an answer starting with ``prefix``."""
    for question in questions:
        answer = answerer.ask(question).answer
        assert answer.startswith(prefix), (question, answer)


def test_responsibility_names_the_agency_and_cites_its_section(answerer):
    a = answerer.ask("Cơ quan nào chủ trì triển khai nền tảng phòng chống mã độc?")
    assert a.found and a.intent == "responsibility"
    assert a.answer.startswith("Sở Thông tin và Truyền thông")
    top = a.citations[0]
    assert top.section == "II. TỔ CHỨC THỰC HIỆN › 1. Sở Thông tin và Truyền thông"
    assert (top.doc_type, top.number, top.issued) == ("Kế hoạch", "45/KH-UBND", "2024-03-10")
    assert "phòng chống mã độc" in _span(top)


def test_target_gives_the_value(answerer):
    a = answerer.ask("Tỷ lệ hồ sơ TTHC xử lý trực tuyến phải đạt bao nhiêu?")
    assert a.found and a.intent == "target"
    assert "tối thiểu 60%" in a.answer
    assert "60%" in _span(a.citations[0])


def test_deadline_gives_the_date_as_written(answerer):
    a = answerer.ask("Thời hạn hoàn thành nền tảng phòng chống mã độc là khi nào?")
    assert a.intent == "deadline"
    assert a.answer.startswith("trước ngày 30/9/2024")


def test_recurrence(answerer):
    a = answerer.ask("Sở Thông tin và Truyền thông báo cáo kết quả thực hiện Kế hoạch định kỳ bao lâu một lần?")
    assert "hằng quý" in a.answer


def test_question_without_diacritics(answerer):
    a = answerer.ask("co quan nao chu tri to chuc dao tao ky nang so cho can bo")
    assert a.found
    assert a.answer.startswith("Sở Nội vụ")


def test_follow_up_takes_the_topic_from_the_previous_turn(answerer):
    first = answerer.ask("Sở Tài chính có nhiệm vụ gì?")
    assert "Bố trí kinh phí" in first.answer
    history = [Turn.from_json(first.to_json())]
    second = answerer.ask("Còn Sở Nội vụ thì sao?", history=history)
    assert second.effective_question == "Sở Nội vụ có nhiệm vụ gì?"
    assert "đào tạo kỹ năng số" in second.answer


def test_off_topic_question_is_not_found(answerer):
    a = answerer.ask("Giá vàng SJC hôm nay bao nhiêu?")
    assert not a.found
    assert a.answer.startswith("Không tìm thấy")


def test_province_without_documents_is_not_found(answerer):
    a = answerer.ask("Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến của tỉnh Cà Mau là bao nhiêu?")
    assert not a.found
    assert "Cà Mau" in a.answer
    # The closest passages are still shown.
    assert a.citations


def test_empty_question(answerer):
    a = answerer.ask("   ?! ")
    assert not a.found and a.citations == ()


def test_json_contract(answerer):
    data = answerer.ask("Sở Tài chính có nhiệm vụ gì?", k=3).to_json()
    assert set(data) == {"question", "intent", "answer", "found", "effective_question", "citations"}
    assert 1 <= len(data["citations"]) <= 3
    for c in data["citations"]:
        assert set(c) == {"doc_id", "source", "title", "doc_type", "number", "issuer", "issued", "section",
                          "page", "text", "highlight", "score", "ocr"}
        start, end = c["highlight"]
        assert 0 <= start <= end <= len(c["text"]) <= 1000
    json.dumps(data, ensure_ascii=False)


def test_ask_jsonl_command(plan_index, monkeypatch, capsys):
    import io

    from index.__main__ import main

    lines = "\n".join([
        "Sở Tài chính có nhiệm vụ gì?",
        json.dumps({"question": "Còn Sở Nội vụ thì sao?",
                    "history": [{"question": "Sở Tài chính có nhiệm vụ gì?", "answer": "..."}]}, ensure_ascii=False),
        "{not json",
    ])
    monkeypatch.setattr("sys.stdin", io.StringIO(lines + "\n"))
    assert main(["ask", "--index", str(plan_index), "--jsonl"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(out) == 3
    assert "Bố trí kinh phí" in out[0]["answer"]
    assert "đào tạo kỹ năng số" in out[1]["answer"]
    assert "error" in out[2]


def test_commands_say_how_they_read_a_question_typed_without_diacritics(plan_index, capsys):
    from index.__main__ import main

    assert main(["search", "so tai chinh bo tri kinh phi", "--index", str(plan_index), "--json", "--k", "1"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["understood"] == "sở tài chính bố trí kinh phí"
    assert out["hits"][0]["text"].startswith("2. Sở Tài chính: Bố trí kinh phí")
    assert main(["ask", "so tai chinh bo tri kinh phi cho viec gi", "--index", str(plan_index)]) == 0
    assert capsys.readouterr().out.startswith("(hiểu là: sở tài chính bố trí kinh phí cho việc gì)\n")


@pytest.mark.parametrize(
    "question, intent",
    [
        ("Đơn vị nào phối hợp tổ chức hội nghị?", "responsibility"),
        ("Ai chịu trách nhiệm báo cáo kết quả?", "responsibility"),
        ("don vi nao chu tri", "responsibility"),
        ("Chỉ tiêu tỷ lệ hộ gia đình có cáp quang là bao nhiêu?", "target"),
        ("Tỉnh xếp thứ mấy về chỉ số PAR Index?", "target"),
        ("Hạn chót nộp báo cáo là ngày nào?", "deadline"),
        ("Báo cáo định kỳ bao lâu một lần?", "deadline"),
        ("Quyết định có hiệu lực từ ngày nào?", "general"),
        # a law's date when the question opens with it; an assembly adopting a charter is an event
        ("Luật số 90/2025/QH15 sửa đổi Luật Hải quan được thông qua ngày nào?", "general"),
        ("Đại hội Hiệp hội nhiệm kỳ 2024-2029 thông qua Điều lệ sửa đổi vào ngày nào?", "deadline"),
        # "do lãnh đạo nào ... ký?" asks for the signer; "cơ quan nào chủ trì việc ký?" does not
        ("Văn bản 11520/VPCP-CN do lãnh đạo nào của VPCP ký?", "general"),
        ("Cơ quan nào chủ trì việc ký?", "responsibility"),
        ("Kế hoạch này nhằm mục đích gì?", "general"),
        ("Bộ nào chủ trì xây dựng nghị định?", "responsibility"),
        ("PGĐ nào phụ trách lĩnh vực đất đai?", "responsibility"),
        ("Phó Giám đốc nào phụ trách công tác thanh tra?", "responsibility"),
        ("Định kỳ báo cáo vào ngày nào hằng tháng?", "deadline"),
        ("Việc rà soát phải hoàn thành trong bao lâu?", "deadline"),
        ("Văn bản được ký ngày nào?", "general"),
        # "đăng ký" is not "ký"; "trước ngày nào" asks for a deadline even after "ban hành".
        ("Các xã đăng ký đất đai lần đầu phải báo cáo trước ngày nào?", "deadline"),
        ("cac so ban hanh ke hoach trien khai truoc ngay nao", "deadline"),
        ("han ban hanh quy trinh dien tu, bieu mau TTHC moi la khi nao", "deadline"),
        ("Hạn chót để các sở, ngành ban hành kế hoạch tuyên truyền năm 2026 là ngày nào?", "deadline"),
        # a period asked after "ban hành" is not the document's date
        ("kien nghi ban hanh khung gia de tiem phong dot 2, dot tiem keo dai tu ngay nao den ngay nao", "deadline"),
        # who is handed a power, the one handing it named between; not a role given ("giao làm Tổ trưởng")
        ("thanh hoa: ai duoc ubnd tinh uy quyen thu hoi giay chung nhan dang ky hoat dong", "responsibility"),
        ("Ai được Chủ tịch UBND tỉnh giao làm Tổ trưởng?", "general"),
        ("Đoàn kiểm tra làm việc tại Đồng Tháp vào thời gian nào?", "deadline"),
        ("Các xã phải ban hành kế hoạch của mình khi nào?", "deadline"),
        ("Giấy mời họp thì chuyển cho ai?", "responsibility"),
        ("UBND tỉnh ủy quyền cho ai giải quyết các thủ tục hành chính?", "responsibility"),
        # "hạn" (time limit) asked with "ngày nào" or opening a clause; not "hạn chế", "hạn hán".
        ("Hạn hoàn thành 100% cập nhật dữ liệu là ngày nào?", "deadline"),
        ("thong bao ket luan: han nha dau tu bao cao phuong an", "deadline"),
        ("Tình hình hạn hán năm 2024 ra sao?", "general"),
        ("Giới hạn tốc độ là bao nhiêu?", "target"),
        ("Trưởng ban chỉ đạo là ai?", "general"),
        # "điểm" in "trọng điểm", "địa điểm" does not ask for a score.
        ("Tuyến trọng điểm phức tạp về ma túy của tỉnh là tuyến nào?", "general"),
        ("Chỉ số hài lòng đạt bao nhiêu điểm?", "target"),
        # "chậm nhất", a date asked without "ban hành/ký/hiệu lực": a time limit or an event's date.
        ("Các thành viên gửi ý kiến góp ý chậm nhất ngày nào?", "deadline"),
        ("Đại hội dự kiến tổ chức vào những ngày nào?", "deadline"),
        ("ai ky thong bao ket luan ve giai phap nang cao chi so PAPI", "general"),
        ("Sở Tư pháp đạt tỷ lệ bao nhiêu % ở tiêu chí tiến độ, kết quả giải quyết TTHC?", "target"),
        ("dak lak: ai tham muu ubnd tinh xu ly nghiem nguoi dung dau vi pham", "responsibility"),
        # "mấy" counting what follows it, not a time or a number
        ("Hội đồng gồm mấy thành viên?", "target"),
        ("bau ban chap hanh may nguoi", "target"),
        ("Cuộc họp bắt đầu lúc mấy giờ?", "general"),
        ("Quyết định số mấy quy định việc này?", "general"),
        # "máy" (machine) is no "mấy", whether or not the question has its diacritics
        ("Đội ứng cứu sự cố mạng, máy tính của tỉnh được đổi tên thành gì?", "general"),
        ("nha may nuoc co bao nhieu cong nhan", "target"),
        # "mấy lãnh đạo" counts leaders, not "máy lạnh" (air conditioners)
        ("so dan toc cu may lanh dao tham gia ban", "target"),
        ("phong hop co may lanh khong", "general"),
        # "mấy lần?" counts times; "mấy lần một năm?" asks how often
        ("Nhà ở trong hành lang an toàn lưới điện được bồi thường mấy lần?", "target"),
        ("Đoàn kiểm tra làm việc mấy lần một năm?", "deadline"),
        ("Đối thoại với doanh nghiệp theo chuyên đề được tổ chức với tần suất thế nào?", "deadline"),
        # "giao nhiệm vụ" describing what is counted does not ask who
        ("Các hội được Đảng, Nhà nước giao nhiệm vụ còn bao nhiêu hội?", "target"),
        ("Sở Nội vụ được giao nhiệm vụ gì?", "responsibility"),
        # what a request asks someone to do is its content, not a responsibility
        ("Sở Nội vụ phải làm gì với hồ sơ?", "responsibility"),
        ("Công an tỉnh đề nghị lãnh đạo UBND tỉnh làm gì với dự thảo?", "general"),
        ("Chỉ thị giao đối tượng nào cắm mốc ranh giới?", "responsibility"),
        # "quỹ nào" (funds) is not "quý nào" (quarter); "kỹ thuật" is not "ký" (signed)
        ("Quyết định cho phép sáp nhập những quỹ nào?", "general"),
        ("kiem tra quy chuan ky thuat thuc hien tu khi nao", "deadline"),
    ],
)
def test_intent(question, intent):
    assert detect(question) == intent


def test_follow_up_asks_for_the_deadline_of_the_previous_task(answerer):
    first = answerer.ask("Cơ quan nào chủ trì triển khai nền tảng phòng chống mã độc?")
    second = answerer.ask("Thời hạn là khi nào?", history=[Turn.from_json(first.to_json())])
    assert second.intent == "deadline"
    assert second.answer.startswith("trước ngày 30/9/2024")


def test_tasks_of_an_agency_are_not_answered_with_another_agency(answerer):
    a = answerer.ask("Sở Nội vụ có nhiệm vụ gì?")
    assert a.answer.startswith("Nhiệm vụ của Sở Nội vụ")
    assert "đào tạo kỹ năng số" in a.answer


def test_value_before_its_indicator_in_an_enumeration(answerer):
    a = answerer.ask("Tinh giản bao nhiêu phần trăm số lượng văn bản giấy?")
    assert a.answer.startswith("tối thiểu 15%")
    assert _span(a.citations[0]).startswith("tinh giản tối thiểu 15% số lượng văn bản giấy")


def test_issuer_question_is_answered_from_the_document_metadata(answerer):
    a = answerer.ask("Kế hoạch chuyển đổi số năm 2024 do cơ quan nào ban hành?")
    assert a.intent == "responsibility"
    assert a.answer.startswith("Ủy ban nhân dân tỉnh Hà Giang")


def test_task_table_row_answers_owner_and_time_cell(answerer):
    who = answerer.ask("Cơ quan nào chủ trì chuẩn hóa dữ liệu hộ tịch?")
    assert who.answer.startswith("Sở Tư pháp")
    # The whole row is the evidence, not one of its cells.
    assert _span(who.citations[0]) == ("STT: 2; Nhiệm vụ: Chuẩn hóa dữ liệu hộ tịch; Cơ quan chủ trì: Sở Tư pháp; "
                                       "Thời gian hoàn thành: Trước ngày 30/11/2024")
    when = answerer.ask("Thời gian hoàn thành xây dựng kho dữ liệu dùng chung là khi nào?")
    assert when.answer.startswith("Quý II/2024")


def test_task_record_gives_owner_and_time(answerer):
    who = answerer.ask("Cơ quan nào chủ trì tập huấn sử dụng nền tảng số cho công chức cấp xã?")
    assert who.answer.startswith("Sở Giáo dục và Đào tạo (chủ trì)")
    when = answerer.ask("Tập huấn sử dụng nền tảng số cho công chức cấp xã phải hoàn thành khi nào?")
    assert when.answer.startswith("Quý IV/2024")


def test_period_named_in_the_question_is_not_the_answer(answerer):
    a = answerer.ask("Kho dữ liệu số giai đoạn 2024-2025 phải hoàn thành trước ngày nào?")
    assert a.answer.startswith("trước ngày 31/12/2025")


def test_titled_person_heading_owns_the_tasks_under_it(answerer):
    a = answerer.ask("Phó Giám đốc nào phụ trách lĩnh vực đất đai, khoáng sản?")
    assert a.intent == "responsibility"
    assert a.answer.startswith("Lê Văn Bình - Phó Giám đốc")


def test_question_naming_a_document_is_answered_from_it(answerer):
    a = answerer.ask("Theo Báo cáo 12/BC-UBND, tỷ lệ hồ sơ được xử lý trực tuyến là bao nhiêu?")
    assert a.citations[0].number == "12/BC-UBND"
    assert "45%" in a.answer


def test_meeting_place_comes_from_its_venue_field(answerer):
    a = answerer.ask("Họp sơ kết công tác cải cách hành chính quý I năm 2024 tổ chức ở đâu?")
    assert a.answer.startswith("Phòng họp số 2, Trụ sở Ủy ban nhân dân tỉnh")


def test_target_value_stated_in_the_sentence_after_the_condition(answerer):
    a = answerer.ask("Chủ sở hữu nhà ở trong hành lang an toàn lưới điện, xây trên đất đủ điều kiện bồi thường, "
                     "được bồi thường bao nhiêu phần trăm?")
    assert a.answer.startswith("60%")


def test_head_of_a_board_comes_from_its_member_list(answerer):
    a = answerer.ask("Trưởng ban chỉ đạo phát triển du lịch tỉnh Hà Giang là ai?")
    assert a.answer.startswith("Ông Hoàng Văn Quý - Phó Chủ tịch Ủy ban nhân dân tỉnh")
    assert a.citations[0].number == "9/QĐ-UBND"
    a = answerer.ask("pho truong ban chi dao phat trien du lich ha giang la ai")
    assert a.answer.startswith("Bà Vàng Thị Mỷ - Giám đốc Sở Văn hóa, Thể thao và Du lịch")


def test_effective_date_is_the_one_the_text_gives(answerer):
    a = answerer.ask("Nghị quyết 54/2023/NQ-HĐND về mức hỗ trợ đào tạo có hiệu lực từ ngày nào?")
    assert a.intent == "general"
    assert a.answer.startswith("ngày 08 tháng 12 năm 2023")


def test_which_agency_question_naming_another_agency_asks_for_the_owner(answerer):
    # Names Sở Thông tin và Truyền thông, but asks which agency leads the training.
    a = answerer.ask("Cơ quan nào được giao chủ trì phối hợp với Sở Thông tin và Truyền thông đào tạo kỹ năng số?")
    assert a.answer.startswith("Sở Nội vụ")


def test_how_long_question_is_answered_with_a_duration(answerer):
    a = answerer.ask("Văn thư phải chuyển giấy mời đến đại biểu trong thời hạn bao lâu?")
    assert a.intent == "deadline"
    assert a.answer.startswith("trong thời hạn không quá 04 giờ kể từ khi nhận được")


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Ai ký Kế hoạch 45/KH-UBND?", True),
        ("Kế hoạch chuyển đổi số năm 2024 có số hiệu là gì?", True),
        ("Báo cáo 12/BC-UBND được ban hành ngày nào?", True),
        ("Nghị quyết 54/2023/NQ-HĐND có hiệu lực từ ngày nào?", False),  # stated in its last article
        ("Các xã đăng ký đất đai phải báo cáo trước ngày nào?", False),
        ("Giám đốc Sở ký công văn cử đại diện tham gia Ban Vì sự tiến bộ của phụ nữ là ai?", True),
        ("Thư ký Hội đồng xét duyệt xã không ma túy là ai?", False),  # the board's secretary
    ],
)
def test_questions_about_the_document_itself(question, expected):
    from index.intent import about_document

    assert about_document(question) is expected


def test_document_label_without_a_number_names_its_type_and_subject():
    from types import SimpleNamespace

    from index.answer import doc_label

    def doc(title, number=None, doc_type="Quyết định", issuer=None):
        meta = SimpleNamespace(doc_type=doc_type, number=number, title=title, issuer=issuer)
        return SimpleNamespace(meta=meta, source="/data/uploads/qd.docx")

    assert doc_label(doc("Về việc thành lập Ban Vì sự tiến bộ của phụ nữ")) == \
        "Quyết định về việc thành lập Ban Vì sự tiến bộ của phụ nữ"
    assert doc_label(doc("V/v tăng cường an toàn thông tin")) == "Quyết định về việc tăng cường an toàn thông tin"
    assert doc_label(doc("Phê duyệt Đề án", "12/QĐ-UBND")) == "Quyết định 12/QĐ-UBND"
    assert doc_label(doc("Phê duyệt Đề án")) == "Phê duyệt Đề án"
    assert doc_label(doc(None, doc_type="Công văn", issuer="Ủy ban nhân dân tỉnh Lâm Đồng")) == \
        "Công văn của Ủy ban nhân dân tỉnh Lâm Đồng (qd.docx)"
    assert doc_label(doc(None, doc_type=None)) == "Văn bản (qd.docx)"


def test_rare_words_that_may_show_another_topic_leave_out_known_abbreviations():
    from index.answer import rare_words

    weights = {"netflix": 9.0, "cbccvc": 9.0, "pccc": 8.0, "thuê_bao": 8.5, "2026": 9.0, "cước": 5.0, "số": 1.0}
    assert rare_words(weights) == ["netflix", "cước"]
    # Two capitals abbreviate what documents spell out; "vượt quá" is how the question asks.
    weights = {"lđ": 9.0, "bt": 9.0, "vượt": 5.0, "dứt": 4.5}
    assert rare_words(weights, "Các hội của LĐ, BT chấm dứt hoạt động không được vượt quá bao lâu?") == ["dứt"]
    # "Báo cáo ... cho biết ...": the question's wording, not its topic.
    weights = {"biết": 4.1, "nhiệm_vụ": 2.0}
    assert rare_words(weights, "Báo cáo năm 2025 cho biết tổng số nhiệm vụ được giao là bao nhiêu?") == []


def test_deadline_stated_in_the_sentence_after_the_task(answerer):
    a = answerer.ask("Sở Văn hóa, Thể thao và Du lịch xây dựng quy chế hoạt động của Ban Chỉ đạo du lịch "
                     "phải hoàn thành trước ngày nào?")
    assert a.answer.startswith("trước ngày 15/4/2024 — theo Quyết định 9/QĐ-UBND")
    c = a.citations[0]
    assert c.text[c.highlight[0]:c.highlight[1]].endswith("Thời gian hoàn thành trước ngày 15/4/2024")


def test_role_holder_question_is_answered_from_the_member_list_whatever_its_wording(answerer):
    # "đề nghị ai làm" reads as a responsibility question, "chỉ số" as a target one.
    assert_answers_start(answerer, ("Quyết định 9/QĐ-UBND giao ai làm Trưởng ban chỉ đạo phát triển du lịch?",
                                    "truong ban chi dao nang cao chi so phat trien du lich tinh ha giang la ai"),
                         "Ông Hoàng Văn Quý - Phó Chủ tịch Ủy ban nhân dân tỉnh")


def test_a_day_asked_is_a_date_not_the_period_beside_it(answerer):
    # "chậm nhất ngày nào?" is a deadline question, and "nhiệm kỳ 2026 - 2031" is no day.
    a = answerer.ask("Các thành viên gửi ý kiến về dự thảo Đề án đại hội chậm nhất ngày nào?")
    assert a.intent == "deadline"
    assert a.answer.startswith("chậm nhất ngày 20/02/2024 — theo Giấy mời 30/GM-UBND")


def test_a_province_with_documents_that_do_not_answer_is_not_called_missing(answerer):
    a = answerer.ask("Lạng Sơn có bao nhiêu bãi biển được công nhận đạt chuẩn?")
    assert not a.found
    assert a.answer.startswith("Các văn bản về Lạng Sơn đã nạp không có thông tin trả lời câu hỏi này.")


def test_a_span_of_years_asked_is_not_the_deadline_beside_it(answerer):
    # "giai đoạn nào?" wants the years, "trước ngày nào?" the day, from the same sentence.
    a = answerer.ask("Kho dữ liệu số của tỉnh được xây dựng trong giai đoạn nào?")
    assert a.answer.startswith("giai đoạn 2024-2025 — theo Kế hoạch 45/KH-UBND")
    b = answerer.ask("Kho dữ liệu số của tỉnh hoàn thành trước ngày nào?")
    assert b.answer.startswith("trước ngày 31/12/2025 — theo Kế hoạch 45/KH-UBND")


def test_how_much_question_about_a_labelled_field_gets_its_value(answerer):
    answer = answerer.ask("Số điện thoại của bộ phận thường trực Ban Chỉ đạo du lịch Hà Giang là bao nhiêu?")
    assert answer.intent == "target"
    assert answer.answer.startswith("0219 3867 123 — theo Quyết định 9/QĐ-UBND")


def test_quote_of_one_long_sentence_keeps_its_start_and_the_answer():
    from index.excerpts import quoted

    text = "Để tạo điều kiện cho Hội chuẩn bị nhân sự " * 8 + "Sở Nội vụ đề xuất gia hạn đến ngày 30/9/2025 để Hội hoàn thành"
    quote = quoted(text, "đến ngày 30/9/2025", 200)
    assert quote.startswith("Để tạo điều kiện cho Hội") and " … đến ngày 30/9/2025 để Hội hoàn thành" in quote


def test_article_title_is_found_after_the_chapter_heading_in_the_passage():
    from types import SimpleNamespace

    from index.answer import _with_article_title

    passage = SimpleNamespace(section="Chương II › Điều 6", text=(
        "Chương II\nTIẾP NHẬN KIẾN NGHỊ CỦA CỬ TRI\nĐiều 6. Trách nhiệm Văn phòng UBND tỉnh\n"
        "1. Tiếp nhận, phân loại kiến nghị thuộc thẩm quyền giải quyết của UBND tỉnh."))
    assert _with_article_title(passage) == "Chương II › Điều 6 › Trách nhiệm Văn phòng UBND tỉnh"
    # Another article's heading in the passage is not this one's title.
    other = SimpleNamespace(section="Chương II › Điều 7", text="Điều 6. Trách nhiệm Sở Nội vụ\nĐiều 7 (tiếp theo)")
    assert _with_article_title(other) == "Chương II › Điều 7"


def test_pick_value_prefers_what_is_counted_then_the_total_when_asked():
    from index.evidence import Scored, Unit
    from index.values import Value, pick_value

    def pick(text):
        return Scored(Unit(0, 0, len(text), text, None), 0.7, 0.9), Value(0, len(text), text, "count")

    area = pick("2 tiêu chí thành")
    other = pick("7 tiêu chí và")
    total = pick("88 tiêu chí thành")
    assert pick_value([other, area, total], "có bao nhiêu tiêu chí thành phần?") is area
    assert pick_value([other, area, total], "có tổng cộng bao nhiêu tiêu chí thành phần?") is total


@pytest.mark.parametrize("question, expected", [
    # "liên hệ cơ quan nào để được hướng dẫn?": what the sentence writes in the blank's place,
    # though it is no agency of the gazetteer.
    ("Doanh nghiệp lữ hành có vướng mắc thì liên hệ cơ quan nào để được hướng dẫn?",
     "bộ phận một cửa nơi nộp hồ sơ — theo Quyết định 9/QĐ-UBND"),
    # "Công văn số 120/UBND-KGVX": the symbol names no type; the words before the number do.
    ("Ban Chỉ đạo phát triển du lịch Hà Giang được thành lập căn cứ công văn nào?",
     "120/UBND-KGVX — theo Quyết định 9/QĐ-UBND"),
    # A time limit asked in any intent, its number also in words.
    ("chu so huu nha o co bao nhieu ngay de ban giao mat bang",
     "Trong thời hạn 30 (ba mươi) ngày kể từ ngày nhận đủ tiền bồi thường — theo"),
    # A time limit is not a day before the document was issued.
    ("Hội Khuyến học tỉnh được gia hạn tổ chức Đại hội nhiệm kỳ IV đến ngày nào?",
     "đến ngày 30/9/2024 — theo Giấy mời 30/GM-UBND"),
    # "tháng nào?" asks for a month, not the day in the sentence before.
    ("Sở Y tế được kiểm tra công tác cải cách hành chính vào tháng nào?",
     "trong tháng 8/2024 — theo Giấy mời 30/GM-UBND"),
    # "tối đa bao lâu": the bound as written, not another time limit nearby.
    ("Chủ sở hữu chưa bàn giao được mặt bằng thì được gia hạn tối đa bao lâu?",
     "không quá 06 tháng — theo Quyết định 15/2025/QĐ-UBND"),
    # "tổng cộng bao nhiêu": the total, not one area's count.
    ("Bộ tiêu chí đánh giá chuyển đổi số cấp xã có tổng cộng bao nhiêu tiêu chí thành phần?",
     "19 tiêu chí thành — theo Báo cáo 12/BC-UBND"),
    # "không" closes yes/no questions; here it is what tells the two lines apart.
    ("Theo báo cáo kết quả cải cách hành chính năm 2023 của Lạng Sơn, có bao nhiêu xã không có hồ sơ trễ hạn?",
     "93 đơn vị"),
    # "bao nhiêu vụ": a count of what the question names, not "tăng trên 5%".
    ("Lạng Sơn năm 2023 phát hiện bao nhiêu vụ vi phạm hành chính?",
     "35 vụ"),
    # "quyết định số mấy": a number of that type, not the letter's cited before it.
    ("Quyết định thành lập Ban Chỉ đạo du lịch Hà Giang căn cứ quyết định số mấy về quy hoạch du lịch?",
     "77/QĐ-UBND"),
    # A question repeating a field's label ("Nơi đặt bộ phận thường trực: ...") gets its value.
    ("Bộ phận thường trực của Ban Chỉ đạo du lịch Hà Giang đặt ở địa chỉ nào?",
     "số 8 đường Nguyễn Trãi, thành phố Hà Giang — theo Quyết định 9/QĐ-UBND"),
    # "mấy giờ" asks for the "Thời gian:" field, a line that shares no word with the question.
    ("Cuộc họp sơ kết cải cách hành chính quý I bắt đầu lúc mấy giờ, ngày nào?",
     "14 giờ 00, ngày 15/02/2024 — theo Giấy mời 30/GM-UBND"),
    # Not the document's own province, which the question already gives.
    ("Ở Lạng Sơn, những địa phương nào đã thành lập Hội Thừa phát lại?",
     "Hà Nội, Hồ Chí Minh. Theo Báo cáo 12/BC-UBND"),
    # An address read from the sentence ("đặt trụ sở tại số 12 Lê Lợi, ...").
    ("Liên đoàn Cầu lông tỉnh Lạng Sơn đặt trụ sở tại địa chỉ nào?",
     "số 12 Lê Lợi, phường Chi Lăng, tỉnh Lạng Sơn — theo Báo cáo 12/BC-UBND"),
    # "Điều 4" is the section label; its title "Trách nhiệm Văn phòng UBND tỉnh" names the owner.
    ("Cơ quan nào tiếp nhận, phân loại kiến nghị của cử tri gửi Ủy ban nhân dân tỉnh Hà Giang?",
     "Văn phòng Ủy ban nhân dân tỉnh. Theo Quyết định 9/QĐ-UBND"),
])
def test_answer_reads_what_the_wording_asks_for(answerer, question, expected):
    assert answerer.ask(question).answer.startswith(expected)


# An office's internal guide: no number, no issuer, no province anywhere in it.
GUIDE = """HƯỚNG DẪN CHUYỂN VĂN BẢN ĐẾN
1. Văn bản của các sở, ngành lấy ý kiến thẩm định dự án: chuyển Chánh Văn phòng Sở để rà soát, đề xuất.
2. Giấy mời họp: chuyển Lãnh đạo Sở theo lĩnh vực phụ trách.
"""


PROVINCIAL = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 45/KH-UBND
KẾ HOẠCH
Chuyển đổi số năm 2024
Sở Thông tin và Truyền thông chủ trì triển khai nền tảng phòng chống mã độc tập trung.
"""


def test_a_document_that_names_no_province_may_answer_a_question_naming_one(answerer_of):
    answerer = answerer_of({"kh45.txt": PROVINCIAL, "huong-dan.txt": GUIDE})
    # The documents about Hà Giang do not answer it; the guide, which names no province, does.
    a = answerer.ask("Văn bản của các sở, ngành lấy ý kiến thẩm định dự án gửi đến Sở tỉnh Hà Giang thì chuyển cho ai?")
    assert a.found and "Chánh Văn phòng Sở" in a.answer
    assert a.citations[0].source.endswith("huong-dan.txt")
    # A province no document is about is still not found.
    assert not answerer.ask("Văn bản lấy ý kiến thẩm định dự án gửi Sở tỉnh Cà Mau thì chuyển cho ai?").found


DRILLS = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 61/KH-UBND
KẾ HOẠCH
Bảo đảm an toàn hệ thống thông tin năm 2026
1. Sở Khoa học và Công nghệ xây dựng kế hoạch sao lưu dữ liệu và ứng phó sự cố hằng năm.
2. Các cơ quan vận hành hệ thống tổ chức diễn tập phương án ứng phó sự cố an toàn thông tin ít nhất 02 lần mỗi năm, lần đầu trước ngày 30/9/2026.
"""


def test_how_often_is_answered_by_the_recurrence_not_a_date(answerer_of):
    answerer = answerer_of({"kh61.txt": DRILLS})
    a = answerer.ask("Diễn tập phương án ứng phó sự cố an toàn thông tin ở Hà Giang tổ chức bao lâu một lần?")
    assert a.intent == "deadline"
    assert a.answer.startswith("ít nhất 02 lần mỗi năm — theo Kế hoạch 61/KH-UBND")


INVENTORY = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 70/KH-UBND
KẾ HOẠCH
Kiểm kê tài sản công năm 2026
1. Trách nhiệm của đơn vị thực hiện kiểm kê
- Thực hiện kiểm kê tài sản do đơn vị quản lý, sử dụng. Thời gian hoàn thành: Trước ngày 31/3/2026.
- Kiểm kê tài sản do đơn vị quản lý tại các điểm trường. Thời gian thực hiện: Từ ngày 01/01/2026 đến ngày 15/3/2026.
"""


def test_a_stretch_of_time_asked_is_one_with_both_ends(answerer_of):
    answerer = answerer_of({"kh70.txt": INVENTORY})
    a = answerer.ask("Đơn vị kiểm kê tài sản do đơn vị quản lý trong khoảng thời gian nào?")
    assert a.answer.startswith("Từ ngày 01/01/2026 đến ngày 15/3/2026 — theo Kế hoạch 70/KH-UBND")
    b = answerer.ask("Đơn vị kiểm kê tài sản do đơn vị quản lý hoàn thành trước ngày nào?")
    assert b.answer.startswith("Trước ngày 31/3/2026 — theo Kế hoạch 70/KH-UBND")


SCORES = """# Báo cáo kết quả chấm điểm chuyển đổi số các sở, ngành tỉnh Hà Giang năm 2025

Kết quả chấm điểm chuyển đổi số của các sở, ngành như sau:

| STT | Đơn vị | Tổng điểm | Điểm số hóa hồ sơ |
|---|---|---|---|
| 1 | Sở Y tế | 84,86 | 3,9 |
| 2 | Sở Tư pháp | 67,59 | 4,1 |
| 3 | Sở Xây dựng | 55,20 | 2,4 |
| 4 | Sở Tài chính | 40,09 | 0,2 |
"""


def test_the_extreme_of_a_score_table_is_read_from_all_its_rows(answerer_of):
    answerer = answerer_of({"bc-cds.md": SCORES})
    a = answerer.ask("Chấm điểm chuyển đổi số các sở, ngành Hà Giang 2025: sở nào có tổng điểm thấp nhất?")
    assert a.answer.startswith("Sở Tài chính (40,09)")
    assert _span(a.citations[0]).startswith("STT: 4; Đơn vị: Sở Tài chính")
    b = answerer.ask("Chấm điểm chuyển đổi số các sở, ngành Hà Giang 2025: sở nào có điểm số hóa hồ sơ cao nhất?")
    assert b.answer.startswith("Sở Tư pháp (4,1)")


REGULATION = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 21/2025/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Quy chế tiếp nhận kiến nghị của cử tri trên địa bàn tỉnh Hà Giang
Điều 4. Kiến nghị của cử tri
1. Kiến nghị của cử tri là ý kiến, nguyện vọng của cử tri gửi đến cơ quan nhà nước của tỉnh.
2. Các phương thức kiến nghị của cử tri
- Kiến nghị bằng văn bản;
- Kiến nghị trực tiếp;
- Kiến nghị trực tuyến.
Điều 5. Thời hạn trả lời kiến nghị
Chậm nhất trong 20 ngày làm việc, cơ quan được giao phải trả lời cử tri bằng văn bản.
"""


def test_a_short_list_under_the_heading_naming_what_is_asked_is_the_answer(answerer_of):
    answerer = answerer_of({"qd21.txt": REGULATION})
    a = answerer.ask("Quy chế tiếp nhận kiến nghị cử tri Hà Giang: cử tri kiến nghị theo những phương thức nào?")
    assert a.answer.startswith("Kiến nghị bằng văn bản; Kiến nghị trực tiếp; Kiến nghị trực tuyến. Theo Quyết định")
    assert _span(a.citations[0]) == "- Kiến nghị bằng văn bản;\n- Kiến nghị trực tiếp;\n- Kiến nghị trực tuyến."


MAIL = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 30/2025/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Quy chế quản lý hệ thống thư điện tử công vụ tỉnh Hà Giang
Điều 12. Trách nhiệm của Sở Khoa học và Công nghệ
1. Quản lý, vận hành hệ thống thư điện tử công vụ của tỉnh.
2. Báo cáo tình hình sử dụng hệ thống thư điện tử trước ngày 25/12 hằng năm.
Điều 15. Trách nhiệm của các cơ quan, đơn vị
1. Báo cáo tình hình sử dụng hệ thống thư điện tử về Sở Khoa học và Công nghệ trước ngày 20/12 hằng năm.
"""


LONG_ARTICLE = MAIL.replace(
    "1. Quản lý, vận hành hệ thống thư điện tử công vụ của tỉnh.\n",
    "".join(f"{n}. Hướng dẫn các cơ quan, đơn vị cấp {n} rà soát danh sách hộp thư, cập nhật thông tin tài khoản, "
            f"thu hồi hộp thư không còn sử dụng và bảo đảm an toàn thông tin theo quy định hiện hành.\n"
            for n in range(1, 12))).replace("2. Báo cáo tình hình sử dụng hệ thống thư điện tử trước ngày 25/12",
                                            "12. Báo cáo tình hình sử dụng hệ thống thư điện tử trước ngày 25/12")
DELEGATION = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 45/2025/QĐ-UBND
QUYẾT ĐỊNH
Ủy quyền giải quyết thủ tục hành chính lĩnh vực tiêu chuẩn đo lường chất lượng
Điều 1. Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ giải quyết thủ tục hành chính lĩnh vực tiêu chuẩn đo lường chất lượng như sau:
1. Cấp giấy chứng nhận đăng ký hoạt động thử nghiệm chất lượng sản phẩm.
2. Cấp lại giấy chứng nhận đăng ký hoạt động thử nghiệm chất lượng sản phẩm.
Điều 2. Thời gian ủy quyền đến hết ngày 28/02/2027.
"""


def test_a_clause_is_read_under_its_article_title(answerer_of):
    # The title names whose duty the clause is; the other clause names the agency only as recipient.
    answerer = answerer_of({"qd30.txt": MAIL})
    question = "Thư điện tử công vụ Hà Giang: Sở Khoa học và Công nghệ báo cáo tình hình sử dụng hệ thống trước ngày nào?"
    assert answerer.ask(question).answer.startswith("trước ngày 25/12 hằng năm — theo Quyết định 30/2025/QĐ-UBND")


def _titled_sections(answerer, question: str) -> dict[str, str]:
    """{first words of each hit's passage: its section path with the article's title}"""
    return {h.passage.text[:12]: answerer._titled_section(h) for h in answerer.searcher.search(question, k=10)}


def test_the_article_title_is_read_above_a_passage_that_starts_inside_the_article(answerer_of):
    answerer = answerer_of({"qd30.txt": LONG_ARTICLE})
    titled = _titled_sections(answerer, "Sở Khoa học và Công nghệ báo cáo tình hình sử dụng hệ thống trước ngày nào?")
    assert titled["11. Hướng dẫ"] == "Điều 12 › Trách nhiệm của Sở Khoa học và Công nghệ"  # no "Điều 12." in it
    assert titled["Điều 15. Trá"] == "Điều 15 › Trách nhiệm của các cơ quan, đơn vị"


def test_a_first_line_that_is_a_sentence_is_no_title(answerer_of):
    # "Điều 1. Ủy quyền cho ... như sau:" introduces a list; its words do not head every item.
    answerer = answerer_of({"qd45.txt": DELEGATION})
    titled = _titled_sections(answerer, "ủy quyền Giám đốc Sở KH&CN giải quyết TTHC đo lường chất lượng đến khi nào?")
    assert set(titled.values()) == {"", "Điều 1", "Điều 2"}


VISIT = """UBND TỈNH ĐỒNG THÁP
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 36/KH-SGDĐT
Đồng Tháp, ngày 14 tháng 4 năm 2026
KẾ HOẠCH
Đón tiếp Đoàn kiểm tra của Bộ Giáo dục và Đào tạo về thiết bị dạy học
Thực hiện Kế hoạch số 19/KH-BGDĐT của Bộ Giáo dục và Đào tạo (GDĐT) ngày 05 tháng 02 năm 2026 về thiết bị dạy học, Sở xây dựng Kế hoạch đón tiếp Đoàn kiểm tra của Bộ GDĐT như sau:
I. THÀNH PHẦN
Đại diện lãnh đạo Sở GDĐT và các trường theo danh sách tại Phụ lục.
""" + "".join(f"- Trường Trung học cơ sở số {i}: 05 đại biểu gồm lãnh đạo nhà trường, tổ trưởng chuyên môn, giáo viên "
              f"và nhân viên phụ trách thiết bị dạy học.\n" for i in range(1, 15)) + """II. THỜI GIAN VÀ ĐỊA ĐIỂM
Thời gian: Buổi sáng, ngày 18 tháng 4 năm 2026.
Địa điểm: Trường Trung học cơ sở An Thạnh.
"""


def test_an_events_day_is_its_time_line_not_the_documents_or_a_cited_documents_date(answerer_of):
    answerer = answerer_of({"kh36.txt": VISIT})
    a = answerer.ask("Đoàn kiểm tra của Bộ GDĐT về thiết bị dạy học làm việc tại Đồng Tháp vào ngày nào?")
    assert a.intent == "deadline"
    assert a.answer.startswith("Buổi sáng, ngày 18 tháng 4 năm 2026 — theo Kế hoạch 36/KH-SGDĐT")
    # "tại trường nào?" asks for the venue: the "Địa điểm:" line
    a = answerer.ask("doan kiem tra cua bo gddt ve thiet bi day hoc lam viec tai truong nao")
    assert a.answer.startswith("Trường Trung học cơ sở An Thạnh")


SESSION = """VĂN PHÒNG CHÍNH PHỦ
Số: 63/CĐ-VPCP
Hà Nội, ngày 11 tháng 01 năm 2026
CÔNG ĐIỆN
Phiên họp lần thứ nhất Ban Chỉ đạo quốc gia về dữ liệu
Văn phòng Chính phủ trân trọng kính mời Đồng chí dự Phiên họp lần thứ nhất Ban Chỉ đạo quốc gia về dữ liệu.
I. Thời gian: 14 giờ 30 phút, ngày 12 tháng 01 năm 2026 (Thứ Hai).
II. Địa điểm: Trụ sở Chính phủ.
III. Để Phiên họp lần thứ nhất Ban Chỉ đạo quốc gia về dữ liệu diễn ra đúng kế hoạch, các đại biểu đăng ký qua hộp thư điện tử trước 15 giờ, ngày 11 tháng 01 năm 2026.
"""


def test_when_an_event_takes_place_is_its_time_line_not_the_day_to_register_by(answerer_of):
    answerer = answerer_of({"cd63.txt": SESSION})
    a = answerer.ask("phien hop lan thu nhat ban chi dao quoc gia ve du lieu dien ra luc may gio, ngay nao")
    assert a.answer.startswith("14 giờ 30 phút, ngày 12 tháng 01 năm 2026 (Thứ Hai) — theo Công điện 63/CĐ-VPCP")


SOFTWARE = """BỘ NỘI VỤ
Số: 120/BNV-CCHC
V/v hướng dẫn tự đánh giá Chỉ số CCHC năm 2025
b) Nhập dữ liệu kết quả tự đánh giá vào phần mềm Quản lý chấm điểm Chỉ số CCHC theo các bước sau:
Bước 1: Đăng nhập phần mềm
Đăng nhập phần mềm tại địa chỉ http://parindex.example.gov.vn theo tài khoản đã được Bộ Nội vụ cung cấp.
Bước 2: Nhập dữ liệu kết quả và gửi về hộp thư vucchc@example.gov.vn trước ngày 15/01/2026.
"""


def test_a_web_or_mail_address_asked_for_is_read_from_the_evidence_or_the_line_after_it(answerer_of):
    answerer = answerer_of({"cv120.txt": SOFTWARE})
    a = answerer.ask("phan mem quan ly cham diem chi so CCHC cua bo noi vu dang nhap o dia chi nao")
    assert a.answer.startswith("http://parindex.example.gov.vn — theo Công văn 120/BNV-CCHC")
    a = answerer.ask("Kết quả tự đánh giá Chỉ số CCHC gửi về hộp thư điện tử nào?")
    assert a.answer.startswith("vucchc@example.gov.vn — theo Công văn 120/BNV-CCHC")
    # "địa chỉ truy cập ... là gì?": the address named before what it reaches
    a = answerer.ask("dia chi truy cap phan mem quan ly cham diem chi so CCHC la gi")
    assert a.answer.startswith("http://parindex.example.gov.vn")
    # "những phần mềm nào" asks for the software's name, not its address
    assert not answerer.ask("Bộ Nội vụ hướng dẫn nhập dữ liệu vào những phần mềm nào?").answer.startswith("http")


ASSOCIATIONS = """UBND TỈNH BÌNH ĐỊNH
SỞ NỘI VỤ
Số: 253/TTr-SNV
Bình Định, ngày 22 tháng 01 năm 2025
TỜ TRÌNH
Về việc gia hạn thời gian tổ chức đại hội của Hiệp hội Doanh nghiệp tỉnh
1. Căn cứ pháp lý
Khoản 4 Điều 19 Nghị định số 126/2024/NĐ-CP quy định:
a) Nhiệm kỳ đại hội do điều lệ hội quy định nhưng không quá 05 năm kể từ ngày kết thúc đại hội nhiệm kỳ trước;
b) Hội chưa tổ chức được đại hội thì được gia hạn, thời gian gia hạn không quá 12 tháng.
2. Tình hình các hội
Trên cơ sở Đề án của Ủy ban Mặt trận Tổ quốc tỉnh, các hội do Đảng, Nhà nước giao nhiệm vụ được hợp nhất, đổi tên (từ 40 hội của 03 tỉnh trước sắp xếp thành 16 hội).
3. Đề nghị
Sở Nội vụ kính trình Chủ tịch UBND tỉnh cho phép sáp nhập Quỹ Bảo trợ trẻ em tỉnh, Quỹ Khuyến học tỉnh vào Quỹ Phát triển cộng đồng tỉnh Bình Định.
4. Hồ sơ gia hạn
- Văn bản đề nghị gia hạn của Ban Thường vụ Hiệp hội, nêu rõ lý do chưa tổ chức được đại hội.
- Báo cáo tình hình tài chính của Hiệp hội trong nhiệm kỳ.
"""


def test_how_many_years_the_number_the_question_gives_and_the_things_it_lists(answerer_of):
    answerer = answerer_of({"ttr253.txt": ASSOCIATIONS})
    # asked in years, answered in years; "bao lâu" keeps the months of the time limit
    a = answerer.ask("Tờ trình 253/TTr-SNV: nhiệm kỳ đại hội của hội được kéo dài tối đa bao nhiêu năm?")
    assert a.answer.startswith("không quá 05 năm kể từ ngày kết thúc đại hội nhiệm kỳ trước — theo Tờ trình 253/TTr-SNV")
    a = answerer.ask("Hội chưa tổ chức được đại hội thì được gia hạn tối đa bao lâu?")
    assert a.answer.startswith("không quá 12 tháng — theo Tờ trình 253/TTr-SNV")
    # "từ 40 hội còn bao nhiêu hội?": not the number the question gives
    a = answerer.ask("Các hội do Đảng, Nhà nước giao nhiệm vụ được hợp nhất từ 40 hội còn bao nhiêu hội?")
    assert a.intent == "target"
    assert a.answer.startswith("16 hội — theo Tờ trình 253/TTr-SNV")
    # "những quỹ nào": what the sentence writes where the question has its blank
    a = answerer.ask("Sở Nội vụ Bình Định đề nghị sáp nhập những quỹ nào vào Quỹ Phát triển cộng đồng tỉnh?")
    assert a.answer.startswith("Quỹ Bảo trợ trẻ em tỉnh, Quỹ Khuyến học tỉnh — theo Tờ trình 253/TTr-SNV")
    # "phải kèm giấy tờ gì?" asks what is attached, not what the Tờ trình it names is about
    a = answerer.ask("Tờ trình 253/TTr-SNV: để được gia hạn, Hiệp hội phải kèm loại giấy tờ gì nêu rõ lý do?")
    assert a.answer.startswith("Theo Tờ trình 253/TTr-SNV: “- Văn bản đề nghị gia hạn của Ban Thường vụ Hiệp hội")


CUSTOMS = """CỤC HẢI QUAN
Số: 39209/CHQ-GSQL
V/v thanh lý máy móc, thiết bị đã qua sử dụng
Kính gửi: Công ty TNHH Bao bì Sông Lam.
Trả lời công văn số 09/2025 của Công ty về việc chuyển loại hình máy móc, thiết bị cũ để thanh lý, Cục Hải quan có ý kiến như sau:
Do công văn của Công ty không nêu cụ thể hình thức nhập khẩu và chính sách thuế đã áp dụng nên Cục Hải quan chưa đủ cơ sở trả lời.
Tại Quyết định số 70/2025/QĐ-UBND, dòng 1 sửa đơn vị tính dịch vụ “Điều dưỡng tại trung tâm” từ “giờ/đối tượng/lượt” thành “giờ/đối tượng/ngày”.
"""


def test_why_is_answered_with_the_cause_and_what_into_with_the_new_form(answerer_of):
    answerer = answerer_of({"cv39209.txt": CUSTOMS})
    a = answerer.ask("vi sao cuc hai quan chua du co so tra loi cong ty bao bi song lam")
    assert a.answer.startswith("công văn của Công ty không nêu cụ thể hình thức nhập khẩu và chính sách thuế đã áp dụng"
                               " — theo Công văn 39209/CHQ-GSQL")
    a = answerer.ask("Đơn vị tính của dịch vụ Điều dưỡng tại trung tâm được sửa từ giờ/đối tượng/lượt thành gì?")
    assert a.answer.startswith("giờ/đối tượng/ngày — theo Công văn 39209/CHQ-GSQL")


RECORDS = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 2904/QĐ-UBND
QUYẾT ĐỊNH
Phê duyệt quy trình nội bộ cấp Giấy chứng nhận lưu hành tự do (CFS)
Bước 5: Trả kết quả cho tổ chức trong thời gian chậm nhất 01 ngày làm việc.
Hồ sơ cấp Giấy chứng nhận lưu hành tự do được lưu tại đơn vị xử lý chính, thời gian lưu 02 năm.
"""


def test_a_duration_asked_in_a_unit_is_answered_in_that_unit(answerer_of):
    answerer = answerer_of({"qd2904.txt": RECORDS})
    a = answerer.ask("Hồ sơ cấp Giấy chứng nhận lưu hành tự do ở Hà Tĩnh được lưu mấy năm?")
    assert a.answer.startswith("02 năm — theo Quyết định 2904/QĐ-UBND")
    a = answerer.ask("Trả kết quả cấp Giấy chứng nhận lưu hành tự do trong bao nhiêu ngày?")
    assert a.answer.startswith("trong thời gian chậm nhất 01 ngày làm việc — theo Quyết định 2904/QĐ-UBND")


OPINIONS = {
    "stc464.txt": """UBND TỈNH LÂM ĐỒNG
SỞ TÀI CHÍNH
Số: 464/STC-VP
V/v góp ý dự thảo Kế hoạch kiểm tra cải cách hành chính năm 2026
Kính gửi: Sở Nội vụ tỉnh Lâm Đồng.
Qua nghiên cứu nội dung dự thảo Kế hoạch kiểm tra cải cách hành chính năm 2026 gửi kèm theo Công văn số 215/SNV-CCHC của Sở Nội vụ, Sở Tài chính thống nhất dự thảo và không có ý kiến tham gia thêm.
""",
    "stp604.txt": """UBND TỈNH LÂM ĐỒNG
SỞ TƯ PHÁP
Số: 604/STP-BTTP
V/v hoàn thiện hồ sơ Đại hội hợp nhất các Hội Công chứng viên
Kính gửi: Hội Công chứng viên tỉnh Lâm Đồng.
- Thứ nhất: Đối với hồ sơ xin chủ trương cho phép Đại hội hợp nhất các Hội Công chứng viên, đối chiếu với hồ sơ kèm theo Công văn số 36/HCCV của Hội, thì còn thiếu: Đơn đề nghị sáp nhập (bản chính); trong đó cần nêu rõ lý do.
- Thứ hai: Sở Tư pháp nhận thấy việc thành lập Hội Thừa phát lại tỉnh là cần thiết, nhằm bảo đảm quyền, nghĩa vụ và lợi ích hợp pháp của đội ngũ Thừa phát lại.
""",
    "snv3797.txt": """UBND TỈNH LÂM ĐỒNG
SỞ NỘI VỤ
Số: 3797/SNV-TCBC
V/v đề nghị cho phép thành lập Hội Ái hữu Pháp ngữ Đà Lạt
Kính gửi: Ủy ban nhân dân tỉnh.
Trên cơ sở ý kiến thống nhất của Công an tỉnh và các Sở, Sở Nội vụ kính trình UBND tỉnh xem xét, chưa thống nhất cho phép thành lập Hội Ái hữu Pháp ngữ Đà Lạt theo đề xuất của Ban vận động.
""",
}


def test_what_a_body_thinks_why_it_is_needed_and_what_is_missing(answerer_of):
    answerer = answerer_of(OPINIONS)
    # "góp ý thế nào?": the position the letter takes, not its subject line
    a = answerer.ask("so tai chinh gop y the nao voi du thao ke hoach kiem tra cai cach hanh chinh nam 2026")
    assert a.answer.startswith("thống nhất dự thảo và không có ý kiến tham gia thêm — theo Công văn 464/STC-VP")
    # "có đồng ý với X không?": the same position, however far the object runs before "không"
    a = answerer.ask("Sở Tài chính có đồng ý với dự thảo Kế hoạch kiểm tra cải cách hành chính năm 2026 không?")
    assert a.answer.startswith("thống nhất dự thảo và không có ý kiến tham gia thêm — theo Công văn 464/STC-VP")
    # "đề xuất thế nào?": the position proposed, not the "ý kiến thống nhất" of the bodies consulted
    a = answerer.ask("CV 3797/SNV-TCBC: SNV đề xuất UBND tỉnh thế nào về việc cho phép thành lập Hội Ái hữu Pháp ngữ?")
    assert a.answer.startswith("chưa thống nhất cho phép thành lập Hội Ái hữu Pháp ngữ Đà Lạt theo đề xuất của Ban vận")
    # "còn thiếu giấy tờ gì?": what follows "còn thiếu:"
    a = answerer.ask("CV 604/STP-BTTP: hồ sơ xin chủ trương hợp nhất các Hội Công chứng viên còn thiếu giấy tờ gì?")
    assert a.answer.startswith("Đơn đề nghị sáp nhập (bản chính) — theo Công văn 604/STP-BTTP")
    # "vì sao cần ...?": the purpose "là cần thiết, nhằm ..." gives
    a = answerer.ask("Vì sao Sở Tư pháp cho rằng cần thành lập Hội Thừa phát lại tỉnh?")
    assert a.answer.startswith("bảo đảm quyền, nghĩa vụ và lợi ích hợp pháp của đội ngũ Thừa phát lại — theo")


RULES = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: 98/2025/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Quy chế tiếp nhận, giải quyết kiến nghị của cử tri
Điều 6. Tiếp nhận kiến nghị
Đối với kiến nghị có nội dung liên quan đến nhiều ngành, Văn phòng UBND tỉnh chủ trì tham mưu cho UBND tỉnh xử lý.
Điều 17. Thi đua, khen thưởng
Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tham mưu bổ sung tiêu chí đánh giá thi đua, khen thưởng hằng năm của các sở, ngành liên quan đến việc thực hiện Quy chế này.
"""


def test_the_owner_the_best_sentence_names_beats_a_weaker_sentence_that_fits_the_words(answerer_of):
    answerer = answerer_of({"qd98.txt": RULES})
    a = answerer.ask("Quy chế giải quyết kiến nghị cử tri Nghệ An: cơ quan nào chủ trì tham mưu bổ sung tiêu chí "
                     "thi đua, khen thưởng liên quan quy chế?")
    assert a.answer.startswith("Sở Nội vụ")


INVITATION = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 41/GM-UBND
Hà Tĩnh, ngày 12 tháng 01 năm 2026
GIẤY MỜI
Ủy ban nhân dân tỉnh tổ chức Hội nghị sơ kết công tác chuyển đổi số năm 2025 của tỉnh Hà Tĩnh.
1. Thời gian: từ 08h00 ngày 20/01/2026.
2. Phân công chuẩn bị:
- Giao Sở Khoa học và Công nghệ chuẩn bị báo cáo tóm tắt kết quả chuyển đổi số năm 2025 của tỉnh.
- Các sở, ngành: Văn phòng UBND tỉnh, Công an tỉnh, Sở Y tế chuẩn bị báo cáo nội dung có liên quan thuộc phạm vi theo dõi của ngành.
Đề nghị các đồng chí dự họp đúng thành phần, thời gian nêu trên./.
1 Văn phòng UBND tỉnh về cổng dịch vụ công; Công an tỉnh về dữ liệu dân cư; Sở Y tế về hồ sơ sức khỏe điện tử.
"""


def test_the_agency_a_list_pairs_with_the_field_the_question_names(answerer_of):
    answerer = answerer_of({"gm41.txt": INVITATION})
    # "Công an tỉnh về dữ liệu dân cư": the agency paired with the field, not the one that
    # prepares the summary
    a = answerer.ask("Theo giấy mời hội nghị sơ kết chuyển đổi số của UBND tỉnh Hà Tĩnh, cơ quan nào chuẩn bị "
                     "báo cáo về mảng dữ liệu dân cư?")
    assert a.answer.startswith("Công an tỉnh — theo Giấy mời 41/GM-UBND")
    # ... and the field paired with the agency the question names
    a = answerer.ask("GM 41/GM-UBND hội nghị chuyển đổi số Hà Tĩnh: Sở Y tế chuẩn bị báo cáo về lĩnh vực nào?")
    assert a.answer.startswith("hồ sơ sức khỏe điện tử — theo Giấy mời 41/GM-UBND")


YOUTH_CONGRESS = """UBND TỈNH HÀ TĨNH
SỞ NỘI VỤ
Số: 905/SNV-TCBC
V/v kết quả Đại hội Hội Doanh nhân trẻ tỉnh Hà Tĩnh nhiệm kỳ IV
Hà Tĩnh, ngày 10 tháng 10 năm 2025
Kính gửi: Hội Doanh nhân trẻ tỉnh Hà Tĩnh
1. Thống nhất với hồ sơ báo cáo kết quả Đại hội của Hội Doanh nhân trẻ tỉnh Hà Tĩnh nhiệm kỳ IV (2025 – 2030).
2. Ban Chấp hành Hội gồm 21 ủy viên; Ban Thường vụ gồm 07 ủy viên.
3. Chủ tịch hội: ông Phan Văn Hùng; Phó Chủ tịch thường trực: Bà Lê Thị Mai Anh; Phó Chủ tịch: Ông Trần Quốc Bảo, bà Nguyễn Thị Thu, ông Hồ Sỹ Nam.
"""


VETERANS = """UBND TỈNH HÀ TĨNH
SỞ NỘI VỤ
Số: 07/TTr-SNV
Hà Tĩnh, ngày 15 tháng 12 năm 2025
TỜ TRÌNH
Về việc báo cáo kết quả tổ chức Đại hội Hội Cựu giáo chức tỉnh Hà Tĩnh, nhiệm kỳ 2025 - 2030
Thực hiện Quyết định số 1325/QĐ-UBND ngày 15/9/2025 của Chủ tịch UBND tỉnh, vào lúc 07h30’ ngày 05/12/2025, Hội Cựu giáo chức tỉnh Hà Tĩnh đã tiến hành Đại hội nhiệm kỳ 2025 - 2030 tại Hội trường Trung tâm Hội nghị tỉnh.
Đại hội đã bầu Ban Chấp hành gồm 15 ủy viên; thời gian làm việc của Đại hội không quá 02 giờ.
Hiện nay, toàn tỉnh có gần 900 hội viên cựu giáo chức. Việc tổ chức Đại hội nhằm kiện toàn bộ máy lãnh đạo của Hội và đề ra phương hướng hoạt động nhiệm kỳ mới.
Về tài chính, Hội có 02 tài khoản tại Kho bạc; tại thời điểm Đại hội, Hội không có tài sản cố định cần bàn giao.
"""


def test_the_time_of_day_the_purpose_and_none_of_a_thing_are_read_as_written(answerer_of):
    answerer = answerer_of({"ttr07.txt": VETERANS})
    # "bắt đầu ... từ mấy giờ sáng?" is how the question is worded: the text says "vào lúc 07h30’"
    a = answerer.ask("hoi cuu giao chuc tinh ha tinh bat dau to chuc dai hoi nhiem ky dau tien tu may gio sang")
    assert a.answer.startswith("07h30 — theo Tờ trình 07/TTr-SNV")
    # "nhằm mục tiêu gì?" asks for the purpose a sentence gives, not a figure
    a = answerer.ask("Việc tổ chức Đại hội Hội Cựu giáo chức tỉnh Hà Tĩnh nhằm mục tiêu gì?")
    assert a.answer.startswith("kiện toàn bộ máy lãnh đạo của Hội và đề ra phương hướng hoạt động nhiệm kỳ mới — theo")
    # "bao nhiêu tài sản ...?" answered by the sentence that says there is none
    a = answerer.ask("Tại thời điểm Đại hội, Hội Cựu giáo chức tỉnh Hà Tĩnh có bao nhiêu tài sản cố định cần bàn giao?")
    assert a.answer.startswith("không có tài sản cố định cần bàn giao — theo Tờ trình 07/TTr-SNV")


def test_the_holder_of_a_role_as_specific_as_the_question_asks(answerer_of):
    answerer = answerer_of({"cv905.txt": YOUTH_CONGRESS})
    # "Phó Chủ tịch thường trực": not the plain "Phó Chủ tịch" listed in the same line
    a = answerer.ask("ai giu chuc pho chu tich thuong truc hoi doanh nhan tre tinh ha tinh nhiem ky iv")
    assert a.answer.startswith("Bà Lê Thị Mai Anh — theo Công văn 905/SNV-TCBC")
    a = answerer.ask("Ai giữ chức Chủ tịch Hội Doanh nhân trẻ tỉnh Hà Tĩnh nhiệm kỳ IV?")
    assert a.answer.startswith("ông Phan Văn Hùng — theo Công văn 905/SNV-TCBC")


LEADERS = {
    "qd342.txt": """UBND TỈNH GIA LAI
SỞ Y TẾ
Số: 342/QĐ-SYT
QUYẾT ĐỊNH
Phân công nhiệm vụ của lãnh đạo Sở Y tế
Điều 2. Phân công nhiệm vụ cụ thể
4. Ông Nguyễn Văn Tâm, Phó Giám đốc
- Trực tiếp chỉ đạo công tác Y tế dự phòng; An toàn thực phẩm.
5. Bà Ksor Hiền, Phó Giám đốc
- Trực tiếp chỉ đạo công tác Khám bệnh, chữa bệnh và phục hồi chức năng; Bảo hiểm y tế; Quân dân y kết hợp.
""",
    "cv1547.txt": """UBND TỈNH LÂM ĐỒNG
SỞ NỘI VỤ
Số: 1547/SNV-TCBC
V/v thẩm định dự thảo Quyết định kiện toàn Đội ứng cứu sự cố an toàn thông tin mạng
Kính gửi: Công an tỉnh.
Sở Nội vụ cơ bản thống nhất với các nội dung dự thảo; đồng thời, đề nghị Công an tỉnh nghiên cứu, điều chỉnh tại khoản 7 Điều 4 dự thảo Quyết định thành:
“Đội ứng cứu được đảm bảo phương tiện, thiết bị cần thiết; được sử dụng con dấu của Công an tỉnh để thực hiện các nhiệm vụ”.
- Dự thảo Điều lệ Hội được xây dựng theo quy định tại Mẫu số 9 ban hành kèm theo Nghị định số 126/2024/NĐ-CP.
- Đội ứng cứu được bố trí nơi làm việc tại cơ sở 2 của Trung tâm Giám sát điều hành đô thị thông minh tỉnh.
Trên đây là ý kiến thẩm định của Sở Nội vụ về dự thảo Quyết định kiện toàn Đội ứng cứu sự cố an toàn thông tin mạng để Công an tỉnh biết, thực hiện./.
""",
}


def test_leader_by_duty_what_a_line_introduces_and_a_numbered_form(answerer_of):
    answerer = answerer_of(LEADERS)
    # "Phó giám đốc nào phụ trách ...": the person whose heading the duty is listed under
    a = answerer.ask("Phó giám đốc Sở Y tế Gia Lai nào phụ trách khám chữa bệnh và bảo hiểm y tế?")
    assert a.answer.startswith("Ksor Hiền - Phó Giám đốc. Theo Quyết định 342/QĐ-SYT: “5. Bà Ksor Hiền, Phó Giám đốc")
    # a sentence ending "... thành:" is quoted with the text it introduces
    a = answerer.ask("SNV Lâm Đồng đề nghị Công an tỉnh sửa khoản 7 Điều 4 dự thảo quyết định đội ứng cứu như thế nào?")
    assert "thành: “Đội ứng cứu được đảm bảo phương tiện, thiết bị cần thiết; được sử dụng con dấu" in a.answer
    # "khoản nào?" asks for the clause the sentence cites, with the article it is in
    a = answerer.ask("Sở Nội vụ muốn Công an tỉnh điều chỉnh khoản nào của dự thảo quyết định về đội ứng cứu?")
    assert a.answer.startswith("khoản 7 Điều 4 — theo Công văn 1547/SNV-TCBC")
    # "mẫu số mấy?" asks for the form, not for the letter's number
    a = answerer.ask("Dự thảo Điều lệ Hội được xây dựng theo mẫu số mấy của Nghị định 126/2024/NĐ-CP?")
    assert a.answer.startswith("Mẫu số 9 — theo Công văn 1547/SNV-TCBC")
    # "cơ sở mấy?" asks which of the numbered sites, not a document number ("cơ sở mấy" holds "số mấy")
    a = answerer.ask("doi ung cuu su co duoc bo tri noi lam viec tai co so may cua trung tam giam sat dieu hanh do thi thong minh")
    assert a.answer.startswith("cơ sở 2 — theo Công văn 1547/SNV-TCBC")


COORDINATION = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
Số: 88/2025/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Quy chế phối hợp giữa Văn phòng đăng ký đất đai với Ủy ban nhân dân cấp xã
Điều 6. Trách nhiệm thi hành
1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với cơ quan, đơn vị liên quan triển khai thực hiện nội dung Quy chế này.
2. Trách nhiệm của Chủ tịch Ủy ban nhân dân cấp xã
a) Ký, xác nhận nội dung đính chính sai sót trên Giấy chứng nhận theo đúng thẩm quyền.
b) Chủ trì giải quyết các vướng mắc trong triển khai thực hiện quy chế phối hợp giữa Văn phòng đăng ký đất đai với Ủy ban nhân dân cấp xã, cơ quan thuế.
"""


def test_the_head_of_an_agency_owns_the_duties_under_his_heading_but_is_no_department(answerer_of):
    answerer = answerer_of({"qd88.txt": COORDINATION})
    a = answerer.ask("Ai ký xác nhận nội dung đính chính sai sót trên Giấy chứng nhận?")
    assert a.intent == "responsibility"
    assert a.answer.startswith("Chủ tịch Ủy ban nhân dân cấp xã")
    # "Sở nào" asks for a department: the Chủ tịch's duty that repeats the question does not answer it.
    b = answerer.ask("Sở nào chủ trì triển khai quy chế phối hợp giữa Văn phòng đăng ký đất đai với Ủy ban nhân dân cấp xã, cơ quan thuế?")
    assert b.answer.startswith("Sở Nông nghiệp và Môi trường")


CONGRESS = """SỞ NỘI VỤ TỈNH LÂM ĐỒNG
Số: 03/TTr-SNV
TỜ TRÌNH
Về việc báo cáo kết quả tổ chức Đại hội Hội Cựu chiến binh Trường Sơn tỉnh Lâm Đồng, nhiệm kỳ 2025 - 2030
2. Về kết quả tổ chức đại hội
Hội Cựu chiến binh Trường Sơn tỉnh Lâm Đồng đã tiến hành Đại hội nhiệm kỳ 2025 - 2030 vào ngày 20/12/2025 tại Nhà văn hóa Lao động tỉnh, số 2B Lữ Gia, phường Lâm Viên - Đà Lạt. Đại hội đã được tiến hành nghiêm túc, đúng theo quy định tại Điều 20 Nghị định số 126/2024/NĐ-CP.
"""


def test_where_something_took_place_is_read_after_tai(answerer_of):
    answerer = answerer_of({"ttr03.txt": CONGRESS})
    a = answerer.ask("Đại hội Hội Cựu chiến binh Trường Sơn nhiệm kỳ 2025 - 2030 được tổ chức ở đâu?")
    assert a.answer.startswith("Nhà văn hóa Lao động tỉnh, số 2B Lữ Gia, phường Lâm Viên - Đà Lạt — theo")


MAILBOX = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Số: 143/2025/QĐ-UBND
QUY CHẾ
Quản lý hệ thống thư điện tử công vụ
Điều 9. Tạm khóa, khôi phục, thu hồi hộp thư điện tử công vụ
1. Hộp thư bị tạm khóa khi không phát sinh đăng nhập trong khoảng thời gian 45 ngày.
2. Sau thời gian 30 ngày mà không có đề nghị khôi phục lại hộp thư điện tử công vụ bị tạm khóa thì Trung tâm Chuyển đổi số thực hiện thu hồi hộp thư.
"""


def test_how_long_before_something_happens_is_read_after_sau_thoi_gian(answerer_of):
    answerer = answerer_of({"qd143.txt": MAILBOX})
    a = answerer.ask("Hộp thư điện tử công vụ bị tạm khóa mà không có đề nghị khôi phục thì sau bao lâu sẽ bị thu hồi?")
    assert a.answer.startswith("Sau thời gian 30 ngày — theo")


DISPATCH = """THỦ TƯỚNG CHÍNH PHỦ
Số: 217/CĐ-TTg
Hà Nội, ngày 16 tháng 11 năm 2025
CÔNG ĐIỆN
Về việc tập trung ứng phó mưa lũ tại khu vực Trung Bộ
Từ sáng nay tại khu vực từ Quảng Trị đến Khánh Hòa đã có mưa to đến rất to, dự báo ngày mai tiếp tục có mưa lớn.
"""
HANOI = """ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
Số: 54/KH-UBND
KẾ HOẠCH
Trồng cây xanh trên địa bàn thành phố Hà Nội năm 2026
Phấn đấu trồng mới 100.000 cây xanh trên địa bàn thành phố.
"""


def test_the_place_a_letter_was_issued_at_is_not_what_it_is_about(answerer_of):
    # Every ministry's letter is dated "Hà Nội, ngày ...": a dispatch about rain in the centre
    # does not answer a question about the weather in Hà Nội.
    answerer = answerer_of({"cd217.txt": DISPATCH, "kh54.txt": HANOI})
    assert not answerer.ask("Thời tiết Hà Nội ngày mai có mưa không?").found
    assert answerer.ask("Ngày mai khu vực từ Quảng Trị đến Khánh Hòa có mưa không?").found


DISSOLUTION = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 12/QĐ-UBND
QUYẾT ĐỊNH
Về việc giải thể Hiệp hội Chè Bảo Lộc
Điều 1. Giải thể Hiệp hội Chè Bảo Lộc theo đề nghị của Sở Nội vụ.
Điều 2. Sở Nội vụ hướng dẫn Hiệp hội Chè Bảo Lộc nộp lại con dấu cho cơ quan công an trong 15 ngày.
"""


def test_a_task_question_naming_no_agency_is_not_answered_with_an_agency(answerer_of):
    answerer = answerer_of({"qd12.txt": DISSOLUTION})
    # The evidence names the agency that guides it; the question asks what the association must do.
    a = answerer.ask("Hiệp hội Chè Bảo Lộc giải thể thì phải làm gì với con dấu?")
    assert a.intent == "responsibility"
    assert a.answer == ("Theo Quyết định 12/QĐ-UBND: “Sở Nội vụ hướng dẫn Hiệp hội Chè Bảo Lộc nộp lại con dấu "
                        "cho cơ quan công an trong 15 ngày.”")


MONITORING = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 70/KH-UBND
KẾ HOẠCH
Quan trắc môi trường nuôi trồng thủy sản năm 2026
1. Quan trắc môi trường ao nuôi cá
- Điểm quan trắc: Thực hiện quan trắc môi trường nước trong ao nuôi cá đại diện ở 12 vùng nuôi cá tập trung tại 8 xã; lấy mẫu 01 vị trí/ao/vùng.
- Thông số và số lượng mẫu: pH, DO, NH4 quan trắc với tần suất 2 lần/tháng; thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026; số lượng mẫu quan trắc 192 mẫu/năm.
2. Quan trắc nguồn nước cấp
- Điểm quan trắc: 05 vị trí tại khu vực nước cấp cho vùng nuôi.
"""


def test_a_count_of_what_is_asked_may_come_from_a_weaker_sentence_of_the_same_section(answerer_of):
    answerer = answerer_of({"kh70.txt": MONITORING})
    a = answerer.ask("KH 70 Hà Giang: quan trắc môi trường nước trong ao nuôi cá đại diện năm 2026 lấy bao nhiêu mẫu một năm?")
    assert a.answer.startswith("192 mẫu — theo Kế hoạch 70/KH-UBND")
    a = answerer.ask("KH 70 Hà Giang: quan trắc môi trường nước trong ao nuôi cá đại diện ở bao nhiêu vùng nuôi?")
    assert a.answer.startswith("12 vùng nuôi cá")


ROAD = """VĂN PHÒNG CHÍNH PHỦ
Số: 900/VPCP-CN
V/v cung ứng vật liệu xây dựng cho Dự án đường cao tốc đoạn qua Nam Định, Thái Bình
Hà Nội, ngày 27 tháng 11 năm 2025
Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh Bình.
Phó Thủ tướng Chính phủ có ý kiến như sau: Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên khẩn trương làm việc với các địa phương để đảm bảo nguồn cung cát đắp nền cho Dự án; báo cáo Thủ tướng Chính phủ kết quả trước ngày 03 tháng 12 năm 2025.
"""

NATIONAL = """THỦ TƯỚNG CHÍNH PHỦ
Số: 22/CĐ-TTg
CÔNG ĐIỆN
Về đẩy nhanh tiến độ các dự án đường cao tốc
1. Chủ tịch Ủy ban nhân dân các tỉnh bảo đảm nguồn cung cát đắp nền cho các dự án đường cao tốc, báo cáo Thủ tướng Chính phủ kết quả trước ngày 13 tháng 12 năm 2025.
"""


def test_a_document_about_provinces_merged_in_2025_is_about_the_province_they_joined(answerer_of):
    answerer = answerer_of({"cv900.txt": ROAD, "cd22.txt": NATIONAL})
    question = "Chủ tịch UBND tỉnh Hưng Yên phải báo cáo Thủ tướng kết quả đảm bảo nguồn cung cát đắp nền trước ngày nào?"
    top = answerer.searcher.search(question, k=1)[0]
    assert top.document.meta.number == "900/VPCP-CN" and "province" in top.signals
    a = answerer.ask(question)
    assert a.answer.startswith("trước ngày 03 tháng 12 năm 2025 — theo Công văn 900/VPCP-CN")


FEDERATION = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 16/QĐ-UBND
QUYẾT ĐỊNH
Về việc công nhận Ban Vận động thành lập Liên đoàn Quần vợt tỉnh Hà Giang
Theo đề nghị của Trưởng Ban Vận động thành lập Liên đoàn Quần vợt tỉnh Hà Giang tại Đơn đề nghị ngày 10 tháng 3 năm 2026.
Điều 1. Công nhận Ban Vận động thành lập Liên đoàn Quần vợt tỉnh Hà Giang, gồm các thành viên trong danh sách kèm theo.

| TT | Họ và tên | Chức vụ cơ quan công tác | Chức vụ trong Ban vận động |
|---|---|---|---|
| 1 | Nguyễn Tiến Dũng | Giám đốc Công ty TNHH Thể thao Hà Giang | Trưởng ban |
| 2 | Lê Trí Dũng | Phó Giám đốc Trung tâm Huấn luyện thể thao tỉnh | Phó Trưởng ban |
"""


def test_the_head_of_a_board_and_where_they_work_come_from_the_member_list(answerer_of):
    answerer = answerer_of({"qd16.md": FEDERATION})
    a = answerer.ask("Trưởng ban Vận động thành lập Liên đoàn Quần vợt tỉnh Hà Giang là ai, đang công tác ở đâu?")
    assert a.answer.startswith("Nguyễn Tiến Dũng - Giám đốc Công ty TNHH Thể thao Hà Giang")


REPEAL = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 81/2025/QĐ-UBND
QUYẾT ĐỊNH
Bãi bỏ các Quyết định quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 4834/TTr-SXD ngày 19 tháng 9 năm 2025.
QUYẾT ĐỊNH:
Điều 1. Bãi bỏ toàn bộ Quyết định số 55/2014/QĐ-UBND của UBND tỉnh Hà Giang quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông.
Điều 2. Quyết định này có hiệu lực thi hành từ ngày 27 tháng 11 năm 2025.
"""

LIEN_DOAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 20/QĐ-UBND
QUYẾT ĐỊNH
Về việc cho phép thành lập Liên đoàn Quần vợt tỉnh Hà Giang
Điều 1. Cho phép thành lập Liên đoàn Quần vợt tỉnh Hà Giang.
Điều 2. Liên đoàn Quần vợt tỉnh Hà Giang là tổ chức xã hội - nghề nghiệp, tổ chức và hoạt động theo Điều lệ được cấp có thẩm quyền phê duyệt.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_the_number_of_a_proposal_a_decision_was_issued_on_comes_from_its_preamble(answerer_of):
    answerer = answerer_of({"qd81.txt": REPEAL, "qd20.txt": LIEN_DOAN})
    a = answerer.ask("Hà Giang bãi bỏ quyết định về sử dụng tạm thời vỉa hè ngoài mục đích giao thông theo tờ trình số mấy?")
    assert a.intent == "general"
    assert a.answer.startswith("4834/TTr-SXD")


def test_what_kind_of_body_something_is_comes_from_the_phrase_after_la(answerer_of):
    answerer = answerer_of({"qd81.txt": REPEAL, "qd20.txt": LIEN_DOAN})
    a = answerer.ask("Liên đoàn Quần vợt tỉnh Hà Giang được cho phép thành lập là loại hình tổ chức gì?")
    assert a.answer.startswith("tổ chức xã hội - nghề nghiệp — theo Quyết định 20/QĐ-UBND")


REQUESTS = {
    "tt27.txt": """BỘ CÔNG AN
CÔNG AN TỈNH NGHỆ AN
Số: 27/TTr-CAT-PC06
TỜ TRÌNH
Đề nghị ban hành Báo cáo kết quả triển khai Đề án 06 tháng 10/2025
Kính gửi: Lãnh đạo UBND tỉnh Nghệ An.
Công an tỉnh đã dự thảo Báo cáo tháng 10/2025 kết quả thực hiện Đề án 06 trên địa bàn tỉnh.
Công an tỉnh kính báo cáo Lãnh đạo UBND tỉnh chỉ đạo thẩm định và duyệt, ký theo quy định./.
""",
    "stp18.txt": """UBND TỈNH NGHỆ AN
SỞ TƯ PHÁP
Số: 18/STP-BTTP
V/v cho ý kiến đối với Đề án Đại hội Hội Công chứng viên
Kính gửi: Sở Nội vụ.
Sở Tư pháp đề nghị Sở Nội vụ cho ý kiến đối với Đề án tổ chức Đại hội hợp nhất Hội Công chứng viên tỉnh.
""",
    "hccv40.txt": """HỘI CÔNG CHỨNG VIÊN TỈNH NGHỆ AN
Số: 40/HCCV
Kính gửi: Sở Tư pháp tỉnh Nghệ An.
Hội đã hoàn thiện hồ sơ tổ chức Đại hội hợp nhất Hội Công chứng viên theo hướng dẫn.
Ban chấp hành Hội công chứng viên đề nghị Sở Tư pháp phối hợp Sở Nội vụ trình UBND tỉnh xem xét quyết định./.
""",
}


def test_what_a_request_asks_for_and_of_whom(answerer_of):
    answerer = answerer_of(REQUESTS)
    # the request sentence, not the sentence that repeats the subject of the submission
    a = answerer.ask("Công an tỉnh Nghệ An đề nghị lãnh đạo UBND tỉnh làm gì với dự thảo báo cáo Đề án 06 tháng 10/2025?")
    assert a.answer.startswith("kính báo cáo Lãnh đạo UBND tỉnh chỉ đạo thẩm định và duyệt, ký theo quy định — theo")
    # a request to the body the question names, not the Sở Tư pháp's own request to the Sở Nội vụ
    a = answerer.ask("Hội Công chứng viên đề nghị Sở Tư pháp làm gì với hồ sơ Đại hội hợp nhất?")
    assert a.answer.startswith("đề nghị Sở Tư pháp phối hợp Sở Nội vụ trình UBND tỉnh xem xét quyết định — theo")


CITING = {
    "ttdt112.txt": """UBND TỈNH NGHỆ AN
TRUNG TÂM HUẤN LUYỆN VÀ THI ĐẤU THỂ THAO
Số: 112/TTHLTĐTT
V/v hỗ trợ địa điểm làm việc cho Liên đoàn Cờ tướng tỉnh
Căn cứ công văn số 02/LĐCT-BTV ngày 09/9/2025 của Liên đoàn Cờ tướng tỉnh về việc xin đặt trụ sở văn phòng Liên đoàn.
Trung tâm thống nhất hỗ trợ cho Liên đoàn sử dụng địa chỉ số 28 Lê Hồng Phong, phường Vinh, tỉnh Nghệ An làm trụ sở.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Trí Dũng
""",
    "hq382.txt": """CỤC HẢI QUAN
Số: 382/CHQ-GSQL
V/v thủ tục hải quan đối với hàng hóa xuất nhập khẩu tại chỗ
Kính gửi: Công ty TNHH Sao Mai.
Trả lời công văn số 110/SM ngày 04/11/2025 của Công ty, Cục Hải quan có ý kiến như sau: Căn cứ quy định tại khoản 1 Điều 47a Luật Hải quan được bổ sung tại khoản 3 Điều 3 Luật số 90/2025/QH15 ngày 25/6/2025 thì hàng hóa xuất khẩu, nhập khẩu tại chỗ là hàng hóa giao, nhận tại Việt Nam.
""",
    "bnn94.txt": """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 94/BNNMT-CNTY
V/v trả lời kiến nghị của cử tri tỉnh Hà Tĩnh
Câu số 18. Cử tri kiến nghị ban hành khung giá dịch vụ tiêm phòng, tiêu độc, khử trùng cho động vật.
Trả lời: Bộ đã ban hành Thông tư quy định khung giá dịch vụ thú y.
""",
}


def test_signer_number_and_item_asked_whatever_else_the_question_names(answerer_of):
    answerer = answerer_of(CITING)
    # "địa điểm" in the subject does not make "ai ký?" a question about a place
    a = answerer.ask("Ai ký CV 112/TTHLTĐTT về hỗ trợ địa điểm làm việc cho Liên đoàn Cờ tướng?")
    assert a.answer.startswith("Lê Trí Dũng")
    # the signer asked by the title they sign with
    a = answerer.ask("Phó Giám đốc Trung tâm ký CV 112/TTHLTĐTT hỗ trợ Liên đoàn Cờ tướng là ai?")
    assert a.answer.startswith("Lê Trí Dũng")
    # ... nor "số mấy?" one about an address
    a = answerer.ask("Trung tâm hỗ trợ địa điểm làm việc cho Liên đoàn Cờ tướng căn cứ công văn số mấy của liên đoàn?")
    assert a.answer.startswith("02/LĐCT-BTV")
    # a law's number, which its symbol does not type
    a = answerer.ask("CV 382/CHQ-GSQL: Điều 47a Luật Hải quan được bổ sung tại luật số mấy?")
    assert a.answer.startswith("90/2025/QH15")
    # the number of an item, written before the sentence that states it
    a = answerer.ask("kien nghi cu tri ha tinh ve khung gia dich vu tiem phong, tieu doc la cau so may")
    assert a.answer.startswith("Câu số 18 — theo Công văn 94/BNNMT-CNTY: “Câu số 18. Cử tri kiến nghị")


PROGRAMME = {
    "ct-daihoi.txt": """CHƯƠNG TRÌNH
Đại hội Hiệp hội Cà phê tỉnh Nghệ An nhiệm kỳ V (2025 - 2030)
I. ĐẠI HỘI TRÙ BỊ: (13h30 – 14h30)
1. Kết nạp hội viên mới
II. ĐẠI HỘI CHÍNH THỨC: từ 15h
1. Văn nghệ chào mừng
""",
    "tt253.txt": """UBND TỈNH NGHỆ AN
SỞ NỘI VỤ
Số: 253/TTr-SNV
TỜ TRÌNH
Về việc gia hạn thời gian tổ chức Đại hội Hiệp hội Cà phê tỉnh Nghệ An
Hiệp hội Cà phê tỉnh đề nghị được gia hạn thời gian tổ chức Đại hội nhiệm kỳ V.
Thời gian tổ chức Đại hội: chậm nhất trong tháng 6 năm 2025.
""",
}


def test_clock_time_asked_is_found_where_it_is_written_with_h(answerer_of):
    answerer = answerer_of(PROGRAMME)
    a = answerer.ask("dai hoi tru bi hiep hoi ca phe tinh nghe an nhiem ky V bat dau luc may gio")
    assert "13h30" in a.answer
    assert a.citations[0].text.startswith("I. ĐẠI HỘI TRÙ BỊ: (13h30 – 14h30)")


def test_a_rare_word_in_the_passage_of_evidence_as_good_as_the_best_is_not_missing(answerer_of):
    files = {f"cv{n}.txt": f"""UBND TỈNH NGHỆ AN
SỞ NỘI VỤ
Số: {n}/SNV-CCHC
V/v cử công chức tham gia Tổ giúp việc về cải cách hành chính
Đề nghị các sở cử công chức tham gia Tổ giúp việc về cải cách hành chính của tỉnh, đợt {n}.
""" for n in (11, 12, 13)}
    # Enough other documents for "HĐTĐ" to count as rare.
    files |= {f"tb{n}.txt": f"Thông báo số {n}/TB-VP về lịch làm việc tuần {n} của lãnh đạo Văn phòng.\n"
              for n in range(1, 80)}
    files["qd97.txt"] = """HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH NGHỆ AN
Số: 97/QĐ-HĐTĐ
QUYẾT ĐỊNH
Về việc thành lập Tổ giúp việc Hội đồng thẩm định chỉ số cải cách hành chính tỉnh
Điều 1. Thành lập Tổ giúp việc, gồm: đ) Sở Khoa học và Công nghệ: Ông Nguyễn Văn Tùng - Trưởng phòng.
"""
    answerer = answerer_of(files)
    question = "Tổ giúp việc HĐTĐ chỉ số CCHC tỉnh Nghệ An: Sở KH&CN cử ai tham gia?"
    query = answerer.searcher.understand(question)
    hits = answerer.searcher.search(query, k=8)
    answerer._weights = answerer._question_weights(query)
    decision = next(i for i, h in enumerate(hits) if h.document.meta.number == "97/QĐ-HĐTĐ")
    letters = [h for h in hits if h.document.meta.number != "97/QĐ-HĐTĐ"]
    ordered = letters[:3] + [hits[decision]]  # the decision's passage fourth, past the top three
    # "HĐTĐ" (Hội đồng thẩm định) is in no letter: missing, unless the decision's evidence, as
    # good as the best, is looked at too.
    assert answerer._missing_rare_word(query, ordered, [0])[0] == "hđtđ"
    assert answerer._missing_rare_word(query, ordered, [0, 3]) == (None, False)


ROSTERS = {
    "cv892.txt": """UBND TỈNH NGHỆ AN
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 892/SVHTTDL-VP
V/v cử đại diện lãnh đạo tham gia Ban Vì sự tiến bộ của phụ nữ
Kính gửi: Sở Nội vụ.
Sở Văn hóa, Thể thao và Du lịch giới thiệu bà Nguyễn Thị Hoa, Phó Giám đốc Sở tham gia Ban Vì sự tiến bộ của phụ nữ tỉnh.
- Số điện thoại: 0918.675.592.
""",
    "qd48.txt": """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: 48/2025/QĐ-UBND
QUYẾT ĐỊNH
Quy định danh mục học phẩm cấp cho học sinh trường phổ thông dân tộc nội trú
Căn cứ Nghị định số 66/2025/NĐ-CP của Chính phủ;
Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 120/TTr-SGDĐT ngày 02 tháng 10 năm 2025.
QUYẾT ĐỊNH:
Điều 1. Danh mục học phẩm cấp cho mỗi học sinh trong một năm học:
Số TT: 1; Tên học phẩm: Vở viết; Đơn vị tính: Quyển; Số lượng / Cấp trung học cơ sở: 30; Số lượng / Cấp trung học phổ thông: 40
Số TT: 2; Tên học phẩm: Bút bi; Đơn vị tính: Cái; Số lượng / Cấp trung học cơ sở: 20; Số lượng / Cấp trung học phổ thông: 24
""",
    "cv963.txt": """UBND TỈNH NGHỆ AN
SỞ NỘI VỤ
Số: 963/SNV-CCHC
V/v lấy ý kiến dự thảo Quy chế hoạt động của Tổ giúp việc về cải cách hành chính
Căn cứ Quyết định số 688/QĐ-BCĐ ngày 08/8/2025 của Ban Chỉ đạo ban hành Quy chế hoạt động của Ban Chỉ đạo;
Sở Nội vụ đề nghị các sở góp ý dự thảo Quy chế hoạt động của Tổ giúp việc trước ngày 30/8/2025.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Hữu Tuấn
""",
}


def test_phone_table_column_proposer_cited_date_and_signer_by_title(answerer_of):
    answerer = answerer_of(ROSTERS)
    # a telephone number, not the name of the person it belongs to
    a = answerer.ask("Số điện thoại của Phó Giám đốc Sở VHTTDL Nghệ An tham gia Ban Vì sự tiến bộ của phụ nữ là gì?")
    assert a.answer.startswith("0918.675.592")
    # the column the question names, with the row's unit; "trường phổ thông" does not pick "cấp THPT"
    a = answerer.ask("hoc sinh truong pho thong dan toc noi tru cap THCS o nghe an duoc cap bao nhieu quyen vo viet")
    assert a.answer.startswith("30 quyển")
    a = answerer.ask("QĐ 48/2025/QĐ-UBND: học sinh trường PTDTNT cấp THPT được cấp bao nhiêu bút bi mỗi năm học?")
    assert a.answer.startswith("24 cái")
    # whose proposal the decision was issued on: its preamble
    a = answerer.ask("QĐ 48/2025/QĐ-UBND về học phẩm cho học sinh PTDTNT được ban hành theo đề nghị của ai?")
    assert a.answer.startswith("Giám đốc Sở Giáo dục và Đào tạo — theo Quyết định 48/2025/QĐ-UBND")
    # the date of a document the letter cites, not the letter's own
    a = answerer.ask("CV 963/SNV-CCHC có dẫn QĐ 688/QĐ-BCĐ ban hành quy chế hoạt động của BCĐ, QĐ này ngày nào?")
    assert a.answer.startswith("08/8/2025")
    # a document named by its number alone ("quyết định 688") is looked up the same way
    a = answerer.ask("Sở Nội vụ căn cứ quyết định 688 của Ban Chỉ đạo ban hành ngày nào?")
    assert a.answer.startswith("08/8/2025")
    # "Phó Giám đốc nào ký ...?" asks for the signer
    a = answerer.ask("Phó Giám đốc SNV nào ký CV 963/SNV-CCHC lấy ý kiến dự thảo Quy chế Tổ giúp việc?")
    assert a.answer.startswith("Trần Hữu Tuấn")


def test_items_a_line_introduces_are_not_the_documents_subject(answerer_of):
    answerer = answerer_of({"btc17.txt": """BỘ TÀI CHÍNH
Số: 17/BTC-CT
V/v Phổ biến Cẩm nang nghiệp vụ thuế dành cho công chức cấp xã
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.
1. Phổ biến rộng rãi nội dung Cẩm nang đến Ủy ban nhân dân cấp xã.
Bộ Tài chính gửi kèm bộ Cẩm nang gồm:
- Infographic Cẩm nang;
- Slide đào tạo, tập huấn Cẩm nang;
""", **{k: v for k, v in CITING.items() if k != "bnn94.txt"}})
    # "gồm những tài liệu gì?" asks for the list, not for what the letter is about (its V/v line)
    a = answerer.ask("bo cam nang nghiep vu thue ma BTC gui kem cv 17/BTC-CT gom nhung tai lieu gi")
    assert not a.answer.startswith("V/v")
    assert "- Infographic Cẩm nang; - Slide đào tạo, tập huấn Cẩm nang;" in a.answer


ASSESSMENT = """UBND TỈNH LÂM ĐỒNG
SỞ NỘI VỤ
Số: 15/BC-SNV
Lâm Đồng, ngày 20 tháng 1 năm 2026
BÁO CÁO
Kết quả thẩm định Chỉ số cải cách hành chính năm 2025
I. KẾT QUẢ THẨM ĐỊNH
1. Đối với các sở, ngành
Chỉ số trung bình của các sở đạt 80,99%; chỉ số cao nhất là 84,89% (Thanh tra tỉnh) và thấp nhất là 77,57% (Sở Y tế).
Thứ hạng: 1; Đơn vị: Sở Tư pháp; Chỉ số chung: 93,01%; Xếp loại: TỐT
Thứ hạng: 2; Đơn vị: Sở Tài chính; Chỉ số chung: 90,12%; Xếp loại: TỐT
Đối với các phòng chuyên môn: chỉ số cao nhất là 99,10% và thấp nhất là 50,00%.
"""


def test_which_unit_ranks_first_or_last_is_named_with_its_value(answerer_of):
    answerer = answerer_of({"bc15.txt": ASSESSMENT})
    a = answerer.ask("Theo kết quả thẩm định chỉ số CCHC năm 2025 của Lâm Đồng, sở nào có chỉ số thấp nhất?")
    assert a.answer.startswith("Sở Y tế (77,57%)")
    a = answerer.ask("Theo kết quả thẩm định chỉ số CCHC năm 2025 của Lâm Đồng, đơn vị nào xếp thứ nhất?")
    assert a.answer.startswith("Sở Tư pháp")


CAMPAIGN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
Số: 174/KH-UBND
Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2025
KẾ HOẠCH
Tháng hành động vì bình đẳng giới năm 2025
I. MỤC TIÊU
1. Nâng cao nhận thức của người dân về bình đẳng giới và phòng ngừa bạo lực trên cơ sở giới.
2. Tháng hành động
a) Chủ đề Tháng hành động năm 2025
“Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số”.
b) Thời gian: từ ngày 15/11/2025 đến ngày 15/12/2025.
"""


def test_what_a_heading_names_is_the_quotation_on_the_line_under_it(answerer_of):
    answerer = answerer_of({"kh174.txt": CAMPAIGN})
    a = answerer.ask("Tháng hành động vì bình đẳng giới năm 2025 của TP.HCM theo Kế hoạch 174/KH-UBND có chủ đề là gì?")
    assert a.answer.startswith("Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số — theo Kế hoạch")


SUPPORT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
Số: 97/2025/QĐ-UBND
Quảng Ninh, ngày 10 tháng 12 năm 2025
QUYẾT ĐỊNH
Sửa đổi quy định hỗ trợ nhà ở
Điều 1. Sửa đổi, bổ sung một số điều của Quy định
2. Sửa đổi khoản 1 Điều 13 như sau: “1. Số tiền hỗ trợ:
Khu vực hành chính
Mức hỗ trợ (đồng)
Các phường: Tuần Châu, Việt Hưng, Bãi Cháy, Hà Tu, Hà Lầm, Cao Xanh, Hồng Gai, Hạ Long, Hoành Bồ.
400.000.000
Các phường: Cẩm Phả, Quang Hanh, Cửa Ông, Mông Dương, Móng Cái 1, Móng Cái 2, Uông Bí, Yên Tử, Vàng Danh.
350.000.000
Các xã: Hải Hòa, Hải Ninh, Hải Sơn, Vĩnh Thực.
250.000.000
"""


def test_a_flattened_table_row_takes_the_amount_on_the_line_below_it(answerer_of):
    answerer = answerer_of({"qd97.txt": SUPPORT})
    a = answerer.ask("QĐ 97/2025/QĐ-UBND Quảng Ninh: số tiền hỗ trợ theo khoản 1 Điều 13 cho các phường Cẩm Phả, "
                     "Quang Hanh, Uông Bí là bao nhiêu?")
    assert a.answer.startswith("350.000.000 — theo Quyết định 97/2025/QĐ-UBND")


CONCLUSION = """VĂN PHÒNG CHÍNH PHỦ
Số: 640/TB-VPCP
Hà Nội, ngày 05 tháng 12 năm 2025
THÔNG BÁO
Kết luận về tiến độ xây dựng bệnh viện tuyến cuối
1. Bộ Y tế chủ trì hoàn thiện hồ sơ thiết bị y tế.
2. (4) Bộ Xây dựng chỉ đạo các cơ quan liên quan tiếp tục hướng dẫn chủ đầu tư xử lý các vướng mắc phát sinh; chỉ đạo các đơn vị liên quan xem xét, thẩm định dự toán thiết kế bản vẽ thi công đối với các hạng mục còn lại theo quy định.
3. Theo báo cáo, đến nay đã có 12 bộ, ngành gửi đăng ký với tổng cộng 64 dự án, công trình với tổng vốn đầu tư là khoảng 310.000 tỷ đồng.
4. Đánh giá kết quả vận hành thử
Thời gian thực hiện sau khi hai bệnh viện được bàn giao đưa vào sử dụng.
5. Các hội chưa hoàn thành nghĩa vụ tài chính thực hiện thanh toán nợ, thanh lý tài sản trong thời gian 03 tháng kể từ ngày ban hành Thông báo này.
Sau thời gian trên, Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định giải thể hội theo quy định.
6. Các Quyết định sau đây hết hiệu lực kể từ ngày 01 tháng 01 năm 2026:
- Quyết định số 10/2024/QĐ-UBND ngày 24 tháng 4 năm 2024 sửa đổi phụ lục ban hành kèm theo Quyết định số 08/2021/QĐ- UBND ngày 20 tháng 5 năm 2021 về định mức máy móc chuyên dùng.
"""


@pytest.fixture(scope="module")
def conclusion(tmp_path_factory):
    """An Answerer over CONCLUSION alone, built once for the tests that ask it."""
    from index.answer import Answerer
    from index.search import Searcher
    from index.settings import Settings
    from tests.index.conftest import build_text_index

    folder = build_text_index(tmp_path_factory.mktemp("tb640"), {"tb640.txt": CONCLUSION})
    searcher = Searcher.open(folder, Settings(index_dir=str(folder)))
    yield Answerer(searcher)
    searcher.close()


def test_a_clause_after_a_semicolon_is_owned_by_the_subject_of_its_sentence(conclusion):
    a = conclusion.ask("TB 640/TB-VPCP: bộ nào chỉ đạo thẩm định dự toán thiết kế bản vẽ thi công các hạng mục còn lại?")
    assert a.intent == "responsibility"
    assert a.answer.startswith("Bộ Xây dựng — theo Thông báo 640/TB-VPCP")


def test_the_value_the_question_words_lead_to_wins_in_a_sentence_of_counts(conclusion):
    a = conclusion.ask("TB 640/TB-VPCP: 64 dự án đã đăng ký có tổng vốn đầu tư khoảng bao nhiêu?")
    assert a.answer.startswith("310.000 tỷ đồng — theo Thông báo 640/TB-VPCP")


def test_a_time_field_without_its_colon_answers_when(conclusion):
    a = conclusion.ask("TB 640/TB-VPCP: đánh giá kết quả vận hành thử thực hiện khi nào?")
    assert a.answer.startswith("sau khi hai bệnh viện được bàn giao đưa vào sử dụng — theo Thông báo 640/TB-VPCP")


def test_who_acts_after_a_condition_is_the_subject_of_the_main_clause(conclusion):
    a = conclusion.ask("TB 640/TB-VPCP: các hội thanh toán nợ, thanh lý tài sản xong thì ai xem xét quyết định giải thể hội?")
    assert a.intent == "responsibility"
    assert a.answer.startswith("Chủ tịch Ủy ban nhân dân tỉnh — theo Thông báo 640/TB-VPCP")


def test_a_cited_documents_date_is_no_answer_to_when_it_lapses(conclusion):
    # "08/2021/QĐ- UBND" (a line broken after the hyphen) is still a citation: its date is not the answer
    a = conclusion.ask("TB 640/TB-VPCP: quyết định 08/2021 về định mức máy móc chuyên dùng hết hiệu lực từ bao giờ?")
    assert a.answer.startswith("kể từ ngày 01 tháng 01 năm 2026")


COUNCIL = "# DANH SÁCH Hội đồng thẩm định chỉ số chuyển đổi số cấp xã\n\n" \
    "| STT | Họ và tên | Chức vụ | Đơn vị công tác | Chức danh |\n|---|---|---|---|---|\n" + "".join(
        f"| {i} | {name} | Phó Giám đốc | {unit} | Thành viên Hội đồng |\n" for i, (name, unit) in enumerate([
            ("Nguyễn Văn An", "Sở Y tế"), ("Trần Thị Bình", "Sở Công Thương"), ("Lê Văn Cường", "Sở Xây dựng"),
            ("Phạm Thị Dung", "Sở Nội vụ"), ("Hoàng Văn Em", "Sở Tư pháp"), ("Vũ Thị Giang", "Sở Giáo dục và Đào tạo"),
            ("Đặng Văn Hùng", "Sở Nông nghiệp và Môi trường"), ("Bùi Thị Tuyết Lan", "Sở Tài chính"),
            ("Ngô Văn Khánh", "Sở Văn hóa, Thể thao và Du lịch"), ("Đỗ Thị Loan", "Sở Dân tộc và Tôn giáo"),
            ("Lý Văn Minh", "Công an tỉnh"), ("Mai Thị Nga", "Văn phòng Ủy ban nhân dân tỉnh")], 1))


def test_a_tables_rows_below_its_caption_are_read(answerer_of):
    answerer = answerer_of({"hoi-dong.md": COUNCIL})
    passages = answerer.searcher.store.passages()
    assert [p.passage.kind for p in passages].count("table_row") >= 2  # the rows run over several passages
    a = answerer.ask("Hội đồng thẩm định chỉ số chuyển đổi số cấp xã: thành viên đại diện Sở Tài chính là ai?")
    assert a.answer.startswith("Bùi Thị Tuyết Lan - Phó Giám đốc")


DRUG_FREE = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 912/QĐ-UBND
Lâm Đồng, ngày 20 tháng 12 năm 2025
QUYẾT ĐỊNH
Phê duyệt danh sách địa bàn không ma túy năm 2025
Điều 1. Phê duyệt danh sách 4 xã, phường, đặc khu không ma túy năm 2025 (có danh sách kèm theo).
Điều 2. Kết quả xếp loại: có 40 đơn vị xếp loại Xuất sắc và 01 đơn vị xếp loại Tốt (UBND xã Hàm Kiệm).

# DANH SÁCH xã, phường, đặc khu không ma túy năm 2025

| STT | Đơn vị |
|---|---|
| 1 | Phường Xuân Hương |
| 2 | Xã Lạc Dương |
| 3 | Đặc khu Phú Quý |
| 4 | Xã Tà Năng |
"""


def test_which_local_unit_is_named_with_its_kind(answerer_of):
    answerer = answerer_of({"qd912.txt": DRUG_FREE, "hoi-dong.md": COUNCIL})
    a = answerer.ask("Danh sách địa bàn không ma túy năm 2025 của Lâm Đồng có đặc khu nào?")
    assert a.intent == "general"
    assert a.answer.startswith("Đặc khu Phú Quý — theo Quyết định 912/QĐ-UBND")
    a = answerer.ask("QĐ 912/QĐ-UBND Lâm Đồng: đơn vị duy nhất xếp loại Tốt là xã nào?")
    assert a.answer.startswith("xã Hàm Kiệm — theo Quyết định 912/QĐ-UBND")


PROPAGANDA = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 301/BC-UBND
Lâm Đồng, ngày 05 tháng 9 năm 2025
BÁO CÁO
Kết quả triển khai Đề án 06 tháng 8 năm 2025
III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI
10. Sở Văn hóa, Thể thao và Du lịch
Hướng dẫn các thiết chế văn hóa cơ sở treo khẩu hiệu tuyên truyền về Đề án 06.
11. Báo và Phát thanh, Truyền hình Lâm Đồng
Tăng thời lượng, số lượng tin bài, phóng sự tuyên truyền về tiện ích của tài khoản định danh điện tử trên ứng dụng VNeID.
"""


def test_a_body_of_a_named_kind_asked_to_act_is_a_responsibility(answerer_of):
    answerer = answerer_of({"bc301.txt": PROPAGANDA})
    a = answerer.ask("BC 301 Lâm Đồng: cơ quan báo chí nào được giao tăng thời lượng tin bài tuyên truyền tài khoản định danh điện tử?")
    assert a.intent == "responsibility"
    assert a.answer.startswith("Báo và Phát thanh, Truyền hình Lâm Đồng")



RANKINGS = """# Báo cáo 77/BC-SNV kết quả các chỉ số cải cách hành chính năm 2024 của tỉnh Hà Giang

## 1. Chỉ số PAR Index năm 2024

| STT | Nội dung | Hà Giang / Điểm số | Hà Giang / Chỉ số | Hà Giang / Thứ hạng | Tuyên Quang / Điểm số | Tuyên Quang / Chỉ số | Tuyên Quang / Thứ hạng |
|---|---|---|---|---|---|---|---|
| 1 | Cải cách thể chế | 8,12/10 | 81,2% | 40/63 | 9,01/10 | 90,1% | 12/63 |
| 2 | Cải cách tài chính công | 7,50/12 | 62,5% | 58/63 | 10,2/12 | 85,0% | 20/63 |
"""


def test_a_rank_or_score_is_read_from_the_column_of_the_measure_and_group_asked(answerer_of):
    answerer = answerer_of({"bc77.md": RANKINGS})
    a = answerer.ask("Báo cáo 77/BC-SNV: lĩnh vực cải cách tài chính công của Hà Giang xếp thứ mấy?")
    assert a.answer.startswith("58/63")
    a = answerer.ask("cai cach the che cua tuyen quang duoc bao nhieu diem theo bao cao 77")
    assert a.answer.startswith("9,01/10")
    a = answerer.ask("Trong PAR Index 2024, Hà Giang được bao nhiêu điểm và xếp hạng mấy ở lĩnh vực cải cách thể chế?")
    assert a.answer.startswith("Điểm số 8,12/10, Thứ hạng 40/63")


INVENTORY_TASKS = {
    "qd1627.txt": """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 1627/QĐ-UBND
KẾ HOẠCH
Tổng kiểm kê tài sản công trên địa bàn tỉnh
IV. NHIỆM VỤ CỤ THỂ
1. Sở Tài chính
- Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính.
Thời gian hoàn thành: Trước ngày 31/5/2026.
2. Ủy ban nhân dân các xã, phường
- Tổng hợp kết quả kiểm kê tài sản công theo hướng dẫn của Bộ Tài chính; báo cáo kết quả kiểm kê bằng văn bản gửi về Sở Tài chính.
Thời gian hoàn thành: Trước ngày 15/4/2026.
""",
    "ttr1126.txt": """UBND TỈNH GIA LAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 1126/TTr-SNNMT
TỜ TRÌNH
Về việc phê duyệt Kế hoạch cấp nước an toàn khu vực nông thôn
Sở Nông nghiệp và Môi trường đã xây dựng dự thảo Kế hoạch cấp nước an toàn khu vực nông thôn và gửi lấy ý kiến các sở, ngành tại Văn bản số 512/SNNMT-TL ngày 12/5/2026.
Sở Nông nghiệp và Môi trường kính trình Ủy ban nhân dân tỉnh xem xét, quyết định.
""",
}


def test_a_deadline_asked_of_an_agency_is_its_own_tasks_and_an_act_is_dated_by_its_letter(answerer_of):
    answerer = answerer_of(INVENTORY_TASKS)
    # the Sở's own task, not the communes' report sent to it
    a = answerer.ask("Sở Tài chính Quảng Ngãi phải gửi báo cáo kết quả kiểm kê tài sản công cho Bộ Tài chính trước ngày nào?")
    assert a.answer.startswith("Trước ngày 31/5/2026")
    # the day of the letter the consultation was sent by
    a = answerer.ask("Sở NN&MT Gia Lai gửi lấy ý kiến các sở, ngành về dự thảo kế hoạch cấp nước an toàn nông thôn ngày nào?")
    assert a.answer.startswith("ngày 12/5/2026")


MERGER = {
    "qd1325.txt": """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số:      /QĐ-UBND
QUYẾT ĐỊNH
Về việc cho phép sáp nhập Hội Cựu giáo chức tỉnh Đắk Nông vào Hội Cựu giáo chức tỉnh Lâm Đồng
Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ;
Xét đề nghị của Hội Cựu giáo chức tỉnh Lâm Đồng và Sở Nội vụ tại Tờ trình số 88/TTr-SNV ngày 04 tháng 9 năm 2025.
QUYẾT ĐỊNH:
Điều 1. Cho phép sáp nhập Hội Cựu giáo chức tỉnh Đắk Nông vào Hội Cựu giáo chức tỉnh Lâm Đồng.
""",
    "ttr91.txt": """UBND TỈNH LÂM ĐỒNG
SỞ NỘI VỤ
Số: 91/TTr-SNV
TỜ TRÌNH
Về việc phê duyệt kết quả đại hội Hội Cựu giáo chức tỉnh Lâm Đồng sau sáp nhập
Căn cứ Quyết định số 1325/QĐ-UBND ngày 15/9/2025 của Chủ tịch UBND tỉnh cho phép sáp nhập Hội Cựu giáo chức tỉnh Đắk Nông vào Hội Cựu giáo chức tỉnh Lâm Đồng;
Căn cứ hồ sơ của Hội Cựu giáo chức tỉnh Lâm Đồng sau sáp nhập, Sở Nội vụ thẩm định như sau:
Hội đã tổ chức đại hội sáp nhập đúng quy định tại Quyết định số 1325/QĐ-UBND.
Sở Nội vụ kính trình UBND tỉnh phê duyệt kết quả đại hội sáp nhập Hội Cựu giáo chức tỉnh Lâm Đồng.
""",
}


def test_a_number_the_question_says_is_cited_is_not_the_documents_own(answerer_of):
    answerer = answerer_of(MERGER)
    a = answerer.ask("quyet dinh sap nhap hoi cuu giao chuc lam dong can cu to trinh so may cua so noi vu")
    assert a.answer.startswith("88/TTr-SNV")
    # asked of the Tờ trình alone, what it cites is a Quyết định; it cites no Tờ trình
    alone = answerer_of({"ttr91.txt": MERGER["ttr91.txt"]})
    a = alone.ask("Tờ trình phê duyệt kết quả đại hội Hội Cựu giáo chức căn cứ tờ trình số mấy của Sở Nội vụ?")
    assert not a.answer.startswith("91/TTr-SNV")  # no direct answer: "Theo Tờ trình 91/TTr-SNV: ..."
    a = alone.ask("Tờ trình phê duyệt kết quả đại hội Hội Cựu giáo chức căn cứ quyết định số mấy?")
    assert a.answer.startswith("1325/QĐ-UBND")


TEAM = {
    "qd10797.txt": """HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH GIA LAI
Số: 107/QĐ-HĐTĐ
QUYẾT ĐỊNH
Về việc thành lập Tổ giúp việc của Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh Gia Lai
Điều 1. Thành lập Tổ giúp việc của Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh Gia Lai, gồm các thành viên:
1. Tổ trưởng: Ông Trần Hữu Tuấn - Phó Giám đốc Sở Nội vụ.
2. Các thành viên Tổ giúp việc gồm:
a) Sở Tư pháp
- Ông Nguyễn Tiến Dũng - Phó Chánh Văn phòng Sở.
- Bà Phạm Thị Thu Yến - Phó Trưởng phòng Phổ biến, giáo dục pháp luật.
b) Sở Khoa học và Công nghệ: Ông Nguyễn Xuân Tùng - Trưởng phòng Chuyển đổi số.
Điều 2. Tổ giúp việc có trách nhiệm tham mưu Hội đồng thẩm định tổng hợp, chấm điểm Chỉ số cải cách hành chính.
""",
}


def test_who_an_agency_sends_is_read_from_the_member_list_under_its_name(answerer_of):
    answerer = answerer_of(TEAM)
    a = answerer.ask("so khoa hoc va cong nghe cu ai vao to giup viec hoi dong tham dinh chi so cchc gia lai")
    assert a.answer.startswith("Nguyễn Xuân Tùng - Trưởng phòng Chuyển đổi số")
    assert "Nguyễn Xuân Tùng" in _span(a.citations[0])
    a = answerer.ask("Sở Tư pháp cử những ai tham gia Tổ giúp việc Hội đồng thẩm định Chỉ số CCHC tỉnh Gia Lai?")
    assert a.answer.startswith("Nguyễn Tiến Dũng - Phó Chánh Văn phòng Sở; Phạm Thị Thu Yến")


CITED_LETTERS = {
    "ttr64.txt": """UBND TỈNH HÀ TĨNH
SỞ NỘI VỤ
Số: 64/TTr-SNV
Hà Tĩnh, ngày 20 tháng 3 năm 2025
TỜ TRÌNH
Về việc sửa đổi, bổ sung Điều lệ Quỹ Bảo trợ học sinh tỉnh Hà Tĩnh
1. Về sự cần thiết sửa đổi, bổ sung điều lệ quỹ
Ngày 15/6/2024, Ban Thường vụ Tỉnh ủy ban hành Kết luận số 705-KL/TU về chủ trương hỗ trợ học bổng cho học sinh dân tộc thiểu số học tại các trường chuyên.
Việc chi hỗ trợ học bổng từ nguồn Quỹ Bảo trợ học sinh chưa được quy định trong Điều lệ Quỹ hiện hành.
Sau khi Quỹ bổ sung hồ sơ, ngày 10/01/2025 Sở Nội vụ ban hành Tờ trình số 12/TTr-SNV đề nghị sửa đổi Điều lệ Quỹ; Văn phòng UBND tỉnh đã trả lại hồ sơ để hoàn thiện.
""",
    "cv412.txt": """UBND TỈNH HÀ TĨNH
SỞ NỘI VỤ
Số: 412/SNV-TCBC
V/v ý kiến đối với Đề án tổ chức Đại hội Hội Luật gia tỉnh Hà Tĩnh
Hà Tĩnh, ngày 09 tháng 4 năm 2026
Kính gửi: Sở Tư pháp
Sở Nội vụ nhận được Công văn số 377/STP-BTTP ngày 02/4/2026 của Sở Tư pháp về việc cho ý kiến đối với hồ sơ Đề án tổ chức Đại hội Hội Luật gia tỉnh Hà Tĩnh nhiệm kỳ 2026-2031. Bộ Tư pháp có Công văn số 1200/BTP-PBGDPL ngày 05/3/2026 hướng dẫn tổ chức đại hội hội luật gia các tỉnh (gửi kèm).
Sở Nội vụ thống nhất với phương án nhân sự Ban Chấp hành do Hội Luật gia tỉnh đề xuất.
""",
    "cv4388.txt": """BỘ TÀI CHÍNH
CỤC THUẾ
Số: 4388/CT-CS
V/v chính sách thuế thu nhập cá nhân đối với tiền hỗ trợ điện thoại
Hà Nội, ngày 21 tháng 10 năm 2025
Kính gửi: Công ty Cổ phần Sông Lam
Về vấn đề này, Cục Thuế có ý kiến như sau: Cục Thuế đã có công văn số 4100/CT-CS ngày 03/10/2025 hướng dẫn về khoản chi hỗ trợ tiền điện thoại cho người lao động.
""",
    "qd15.txt": """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 15/QĐ-UBND
Hà Tĩnh, ngày 20 tháng 12 năm 2025
QUYẾT ĐỊNH
Về việc phê duyệt Đề án tổ chức Đại hội hợp nhất Hội Luật gia tỉnh Hà Tĩnh lần thứ I
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Theo đề nghị của Hội Luật gia tỉnh Hà Tĩnh tại Tờ trình số 21/TTr-HLG ngày 28 tháng 11 năm 2025 và Sở Tư pháp tại Tờ trình số 146/TTr-STP ngày 15 tháng 12 năm 2025.
Điều 1. Phê duyệt Đề án tổ chức Đại hội hợp nhất Hội Luật gia tỉnh Hà Tĩnh lần thứ I theo Tờ trình số 21/TTr-HLG.
""",
    "qd77.txt": """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 77/QĐ-UBND
Hà Tĩnh, ngày 02 tháng 7 năm 2025
QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo công tác gia đình tỉnh Hà Tĩnh
Điều 1. Thành lập Ban Chỉ đạo công tác gia đình tỉnh Hà Tĩnh gồm các ông, bà có tên sau đây.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1150/QĐ-UBND ngày 10 tháng 4 năm 2023 của Ủy ban nhân dân tỉnh Hà Tĩnh (cũ) về việc kiện toàn Ban Chỉ đạo công tác gia đình tỉnh Hà Tĩnh; Quyết định số 318/QĐ-UBND ngày 21 tháng 2 năm 2025 của Ủy ban nhân dân tỉnh Quảng Bình (cũ) về việc kiện toàn Ban Chỉ đạo công tác gia đình tỉnh Quảng Bình.
""",
    "cv5210.txt": """BỘ TÀI CHÍNH
CỤC THUẾ
Số: 5210/CT-CS
V/v thuế TNCN đối với thù lao đề tài khoa học.
Hà Nội, ngày 10 tháng 11 năm 2025
Kính gửi: Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam
Cục Thuế nhận được công văn số 2211-CV/MTTW ngày 02/9/2025 của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về việc đề nghị không tính vào thu nhập chịu thuế thu nhập cá nhân các khoản thù lao tham gia đề tài khoa học của cá nhân. Về vấn đề này, Cục Thuế có ý kiến như sau:
- Tại Điều 11 Luật thuế thu nhập cá nhân số 04/2007/QH12 quy định thời điểm xác định thu nhập chịu thuế từ tiền lương, tiền công là thời điểm tổ chức, cá nhân trả thu nhập cho đối tượng nộp thuế hoặc thời điểm đối tượng nộp thuế nhận được thu nhập.
- Tại điểm c khoản 2 Điều 2 Thông tư số 111/2013/TT-BTC ngày 15/8/2013 của Bộ Tài chính quy định tiền thù lao nhận được dưới các hình thức như tiền tham gia các đề tài nghiên cứu khoa học, kỹ thuật; tiền tham gia các dự án, đề án; tiền nhuận bút theo quy định của pháp luật về chế độ nhuận bút là thu nhập từ tiền lương, tiền công.
- Tại Điều 9 Nghị định số 65/2013/NĐ-CP ngày 27/6/2013 của Chính phủ quy định chi tiết một số điều của Luật thuế thu nhập cá nhân, các khoản thu nhập chịu thuế được xác định theo từng lần chi trả và người chi trả có trách nhiệm khấu trừ thuế trước khi chi trả cho cá nhân.
- Bộ Nông nghiệp và Môi trường đã có ý kiến tại công văn số 7730/BNNMT-KHTC ngày 20/10/2025 (bản chụp kèm theo).
Căn cứ các quy định nêu trên, khoản thù lao tham gia đề tài khoa học mà cá nhân nhận được tính vào thu nhập chịu thuế thu nhập cá nhân từ tiền lương, tiền công theo quy định.
Cục Thuế trả lời để Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam được biết./.
""",
}


def test_a_date_asked_of_a_document_the_evidence_cites_is_the_date_it_gives_that_document(answerer_of):
    answerer = answerer_of(CITED_LETTERS)
    a = answerer.ask("Kết luận của Tỉnh ủy Hà Tĩnh về chủ trương hỗ trợ học bổng cho học sinh dân tộc thiểu số ban hành ngày nào?")
    assert a.answer.startswith("15/6/2024 — theo Tờ trình 64/TTr-SNV")
    a = answerer.ask("Tờ trình sửa đổi Điều lệ Quỹ Bảo trợ học sinh Hà Tĩnh ban hành ngày nào?")
    assert a.answer.startswith("ngày 20 tháng 3 năm 2025")
    # a date that opens the clause issuing the number asked about ("ngày 10/01/2025 Sở Nội vụ ban
    # hành Tờ trình số 12/TTr-SNV"), not the date of the Tờ trình that tells of it
    a = answerer.ask("Tờ trình số 12/TTr-SNV đề nghị sửa đổi Điều lệ Quỹ Bảo trợ học sinh (lần trình đầu) được ban hành khi nào?")
    assert a.answer.startswith("10/01/2025 — theo Tờ trình 64/TTr-SNV")
    # "CV của STP" over a letter of the Sở Nội vụ that cites it; "đề ngày nào?" asks the date it bears
    a = answerer.ask("CV của STP đề nghị Sở Nội vụ cho ý kiến Đề án Đại hội Hội Luật gia Hà Tĩnh đề ngày nào?")
    assert a.intent == "general"
    assert a.answer.startswith("02/4/2026 — theo Công văn 412/SNV-TCBC")
    a = answerer.ask("Cục Thuế trả lời về tiền hỗ trợ điện thoại: công văn hướng dẫn trước đó ban hành ngày nào?")
    assert a.answer.startswith("03/10/2025 — theo Công văn 4388/CT-CS")
    # "văn bản nào của Bộ Tư pháp": the number whose sentence names that body
    a = answerer.ask("Sở Nội vụ Hà Tĩnh có nhắc văn bản nào của Bộ Tư pháp hướng dẫn đại hội hội luật gia?")
    assert a.intent == "general"
    assert a.answer.startswith("1200/BTP-PBGDPL")
    # "... trình đề án tại Tờ trình 21/TTr-HLG vào ngày nào?": the date that Tờ trình bears, not
    # the law the decision opens with
    a = answerer.ask("Hội Luật gia tỉnh Hà Tĩnh trình đề án tổ chức Đại hội hợp nhất tại Tờ trình 21/TTr-HLG vào ngày nào?")
    assert a.intent == "deadline"
    assert a.answer.startswith("28 tháng 11 năm 2025 — theo Quyết định 15/QĐ-UBND")
    # "quyết định kiện toàn nào của UBND tỉnh Quảng Bình?": of those the sentence lists, the one
    # whose own clause names that body and province
    a = answerer.ask("Quyết định thành lập Ban Chỉ đạo công tác gia đình tỉnh Hà Tĩnh thay thế quyết định kiện toàn "
                     "nào của UBND tỉnh Quảng Bình cũ?")
    assert a.answer.startswith("318/QĐ-UBND — theo Quyết định 77/QĐ-UBND")
    # ... cited further down the letter than the passage the question's words match best
    a = answerer.ask("Trả lời Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đề nghị không tính các khoản thù lao tham gia "
                     "đề tài khoa học của cá nhân vào thu nhập chịu thuế thu nhập cá nhân, Cục Thuế có nhắc văn bản "
                     "nào của Bộ NN&MT?")
    # quoted in the sentence that cites it, not as the bare number
    assert a.answer.startswith("7730/BNNMT-KHTC — theo Công văn 5210/CT-CS: “- Bộ Nông nghiệp và Môi trường đã có "
                               "ý kiến tại công văn số 7730/BNNMT-KHTC ngày 20/10/2025")
    assert "7730/BNNMT-KHTC" in _span(a.citations[0])


def test_how_a_question_is_worded_is_no_rare_word_that_the_documents_must_have():
    weights = {"dựa": 6.0, "cũ": 6.5, "hai": 5.5, "netflix": 7.0, "hội": 1.0}
    assert rare_words(weights, "Hội hai tỉnh cũ dựa trên nghị định nào để xem Netflix?") == ["netflix"]
    # typed without diacritics, "cu" may be "củ", "cụ": only "dua tren" is wording then
    folded = {"dua": 6.0, "cu": 6.5, "hoi": 1.0}
    assert rare_words(folded, "hoi tinh cu dua tren nghi dinh nao") == ["cu"]
    # "bắt đầu ... từ mấy giờ sáng?" words a time; documents write "vào lúc 07h30"
    timed = {"bắt": 6.0, "sáng": 7.9, "giờ": 5.0, "kayak": 7.0, "hội": 1.0}
    assert rare_words(timed, "Hội kayak bắt đầu đại hội từ mấy giờ sáng?") == ["kayak"]
    # "có sức chứa bao nhiêu chỗ?" asks a capacity that documents write "Hội trường 100 chỗ"
    assert rare_words({"sức": 7.0, "chứa": 7.2, "kayak": 6.0}, "Hội trường hội kayak có sức chứa bao nhiêu chỗ?") == ["kayak"]
    # "đơn vị nào soạn thảo ...?" asks who drafted it, which documents write "đã dự thảo", "xây dựng"
    assert rare_words({"soạn": 7.4, "thảo": 5.0, "kayak": 6.0}, "Đơn vị nào soạn thảo điều lệ hội kayak?") == ["kayak"]


BRIEFING = {
    "tb512.txt": """VĂN PHÒNG CHÍNH PHỦ
Số: 512/TB-VPCP
Hà Nội, ngày 14 tháng 10 năm 2025
THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Trần Văn Nam tại buổi làm việc với tỉnh Hà Tĩnh về vận hành chính quyền địa phương hai cấp
I. VỀ CÁC NHIỆM VỤ THỜI GIAN TỚI
1. Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành hướng dẫn kịp thời chính quyền cấp xã; quan tâm công tác bồi dưỡng, tập huấn chuyên môn, nhất là những lĩnh vực còn thiếu và yếu như: quy hoạch, xây dựng, đất đai, tài chính.
2. Các bộ, ngành hoàn thiện cơ sở dữ liệu chuyên ngành, phối hợp với Bộ Công an, Bộ Khoa học và Công nghệ trong việc kết nối, tích hợp với cơ sở dữ liệu quốc gia về dân cư.
""",
}


def test_items_written_after_the_noun_asked_and_an_abbreviated_title_are_answered(answerer_of):
    answerer = answerer_of(BRIEFING)
    a = answerer.ask("Thông báo 512/TB-VPCP: cần tập huấn cho cán bộ cấp xã ở những lĩnh vực còn yếu nào?")
    assert a.answer.startswith("quy hoạch, xây dựng, đất đai, tài chính — theo Thông báo 512/TB-VPCP")
    # "PTTg" is the Phó Thủ tướng the document names in full, not a word no document has
    a = answerer.ask("Kết luận của PTTg khi làm việc với Hà Tĩnh: để kết nối, tích hợp CSDL quốc gia, "
                     "các bộ phải phối hợp với những bộ nào?")
    assert a.answer.startswith("Bộ Công an, Bộ Khoa học và Công nghệ — theo Thông báo 512/TB-VPCP")


LEAVE = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 72/KH-UBND
KẾ HOẠCH
Phối hợp giữa nhà trường và gia đình năm 2026
1. Ban đại diện cha mẹ học sinh phối hợp với nhà trường nhắc nhở con em chấp hành nội quy.
2. Cán bộ, giáo viên có con nhỏ được bố trí nghỉ phép chăm con theo quy định, tổng cộng không quá 10 ngày mỗi năm.
3. Công ty Thủy điện Hà Giang hỗ trợ kinh phí tổ chức các hoạt động ngoại khóa.
"""


def test_a_name_no_document_has_makes_the_question_off_topic(answerer_of):
    answerer = answerer_of({"kh72.txt": LEAVE})
    # "Thụy Điển" (Sweden) is in no passage, though its accent-free pair is "thủy điện" and
    # the question's other words are all there.
    a = answerer.ask("Ở Thụy Điển, cha mẹ được nghỉ phép chăm con tổng cộng bao nhiêu ngày?")
    assert not a.found
    # A name the documents do have is no such sign.
    a = answerer.ask("Ở Hà Giang, cán bộ có con nhỏ được nghỉ phép chăm con tổng cộng bao nhiêu ngày?")
    assert a.found and a.answer.startswith("không quá 10 ngày")


CLOSING = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 88/QĐ-UBND
QUYẾT ĐỊNH
Về việc cho phép sáp nhập Hội Cựu thanh niên xung phong huyện Yên Minh vào Hội Cựu thanh niên xung phong tỉnh
Điều 1. Cho phép sáp nhập Hội Cựu thanh niên xung phong huyện Yên Minh vào Hội Cựu thanh niên xung phong tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.
Căn cứ tình hình thực tế, Chủ tịch Hội Cựu thanh niên xung phong tỉnh mua sắm, cung cấp trang phục cho hội viên mới.
Biên bản bàn giao hồ sơ, tài sản do hai hội cùng ký.
Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ; Chủ tịch Hội Cựu thanh niên xung phong huyện Yên Minh; Chủ tịch Hội Cựu thanh niên xung phong tỉnh và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


def test_who_executes_a_decision_is_the_list_its_closing_article_gives(answerer_of):
    answerer = answerer_of({"qd88.txt": CLOSING})
    a = answerer.ask("Những ai chịu trách nhiệm thi hành quyết định sáp nhập Hội Cựu thanh niên xung phong huyện Yên Minh?")
    holders = ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ; Chủ tịch Hội Cựu thanh niên xung phong "
               "huyện Yên Minh; Chủ tịch Hội Cựu thanh niên xung phong tỉnh")
    assert a.answer.startswith(holders + " — theo Quyết định 88/QĐ-UBND")
    # The quote starts where the list does, before the ";" that cut the sentence into clauses.
    assert _span(a.citations[0]).startswith("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ;")
    # Another duty is not the closing article's, though "chịu trách nhiệm" opens both.
    a = answerer.ask("Ai chịu trách nhiệm mua sắm, cung cấp trang phục cho hội viên mới của Hội Cựu thanh niên xung phong?")
    assert not a.answer.startswith("Chánh Văn phòng")
    # "do ai ký?" asks for the signer, not a blank to fill.
    assert answerer.ask("Quyết định sáp nhập Hội Cựu thanh niên xung phong huyện Yên Minh do ai ký?").answer.startswith("Nguyễn Văn An")
    # Its effect "kể từ ngày ký", as written, cited where it is written.
    a = answerer.ask("Quyết định sáp nhập Hội Cựu thanh niên xung phong huyện Yên Minh bắt đầu có hiệu lực khi nào?")
    assert a.answer.startswith("kể từ ngày ký ban hành")
    assert _span(a.citations[0]) == "Quyết định này có hiệu lực kể từ ngày ký ban hành."


FEES = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 95/BNNMT-CNTY
Hà Nội, ngày 20 tháng 3 năm 2026
V/v trả lời kiến nghị cử tri tỉnh Hà Giang
Kính gửi: Đoàn đại biểu Quốc hội tỉnh Hà Giang
Ngày 10/01/2026, Bộ đã có Văn bản số 37/BNN-TC về việc tạm thời áp dụng khung giá dịch vụ tiêm phòng cho động vật cho đến khi có văn bản định giá mới được cơ quan có thẩm quyền ban hành.
Mức miễn, giảm được sửa đổi tại Nghị định số 291/2025/NĐ-CP ngày 06/11/2025 (có hiệu lực từ ngày 01/01/2026) của Chính phủ.
Bộ nhận được công văn số 506/HG-NV ngày 30/12/2025 của Thuế tỉnh Hà Giang về miễn giảm lệ phí tiêm phòng cho hộ nghèo.
"""


def test_dates_of_a_letter_the_text_says_and_of_a_decree_it_cites(answerer_of):
    answerer = answerer_of({"cv95.txt": FEES})
    # "đề ngày bao nhiêu?": the letter's own date
    a = answerer.ask("Công văn 95/BNNMT-CNTY trả lời cử tri Hà Giang đề ngày bao nhiêu?")
    assert a.answer.startswith("ngày 20 tháng 3 năm 2026")
    # "áp dụng đến khi nào?" answered by an event, not a date
    a = answerer.ask("Khung giá dịch vụ tiêm phòng cho động vật được tạm thời áp dụng đến khi nào?")
    assert a.answer.startswith("cho đến khi có văn bản định giá mới được cơ quan có thẩm quyền ban hành — ")
    # a decree cited in passing: the date it takes effect, not the first date of the sentence that matched best
    a = answerer.ask("Nghị định 291/2025/NĐ-CP sửa mức miễn giảm lệ phí tiêm phòng cho hộ nghèo ở Hà Giang có hiệu lực từ ngày nào?")
    assert a.answer.startswith("01/01/2026 — ")


DIRECTION = """VĂN PHÒNG CHÍNH PHỦ
Số: 11306/VPCP-NN
Hà Nội, ngày 14 tháng 11 năm 2025
V/v đề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định 136/2025/NĐ-CP
Kính gửi: Bộ Nông nghiệp và Môi trường
Văn phòng Chính phủ nhận văn bản số 16/CV-HHTACN của Hiệp hội Thức ăn Chăn nuôi gửi Thủ tướng Chính phủ Phạm Minh Chính về việc đề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định số 136/2025/NĐ-CP về phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi trường (bản chụp gửi kèm theo), Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến chỉ đạo như sau: Bộ Nông nghiệp và Môi trường nghiên cứu, xử lý theo thẩm quyền.
"""


def test_a_leader_asked_by_title_and_what_a_cited_decree_is_about(answerer_of):
    answerer = answerer_of({"cv11306.txt": DIRECTION})
    # "<chức danh> nào?": the name written after that title, not the Thủ tướng named before it
    a = answerer.ask("Ý kiến chỉ đạo giao Bộ Nông nghiệp và Môi trường xử lý đề xuất của Hiệp hội Thức ăn Chăn nuôi là của Phó Thủ tướng nào?")
    assert a.answer.startswith("Trần Hồng Hà — theo Công văn 11306/VPCP-NN")
    # a decree the letter only cites: what it says that decree is about
    a = answerer.ask("Nghị định 136/2025/NĐ-CP mà Hiệp hội Thức ăn Chăn nuôi đề xuất tháo gỡ khó khăn quy định về vấn đề gì?")
    assert a.answer.startswith("phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi trường — ")
    # "mang ngày tháng năm nào?": the letter's own date
    a = answerer.ask("Công văn 11306/VPCP-NN về tháo gỡ khó khăn triển khai Nghị định 136 mang ngày tháng năm nào?")
    assert a.answer.startswith("ngày 14 tháng 11 năm 2025")


def test_how_a_question_names_a_field_of_work_is_no_sign_of_another_topic():
    from index.answer import rare_words

    # "mảng" (a field of work, which documents call "công tác" or "lĩnh vực") is wording; "mạng"
    # (network), typed the same without diacritics, is not skipped.
    assert rare_words({"mảng": 8.0, "netflix": 9.0}, "Mảng chuyển đổi số do sở nào phụ trách trên Netflix?") == ["netflix"]
    assert rare_words({"mạng": 8.0}, "Mạng 5G ở Hà Giang do sở nào phụ trách?") == ["mạng"]


COMPLAINT = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 40/UBND-NC
Hà Giang, ngày 10 tháng 10 năm 2025
V/v ý kiến về vụ khiếu nại của bà Lò Thị Mai
I. QUÁ TRÌNH GIẢI QUYẾT
Ngày 27/3/2024, Chủ tịch Ủy ban nhân dân thành phố tổ chức đối thoại với bà Lò Thị Mai (ủy quyền cho ông Lò Văn Páo) và ban hành Quyết định số 810/QĐ-UBND.
II. Ủy ban nhân dân tỉnh
Sở Tài nguyên và Môi trường đã xác minh và tổ chức đối thoại với ông Lò Văn Páo ngày 01/8/2024, đề nghị Ủy ban nhân dân thành phố Hà Giang chỉ đạo Phòng Tài nguyên và Môi trường rà soát hồ sơ.
"""


def test_a_sentence_opening_with_the_asked_agency_is_that_agencys_act_whatever_its_heading(answerer_of):
    answerer = answerer_of({"cv40.txt": COMPLAINT})
    a = answerer.ask("Sở TN&MT tổ chức đối thoại với ông Lò Văn Páo, người được bà Lò Thị Mai ủy quyền, vào ngày nào?")
    assert a.answer.startswith("ngày 01/8/2024 — ")


STEPS = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 2904/QĐ-UBND
QUYẾT ĐỊNH
Phê duyệt quy trình nội bộ cấp Giấy chứng nhận lưu hành tự do (CFS) lĩnh vực xuất bản
Quy trình nội bộ giải quyết thủ tục hành chính được thực hiện theo các bước sau.

B5

Xem xét, trình lãnh đạo cơ quan phê duyệt Văn bản đề nghị UBND tỉnh xem xét kết quả giải quyết TTHC.

Lãnh đạo cơ quan

0,5 ngày

Mẫu 05 và Văn bản đề nghị UBND tỉnh xem xét cấp giấy chứng nhận.

B6

UBND tỉnh xem xét phê duyệt kết quả giải quyết thủ tục hành chính

Lãnh đạo UBND tỉnh

1,5 ngày

Mẫu 05 và Giấy chứng nhận lưu hành tự do (CFS).
"""

LETTER = """VĂN PHÒNG CHÍNH PHỦ
Số: 11520/VPCP-CN
V/v Chỉ thị về việc đẩy mạnh sử dụng nhiên liệu sinh học
Kính gửi: Bộ Công Thương.
Xét đề nghị của Bộ Công Thương về dự thảo Chỉ thị của Thủ tướng Chính phủ về nhiên liệu sinh học, Phó Thủ tướng có ý kiến: Bộ Công Thương hoàn thiện dự thảo Chỉ thị, trình Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2025.
Nơi nhận:
- Như trên;
- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp, PCN Phạm Mạnh Cường, các Vụ: TH, KTTH;
- Lưu: VT, CN.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Phạm Mạnh Cường
"""


def test_a_step_s_time_alone_in_its_cell_and_a_signer_cited_under_the_signature(answerer_of):
    answerer = answerer_of({"qd2904.txt": STEPS, "vpcp11520.txt": LETTER})
    a = answerer.ask("Bước UBND tỉnh xem xét phê duyệt kết quả giải quyết thủ tục được bố trí bao nhiêu thời gian?")
    assert a.answer.startswith("1,5 ngày — theo Quyết định 2904/QĐ-UBND")
    # "do lãnh đạo nào ... ký?" asks for the signer; the name is cited where it is signed, not
    # where the list of recipients names it
    a = answerer.ask("Văn bản 11520/VPCP-CN về nhiên liệu sinh học do lãnh đạo nào của VPCP ký?")
    assert a.answer == "Phạm Mạnh Cường — theo Công văn 11520/VPCP-CN: “Phạm Mạnh Cường”"
    assert "PCN Nguyễn Sỹ Hiệp" not in _span(a.citations[0])


PROCEDURES = """ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
Số: 1973/QĐ-UBND
QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính lĩnh vực giám định thuộc phạm vi quản lý của Sở Y tế
Căn cứ Quyết định số 3574/QĐ-BYT ngày 19/11/2025 của Bộ trưởng Bộ Y tế về việc công bố thủ tục hành chính;
Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 2930/TTr-SYT ngày 27/11/2025.
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực giám định.
Stt: 1; Tên TTHC: Bổ nhiệm giám định viên pháp y và pháp y tâm thần; Cơ quan thực hiện: Sở Y tế tỉnh Hưng Yên; Thời hạn giải quyết: 20 ngày.
Stt: 2; Tên TTHC: Miễn nhiệm giám định viên pháp y và pháp y tâm thần; Cơ quan thực hiện: Sở Y tế tỉnh Hưng Yên; Thời hạn giải quyết: 10 ngày.
"""


def test_the_day_of_the_paper_an_act_was_done_by_is_read_from_a_weak_preamble(answerer_of):
    answerer = answerer_of({"qd1973.txt": PROCEDURES})
    a = answerer.ask("Sở Y tế Hưng Yên trình công bố danh mục thủ tục bổ nhiệm, miễn nhiệm giám định viên pháp y "
                     "và pháp y tâm thần bằng tờ trình ngày nào?")
    assert a.answer.startswith("ngày 27/11/2025 — theo Quyết định 1973/QĐ-UBND")


AIMS = {
    "snnmt8708.txt": """UBND TỈNH GIA LAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 8708/SNNMT-QLĐĐ
V/v triển khai quy định về các thửa đất nhỏ hẹp, nằm xen kẹt
Kính gửi: Sở Xây dựng; UBND các xã, phường.
Ngày 20/7/2026, UBND tỉnh ban hành Quyết định số 118/2026/QĐ-UBND quy định về các thửa đất nhỏ hẹp, nằm xen kẹt.
Nhằm khắc phục tình trạng các thửa đất nhỏ hẹp do Nhà nước quản lý bị bỏ hoang, bị lấn chiếm trái phép; đồng thời tăng nguồn thu cho ngân sách nhà nước; Sở Nông nghiệp và Môi trường đề nghị Sở Xây dựng và UBND các xã, phường phối hợp triển khai Quyết định số 118/2026/QĐ-UBND.
""",
    "vpcp11298.txt": """VĂN PHÒNG CHÍNH PHỦ
Số: 11298/VPCP-KTTH
V/v động lực tăng trưởng kinh tế những tháng cuối năm 2025
Kính gửi: Các Bộ, cơ quan ngang Bộ.
Xét báo cáo của Bộ Tài chính về động lực tăng trưởng, Thủ tướng Chính phủ yêu cầu các Bộ, cơ quan ngang Bộ chủ động rà soát, cập nhật, điều chỉnh các kế hoạch, chương trình hành động để bảo đảm thực hiện ở mức cao nhất mục tiêu tăng trưởng năm 2025.
""",
}


def test_a_reason_given_as_the_aim_a_sentence_opens_with_and_a_purpose_after_de(answerer_of):
    answerer = answerer_of(AIMS)
    a = answerer.ask("Sở NN&MT Gia Lai nêu lý do gì khi đề nghị Sở Xây dựng và các xã triển khai QĐ 118/2026 về thửa đất nhỏ hẹp?")
    assert a.answer.startswith("khắc phục tình trạng các thửa đất nhỏ hẹp do Nhà nước quản lý bị bỏ hoang, "
                               "bị lấn chiếm trái phép — theo Công văn 8708/SNNMT-QLĐĐ")
    a = answerer.ask("Các bộ rà soát, điều chỉnh kế hoạch, chương trình hành động nhằm mục đích gì (văn bản 11298)?")
    assert a.answer.startswith("bảo đảm thực hiện ở mức cao nhất mục tiêu tăng trưởng năm 2025 — theo Công văn 11298/VPCP-KTTH")


POWERS = """UBND TỈNH LÂM ĐỒNG
SỞ NỘI VỤ
Số: 21/QĐ-SNV
QUYẾT ĐỊNH
Về việc phê duyệt thành viên và ban hành Quy chế hoạt động Tổ giúp việc về Cải cách hành chính tỉnh Lâm Đồng
Căn cứ Quyết định số 1716/QĐ-UBND ngày 16/10/2025 của UBND tỉnh về việc thành lập Ban Chỉ đạo tỉnh;
Điều 1. Phê duyệt thành viên Tổ giúp việc và ban hành kèm theo Quyết định này Quy chế hoạt động của Tổ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
QUY CHẾ
Hoạt động của Tổ giúp việc về Cải cách hành chính tỉnh Lâm Đồng
(Kèm theo Quyết định số 21/QĐ-SNV của Sở Nội vụ)
Chương I
NHIỆM VỤ, QUYỀN HẠN VÀ CHẾ ĐỘ LÀM VIỆC
1. Nhiệm vụ
Tổ giúp việc có nhiệm vụ giúp Ban Chỉ đạo về công tác cải cách hành chính của tỉnh:
1. Tham mưu, đề xuất các chủ trương, chính sách và nhiệm vụ, giải pháp để đẩy mạnh công tác cải cách hành chính của tỉnh.
2. Tham mưu Trưởng ban giao nhiệm vụ cho các sở, ban, ngành và địa phương thực hiện các quyền hạn được phân cấp.
2. Quyền hạn
Tổ giúp việc có các quyền hạn sau:
1. Được mời tham dự các cuộc họp do Ban Chỉ đạo chủ trì, các cuộc họp của các cơ quan, đơn vị, địa phương có nội dung liên quan đến nhiệm vụ của Ban Chỉ đạo.
2. Liên hệ làm việc với các cơ quan, đơn vị, địa phương và các tổ chức, cá nhân liên quan để thu thập thông tin, tài liệu phục vụ cho việc thực hiện các nhiệm vụ do Ban Chỉ đạo giao.
3. Chế độ làm việc
1. Tổ giúp việc làm việc theo chế độ kiêm nhiệm.
Chương II
TRÁCH NHIỆM CỦA CÁC THÀNH VIÊN
4. Trách nhiệm của Tổ trưởng
1. Quyết định những vấn đề thuộc nhiệm vụ, quyền hạn của Tổ giúp việc về Cải cách hành chính.
"""


def test_what_a_heading_s_list_holds_is_quoted_from_the_line_that_announces_it(answerer_of):
    answerer = answerer_of({"quyche.txt": POWERS})
    a = answerer.ask("Quy chế hoạt động Tổ giúp việc về Cải cách hành chính tỉnh Lâm Đồng quy định tổ có những quyền hạn gì?")
    assert _span(a.citations[0]).startswith("Tổ giúp việc có các quyền hạn sau:\n1. Được mời tham dự các cuộc họp")
    assert "Được mời tham dự các cuộc họp do Ban Chỉ đạo chủ trì" in a.answer
    # short items after the announcing line are listed
    from index.lists import listed_items

    passage = "2. Quyền hạn\nTổ có các quyền hạn sau:\n1. Được mời dự họp;\n2. Được yêu cầu cung cấp thông tin."
    found = listed_items(passage, "Chương I › 2. Quyền hạn", "Tổ có những quyền hạn gì?")
    assert found and found[2] == "Được mời dự họp; Được yêu cầu cung cấp thông tin"


BUILDING_DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
Số: 07/CT-UBND
CHỈ THỊ
Về tăng cường phối hợp trong cấp giấy phép xây dựng
I. Trách nhiệm phối hợp trong công tác cấp giấy phép xây dựng
1. Các cơ quan cấp giấy phép xây dựng (Sở Xây dựng, Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp, Ủy ban nhân dân cấp xã):
a) Là đầu mối tiếp nhận hồ sơ, tổ chức lấy ý kiến các cơ quan liên quan và cấp giấy phép xây dựng theo thẩm quyền.
b) Theo dõi, đôn đốc các cơ quan có ý kiến đúng thời hạn.
2. Các sở, ban, ngành
Cho ý kiến về nội dung thuộc phạm vi quản lý ngành trong thời hạn quy định.
"""


def test_a_group_heading_answers_with_the_members_its_brackets_list(answerer_of):
    answerer = answerer_of({"chithi.txt": BUILDING_DIRECTIVE})
    a = answerer.ask("Cơ quan nào là đầu mối tiếp nhận hồ sơ và cấp giấy phép xây dựng?")
    # the heading is cut to 90 characters in the section path; its members are read from the text
    assert a.citations[0].section.endswith("…")
    assert a.answer.startswith("Các cơ quan cấp giấy phép xây dựng (Sở Xây dựng, Ban Quản lý Khu kinh tế Nghi Sơn "
                               "và các khu công nghiệp, Ủy ban nhân dân cấp xã).")


RESERVOIRS = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HUẾ
Số: 04/CT-UBND
CHỈ THỊ
Về quản lý, khai thác nước các hồ chứa
1. Tuân thủ quy trình vận hành hồ chứa đã được phê duyệt. Ưu tiên nước của các hồ chứa cho việc cấp nước sinh hoạt, tưới cho cây trồng vụ Hè Thu.
2. Hạn chế khai thác nước của các hồ chứa để phục vụ cho mục đích nuôi trồng thủy sản tại những khu vực đã có nguồn nước khác.
"""


def test_the_kind_a_question_asks_for_is_not_a_word_the_evidence_must_hold(answerer_of):
    answerer = answerer_of({"hochua.txt": RESERVOIRS})
    a = answerer.ask("Nước của các hồ chứa được ưu tiên dành cho những mục đích nào?")
    assert "Ưu tiên nước của các hồ chứa cho việc cấp nước sinh hoạt" in a.answer


DISSOLUTION_SUBMISSION = """UBND TỈNH ĐẮK LẮK
SỞ NỘI VỤ
Số: 143/TTr-SNV
Đắk Lắk, ngày 03 tháng 3 năm 2026
TỜ TRÌNH
Về việc giải thể Hội Sinh vật cảnh huyện Cư Kuin
1. Ngày 30/8/2025, Sở Nội vụ nhận được Đơn đề nghị của Hội Sinh vật cảnh huyện Cư Kuin về việc giải thể Hội Sinh vật cảnh huyện Cư Kuin.
2. Về hồ sơ đề nghị giải thể Hội Sinh vật cảnh huyện Cư Kuin
- Có Nghị quyết của Ban Chấp hành Hội Sinh vật cảnh huyện Cư Kuin về đề nghị giải thể hội;
- Có đơn đề nghị giải thể hội;
Tại thời điểm giải thể, Hội Sinh vật cảnh huyện Cư Kuin không có tài sản, tài chính cần xử lý.
Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, ký quyết định giải thể Hội Sinh vật cảnh huyện Cư Kuin.
GIÁM ĐỐC
Nguyễn Đức Vũ
"""

DISSOLVING_DECISION = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK
Số: 210/QĐ-UBND
Đắk Lắk, ngày 10 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc giải thể Hội Sinh vật cảnh huyện Cư Kuin
Điều 1. Giải thể Hội Sinh vật cảnh huyện Cư Kuin.
Điều 2. Quyết định này có hiệu lực từ ngày 10/3/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Văn Tuấn
"""


def test_who_signed_a_decision_is_read_from_the_decision_not_the_submission_about_it(answerer_of):
    answerer = answerer_of({"totrinh.txt": DISSOLUTION_SUBMISSION, "quyetdinh.txt": DISSOLVING_DECISION})
    a = answerer.ask("Quyết định giải thể Hội Sinh vật cảnh huyện Cư Kuin do ai ký?")
    assert a.answer.startswith("Đinh Văn Tuấn")
    a = answerer.ask("Ai ký tờ trình đề nghị giải thể Hội Sinh vật cảnh huyện Cư Kuin?")
    assert a.answer.startswith("Nguyễn Đức Vũ")


BAR_CONGRESS = """UBND TỈNH ĐẮK LẮK
SỞ NỘI VỤ
Số: 1578/SNV-TCBC
V/v cho ý kiến đối với Đề án tổ chức Đại hội của Hội Luật gia tỉnh
Đắk Lắk, ngày 01 tháng 4 năm 2026
Sở Nội vụ nhận được Công văn số 880/STP-BTTP ngày 30/3/2026 của Sở Tư pháp về việc cho ý kiến đối với hồ sơ xin phê duyệt Đề án tổ chức Đại hội Hội Luật gia tỉnh Đắk Lắk, nhiệm kỳ 2026 - 2031.
Sở Nội vụ thống nhất với nội dung Đề án.
"""


def test_which_term_of_office_is_asked_as_a_span_of_years(answerer_of):
    answerer = answerer_of({"1578.txt": BAR_CONGRESS})
    a = answerer.ask("Đại hội Hội Luật gia tỉnh Đắk Lắk được tổ chức cho nhiệm kỳ nào?")
    assert a.intent == "deadline"
    assert a.answer.startswith("nhiệm kỳ 2026 - 2031 — theo Công văn 1578/SNV-TCBC")


MINING_REPORT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 512/BC-UBND
Quảng Trị, ngày 02 tháng 12 năm 2026
BÁO CÁO
Kết quả rà soát địa bàn trọng điểm về khai thác khoáng sản trái phép năm 2026
I. KẾT QUẢ PHÂN LOẠI
- Tổng số xã trọng điểm về khai thác khoáng sản trái phép được xác định năm 2026: 24 xã (loại I: 07 xã, loại II: 17 xã).
- Tỷ lệ số xã trọng điểm về khai thác khoáng sản trái phép loại II năm 2026: 03 xã/ 78 xã = 3,8%.
"""

MINING_DECISION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 1440/QĐ-UBND
Quảng Trị, ngày 20 tháng 12 năm 2026
QUYẾT ĐỊNH
Phê duyệt danh sách địa bàn trọng điểm về khai thác khoáng sản trái phép năm 2026
Điều 1. Phê duyệt danh sách địa bàn trọng điểm về khai thác khoáng sản trái phép năm 2026, cụ thể như sau:
1. Danh sách 17 xã trọng điểm về khai thác khoáng sản trái phép (Có phụ lục kèm theo).
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_what_a_document_of_a_named_type_says_is_read_from_that_type(answerer_of):
    answerer = answerer_of({"bc512.txt": MINING_REPORT, "qd1440.txt": MINING_DECISION})
    # the decision's list, not the report's counts by class on the same matter
    a = answerer.ask("Quyết định của UBND tỉnh Quảng Trị năm 2026 xác định bao nhiêu xã trọng điểm về khai thác "
                     "khoáng sản trái phép?")
    assert a.answer.startswith("17 xã trọng điểm — theo Quyết định 1440/QĐ-UBND")
    # and the report's figure when the report is what the question names
    a = answerer.ask("Báo cáo của UBND tỉnh Quảng Trị năm 2026 xác định bao nhiêu xã trọng điểm về khai thác "
                     "khoáng sản trái phép?")
    assert a.answer.startswith("24 xã (loại I: 07 xã, loại II: 17 xã) — theo Báo cáo 512/BC-UBND")


TRAFFIC_REPEAL = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 45/QĐ-UBND
Hà Tĩnh, ngày 10 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc bãi bỏ các quyết định quy phạm pháp luật trong lĩnh vực giao thông
Điều 1. Bãi bỏ các quyết định quy phạm pháp luật do UBND tỉnh Hà Tĩnh ban hành trong lĩnh vực giao thông, cụ thể như sau:
1. Quyết định số 12/2010/QĐ-UBND ngày 05/4/2010 của UBND tỉnh Hà Tĩnh ban hành Quy định quản lý bến khách ngang sông;
2. Quyết định số 30/2014/QĐ-UBND ngày 18/7/2014 của UBND tỉnh Hà Tĩnh về giá cước vận tải hàng hóa bằng ô tô;
a) áp dụng cho tuyến nội tỉnh;
3. Quyết định số 07/2019/QĐ-UBND ngày 22/02/2019 của UBND tỉnh Hà Tĩnh ban hành Quy chế quản lý đường thủy nội địa.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 3 năm 2026.
"""


def test_how_many_items_an_announced_list_has(answerer_of):
    answerer = answerer_of({"qd45.txt": TRAFFIC_REPEAL})
    # no sentence writes "03 quyết định": the numbered items under the announcing sentence are counted
    a = answerer.ask("UBND tỉnh Hà Tĩnh bãi bỏ bao nhiêu quyết định quy phạm pháp luật về giao thông?")
    assert a.answer.startswith("3 quyết định. Theo Quyết định 45/QĐ-UBND: “Bãi bỏ các quyết định quy phạm pháp luật")


PILOT = {"bc88.txt": """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 88/BC-UBND
Hà Tĩnh, ngày 12 tháng 12 năm 2025
BÁO CÁO
Công tác cải cách hành chính năm 2025
1. Về mô hình, sáng kiến mới trong cải cách hành chính
Ủy ban nhân dân tỉnh ban hành Quyết định số 512/QĐ-UBND ngày 02/9/2025 về việc thí điểm các sáng kiến nâng cao sự hài lòng của người dân, thời gian thí điểm từ ngày 08/9/2025 đến ngày 31/10/2025. Các sáng kiến triển khai thí điểm gồm: “Một cửa không chờ”, “Giấy tờ số một lần”, “Trả kết quả tận nhà” đối với các thủ tục thuộc thẩm quyền của Sở Xây dựng.
2. Về kiểm soát thủ tục hành chính
Các sở đã rà soát 120 thủ tục hành chính.
"""}


def test_the_time_asked_from_the_sentence_beside_the_best(answerer_of):
    answerer = answerer_of(PILOT)
    # the sentence naming the pilots gives no time; the one before it in the passage does
    a = answerer.ask("Sáng kiến “Một cửa không chờ”, “Trả kết quả tận nhà” ở Hà Tĩnh được thí điểm trong thời gian nào?")
    assert a.answer.startswith("từ ngày 08/9/2025 đến ngày 31/10/2025 — theo Báo cáo 88/BC-UBND")



def test_owner_of_a_listed_task_is_named_by_the_list_announcement(answerer_of):
    answerer = answerer_of({"qd45.txt": DELEGATION})
    # the item names no one; the sentence announcing the list delegates to an agency's head
    for question in ("UBND tỉnh Hà Giang ủy quyền cho ai cấp lại giấy chứng nhận đăng ký hoạt động thử nghiệm?",
                     "Ai được ủy quyền cấp lại giấy chứng nhận đăng ký hoạt động thử nghiệm?"):
        a = answerer.ask(question)
        assert a.intent == "responsibility"
        assert a.answer.startswith("Giám đốc Sở Khoa học và Công nghệ. Theo Quyết định 45/2025/QĐ-UBND: “2. Cấp lại")



MERIT_TITLE = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 21/2025/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Quy chế xét tặng danh hiệu Công dân ưu tú tỉnh Hòa Bình
Điều 5. Hồ sơ đề nghị xét tặng danh hiệu Công dân ưu tú
1. Hồ sơ đề nghị xét tặng danh hiệu Công dân ưu tú gồm:
a) Tờ trình đề nghị xét tặng danh hiệu Công dân ưu tú của cơ quan, đơn vị.
b) Biên bản họp xét đề nghị xét tặng danh hiệu Công dân ưu tú.
c) Báo cáo thành tích của cá nhân đề nghị xét tặng danh hiệu Công dân ưu tú.
d) Bản sao các hình thức khen thưởng trong hồ sơ đề nghị xét tặng danh hiệu Công dân ưu tú.
đ) Xác nhận nơi cư trú trong hồ sơ đề nghị xét tặng danh hiệu Công dân ưu tú.
e) Xác nhận chấp hành pháp luật về thuế trong hồ sơ đề nghị xét tặng danh hiệu Công dân ưu tú.
g) Xác nhận chấp hành pháp luật về bảo hiểm trong hồ sơ đề nghị xét tặng danh hiệu Công dân ưu tú.
h) Ý kiến của cơ quan quản lý về hồ sơ đề nghị xét tặng danh hiệu Công dân ưu tú.
i) Bản tóm tắt quá trình công tác trong hồ sơ đề nghị xét tặng danh hiệu Công dân ưu tú.
k) Ảnh chân dung kèm hồ sơ đề nghị xét tặng danh hiệu Công dân ưu tú.
l) Danh sách trích ngang trong hồ sơ đề nghị xét tặng danh hiệu Công dân ưu tú.
m) Tài liệu khác có liên quan trong hồ sơ đề nghị xét tặng danh hiệu Công dân ưu tú.
2. Thời gian nộp hồ sơ
Các sở, ngành, Ủy ban nhân dân các xã gửi hồ sơ về Sở Nội vụ trước ngày 15 tháng 4 hằng năm.
"""


def test_a_deadline_question_reads_the_time_from_a_close_sentence_below_many_that_give_none(answerer_of):
    answerer = answerer_of({"qd21.txt": MERIT_TITLE})
    a = answerer.ask("thoi han nop ho so de nghi xet tang danh hieu cong dan uu tu tinh hoa binh")
    assert a.answer.startswith("trước ngày 15 tháng 4 hằng năm — theo Quyết định 21/2025/QĐ-UBND")
    assert _span(a.citations[0]).startswith("Các sở, ngành, Ủy ban nhân dân các xã gửi hồ sơ về Sở Nội vụ")


OPENING_WORKS = """THỦ TƯỚNG CHÍNH PHỦ
Số: 230/CĐ-TTg
CÔNG ĐIỆN
Về tổ chức khánh thành, khởi công các công trình, dự án chào mừng Đại hội
1. Qua rà soát của Bộ Xây dựng, một số công trình, dự án có kế hoạch khánh thành, khởi công dịp 02/9/2025 nhưng chưa được các địa phương gửi báo cáo.
2. Các bộ, ngành, địa phương rà soát, gửi báo cáo về Bộ Xây dựng chậm nhất ngày 20 tháng 8 năm 2025.
"""


def test_a_day_the_question_names_is_not_the_deadline_it_asks_for(answerer_of):
    answerer = answerer_of({"cd230.txt": OPENING_WORKS})
    a = answerer.ask("Công điện 230/CĐ-TTg: hạn chót gửi báo cáo công trình khánh thành, khởi công dịp 2/9 về Bộ Xây dựng là ngày nào?")
    assert a.answer.startswith("chậm nhất ngày 20 tháng 8 năm 2025 — theo Công điện 230/CĐ-TTg")


LAWYERS_CONGRESS = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
Số: 312/QĐ-UBND
QUYẾT ĐỊNH
Phê duyệt Đề án tổ chức Đại hội Đoàn Luật sư tỉnh Khánh Hòa lần thứ II
Điều 1. Phê duyệt Đề án tổ chức Đại hội Đoàn Luật sư tỉnh Khánh Hòa lần thứ II, nhiệm kỳ 2026 - 2031.
Điều 2. Ban Chủ nhiệm Đoàn Luật sư tỉnh Khánh Hòa có trách nhiệm tổ chức Đại hội Đoàn Luật sư tỉnh theo Điều lệ và Đề án được phê duyệt.
Điều 3. Trong thời hạn 07 ngày làm việc kể từ ngày kết thúc Đại hội, Ban Chủ nhiệm báo cáo kết quả Đại hội kèm theo biên bản Đại hội, Nghị quyết Đại hội và danh sách Ban Chủ nhiệm để Ủy ban nhân dân tỉnh phê chuẩn.
"""


def test_what_is_sent_with_a_report_is_read_after_kem_theo(answerer_of):
    answerer = answerer_of({"qd312.txt": LAWYERS_CONGRESS})
    a = answerer.ask("Sau Đại hội Đoàn Luật sư tỉnh Khánh Hòa, Ban Chủ nhiệm phải báo cáo kèm những tài liệu gì?")
    assert a.answer.startswith("biên bản Đại hội, Nghị quyết Đại hội và danh sách Ban Chủ nhiệm — theo Quyết định 312/QĐ-UBND")


STATIONS_5G = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: 987/KH-UBND
KẾ HOẠCH
Phát triển hạ tầng 5G tại các khu công nghiệp giai đoạn 2026 - 2030
I. HIỆN TRẠNG
Hiện nay, tổng số trạm BTS 3G/4G và các trạm 5G lắp đặt trong các KCN đã đi vào hoạt động là 87 trạm.
II. KẾ HOẠCH GIAI ĐOẠN 2026 - 2030
1. Xây dựng trạm 5G
+ Đầu tư mới trạm 5G: 35 trạm (Trong đó: MobiFone: 09 trạm, Viettel: 26 trạm);
+ Chuyển đổi từ trạm 3G/4G sang trạm 5G: 125 trạm (Trong đó: MobiFone: 22 trạm, VNPT: 56 trạm, Viettel: 47 trạm), nâng tổng số trạm 5G: 188 trạm.
"""


def test_what_a_figure_is_raised_to_is_not_the_present_one_nor_a_share_of_it(answerer_of):
    answerer = answerer_of({"kh987.txt": STATIONS_5G})
    a = answerer.ask("Theo KH 987 Nghệ An, tổng số trạm 5G tại các KCN giai đoạn 2026-2030 được nâng lên bao nhiêu?")
    assert a.answer.startswith("188 trạm — theo Kế hoạch 987/KH-UBND")


FISH_FARM_MONITORING = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
Số: 235/KH-UBND
KẾ HOẠCH
Quan trắc, cảnh báo môi trường nuôi trồng thủy sản năm 2026
1. Môi trường ao nuôi tôm
- Điểm quan trắc: quan trắc môi trường nước trong ao nuôi đại diện ở 21 vùng nuôi tôm nước lợ tập trung của 14 xã.
- Đối tượng quan trắc năm 2026: môi trường ao nuôi tôm nước lợ đại diện tại 21 ao nuôi, lấy 01 mẫu mỗi ao.
- Thông số, tần suất: pH, độ mặn, DO quan trắc với tần suất 2 lần/tháng; thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026; số lượng mẫu quan trắc 336 mẫu/năm.
2. Tổ chức thực hiện
Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:
- Lập dự toán kinh phí, tổ chức quan trắc môi trường ao nuôi tôm.
"""


def test_a_count_named_before_bao_nhieu_is_what_is_counted(answerer_of):
    answerer = answerer_of({"kh235.txt": FISH_FARM_MONITORING})
    a = answerer.ask("so luong mau quan trac moi truong ao nuoi tom nuoc lo tinh thanh hoa nam 2026 la bao nhieu")
    assert a.answer.startswith("336 mẫu — theo Kế hoạch 235/KH-UBND")
    a = answerer.ask("Sở NN&MT Thanh Hóa chỉ đạo đơn vị nào thực hiện quan trắc, cảnh báo môi trường nuôi trồng thủy sản năm 2026?")
    assert a.answer.startswith("Chi cục Biển đảo và Thủy sản — theo Kế hoạch 235/KH-UBND")


FLOOD_TELEGRAM = """THỦ TƯỚNG CHÍNH PHỦ
Số: 217/CĐ-TTg
CÔNG ĐIỆN
Về tập trung ứng phó mưa lũ tại khu vực miền Trung
Theo dự báo của cơ quan khí tượng thủy văn, từ tối nay đến ngày 18/11/2025 khu vực từ Quảng Trị đến Đà Nẵng và phía đông tỉnh Quảng Ngãi có mưa to đến rất to, có nơi trên 300mm.
Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh Quảng Trị, Quảng Ngãi và thành phố Đà Nẵng chỉ đạo sơ tán người dân khỏi vùng nguy hiểm.
"""

VEGETABLE_ASSOCIATION = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 1520/QĐ-UBND
QUYẾT ĐỊNH
Về việc giải thể Hiệp hội rau quả Đà Lạt
Điều 1. Giải thể Hiệp hội rau quả Đà Lạt kể từ ngày ký Quyết định này.
Điều 2. Sở Nội vụ có trách nhiệm thông báo việc giải thể Hiệp hội rau quả Đà Lạt trên Cổng thông tin điện tử tỉnh.
"""


def test_a_town_or_country_the_question_names_is_answered_from_documents_naming_it_or_not_at_all(answerer_of):
    answerer = answerer_of({"cd217.txt": FLOOD_TELEGRAM, "qd1520.txt": VEGETABLE_ASSOCIATION})
    assert_answers_start(answerer, ("du bao thoi tiet da lat tuan toi co mua khong",
                                    "Dự báo thời tiết Đà Lạt tuần tới có mưa to không?"),
                         "Các văn bản về Đà Lạt đã nạp không có thông tin trả lời câu hỏi này.")
    a = answerer.ask("Cơ quan nào thông báo việc giải thể Hiệp hội rau quả Đà Lạt?")
    assert a.answer.startswith("Sở Nội vụ — theo Quyết định 1520/QĐ-UBND")
    # a country, likewise, typed in lower case or without diacritics too
    a = answerer.ask("Dự báo thời tiết ở Nhật Bản tuần tới có mưa to không?")
    assert a.answer.startswith("Không tìm thấy văn bản nào về Nhật Bản trong các văn bản đã nạp.")
    assert_answers_start(answerer, ("dự báo thời tiết ở hàn quốc tuần tới có mưa to không",
                                    "du bao thoi tiet o han quoc tuan toi co mua to khong"),
                         "Không tìm thấy văn bản nào về Hàn Quốc trong các văn bản đã nạp.")


EXTENSION = """UBND TỈNH BÌNH ĐỊNH
SỞ NỘI VỤ
Số: 253/TTr-SNV
Bình Định, ngày 22 tháng 01 năm 2025
TỜ TRÌNH
Về việc đề xuất gia hạn thời gian tổ chức đại hội nhiệm kỳ V của Hiệp hội Doanh nghiệp tỉnh
1. Căn cứ pháp lý
Khoản 4 Điều 19 Nghị định số 126/2024/NĐ-CP quy định: Hội chưa tổ chức được đại hội thì xem xét cho phép gia hạn. Thời gian gia hạn không quá 12 tháng;
2. Đề nghị của Hiệp hội Doanh nghiệp tỉnh
Hiệp hội Doanh nghiệp tỉnh đã tổ chức Đại hội nhiệm kỳ IV vào ngày 27/9/2019, đến nay Hiệp hội Doanh nghiệp tỉnh đã hết nhiệm kỳ nhưng chưa tổ chức được đại hội nhiệm kỳ V.
Hiệp hội Doanh nghiệp tỉnh đề nghị được gia hạn thời gian tổ chức Đại hội nhiệm kỳ V sang năm 2025 (chậm nhất tháng 10/2025) để chuẩn bị nhân sự.
Ban Thường vụ Hiệp hội Doanh nghiệp tỉnh đã họp, thống nhất đề nghị gia hạn thời gian tổ chức đại hội của Hiệp hội.
Hiệp hội Doanh nghiệp tỉnh cam kết tổ chức đại hội nhiệm kỳ V theo đúng thời gian được gia hạn.
3. Ý kiến của Sở Nội vụ
Thời gian qua, Hiệp hội Doanh nghiệp tỉnh hoạt động thiết thực, tích cực tham gia đóng góp cho sự phát triển kinh tế của tỉnh.
Qua theo dõi, Hiệp hội Doanh nghiệp tỉnh đã chủ động kiện toàn nhân sự Ban Chấp hành để chuẩn bị tổ chức đại hội.
Để Hiệp hội Doanh nghiệp tỉnh có thời gian chuẩn bị tổ chức đại hội nhiệm kỳ V, Sở Nội vụ thống nhất đề xuất gia hạn.
Sở Nội vụ đề xuất Chủ tịch UBND tỉnh đồng ý cho Hiệp hội Doanh nghiệp tỉnh gia hạn thời gian tổ chức đại hội đến ngày 30/9/2025.
Hiệp hội Doanh nghiệp tỉnh có trách nhiệm chuẩn bị đầy đủ hồ sơ tổ chức đại hội gửi Sở Nội vụ thẩm định.
Sở Nội vụ sẽ hướng dẫn Hiệp hội Doanh nghiệp tỉnh hoàn thiện phương án nhân sự đại hội nhiệm kỳ V.
Sở Nội vụ kính trình Chủ tịch UBND tỉnh xem xét cho phép Hiệp hội Doanh nghiệp tỉnh gia hạn tổ chức đại hội.
"""


def test_a_time_limit_stated_once_below_many_sentences_about_the_request(answerer_of):
    answerer = answerer_of({"ttr253.txt": EXTENSION})
    # a dozen sentences repeat the question's words and state no time limit; the rule they
    # invoke, further down, does: its bound, not the date the association asks for
    assert_answers_start(answerer, ("to trinh cua so noi vu ve gia han dai hoi hiep hoi doanh nghiep tinh co neu thoi "
                                    "gian gia han to chuc dai hoi toi da la bao lau",
                                    "Thời gian gia hạn tổ chức đại hội của Hiệp hội Doanh nghiệp tỉnh tối đa là bao lâu?"),
                         "không quá 12 tháng — theo Tờ trình 253/TTr-SNV: “Thời gian gia hạn không quá 12 tháng;”")


FUND = """UBND TỈNH BÌNH THUẬN
SỞ NỘI VỤ
Số: 108/TTr-SNV
Bình Thuận, ngày 15 tháng 5 năm 2025
TỜ TRÌNH
Về việc sửa đổi, bổ sung Điều lệ Quỹ Khuyến học tỉnh
Thực hiện Kế hoạch số 9669/KH-UBND ngày 24/12/2024 của Ủy ban nhân dân tỉnh về công tác khuyến học năm 2025 tỉnh Bình Thuận;
Căn cứ Quyết định số 119/QĐ-UBND ngày 12/01/2015 của Ủy ban nhân dân tỉnh Đồng Nai về việc cấp giấy phép thành lập quỹ;
1. Sự cần thiết
Ngày 30/9/2024, Ban Thường vụ Tỉnh ủy ban hành Kết luận số 1208-KL/TU về chủ trương hỗ trợ kinh phí cho sinh viên ngành y được cử đi đào tạo theo địa chỉ sử dụng. Tại Kết luận, Ban Thường vụ Tỉnh ủy đề nghị Ban Cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh tổ chức thực hiện. Ngày 03/10/2024, Chủ tịch Ủy ban nhân dân tỉnh có Công văn số 3682/UBND-KGVXNV giao Hội Khuyến học tỉnh thực hiện các nội dung chỉ đạo của Ban Thường vụ Tỉnh ủy tại Kết luận số 1208-KL/TU.
2. Đề nghị
Việc chi hỗ trợ kinh phí từ năm 2025 đến năm 2027 cho sinh viên ngành y được tỉnh cử đi đào tạo theo địa chỉ sử dụng cần được bổ sung vào Điều lệ Quỹ.
"""


def test_who_a_letter_gave_the_task_to_and_the_plan_a_submission_carries_out(answerer_of):
    answerer = answerer_of({"ttr108.txt": FUND})
    # the sentence that repeats the question names no one; the next one says who was given the task
    a = answerer.ask("Ngày 03/10/2024 Chủ tịch UBND tỉnh Bình Thuận giao đơn vị nào triển khai Kết luận 1208-KL/TU "
                     "về hỗ trợ kinh phí cho sinh viên ngành y đào tạo theo địa chỉ sử dụng?")
    assert a.answer.startswith("Hội Khuyến học tỉnh — theo Tờ trình 108/TTr-SNV: “Ngày 03/10/2024, Chủ tịch")
    # "KH nào", "qd nào": abbreviated types asked for; "của Ủy ban nhân dân tỉnh" without a
    # province is the submission's own province's
    a = answerer.ask("Tờ trình 108/TTr-SNV về sửa đổi điều lệ quỹ khuyến học được xây dựng để thực hiện KH nào "
                     "của UBND tỉnh Bình Thuận?")
    assert a.answer.startswith("9669/KH-UBND — theo Tờ trình 108/TTr-SNV")
    a = answerer.ask("quy khuyen hoc tinh duoc cap giay phep thanh lap theo qd nao cua ubnd tinh dong nai")
    assert a.answer.startswith("119/QĐ-UBND — theo Tờ trình 108/TTr-SNV")


VOTERS = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 9476/BNNMT-CNTY
V/v trả lời kiến nghị của cử tri tỉnh Hà Tĩnh
Hà Nội, ngày 24 tháng 11 năm 2025
Kính gửi: Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh
Nội dung kiến nghị: “Cử tri kiến nghị sớm ban hành khung giá dịch vụ tiêm phòng, tiêu độc, khử trùng cho động vật để địa phương có căn cứ tổ chức thực hiện tiêm phòng đợt 2 năm 2025 (thời gian từ ngày 01/9/2025 đến ngày 30/10/2025).”
Trả lời: Bộ đã ban hành Thông tư số 10/2025/TT-BNNMT quy định khung giá dịch vụ thú y.
"""


def test_a_period_in_brackets_and_a_province_the_documents_name_without_the_answer(answerer_of):
    answerer = answerer_of({"cv9476.txt": VOTERS})
    # "ban hành ... từ ngày nào đến ngày nào" asks for the period, not the letter's date; the
    # time field opened inside brackets ends with them
    a = answerer.ask("cu tri ha tinh kien nghi ban hanh khung gia dich vu thu y de tiem phong dot 2 nam 2025, "
                     "dot tiem do keo dai tu ngay nao den ngay nao")
    assert a.answer.startswith("từ ngày 01/9/2025 đến ngày 30/10/2025 — theo Công văn 9476/BNNMT-CNTY")
    # a ministry's letter about the province: the documents are about it, they do not answer this
    a = answerer.ask("Giá vé tham quan khu di tích ở Hà Tĩnh năm 2025 là bao nhiêu?")
    assert not a.found
    assert a.answer.startswith("Các văn bản về Hà Tĩnh đã nạp không có thông tin trả lời câu hỏi này.")


VOTER_PETITIONS = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Số: 98/2025/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Quy chế tiếp nhận, giải quyết và trả lời kiến nghị của cử tri
Điều 5. Thời hạn giải quyết kiến nghị cử tri
1. Chậm nhất trong 20 ngày làm việc, kể từ ngày nhận được kiến nghị, các cơ quan, đơn vị phải có trách nhiệm tiếp nhận, giải quyết và trả lời cử tri có kiến nghị.
2. Đối với kiến nghị có tính cấp bách, cần giải quyết ngay thì thời hạn tiếp nhận, giải quyết và trả lời chậm nhất là 10 ngày làm việc, kể từ ngày nhận được kiến nghị.
3. Đối với kiến nghị có nội dung phức tạp hoặc có liên quan đến nhiều lĩnh vực thì thời hạn trả lời chậm nhất là 30 ngày làm việc.
"""

BAUXITE = """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
THÔNG BÁO
Kết luận họp nghe Công ty Tập đoàn Sơn Hải báo cáo tiến độ dự án cao tốc Tân Phú - Bảo Lộc
đ) Đối với việc đánh giá hiệu quả kinh tế xã hội khi thu hồi quặng bô xit trong phạm vi của dự án:
Đề nghị Nhà đầu tư khẩn trương nộp báo cáo đánh giá hiệu quả kinh tế xã hội khi thu hồi quặng bô xit trong phạm vi của dự án.
Giao Sở Nông nghiệp và Môi trường có trách nhiệm thẩm định hồ sơ do Nhà đầu tư nộp; đồng thời hướng dẫn Nhà đầu tư triển khai các bước tiếp theo.
"""


def test_the_general_case_of_a_rule_when_the_question_says_ordinary(answerer_of):
    answerer = answerer_of({"qd98.txt": VOTER_PETITIONS})
    # "thông thường": the rule's general case, not its first special case ("Đối với ...")
    a = answerer.ask("Quy chế tiếp nhận, trả lời kiến nghị cử tri Nghệ An: kiến nghị thông thường phải được trả lời "
                     "chậm nhất sau bao nhiêu ngày?")
    assert a.answer.startswith("Chậm nhất trong 20 ngày làm việc, kể từ ngày nhận được kiến nghị — theo Quyết định 98/2025")
    a = answerer.ask("Kiến nghị có tính cấp bách phải được trả lời chậm nhất sau bao nhiêu ngày?")
    assert a.answer.startswith("chậm nhất là 10 ngày làm việc")


def test_a_rare_word_the_documents_write_without_its_diacritics_is_not_missing(answerer_of):
    files = {"kl-sonhai.txt": BAUXITE}
    files |= {f"tb{n}.txt": f"Thông báo số {n}/TB-VP về lịch làm việc tuần {n} của lãnh đạo Văn phòng.\n"
              for n in range(1, 80)}
    answerer = answerer_of(files)
    # the notice writes "bô xit": "xít" is in no passage, yet the evidence has it
    a = answerer.ask("Ai thẩm định báo cáo hiệu quả kinh tế xã hội của việc thu hồi quặng bô xít trong phạm vi "
                     "dự án cao tốc Tân Phú – Bảo Lộc?")
    assert a.answer.startswith("Sở Nông nghiệp và Môi trường — theo")
    # a word no passage has in any form still shows the documents are about something else
    a = answerer.ask("Ai thẩm định báo cáo hiệu quả của việc khai thác vàng sa khoáng trong dự án cao tốc Tân Phú – Bảo Lộc?")
    assert not a.found


PICKLEBALL_BOARD = """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 180/QĐ-UBND
QUYẾT ĐỊNH
Về việc công nhận Ban Vận động thành lập Liên đoàn Pickleball tỉnh Lâm Đồng
Theo đề nghị của Trưởng Ban vận động thành lập Liên đoàn Pickleball tỉnh Lâm Đồng tại Đơn đề nghị ngày 10 tháng 3 năm 2026;
Điều 1. Công nhận Ban Vận động thành lập Liên đoàn Pickleball tỉnh Lâm Đồng gồm 05 thành viên.
Điều 2. Ban Vận động thành lập Liên đoàn Pickleball tỉnh Lâm Đồng tự giải thể sau khi Đại hội thành lập Liên đoàn bầu ra Ban Chấp hành của Liên đoàn.
"""


def test_when_something_happens_is_the_event_it_follows_when_no_date_is_given(answerer_of):
    answerer = answerer_of({"qd180.txt": PICKLEBALL_BOARD})
    a = answerer.ask("ban van dong thanh lap lien doan pickleball tinh lam dong se tu giai the vao thoi diem nao")
    assert a.answer.startswith("sau khi Đại hội thành lập Liên đoàn bầu ra Ban Chấp hành của Liên đoàn — theo Quyết định 180/QĐ-UBND")
