"""Tables that a web crawl flattened to one cell per paragraph, rebuilt into table rows.

Text crawled from a legal-document site keeps a table as its cells, one paragraph each,
separated by blank lines: the header cells ("STT", "Tên thủ tục", "Cơ quan thực hiện"), then
each row's cells, the row starting with its index ("1", "2", ...). Read line by line, the
reader (and the answerer) loses which value belongs to which column. Rebuilt, each row becomes
a ``table_row`` block rendered with its header, as tables from PDF and Word files are:

>>> lines = ["STT", "", "Nhiệm vụ", "", "Cơ quan chủ trì", "", "1", "", "Xây dựng kế hoạch",
...          "", "Sở Tài chính", "", "2", "", "Kiểm tra", "", "Sở Nội vụ"]
>>> [b.text for b in rebuild(lines) if b.text]
['STT: 1; Nhiệm vụ: Xây dựng kế hoạch; Cơ quan chủ trì: Sở Tài chính', 'STT: 2; Nhiệm vụ: Kiểm tra; Cơ quan chủ trì: Sở Nội vụ']

A row is rebuilt only when its cells fit the header: as many cells as header cells; one fewer
when the last column is "Ghi chú" (left empty); one fewer in every row of the table when the
last header cell but two groups the last two ("Số lượng" over "Cấp THCS", "Cấp THPT"). A row
with more cells than columns has sub-rows under merged cells: its first full row is rebuilt and
the cells after it keep their lines. A row with too few cells (an empty cell in the middle) or
with sub-row markers ("a", "b") keeps its lines as they were. Titles between rows ("I. NÂNG CAO
NHẬN THỨC") stay text.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.records import Block

_INDEX_HEADER = re.compile(r"^(?:s[ốô]\s*tt|stt|tt|số\s+thứ\s+tự)\.?$", re.IGNORECASE)
_TITLE = re.compile(r"^(?:[IVX]{1,5}|[A-DĐ])\.\s+\S")

# A paragraph that cannot be a cell: the document goes on after the table.
_DOCUMENT_GOES_ON = re.compile(
    r"^(?:điều\s+\d|chương\s+[ivxlc\d]|phần\s+(?:thứ|[ivxlc\d])|mục\s+\d|nơi\s+nhận|tm\.|kt\.)",
    re.IGNORECASE,
)
_TIME_HEADER = re.compile(r"^(?:thời\s+(?:gian|hạn)|tiến\s+độ)", re.IGNORECASE)
_SUB_ROW = re.compile(r"^[a-zđ][.)]?$")  # "a", "b)": the row has sub-rows
_NUMBER = re.compile(r"^\d{1,6}$")  # a plain count, not a code ("1.013871")
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
_MAX_HEADER_CELLS = 12
_MAX_HEADER_CELL = 100


@dataclass(frozen=True, slots=True)
class _Paragraph:
    first: int  # index of its first line
    last: int  # index of its last line
    text: str  # its lines joined by spaces


@dataclass(frozen=True, slots=True)
class _Row:
    paragraphs: tuple[_Paragraph, ...]
    title: bool = False

    @property
    def cells(self) -> tuple[str, ...]:
        return tuple(p.text for p in self.paragraphs)


def rebuild(lines: list[str]) -> list[Block]:
    """Blocks for a text file's lines: flattened tables as table rows, everything else one
    block per line with a blank line's paragraph break (as :func:`line_blocks` makes them)."""
    from ingest.loaders.text import line_blocks

    paragraphs = _paragraphs(lines)
    blocks: list[Block] = []
    done = 0  # lines before this one are in ``blocks``
    i = 0
    while i < len(paragraphs):
        found = _table_at(paragraphs, i)
        if found is None:
            i += 1
            continue
        header, rows, end = found
        _append(blocks, line_blocks(lines[done:paragraphs[i].first]))
        _append(blocks, _row_blocks(lines, header, rows))
        done = paragraphs[end - 1].last + 1
        i = end
    _append(blocks, line_blocks(lines[done:]))
    while blocks and not blocks[-1].text:
        blocks.pop()
    return blocks


