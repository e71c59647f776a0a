"""Page geometry → paragraphs in reading order. Shared by the PDF text layer and OCR.

Input is positioned words (from PDF glyphs or from tesseract); output is paragraphs:

1. glyphs are grouped into visual lines (superscript footnote marks dropped);
2. lines are grouped into rows, rows split into segments at wide gaps, and runs of rows that
   share a vertical gutter (the two-column header and signature block of Vietnamese official
   documents) are read column by column;
3. each column's lines are joined into paragraphs from geometry (line gaps, indents, room left
   at the end of a line) and from the text (list and heading markers, all-caps lines).
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, replace

from ingest.headings import is_reference
from ingest.loaders.spacing import Glyph, Word, words_from_glyphs

# Gap between words, in em, that splits a row into separate segments (columns). Justified
# text rarely stretches a space this far, and a lone wide gap is not a column anyway: a
# region needs two rows sharing the gutter.
SEGMENT_GAP = 1.2
# Narrowest gutter (em) kept between two columns.
MIN_GUTTER = 0.25
# Largest vertical gap (em) inside a two-column region (signature space under a title).
REGION_GAP = 6.0

_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# Lines that always start a new block.
STARTS = re.compile(
    r"""^(?:
        (?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Điều|ĐIỀU|Phụ\ lục|PHỤ\ LỤC)\s+[\dIVXLCA-Z]+\b
      | [IVXLC]+[.)]\s
      | \d{1,2}(?:\.\d{1,2})*[.)]?\s
      | [a-zđ][.)]\s
      | [-+•–—*·∙]\s?
    )""",
    re.VERBOSE,
)
# Openings that are never the continuation of a wrapped line.
_KEYWORD_STARTS = re.compile(
    r"^(?:Căn\s+cứ|Kính\s+gửi|Đồng\s+kính\s+gửi|Nơi\s+nhận|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị"
    r"|V/v|Về\s+việc|Số:|Số\s+\d|Trích\s+yếu|Thời\s+gian:|Địa\s+điểm:)"
)
# "Gia Lai, ngày 17 tháng 8 năm 2026": place and date of issue.
_PLACE_DATE = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){0,4}, ngày\b")
# Text that always starts the right-hand column of the header, even when the gap before
# it is narrow ("VĂN PHÒNG CHÍNH PHỦ   CỘNG HÒA XÃ HỘI ...").
_RIGHT_ANCHOR = re.compile(r"^(?:CỘNG\s+H[OÒ]À?A?\s+XÃ\s+HỘI|Độc\s+lập\s*-)")
# Rows that start the body: the header's columns end above them.
_REGION_STOP = re.compile(r"^(?:Kính\s+gửi|Đồng\s+kính\s+gửi|Căn\s+cứ)")
# Structural headings: never glued to what precedes them.
_HEADING = re.compile(
    r"^(?:(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Điều|ĐIỀU|Phụ lục|PHỤ LỤC)\s+[\dIVXLCA-Z]+\b"
    r"|[IVXLC]+\.\s)"
)
# Lines that always end a block: the motto of the national emblem.
_ENDS = re.compile(r"(?:Hạnh\s+phúc|CHỦ\s+NGHĨA\s+VIỆT\s+NAM)\W*$")
_CODE_WRAP = re.compile(r"\w[-/]$")
SENTENCE_END = re.compile(r"[.!?;:…]['\"”’)]*$")


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line (or one column segment of it)."""

    words: tuple[Word, ...]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: float  # share of its letters in bold (0..1)
    group: int = 0  # OCR block number: lines of different blocks never share a paragraph
    italic: float = 0.0  # share of its letters in italics

    @classmethod
    def of(cls, words, group: int = 0) -> Line:
        words = tuple(sorted(words, key=lambda w: w.x0))
        letters = sum(len(w.text) for w in words) or 1
        size = statistics.median(w.size for w in words)
        return cls(
            words=words,
            x0=min(w.x0 for w in words),
            x1=max(w.x1 for w in words),
            top=min(w.top for w in words),
            bottom=max(w.bottom for w in words),
            size=size,
            bold=sum(len(w.text) for w in words if w.bold) / letters,
            group=group,
            italic=sum(len(w.text) for w in words if w.italic) / letters,
        )

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    top: float
    bottom: float
    size: float = 0.0  # median font size of its lines
    open_end: bool = False  # its last line runs to the right edge: it may go on (next page)


