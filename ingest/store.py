"""SQLite storage for files, documents, passages, facts and embeddings.

The database is the source of truth of an index folder; the FAISS and BM25 files beside it
are derived from it and can be rebuilt. Every document is written in one transaction, so a
crash or Ctrl-C leaves the previous state intact, and a changed file replaces its old
document atomically.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ingest.errors import IndexUnusable
from ingest.records import (
    Assignment,
    Deadline,
    DeadlineFact,
    Document,
    DocumentMeta,
    Fact,
    Passage,
    Target,
)

DB_NAME = "index.sqlite"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,          -- resolved absolute path
    source TEXT NOT NULL,           -- the path as given on the command line
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    doc_id TEXT,                    -- NULL when skipped or failed
    status TEXT NOT NULL,           -- ingested | duplicate | skipped | failed
    reason TEXT,
    updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    format TEXT NOT NULL,
    pages INTEGER,
    text TEXT NOT NULL,
    doc_type TEXT, number TEXT, issuer TEXT, province TEXT, issued TEXT,
    title TEXT, signer TEXT, cites TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '[]',
    ingested TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    section TEXT NOT NULL,
    page INTEGER,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    kind TEXT NOT NULL,
    ocr INTEGER NOT NULL DEFAULT 0,
    words TEXT NOT NULL DEFAULT '',  -- space-separated underthesea tokens of the normalised text
    UNIQUE (doc_id, seq)
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id);
CREATE TABLE IF NOT EXISTS embeddings (
    passage_id INTEGER PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    vector BLOB NOT NULL             -- float32, L2-normalised
);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    passage_id INTEGER REFERENCES passages(id) ON DELETE CASCADE,
    type TEXT NOT NULL,              -- assignment | target | deadline
    agency TEXT, mention TEXT, role TEXT, task TEXT,
    indicator TEXT, value TEXT, unit TEXT, qualifier TEXT, period TEXT,
    deadline_text TEXT, deadline_start TEXT, deadline_end TEXT, recurrence TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id);
CREATE INDEX IF NOT EXISTS facts_type ON facts(type);
"""


