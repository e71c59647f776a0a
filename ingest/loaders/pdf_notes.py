"""Footnotes at the bottom of a PDF page: found, kept out of the body, read note by note.

A footnote area is the run of lines at the bottom of a page set clearly smaller than the body
(under 0.9 of the body's most common size) and opened by a note marker: a raised number
("¹ Quyết định số ..."), or "1", "(1)", "*" before the text. Either

* a short horizontal rule at the left margin sits just above it (the separator word
  processors draw), or
* its first line opens with a raised marker and the lines are set as prose (one of them spans
  at least half the text width).

A note running over from the previous page is continued under a rule (Word draws a full-width
one) without a marker; it is recognised only when the previous page had a footnote area.

Signature blocks, "Nơi nhận" lists and small chart labels are smaller than the body too, but
they open with no marker and sit under no separator, so they stay in the body.
"""
from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.loaders.pdf_layout import Line, join_lines
from ingest.loaders.spacing import Glyph

# Notes are set at most this fraction of the body's font size.
SMALLER = 0.9
# A separator is not looked for in the page's header band (fraction of its height).
_TOP_BAND = 0.2

# Typed markers: "1 ", "(1)", "[1]", "*".
_TEXT_MARK = re.compile(
    r"^(?:(?P<num>\d{1,3})\s|\((?P<paren>\d{1,3})\)|\[(?P<bracket>\d{1,3})\]|(?P<sym>[*†‡]{1,3}))"
)
# Raised markers: a superscript number, roman numeral or symbol.
_RAISED_MARK = re.compile(r"^(?:\d{1,3}|[ivxlc]{1,5}|[*†‡]{1,3})$")


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal ruling line (PDF points, top-down)."""

    x0: float
    x1: float
    top: float
    bottom: float


@dataclass(frozen=True, slots=True)
class NoteArea:
    """Where a page's footnotes are: lines at or below ``top`` smaller than ``limit``."""

    top: float
    limit: float  # font size the notes stay under
    marks: tuple[tuple[float, str], ...]  # (top of a line opening a note, its marker)
    continued: bool = False  # the area opens with the end of a note from the previous page

    def holds(self, line: Line) -> bool:
        return line.top >= self.top - 0.5 and line.size < self.limit


# --- finding the area -------------------------------------------------------------------------


def horizontal_rules(page) -> list[Rule]:
    """Visible thin horizontal lines of a pdfplumber ``page`` (lines and hairline boxes)."""
    from ingest.loaders.pdf_tables import visible_edge

    rules = []
    for edge in page.edges:
        if edge["orientation"] != "h" or not visible_edge(edge):
            continue
        rules.append(Rule(float(edge["x0"]), float(edge["x1"]), float(edge["top"]),
                          float(edge["bottom"])))
    return rules


def may_have_notes(lines: Sequence[Line], glyphs: Sequence[Glyph], height: float) -> bool:
    """Cheap test: some line in the lower half is clearly smaller than the page's common size
    or than a line above it."""
    largest = _common_size(glyphs) or 0.0
    for line in sorted(lines, key=lambda l: l.top):
        if line.top > height / 2 and line.size < SMALLER * largest:
            return True
        largest = max(largest, line.size)
    return False


def find_note_area(
    lines: Sequence[Line],
    glyphs: Sequence[Glyph],
    rules: Sequence[Rule],
    *,
    height: float,
    tables: Sequence[tuple[float, float, float, float]] = (),
    continues: bool = False,
) -> NoteArea | None:
    """The footnote area of a page, or None. See the module docstring.

    ``lines`` are the page's text lines outside tables, ``glyphs`` all its glyphs (tables
    included), ``tables`` the boxes (x0, top, x1, bottom) of its tables; ``continues``: the
    previous page had a footnote area.
    """
    lines = sorted((l for l in lines if any(c.isalnum() for c in l.text)), key=lambda l: l.top)
    if not lines:
        return None
    lows = [l.x0 for l in lines] + [t[0] for t in tables]
    highs = [l.x1 for l in lines] + [t[2] for t in tables]
    tables_end = max((t[3] for t in tables), default=0.0)
    page = _PageText(lines, glyphs, max(highs) - min(lows), tables_end)
    # The highest rule with nothing but notes under it (a long note may fill most of a page).
    for rule in sorted(rules, key=lambda r: r.top):
        if rule.top < max(_TOP_BAND * height, page.tables_end):
            continue
        area = _under_rule(page, rule, continues)
        if area is not None:
            return area
    return _unruled(page, height)


@dataclass(frozen=True, slots=True)
class _PageText:
    lines: Sequence[Line]  # sorted top-down
    glyphs: Sequence[Glyph]
    width: float  # of the text block
    tables_end: float  # bottom of the lowest table, 0 without tables

    def body_size(self, above: float) -> float | None:
        return _common_size([g for g in self.glyphs if g.bottom <= above])


