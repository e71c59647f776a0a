"""Value and owner extraction on single Vietnamese sentences (no index needed)."""
from index.evidence import Scored, Unit
from index.owners import lead_owner, name_owner, unit_owner
from index.values import best_value, counted_together, counts_asked, pick_value, values
from ingest.records import Assignment


def _texts(text):
    return [(v.kind, v.text) for v in values(text)]


def test_values_skip_years_articles_and_levels():
    text = "Năm 2025, theo Điều 5, 100% hồ sơ mức độ 4 được xử lý; thành lập 12 tổ công nghệ số cộng đồng."
    assert _texts(text) == [("percent", "100%"), ("count", "12 tổ công nghệ")]


def test_a_count_with_its_number_spelled_out_in_brackets_counts_its_noun():
    text = "Trong thời hạn 30 (ba mươi) ngày, Hội gửi 02 (hai) bộ hồ sơ đến Sở Nội vụ."
    # "30 (ba mươi) ngày" is a time, and "ba mươi" inside its brackets no count of its own
    assert _texts(text) == [("count", "02 (hai) bộ hồ sơ")]


def test_values_qualifier_range_and_rank():
    text = "Tỷ lệ đạt tối thiểu 30%; xếp thứ 10 đến thứ 15/63; mở từ 3-5 lớp đào tạo."
    assert _texts(text) == [("percent", "tối thiểu 30%"), ("rank", "thứ 10 đến thứ 15/63"),
                            ("range", "từ 3-5")]


def test_a_number_stated_alone_after_la_is_a_count_but_not_a_phone_number():
    text = "Tổng số nhiệm vụ được giao là 123, đã hoàn thành đúng hạn 123/123 nhiệm vụ (đạt 100%)."
    assert _texts(text) == [("count", "123"), ("count", "123/123 nhiệm vụ"), ("percent", "đạt 100%")]
    assert _texts("Số điện thoại là 02633.822.111; năm thành lập là 2019.") == []
    # a score out of a hundred, stated alone, is one value, not the start of a fraction
    assert _texts("Điểm đánh giá qua điều tra xã hội học là 32/100.") == [("count", "32/100")]


def test_a_number_after_each_month_is_a_count_and_a_counting_may_names_what_is_counted():
    text = "Phát sóng mỗi tháng 02 chuyên mục vào tối thứ Sáu tuần thứ 2; báo cáo tháng 3 năm 2026."
    assert _texts(text) == [("count", "02 chuyên mục"), ("rank", "thứ 2")]
    # "tháng mấy chuyên mục" asks for a count of "chuyên mục", not a rank ("hạng mấy")
    assert best_value(text, "Chương trình phát sóng mỗi tháng mấy chuyên mục?", {}).text == "02 chuyên mục"


def test_best_value_takes_the_kind_and_clause_the_question_names():
    text = ("Đến năm 2025: có 500 điểm truy cập wifi công cộng; tỷ lệ hồ sơ trực tuyến đạt 80%; "
            "tỷ lệ người dân có tài khoản số đạt 70%.")
    weights = {"tài_khoản": 2.0, "người": 0.5, "dân": 0.5, "tỷ_lệ": 0.3}
    assert best_value(text, "Tỷ lệ người dân có tài khoản số là bao nhiêu?", weights).text == "đạt 70%"
    assert best_value(text, "Bao nhiêu điểm truy cập wifi?", {"wifi": 2.0}).text == "500 điểm truy cập"


def test_name_owner_agency_alias_person_and_organisation():
    assert name_owner("1. Sở TT&TT") == ("Sở Thông tin và Truyền thông", "Sở TT&TT", None)
    assert name_owner("đ) Phó Giám đốc Trần Văn An") == ("Phó Giám đốc Trần Văn An", None, None)
    assert name_owner("3. Giao Phòng Tổ chức cán bộ") == ("Phòng Tổ chức cán bộ", None, None)
    assert name_owner("3. Bà Nguyễn Thị Hoa, Phó Giám đốc") == ("Phó Giám đốc Nguyễn Thị Hoa", None, None)
    assert name_owner("a) Mục tiêu chung") is None