@dataclass(frozen=True, slots=True)
class FileRecord:
    path: str
    source: str
    sha256: str
    size: int
    doc_id: str | None
    status: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class StoredPassage:
    """A passage as read back from the database, with its row id and tokens."""

    id: int
    passage: Passage
    words: str


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """One index folder's database. Use as a context manager or call ``close()``."""

    def __init__(self, index_dir: str | Path, *, create: bool = True, readonly: bool = False):
        self.dir = Path(index_dir)
        path = self.dir / DB_NAME
        try:
            if create and not readonly:
                self.dir.mkdir(parents=True, exist_ok=True)
            elif not path.exists():
                raise IndexUnusable(f"no index at {self.dir} (run: python -m ingest PATH --index {self.dir})")
            uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)
            self.db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.executescript(_SCHEMA)
                self._check_version()
        except (OSError, sqlite3.Error) as exc:
            raise IndexUnusable(f"cannot open index {path}: {exc}") from exc

    def _check_version(self) -> None:
        row = self.db.execute("SELECT value FROM info WHERE key = 'schema'").fetchone()
        if row is None:
            with self.db:
                self.db.execute("INSERT INTO info VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        elif int(row[0]) != SCHEMA_VERSION:
            raise IndexUnusable(
                f"index {self.dir} has schema {row[0]}, this version needs {SCHEMA_VERSION}: "
                "delete the folder and ingest again"
            )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- info -----------------------------------------------------------------------------

    def get_info(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM info WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_info(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO info VALUES (?, ?)", (key, value))

    def generation(self) -> int:
        """A counter bumped on every change of passages; derived indexes record it."""
        return int(self.get_info("generation") or 0)

    def _bump(self) -> None:
        self.db.execute(
            "INSERT INTO info VALUES ('generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    # --- files ----------------------------------------------------------------------------

    def file(self, path: str) -> FileRecord | None:
        row = self.db.execute(
            "SELECT path, source, sha256, size, doc_id, status, reason FROM files WHERE path = ?",
            (path,),
        ).fetchone()
        return FileRecord(*row) if row else None

    def document_by_sha(self, sha256: str) -> tuple[str, str] | None:
        """(doc_id, source) of the document with this content, if any."""
        row = self.db.execute(
            "SELECT doc_id, source FROM documents WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def record_file(self, rec: FileRecord) -> None:
        """Remember a skipped, failed or duplicate file (its old document, if any, stays)."""
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (rec.path, rec.source, rec.sha256, rec.size, rec.doc_id, rec.status, rec.reason, _now()),
            )

    # --- documents --------------------------------------------------------------------------

    def replace_document(
        self,
        rec: FileRecord,
        doc: Document,
        passages: Sequence[Passage],
        words: Sequence[str],
        facts: Sequence[Fact],
        vectors: Sequence[bytes] | None = None,
        model: str | None = None,
    ) -> None:
        """Write one document in a single transaction, replacing what the file had before."""
        if len(words) != len(passages) or (vectors is not None and len(vectors) != len(passages)):
            raise ValueError("one token string and one vector per passage")
        with self.db:
            old = self.db.execute("SELECT doc_id FROM files WHERE path = ?", (rec.path,)).fetchone()
            if old and old[0] and old[0] != doc.doc_id:
                self._delete_document(old[0])
            self._delete_document(doc.doc_id)
            m = doc.meta
            self.db.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.doc_id, doc.source, doc.sha256, doc.format, doc.pages, doc.text,
                    m.doc_type, m.number, m.issuer, m.province, m.issued, m.title, m.signer,
                    json.dumps(list(m.cites), ensure_ascii=False),
                    json.dumps(list(doc.notes), ensure_ascii=False), _now(),
                ),
            )
            ids: list[int] = []
            for p, w in zip(passages, words):
                cur = self.db.execute(
                    "INSERT INTO passages (doc_id, seq, text, section, page, start, end, kind, ocr, words)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (p.doc_id, p.seq, p.text, p.section, p.page, p.start, p.end, p.kind, int(p.ocr), w),
                )
                ids.append(int(cur.lastrowid))
            if vectors is not None:
                self.db.executemany(
                    "INSERT INTO embeddings VALUES (?, ?, ?)",
                    [(pid, model, vec) for pid, vec in zip(ids, vectors)],
                )
            starts = [p.start for p in passages]
            self.db.executemany(
                "INSERT INTO facts (doc_id, passage_id, type, agency, mention, role, task, indicator,"
                " value, unit, qualifier, period, deadline_text, deadline_start, deadline_end,"
                " recurrence, start, end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(doc.doc_id, _passage_for(fact.start, passages, ids, starts), *_fact_row(fact)) for fact in facts],
            )
            self.db.execute(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (rec.path, rec.source, rec.sha256, rec.size, doc.doc_id, "ingested", None, _now()),
            )
            self._bump()

    def _delete_document(self, doc_id: str) -> None:
        cur = self.db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
        if cur.rowcount:
            self.db.execute("UPDATE files SET doc_id = NULL WHERE doc_id = ?", (doc_id,))

    def delete_document(self, doc_id: str) -> None:
        with self.db:
            self._delete_document(doc_id)
            self._bump()

    def documents(self) -> list[Document]:
        rows = self.db.execute(
            "SELECT doc_id, source, sha256, format, pages, '', doc_type, number, issuer, province,"
            " issued, title, signer, cites, notes FROM documents ORDER BY source"
        ).fetchall()
        return [_document(row) for row in rows]

    def document(self, doc_id: str, *, with_text: bool = True) -> Document | None:
        text = "text" if with_text else "''"
        row = self.db.execute(
            f"SELECT doc_id, source, sha256, format, pages, {text}, doc_type, number, issuer,"
            " province, issued, title, signer, cites, notes FROM documents WHERE doc_id = ?",
            (doc_id,),
        ).fetchone()
        return _document(row) if row else None

    # --- passages ---------------------------------------------------------------------------

    def passages(self, ids: Iterable[int] | None = None, *, doc_id: str | None = None,
                 seqs: Iterable[int] | None = None) -> list[StoredPassage]:
        """Passages by row id (in the order given), or a document's passages in order (only those
        at positions ``seqs`` when given), or all of them."""
        sql = (
            "SELECT id, doc_id, seq, text, section, page, start, end, kind, ocr, words FROM passages"
        )
        if ids is not None:
            id_list = list(ids)
            if not id_list:
                return []
            rows = []
            for chunk in _chunks(id_list, 500):
                marks = ",".join("?" * len(chunk))
                rows += self.db.execute(f"{sql} WHERE id IN ({marks})", chunk).fetchall()
            by_id = {r[0]: r for r in rows}
            rows = [by_id[i] for i in id_list if i in by_id]
        elif doc_id is not None and seqs is not None:
            seq_list = list(seqs)
            marks = ",".join("?" * len(seq_list))
            rows = self.db.execute(f"{sql} WHERE doc_id = ? AND seq IN ({marks}) ORDER BY seq",
                                   (doc_id, *seq_list)).fetchall() if seq_list else []
        elif doc_id is not None:
            rows = self.db.execute(f"{sql} WHERE doc_id = ? ORDER BY seq", (doc_id,)).fetchall()
        else:
            rows = self.db.execute(f"{sql} ORDER BY id").fetchall()
        return [
            StoredPassage(r[0], Passage(r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9])), r[10])
            for r in rows
        ]

    def passage_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM passages").fetchone()[0])

    def document_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    # --- embeddings -------------------------------------------------------------------------

    def missing_embeddings(self, model: str) -> list[tuple[int, str]]:
        """(passage id, text) of passages with no vector from ``model``."""
        return self.db.execute(
            "SELECT p.id, p.text FROM passages p LEFT JOIN embeddings e"
            " ON e.passage_id = p.id AND e.model = ? WHERE e.passage_id IS NULL ORDER BY p.id",
            (model,),
        ).fetchall()

    def put_embeddings(self, model: str, rows: Sequence[tuple[int, bytes]]) -> None:
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)",
                [(pid, model, vec) for pid, vec in rows],
            )

    def embeddings(self, model: str) -> Iterator[tuple[int, bytes]]:
        yield from self.db.execute(
            "SELECT e.passage_id, e.vector FROM embeddings e JOIN passages p ON p.id = e.passage_id"
            " WHERE e.model = ? ORDER BY e.passage_id",
            (model,),
        )

    def drop_other_embeddings(self, model: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM embeddings WHERE model != ?", (model,))

    # --- facts ------------------------------------------------------------------------------

    def facts(self, *, type: str | None = None, doc_id: str | None = None) -> list[StoredFact]:
        sql = (
            "SELECT id, doc_id, passage_id, type, agency, mention, role, task, indicator, value,"
            " unit, qualifier, period, deadline_text, deadline_start, deadline_end, recurrence,"
            " start, end FROM facts"
        )
        where, args = [], []
        if type is not None:
            where.append("type = ?")
            args.append(type)
        if doc_id is not None:
            where.append("doc_id = ?")
            args.append(doc_id)
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_stored_fact(r) for r in self.db.execute(sql + " ORDER BY doc_id, start", args)]