def _under_rule(page: _PageText, rule: Rule, continues: bool) -> NoteArea | None:
    above = [l for l in page.lines if l.top < rule.top]
    below = [l for l in page.lines if l.top >= rule.top]
    if not below or any(l.bottom > rule.top + 1.0 for l in above):
        return None
    body = page.body_size(rule.top)
    if body is None:
        return None
    limit = SMALLER * body
    if any(l.size >= limit for l in below):
        return None
    size = max(l.size for l in below)
    if below[0].top - rule.bottom > 2.5 * size:
        return None  # a rule under something else, far above the notes
    length = rule.x1 - rule.x0
    at_margin = abs(rule.x0 - min(l.x0 for l in below)) <= 1.5 * size
    short = 0.1 * page.width <= length <= 0.6 * page.width
    full = length >= 0.9 * page.width
    if not at_margin or not (short or full):
        return None
    marks = _marks(below, page.glyphs)
    opens = bool(marks) and marks[0][0] == below[0].top
    if opens and short:
        return NoteArea(below[0].top, limit, marks)
    if continues and not opens:
        return NoteArea(below[0].top, limit, marks, continued=True)
    return None


def _unruled(page: _PageText, height: float) -> NoteArea | None:
    """No separator: the small run at the bottom, from its first line opening with a raised
    marker."""
    body = page.body_size(height / 2)
    if body is None:
        return None
    limit = SMALLER * body
    run: list[Line] = []
    for line in reversed(page.lines):
        if line.size >= limit or line.top < height / 2 or line.top < page.tables_end:
            break
        run.insert(0, line)
    for i, line in enumerate(run):
        if not _raised_mark(line, page.glyphs):
            continue
        notes = run[i:]
        if max(l.x1 - l.x0 for l in notes) < 0.5 * page.width:
            return None  # labels, not prose
        return NoteArea(line.top, limit, _marks(notes, page.glyphs, raised_only=True))
    return None


def _marks(lines: Sequence[Line], glyphs: Sequence[Glyph], *, raised_only: bool = False):
    """(top, marker) of the lines that open a note.

    Raised markers decide when there are any; otherwise typed markers ("1 ", "(1)") count when
    they number the notes in sequence, so that a wrapped line starting with "2025 " does not.
    """
    raised = [(l.top, m) for l in lines if (m := _raised_mark(l, glyphs))]
    if raised or raised_only:
        return tuple(raised)
    out: list[tuple[float, str]] = []
    expected = None
    for line in lines:
        m = _TEXT_MARK.match(line.text)
        if not m:
            continue
        number = m.group("num") or m.group("paren") or m.group("bracket")
        if number is None:
            out.append((line.top, m.group("sym")))
            continue
        if expected is None or int(number) == expected:
            out.append((line.top, m.group(0).strip()))
            expected = int(number) + 1
    return tuple(out)


def _raised_mark(line: Line, glyphs: Sequence[Glyph]) -> str:
    """The raised marker (a superscript) opening ``line``: "1", "10", "i"; "" if none."""
    own = sorted(
        (g for g in glyphs if line.top <= (g.top + g.bottom) / 2 <= line.bottom
         and line.x0 - 1 <= g.x0 <= line.x1 and g.text.strip()),
        key=lambda g: g.x0,
    )
    if len(own) < 2:
        return ""
    main = statistics.median(g.size for g in own)
    baseline = statistics.median(g.bottom for g in own if g.size >= 0.9 * main)
    mark = ""
    for g in own:
        if g.size < 0.8 * main and g.bottom < baseline - 0.15 * main:
            mark += g.text
        else:
            break
    return mark if _RAISED_MARK.match(mark) else ""


def _common_size(glyphs: Sequence[Glyph]) -> float | None:
    """The most common font size of ``glyphs``, to the half point."""
    counts: dict[float, int] = {}
    for g in glyphs:
        key = round(g.size * 2) / 2
        counts[key] = counts.get(key, 0) + 1
    return max(counts, key=counts.get) if counts else None


# --- reading the notes ------------------------------------------------------------------------


def split_notes(lines: Sequence[Line], area: NoteArea | None) -> tuple[list[Line], list[Line]]:
    """``lines`` as (body, notes), each in reading order (top to bottom)."""
    ordered = sorted(lines, key=lambda l: (l.top, l.x0))
    if area is None:
        return ordered, []
    notes = [l for l in ordered if area.holds(l)]
    kept = {id(l) for l in notes}
    return [l for l in ordered if id(l) not in kept], notes


def note_texts(lines: Sequence[Line], area: NoteArea) -> list[str]:
    """One text per note, marker first ("10 Trong đó ..."). When the area is ``continued``,
    the first text is the end of the previous page's last note (no marker)."""
    marks = dict(area.marks)
    notes: list[list[str]] = []
    for line in sorted(lines, key=lambda l: l.top):
        text = line.text
        mark = marks.get(line.top)
        if mark is not None:
            notes.append([mark, _after_mark(text, mark)])
        elif notes:
            notes[-1].append(text)
        else:
            notes.append([text])
    return [join_lines(parts) for parts in notes]


def _after_mark(text: str, mark: str) -> str:
    """``text`` without its opening marker; a raised "10" may come out as "1 0"."""
    if text.startswith(mark):
        return text[len(mark):].lstrip()
    words = text.split(" ")
    got = ""
    for i, word in enumerate(words):
        got += word
        if got == mark:
            return " ".join(words[i + 1:])
        if not mark.startswith(got):
            break
    return text


def continue_note(text: str, more: str) -> str:
    """A note begun on one page, ``text``, going on with ``more`` on the next."""
    return join_lines([text, more])
