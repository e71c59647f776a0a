"""Ingestion throughput and peak memory for a folder, against a naive baseline in the same run.

    python bench/ingest.py FOLDER [FOLDER ...] [--no-embed] [--no-ocr]

* ingest   — ``python -m ingest`` into a fresh temporary index (parse, clean, outline, metadata,
             passages, facts, word segmentation, embeddings, FAISS + BM25)
* naive    — the textbook pipeline: pdfplumber/python-docx/plain read, fixed 1,000/200-character
             chunks, nothing else

Each runs in its own process so that peak RSS (ru_maxrss) is its own. Prints documents/s,
pages/s, passages/s and peak memory.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_NAIVE = r"""
import json, sys
from pathlib import Path
docs = pages = chunks = 0
for folder in sys.argv[1:]:
    for path in sorted(Path(folder).rglob("*")):
        if not path.is_file():
            continue
        text = ""
        try:
            if path.suffix.lower() == ".pdf":
                import pdfplumber
                with pdfplumber.open(path) as pdf:
                    parts = []
                    for page in pdf.pages:
                        parts.append(page.extract_text() or "")
                        pages += 1
                        page.close()
                    text = "\n".join(parts)
            elif path.suffix.lower() == ".docx":
                import docx
                text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
            elif path.suffix.lower() in (".txt", ".md"):
                text = path.read_text(encoding="utf-8", errors="replace")
            else:
                continue
        except Exception:
            continue
        docs += 1
        chunks += len(range(0, max(len(text) - 200, 1), 800))
print(json.dumps({"documents": docs, "pages": pages, "passages": chunks}))
"""


def _child_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run_ingest(folders: list[str], *, embed: bool, ocr: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "idx"
        cmd = [sys.executable, "-m", "ingest", *folders, "--index", str(index), "--no-progress"]
        if not embed:
            cmd.append("--no-embed")
        if not ocr:
            cmd.append("--no-ocr")
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - t0
        peak = _child_peak_mb()
        summary = (proc.stdout.strip().splitlines() or ["?"])[-1]
        import sqlite3

        db = sqlite3.connect(index / "index.sqlite")
        docs, pages = db.execute("SELECT COUNT(*), COALESCE(SUM(pages), 0) FROM documents").fetchone()
        passages = db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
        facts = db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
        db.close()
    return {"seconds": seconds, "documents": docs, "pages": pages, "passages": passages, "facts": facts,
            "peak_mb": peak, "summary": summary, "exit": proc.returncode}


def run_naive(folders: list[str]) -> dict:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _NAIVE, *folders], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, **json.loads(proc.stdout), "peak_mb": _child_peak_mb(), "facts": 0}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--no-embed", action="store_true")
    parser.add_argument("--no-ocr", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    # The naive run goes first: RUSAGE_CHILDREN keeps the maximum over all children so far.
    naive = run_naive(args.folders)
    ours = run_ingest(args.folders, embed=not args.no_embed, ocr=not args.no_ocr)
    print(f"ingest summary: {ours['summary']} (exit {ours['exit']})")
    print(f"{'pipeline':<8} {'docs':>5} {'pages':>6} {'passages':>8} {'facts':>6} {'sec':>7} "
          f"{'docs/s':>7} {'pages/s':>8} {'pass/s':>7} {'peak MB':>8}")
    for name, r in (("naive", naive), ("ingest", ours)):
        s = max(r["seconds"], 1e-9)
        print(f"{name:<8} {r['documents']:>5} {r['pages']:>6} {r['passages']:>8} {r['facts']:>6} {s:>7.1f} "
              f"{r['documents'] / s:>7.2f} {r['pages'] / s:>8.2f} {r['passages'] / s:>7.1f} {r['peak_mb']:>8.0f}")
    print("(peak MB of 'ingest' is the maximum over both child processes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
