"""OCR accuracy and speed, measured on PDFs that have a good text layer.

    python -m bench.ocr /work/shared/corpus --files 6 --pages 2

Pages of text-layer PDFs (pages without tables, so that both sides read the same way) are
copied into one-page PDFs, rendered and OCR'd by :mod:`ingest.loaders.ocr` (300 dpi, seal ink removed, deskewed, worker
pool). The character error rate (CER) is computed against the page's own text layer as read by
the PDF loader, after the same normalisation (``ingest.normalize.normalize``) and whitespace
collapsing on both sides. A naive baseline (150 dpi, no preprocessing, plain
``image_to_string``) is measured in the same run. Pages per minute is wall-clock time of the
OCR step only (rendering included).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from ingest.errors import IngestError
from ingest.loaders import ocr
from ingest.loaders.pdf import fix_text, load_pdf
from ingest.loaders.pdf_layout import layout
from ingest.normalize import clean_display, normalize


def levenshtein(a: str, b: str) -> int:
    """Edit distance (Myers/Hyyrö bit-parallel algorithm; Python ints as bit vectors).

    >>> levenshtein("kế hoạch", "kê hoach"), levenshtein("", "abc"), levenshtein("abc", "abc")
    (2, 3, 0)
    """
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq: dict[str, int] = {}
    for i, c in enumerate(b):
        peq[c] = peq.get(c, 0) | (1 << i)
    full = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv, score = full, 0, m
    for c in a:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & full) ^ pv) | eq
        ph = (mv | ~(xh | pv)) & full
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = (mh | ~(xv | ph)) & full
        mv = ph & xv
    return score


def comparable(text: str) -> str:
    return " ".join(normalize(text).split())


def pick_pages(folder: Path, files: int, pages: int) -> list[tuple[Path, int]]:
    """(pdf, page) pairs: text-layer pages without tables, spread over the files."""
    candidates = []
    for path in sorted(folder.glob("*.pdf")):
        try:
            loaded = load_pdf(path, ocr=False)
        except IngestError:
            continue
        if loaded.notes:
            continue  # blank or scanned pages: not a clean reference
        chosen = []
        for page in range(1, (loaded.pages or 0) + 1):
            blocks = [b for b in loaded.blocks if b.page == page]
            if blocks and not any(b.kind == "table_row" for b in blocks):
                if sum(len(b.text) for b in blocks) >= 800:
                    chosen.append((path, page))
            if len(chosen) == pages:
                break
        if chosen:
            candidates.append(chosen)
    step = max(1, len(candidates) // max(files, 1))
    return [p for group in candidates[::step][:files] for p in group]


def extract_pages(samples: list[tuple[Path, int]], folder: Path) -> tuple[list[Path], Path]:
    """Each sampled page as a one-page PDF (its reference text cannot run on into the next
    page), and all of them in one PDF for the OCR run."""
    import pypdfium2 as pdfium

    singles = []
    combined = pdfium.PdfDocument.new()
    for k, (path, page) in enumerate(samples):
        src = pdfium.PdfDocument(str(path))
        single = pdfium.PdfDocument.new()
        single.import_pages(src, [page - 1])
        out = folder / f"page{k:03d}.pdf"
        single.save(str(out))
        single.close()
        combined.import_pages(src, [page - 1])
        src.close()
        singles.append(out)
    all_pages = folder / "all.pdf"
    combined.save(str(all_pages))
    combined.close()
    return singles, all_pages


def reference_text(single: Path) -> str:
    return "\n".join(b.text for b in load_pdf(single, ocr=False).blocks)


def run_pipeline(all_pages: Path, n: int, *, dpi: int, deskew: bool, workers: int | None):
    start = time.perf_counter()
    lines = ocr.ocr_pdf_pages(all_pages, range(1, n + 1), dpi=dpi, deskew=deskew, workers=workers)
    seconds = time.perf_counter() - start
    texts = ["\n".join(fix_text(p.text) for p in layout(lines.get(k, []))) for k in range(1, n + 1)]
    return texts, seconds


def run_baseline(all_pages: Path, n: int, *, dpi: int):
    import pypdfium2 as pdfium
    import pytesseract

    texts = []
    start = time.perf_counter()
    pdf = pdfium.PdfDocument(str(all_pages))
    try:
        for k in range(n):
            image = ocr.render_page(pdf, k, dpi=dpi)
            texts.append(clean_display(pytesseract.image_to_string(image, lang=ocr.LANG)))
    finally:
        pdf.close()
    return texts, time.perf_counter() - start


def cer(references: list[str], hypotheses: list[str]) -> tuple[float, list[float]]:
    errors = total = 0
    per_page = []
    for reference, hypothesis in zip(references, hypotheses):
        ref, hyp = comparable(reference), comparable(hypothesis)
        distance = levenshtein(ref, hyp)
        per_page.append(distance / max(len(ref), 1))
        errors += distance
        total += len(ref)
    return errors / max(total, 1), per_page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--files", type=int, default=6, help="number of PDFs")
    parser.add_argument("--pages", type=int, default=2, help="pages per PDF")
    parser.add_argument("--dpi", type=int, default=ocr.DPI)
    parser.add_argument("--no-deskew", action="store_true")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--baseline-dpi", type=int, default=150)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args(argv)

    ocr.require_tesseract()
    samples = pick_pages(args.folder, args.files, args.pages)
    if not samples:
        print("no text-layer pages found", file=sys.stderr)
        return 1
    n = len(samples)
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        singles, all_pages = extract_pages(samples, Path(tmp))
        references = [reference_text(single) for single in singles]
        print(f"{n} pages from {len({s[0] for s in samples})} PDFs, "
              f"{sum(len(comparable(r)) for r in references)} reference characters")
        hyp, seconds = run_pipeline(all_pages, n, dpi=args.dpi, deskew=not args.no_deskew,
                                    workers=args.workers)
        total, per_page = cer(references, hyp)
        print(f"pipeline  {args.dpi} dpi, deskew={not args.no_deskew}, "
              f"{args.workers or os.cpu_count()} workers: CER {total:.2%}  "
              f"({n / seconds * 60:.1f} pages/min, {seconds:.1f}s)")
        for (path, page), rate in zip(samples, per_page):
            print(f"    {rate:6.2%}  {path.name[:70]} p{page}")
        if not args.no_baseline:
            base, base_seconds = run_baseline(all_pages, n, dpi=args.baseline_dpi)
            base_total, _ = cer(references, base)
            print(f"baseline  {args.baseline_dpi} dpi, no preprocessing, image_to_string: "
                  f"CER {base_total:.2%}  ({n / base_seconds * 60:.1f} pages/min, one at a time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
