"""Assignment, target, deadline and document tables: rows, filters, CSV and XLSX export."""
from __future__ import annotations

import io

from ingest.records import Assignment, Deadline, DeadlineFact, Document, DocumentMeta, Target
from ingest.store import StoredFact
from webapp.tables import (
    AssignmentRow,
    RowFilter,
    apply,
    assignment_rows,
    choices,
    deadline_rows,
    document_rows,
    frame,
    target_rows,
    to_csv,
    to_xlsx,
)

DOCS = {
    "kh": Document("kh", "corpus/kh57.txt", "s1", "txt", "", DocumentMeta(
        "Kế hoạch", "57/KH-UBND", "UBND tỉnh Quảng Trị", "Quảng Trị", "2024-03-15", "Thư viện số")),
    "cv": Document("cv", "uploads/cv205.docx", "s2", "docx", "", DocumentMeta(
        "Công văn", "205/UBND-VX", "UBND tỉnh Hà Giang", "Hà Giang", "2025-04-02", "Tiêm chủng"), pages=2),
    "bc": Document("bc", "corpus/bao-cao.pdf", "s3", "pdf", "", DocumentMeta(title="Báo cáo không số")),
}
FACTS = [
    StoredFact(1, "kh", 1, Assignment("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "chủ trì",
                                      "Xây dựng nền tảng thư viện số",
                                      Deadline("trước ngày 30/6/2024", None, "2024-06-30"), 0, 10)),
    StoredFact(2, "kh", 1, Assignment("Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "phối hợp", "Kết nối trường học", None,
                                      11, 20)),
    StoredFact(3, "cv", 2, Assignment("Sở Y tế", "Sở Y tế", "chủ trì", "Tổ chức tiêm chủng cho trẻ em",
                                      Deadline("Quý III/2025", "2025-07-01", "2025-09-30"), 0, 10)),
    StoredFact(4, "kh", 1, Target("trường kết nối thư viện số", "90", "%", "phấn đấu", "năm 2024", 0, 5)),
    StoredFact(5, "cv", 2, Target("trẻ em được tiêm chủng", "1.200", "trẻ", None, None, 0, 5)),
    StoredFact(6, "bc", None, DeadlineFact("Báo cáo định kỳ", Deadline("hằng quý", recurrence="quarterly"), 0, 5)),
    StoredFact(7, "kh", 3, DeadlineFact("Báo cáo kết quả", Deadline("trước ngày 15/12/2024", None, "2024-12-15"),
                                        0, 5)),
]


def test_assignment_rows_carry_document_fields():
    rows = assignment_rows(FACTS, DOCS)
    assert rows[0] == AssignmentRow("Sở Văn hóa, Thể thao và Du lịch", "chủ trì", "Xây dựng nền tảng thư viện số",
                                    "trước ngày 30/6/2024", "Kế hoạch 57/KH-UBND", "Quảng Trị", 2024, "kh", "Sở VHTTDL")
    assert [(r.agency, r.deadline, r.year) for r in rows[1:]] == [
        ("Sở Giáo dục và Đào tạo", "", 2024), ("Sở Y tế", "Quý III/2025", 2025)]


def test_target_rows_format_values():
    assert [(r.indicator, r.value, r.period, r.document) for r in target_rows(FACTS, DOCS)] == [
        ("trường kết nối thư viện số", "phấn đấu 90%", "năm 2024", "Kế hoạch 57/KH-UBND"),
        ("trẻ em được tiêm chủng", "1.200 trẻ", "", "Công văn 205/UBND-VX"),
    ]


def test_deadline_rows_sorted_by_due_date_undated_last():
    rows = deadline_rows(FACTS, DOCS)
    assert [(r.deadline, r.agency, r.end, r.document) for r in rows] == [
        ("trước ngày 30/6/2024", "Sở Văn hóa, Thể thao và Du lịch", "2024-06-30", "Kế hoạch 57/KH-UBND"),
        ("trước ngày 15/12/2024", "", "2024-12-15", "Kế hoạch 57/KH-UBND"),
        ("Quý III/2025", "Sở Y tế", "2025-09-30", "Công văn 205/UBND-VX"),
        ("hằng quý", "", None, "Báo cáo không số"),
    ]


