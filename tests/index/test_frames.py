"""The blank of a "... nào / ai" question filled from one sentence (no index needed)."""
from index.frames import blank_filler, owner_by_field
from index.intent import detect


def test_the_subject_of_a_conditional_s_main_clause_fills_the_blank():
    sentence = ("Trường hợp cây trồng, vật nuôi là thủy sản không có tên trong các Phụ lục đơn giá bồi thường "
                "thì Tổ chức làm nhiệm vụ bồi thường giải phóng mặt bằng đề xuất, xác định bồi thường theo quy định.")
    question = ("Nếu vật nuôi là thủy sản không có tên trong các phụ lục đơn giá thì đơn vị nào đề xuất, "
                "xác định mức bồi thường?")
    assert blank_filler(sentence, question) == "Tổ chức làm nhiệm vụ bồi thường giải phóng mặt bằng"
    # Without the "thì" the words before the blank must be found as the question writes them.
    assert blank_filler(sentence.replace(" thì ", ", "), question) is None


def test_a_subject_that_only_names_a_kind_of_body_is_filled_by_the_list_it_announces():
    sentence = ("1 Các cơ quan được giao chủ trì theo dõi ở các nội dung công tác cải cách hành chính, gồm: "
                "Văn phòng UBND tỉnh, Sở Tài chính, Sở Tư pháp, Sở Khoa học và Công nghệ.")
    question = "Theo tờ trình, những cơ quan nào được giao chủ trì theo dõi các nội dung cải cách hành chính?"
    assert blank_filler(sentence, question) == "Văn phòng UBND tỉnh, Sở Tài chính, Sở Tư pháp, Sở Khoa học và Công nghệ"
    assert blank_filler(sentence.replace(", gồm:", "."), question) is None


def test_the_recipient_of_a_verb_of_sending_follows_the_verb_whether_or_not_its_object_is_written():
    question = "Công văn 1364/SNV-TCBC: Sở Nội vụ gửi ý kiến cho cơ quan nào tổng hợp?"
    assert blank_filler("Trên đây là ý kiến của Sở Nội vụ gửi Sở Tư pháp tổng hợp./.", question) == "Sở Tư pháp"
    assert blank_filler("Sở Nội vụ gửi ý kiến về Sở Tư pháp để tổng hợp.", question) == "Sở Tư pháp"
    # another verb is not the one the question asks about
    assert blank_filler("Ý kiến của Sở Nội vụ đề nghị Sở Tư pháp tổng hợp.", question) is None
    sentence = "Các xã gửi báo cáo về Sở Nội vụ trước ngày 15/12 hằng năm để tổng hợp."
    assert blank_filler(sentence, "Các xã gửi báo cáo cho cơ quan nào để tổng hợp?") == "Sở Nội vụ"


def test_the_subject_of_a_quoted_rule_fills_an_opening_blank():
    sentence = ("về thẩm quyền cho phép thành lập Liên đoàn được quy định tại khoản 3 Điều 15 Nghị định "
                "126/2024/NĐ-CP: “Chủ tịch Ủy ban nhân dân cấp tỉnh có thẩm quyền công nhận ban vận động thành lập hội")
    question = "Theo Nghị định 126/2024/NĐ-CP: ai có thẩm quyền cho phép thành lập hội hoạt động trong phạm vi tỉnh?"
    assert blank_filler(sentence, question) == "Chủ tịch Ủy ban nhân dân cấp tỉnh"


def test_the_dau_of_con_dau_is_no_blank_and_a_list_pairing_agencies_with_fields_answers_by_field():
    sentence = ("Trưởng ban được sử dụng con dấu của Ủy ban nhân dân tỉnh, các Phó Trưởng ban được sử dụng "
                "con dấu của cơ quan, đơn vị nơi công tác.")
    # "con dấu" folds to "con dau", as "đâu" (where) does: the blank is "cơ quan nào", typed either way
    assert blank_filler(sentence, "Trưởng ban được sử dụng con dấu của cơ quan nào?") == "Ủy ban nhân dân tỉnh"
    assert blank_filler(sentence, "truong ban duoc su dung con dau cua co quan nao") == "Ủy ban nhân dân tỉnh"
    pairs = "1 Văn phòng UBND tỉnh về cổng dịch vụ công; Công an tỉnh về dữ liệu dân cư; Sở Y tế về hồ sơ sức khỏe."
    assert owner_by_field(pairs, "Cơ quan nào báo cáo về mảng dữ liệu dân cư?") == "Công an tỉnh"
    assert owner_by_field(pairs, "Cơ quan nào báo cáo về đất đai?") is None


def test_a_question_for_a_document_s_number_is_general_whatever_it_says_of_tasks():
    question = "Quyết định hợp nhất các Hội do Đảng, Nhà nước giao nhiệm vụ được ban hành theo tờ trình số mấy?"
    assert detect(question) == "general"
    assert detect("quyet dinh hop nhat cac hoi do dang, nha nuoc giao nhiem vu ban hanh theo to trinh so may") == "general"
    assert detect("Hội do Đảng, Nhà nước giao nhiệm vụ phải làm gì?") == "responsibility"
