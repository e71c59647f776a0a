"""Search and answer latency after loading, on an index scaled to a target passage count.

    python bench/speed.py --index DIR [--passages 15000] [--questions FILE]

The index folder is copied to a temporary folder and its documents are replicated (new ids,
same text and embeddings) until it holds about ``--passages`` passages; FAISS and BM25 are
rebuilt from the copy. Then, in one run:

* hybrid   — Searcher.search (query parsing, query embedding, BM25 fields, FAISS, fusion)
* lexical  — the same without the dense part
* answer   — Answerer.ask (search + evidence + extraction)
* +dense   — hybrid with the index's embedding model forced on (query embedding, FAISS, fusion)
* embed    — the query embedding alone
* naive    — bm25s with its default tokenizer over the same passages (baseline)

Prints median and p95 latency in milliseconds, load time and peak RSS.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_QUESTIONS = [
    "Cơ quan nào chủ trì triển khai hệ thống phòng chống mã độc?",
    "Mục tiêu tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến năm 2023?",
    "Thời hạn báo cáo kết quả thực hiện kế hoạch là khi nào?",
    "Sở Tài chính có nhiệm vụ gì?",
    "ty le dich vu cong truc tuyen toan trinh",
    "Kế hoạch cải cách hành chính giai đoạn 2026-2030 đặt chỉ tiêu gì?",
    "UBND tỉnh giao Sở Nội vụ làm gì?",
    "Quyết định thành lập Ban chỉ đạo về dữ liệu",
]


def scale_copy(src: Path, dst: Path, target: int) -> int:
    """Copy ``src`` to ``dst`` and replicate documents until about ``target`` passages."""
    shutil.copytree(src, dst)
    db = sqlite3.connect(dst / "index.sqlite")
    base = db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    copies = max(0, -(-target // max(base, 1)) - 1)
    for n in range(1, copies + 1):
        suffix = f"~{n}"
        db.execute(
            "INSERT INTO documents SELECT doc_id || ?, source || ?, sha256 || ?, format, pages, text, doc_type,"
            " number, issuer, province, issued, title, signer, cites, notes, ingested FROM documents"
            " WHERE doc_id NOT LIKE '%~%'", (suffix, suffix, suffix))
        offset = db.execute("SELECT MAX(id) FROM passages").fetchone()[0]
        db.execute(
            "INSERT INTO passages SELECT id + ?, doc_id || ?, seq, text, section, page, start, end, kind, ocr, words"
            " FROM passages WHERE doc_id NOT LIKE '%~%'", (offset, suffix))
        db.execute(
            "INSERT INTO embeddings SELECT passage_id + ?, model, vector FROM embeddings"
            " WHERE passage_id IN (SELECT id FROM passages WHERE doc_id NOT LIKE '%~%')", (offset,))
    db.execute("UPDATE info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    db.commit()
    total = db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    db.close()
    return total


def timed(fn, items, repeat: int = 3) -> list[float]:
    out = []
    for _ in range(repeat):
        for item in items:
            t0 = time.perf_counter()
            fn(item)
            out.append((time.perf_counter() - t0) * 1000)
    return out


def summary(ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return f"{statistics.median(ms):>8.1f} {p95:>8.1f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", required=True)
    parser.add_argument("--passages", type=int, default=15000)
    parser.add_argument("--questions", help="jsonl with 'question' fields, or a text file, one per line")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from index.answer import Answerer
    from index.build import refresh
    from index.search import Searcher
    from index.settings import from_env
    from ingest.store import Store

    questions = DEFAULT_QUESTIONS
    if args.questions:
        lines = [line.strip() for line in open(args.questions, encoding="utf-8") if line.strip()]
        questions = [json.loads(line)["question"] if line.startswith("{") else line for line in lines]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "idx"
        total = scale_copy(Path(args.index), folder, args.passages)
        settings = from_env(index_dir=str(folder))
        t0 = time.perf_counter()
        with Store(folder) as store:
            refresh(store, settings)
        build_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        searcher = Searcher.open(folder, settings)
        load_s = time.perf_counter() - t0
        searcher.search(questions[0], k=10)  # warm-up: first query pays for lazy imports
        answerer = Answerer(searcher)
        answerer.ask(questions[0])

        rows = [("hybrid", timed(lambda q: searcher.search(q, k=10), questions))]
        rows.append(("lexical", timed(lambda q: searcher.search(q, k=10, dense_weight=0.0), questions)))
        rows.append(("answer", timed(lambda q: answerer.ask(q), questions)))
        # The same with the index's embedding model loaded and used whatever its default weight:
        # query embedding + FAISS + fusion, what a Vietnamese model costs per question.
        dense = Searcher.open(folder, settings.with_(dense_weight=0.3))
        if dense.dense is not None:
            dense.search(questions[0], k=10)
            rows.append(("+dense", timed(lambda q: dense.search(q, k=10), questions)))
            rows.append(("embed", timed(lambda q: dense.embedder.encode_queries([q]), questions)))

        import bm25s

        texts = [sp.passage.text for sp in searcher.store.passages()]
        naive = bm25s.BM25()
        naive.index(bm25s.tokenize(texts, stopwords=None, show_progress=False), show_progress=False)
        rows.append(("naive", timed(
            lambda q: naive.retrieve(bm25s.tokenize([q], stopwords=None, show_progress=False), k=10,
                                     show_progress=False), questions)))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        model = dense.embedder.name if dense.embedder else "-"
        faiss_kind = (dense.dense.manifest.get("faiss") if dense.dense else "-")
        print(f"{total} passages, {len(searcher.documents)} documents, model {model}, FAISS {faiss_kind}; "
              f"derived-index build {build_s:.1f} s, load {load_s:.1f} s, peak RSS {peak:.0f} MB, "
              f"{os.cpu_count()} CPUs")
        print(f"{'system':<8} {'median':>8} {'p95':>8}  (ms, {len(questions)} questions x 3)")
        for name, ms in rows:
            print(f"{name:<8} {summary(ms)}")
        searcher.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
