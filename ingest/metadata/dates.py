"""The place and date of issue: "<Place>, ngày 17 tháng 8 năm 2018" (day and month may be
left blank for stamping, the place may start on the line before)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.provinces import find_provinces

# "tháng" and "năm" as a scan may read them ("ngày 26 thóng 8 năm 2025"): in this frame no
# other word can stand there.
DATE_FULL = re.compile(
    r"ngày\s*(?P<d>\d{1,2})?[\s.…_]*th[^\W\d_]{1,2}ng\s*(?P<m>\d{1,2})?[\s.…_]*n[^\W\d_]m\s*(?P<y>\d{4})",
    re.IGNORECASE,
)
DATE_NUMERIC = re.compile(r"ngày\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})")


def iso_date(d: str | None, m: str | None, y: str | None) -> str | None:
    if not (d and m and y):
        return None
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class PlaceDate:
    iso: str | None
    line: int  # line of the place
    end_line: int
    place: str


def place_start(text: str, end: int, line_start: int = 0) -> int:
    """Where the place written before ", ngày" at ``text[end]`` begins (``end`` if none).

    The place is the capitalised run just before the comma, cut to the province it ends with
    ("... đoạn qua Nam Định, Thái Bình Hà Nội" -> "Hà Nội"); "Thành phố"/"TP." stays only
    for Hồ Chí Minh, the one place written that way ("... Thành phố Hồ Chí Minh, ngày").
    Without a province the last three capitalised words are kept ("Phan Thiết"), those of the
    date's own line (from ``line_start``) when it has two: the line above is the title then
    ("... tỉnh Lâm Đông" / "Lâm Đông, ngày 26 ...", a province as a scan may read it).
    """
    starts: list[int] = []
    for m in reversed(list(re.finditer(r"\S+", text[:end]))):
        w = m.group(0)
        if w.endswith((",", ";", ":")) or not (w[:1].isupper() or w.lower() in {"phố", "tp.", "tp"}):
            break
        starts.append(m.start())
        if len(starts) == 7:
            break
    if not starts:
        return end
    run_start = starts[-1]
    run = text[run_start:end].rstrip()
    spans = find_provinces(run)
    if spans and spans[-1][1] == len(run):
        begin, _, name = spans[-1]
        if name == "Hồ Chí Minh":
            prefix = re.search(r"(?:Thành phố|thành phố|THÀNH PHỐ|TP\.?|Tp\.?)\s*$", run[:begin])
            begin = prefix.start() if prefix else begin
        return run_start + begin
    own = [s for s in starts if s >= line_start]
    starts = own if len(own) >= 2 else starts
    return starts[min(len(starts), 3) - 1]


def find_date(lines: list[str], lo: int, hi: int) -> PlaceDate | None:
    """The first "<Place>, ngày ... năm YYYY" between ``lo`` and ``hi`` (day/month may be blank)."""
    for i in range(lo, min(hi, len(lines))):
        line = lines[i]
        prev = lines[i - 1] if i > 0 else ""
        text = prev + " " + line  # the place may start on the line before ("Hà" / "Nội, ngày")
        offset = len(prev) + 1
        after = lines[i + 1] if i + 1 < len(lines) else ""
        for m in re.finditer(r",?\s*ngày\b", line):
            if m.start() == 0 and not prev.endswith(","):
                continue
            if m.start() > 0 and not m.group(0).startswith(",") and not find_provinces(line[: m.start()]):
                continue
            tail = (line[m.start():] + " " + after).lstrip(", ")
            found = DATE_FULL.match(tail) or DATE_NUMERIC.match(tail)
            if not found:
                continue
            comma = offset + m.start() if m.start() else len(prev) - 1
            begin = place_start(text, comma, offset)
            if begin == comma:
                continue
            g = found.groupdict()
            end_line = i + 1 if found.end() > len(line) - m.start() + 1 else i
            start_line = i - 1 if begin < offset else i
            return PlaceDate(iso_date(g["d"], g["m"], g["y"]), start_line, end_line, text[begin:comma])
    return None