def test_name_owner_the_head_of_an_agency_with_or_without_a_name():
    assert name_owner("2. Trách nhiệm của Chủ tịch Ủy ban nhân dân cấp xã") == \
        ("Chủ tịch Ủy ban nhân dân cấp xã", None, None)
    # The agency is whole: "Sở Tư" is no person's name.
    assert name_owner("Giám đốc Sở Tư pháp Lê Văn Cường") == ("Giám đốc Sở Tư pháp Lê Văn Cường", None, None)
    assert name_owner("Giám đốc Sở Tài chính tỉnh Lâm Đồng") == ("Giám đốc Sở Tài chính tỉnh Lâm Đồng", None, None)
    assert name_owner("Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình") == \
        ("Phó Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Bình", None, None)


def test_unit_owner_prefers_role_field_then_label_then_facts_then_section():
    field = Unit(0, 0, 60, "Nâng cấp cổng dịch vụ công; Cơ quan chủ trì: Sở Tài chính; Thời gian: 2025", None)
    assert unit_owner(field, "IV. Tổ chức thực hiện", ()) == ("Sở Tài chính", None, "chủ trì")
    labelled = Unit(0, 0, 40, "Công an tỉnh: bảo đảm an ninh mạng.", "Công an tỉnh")
    assert unit_owner(labelled, "", ()) == ("Công an tỉnh", None, None)
    plain = Unit(0, 0, 30, "Rà soát, cập nhật quy trình nội bộ.", None)
    fact = Assignment(agency="Văn phòng UBND tỉnh", mention="VP UBND tỉnh", role="chủ trì",
                      task="Rà soát", deadline=None, start=0, end=30)
    assert unit_owner(plain, "IV. Tổ chức thực hiện › 2. Sở Nội vụ", [fact]) == \
        ("Văn phòng UBND tỉnh", "VP UBND tỉnh", "chủ trì")
    assert unit_owner(plain, "IV. Tổ chức thực hiện › 2. Sở Nội vụ", []) == ("Sở Nội vụ", None, None)
    assert unit_owner(plain, "IV. Tổ chức thực hiện", []) is None
    # a heading that directs an agency ("2. Chỉ đạo Sở Nội vụ") owns the items under it
    assert unit_owner(plain, "V. Đề xuất, kiến nghị › 2. Chỉ đạo Sở Nội vụ", []) == ("Sở Nội vụ", None, None)
    # an organisation no gazetteer knows, asked to act at the head of its item
    directed = Unit(0, 0, 90, "- Đề nghị Bộ Tư lệnh Vùng Cảnh sát biển 3 tham mưu triển khai Tiểu dự án 2.", None)
    assert unit_owner(directed, "III. Phân công nhiệm vụ", []) == ("Bộ Tư lệnh Vùng Cảnh sát biển 3", None, None)
    assert unit_owner(Unit(0, 0, 60, "- Đề nghị Kế hoạch này được triển khai thực hiện đúng tiến độ.", None),
                      "III. Phân công nhiệm vụ", []) is None
    # ... or given the task within the sentence, by a letter ("... có Công văn số 3682 giao Hội
    # Khuyến học tỉnh thực hiện ..."); a handover ("bàn giao") gives no task
    given = Unit(0, 0, 120, "Ngày 03/10/2024, Chủ tịch Ủy ban nhân dân tỉnh có Công văn số 3682/UBND-KGVXNV giao "
                            "Hội Khuyến học tỉnh thực hiện các nội dung chỉ đạo.", None)
    assert unit_owner(given, "2. Về sự cần thiết", []) == ("Hội Khuyến học tỉnh", None, None)
    # the basis it acts on set off by commas before the verb
    based = Unit(0, 0, 140, "3. Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì tổng hợp "
                            "trình cấp có thẩm quyền bố trí kinh phí.", None)
    assert unit_owner(based, "III. Kinh phí", []) == ("Sở Tài chính", "Sở Tài chính", None)
    handed = Unit(0, 0, 80, "Chủ đầu tư đã bàn giao Trung tâm Y tế thực hiện quản lý công trình.", None)
    assert unit_owner(handed, "2. Về sự cần thiết", []) is None
    # a heading naming an agency's branch keeps the branch as written
    assert unit_owner(plain, "V. Tổ chức thực hiện › 3. Ngân hàng Nhà nước chi nhánh khu vực 14", []) == \
        ("Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước chi nhánh khu vực 14", None)
    # the department of the officer in charge ("Phó Giám đốc Sở Tư pháp phụ trách ...")
    officer = Unit(0, 0, 80, "- Giám đốc/Phó Giám đốc Sở Tư pháp phụ trách về công tác cải cách thể chế của tỉnh;", None)
    assert unit_owner(officer, "", []) == ("Sở Tư pháp", "Sở Tư pháp", None)
    # the agencies after "phối hợp với" help; they do not own the task
    helped = Unit(0, 0, 80, "c) Chủ trì, phối hợp với Sở Tài chính xây dựng dữ liệu dùng chung.", None)
    assert unit_owner(helped, "II. Nhiệm vụ", []) is None
    assert unit_owner(Unit(0, 0, 60, "Sở Tài chính xây dựng dữ liệu dùng chung.", None), "", []) == \
        ("Sở Tài chính", "Sở Tài chính", None)


