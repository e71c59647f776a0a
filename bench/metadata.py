"""Measure metadata extraction on real documents.

    python -m bench.metadata [FOLDER ...] [--raw] [--own-readers] [--show] [--only SUBSTRING]

Reads every PDF/DOCX/DOC/TXT/HTML in the folders (default: /work/shared/corpus and
/work/shared/seeds), turns it into the text the pipeline would see (loader blocks, then
``ingest.structure.paragraphs``; ``--raw`` skips that reflow; ``--own-readers`` reads PDFs
with pdfplumber's column-gluing ``extract_text`` instead of the loaders), runs
:func:`ingest.metadata.extract_metadata` and compares with what is known about the file:

* MANIFEST.tsv ``kind`` (plan/decision/letter/report/directive/other) and ``issuer``;
* the notes column: "số hiệu X" / "số hiệu blank", the database fields "so=, loai=, ky=,
  ngay=, noi=", and a leading type name ("Tờ trình (TTr); ...");
* a number and date in the file name ("8609_SNNMT-VPDK_03082026").

Number and date are scored against the manifest or file name when the first page states
that value (it appears in the first 3000 characters), otherwise against a deliberately simple
reading of the first page (the first "Số: ..." and ", ngày ... năm YYYY", written
independently of ingest.metadata); a number or date left blank for stamping must give None.
Prints per-field accuracy and every mismatch.
"""
from __future__ import annotations

import argparse
import csv
import html
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ingest.metadata import extract_metadata
from ingest.metadata.issuer import parse_issuer
from ingest.normalize import clean_display, strip_accents
from ingest.provinces import canonical_province, find_provinces
from ingest.records import Block, DocumentMeta

DEFAULT_FOLDERS = (Path("/work/shared/corpus"), Path("/work/shared/seeds"))
SUFFIXES = {".pdf", ".docx", ".doc", ".txt", ".html", ".htm", ".md"}
KIND_OF_TYPE = {
    "Kế hoạch": "plan", "Quyết định": "decision", "Công văn": "letter", "Báo cáo": "report",
    "Chỉ thị": "directive",
}
FIRST_PAGE = 3000


# ---------------------------------------------------------------------------------------------
# Reading files


def _read_with_loaders(path: Path, *, ocr: bool) -> tuple[list[Block], str] | None:
    """The project's loaders when they are importable; None to use the bench's own readers."""
    try:
        from ingest.loaders import load  # type: ignore[attr-defined]
    except ImportError:
        return None
    from ingest.errors import IngestError

    try:
        loaded = load(path, ocr=ocr)
    except IngestError as exc:  # the pipeline would skip or fail this file too
        print(f"  {path.name}: {exc}", file=sys.stderr)
        return [], path.suffix.lower().lstrip(".")
    return list(loaded.blocks), loaded.format


def _read_pdf(path: Path) -> list[Block]:
    import pdfplumber

    blocks = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            for line in (page.extract_text() or "").split("\n"):
                blocks.append(Block(clean_display(line), page=number))
    return blocks


def _read_docx(path: Path) -> list[Block]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    blocks = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Block(clean_display(Paragraph(element, document).text)))
        elif tag == "tbl":
            for row in Table(element, document).rows:
                seen = []
                for cell in row.cells:
                    if cell._tc in seen:
                        continue
                    seen.append(cell._tc)
                    blocks.extend(Block(clean_display(t)) for t in cell.text.split("\n"))
    return blocks


def _read_doc(path: Path) -> list[Block]:
    out = subprocess.run(["antiword", "-w", "0", str(path)], capture_output=True, text=True)
    return [Block(clean_display(line)) for line in out.stdout.split("\n")]


def _read_text(path: Path) -> list[Block]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        text = str(from_bytes(raw).best())
    if path.suffix.lower() in {".html", ".htm"}:
        from bs4 import BeautifulSoup

        text = BeautifulSoup(text, "lxml").get_text("\n")
    return [Block(clean_display(line)) for line in text.split("\n")]


