"""Run the PDF loader over every PDF in a folder: no traceback, and a per-file summary.

    python -m bench.pdf_check /work/shared/corpus [--no-ocr] [--dump OUT_DIR]

Prints pages, blocks, table rows, OCR'd pages, notes and time per file, then totals (pages/s).
With ``--dump`` each file's blocks are written to OUT_DIR/<name>.txt for reading by eye.
"""
from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

from ingest.errors import IngestError
from ingest.loaders.pdf import load_pdf


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--no-ocr", action="store_true", help="do not OCR pages without text")
    parser.add_argument("--dump", type=Path, help="write each file's blocks to this folder")
    parser.add_argument("--only", help="substring of the file names to check")
    args = parser.parse_args(argv)

    files = sorted(p for p in args.folder.iterdir() if p.suffix.lower() == ".pdf")
    if args.only:
        files = [f for f in files if args.only in f.name]
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    total_pages = total_time = 0.0
    crashed, failed, ocr_files = [], [], []
    print(f"{'file':60} {'pages':>5} {'blocks':>6} {'rows':>5} {'ocr':>4} {'sec':>6}  notes")
    for path in files:
        start = time.perf_counter()
        try:
            loaded = load_pdf(path, ocr=not args.no_ocr)
        except IngestError as exc:
            elapsed = time.perf_counter() - start
            total_time += elapsed
            failed.append(path.name)
            print(f"{path.name[:60]:60} {'-':>5} {'-':>6} {'-':>5} {'-':>4} {elapsed:6.2f}  "
                  f"{type(exc).__name__}: {exc}")
            if "tesseract" in str(exc) or "OCR" in str(exc):
                ocr_files.append(path.name)
            continue
        except Exception:  # the point of this harness: report, never stop
            crashed.append(path.name)
            traceback.print_exc()
            continue
        elapsed = time.perf_counter() - start
        total_time += elapsed
        total_pages += loaded.pages or 0
        rows = sum(b.kind == "table_row" for b in loaded.blocks)
        ocr_pages = len({b.page for b in loaded.blocks if b.ocr})
        if ocr_pages or any("usable" in n for n in loaded.notes):
            ocr_files.append(path.name)
        print(f"{path.name[:60]:60} {loaded.pages:>5} {len(loaded.blocks):>6} {rows:>5} "
              f"{ocr_pages:>4} {elapsed:6.2f}  {'; '.join(loaded.notes)}")
        if args.dump:
            lines = [f"# {path.name}: {loaded.pages} pages, notes={list(loaded.notes)}"]
            for b in loaded.blocks:
                tag = "T" if b.kind == "table_row" else ("o" if b.ocr else " ")
                lines.append(f"[{b.page}{tag}] {b.text}")
            (args.dump / f"{path.stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print()
    print(f"files: {len(files)}, failed cleanly: {len(failed)}, crashed: {len(crashed)}")
    if total_time:
        print(f"pages: {int(total_pages)}, time: {total_time:.1f}s, "
              f"{total_pages / total_time:.2f} pages/s")
    print("need OCR:", ", ".join(ocr_files) or "none")
    if crashed:
        print("CRASHED:", ", ".join(crashed))
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
