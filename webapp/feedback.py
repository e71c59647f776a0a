"""👍/👎 on answers, kept in ``feedback.sqlite`` beside the index and exported as CSV.

One row per answer (its id is made when the answer is shown), so changing one's mind
replaces the rating instead of adding a second one. The question, the answer and its
citations are stored with the rating, so the export can be read without the index.

>>> import tempfile, pathlib
>>> with FeedbackStore(pathlib.Path(tempfile.mkdtemp()) / "f.sqlite") as fb:
...     fb.record("a1", 1, {"question": "Ai chủ trì?", "answer": "Sở Y tế", "found": True, "citations": []})
...     [(r.answer_id, r.rating, r.answer) for r in fb.records()]
[('a1', 1, 'Sở Y tế')]
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from webapp.render import citation_label

FEEDBACK_DB = "feedback.sqlite"
RATING_LABELS = {1: "hữu ích", -1: "không hữu ích"}
CSV_HEADER = ("thời điểm", "đánh giá", "câu hỏi", "câu trả lời", "có câu trả lời", "trích dẫn", "trích dẫn (JSON)")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    answer_id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    found INTEGER NOT NULL,
    citations TEXT NOT NULL  -- JSON list, as in Answer.to_json()
);
"""


@dataclass(frozen=True, slots=True)
class FeedbackRecord:
    answer_id: str
    created: str  # ISO time, UTC
    rating: int  # 1 = 👍, -1 = 👎
    question: str
    answer: str
    found: bool
    citations: tuple[dict[str, Any], ...]


class FeedbackStore:
    """SQLite file shared by all sessions of the process (one connection, writes serialised)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self.db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        with self._lock, self.db:
            self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> FeedbackStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record(self, answer_id: str, rating: int, answer: dict[str, Any]) -> None:
        """Store (or replace) the rating of one answer; ``answer`` is ``Answer.to_json()``."""
        if rating not in RATING_LABELS:
            raise ValueError(f"rating must be 1 or -1, not {rating!r}")
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        row = (answer_id, now, rating, str(answer.get("question", "")), str(answer.get("answer", "")),
               int(bool(answer.get("found"))), json.dumps(answer.get("citations") or [], ensure_ascii=False))
        with self._lock, self.db:
            self.db.execute("INSERT OR REPLACE INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?)", row)

    def forget(self, answer_id: str) -> None:
        """The user took the rating back."""
        with self._lock, self.db:
            self.db.execute("DELETE FROM feedback WHERE answer_id = ?", (answer_id,))

    def records(self) -> list[FeedbackRecord]:
        with self._lock:
            rows = self.db.execute(
                "SELECT answer_id, created, rating, question, answer, found, citations FROM feedback"
                " ORDER BY created, answer_id"
            ).fetchall()
        return [FeedbackRecord(a, c, r, q, ans, bool(f), tuple(json.loads(cit))) for a, c, r, q, ans, f, cit in rows]

    def counts(self) -> tuple[int, int]:
        """(👍, 👎)."""
        with self._lock:
            rows = dict(self.db.execute("SELECT rating, COUNT(*) FROM feedback GROUP BY rating").fetchall())
        return int(rows.get(1, 0)), int(rows.get(-1, 0))

    def to_csv(self) -> bytes:
        """All feedback as CSV (UTF-8 with BOM, so spreadsheet programs show Vietnamese correctly)."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_HEADER)
        for r in self.records():
            writer.writerow((
                r.created, RATING_LABELS[r.rating], r.question, r.answer, "có" if r.found else "không",
                " | ".join(citation_label(c) for c in r.citations),
                json.dumps(list(r.citations), ensure_ascii=False),
            ))
        return out.getvalue().encode("utf-8-sig")