def read_document(path: Path, *, raw: bool = False, ocr: bool = False, own: bool = False) -> str:
    """The text the pipeline would hand to ``extract_metadata``.

    ``own`` uses the bench's readers instead of ``ingest.loaders``: pdfplumber's
    ``extract_text`` glues the header columns on one line, a useful robustness check.
    """
    from ingest.structure import paragraphs

    got = None if own else _read_with_loaders(path, ocr=ocr)
    if got is None:
        suffix = path.suffix.lower()
        reader = {".pdf": _read_pdf, ".docx": _read_docx, ".doc": _read_doc}.get(suffix, _read_text)
        fmt = {".pdf": "pdf", ".docx": "docx", ".doc": "doc", ".html": "html", ".htm": "html",
               ".md": "md"}.get(suffix, "txt")
        got = reader(path), fmt
    blocks, fmt = got
    try:
        from ingest.boilerplate import strip_boilerplate  # web-page chrome, as the pipeline does
    except ImportError:
        pass
    else:
        blocks = strip_boilerplate(blocks)
    if raw:
        return "\n".join(b.text for b in blocks)
    text, _ = paragraphs(blocks, fmt=fmt)
    return text


# ---------------------------------------------------------------------------------------------
# What is known about a file


@dataclass
class Expected:
    kind: str | None = None
    doc_type: str | None = None
    number: str | None = None
    number_blank: bool = False
    issued: str | None = None
    issuer: str | None = None
    province: str | None = None
    signer: str | None = None
    sources: dict[str, str] = field(default_factory=dict)