# --- glyphs → lines --------------------------------------------------------------------------


def lines_from_glyphs(glyphs: list[Glyph], spaces: list[Glyph] = ()) -> list[Line]:
    """Cluster glyphs into visual lines by vertical overlap; words by horizontal gaps."""
    bands: list[list] = []  # [top, bottom, size, glyphs, spaces]
    stamped = [g for g in glyphs if g.stamp]
    stream = [(g, False) for g in glyphs if not g.stamp] + [(s, True) for s in spaces]
    for g, is_space in sorted(stream, key=lambda item: (item[0].top, item[0].x0)):
        band = _band_for(bands, g)
        if is_space:
            if band is not None:
                band[4].append((g.x0, g.x1))
            continue
        if band is None:
            bands.append([g.top, g.bottom, g.size, [g], []])
            continue
        band[3].append(g)
        if g.size > band[2] * 1.05:
            band[0], band[1], band[2] = g.top, g.bottom, g.size
    for g in stamped:
        # Stamped numbers sit a little off the line they fill in ("Số:      /BNV-CCHC").
        centre = (g.top + g.bottom) / 2
        near = min(bands, key=lambda b: abs((b[0] + b[1]) / 2 - centre), default=None)
        if near is not None and abs((near[0] + near[1]) / 2 - centre) < 0.8 * max(g.size, near[2]):
            near[3].append(g)
        else:
            bands.append([g.top, g.bottom, g.size, [g], []])
    lines = []
    for _, _, _, members, space_spans in bands:
        members = _drop_superscripts(members)
        words = words_from_glyphs(members, space_spans)
        if words:
            lines.append(Line.of(words))
    lines.sort(key=lambda l: (l.top, l.x0))
    return lines


def _band_for(bands: list[list], g: Glyph):
    best, best_overlap = None, 0.0
    height = max(g.bottom - g.top, 0.1)
    for band in bands[-12:]:
        overlap = min(g.bottom, band[1]) - max(g.top, band[0])
        if overlap >= 0.5 * min(height, band[1] - band[0]) and overlap > best_overlap:
            best, best_overlap = band, overlap
    return best


def _drop_superscripts(glyphs: list[Glyph]) -> list[Glyph]:
    """Footnote marks ("Tỉnh ủy¹") are dropped; a mark that starts the line (the footnote
    itself) is kept as a separate word; "m2" becomes "m²"."""
    body = [g for g in glyphs if g.text.strip()]
    if len(body) < 2:
        return glyphs
    main = max(g.size for g in body)
    main_glyphs = [g for g in body if g.size >= 0.9 * main]
    baseline = statistics.median(g.bottom for g in main_glyphs)

    def is_super(g: Glyph) -> bool:
        return g.size < 0.8 * main and g.bottom < baseline - 0.15 * main

    ordered = sorted(glyphs, key=lambda g: g.x0)
    first_body = next((i for i, g in enumerate(ordered) if not is_super(g) and g.text.strip()), 0)
    out: list[Glyph] = []
    for i, g in enumerate(ordered):
        if not is_super(g):
            out.append(g)
        elif i < first_body:
            # Footnote number at the start of a footnote: keep it, pushed apart from the text.
            out.append(replace(g, x1=g.x1 - g.size, size=main))
        elif g.text.isdigit() and out and out[-1].text in "mM" and g.text in "23":
            out.append(replace(out[-1], text=g.text.translate(_SUPERSCRIPT_DIGITS),
                               x0=out[-1].x1, x1=out[-1].x1 + 1))
    return out


# --- lines → reading flows -------------------------------------------------------------------


@dataclass(slots=True)
class _Row:
    segs: list[Line]
    top: float
    bottom: float
    size: float

    @property
    def x0(self) -> float:
        return self.segs[0].x0


