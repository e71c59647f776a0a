"""Who holds a role in a board a decision sets up, from the three ways member lists are written."""
import pytest

from index.members import heading_person, holder, mentioned_person, named_person, person_asked, role_asked

BOARD = """Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số tỉnh, gồm các ông, bà có tên sau:
1. Trưởng ban: Ông Lê Văn Hải - Chủ tịch Ủy ban nhân dân tỉnh.
2. Các Phó Trưởng ban:
- Ông Trần Minh Đức - Giám đốc Sở Nội vụ, Phó Trưởng ban Thường trực;
- Mời bà Hoàng Thị Lan - Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Phó Trưởng ban;
3. Các ủy viên:
- Bà Phạm Thu Hà, Phó Giám đốc Sở Tài chính, Ủy viên;"""

COUNCIL = """STT: 1; Họ và tên: Nguyễn Văn Bình; Chức vụ: Phó Chủ tịch UBND tỉnh; Chức danh: Chủ tịch Hội đồng
STT: 2; Họ và tên: Đỗ Thị Mai; Chức vụ: Giám đốc Công an tỉnh; Chức danh: Phó Chủ tịch Hội đồng
STT: 3; Họ và tên: Vũ Văn Nam; Chức vụ: Phó Giám đốc Sở Y tế; Chức danh: Thành viên Hội đồng"""


@pytest.mark.parametrize("question, role", [
    ("Trưởng ban chỉ đạo chuyển đổi số tỉnh là ai?", "truong ban chi dao"),
    ("pho truong ban thuong truc la ai", "pho truong ban thuong truc"),
    ("Ai là chủ tịch hội đồng xét duyệt?", "chu tich hoi dong"),
    ("Chủ tịch UBND tỉnh ký quyết định ngày nào?", None),
    ("Cơ quan nào chủ trì?", None),
    ("Ai giữ chức trưởng ban vận động thành lập Hội?", "truong ban"),
    ("Ai được dự kiến làm Trưởng ban vận động thành lập Hội Thừa phát lại?", "truong ban"),
    # positions typed as abbreviations
    ("PGĐ thường trực Sở Y tế là ai?", "pho giam doc thuong truc"),
    ("Trưởng BCĐ về dữ liệu của tỉnh là ai?", "truong ban chi dao"),
])
def test_role_asked(question, role):
    assert role_asked(question) == role


def test_holder_from_a_role_label_and_from_a_role_after_the_name():
    assert holder(BOARD, "truong ban") == "Ông Lê Văn Hải - Chủ tịch Ủy ban nhân dân tỉnh"
    assert holder(BOARD, "truong ban chi dao") == "Ông Lê Văn Hải - Chủ tịch Ủy ban nhân dân tỉnh"
    # The deputy is not the head, and the first deputy listed is the standing one.
    assert holder(BOARD, "pho truong ban") == "Ông Trần Minh Đức - Giám đốc Sở Nội vụ"


def test_holder_named_before_the_position_in_a_numbered_heading():
    text = "2. Ông Lý Minh Thái, Phó Giám đốc Thường trực\n- Trực tiếp chỉ đạo công tác Dược."
    assert holder(text, "pho giam doc thuong truc") == "Ông Lý Minh Thái"
    assert holder(text, "giam doc") is None  # a deputy is not the director


def test_holder_from_table_fields_by_title_not_by_position():
    # "Phó Chủ tịch UBND tỉnh" is the position of the council's chairman, not a deputy's title.
    assert holder(COUNCIL, "chu tich hoi dong") == "Nguyễn Văn Bình - Phó Chủ tịch UBND tỉnh"
    assert holder(COUNCIL, "pho chu tich hoi dong") == "Đỗ Thị Mai - Giám đốc Công an tỉnh"


def test_no_holder_when_the_list_does_not_name_the_role():
    assert holder(BOARD, "thu ky") is None
    assert holder("Sở Nội vụ là cơ quan thường trực của Ban.", "truong ban") is None


def test_holder_of_a_standing_deputy():
    assert holder(BOARD, "pho truong ban thuong truc") == "Ông Trần Minh Đức - Giám đốc Sở Nội vụ"


FOUNDERS = """Họ và tên: Trần Văn Sơn; Chức vụ cơ quan công tác: Giám đốc Công ty An Phú; Chức vụ trong Ban vận động: Phó Trưởng ban
Họ và tên: Lê Thị Hoa; Chức vụ cơ quan công tác: Hiệu trưởng Trường THPT Chu Văn An; Chức vụ trong Ban vận động: Trưởng ban"""


def test_holder_reads_any_position_field():
    # Both fields are positions; the one holding the asked role picks the person, the other is shown.
    assert holder(FOUNDERS, "truong ban") == "Lê Thị Hoa - Hiệu trưởng Trường THPT Chu Văn An"
    assert holder(FOUNDERS, "pho truong ban") == "Trần Văn Sơn - Giám đốc Công ty An Phú"


