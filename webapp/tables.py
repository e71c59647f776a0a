"""Tables of the facts extracted at ingest (who does what, targets, deadlines) and of documents.

Rows are typed records built from the store's facts and the documents' metadata; ``RowFilter``
narrows them (free text ignoring accents and case, agency, document, province, year);
``frame`` turns them into a table with Vietnamese headers, and ``to_csv``/``to_xlsx`` export it.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.normalize import strip_accents
from ingest.records import Assignment, Deadline, DeadlineFact, Document, Target
from ingest.store import StoredFact
from webapp.render import doc_name, vn_date

if TYPE_CHECKING:
    import pandas as pd

NO_AGENCY = "(không ghi cơ quan)"


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    agency: str
    role: str  # chủ trì, phối hợp, thực hiện
    task: str
    deadline: str  # as written, "" when none
    document: str  # "Kế hoạch 12/KH-UBND"
    province: str
    year: int | None  # year the document was issued
    doc_id: str
    mention: str = ""  # the agency as written ("Sở TT&TT")


@dataclass(frozen=True, slots=True)
class TargetRow:
    indicator: str
    value: str  # "tối thiểu 80%"
    period: str
    document: str
    province: str
    year: int | None
    doc_id: str


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    task: str
    agency: str  # "" for a deadline that names no agency
    deadline: str  # as written
    start: str | None  # ISO dates from Deadline
    end: str | None
    recurrence: str | None
    document: str
    province: str
    year: int | None
    doc_id: str


@dataclass(frozen=True, slots=True)
class DocumentRow:
    doc_type: str
    number: str
    title: str
    issuer: str
    province: str
    issued: str  # dd/mm/yyyy
    year: int | None
    file: str
    pages: int | None
    doc_id: str


Row = AssignmentRow | TargetRow | DeadlineRow | DocumentRow

COLUMNS: dict[type, tuple[tuple[str, str], ...]] = {
    AssignmentRow: (("agency", "Cơ quan"), ("role", "Vai trò"), ("task", "Nhiệm vụ"), ("deadline", "Thời hạn"),
                    ("document", "Văn bản"), ("province", "Tỉnh/thành"), ("year", "Năm")),
    TargetRow: (("indicator", "Chỉ tiêu"), ("value", "Giá trị"), ("period", "Thời kỳ"), ("document", "Văn bản"),
                ("province", "Tỉnh/thành"), ("year", "Năm")),
    DeadlineRow: (("deadline", "Thời hạn"), ("task", "Nhiệm vụ"), ("agency", "Cơ quan"), ("document", "Văn bản"),
                  ("province", "Tỉnh/thành")),
    DocumentRow: (("doc_type", "Loại"), ("number", "Số hiệu"), ("title", "Trích yếu"), ("issuer", "Cơ quan ban hành"),
                  ("province", "Tỉnh/thành"), ("issued", "Ngày ban hành"), ("file", "Tệp"), ("pages", "Số trang")),
}


def _year(doc: Document | None) -> int | None:
    issued = doc.meta.issued if doc else None
    return int(issued[:4]) if issued and issued[:4].isdigit() else None


def _doc_fields(doc: Document | None, doc_id: str) -> dict[str, Any]:
    if doc is None:
        return {"document": doc_id, "province": "", "year": None, "doc_id": doc_id}
    m = doc.meta
    return {"document": doc_name(m.doc_type, m.number, m.title, doc.source), "province": m.province or "",
            "year": _year(doc), "doc_id": doc.doc_id}


def value_text(t: Target) -> str:
    """"tối thiểu 80%", "48/63", "30 đến 40 dịch vụ"."""
    unit = t.unit or ""
    value = f"{t.value}{unit}" if unit == "%" else " ".join(x for x in (t.value, unit) if x)
    return " ".join(x for x in (t.qualifier, value) if x)


def assignment_rows(facts: Iterable[StoredFact], documents: Mapping[str, Document]) -> list[AssignmentRow]:
    out = []
    for sf in facts:
        f = sf.fact
        if isinstance(f, Assignment):
            out.append(AssignmentRow(f.agency or NO_AGENCY, f.role, f.task, f.deadline.text if f.deadline else "",
                                     mention=f.mention or "", **_doc_fields(documents.get(sf.doc_id), sf.doc_id)))
    return out


def target_rows(facts: Iterable[StoredFact], documents: Mapping[str, Document]) -> list[TargetRow]:
    out = []
    for sf in facts:
        f = sf.fact
        if isinstance(f, Target):
            out.append(TargetRow(f.indicator, value_text(f), f.period or "",
                                 **_doc_fields(documents.get(sf.doc_id), sf.doc_id)))
    return out


def deadline_rows(facts: Iterable[StoredFact], documents: Mapping[str, Document]) -> list[DeadlineRow]:
    """Assignments that have a deadline, and deadlines that name no agency, soonest first."""
    out = []
    for sf in facts:
        f = sf.fact
        d: Deadline | None
        if isinstance(f, Assignment):
            d, agency = f.deadline, f.agency
        elif isinstance(f, DeadlineFact):
            d, agency = f.deadline, ""
        else:
            continue
        if d is None:
            continue
        out.append(DeadlineRow(f.task, agency, d.text, d.start, d.end, d.recurrence,
                               **_doc_fields(documents.get(sf.doc_id), sf.doc_id)))
    return sorted(out, key=lambda r: (r.end or r.start or "9999", r.document, r.task))


def document_rows(documents: Iterable[Document]) -> list[DocumentRow]:
    return [
        DocumentRow(d.meta.doc_type or "", d.meta.number or "", d.meta.title or "", d.meta.issuer or "",
                    d.meta.province or "", vn_date(d.meta.issued) or "", _year(d), Path(d.source).name, d.pages,
                    d.doc_id)
        for d in documents
    ]


def fold(text: str) -> str:
    return strip_accents(text).lower()


@dataclass(frozen=True, slots=True)
class RowFilter:
    text: str = ""  # every word must appear somewhere in the row (accents and case ignored)
    agencies: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    doc_types: tuple[str, ...] = ()

    def accepts(self, row: Row) -> bool:
        if self.agencies and getattr(row, "agency", None) not in self.agencies:
            return False
        if self.doc_ids and row.doc_id not in self.doc_ids:
            return False
        if self.provinces and row.province not in self.provinces:
            return False
        if self.years and row.year not in self.years:
            return False
        if self.doc_types and getattr(row, "doc_type", None) not in self.doc_types:
            return False
        words = fold(self.text).split()
        if words:
            hay = fold(" ".join(str(getattr(row, f.name)) for f in fields(row)
                                if isinstance(getattr(row, f.name), str)))
            return all(w in hay for w in words)
        return True


def apply(rows: Iterable[Row], row_filter: RowFilter) -> list:
    return [r for r in rows if row_filter.accepts(r)]


def choices(rows: Iterable[Row], attr: str) -> list:
    """Distinct non-empty values of ``attr``: sorted; years newest first."""
    values = {getattr(r, attr) for r in rows} - {None, ""}
    return sorted(values, reverse=attr == "year")


def frame(rows: Sequence[Row], kind: type | None = None,
          extra: Mapping[str, Sequence[Any]] | None = None) -> pd.DataFrame:
    """A table of ``rows`` with the Vietnamese headers of ``COLUMNS``; ``extra`` columns appended."""
    import pandas as pd

    kind = kind or (type(rows[0]) if rows else AssignmentRow)
    columns = COLUMNS[kind]
    data = {header: [getattr(r, attr) for r in rows] for attr, header in columns}
    for header, values in (extra or {}).items():
        data[header] = list(values)
    df = pd.DataFrame(data)
    if "Năm" in df:
        df["Năm"] = df["Năm"].astype("Int64")
    if "Số trang" in df:
        df["Số trang"] = df["Số trang"].astype("Int64")
    return df


def to_csv(df: pd.DataFrame) -> bytes:
    """CSV in UTF-8 with BOM, so spreadsheet programs show Vietnamese correctly."""
    return df.to_csv(index=False).encode("utf-8-sig")


def to_xlsx(df: pd.DataFrame, sheet: str = "Dữ liệu") -> bytes:
    """An Excel workbook: bold frozen header, readable column widths, wrapped long text."""
    import pandas as pd
    from openpyxl.styles import Alignment, Font

    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        df.to_excel(writer, index=False, sheet_name=sheet[:31])
        ws = writer.sheets[sheet[:31]]
        ws.freeze_panes = "A2"
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for i, column in enumerate(df.columns, start=1):
            longest = max([len(str(column))] + [len(str(v)) for v in df[column].head(500)])
            width = min(max(10, longest + 2), 80)
            letter = ws.cell(row=1, column=i).column_letter
            ws.column_dimensions[letter].width = width
            if longest > 80:
                for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    return buffer.getvalue()