def _rows(lines: list[Line]) -> list[_Row]:
    """Lines on the same visual row (OCR gives one line per column) become one row, split
    into segments at wide gaps."""
    rows: list[_Row] = []
    for line in sorted(lines, key=lambda l: (l.top, l.x0)):
        height = max(line.bottom - line.top, 0.1)
        target = None
        for row in rows[-4:]:
            overlap = min(line.bottom, row.bottom) - max(line.top, row.top)
            beside = all(line.x0 >= s.x1 or line.x1 <= s.x0 for s in row.segs)
            if beside and overlap >= 0.6 * min(height, row.bottom - row.top):
                target = row
        if target is None:
            rows.append(_Row([line], line.top, line.bottom, line.size))
        else:
            target.segs.append(line)
            target.top, target.bottom = min(target.top, line.top), max(target.bottom, line.bottom)
            target.size = max(target.size, line.size)
    for row in rows:
        segs: list[Line] = []
        for line in _merge_touching(sorted(row.segs, key=lambda l: l.x0)):
            segs.extend(s for s in _split_segments(line) if any(c.isalnum() for c in s.text))
        row.segs = segs
    return [row for row in rows if row.segs]


def _split_segments(line: Line) -> list[Line]:
    parts: list[list[Word]] = [[line.words[0]]]
    size = max(line.size, 1.0)
    for k, (prev, word) in enumerate(zip(line.words, line.words[1:]), start=1):
        # Letter-spaced text widens the space between words too.
        gap = word.x0 - prev.x1 - 2 * max(prev.tracking, word.tracking)
        anchor = gap > 0.6 * size and _RIGHT_ANCHOR.match(
            " ".join(w.text for w in line.words[k:k + 4]))
        if gap > SEGMENT_GAP * size or anchor:
            parts.append([])
        parts[-1].append(word)
    if len(parts) == 1:
        return [line]
    return [Line.of(p, line.group) for p in parts]


def _merge_touching(segs: list[Line]) -> list[Line]:
    """OCR lines of one row that are close together are one line (split again by gaps)."""
    out: list[Line] = []
    for seg in segs:
        if out and seg.x0 - out[-1].x1 <= SEGMENT_GAP * max(seg.size, 1.0) and seg.group == out[-1].group:
            out[-1] = Line.of(out[-1].words + seg.words, seg.group)
        else:
            out.append(seg)
    return out


def _joined(row: _Row) -> Line:
    if len(row.segs) == 1:
        return row.segs[0]
    return Line.of([w for s in row.segs for w in s.words], row.segs[0].group)


def _narrow(cut: tuple[float, float], row: _Row) -> tuple[float, float] | None:
    """What is left of the free interval ``cut`` once ``row`` is drawn; None if nothing."""
    a, b = cut
    for seg in row.segs:
        if seg.x1 <= a or seg.x0 >= b:
            continue
        if seg.x0 - a >= b - seg.x1:
            b = seg.x0
        else:
            a = seg.x1
        if b - a < MIN_GUTTER * row.size:
            return None
    return (a, b)


def reading_flows(lines: list[Line]) -> list[list[Line]]:
    """Order lines for reading: runs of rows with one shared gutter are read column by column.

    Returns flows; each flow is a list of lines of one column (or of the full width) whose
    paragraphs are built independently.
    """
    rows = _rows(lines)
    owner: list[int | None] = [None] * len(rows)
    regions: list[tuple[int, int, list]] = []  # (first, last, flows)
    for i, row in enumerate(rows):
        if owner[i] is not None or len(row.segs) < 2:
            continue
        found = _region(rows, owner, i)
        if found is None:
            continue
        first, last, flows = found
        for k in range(first, last + 1):
            owner[k] = len(regions)
        regions.append(found)
    flows: list[list[Line]] = []
    current: list[Line] = []
    i = 0
    while i < len(rows):
        if owner[i] is None:
            current.append(_joined(rows[i]))
            i += 1
            continue
        if current:
            flows.append(current)
            current = []
        first, last, region_flows = regions[owner[i]]
        flows.extend(f for f in region_flows if f)
        i = last + 1
    if current:
        flows.append(current)
    return flows