@pytest.mark.parametrize("question, asked", [
    ("Sở Y tế cử ai tham gia Ban chỉ đạo?", True),
    ("Sở giới thiệu lãnh đạo nào tham gia Hội đồng?", True),
    ("Cơ quan nào chủ trì?", False),
    ("Ai chủ trì xây dựng kế hoạch?", False),  # an agency is wanted
    ("Lãnh đạo Sở Tư pháp được cử tham gia Ban vì sự tiến bộ của phụ nữ là ai?", True),
    ("ai duoc cu tham gia to thu ky giup viec", True),
    ("Đơn vị đầu mối là ai?", False),
    ("so VHTTDL cu lanh dao cap phong nao tham gia to thu ky", True),  # a leader of some rank, by name
    ("Lãnh đạo sở nào chủ trì?", False),  # whose leader: an agency
    ("PGĐ nào trực tiếp chỉ đạo mảng giám định tư pháp?", True),  # abbreviated
    ("Tổ phó thuộc sở nào phụ trách công tác cải cách thể chế?", False),  # a department
    ("ai trong ban lanh dao so giao duc phu trach cong tac thi dua", True),  # one of the leaders
    ("Ai trong các sở chủ trì?", False),
])
def test_person_asked(question, asked):
    assert person_asked(question) is asked


def test_named_person_reads_one_record_of_a_list():
    text = """2. Lãnh đạo cấp phòng tham gia Tổ thư ký:
- Họ và tên: Phạm Minh Tuấn;
- Chức vụ: Phó Chánh Văn phòng Sở;
- Số điện thoại: 0905.000.000.
- Họ và tên: Đỗ Văn Long;
- Chức vụ: Chuyên viên."""
    assert named_person(text) == "Phạm Minh Tuấn - Phó Chánh Văn phòng Sở"
    assert named_person("Giao Sở Nội vụ chủ trì.") is None
    # who gets a copy is not who is sent
    assert named_person("Sở gửi Sở Nội vụ tổng hợp./.\nNơi nhận:\n- Như trên;\n- Đ/c Nguyễn Thị Bích Ngọc") is None
    assert named_person("Sở cử thành viên như sau:\n- Nguyễn Thị Bích Ngọc, Phó Giám đốc Sở") == "Nguyễn Thị Bích Ngọc"


@pytest.mark.parametrize("section, person", [
    ("Điều 2 › 5. Bà Ksor Hiền, Phó Giám đốc", "Ksor Hiền - Phó Giám đốc"),  # no Kinh surname after "Bà"
    ("Điều 2 › 1. Ông Trần Minh Đức - Giám đốc Sở", "Trần Minh Đức - Giám đốc Sở"),
    ("II. Tổ chức thực hiện › 1. Sở Nội vụ", None),
    ("2. Bà con nông dân", None),
    # the position before the name, the duties in a subsection under it; OCR's "Giám đôc"
    ("Điều 2 › 6. Phó Giám đốc Nguyễn Văn Châu › đ) Theo dõi địa bàn các phường, xã", "Nguyễn Văn Châu - Phó Giám đốc"),
    ("Điều 2 › 2. Phó Giám đôc Đồ Việt Hưng", "Đồ Việt Hưng - Phó Giám đôc"),
    ("Điều 2 › 1. Giám đốc Sở", None),
    ("IV. Tổ chức thực hiện › 2. Giám đốc Sở Tài chính", None),
])
def test_heading_person(section, person):
    assert heading_person(section) == person


def test_a_leader_asked_by_the_duties_he_directs_is_a_person():
    assert person_asked("Phó giám đốc Sở Y tế Gia Lai nào phụ trách khám chữa bệnh?")
    assert not person_asked("Sở nào phụ trách khám chữa bệnh?")


def test_a_person_named_in_running_text_with_rank_and_position():
    text = ("báo cáo về UBND tỉnh (qua Phòng PC04, Công an tỉnh; Thông tin liên hệ: Đ/c Thiếu tá Đoàn Văn Tuấn, "
            "Đội trưởng Đội tham mưu tổng hợp, Phòng PC04, SĐT: 0908392369) trước ngày 25/3/2026")
    assert mentioned_person(text) == "Đoàn Văn Tuấn - Đội trưởng Đội tham mưu tổng hợp"
    assert mentioned_person("Mời đồng chí Trần Thị Mai tham dự.") == "Trần Thị Mai"
    assert mentioned_person("Ông bà nông dân được hỗ trợ giống.") is None


def test_holder_without_the_record_that_follows_the_name():
    line = "+ Trưởng ban: Ông Đoàn Xuân Đạt, sinh ngày 30/4/1976; quê quán: Ninh Bình; trình độ: Thạc sĩ Luật"
    assert holder(line, "truong ban") == "Ông Đoàn Xuân Đạt"
