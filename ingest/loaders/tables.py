"""Tables from every format: a grid of cells → blocks.

A loader describes a table as a grid: a list of rows, a :class:`GridCell` per grid column, a
merged cell repeated at every position it covers with the ``origin`` of its top-left position.
:func:`grid_of` builds that grid from cells given by their extent (PDF ruling lines, DocBook),
:func:`place_cells` from rows of cells with colspan/rowspan (HTML). Then:

* a *layout* table (the document header, the signature block, a framed box) is read column by
  column, one text block per line of each cell (:func:`layout_blocks`);
* a *data* table becomes one ``table_row`` block per row, rendered with its header as context,
  a multi-level header joined "Group / Column" (:func:`build_table`, :func:`row_blocks`).

>>> grid = grid_of([(0, 1, 0, 1, "Nhiệm vụ"), (0, 1, 1, 2, "Cơ quan chủ trì"),
...                 (1, 2, 0, 1, "Xây dựng kế hoạch"), (1, 2, 1, 2, "Sở Tài chính")])
>>> table = build_table(grid)
>>> table.header, table.rows
(('Nhiệm vụ', 'Cơ quan chủ trì'), (('Xây dựng kế hoạch', 'Sở Tài chính'),))
>>> [b.text for b in table_blocks(grid)]
['Nhiệm vụ: Xây dựng kế hoạch; Cơ quan chủ trì: Sở Tài chính']

:func:`build_table` finds the header rows (the first row and the cells merged down from it,
sub-headings under a group heading) unless the format marks them (Word's repeated header rows,
HTML's ``<th>``); it merges grid columns that the data rows do not use (ruling lines a little
out of line in PDFs), drops columns with no text and a row of column numbers under the header
("1 2 3 4"), repeats a cell spanning rows on each of its rows, and keeps a row that is a single
cell across the table (a group title: "I. Cấp tỉnh") as a title, rendered as plain text.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.normalize import clean_display, repair_split_syllables, strip_accents
from ingest.records import Block

_MAX_HEADER_ROWS = 4
_MAX_HEADER_CELL = 120
_MAX_SUB_HEADER = 40
_MAX_SPAN = 100

# The national motto, "Nơi nhận", "KT. CHỦ TỊCH": a document header or signature block.
_DOCUMENT_MARKS = re.compile(
    r"cong\s+hoa\s+xa\s+hoi|doc\s+lap\s*-\s*tu\s+do|^noi\s+nhan\b|^(?:tm|kt|tl|tuq|q)\s*\.\s*\S",
    re.MULTILINE,
)
_INDEX = re.compile(r"^(?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]?$")
_COLUMN_NUMBER = re.compile(r"^\(?(\d{1,2}|[A-Z])\)?$")
_NUMERIC = re.compile(r"^[\d.,%/ ()+-]+$")


@dataclass(frozen=True, slots=True)
class GridCell:
    """One grid position of a table. Merged cells repeat with the ``origin`` of the real cell.

    ``text`` keeps the cell's lines (paragraphs, line breaks) separated by "\\n". A negative
    origin marks padding: a position no cell covers.
    """

    text: str
    origin: tuple[int, int]  # (row, column) where the merged cell starts


@dataclass(frozen=True, slots=True)
class Table:
    """A data table: its header (``()`` when it has none) and its rows, a text per column."""

    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    titles: frozenset[int] = frozenset()  # rows that are one cell across the table
    # The first row starts with an empty index cell: it continues the last row of the table on
    # the previous page.
    continues_previous: bool = False
    has_index: bool = False  # most rows start with an index ("1", "II", "a)")


@dataclass(frozen=True, slots=True)
class _Box:
    """A cell by its extent: rows [row0, row1), columns [col0, col1); text on one line."""

    row0: int
    row1: int
    col0: int
    col1: int
    text: str


# --- Building grids --------------------------------------------------------------------------


def grid_of(cells: Iterable[tuple[int, int, int, int, str]]) -> list[list[GridCell]]:
    """The grid of cells given as ``(row0, row1, col0, col1, text)``: rows [row0, row1) and
    columns [col0, col1); positions no cell covers are padding."""
    placed = [c for c in cells if c[1] > c[0] and c[3] > c[2]]
    if not placed:
        return []
    n_rows = max(c[1] for c in placed)
    n_cols = max(c[3] for c in placed)
    grid = [[GridCell("", (-1, -1)) for _ in range(n_cols)] for _ in range(n_rows)]
    # Where cells overlap (ruling lines snapped together), a cell with text wins.
    for row0, row1, col0, col1, text in sorted(placed, key=lambda c: bool(c[4])):
        cell = GridCell(text, (row0, col0))
        for r in range(row0, row1):
            grid[r][col0:col1] = [cell] * (col1 - col0)
    return grid


def place_cells(rows: Sequence[Sequence[tuple[str, int, int]]]) -> list[list[GridCell]]:
    """The grid of an HTML-style table: each row's cells as ``(text, colspan, rowspan)``, each
    taking the first column that no cell from a row above spans down into."""
    covered: set[tuple[int, int]] = set()
    cells: list[tuple[int, int, int, int, str]] = []
    for r, row in enumerate(rows):
        col = 0
        for text, across, down in row:
            while (r, col) in covered:
                col += 1
            down = min(down, len(rows) - r)
            covered.update((rr, cc) for rr in range(r, r + down) for cc in range(col, col + across))
            cells.append((r, r + down, col, col + across, text))
            col += across
    return grid_of(cells)


def nearest_line(lines: Sequence[float], value: float) -> int:
    """The index of the grid line in ``lines`` (positions on the page) nearest to ``value``."""
    return min(range(len(lines)), key=lambda i: abs(lines[i] - value))


def span(value: object) -> int:
    """A colspan/rowspan attribute as a count: 1 when missing or malformed, at most 100."""
    try:
        return max(1, min(int(str(value).strip()), _MAX_SPAN))
    except (TypeError, ValueError):
        return 1


# --- Layout or data --------------------------------------------------------------------------


def has_document_marks(grid: Sequence[Sequence[GridCell]]) -> bool:
    """The motto, "Nơi nhận" or "KT. <title>" in the cells: a document header or signature
    block drawn with a table."""
    text = strip_accents("\n".join(c.text for r in grid for c in r)).lower()
    return bool(_DOCUMENT_MARKS.search(text))


def is_layout_table(grid: Sequence[Sequence[GridCell]]) -> bool:
    """A table used for page layout (document header, signature block, a framed box)."""
    rows = [r for r in grid if any(c.text.strip() for c in r)]
    columns = max((len(r) for r in rows), default=0)
    distinct_columns = max((len({c.origin for c in r if min(c.origin) >= 0}) for r in rows),
                           default=0)
    if len(rows) < 2 or columns < 2 or distinct_columns < 2:
        return True
    return has_document_marks(rows)


def table_blocks(
    grid: Sequence[Sequence[GridCell]],
    *,
    header_rows: int | None = None,
    page: int | None = None,
) -> list[Block]:
    """Blocks for one table: layout tables as lines, data tables as one block per row."""
    if is_layout_table(grid):
        return layout_blocks(grid, page=page)
    return row_blocks(build_table(grid, header_rows=header_rows), page=page)


def layout_blocks(grid: Sequence[Sequence[GridCell]], *, page: int | None = None) -> list[Block]:
    """Read a layout table column by column, one block per line of each cell."""
    width = max((len(r) for r in grid), default=0)
    seen: set[tuple[int, int]] = set()
    blocks: list[Block] = []
    for col in range(width):
        for row in grid:
            if col >= len(row) or row[col].origin in seen:
                continue
            cell = row[col]
            seen.add(cell.origin)
            for line in cell.text.split("\n"):
                line = clean_display(line)
                if line:
                    blocks.append(Block(text=line, page=page))
    return blocks


# --- Rendering -------------------------------------------------------------------------------


def render_row(header: Sequence[str], cells: Sequence[str]) -> str:
    """"Nhiệm vụ: ...; Cơ quan chủ trì: ..." — empty cells omitted, a label equal to its cell
    not repeated."""
    parts = []
    for i, cell in enumerate(cells):
        if not cell:
            continue
        label = header[i] if i < len(header) else ""
        parts.append(f"{label}: {cell}" if label and label != cell else cell)
    return "; ".join(parts)


def row_block(
    header: tuple[str, ...], cells: tuple[str, ...], *, page: int | None = None, ocr: bool = False
) -> Block:
    """The ``table_row`` block of one data row."""
    return Block(
        text=render_row(header, cells), page=page, kind="table_row", ocr=ocr, cells=cells,
        header=header,
    )


def row_blocks(table: Table, *, page: int | None = None, ocr: bool = False) -> list[Block]:
    """A ``table_row`` block per data row; a title row is a text block."""
    blocks = []
    for i, row in enumerate(table.rows):
        if i in table.titles:
            blocks.append(Block(text=next(t for t in row if t), page=page, ocr=ocr))
        else:
            blocks.append(row_block(table.header, row, page=page, ocr=ocr))
    return blocks


# --- Header and rows -------------------------------------------------------------------------


def is_index(text: str) -> bool:
    """A row index: "1", "2.3", "IV", "a)"."""
    return bool(_INDEX.match(text.strip()))


def build_table(
    grid: Sequence[Sequence[GridCell]],
    *,
    header_rows: int | None = None,
    prior_header: tuple[str, ...] | None = None,
) -> Table:
    """Header and data rows of a grid.

    ``header_rows`` is the number of header rows when the format marks them; otherwise they are
    found from the grid. ``prior_header`` is the header of the table this one may continue (on
    the previous page): it is used when the first row is not a header or repeats it.
    """
    boxes = _compact(_boxes(grid))
    if not boxes:
        return Table()
    n_rows = max(b.row1 for b in boxes)
    n_cols = max(b.col1 for b in boxes)
    if header_rows is None:
        n_header, repeated = _count_header_rows(boxes, n_rows, prior_header)
    else:
        n_header, repeated = min(header_rows, n_rows), False

    columns = _logical_columns(boxes, n_header, n_rows, n_cols)
    header_boxes = [b for b in boxes if b.row0 < n_header]
    names = [_header_text(header_boxes, col) for col in columns]
    data = _data_rows(boxes, n_header, n_rows, columns)
    keep = [k for k in range(len(columns)) if names[k] or any(row[k] for row, _ in data)]
    header = tuple(names[k] for k in keep)
    first, last = (columns[keep[0]][0], columns[keep[-1]][1]) if keep else (0, 0)
    rows: list[tuple[tuple[str, ...], bool]] = []
    for texts, across in data:
        row = tuple(texts[k] for k in keep)
        if any(row):
            title = len(keep) > 1 and across is not None and across[0] <= first and across[1] >= last
            rows.append((row, title))
    if n_header and rows and _is_column_numbers(rows[0][0]):
        rows = rows[1:]

    if n_header == 0 and prior_header is not None and len(prior_header) == len(header):
        header = prior_header
    elif n_header == 0:
        header = ()
    if repeated and prior_header is not None and len(prior_header) == len(header):
        header = prior_header
    body = [row for row, title in rows if not title]
    has_index = bool(body) and sum(is_index(r[0]) for r in body if r[0]) * 2 >= len(body)
    continues = bool(rows) and not rows[0][1] and not rows[0][0][0] and any(rows[0][0][1:])
    return Table(
        header=header,
        rows=tuple(row for row, _ in rows),
        titles=frozenset(i for i, (_, title) in enumerate(rows) if title),
        continues_previous=continues,
        has_index=has_index,
    )


def _boxes(grid: Sequence[Sequence[GridCell]]) -> list[_Box]:
    """Each cell of the grid once, with the rows and columns it covers (padding left out)."""
    extent: dict[tuple[int, int], list] = {}
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if min(cell.origin) < 0:
                continue
            e = extent.get(cell.origin)
            if e is None:
                extent[cell.origin] = [r, r + 1, c, c + 1, cell.text]
            else:
                e[0], e[1] = min(e[0], r), max(e[1], r + 1)
                e[2], e[3] = min(e[2], c), max(e[3], c + 1)
    return [_Box(r0, r1, c0, c1, _one_line(text)) for r0, r1, c0, c1, text in extent.values()]


def _one_line(text: str) -> str:
    return " ".join(clean_display(text).split())


def _compact(boxes: list[_Box]) -> list[_Box]:
    """Rows without text left out and the rest renumbered from 0; [] if nothing has text."""
    texted = sorted({r for b in boxes if b.text for r in range(b.row0, b.row1)})
    if not texted:
        return []
    index = {r: i for i, r in enumerate(texted)}
    out = []
    for b in boxes:
        rows = [index[r] for r in range(b.row0, b.row1) if r in index]
        if rows:
            out.append(_Box(rows[0], rows[-1] + 1, b.col0, b.col1, b.text))
    return out


def _count_header_rows(
    boxes: list[_Box], n_rows: int, prior_header: tuple[str, ...] | None
) -> tuple[int, bool]:
    """(header rows, whether they repeat ``prior_header``)."""
    first = sorted((b for b in boxes if b.row0 == 0), key=lambda b: b.col0)
    texts = [b.text for b in first if b.text]
    repeated = prior_header is not None and _same_header(texts, prior_header)
    if not repeated and _first_row_is_data(boxes, first, texts):
        return 0, False
    limit = min(_MAX_HEADER_ROWS, n_rows - 1)
    count = max(1, min(max(b.row1 for b in first), limit))
    while count < limit and (_sub_header(boxes, count) or _merged_down(boxes, count)):
        count += 1
    return count, repeated


def _first_row_is_data(boxes: list[_Box], first: list[_Box], texts: list[str]) -> bool:
    """A first row that starts with an index, holds a number or a long text, or leaves most
    columns empty is data, not a header."""
    if len(texts) < 2 or is_index(texts[0]):
        return True
    if any(len(t) > _MAX_HEADER_CELL or _NUMERIC.match(t) for t in texts):
        return True
    used = {c for b in boxes if b.text for c in range(b.col0, b.col1)}
    filled = {c for b in first if b.text for c in range(b.col0, b.col1)}
    return len(filled) * 2 < len(used)


def _same_header(texts: list[str], prior: tuple[str, ...]) -> bool:
    squash = lambda s: re.sub(r"\W+", "", s).lower()  # noqa: E731
    got = squash("".join(texts))
    want = squash("".join(prior))
    return bool(got) and (got == want or (len(got) > 8 and want.startswith(got)))


def _sub_header(boxes: list[_Box], row: int) -> bool:
    """Row ``row`` holds sub-headings ("Đạt" | "Không đạt") under a group header cell that
    spans several columns."""
    here = [b for b in boxes if b.row0 == row and b.text]
    if not here or any(b.col0 == 0 for b in here):
        return False
    if any(len(b.text) > _MAX_SUB_HEADER or is_index(b.text) for b in here):
        return False
    above = [b for b in boxes if b.row1 == row and b.text]
    return any(a.col0 <= b.col0 and b.col1 <= a.col1 and (a.col1 - a.col0) > (b.col1 - b.col0)
               for b in here for a in above)


def _merged_down(boxes: list[_Box], row: int) -> bool:
    """Every cell with text in row ``row`` is merged down from the row above: the row only
    repeats the header."""
    return all(b.row0 < row for b in boxes if b.text and b.row0 <= row < b.row1)


def _logical_columns(boxes, n_header, n_rows, n_cols) -> list[tuple[int, int]]:
    """Column boundaries used by the data rows (at least half of them); spurious boundaries
    from slightly misaligned ruling lines are merged away."""
    data_rows = max(n_rows - n_header, 1)
    starts: dict[int, set[int]] = {}
    for b in boxes:
        if b.row1 > n_header:
            for r in range(max(b.row0, n_header), b.row1):
                starts.setdefault(b.col0, set()).add(r)
    kept = sorted(k for k, rows in starts.items() if len(rows) * 2 >= data_rows or k == 0)
    if not kept or kept[0] != 0:
        kept = [0] + kept
    bounds = kept + [n_cols]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _header_text(header_boxes: list[_Box], col: tuple[int, int]) -> str:
    a, b = col
    parts: list[tuple[str, bool, int]] = []
    for c in sorted(header_boxes, key=lambda c: (c.row0, c.col0)):
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
        elif parts[i - 1][1] or part[:1].isupper():
            text += " / " + part  # under a group heading, or a heading of its own
        else:
            text += " " + part  # a label wrapped onto the next grid row ("Điểm" / "chuẩn tối đa")
    return text


def _data_rows(
    boxes: list[_Box], n_header: int, n_rows: int, columns: list[tuple[int, int]]
) -> list[tuple[list[str], tuple[int, int] | None]]:
    """Each data row's text per column, and the column extent of its cell when the row has a
    single cell with text."""
    texts: list[list[str]] = [[""] * len(columns) for _ in range(n_header, n_rows)]
    owners: list[list[_Box]] = [[] for _ in range(n_header, n_rows)]
    for b in sorted(boxes, key=lambda b: (b.row0, b.col0)):
        if b.row1 <= n_header or not b.text:
            continue
        k = _column_of(b, columns)
        for r in range(max(b.row0, n_header), b.row1):
            slot = texts[r - n_header]
            slot[k] = f"{slot[k]} {b.text}".strip() if slot[k] else b.text
            owners[r - n_header].append(b)
    return [
        (row, (own[0].col0, own[0].col1) if len(own) == 1 else None)
        for row, own in zip(texts, owners)
    ]


def _column_of(box: _Box, columns: list[tuple[int, int]]) -> int:
    best, best_overlap = 0, -1
    for k, (a, b) in enumerate(columns):
        overlap = min(b, box.col1) - max(a, box.col0)
        if overlap > best_overlap:
            best, best_overlap = k, overlap
    return best


def _is_column_numbers(texts: Sequence[str]) -> bool:
    """A row numbering the columns under the header: "1 2 3 4", "(1) (2) (3)", "A B C"."""
    filled = [t for t in texts if t]
    if len(filled) < 2 or not all(_COLUMN_NUMBER.match(t) for t in filled):
        return False
    digits = [t.strip("()") for t in filled]
    if all(d.isdigit() for d in digits):
        nums = [int(d) for d in digits]
        return nums == list(range(nums[0], nums[0] + len(nums)))
    return all(len(d) == 1 and d.isalpha() for d in digits)