def _append(blocks: list[Block], more: list[Block]) -> None:
    """``more`` after a paragraph break, never two breaks in a row."""
    if not more:
        return
    if blocks and blocks[-1].text:
        blocks.append(Block(text=""))
    blocks.extend(more)


def _paragraphs(lines: list[str]) -> list[_Paragraph]:
    paragraphs: list[_Paragraph] = []
    start = None
    for n, line in enumerate([*lines, ""]):
        if line.strip():
            start = n if start is None else start
        elif start is not None:
            text = " ".join(" ".join(lines[start:n]).split())
            paragraphs.append(_Paragraph(start, n - 1, text))
            start = None
    return paragraphs


def _is_title(text: str) -> bool:
    """A group title between rows: "I. NÂNG CAO NHẬN THỨC", "DANH MỤC THỦ TỤC CẤP TỈNH"."""
    return bool(_TITLE.match(text)) or (len(text.split()) >= 4 and text.isupper())


def _table_at(
    paragraphs: list[_Paragraph], i: int
) -> tuple[tuple[str, ...], list[_Row], int] | None:
    """(header, rows, index of the first paragraph after the table) of a flattened table whose
    index header ("STT") is paragraph ``i``; None when there is none."""
    if not _INDEX_HEADER.match(paragraphs[i].text):
        return None
    j = i + 1
    header = [paragraphs[i].text]
    while j < len(paragraphs) and len(header) < _MAX_HEADER_CELLS:
        text = paragraphs[j].text
        if text in ("1", "1.") or _is_roman(text, 1) or _is_title(text):
            break
        if len(text) > _MAX_HEADER_CELL or _INDEX_HEADER.match(text):
            return None
        header.append(text)
        j += 1
    if len(header) < 3:
        return None
    rows, end = _rows(paragraphs, j, tuple(header))
    if sum(not r.title for r in rows) < 2:
        return None
    return tuple(header), rows, end


def _rows(paragraphs: list[_Paragraph], j: int, header: tuple[str, ...]) -> tuple[list[_Row], int]:
    """The rows from paragraph ``j`` on, and the index of the first paragraph after them."""
    width = len(header)
    rows: list[_Row] = []
    expected, after_title = 1, False  # numbering may restart at 1 under a title
    roman = 1  # the group title expected next is "I", then "II": a cell "IV" (a dyke's grade) is none
    while j < len(paragraphs):
        text = paragraphs[j].text
        if _is_roman(text, roman) and j + 1 < len(paragraphs):  # "II" then its title
            rows.append(_Row(tuple(paragraphs[j:j + 2]), title=True))
            j, after_title, roman = j + 2, True, roman + 1
            continue
        if _is_title(text):
            rows.append(_Row((paragraphs[j],), title=True))
            j, after_title = j + 1, True
            roman += bool(_TITLE.match(text) and _is_roman(text.split(".")[0], roman))
            continue
        if text.rstrip(".") not in (str(expected), "1" if after_title else str(expected)):
            break
        start = j
        j += 1
        nxt = {str(int(text.rstrip(".")) + 1), f"{int(text.rstrip('.')) + 1}."}
        while j < len(paragraphs) and j - start < 2 * width:
            t = paragraphs[j].text
            if _is_roman(t, roman) or _is_title(t) or _INDEX_HEADER.match(t) or _DOCUMENT_GOES_ON.match(t):
                break
            if t in nxt and j - start >= 2 and not _count_cell(paragraphs, j):
                break
            j += 1
        rows.append(_Row(tuple(paragraphs[start:j])))
        expected, after_title = int(text.rstrip(".")) + 1, False
    # The last row runs into the text after the table: it keeps as many cells as rows usually have.
    data = [r for r in rows if not r.title]
    if data:
        usual = Counter(len(r.paragraphs) for r in data[:-1]).most_common(1)
        keep = usual[0][0] if usual else width
        last = data[-1]
        if len(last.paragraphs) > keep:
            rows[rows.index(last)] = _Row(last.paragraphs[:keep])
            j = paragraphs.index(last.paragraphs[keep - 1]) + 1
    return rows, j