def test_filters():
    rows = assignment_rows(FACTS, DOCS)
    agencies = [r.agency for r in rows]
    assert [r.agency for r in apply(rows, RowFilter())] == agencies
    assert [r.agency for r in apply(rows, RowFilter(text="TIEM chung"))] == ["Sở Y tế"]  # accents, case
    assert [r.agency for r in apply(rows, RowFilter(text="thư viện sở văn"))] == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert [r.agency for r in apply(rows, RowFilter(text="GD&ĐT"))] == ["Sở Giáo dục và Đào tạo"]  # as written
    assert [r.agency for r in apply(rows, RowFilter(agencies=("Sở Y tế",)))] == ["Sở Y tế"]
    assert [r.agency for r in apply(rows, RowFilter(provinces=("Quảng Trị",)))] == agencies[:2]
    assert [r.agency for r in apply(rows, RowFilter(years=(2025,)))] == ["Sở Y tế"]
    assert [r.agency for r in apply(rows, RowFilter(doc_ids=("kh",), text="ket noi"))] == ["Sở Giáo dục và Đào tạo"]
    assert apply(rows, RowFilter(years=(2023,))) == []
    docs = document_rows(DOCS.values())
    assert [r.doc_id for r in apply(docs, RowFilter(doc_types=("Công văn",)))] == ["cv"]
    assert [r.doc_id for r in apply(docs, RowFilter(years=(2024, 2025)))] == ["kh", "cv"]


def test_choices():
    rows = assignment_rows(FACTS, DOCS)
    assert choices(rows, "agency") == ["Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]
    assert choices(rows, "year") == [2025, 2024]
    assert choices(document_rows(DOCS.values()), "province") == ["Hà Giang", "Quảng Trị"]


def test_document_rows():
    rows = document_rows(DOCS.values())
    assert [(r.doc_type, r.number, r.issued, r.year, r.file, r.pages) for r in rows] == [
        ("Kế hoạch", "57/KH-UBND", "15/03/2024", 2024, "kh57.txt", None),
        ("Công văn", "205/UBND-VX", "02/04/2025", 2025, "cv205.docx", 2),
        ("", "", "", None, "bao-cao.pdf", None),
    ]


def test_frame_headers_and_csv():
    df = frame(assignment_rows(FACTS, DOCS))
    assert list(df.columns) == ["Cơ quan", "Vai trò", "Nhiệm vụ", "Thời hạn", "Văn bản", "Tỉnh/thành", "Năm"]
    assert list(df["Năm"]) == [2024, 2024, 2025]
    text = to_csv(df).decode("utf-8-sig")
    assert text.splitlines()[0] == "Cơ quan,Vai trò,Nhiệm vụ,Thời hạn,Văn bản,Tỉnh/thành,Năm"
    assert text.splitlines()[3] == \
        "Sở Y tế,chủ trì,Tổ chức tiêm chủng cho trẻ em,Quý III/2025,Công văn 205/UBND-VX,Hà Giang,2025"
    assert list(frame([], AssignmentRow).columns) == list(df.columns)  # an empty table keeps its headers


def test_xlsx_export_reads_back():
    import openpyxl

    df = frame(apply(assignment_rows(FACTS, DOCS), RowFilter(provinces=("Quảng Trị",))))
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(df, "Nhiệm vụ")))
    sheet = book["Nhiệm vụ"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values == [
        ["Cơ quan", "Vai trò", "Nhiệm vụ", "Thời hạn", "Văn bản", "Tỉnh/thành", "Năm"],
        ["Sở Văn hóa, Thể thao và Du lịch", "chủ trì", "Xây dựng nền tảng thư viện số", "trước ngày 30/6/2024",
         "Kế hoạch 57/KH-UBND", "Quảng Trị", 2024],
        ["Sở Giáo dục và Đào tạo", "phối hợp", "Kết nối trường học", None, "Kế hoạch 57/KH-UBND", "Quảng Trị", 2024],
    ]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
