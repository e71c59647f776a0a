"""Tables a crawl flattened to one cell per paragraph, rebuilt into table rows."""
from ingest.loaders.flat_tables import rebuild
from ingest.loaders.text import line_blocks, load_text


def paragraphs(*cells: str) -> list[str]:
    """Lines with a blank line between cells, as crawled text keeps a table."""
    lines: list[str] = []
    for cell in cells:
        lines.extend([*cell.split("\n"), ""])
    return lines[:-1]


def texts(blocks):
    return [(b.kind, b.text) for b in blocks if b.text]


TASKS = ("STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")


def test_task_table_rows_carry_their_header():
    lines = ["Phụ lục nhiệm vụ", "", *paragraphs(
        *TASKS,
        "I. NÂNG CAO NHẬN THỨC",
        "1", "Triển khai nền tảng đào tạo\ntrực tuyến mở", "Sở KH&CN", "Các sở, ban, ngành", "Thường xuyên",
        "II. HOÀN THIỆN CƠ CHẾ",
        "2", "Xây dựng Bộ tiêu chí đánh giá", "Sở Nội vụ", "UBND các xã", "Quý IV/2025",
    ), "", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]
    blocks = rebuild(lines)
    assert texts(blocks) == [
        ("text", "Phụ lục nhiệm vụ"),
        ("text", "I. NÂNG CAO NHẬN THỨC"),
        ("table_row", "STT: 1; Tên nhiệm vụ: Triển khai nền tảng đào tạo trực tuyến mở; "
                      "Cơ quan chủ trì: Sở KH&CN; Cơ quan phối hợp: Các sở, ban, ngành; "
                      "Thời gian hoàn thành: Thường xuyên"),
        ("text", "II. HOÀN THIỆN CƠ CHẾ"),
        ("table_row", "STT: 2; Tên nhiệm vụ: Xây dựng Bộ tiêu chí đánh giá; Cơ quan chủ trì: Sở Nội vụ; "
                      "Cơ quan phối hợp: UBND các xã; Thời gian hoàn thành: Quý IV/2025"),
        ("text", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
    ]
    row = [b for b in blocks if b.kind == "table_row"][1]
    assert row.header == TASKS
    assert row.cells == ("2", "Xây dựng Bộ tiêu chí đánh giá", "Sở Nội vụ", "UBND các xã", "Quý IV/2025")


def test_empty_note_column_and_a_group_over_the_last_two_columns():
    notes = paragraphs("TT", "Thủ tục", "Thời hạn giải quyết", "Ghi chú",
                       "1", "Cấp giấy CFS", "03 ngày làm việc", "2", "Cấp lại giấy CFS", "04 ngày làm việc")
    assert [b.text for b in rebuild(notes) if b.text] == [
        "TT: 1; Thủ tục: Cấp giấy CFS; Thời hạn giải quyết: 03 ngày làm việc",
        "TT: 2; Thủ tục: Cấp lại giấy CFS; Thời hạn giải quyết: 04 ngày làm việc",
    ]
    grouped = paragraphs("Số TT", "Tên học phẩm", "Đơn vị tính", "Số lượng", "Cấp THCS", "Cấp THPT",
                         "1", "Vở viết", "Quyển", "30", "40", "2", "Bút bi", "Cái", "20", "24")
    assert [b.text for b in rebuild(grouped) if b.text][0] == (
        "Số TT: 1; Tên học phẩm: Vở viết; Đơn vị tính: Quyển; Số lượng / Cấp THCS: 30; Số lượng / Cấp THPT: 40"
    )


def test_a_row_over_merged_cells_is_rebuilt_and_its_sub_rows_keep_their_lines():
    # Row 1 spans two dykes (a commune cell merged over two rows): 9 cells for 5 columns.
    lines = paragraphs(
        "STT", "Xã", "Tuyến đê", "Lý trình", "Chiều dài (km)",
        "1", "Xã Đan Hà", "Tả Thao", "K0 - K16", "16,5", "Đê bối", "K0 - K2", "2,3", "Tổng\n18,8",
        "2", "Xã Hạ Hòa", "Tả Thao", "K16 - K21", "5,1",
    )
    assert texts(rebuild(lines)) == [
        ("table_row", "STT: 1; Xã: Xã Đan Hà; Tuyến đê: Tả Thao; Lý trình: K0 - K16; Chiều dài (km): 16,5"),
        *[("text", t) for t in ["Đê bối", "K0 - K2", "2,3", "Tổng", "18,8"]],
        ("table_row", "STT: 2; Xã: Xã Hạ Hòa; Tuyến đê: Tả Thao; Lý trình: K16 - K21; Chiều dài (km): 5,1"),
    ]


def test_a_row_with_a_missing_cell_keeps_its_lines():
    lines = paragraphs("STT", "Nhiệm vụ", "Chủ trì", "Phối hợp",
                       "1", "Rà soát", "Sở Nội vụ", "Các sở",
                       "2", "Số hóa", "Các xã")
    assert texts(rebuild(lines))[1:] == [("text", "2"), ("text", "Số hóa"), ("text", "Các xã")]


def test_a_row_with_sub_rows_keeps_its_lines():
    lines = paragraphs("STT", "Tên", "Đơn vị", "Số lượng",
                       "1", "Vở viết", "Quyển", "30",
                       "2", "Đồng phục", "a", "Áo khoác", "Cái")
    assert texts(rebuild(lines)) == [
        ("table_row", "STT: 1; Tên: Vở viết; Đơn vị: Quyển; Số lượng: 30"),
        *[("text", t) for t in ["2", "Đồng phục", "a", "Áo khoác", "Cái"]],
    ]


def test_the_last_row_stops_where_the_document_goes_on():
    lines = paragraphs("STT", "Mẫu biểu", "Nội dung",
                       "1", "Mẫu số 01", "Đề nghị cấp mới hộp thư",
                       "2", "Mẫu số 02", "Đề nghị thu hồi hộp thư",
                       "Mẫu số 01", "ĐƠN ĐỀ NGHỊ")
    assert texts(rebuild(lines))[-3:] == [
        ("table_row", "STT: 2; Mẫu biểu: Mẫu số 02; Nội dung: Đề nghị thu hồi hộp thư"),
        ("text", "Mẫu số 01"),
        ("text", "ĐƠN ĐỀ NGHỊ"),
    ]


def test_text_without_a_flattened_table_is_unchanged():
    lines = ["TT", "", "Nội dung công việc cần làm ngay", "", "1", "", "Điều 1. Phạm vi", "dòng tiếp", "",
             "Số TT", "", "a", "", "b", "", "1", "", "Chỉ một dòng"]
    assert rebuild(lines) == line_blocks(lines)


def test_text_files_are_loaded_with_rebuilt_tables(tmp_path):
    path = tmp_path / "qd.txt"
    path.write_text("\n".join(paragraphs(*TASKS, "1", "Rà soát thủ tục", "Văn phòng UBND tỉnh", "Các sở",
                                         "Tháng 12/2025", "2", "Số hóa hồ sơ", "Sở Nội vụ", "Các xã", "Năm 2026")),
                    encoding="utf-8")
    rows = [b for b in load_text(path).blocks if b.kind == "table_row"]
    assert [r.cells[2] for r in rows] == ["Văn phòng UBND tỉnh", "Sở Nội vụ"]


def test_a_count_equal_to_the_next_index_stays_a_cell():
    # Row 1's sample count is "2", followed by its total "64": not row 2.
    lines = paragraphs("TT", "Đối tượng", "Tần suất", "Số lượng mẫu/lần", "Tổng số (mẫu)",
                       "1", "Nuôi ngao", "02 lần/tháng", "2", "64",
                       "2", "Cá lồng", "02 lần/tháng", "3", "48")
    assert [b.text for b in rebuild(lines) if b.text] == [
        "TT: 1; Đối tượng: Nuôi ngao; Tần suất: 02 lần/tháng; Số lượng mẫu/lần: 2; Tổng số (mẫu): 64",
        "TT: 2; Đối tượng: Cá lồng; Tần suất: 02 lần/tháng; Số lượng mẫu/lần: 3; Tổng số (mẫu): 48",
    ]


def test_a_row_without_the_cell_merged_down_from_the_first_row_is_rebuilt():
    # "Nguồn kinh phí" is stated once and merged over the rows below; row 2 has its time in
    # place, row 3 lacks a cell before its time and keeps its lines.
    lines = paragraphs("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Nguồn kinh phí",
                       "1", "Rà soát quy định", "Sở Tài chính", "Quý IV/2025", "Chi thường xuyên",
                       "2", "Xây dựng cơ sở dữ liệu", "UBND cấp xã", "Quý I/2030",
                       "3", "Đồng bộ dữ liệu", "Năm 2026", "Chi thường xuyên")
    assert texts(rebuild(lines)) == [
        ("table_row", "TT: 1; Nhiệm vụ: Rà soát quy định; Cơ quan chủ trì: Sở Tài chính; "
                      "Thời gian hoàn thành: Quý IV/2025; Nguồn kinh phí: Chi thường xuyên"),
        ("table_row", "TT: 2; Nhiệm vụ: Xây dựng cơ sở dữ liệu; Cơ quan chủ trì: UBND cấp xã; "
                      "Thời gian hoàn thành: Quý I/2030"),
        *[("text", t) for t in ["3", "Đồng bộ dữ liệu", "Năm 2026", "Chi thường xuyên"]],
    ]