@dataclass(frozen=True, slots=True)
class StoredFact:
    id: int
    doc_id: str
    passage_id: int | None
    fact: Fact


def _chunks(items: list[int], n: int) -> Iterator[list[int]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _passage_for(offset: int, passages: Sequence[Passage], ids: Sequence[int], starts: Sequence[int]) -> int | None:
    import bisect

    i = bisect.bisect_right(starts, offset) - 1
    if 0 <= i < len(passages) and passages[i].start <= offset < max(passages[i].end, passages[i].start + 1):
        return ids[i]
    return None


def _deadline_cols(d: Deadline | None) -> tuple[str | None, str | None, str | None, str | None]:
    if d is None:
        return (None, None, None, None)
    return (d.text, d.start, d.end, d.recurrence)


def _fact_row(fact: Fact) -> tuple:
    if isinstance(fact, Assignment):
        return ("assignment", fact.agency, fact.mention, fact.role, fact.task,
                None, None, None, None, None, *_deadline_cols(fact.deadline), fact.start, fact.end)
    if isinstance(fact, Target):
        return ("target", None, None, None, None, fact.indicator, fact.value, fact.unit,
                fact.qualifier, fact.period, None, None, None, None, fact.start, fact.end)
    if isinstance(fact, DeadlineFact):
        return ("deadline", None, None, None, fact.task, None, None, None, None, None,
                *_deadline_cols(fact.deadline), fact.start, fact.end)
    raise TypeError(f"not a fact: {fact!r}")


def _stored_fact(r: tuple) -> StoredFact:
    (fid, doc_id, pid, kind, agency, mention, role, task, indicator, value, unit, qualifier,
     period, dtext, dstart, dend, recurrence, start, end) = r
    deadline = Deadline(dtext, dstart, dend, recurrence) if dtext is not None else None
    fact: Fact
    if kind == "assignment":
        fact = Assignment(agency, mention, role, task, deadline, start, end)
    elif kind == "target":
        fact = Target(indicator, value, unit, qualifier, period, start, end)
    else:
        assert deadline is not None
        fact = DeadlineFact(task, deadline, start, end)
    return StoredFact(fid, doc_id, pid, fact)


def _document(row: tuple) -> Document:
    (doc_id, source, sha, fmt, pages, text, doc_type, number, issuer, province, issued, title,
     signer, cites, notes) = row
    meta = DocumentMeta(doc_type, number, issuer, province, issued, title, signer, tuple(json.loads(cites)))
    return Document(doc_id, source, sha, fmt, text, meta, pages, tuple(json.loads(notes)))
