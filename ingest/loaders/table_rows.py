"""A grid of cells (with row and column spans) → header + data rows, rendered for reading.

Loaders that see tables as grids (PDF ruling lines, antiword's DocBook) describe each cell by
its span on an atomic grid; this module finds the header rows, merges multi-level headers
("Lâm Đồng - Điểm số"), drops columns that are empty in every data row, repeats row-spanning
cells on every row they cover, and renders a row with its header as context:

>>> cells = [GridCell(0, 1, 0, 1, "Nhiệm vụ"), GridCell(0, 1, 1, 2, "Cơ quan chủ trì"),
...          GridCell(1, 2, 0, 1, "Xây dựng kế hoạch"), GridCell(1, 2, 1, 2, "Sở Tài chính")]
>>> table = build_table(cells)
>>> table.header, table.rows
(('Nhiệm vụ', 'Cơ quan chủ trì'), [('Xây dựng kế hoạch', 'Sở Tài chính')])
>>> render_row(table.header, table.rows[0])
'Nhiệm vụ: Xây dựng kế hoạch; Cơ quan chủ trì: Sở Tài chính'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.normalize import repair_split_syllables

_INDEX = re.compile(r"^(?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]?$")
_MAX_HEADER_ROWS = 4
_MAX_HEADER_CELL = 120


@dataclass(frozen=True, slots=True)
class GridCell:
    """A cell covering atomic rows [row0, row1) and columns [col0, col1)."""

    row0: int
    row1: int
    col0: int
    col1: int
    text: str


@dataclass(slots=True)
class Table:
    header: tuple[str, ...]  # () when the table has no header row
    rows: list[tuple[str, ...]] = field(default_factory=list)
    # The first data row starts with an empty index cell: it continues the previous row
    # (a row broken across pages).
    continues_previous: bool = False
    has_index: bool = False


def is_index(text: str) -> bool:
    return bool(_INDEX.match(text.strip()))


def build_table(cells: list[GridCell], prior_header: tuple[str, ...] | None = None) -> Table:
    """Header and data rows of a grid. ``prior_header`` is the header of the table this one
    may continue (previous page); it is used when the first row is not a header."""
    cells = [c for c in cells if c.row1 > c.row0 and c.col1 > c.col0]
    if not cells:
        return Table(header=())
    n_rows = max(c.row1 for c in cells)
    n_cols = max(c.col1 for c in cells)
    first_row = sorted((c for c in cells if c.row0 == 0), key=lambda c: c.col0)
    first_texts = [c.text for c in first_row if c.text]
    repeated = prior_header is not None and _same_header(first_texts, prior_header)
    looks_like_data = (
        not first_texts
        or is_index(first_texts[0])
        or len(first_texts) < 2
        or any(len(t) > _MAX_HEADER_CELL for t in first_texts)
    )
    if looks_like_data and not repeated:
        n_header = 0
    else:
        n_header = min(max(c.row1 for c in first_row), _MAX_HEADER_ROWS, n_rows - 1)
        n_header = max(n_header, 1)
        while n_header < min(_MAX_HEADER_ROWS, n_rows - 1) and _sub_header(cells, n_header):
            n_header += 1

    columns = _logical_columns(cells, n_header, n_rows, n_cols)
    header_cells = [c for c in cells if c.row0 < n_header]
    header = tuple(_header_text(header_cells, col) for col in columns)
    data = _data_rows(cells, n_header, n_rows, columns)
    keep = [k for k in range(len(columns)) if any(row[k] for row in data)]
    header = tuple(header[k] for k in keep)
    data = [tuple(row[k] for k in keep) for row in data]
    data = [row for row in data if any(row)]

    if n_header == 0 and prior_header is not None and len(prior_header) == len(header):
        header = prior_header
    elif n_header == 0:
        header = ()
    if repeated:
        header = prior_header if len(prior_header) == len(header) else header
    has_index = bool(data) and sum(is_index(r[0]) for r in data if r[0]) * 2 >= len(data)
    continues = bool(data) and not data[0][0] and any(data[0][1:])
    return Table(header=header, rows=data, continues_previous=continues, has_index=has_index)


def render_row(header: tuple[str, ...], cells: tuple[str, ...]) -> str:
    """"Nhiệm vụ: ...; Cơ quan chủ trì: ..." — empty cells omitted."""
    parts = []
    for i, cell in enumerate(cells):
        if not cell:
            continue
        label = header[i] if i < len(header) else ""
        parts.append(f"{label}: {cell}" if label and label != cell else cell)
    return "; ".join(parts)


def _same_header(texts: list[str], prior: tuple[str, ...]) -> bool:
    squash = lambda s: re.sub(r"\W+", "", s).lower()  # noqa: E731
    got = squash("".join(texts))
    want = squash("".join(prior))
    return bool(got) and (got == want or (len(got) > 8 and want.startswith(got)))


def _sub_header(cells: list[GridCell], row: int) -> bool:
    """Row ``row`` holds sub-headings ("Đạt" | "Không đạt") under a group header cell that
    spans several columns (for grids whose vertical merges are not recorded)."""
    here = [c for c in cells if c.row0 == row and c.text]
    if not here or any(c.col0 == 0 for c in here):
        return False
    if any(len(c.text) > 40 or is_index(c.text) for c in here):
        return False
    above = [c for c in cells if c.row1 == row and c.text]
    return any(a.col0 <= c.col0 and c.col1 <= a.col1 and (a.col1 - a.col0) > (c.col1 - c.col0)
               for c in here for a in above)


def _logical_columns(cells, n_header, n_rows, n_cols) -> list[tuple[int, int]]:
    """Column boundaries used by the data rows (at least half of them); spurious boundaries
    from slightly misaligned ruling lines are merged away."""
    data_rows = max(n_rows - n_header, 1)
    starts: dict[int, set[int]] = {}
    for c in cells:
        if c.row1 > n_header:
            for r in range(max(c.row0, n_header), c.row1):
                starts.setdefault(c.col0, set()).add(r)
    kept = sorted(k for k, rows in starts.items() if len(rows) * 2 >= data_rows or k == 0)
    if not kept or kept[0] != 0:
        kept = [0] + kept
    bounds = kept + [n_cols]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _header_text(header_cells: list[GridCell], col: tuple[int, int]) -> str:
    a, b = col
    parts: list[tuple[str, bool, int]] = []
    for c in sorted(header_cells, key=lambda c: (c.row0, c.col0)):
        if c.col0 < b and c.col1 > a and c.text:
            wide = c.col0 < a or c.col1 > b  # a group header above several columns
            if not parts or parts[-1][0] != c.text:
                parts.append((c.text, wide, c.row0))
    text = ""
    for i, (part, wide, row) in enumerate(parts):
        if i == 0:
            text = part
        elif parts[i - 1][2] == row:
            # Cells side by side in one header row: a ruling line cut through a word
            # ("Đ" | "iểm tự đánh giá").
            text = repair_split_syllables(f"{text} {part}")
        else:
            text += (" - " if parts[i - 1][1] else " ") + part
    return text


def _data_rows(cells, n_header, n_rows, columns) -> list[tuple[str, ...]]:
    grid: list[list[str]] = [[""] * len(columns) for _ in range(n_header, n_rows)]
    for c in sorted(cells, key=lambda c: (c.row0, c.col0)):
        if c.row1 <= n_header or not c.text:
            continue
        k = _column_of(c, columns)
        for r in range(max(c.row0, n_header), c.row1):
            slot = grid[r - n_header]
            slot[k] = f"{slot[k]} {c.text}".strip() if slot[k] else c.text
    return [tuple(row) for row in grid]


def _column_of(cell: GridCell, columns: list[tuple[int, int]]) -> int:
    best, best_overlap = 0, -1
    for k, (a, b) in enumerate(columns):
        overlap = min(b, cell.col1) - max(a, cell.col0)
        if overlap > best_overlap:
            best, best_overlap = k, overlap
    return best