def _region(rows: list[_Row], owner, seed: int):
    """The run of rows around ``seed`` read as columns, or None if it is just one row."""
    row = rows[seed]
    gutters = [(a.x1, b.x0) for a, b in zip(row.segs, row.segs[1:])
               if b.x0 - a.x1 >= MIN_GUTTER * row.size]
    if len(gutters) >= 2:
        first, last = _grow_grid(rows, owner, seed, gutters)
        if last > first:
            # A borderless table: rows sharing two or more gutters are read row by row.
            return first, last, [[_joined(r)] for r in rows[first:last + 1]]
    best = None
    for left, right in zip(row.segs, row.segs[1:]):
        cut = (left.x1, right.x0)
        if cut[1] - cut[0] < MIN_GUTTER * row.size:
            continue
        first, last, cut_final = _grow(rows, owner, seed, cut)
        if best is None or (last - first) > (best[1] - best[0]):
            best = (first, last, cut_final)
    if best is None or best[1] == best[0]:
        return None
    first, last, cut = best
    members = rows[first:last + 1]
    # Other gutters that survive the whole run mean a borderless table: read row by row.
    gutters = 0
    for left, right in zip(row.segs, row.segs[1:]):
        other = (left.x1, right.x0)
        for r in members:
            other = _narrow(other, r) if other else None
        if other is not None:
            gutters += 1
    if gutters >= 2:
        return first, last, [[_joined(r)] for r in members]
    mid = (cut[0] + cut[1]) / 2
    left_flow, right_flow = [], []
    for r in members:
        lefts = [s for s in r.segs if (s.x0 + s.x1) / 2 < mid]
        rights = [s for s in r.segs if (s.x0 + s.x1) / 2 >= mid]
        if lefts:
            left_flow.append(Line.of([w for s in lefts for w in s.words], lefts[0].group))
        if rights:
            right_flow.append(Line.of([w for s in rights for w in s.words], rights[0].group))
    return first, last, [left_flow, right_flow]


def _grow(rows, owner, seed, cut):
    first = last = seed
    left_edge = rows[seed].x0
    j = seed + 1
    while j < len(rows) and owner[j] is None:
        row = rows[j]
        gap = row.top - rows[last].bottom
        narrowed = _narrow(cut, row)
        if narrowed is None or gap > REGION_GAP * row.size:
            break
        if gap > 2.5 * row.size and row.x0 < left_edge - 0.5 * row.size:
            break  # after a gap, a line further left than the columns is body text
        if _REGION_STOP.match(row.segs[0].text):
            break
        cut, last = narrowed, j
        left_edge = min(left_edge, row.x0)
        j += 1
    j = seed - 1
    while j >= 0 and owner[j] is None:
        gap = rows[first].top - rows[j].bottom
        narrowed = _narrow(cut, rows[j])
        if narrowed is None or gap > REGION_GAP * rows[j].size or _is_tail(rows, j, cut):
            break
        cut, first = narrowed, j
        j -= 1
    return first, last, cut


def _grow_grid(rows, owner, seed, gutters):
    """Rows around ``seed`` that keep at least two of its gutters open."""

    def keep(cuts, row):
        alive = [c for c in (_narrow(c, row) for c in cuts) if c is not None]
        return alive if len(alive) >= 2 else None

    def close(upper, lower) -> bool:
        return rows[lower].top - rows[upper].bottom < 2.5 * rows[lower].size

    first = last = seed
    cuts = gutters
    j = seed + 1
    while j < len(rows) and owner[j] is None and close(last, j):
        alive = keep(cuts, rows[j])
        if alive is None:
            break
        if len(rows[j].segs) < 2:
            # A row with one cell belongs to the table only if a fuller row follows.
            nxt = j + 1
            if not (nxt < len(rows) and owner[nxt] is None and len(rows[nxt].segs) >= 2
                    and close(j, nxt) and keep(alive, rows[nxt]) is not None):
                break
        cuts, last = alive, j
        j += 1
    j = seed - 1
    while j >= 0 and owner[j] is None and close(j, first) and len(rows[j].segs) >= 2:
        alive = keep(cuts, rows[j])
        if alive is None:
            break
        cuts, first = alive, j
        j -= 1
    return first, last