def test_unit_owner_reads_the_record_fields_that_follow_the_task():
    task = Unit(0, 0, 40, "(2) Sao lưu, duy trì các cơ sở dữ liệu cũ", None)
    following = ("; rà soát, chuẩn hóa dữ liệu.\n- Thời gian hoàn thành: Quý IV/2025.\n"
                 "- Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh.\n(3) Nâng cấp hạ tầng.")
    assert unit_owner(task, "", (), following) == ("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh", "chủ trì")
    # The next task's fields do not belong to this one.
    assert unit_owner(task, "", (), "\n(3) Nâng cấp hạ tầng.\n- Đơn vị chủ trì: Sở Tài chính.") is None
    # A "+" item of the record's content, then its other items, then the owner field.
    item = Unit(0, 0, 40, "+ Tổng kết mô hình một cửa hỗ trợ phụ nữ.", None)
    following = "\n+ Tập huấn cán bộ y tế.\n- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với các sở."
    assert unit_owner(item, "", (), following) == ("Sở Y tế", None, "chủ trì")
    # The field may end the task's own line.
    criterion = Unit(0, 0, 50, "đ) Tỷ lệ giải ngân vốn đầu tư công chỉ đạt 29,2%.", None)
    following = " Cơ quan chủ trì theo dõi: Sở Tài chính.\ne) Tiến độ thực hiện. Cơ quan chủ trì theo dõi: Sở Nội vụ."
    assert unit_owner(criterion, "", (), following) == ("Sở Tài chính", None, "chủ trì")


def test_unit_owner_reads_the_lead_cell_of_a_table_flattened_to_lines():
    task = Unit(0, 0, 60, "Biểu dương, khen thưởng doanh nghiệp có thành tích trong chuyển đổi số.", None)
    following = "\nSở Nội vụ\nSở KH&CN; các cơ quan, đơn vị liên quan\nThường xuyên, hằng năm"
    assert unit_owner(task, "Phụ lục", (), following) == ("Sở Nội vụ", None, "chủ trì")
    # The next agency's own heading is not this task's owner; nor is a cell after text on the line.
    assert unit_owner(task, "", (), "\nSở Y tế:\n- Chủ trì kiểm tra.") is None
    assert unit_owner(task, "", (), " thực hiện.\nSở Nội vụ") is None
    # A branch or the province after the agency's name still makes a lead cell; a verb does not.
    branch = "\nNgân hàng Nhà nước Việt nam Chi nhánh Khu vực II\nCác sở, ban, ngành\n2026 - 2030"
    assert unit_owner(task, "", (), branch) == (
        "Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II", "chủ trì")
    assert unit_owner(task, "", (), "\nCông an tỉnh Lâm Đồng\n2026") == ("Công an tỉnh", "Công an tỉnh Lâm Đồng", "chủ trì")
    assert unit_owner(task, "", (), "\nSở Tài chính phối hợp\n2026") is None