def _count_cell(paragraphs: list[_Paragraph], j: int) -> bool:
    """Is paragraph ``j``, which reads as the next row's index ("4"), a count in a cell instead:
    a number follows it ("4" then "64"), where a row's index is followed by its name?"""
    return j + 1 < len(paragraphs) and bool(_NUMBER.match(paragraphs[j + 1].text))


def _time_in_place(header: tuple[str, ...], row_cells: tuple[str, ...]) -> bool:
    """Does a row one cell short state a time ("Quý IV/2026") under the header's time column,
    which is not the last: no cell is missing up to it, and the missing one is after it?"""
    from ingest.facts.dates import find_deadlines

    times = [i for i, label in enumerate(header[:-1]) if _TIME_HEADER.match(label)]
    if not times:
        return False
    # "Chi thường xuyên" (recurrent spending) reads as the adverb, which is no time.
    return any(d.recurrence != "continuous" for _, _, d in find_deadlines(row_cells[times[-1]]))


def _full(header: tuple[str, ...]) -> int:
    """How many cells a full row has: the "Ghi chú" column is mostly left empty."""
    return len(header) - 1 if header[-1].casefold().startswith("ghi chú") else len(header)


def _is_roman(text: str, n: int) -> bool:
    """Is ``text`` the roman numeral ``n`` ("III", "III.")?"""
    return n <= len(_ROMANS) and text.rstrip(".") == _ROMANS[n - 1]


def _row_blocks(lines: list[str], header: tuple[str, ...], rows: list[_Row]) -> list[Block]:
    from ingest.loaders.tables import row_block
    from ingest.loaders.text import line_blocks

    width = len(header)
    data = [r for r in rows if not r.title]
    one_short = all(len(r.paragraphs) == width - 1 for r in data)
    blocks: list[Block] = []
    for row in rows:
        if row.title:
            blocks.append(Block(text=". ".join(p.text.rstrip(".") for p in row.paragraphs)
                                if len(row.paragraphs) == 2 else row.paragraphs[0].text))
            continue
        # More cells than columns: the cells after a full row belong to sub-rows under merged
        # cells (a second dyke of the same commune); the full row is rebuilt, the rest kept.
        full = _full(header)
        cells = row.cells[:full] if len(row.cells) > width else row.cells
        labels = _labels(header, cells, one_short)
        rest = row.paragraphs[len(cells):] if labels else row.paragraphs
        if labels:
            blocks.append(row_block(labels, cells))
        if rest:
            _append(blocks, line_blocks(lines[rest[0].first:rest[-1].last + 1]))
            blocks.append(Block(text=""))
    return blocks


def _labels(
    header: tuple[str, ...], row_cells: tuple[str, ...], one_short: bool
) -> tuple[str, ...] | None:
    """The column labels for a row's cells; None when they do not fit the header."""
    cells = len(row_cells)
    width = len(header)
    sub_index = f"{row_cells[0].rstrip('.')}.1"  # "3.1" under row 3
    if any(_SUB_ROW.match(cell) or cell.rstrip(".") == sub_index for cell in row_cells[1:]):
        return None
    if cells == width:
        return header
    if cells == _full(header) < width:  # the "Ghi chú" column left empty
        return header[:-1]
    if cells == width - 1 and _time_in_place(header, row_cells):
        # A cell merged down over the group's rows ("Nguồn kinh phí" stated once), given by
        # the first row only: the cells up to the time column are where the header has them.
        return header[:-1]
    if cells == width - 1 and one_short and width >= 4:
        group = header[-3]
        return (*header[:-3], f"{group} / {header[-2]}", f"{group} / {header[-1]}")
    return None
