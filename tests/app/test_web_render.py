"""What the chat shows: escaped excerpts with the supporting span, labels, filters."""
from __future__ import annotations

import doctest

import pytest

import webapp.docview
import webapp.feedback
import webapp.render
import webapp.timeline
import webapp.uploads
from index.search import Filters
from ingest.records import Document, DocumentMeta
from webapp.render import (
    answer_html,
    chat_filters,
    citation_details,
    citation_label,
    document_label,
    excerpt_html,
    filter_options,
    highlight,
    md_escape,
    window,
)

CITATION = {"doc_id": "d1", "source": "up/scan.pdf", "title": "Thư viện số", "doc_type": "Kế hoạch",
            "number": "57/KH-UBND", "issuer": "UBND tỉnh Quảng Trị", "issued": "2024-03-15",
            "section": "II. NHIỆM VỤ › 1. Sở Văn hóa", "page": 4,
            "text": "Giao <b>Sở</b> chủ trì; kinh phí $5 triệu.", "highlight": [5, 18], "ocr": True}


@pytest.mark.parametrize("module", [webapp.docview, webapp.feedback, webapp.render, webapp.timeline, webapp.uploads])
def test_doctests(module):
    # pytest.ini collects doctests under tests/, ingest/ and index/ only.
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


def test_highlight_escapes_everything_and_marks_the_span():
    assert highlight(CITATION["text"], CITATION["highlight"]) == \
        "Giao <mark>&lt;b&gt;Sở&lt;/b&gt; chủ</mark> trì; kinh phí &#36;5 triệu."
    assert highlight("<script>x</script>", (0, 0)) == "&lt;script&gt;x&lt;/script&gt;"
    assert highlight("abc", (2, 99)) == "ab<mark>c</mark>"  # clipped
    assert highlight("abc", (5, 9)) == "abc"  # outside: nothing marked
    assert highlight("dòng 1\ndòng 2", (0, 6)) == "<mark>dòng 1</mark><br>dòng 2"


def test_window_keeps_the_span_inside():
    text = " ".join(f"từ{i}" for i in range(200))
    start = text.index("từ100 ")
    short, span = window(text, (start, start + 5), context=30)
    assert short.startswith("… ") and short.endswith(" …") and len(short) < 80
    assert short[span[0]:span[1]] == "từ100"
    assert window("ngắn gọn", (0, 4), context=30) == ("ngắn gọn", (0, 4))


def test_excerpt_and_answer_html():
    assert excerpt_html(CITATION) == \
        '<div class="trich-doan">Giao <mark>&lt;b&gt;Sở&lt;/b&gt; chủ</mark> trì; kinh phí &#36;5 triệu.</div>'
    assert answer_html({"answer": "Sở Y tế <chủ trì>"}) == '<div class="tra-loi">Sở Y tế &lt;chủ trì&gt;</div>'


def test_citation_label_and_details():
    assert citation_label(CITATION) == \
        "Kế hoạch 57/KH-UBND · II. NHIỆM VỤ › 1. Sở Văn hóa · trang 4 · nhận dạng chữ (OCR)"
    assert citation_label({"source": "corpus/tin-tuc.txt", "section": ""}) == "tin-tuc.txt"
    html = citation_details(CITATION, 2)
    assert html.startswith('<div class="nguon"><b>[2] Kế hoạch 57/KH-UBND</b><br>Thư viện số<br>')
    assert "UBND tỉnh Quảng Trị · 15/03/2024<br>Mục: II. NHIỆM VỤ › 1. Sở Văn hóa · Trang 4" in html
    assert "nhận dạng chữ (OCR)" in html
    assert "OCR" not in citation_details({**CITATION, "ocr": False})


def test_labels_and_markdown_escape():
    doc = Document("d", "x/kh.txt", "s", "txt", "", DocumentMeta("Kế hoạch", "57/KH-UBND", province="Quảng Trị",
                                                               issued="2024-03-15"))
    assert document_label(doc) == "Kế hoạch 57/KH-UBND (Quảng Trị, 2024)"
    assert document_label(Document("e", "y/tin.txt", "s", "txt", "", DocumentMeta(title="Tin tức"))) == "Tin tức"
    assert md_escape("a) Mục *tiêu* [1]") == "a\\) Mục \\*tiêu\\* \\[1\\]"


def test_chat_filters_and_options():
    assert chat_filters() == Filters()
    assert not chat_filters()
    assert chat_filters(doc_types=["Kế hoạch"], provinces=["Quảng Trị"], years=["2024"], doc_ids=["d"]) == \
        Filters(doc_types=("Kế hoạch",), provinces=("Quảng Trị",), years=(2024,), doc_ids=("d",))
    docs = [Document("a", "a", "s", "txt", "", DocumentMeta("Kế hoạch", province="Quảng Trị", issued="2024-01-02")),
            Document("b", "b", "t", "txt", "", DocumentMeta("Công văn", province="Hà Giang", issued="2025-01-02")),
            Document("c", "c", "u", "txt", "", DocumentMeta())]
    assert filter_options(docs) == {"doc_types": ["Công văn", "Kế hoạch"], "provinces": ["Hà Giang", "Quảng Trị"],
                                    "years": [2025, 2024]}