def test_unit_owner_is_the_agency_that_opens_the_sentence_as_its_subject():
    subject = Unit(0, 0, 70, "1. Công an tỉnh Lâm Đồng trực tiếp quản lý và chỉ đạo Đội ứng cứu sự cố.", None)
    assert unit_owner(subject, "Điều 3", ()) == ("Công an tỉnh", "Công an tỉnh", None)
    listed = Unit(0, 0, 60, "Sở Tài chính, Sở Y tế và các đơn vị liên quan.", None)
    assert unit_owner(listed, "", ()) is None


def test_best_value_prefers_the_count_that_repeats_what_is_counted():
    text = "Công tác chỉ đạo, điều hành: 7 tiêu chí và 2 tiêu chí thành phần"
    assert best_value(text, "có bao nhiêu tiêu chí thành phần?", {}).text == "2 tiêu chí thành phần"
    assert best_value(text, "có bao nhiêu tiêu chí?", {}).text == "7 tiêu chí"


def test_a_counted_noun_cut_after_three_syllables_ends_with_its_word():
    assert [v.text for v in values("Sở Tư pháp đã thẩm định 92 dự thảo văn bản QPPL.")] == ["92 dự thảo văn bản"]
    assert [v.text for v in values("Có 03 trường trung học cơ sở đạt chuẩn.")] == ["03 trường trung học cơ sở"]
    assert [v.text for v in values("Phát sóng 12 chuyên mục sau đây.")] == ["12 chuyên mục"]


def test_counts_asked_together_are_answered_together():
    text = "- Tiến hành khởi tố mới: 734 vụ, 1218 bị can, giảm 312 vụ so với năm 2024."
    question = "Năm 2025 khởi tố mới bao nhiêu vụ án và bao nhiêu bị can?"
    chosen = best_value(text, question, {})
    assert [v.text for v in counted_together(text, chosen, question)] == ["734 vụ", "1218 bị can"]
    assert counted_together(text, chosen, "Khởi tố mới bao nhiêu bị can?") == [chosen]
    apart = "Khởi tố 734 vụ; riêng năm 2024 có 1046 bị can."
    value = best_value(apart, question, {})
    assert counted_together(apart, value, question) == [value]


def _picks(question, *texts):
    """Each text as equally good evidence, with the value best_value reads from it."""
    return [(Scored(Unit(i, 0, len(t), t, ""), 0.7, 0.9), best_value(t, question, {})) for i, t in enumerate(texts)]


def test_pick_value_prefers_the_value_the_question_s_words_lead_to():
    question = "Chương trình đối thoại năm 2026 phát sóng mỗi tháng mấy chuyên mục?"
    listed = "Tổ chức chương trình đối thoại năm 2026, gồm 11 chuyên mục sau:"
    monthly = "Chương trình đối thoại: định kỳ phát sóng mỗi tháng 02 chuyên mục vào tối thứ Sáu."
    picks = _picks(question, listed, monthly)
    assert [v.text for _, v in picks] == ["11 chuyên mục", "02 chuyên mục"]
    assert pick_value(picks, question)[1].text == "02 chuyên mục"
    assert pick_value(picks, "Chương trình đối thoại năm 2026 gồm mấy chuyên mục?")[1].text == "11 chuyên mục"