def _is_tail(rows, j, cut) -> bool:
    """Row ``j`` ends a full-width paragraph above it (its last, short line)."""
    if j == 0:
        return False
    above, row = rows[j - 1], rows[j]
    return _narrow(cut, above) is None and row.top - above.bottom < 0.8 * row.size


# --- flows → paragraphs ----------------------------------------------------------------------


def layout(lines: list[Line], body_width: float | None = None) -> list[Paragraph]:
    """Paragraphs of a page (or of a band between tables) in reading order.

    ``body_width`` is the width of the page's text block (default: the extent of ``lines``).
    """
    lines = [l for l in lines if any(c.isalnum() for c in l.text)]  # rules drawn with "____"
    if not lines:
        return []
    if body_width is None:
        body_width = max(l.x1 for l in lines) - min(l.x0 for l in lines)
    out: list[Paragraph] = []
    for flow in reading_flows(lines):
        out.extend(paragraphs(flow, body_width))
    return out


def paragraphs(flow: list[Line], body_width: float | None = None) -> list[Paragraph]:
    if not flow:
        return []
    ctx = _Context(flow, body_width)
    out: list[Paragraph] = []
    current = [flow[0]]
    for prev, line in zip(flow, flow[1:]):
        if _continues(prev, line, ctx):
            current.append(line)
        else:
            out.append(_paragraph(current, ctx))
            current = [line]
    out.append(_paragraph(current, ctx))
    return [p for p in out if p.text]


class _Context:
    def __init__(self, flow: list[Line], body_width: float | None):
        # The margin is where lines keep starting, not the leftmost stray line.
        starts: dict[int, int] = {}
        for l in flow:
            starts[round(l.x0)] = starts.get(round(l.x0), 0) + 1
        shared = [x for x, n in starts.items() if n >= 2 and n * 5 >= len(flow)]
        self.left = float(min(shared)) if shared else min(l.x0 for l in flow)
        self.right = max(l.x1 for l in flow)
        self.body_width = body_width or (self.right - self.left)
        gaps = [b.top - a.bottom for a, b in zip(flow, flow[1:])
                if -0.5 * a.size < b.top - a.bottom < 2 * a.size]
        self.gap = statistics.median(gaps) if gaps else 0.3 * flow[0].size


def _continues(prev: Line, line: Line, ctx: _Context) -> bool:
    size = max(prev.size, line.size, 1.0)
    text, prev_text = line.text, prev.text
    if prev.group != line.group or _ENDS.search(prev_text):
        return False
    if abs(prev.size - line.size) > 0.12 * size:
        return False  # footnotes, titles
    if line.top - prev.bottom > ctx.gap + 0.6 * size:
        return False
    full = _full(prev, line, ctx)
    if is_reference(text):
        # "... tại số thứ tự 01 Mục II" + "Phần IV cho phù hợp ...": a unit cited in the
        # sentence the full line above leaves open, not a heading.
        return full and not SENTENCE_END.search(prev_text) and not is_caps(prev_text)
    if _HEADING.match(text) or (_HEADING.match(prev_text) and not full):
        return False
    caps, prev_caps = is_caps(text), is_caps(prev_text)
    if caps != prev_caps:
        return False
    if _CODE_WRAP.search(prev_text) and text[:1].isalnum() and full:
        return True  # "Công văn số 1849/BGDĐT-" + "GDPT."
    if _keyword_start(text):
        return False
    lower = starts_lower(text)
    starts = bool(STARTS.match(text))
    if caps:
        # Wrapped all-caps headings are long; short caps lines (issuing body, signer's
        # title) are separate lines even when they fill a narrow column.
        return full and not starts and prev.x1 - prev.x0 >= 0.6 * ctx.body_width
    if _restyled(prev, line) and not lower:
        # A short styled line is a heading or a title. After a full line, only a styled
        # line (a heading) followed by a plain one ends the paragraph; a plain line going
        # on in italics ("(Sở Y tế, Thanh tra tỉnh).") is the same sentence.
        if not full or max(prev.bold, prev.italic) > 0.8 or SENTENCE_END.search(prev_text):
            return False
    if starts:
        # A wrapped line may begin with "-" or "1." by chance: only if nothing says otherwise.
        return full and not SENTENCE_END.search(prev_text) and line.x0 <= ctx.left + 0.5 * size
    if lower:
        return not prev_text.endswith((".", "!", "?")) or full
    if not full:
        # Centred titles wrap without filling the line.
        return (
            _centred(prev, ctx) and _centred(line, ctx) and not _restyled(prev, line)
            and not SENTENCE_END.search(prev_text)
        )
    if line.x0 > prev.x0 + size and line.x0 > ctx.left + size:
        return False  # first-line indent of a new paragraph
    if (STARTS.match(prev_text) and abs(line.x0 - prev.x0) < 0.5 * size
            and line.x0 > ctx.left + size):
        # An indented item ("a) Kết quả ...") is followed by a line indented just as much:
        # a wrapped line would go back to the margin, so this is a new paragraph.
        return False
    return True


