"""A document's outline and text by section, from the passages the real pipeline makes."""
from __future__ import annotations

from ingest.records import Passage
from ingest.store import Store
from webapp.docview import PREAMBLE, entered, neighbours, outline, sections, within
from webfixtures import built_index  # noqa: F401 - fixture

TASKS = "II. NHIỆM VỤ"
CULTURE = "II. NHIỆM VỤ › 1. Sở Văn hóa, Thể thao và Du lịch"


def _plan(index_dir):
    with Store(index_dir, create=False) as store:
        [doc] = [d for d in store.documents() if d.meta.number == "57/KH-UBND"]
        doc = store.document(doc.doc_id)
        return doc, [sp.passage for sp in store.passages(doc_id=doc.doc_id)]


def test_outline_of_the_plan(built_index):
    doc, passages = _plan(built_index)
    entries = outline(sections(doc.text, passages))
    assert [(e.label, e.depth) for e in entries] == [
        (PREAMBLE, 0),
        ("I. MỤC TIÊU", 0),
        ("2. Chỉ tiêu cụ thể", 1),
        (TASKS, 0),
        ("1. Sở Văn hóa, Thể thao và Du lịch", 1),
        ("2. Sở Giáo dục và Đào tạo", 1),
        ("3. Sở Tài chính", 1),
        ("III. TỔ CHỨC THỰC HIỆN", 0),
    ]
    assert entries[4].path == CULTURE


def test_text_by_section_drops_repeated_headings(built_index):
    doc, passages = _plan(built_index)
    secs = sections(doc.text, passages)
    [culture] = within(secs, CULTURE)
    assert culture.body == ("- Chủ trì xây dựng nền tảng thư viện số của tỉnh, hoàn thành trước ngày 30/6/2024.\n"
                            "- Chủ trì số hóa tài liệu địa chí, hoàn thành trong Quý III/2024.")
    assert culture.text.startswith("II. NHIỆM VỤ\n1. Sở Văn hóa")  # the document's own text, untouched
    assert [s.label for s in within(secs, TASKS)] == [
        "1. Sở Văn hóa, Thể thao và Du lịch", "2. Sở Giáo dục và Đào tạo", "3. Sở Tài chính"]
    assert within(secs, None) == secs
    # Every character of every passage is shown once, in order.
    assert "".join(s.text for s in secs).replace("\n", "").replace(" ", "") == \
        "".join(p.text for p in passages).replace("\n", "").replace(" ", "")


def test_sections_group_consecutive_passages_and_pages():
    text = "A\nmột\nhai\nB\nba"
    ps = [Passage("d", 0, "A\nmột", "A", 1, 0, 5), Passage("d", 1, "hai", "A", 2, 6, 9, ocr=True),
          Passage("d", 2, "B\nba", "B", 3, 10, 14)]
    secs = sections(text, ps)
    assert [(s.path, s.text, s.pages, s.ocr, s.where) for s in secs] == [
        ("A", "A\nmột\nhai", (1, 2), True, "trang 1–2 · nhận dạng chữ (OCR): hãy đối chiếu bản gốc"),
        ("B", "B\nba", (3,), False, "trang 3"),
    ]
    assert [s.body for s in secs] == ["một\nhai", "ba"]


def test_entered_and_neighbours():
    assert [e.label for e in entered(None, CULTURE)] == [TASKS, "1. Sở Văn hóa, Thể thao và Du lịch"]
    assert [e.label for e in entered(CULTURE, "II. NHIỆM VỤ › 2. Sở Giáo dục và Đào tạo")] == [
        "2. Sở Giáo dục và Đào tạo"]
    assert [e.label for e in entered("A", "")] == [PREAMBLE]
    entries = outline(sections("", [Passage("d", i, "x", p, None, 0, 0) for i, p in enumerate(["", "A", "A › B"])]))
    assert neighbours(entries, None) == (None, "")
    assert neighbours(entries, "") == (None, "A")
    assert neighbours(entries, "A") == ("", "A › B")
    assert neighbours(entries, "A › B") == ("A", None)
    assert neighbours(entries, "missing") == (None, "")