def _iso(d: str, m: str, y: str) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def _manifest(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / "MANIFEST.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


def expected_for(path: Path, row: dict[str, str] | None) -> Expected:
    from ingest.doctypes import canonical_type

    exp = Expected()
    notes = (row or {}).get("notes", "")
    if row:
        exp.kind = row.get("kind") or None
        issuer = re.sub(r"\s*\(.*?\)\s*", " ", row.get("issuer", "")).strip()
        exp.issuer = issuer or None
    meta = dict(re.findall(r"\b(so|loai|noi|ky|ngay)=([^,;]+)", notes))
    if "so" in meta:
        exp.number, exp.sources["number"] = meta["so"].strip(), "notes so="
    elif m := re.search(r"số hiệu ([^\s;,]+)", notes):
        if m.group(1) == "blank":
            exp.number_blank = True
        elif "/" in m.group(1):
            exp.number, exp.sources["number"] = m.group(1), "notes"
    if "ngay" in meta and (d := re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", meta["ngay"].strip())):
        exp.issued, exp.sources["issued"] = _iso(*d.groups()), "notes ngay="
    if "ky" in meta:
        exp.signer = meta["ky"].strip()
    if "loai" in meta:
        exp.doc_type = canonical_type(meta["loai"].strip())
    else:
        lead = re.split(r"[;(]", notes, maxsplit=1)[0].strip()
        for n in range(len(lead.split()), 0, -1):
            name = canonical_type(" ".join(lead.split()[:n]))
            if name:
                exp.doc_type = name
                break
    if exp.issuer:
        spans = find_provinces(exp.issuer)
        exp.province = spans[-1][2] if spans else None
    if exp.province is None and "noi" in meta:
        exp.province = canonical_province(meta["noi"])
    # File name: "8609_SNNMT-VPDK_03082026", "1126_TTr-SNNMT_05082026".
    m = re.search(r"(?:^|_)(\d{2,6})_([A-Za-z]+-[A-Za-z]+)_(\d{2})(\d{2})(20\d\d)", path.stem)
    if m:
        if exp.number is None and not exp.number_blank:
            exp.number, exp.sources["number"] = f"{m.group(1)}/{m.group(2)}", "file name"
        if exp.issued is None:
            exp.issued, exp.sources["issued"] = _iso(m.group(3), m.group(4), m.group(5)), "file name"
    return exp


# ---------------------------------------------------------------------------------------------
# Comparison


def fold(text: str) -> str:
    return re.sub(r"[^a-z0-9/]", "", strip_accents(text).lower())


_HEAD_NUMBER = re.compile(r"Số\s*:\s*(?P<rest>[^\n]{0,60}(?:\n[^\n]{0,60})?)")
_HEAD_DATE = re.compile(
    r",\s*ngày\s*(?P<d>\d{1,2})?[\s.…_]*(?:tháng\s*(?P<m>\d{1,2})?[\s.…_]*năm\s*(?P<y>\d{4})"
    r"|/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4}))"
)
BLANK = "(blank)"


def header_gold(text: str) -> tuple[str | None, str | None]:
    """A deliberately simple reading of the first page, independent of ingest.metadata:
    the first "Số: ..." and the first ", ngày ... năm YYYY". BLANK when left blank."""
    head = html.unescape(text[:1500])
    number = issued = None
    m = _HEAD_NUMBER.search(head)
    if m:
        rest = m.group("rest").replace("\n", " ").strip()
        n = re.match(r"(\d+[a-zđ]?\s?(?:/\s?\d{4}\s?)?[/-]\s?[A-ZĐ][\wĐđ&]*(?:[-/][A-ZĐ][\wĐđ&]*)*)", rest)
        if n:
            number = re.sub(r"\s+", "", n.group(1))
        elif re.match(r"[\s.…_]*/", rest):
            number = BLANK
    d = next((m for m in _HEAD_DATE.finditer(head)
              if head[: m.start()].split()[-1:] and head[: m.start()].split()[-1][0].isupper()), None)
    if d:  # "<Place>, ngày": a capitalised word before the comma
        month, year = d.group("m") or d.group("m2"), d.group("y") or d.group("y2")
        issued = _iso(d.group("d"), month, year) if d.group("d") and month else BLANK
    return number, issued


def stated_number(text: str, number: str) -> bool:
    return fold(number) in fold(text[:FIRST_PAGE])


def stated_date(text: str, iso: str) -> bool:
    y, m, d = (int(x) for x in iso.split("-"))
    head = " ".join(text[:FIRST_PAGE].split())
    dd, mm = rf"0?{d}", rf"0?{m}"
    return bool(
        re.search(rf"ngày\s+{dd}\s+tháng\s+{mm}\s+năm\s+{y}", head)
        or re.search(rf"ngày\s+{dd}\s*/\s*{mm}\s*/\s*{y}", head)
    )


def issuer_matches(predicted: str | None, expected: str) -> bool:
    """Same body. MANIFEST issuers are header lines run together ("UBND TỈNH LÂM ĐỒNG SỞ TƯ
    PHÁP") and sometimes cut short, so a prediction also matches when, without its province
    qualifier, it is part of that string or extends it, and names the same province."""
    if predicted is None:
        return False
    canonical = expected
    if expected.isupper():
        canonical = parse_issuer([expected]).name or expected
    if fold(predicted) == fold(canonical):
        return True

    def bare(name: str) -> str:
        return fold(re.sub(r"\s+(?:tỉnh|thành phố)\s+[^,]*$", "", name))

    def provinces(name: str) -> set[str]:
        return {n for _, _, n in find_provinces(name, strict_case=False)}

    if provinces(predicted) != provinces(expected) or bare(predicted) == fold("Ủy ban nhân dân"):
        return False
    raw = fold(re.sub(r"\bUBND\b", "ỦY BAN NHÂN DÂN", expected))
    return bare(predicted) in raw or bare(predicted).startswith(bare(canonical))


@dataclass
class Score:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, label: str, got: object, want: object) -> None:
        self.total += 1
        if ok:
            self.right += 1
        else:
            self.misses.append(f"{label}: got {got!r}, expected {want!r}")

    def line(self, name: str) -> str:
        pct = 100.0 * self.right / self.total if self.total else 0.0
        return f"{name:<24} {self.right:>4}/{self.total:<4} {pct:5.1f}%"


def evaluate(
    paths: list[Path], *, raw: bool, show: bool, ocr: bool = False, own: bool = False
) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    coverage: dict[str, int] = defaultdict(int)
    manifests: dict[Path, dict[str, dict[str, str]]] = {}
    stamped: list[str] = []
    for path in paths:
        rows = manifests.setdefault(path.parent, _manifest(path.parent))
        text = read_document(path, raw=raw, ocr=ocr, own=own)
        meta = extract_metadata(text, source_name=path.name)
        exp = expected_for(path, rows.get(path.name))
        label = path.name[:70]
        for name in DocumentMeta.__slots__:
            coverage[name] += bool(getattr(meta, name))
        if show:
            print(f"{label}\n    {meta}")
        if not any(c.isalpha() for c in text):
            continue  # no text layer (scanned): nothing to extract without OCR
        if exp.kind:
            got_kind = KIND_OF_TYPE.get(meta.doc_type or "", "other" if meta.doc_type else None)
            scores["kind (manifest)"].add(got_kind == exp.kind, label, meta.doc_type, exp.kind)
        if exp.doc_type:
            scores["type (notes)"].add(meta.doc_type == exp.doc_type, label, meta.doc_type,
                                       exp.doc_type)
        head_number, head_date = header_gold(text)
        if exp.number and stated_number(text, exp.number):
            ok = meta.number is not None and fold(meta.number) == fold(exp.number)
            scores["number (manifest/name)"].add(ok, label, meta.number, exp.number)
        elif head_number:
            want = None if head_number == BLANK else head_number
            ok = meta.number == want if want is None else fold(meta.number or "") == fold(want)
            scores["number (header read)"].add(ok, label, meta.number, want)
            if exp.number_blank and want:
                stamped.append(f"{label}: {want}")
        if exp.issued and stated_date(text, exp.issued):
            scores["issued (manifest/name)"].add(meta.issued == exp.issued, label, meta.issued,
                                                 exp.issued)
        elif head_date:
            want = None if head_date == BLANK else head_date
            scores["issued (header read)"].add(meta.issued == want, label, meta.issued, want)
        if exp.issuer:
            scores["issuer (manifest)"].add(issuer_matches(meta.issuer, exp.issuer), label, meta.issuer,
                                 exp.issuer)
        if exp.province:
            scores["province"].add(meta.province == exp.province, label, meta.province,
                                   exp.province)
        if exp.signer:
            scores["signer (notes ky=)"].add(meta.signer == exp.signer, label, meta.signer,
                                             exp.signer)
    print(f"\n{len(paths)} documents; fields found: "
          + ", ".join(f"{k}={v}" for k, v in coverage.items()))
    if stamped:
        print(f"{len(stamped)} files the manifest calls 'số hiệu blank' state a number in the "
              "loaded text (stamped at signing), e.g. " + "; ".join(stamped[:3]))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=list(DEFAULT_FOLDERS))
    parser.add_argument("--raw", action="store_true", help="skip the pipeline's reflow")
    parser.add_argument("--show", action="store_true", help="print every document's metadata")
    parser.add_argument("--only", default="", help="only files whose name contains this")
    parser.add_argument("--ocr", action="store_true", help="let the loaders OCR scanned pages")
    parser.add_argument("--own-readers", action="store_true",
                        help="read with pdfplumber/python-docx/antiword instead of ingest.loaders")
    args = parser.parse_args(argv)
    paths = sorted(
        p for folder in args.folders for p in folder.iterdir()
        if p.suffix.lower() in SUFFIXES and args.only in p.name
    )
    scores = evaluate(paths, raw=args.raw, show=args.show, ocr=args.ocr, own=args.own_readers)
    print()
    for name, score in scores.items():
        print(score.line(name))
    for name, score in scores.items():
        if score.misses:
            print(f"\n{name} mismatches:")
            for miss in score.misses:
                print("  " + miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