def starts_block(text: str) -> bool:
    """``text`` opens a new block: list or heading marker, "Căn cứ", place and date, ...

    A unit cited at the start of a line ("Điều 15 Nghị định số ...") is not a heading marker.
    """
    return (bool(STARTS.match(text)) and not is_reference(text)) or _keyword_start(text)


def _keyword_start(text: str) -> bool:
    return bool(_KEYWORD_STARTS.match(text)) or (
        text[:1].isupper() and bool(_PLACE_DATE.match(text)))


def _restyled(prev: Line, line: Line) -> bool:
    """One line is set all in bold (or italics) and the other not at all: a heading, a
    title, the motto. Words styled inside a paragraph do not count."""
    return (abs(prev.bold - line.bold) > 0.8 or abs(prev.italic - line.italic) > 0.8)


def _full(prev: Line, line: Line, ctx: _Context) -> bool:
    """The first word of ``line`` would not have fitted at the end of ``prev``."""
    first = line.words[0]
    room = ctx.right - prev.x1
    return room < (first.x1 - first.x0) + 0.6 * prev.size


def _centred(line: Line, ctx: _Context) -> bool:
    centre = (ctx.left + ctx.right) / 2
    return line.x0 > ctx.left + line.size and abs((line.x0 + line.x1) / 2 - centre) < 1.5 * line.size


def is_caps(text: str) -> bool:
    """An all-capitals line (a heading), not a lone abbreviation ("QPPL.")."""
    letters = [c for c in text if c.isalpha()]
    words = len(re.findall(r"[^\W\d_]+", text))
    return len(letters) >= 4 and (words >= 2 or len(letters) >= 8) and all(c.isupper() for c in letters)


def starts_lower(text: str) -> bool:
    for c in text:
        if c.isalpha():
            return c.islower()
        if c.isdigit():
            return False
    return False


def join_lines(parts: list[str]) -> str:
    """Wrapped lines as one text: a symbol broken after "/" or "-" ("185/KH-" + "UBND") is
    closed up, other lines are joined with a space."""
    text = ""
    for part in (p for p in parts if p):
        if not text:
            text = part
        elif text.endswith("/") or (text.endswith("-") and len(text) > 1 and text[-2].isalnum()
                                    and part[:1].isalnum()):
            text += part
        else:
            text += " " + part
    return text


def _paragraph(lines: list[Line], ctx: _Context) -> Paragraph:
    text = join_lines([line.text for line in lines])
    last = lines[-1]
    return Paragraph(
        text=text, top=lines[0].top, bottom=last.bottom,
        size=statistics.median(l.size for l in lines),
        open_end=ctx.right - last.x1 < 1.5 * last.size and ctx.right - ctx.left > 0.6 * ctx.body_width,
    )