def test_pick_value_asked_about_now_takes_the_present_count_not_the_opening_one():
    question = "Năm 2025 các cơ sở cai nghiện hiện đang có bao nhiêu học viên?"
    opening = "Từ ngày 01/3/2025: Cũ chuyển qua 4.556 học viên; tiếp nhận: 2.020 người"
    present = "Hiện có: 3.578 học viên."
    picks = _picks(question, opening, present)
    assert pick_value(picks, question)[1].text == "3.578 học viên"
    # "thực hiện" is no "hiện": without the present asked, the sentence saying more of it wins
    assert pick_value(picks, "Từ ngày 01/3/2025 cơ sở cai nghiện thực hiện quản lý bao nhiêu học viên?")[1].text \
        == "4.556 học viên"


def test_pick_value_weighs_what_each_sentence_says_of_the_question():
    question = "Kế hoạch phát triển kinh tế số và xã hội số đặt ra bao nhiêu mục tiêu cho xã hội số?"
    headings = ("1. Phát triển kinh tế số (16 mục tiêu)", "2. Phát triển xã hội số (14 mục tiêu)")
    picks = _picks(question, *headings)
    assert pick_value(picks, question)[1].text == "16 mục tiêu"  # one more of the question's words
    weights = {"xã_hội": 6.0, "hội_số": 5.0, "kinh_tế": 1.0, "tế_số": 1.0}
    assert pick_value(picks, question, weights)[1].text == "14 mục tiêu"
    # Typed without diacritics (and none restored), the weights' terms are folded, and so are the sentences'.
    folded = {"xa_hoi": 6.0, "hoi_so": 5.0, "kinh_te": 1.0, "te_so": 1.0}
    unaccented = "ke hoach phat trien kinh te so va xa hoi so dat ra bao nhieu muc tieu cho xa hoi so?"
    assert pick_value(picks, unaccented, folded, fold=True)[1].text == "14 mục tiêu"
    # With its diacritics restored for search, the terms are read from the restored question.
    assert pick_value(picks, unaccented, weights, searched=question)[1].text == "14 mục tiêu"


def test_best_value_is_not_a_number_the_question_gives():
    text = "Các hội được hợp nhất, đổi tên (từ 40 hội của 03 tỉnh trước sắp xếp thành 16 hội)."
    assert best_value(text, "Từ 40 hội còn bao nhiêu hội?", {}).text == "16 hội"


def test_question_scaffolding_is_blanked_but_not_content_words_that_fold_like_it():
    from index.evidence import terms, topic_text

    # "nào", "bao nhiêu", "phấn đấu" say what is asked; "đầu tư" and "máy tính" are what it is about
    kept = terms(topic_text("Xã phải giải ngân vốn đầu tư đạt bao nhiêu phần trăm để máy tính đạt chuẩn?"))
    assert {"đầu_tư", "máy_tính", "giải_ngân"} <= kept and not {"bao", "nhiêu", "phần"} & kept
    assert "phấn" not in terms(topic_text("Giá trị xuất khẩu phấn đấu đạt bao nhiêu?"))
    # "sở nào lo ...": the colloquial "lo" (takes care of) asks who, "lo ngại" is content
    assert "lo" not in terms(topic_text("Sở nào lo cung cấp dữ liệu đất đai?"))
    assert "lo" in terms(topic_text("Người dân lo ngại điều gì?"))
    # how a user opens the question is not its topic: "tôi" is no rare word the documents lack
    assert "tôi" not in terms(topic_text("Cho tôi hỏi Sở nào chủ trì?"))
    assert "tôi" in terms(topic_text("Tôi là cán bộ xã, hồ sơ nộp ở đâu?"))
    # typed without diacritics, "dau" and "may" stay ambiguous and are blanked as before
    assert "dau" not in terms(topic_text("hop o dau"), fold=True)
    # "Theo tờ trình của X", "có ý kiến gì về", "vì sao": how the question is put, not its topic
    kept = terms(topic_text("Theo tờ trình của STP, đoàn hiện có bao nhiêu luật sư?"))
    assert "luật_sư" in kept and not {"theo_tờ", "trình_của", "tờ_trình"} & kept
    kept = terms(topic_text("so noi vu co y kien gi ve de an dai hoi"), fold=True)
    assert {"noi_vu", "de_an"} <= kept and not {"y_kien", "kien_gi", "vu_co", "ve_de"} & kept
    assert "sao" not in terms(topic_text("Vì sao cần thành lập Hội Thừa phát lại?"))


