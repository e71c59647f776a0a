"""What an answer quotes and a citation shows of a passage: the sentence or line an offset is
in, a unit stretched over a heading or over the list it introduces, the clause that holds the
direct answer, and excerpts cut to length around the supporting span."""
from __future__ import annotations

import re

from index.evidence import Scored, Unit
from index.values import CLAUSE_BREAK
from ingest.facts.text import LIST_MARKER, sentence_spans

MAX_EXCERPT = 1000
# How long a quote may run when it shows what a line introduces ("... thành:" and the new text).
INTRODUCED_LIMIT = 450


def sentence_start(text: str, at: int) -> int:
    """Offset of the start of the sentence (or line) ``text[at]`` is in."""
    starts = [s for s, _ in sentence_spans(text[:at + 1]) if s <= at]
    return max(starts[-1] if starts else 0, line_start(text, at))


def line_start(text: str, at: int) -> int:
    """Offset of the start of the line ``text[at]`` is on."""
    return text.rfind("\n", 0, at) + 1


def stretched(unit: Unit, passage: str, start: int, end: int) -> Unit:
    """``unit`` stretched over ``passage[start:end]``."""
    return Unit(unit.hit_index, start, end, passage[start:end], unit.label, unit.whole)


def from_heading(cand: Scored, passage: str, name: str) -> Scored:
    """``cand`` widened back to the heading above it that names ``name``."""
    unit = cand.unit
    at = passage.rfind(name, 0, unit.start)
    if at < 0:
        return cand
    start = passage.rfind("\n", 0, at) + 1
    return Scored(stretched(unit, passage, start, unit.end), cand.coverage, cand.score)


def introducing(passage: str, at: int) -> str:
    """The line ending in ":" that introduces the list whose item starts at ``at``; "" when
    ``passage[at:]`` is not a list item or nothing introduces it."""
    start = line_start(passage, at)
    if not LIST_MARKER.match(passage[start:at + 3]):
        return ""
    lines = passage[:start].splitlines()
    while lines and LIST_MARKER.match(lines[-1].strip()) and not lines[-1].rstrip().endswith(":"):
        lines.pop()  # the items above it
    return lines[-1] if lines and lines[-1].rstrip().endswith(":") else ""


def introduced(unit: Unit, passage: str) -> Unit:
    """A unit that ends by introducing something ("đề nghị điều chỉnh khoản 7 thành:") widened
    over what it introduces: the next line, or the list items that follow, within
    ``INTRODUCED_LIMIT`` characters."""
    if not unit.text.rstrip().endswith(":"):
        return unit
    end = unit.end
    for line in re.finditer(r"[^\n]+", passage[unit.end:]):
        item = LIST_MARKER.match(line.group().strip())
        if end > unit.end and (not item or unit.end + line.end() - unit.start > INTRODUCED_LIMIT):
            break  # the first line is always taken; list items after it while they fit
        end = unit.end + line.end()
        if not item:
            break
    return unit if end == unit.end else stretched(unit, passage, unit.start, end)


def narrowed(unit: Unit, direct: str | None, limit: int = 300) -> Unit:
    """The clause of a long unit that holds the direct answer: what the quote and the highlight
    should show ("tinh giản tối thiểu 15% số lượng văn bản ..." rather than the whole sentence)."""
    if not direct or len(unit.text) <= limit:
        return unit
    at = unit.text.find(direct)
    if at < 0:  # "3 điểm" read from "điểm đánh giá là 3": the text writes its number
        number = re.match(r"\d[\d.,]*(?=\s\w+$)", direct)
        direct = number.group(0) if number else direct
        at = unit.text.find(direct) if number else -1
    if at < 0:
        return unit
    breaks = [0] + [m.end() for m in CLAUSE_BREAK.finditer(unit.text)] + [len(unit.text)]
    start = max(b for b in breaks if b <= at)
    end = min((b for b in breaks if b >= at + len(direct)), default=len(unit.text))
    piece = unit.text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip().rstrip(";:")
    if len(piece) < len(direct) + 10:
        return unit
    return Unit(unit.hit_index, unit.start + start + lead, unit.start + start + lead + len(piece), piece, unit.label)


def quoted(text: str, direct: str | None, limit: int) -> str:
    """``text`` shortened to about ``limit`` characters, keeping the sentence that states
    ``direct`` when it lies beyond the cut: "1.1. Giao Sở X chia sẻ … Thời gian thực hiện xong
    trước ngày 05/12/2025."."""
    text = " ".join(text.split())
    at = text.find(direct) if direct else -1
    if len(text) <= limit or at < 0 or at + len(direct) <= limit - 2:
        return shortened(text, limit)
    brk = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at))
    head = brk + 2 if brk >= 0 else at  # the stating sentence, or the answer itself in one long sentence
    tail = text[head:]
    room = limit - len(tail) - 3
    if room < 80:
        return shortened(tail, limit)
    lead = text[:room].rsplit(" ", 1)[0] if head > room else text[:head].rstrip()
    return f"{lead} … {tail}"


def unquoted(quote: str) -> str:
    """A quotation in the text is quoted once, not in two pairs of marks.

    >>> unquoted("“Bình đẳng giới và an toàn cho phụ nữ”."), unquoted("Chủ đề “An toàn” năm 2025")
    ('Bình đẳng giới và an toàn cho phụ nữ', 'Chủ đề “An toàn” năm 2025')
    >>> unquoted("“Chủ tịch Ủy ban nhân dân cấp tỉnh có thẩm quyền")  # a quoted rule, cut before it closes
    'Chủ tịch Ủy ban nhân dân cấp tỉnh có thẩm quyền'
    >>> unquoted("” Căn cứ vào khoản 1 Điều 82")  # ... or after it opened
    'Căn cứ vào khoản 1 Điều 82'
    """
    quote = re.sub(r"^\s*”\s*", "", quote)  # the close of a quotation the passage cut
    whole = re.fullmatch(r"“([^“”]*)”\.?", quote.strip())
    if whole:
        return whole.group(1)
    return quote.strip()[1:] if quote.strip().startswith("“") and "”" not in quote else quote


def shortened(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def excerpt(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """At most MAX_EXCERPT characters of ``text`` around ``span``; the span re-based."""
    start, end = span
    if len(text) <= MAX_EXCERPT:
        return text, (start, end)
    if end - start >= MAX_EXCERPT:
        return text[start:start + MAX_EXCERPT], (0, MAX_EXCERPT)
    room = MAX_EXCERPT - (end - start)
    left = max(0, start - room // 2)
    right = min(len(text), left + MAX_EXCERPT)
    left = max(0, right - MAX_EXCERPT)
    return text[left:right], (start - left, end - left)
