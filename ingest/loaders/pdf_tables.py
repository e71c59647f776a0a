"""Ruled data tables on a PDF page (pdfplumber), as header + rows.

Only *visible* ruling lines count: Word-generated PDFs draw a white background rectangle behind
every line of text, which pdfplumber's default strategy reads as a table grid. A grid is a
data table when it has a header row and at least two rows with two filled cells; layout grids
(the national motto / signature blocks) are left to the text flow.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ingest.loaders.pdf_layout import lines_from_glyphs, paragraphs
from ingest.loaders.spacing import Glyph
from ingest.loaders.tables import (
    GridCell,
    Table,
    build_table,
    grid_of,
    has_document_marks,
    nearest_line,
)

_SNAP = 2.0  # points: ruling lines closer than this are the same grid line


@dataclass(frozen=True, slots=True)
class PageTable:
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    grid: list[list[GridCell]]
    table: Table

    @property
    def is_data(self) -> bool:
        """A header row with two or more columns and at least one data row."""
        return len(self.table.header) >= 2 and bool(self.table.rows)


def find_tables(page, glyphs: list[Glyph], spaces: list[Glyph]) -> list[PageTable]:
    """Ruled grids on ``page`` (a pdfplumber page) that may be data tables, top to bottom.

    Each comes with its rows built as a stand-alone table; a grid continuing a table from the
    previous page is rebuilt by the caller with that table's header (:func:`build_table`).
    Layout grids (motto, signature) and grids with fewer than two filled cells are left out;
    a one-row grid is kept: it may be the last row of a table from the previous page.
    """
    edges = [e for e in page.edges if visible_edge(e)]
    vertical = [e for e in edges if e["orientation"] == "v"]
    horizontal = [e for e in edges if e["orientation"] == "h"]
    if len(vertical) < 2 or len(horizontal) < 2:
        return []
    settings = {
        "vertical_strategy": "explicit",
        "horizontal_strategy": "explicit",
        "explicit_vertical_lines": vertical,
        "explicit_horizontal_lines": horizontal,
    }
    found: list[PageTable] = []
    for t in sorted(page.find_tables(settings), key=lambda t: t.bbox[1]):
        inside = [g for g in glyphs if g.centre_in(t.bbox)]
        if not inside:
            continue
        inside_spaces = [s for s in spaces if s.centre_in(t.bbox)]
        cells = _grid_cells(t.cells, inside, inside_spaces)
        if sum(bool(c[4]) for c in cells) < 2:
            continue
        grid = grid_of(cells)
        if has_document_marks(grid):
            continue
        found.append(PageTable(bbox=tuple(t.bbox), grid=grid, table=build_table(grid)))
    return found


def _grid_cells(bboxes, glyphs: list[Glyph], spaces: list[Glyph]):
    """(row0, row1, col0, col1, text) of each cell, on the grid of the table's ruling lines."""
    xs = _snap([b[0] for b in bboxes] + [b[2] for b in bboxes])
    ys = _snap([b[1] for b in bboxes] + [b[3] for b in bboxes])
    glyph_rows = _ByRow(glyphs)
    space_rows = _ByRow(spaces)
    cells = []
    for x0, top, x1, bottom in bboxes:
        members = glyph_rows.inside((x0, top, x1, bottom))
        cell_spaces = space_rows.inside((x0, top, x1, bottom))
        cells.append((nearest_line(ys, top), nearest_line(ys, bottom), nearest_line(xs, x0),
                      nearest_line(xs, x1), _cell_text(members, cell_spaces)))
    return cells


class _ByRow:
    """Glyphs sorted by vertical centre, for quick lookup of those inside a box."""

    def __init__(self, glyphs: list[Glyph]):
        self.glyphs = sorted(glyphs, key=lambda g: g.top + g.bottom)
        self.keys = [g.top + g.bottom for g in self.glyphs]

    def inside(self, bbox) -> list[Glyph]:
        lo = bisect.bisect_left(self.keys, 2 * bbox[1])
        hi = bisect.bisect_right(self.keys, 2 * bbox[3])
        return [g for g in self.glyphs[lo:hi] if g.centre_in(bbox)]


def _cell_text(glyphs: list[Glyph], spaces: list[Glyph]) -> str:
    if not glyphs:
        return ""
    lines = lines_from_glyphs(glyphs, spaces)
    # Line breaks inside a cell are only wrapping: one paragraph, joined by spaces.
    return " ".join(p.text for p in paragraphs(lines)) if lines else ""


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SNAP:
            out.append(v)
    return out


def visible_edge(edge: dict) -> bool:
    """A ruling line a reader can see: stroked or filled in a colour that is not white.

    (Word's white text-background rectangles are filled white: never a table grid.)
    """
    if edge.get("stroke") and not _white(edge.get("stroking_color")):
        return True
    return bool(edge.get("fill")) and not _white(edge.get("non_stroking_color"))


def _white(color) -> bool:
    if color is None:
        return False
    if isinstance(color, (int, float)):
        color = (color,)
    try:
        values = tuple(float(v) for v in color)
    except (TypeError, ValueError):
        return False  # pattern colour spaces: assume visible
    if len(values) == 1:
        return values[0] > 0.95
    if len(values) == 3:
        return min(values) > 0.95
    if len(values) == 4:
        return max(values) < 0.05  # CMYK
    return False