def test_initials_run_across_a_spaced_dash():
    from index.evidence import initialisms

    assert {"tđkt", "tdkt"} <= initialisms("Hội đồng Thi đua - Khen thưởng thành phố")


def test_a_measure_written_against_its_number_is_a_count_of_it():
    text = "Bà đề nghị chuyển mục đích sử dụng 300m2 đất thuộc một phần diện tích 3.049m2 của thửa đất số 77."
    assert [(v.kind, v.text) for v in values(text)][:2] == [("count", "300m2"), ("count", "3.049m2")]
    assert best_value(text, "Bà xin chuyển mục đích bao nhiêu m2 đất?", {}).text == "300m2"


def test_a_share_does_not_count_what_the_question_asks_for():
    text = "Chỉ đạo UBND 124/124 xã ban hành kế hoạch; phê duyệt danh sách 29 xã không ma túy."
    assert best_value(text, "Có bao nhiêu xã được phê duyệt không ma túy?", {"duyệt": 2.0}).text == "29 xã không ma"


def test_a_place_in_a_ranking_is_a_rank():
    text = ("Tỉnh Bình Thuận (trước sáp nhập) xếp hạng 19/63 (thuộc Top 30 tỉnh); "
            "tỉnh Lâm Đồng (trước sáp nhập) xếp hạng 54/63 (thông tin tại báo cáo).")
    assert [(v.text, v.kind) for v in values(text)] == [
        ("hạng 19/63", "rank"), ("30 tỉnh", "count"), ("hạng 54/63", "rank")]
    assert best_value(text, "PCI 2024 của tỉnh Lâm Đồng xếp hạng bao nhiêu?", {"tỉnh_lâm": 2.3}).text == "hạng 54/63"


def test_a_count_of_the_noun_asked_only_when_no_other_noun_could_count_it():
    [samples] = values("số lượng mẫu quan trắc 336 mẫu/năm.")
    assert samples.text == "336 mẫu" and counts_asked(samples, "lấy bao nhiêu mẫu một năm?")
    assert not counts_asked(samples, "quan trắc ở bao nhiêu vùng nuôi?")
    # "bao nhiêu người?" is answered by "21 thành viên" as well: "02 người" proves nothing more.
    [staff] = values("Văn phòng Hiệp hội có 02 người.")
    assert staff.text == "02 người" and not counts_asked(staff, "Ban Chấp hành có bao nhiêu người?")


def test_a_threshold_counts_the_noun_written_before_it():
    text = ("Đoàn Luật sư có số lượng luật sư dưới 300 thì tổ chức Đại hội toàn thể. Đoàn Luật sư có "
            "số lượng luật sư từ 300 trở lên thì có thể tổ chức Đại hội đại biểu; nhiệm kỳ 05 năm.")
    assert ("count", "từ 300 trở lên") in _texts(text)
    question = "Đoàn Luật sư có từ bao nhiêu luật sư thì tổ chức Đại hội đại biểu?"
    assert best_value(text, question, {}).text == "từ 300 trở lên"
    threshold = next(v for v in values(text) if v.before)
    assert counts_asked(threshold, question)  # "luật sư", not "trở lên", is what it counts


def test_a_spelled_count_answers_only_a_question_that_counts_its_noun():
    text = "Hội có ít nhất 50 tổ chức, công dân tại hai đơn vị hành chính cấp huyện trở lên tham gia."
    assert best_value(text, "phải ở ít nhất mấy đơn vị hành chính cấp huyện?", {}).text == "hai đơn vị hành chính"
    assert best_value(text, "cần ít nhất bao nhiêu tổ chức, công dân?", {}).text == "50 tổ chức"
    # "Ba" of a place name is no count of what is not asked
    assert best_value("Làm việc tại Ba Đình với 12 đoàn viên.", "có bao nhiêu đoàn viên?", {}).text == "12 đoàn viên"
    assert best_value("Mỗi cơ quan sử dụng hai con dấu.", "có mấy phòng?", {}) is None


