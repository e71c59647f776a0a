"""Print the facts extracted from documents, to read them with one's own eyes.

    python bench/facts.py FILE [FILE ...] [--kind plan] [--samples 8] [--all]

Files are read with ``ingest.loaders.load`` and outlined with ``ingest.structure.paragraphs``
when those exist; otherwise a fallback reader (plain text, python-docx with tables as rows,
pdfplumber) gives one paragraph per line with no sections. Document date and province come
from ``ingest.metadata`` when available. ``--kind plan`` takes the "plan" files of
/work/shared/corpus/MANIFEST.tsv. Prints counts per fact type and samples of each.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.facts import extract_facts  # noqa: E402
from ingest.normalize import clean_display  # noqa: E402
from ingest.records import Assignment, Block, Paragraph, Target  # noqa: E402

CORPUS = Path("/work/shared/corpus")


def _fallback_blocks(path: Path) -> tuple[list[Block], str]:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        import docx  # python-docx

        document = docx.Document(str(path))
        blocks = [Block(clean_display(p.text)) for p in document.paragraphs]
        for table in document.tables:
            rows = [tuple(clean_display(c.text) for c in row.cells) for row in table.rows]
            if not rows:
                continue
            header = rows[0]
            for row in rows[1:]:
                text = "; ".join(f"{h}: {c}" for h, c in zip(header, row) if c)
                blocks.append(Block(text, kind="table_row", cells=row, header=header))
        return blocks, "docx"
    if suffix == ".pdf":
        import pdfplumber

        blocks = []
        with pdfplumber.open(str(path)) as pdf:
            for n, page in enumerate(pdf.pages, 1):
                for line in (page.extract_text() or "").split("\n"):
                    blocks.append(Block(clean_display(line), page=n))
        return blocks, "txt"  # physical lines: let the outliner re-flow them
    text = path.read_text(encoding="utf-8", errors="replace")
    return [Block(line) for line in clean_display(text).split("\n")], "txt"


def load_paragraphs(path: Path) -> tuple[list[Paragraph], str, str]:
    """(paragraphs, document text, how it was read)."""
    how = []
    try:
        from ingest.loaders import load

        loaded = load(path, ocr=False)
        blocks, fmt = list(loaded.blocks), loaded.format
        how.append("loaders")
    except Exception as exc:  # the loader is being written: fall back, say so
        blocks, fmt = _fallback_blocks(path)
        how.append(f"fallback reader ({type(exc).__name__})")
    try:
        from ingest.structure import paragraphs

        text, paras = paragraphs(blocks, fmt=fmt)
        how.append("structure")
    except Exception as exc:
        paras, pieces, offset = [], [], 0
        for b in blocks:
            if not b.text.strip():
                continue
            t = b.text.strip()
            paras.append(Paragraph(t, offset, offset + len(t), b.page, (), kind=b.kind, cells=b.cells, header=b.header))
            pieces.append(t)
            offset += len(t) + 1
        text = "\n".join(pieces)
        how.append(f"naive lines ({type(exc).__name__})")
    return paras, text, ", ".join(how)


def metadata(text: str, name: str) -> tuple[str | None, str | None]:
    try:
        from ingest.metadata import extract_metadata

        meta = extract_metadata(text, source_name=name)
        return meta.issued, meta.province
    except Exception:
        return None, None


def describe(fact, text: str) -> str:
    span = " ".join(text[fact.start : fact.end].split())
    if len(span) > 160:
        span = span[:157] + "..."
    if isinstance(fact, Assignment):
        dl = f" | {fact.deadline.text} [{fact.deadline.start}..{fact.deadline.end} {fact.deadline.recurrence or ''}]" if fact.deadline else ""
        head = f"ASSIGN {fact.agency} ({fact.role}) <- {fact.mention!r}: {fact.task[:140]}{dl}"
    elif isinstance(fact, Target):
        head = f"TARGET {fact.indicator[:110]!r} = {fact.qualifier or ''} {fact.value} {fact.unit or ''} [{fact.period}]"
    else:
        d = fact.deadline
        head = f"DEADLN {fact.task[:140]} | {d.text} [{d.start}..{d.end} {d.recurrence or ''}]"
    return f"{head}\n         span: {span}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--kind", help="take files of this kind from the corpus MANIFEST.tsv")
    ap.add_argument("--samples", type=int, default=8, help="samples per fact type and document")
    ap.add_argument("--all", action="store_true", help="print every fact")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    files = list(args.files)
    if args.kind:
        for line in (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) > 1 and cols[1] == args.kind:
                files.append(CORPUS / cols[0])
    rng = random.Random(args.seed)
    totals: Counter[str] = Counter()
    for path in files:
        paras, text, how = load_paragraphs(path)
        issued, province = metadata(text, path.name)
        facts = extract_facts(paras, issued=issued, province=province)
        counts = Counter(type(f).__name__ for f in facts)
        totals.update(counts)
        totals["documents"] += 1
        print(f"\n=== {path.name}  [{how}; issued={issued}; province={province}; {len(paras)} paragraphs]")
        print("    " + ", ".join(f"{k}: {counts.get(k, 0)}" for k in ("Assignment", "Target", "DeadlineFact")))
        for kind in ("Assignment", "Target", "DeadlineFact"):
            group = [f for f in facts if type(f).__name__ == kind]
            shown = group if args.all else sorted(rng.sample(group, min(args.samples, len(group))), key=lambda f: f.start)
            for fact in shown:
                assert text[fact.start : fact.end].strip(), "empty span"
                print("  " + describe(fact, text))
    print("\nTOTAL " + ", ".join(f"{k}: {v}" for k, v in sorted(totals.items())))


if __name__ == "__main__":
    main()
