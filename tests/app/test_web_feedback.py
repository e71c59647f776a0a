"""👍/👎 feedback: SQLite round trip, one rating per answer, CSV export."""
from __future__ import annotations

import csv
import io
import json
import threading

import pytest

from webapp.feedback import CSV_HEADER, FeedbackStore

ANSWER = {
    "question": "Cơ quan nào chủ trì xây dựng thư viện số?",
    "intent": "responsibility",
    "answer": "Sở Văn hóa, Thể thao và Du lịch (chủ trì).",
    "found": True,
    "citations": [{
        "doc_id": "d1", "source": "corpus/kh57.txt", "title": "Phát triển thư viện số", "doc_type": "Kế hoạch",
        "number": "57/KH-UBND", "issuer": None, "issued": "2024-03-15", "section": "II. NHIỆM VỤ", "page": 2,
        "text": "Chủ trì xây dựng nền tảng thư viện số.", "highlight": [0, 38], "score": 0.5, "ocr": True,
    }],
}


def test_round_trip_and_change_of_mind(tmp_path):
    path = tmp_path / "idx" / "feedback.sqlite"
    with FeedbackStore(path) as store:
        store.record("a1", 1, ANSWER)
        store.record("a2", -1, {**ANSWER, "question": "Hỏi khác?", "found": False, "citations": []})
        store.record("a1", -1, ANSWER)  # the user changed their mind: still one row
        assert store.counts() == (0, 2)
    with FeedbackStore(path) as store:  # persisted
        records = store.records()
        assert [(r.answer_id, r.rating, r.question, r.found) for r in records] == [
            ("a1", -1, "Cơ quan nào chủ trì xây dựng thư viện số?", True), ("a2", -1, "Hỏi khác?", False)]
        assert records[0].citations == tuple(ANSWER["citations"])
        store.forget("a1")
        assert [r.answer_id for r in store.records()] == ["a2"]


def test_rating_must_be_up_or_down(tmp_path):
    with FeedbackStore(tmp_path / "f.sqlite") as store, pytest.raises(ValueError):
        store.record("a1", 0, ANSWER)


def test_csv_export(tmp_path):
    with FeedbackStore(tmp_path / "f.sqlite") as store:
        store.record("a1", 1, ANSWER)
        data = store.to_csv()
    assert data.startswith("\ufeff".encode())  # BOM: spreadsheet programs read UTF-8
    header, row = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(header) == CSV_HEADER
    assert row[1:6] == ["hữu ích", "Cơ quan nào chủ trì xây dựng thư viện số?",
                        "Sở Văn hóa, Thể thao và Du lịch (chủ trì).", "có",
                        "Kế hoạch 57/KH-UBND · II. NHIỆM VỤ · trang 2 · nhận dạng chữ (OCR)"]
    assert json.loads(row[6])[0]["highlight"] == [0, 38]


def test_one_store_serves_several_threads(tmp_path):
    with FeedbackStore(tmp_path / "f.sqlite") as store:
        threads = [threading.Thread(target=store.record, args=(f"a{i}", 1 if i % 2 else -1, ANSWER)) for i in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert store.counts() == (10, 10)