def test_a_measure_s_unit_answers_the_unit_asked_for_read_out():
    text = ("Các tuyến đê không kết hợp đường giao thông: hành lang bảo vệ rộng 05 mét về phía sông; "
            "các tuyến đê kết hợp đường giao thông: hành lang không được nhỏ hơn 5m.")
    assert _texts(text) == [("count", "05 mét"), ("count", "5m")]
    assert counts_asked(values(text)[-1], "hành lang rộng tối thiểu bao nhiêu mét?")
    assert not counts_asked(values(text)[-1], "hành lang có bao nhiêu tuyến đê?")
    assert [v.text for v in values("Nhà ở trong hành lang đường dây có điện áp đến 220kV được hỗ trợ.")] == ["220kV"]


def test_evidence_that_denies_what_the_question_affirms_answers_only_when_no_other_does():
    denied = Scored(Unit(0, 0, 0, "1. Các tuyến đê không kết hợp đường giao thông: hành lang rộng 05 mét.", ""), 0.63, 1.0)
    stated = Scored(Unit(1, 0, 0, "2. Các tuyến đê kết hợp đường giao thông: hành lang không nhỏ hơn 5m.", ""), 0.58, 1.0)
    picks = [(cand, values(cand.unit.text)[-1]) for cand in (denied, stated)]
    question = "Đê có kết hợp làm đường giao thông thì hành lang rộng tối thiểu bao nhiêu mét?"
    assert pick_value(picks, question)[1].text == "5m"
    assert pick_value(picks[:1], question)[1].text == "05 mét"
    # "xin thôi không tham gia" denies nothing "xin thôi tham gia" affirms
    left = Scored(Unit(0, 0, 0, "Giữa nhiệm kỳ có 08 thành viên BCH xin thôi không tham gia BCH.", ""), 0.76, 1.0)
    elected = Scored(Unit(1, 0, 0, "Đại hội đã bầu Ban Chấp hành gồm 21 thành viên.", ""), 0.75, 1.0)
    picks = [(cand, values(cand.unit.text)[0]) for cand in (left, elected)]
    assert pick_value(picks, "Có bao nhiêu thành viên BCH xin thôi tham gia BCH?")[1].text == "08 thành viên BCH"


def test_a_list_item_is_owned_by_whom_its_announcement_hands_it_to():
    decision = ("Điều 1. Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ thực hiện giải quyết thủ tục hành chính "
                "thuộc thẩm quyền của UBND tỉnh, cụ thể như sau:\n1. Cấp giấy chứng nhận đăng ký hoạt động thử nghiệm;\n"
                "a) đối với sản phẩm;\n2. Cấp giấy chứng nhận đăng ký hoạt động kiểm định.")
    # the agency's head, as the announcement writes it, over the items and their points below
    assert lead_owner(decision, decision.index("2. Cấp")) == (
        "Sở Khoa học và Công nghệ", "Giám đốc Sở Khoa học và Công nghệ", None)
    # a letter's address announces its recipients; it hands them nothing
    telegram = ("VĂN PHÒNG CHÍNH PHỦ điện:\n- Các đồng chí thành viên Ban Chỉ đạo quốc gia về dữ liệu;\n"
                "- Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ.")
    assert lead_owner(telegram, telegram.index("- Các đồng chí")) is None
    # an item under no announcement
    report = "Sở Tài chính đã báo cáo.\n1. Cấp giấy chứng nhận."
    assert lead_owner(report, report.index("1.")) is None
    # a power handed to an agency's head, whatever verb follows
    delegated = Unit(0, 0, 60, "Ủy quyền cho Phó Giám đốc Sở Tư pháp ký văn bản trả lời.", None)
    assert unit_owner(delegated, "", []) == ("Sở Tư pháp", "Phó Giám đốc Sở Tư pháp", None)
