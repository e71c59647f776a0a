"""Deadlines, periods and recurrences in Vietnamese text, normalised to ISO date ranges.

>>> parse_deadline("trước ngày 30/6/2026")
Deadline(text='trước ngày 30/6/2026', start=None, end='2026-06-30', recurrence=None)
>>> parse_deadline("Quý III/2025")
Deadline(text='Quý III/2025', start='2025-07-01', end='2025-09-30', recurrence=None)
>>> parse_deadline("trong tháng 12", issued="2025-03-02")
Deadline(text='trong tháng 12', start='2025-12-01', end='2025-12-31', recurrence=None)
>>> parse_deadline("hằng quý").recurrence
'quarterly'
>>> parse_deadline("trong thời hạn 30 ngày kể từ ngày nhận được văn bản")
Deadline(text='trong thời hạn 30 ngày kể từ ngày nhận được văn bản', start=None, end=None, recurrence=None)

Dates that belong to a cited document ("Quyết định số 390/QĐ-UBND ngày 07/3/2017") are
recognised and left out of :func:`find_deadlines`.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ingest.facts.text import CITATION_TAIL, squash
from ingest.records import Deadline

__all__ = ["DeadlineHit", "find_deadlines", "parse_deadline", "scan", "year_of"]

_F = re.IGNORECASE | re.UNICODE

# Kinds, most specific first; used by callers to decide what counts as a time limit.
DATE, MONTH, QUARTER, HALF, YEAR, PERIOD, RECURRENCE, CONTINUOUS, RELATIVE = (
    "date", "month", "quarter", "half", "year", "period", "recurrence", "continuous", "relative",
)


@dataclass(frozen=True, slots=True)
class DeadlineHit:
    start: int
    end: int
    deadline: Deadline
    kind: str
    cue: str | None  # "trước", "chậm nhất", "trong", "đến", "từ" ... as written, lower case
    citation: bool = False  # the date of a cited document, not a time limit


# --- patterns ------------------------------------------------------------------------------

_CUE = (
    r"(?P<cue>chậm\s+nhất(?:\s+là)?(?:\s+trước)?|hạn\s+chót(?:\s+là)?|trước\s+hoặc\s+trong|"
    r"trước|đến\s+hết|đến|tới|từ|kể\s+từ|sau|trong|vào|hết|cuối|đầu|giữa|"
    r"hạn(?:\s+là)?)\s+"
)
_REC_TAIL = (
    r"(?:\s*(?:,\s*)?(?:của\s+)?(?P<rec>(?:hằng|hàng|mỗi)\s+(?:năm|tháng|quý|tuần)|"
    r"năm\s+liền\s+kề|năm\s+sau))?"
)
_NUM_DATE = re.compile(
    r"(?<![\w/.,-])(?:" + _CUE + r")?(?P<ngay>ngày\s+)?"
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4})|\s+năm\s+(?P<y3>\d{4}))?"
    # "trước ngày 15/6 và 15/12 hằng năm": further days of the same deadline (the first one counts)
    r"(?:\s*(?:,|và)\s*(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?(?![\d/]|[.,]\d))*"
    r"(?![\d/]|[.,]\d)" + _REC_TAIL,
    _F,
)
_WORD_DATE = re.compile(
    r"(?<![\w])(?:" + _CUE + r")?(?P<ngay>ngày)\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"(?:\s*(?:,\s*)?năm\s+(?P<y>\d{4}))?(?!\d)" + _REC_TAIL,
    _F,
)
# Days of one month: "từ ngày 08 đến ngày 10 tháng 12 năm 2025", "từ 08 - 10/12/2025".
_DAY_SPAN = re.compile(
    r"(?<![\w/.,-])(?:(?P<cue>từ)\s+)?(?P<ngay>ngày\s+)?(?P<d1>\d{1,2})\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?(?P<d2>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})|\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?P<y2>\d{4}))?)"
    r"(?![\d/])",
    _F,
)
_DAY_OF_MONTH = re.compile(
    r"(?<![\w])(?:" + _CUE + r")?ngày\s+(?P<d>\d{1,2})\s+(?:của\s+)?(?:(?:hằng|hàng|mỗi)\s+tháng|tháng\s+(?:liền\s+kề|sau|tiếp\s+theo))",
    _F,
)
_MONTH = re.compile(
    r"(?<![\w])(?<!\d\s)(?:" + _CUE + r")?tháng\s+(?P<m>\d{1,2})"
    r"(?:\s*[/-]\s*(?P<y>\d{4})|\s*(?:,\s*)?năm\s+(?P<y2>\d{4}))?(?![\d/])",
    _F,
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER = re.compile(
    r"(?<![\w])(?:" + _CUE + r")?quý\s+(?P<q>IV|I{1,3}|[1-4])(?![\w])"
    r"(?:\s*[/-]\s*(?P<y>\d{4})|\s*(?:,\s*)?năm\s+(?P<y2>\d{4}))?(?![\d/])",
    _F,
)
_HALF = re.compile(
    r"(?<![\w])(?:" + _CUE + r")?(?:0?6|sáu)\s+tháng\s+(?P<which>đầu|cuối)\s+năm(?:\s+(?P<y>\d{4}))?(?!\d)",
    _F,
)
_PERIOD = re.compile(
    r"(?<![\w/])(?P<lead>giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?|thời\s+kỳ\s+|từ\s+năm\s+|nhiệm\s+kỳ\s+|năm\s+)?"
    r"(?P<y1>(?:19|20)\d{2})\s*(?:-|–|—|đến\s+(?:năm\s+)?)\s*(?P<y2>(?:19|20)\d{2})(?![\d/])",
    _F,
)
_YEAR = re.compile(
    r"(?<![\w])(?:" + _CUE + r")?năm\s+(?P<y>(?:19|20)\d{2})(?![\d/])"
    r"(?P<more>\s+và\s+(?:các|những)\s+năm\s+tiếp\s+theo)?",
    _F,
)
_REC = re.compile(
    r"(?<![\w])(?:(?P<dk>định\s+kỳ)\s+)?(?:(?:hằng|hàng|mỗi)\s+(?P<u>ngày|tuần|tháng|quý|năm)(?![\w])"
    r"|(?:(?P<n>\d{1,2}|một|ba|sáu)\s+tháng\s*(?:/\s*lần|một\s+lần|1\s+lần))"
    r")",
    _F,
)
_REC_DK = re.compile(
    r"(?<![\w])định\s+kỳ\s+(?:(?P<n>\d{1,2}|một|ba|sáu)\s+tháng(?:\s*(?:/\s*lần|một\s+lần|1\s+lần))?"
    r"|(?P<u>tuần|tháng|quý|năm)(?![\w]))",
    _F,
)
# "tối thiểu một lần/năm", "ít nhất 02 lần mỗi năm", "mỗi quý một lần", "một quý một lần": a count per period
_TIMES = r"(?P<{}>\d{{1,2}}|một|hai|bốn)\s+lần"  # named "c" or "c2": two places in one pattern
_REC_COUNT = re.compile(
    r"(?<![\w])(?:(?:tối\s+thiểu|ít\s+nhất|không\s+ít\s+hơn)\s+)?(?:"
    + _TIMES.format("c") + r"\s*(?:/|một|mỗi|trong\s+(?:một\s+)?|trên\s+)\s*(?P<u>năm|quý|tháng|tuần)"
    r"|(?:hằng|hàng|mỗi|một)\s+(?P<u2>năm|quý|tháng|tuần)\s+(?:(?:tối\s+thiểu|ít\s+nhất)\s+)?" + _TIMES.format("c2")
    + r")(?![\w])(?!\s*(?:19|20)\d{2})",  # not "một lần trong năm 2025"
    _F,
)
# "trước 11h00’ ngày thứ 5 hằng tuần", "vào sáng thứ Hai hàng tuần": a weekly day (and hour)
_WEEKDAY = re.compile(
    r"(?<![\w])(?:" + _CUE + r")?(?:\d{1,2}\s*(?:h|giờ)\s*(?:\d{2})?\s*['’]?\s*,?\s*)?(?:(?:buổi\s+)?(?:sáng|chiều)\s+)?"
    r"(?:ngày\s+)?thứ\s+(?:[2-7]|hai|ba|tư|năm|sáu|bảy)\s+(?:hằng|hàng|mỗi|các)\s+tuần(?![\w])",
    _F,
)
_CONT = re.compile(r"(?<![\w])thường\s+xuyên(?:\s*,?\s*liên\s+tục)?(?![\w])", _F)
_REL = re.compile(
    r"(?<![\w])(?:trong\s+(?:thời\s+hạn|vòng|thời\s+gian)|chậm\s+nhất(?:\s+là)?(?:\s+sau)?|"
    r"không\s+quá|sau|trước)\s+(?:\d{1,3}|một|hai|ba|năm|mười|mười\s+lăm)\s+(?:\(\w+\)\s+)?"
    r"(?:ngày|tuần|tháng)(?:\s+làm\s+việc)?"
    r"(?:\s*,?\s*(?:kể\s+từ|tính\s+từ|sau\s+khi|trước\s+khi)\s+[^,.;:()\n]{1,80})?",
    _F,
)

_WORD_NUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6}
_REC_UNIT = {"ngày": "daily", "tuần": "weekly", "tháng": "monthly", "quý": "quarterly", "năm": "yearly"}
_MONTHS_REC = {1: "monthly", 3: "quarterly", 6: "semiannual", 12: "yearly"}
_UNIT_MONTHS = {"tháng": 1, "quý": 3, "năm": 12}


# --- helpers -------------------------------------------------------------------------------


def year_of(issued: str | None) -> int | None:
    """The year of an ISO date, or None."""
    if issued and re.match(r"^\d{4}-", issued):
        return int(issued[:4])
    return None


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _month_end(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _cue(m: re.Match[str]) -> str | None:
    cue = m.groupdict().get("cue")
    return squash(cue).lower() if cue else None


def _bounds(cue: str | None, first: str | None, last: str | None) -> tuple[str | None, str | None]:
    """Turn a range [first, last] into (start, end) according to the cue word before it."""
    if cue is None or first is None:
        return first, last
    if cue.startswith(("trước", "chậm nhất", "hạn", "hoàn thành trước")):
        if cue == "trước hoặc trong":
            return None, last
        day_before = (date.fromisoformat(first) - timedelta(days=1)).isoformat()
        return None, day_before if first != last else last
    if cue in {"đến", "đến hết", "tới", "hết", "cuối"}:
        return None, last
    if cue in {"từ", "kể từ", "sau"}:
        return first, None
    return first, last


def _date_bounds(cue: str | None, day: str) -> tuple[str | None, str | None]:
    if cue is None or cue in {"vào", "trong"}:
        return day, day
    if cue.startswith(("trước", "chậm nhất", "hạn", "hoàn thành trước", "đến", "tới", "hết")):
        return None, day
    if cue in {"từ", "kể từ", "sau"}:
        return day, None
    return day, day


def _next_on_or_after(year: int, month: int, day: int, issued: str | None) -> str | None:
    """The first yearly occurrence of day/month on or after ``issued``."""
    found = _iso(year, month, day)
    if found and issued and found < issued:
        found = _iso(year + 1, month, day)
    return found


def _date_recurrence(rec_txt: str | None) -> str | None:
    """"hằng năm", "năm liền kề" → "yearly"; "hằng tháng" → "monthly"; None → None."""
    if not rec_txt:
        return None
    last = squash(rec_txt).lower().split()[-1]
    if last in {"kề", "sau"}:
        return "yearly"
    return _REC_UNIT.get(last)


def _days_before(iso: str, days: int) -> str:
    try:
        return (date.fromisoformat(iso) - timedelta(days=days)).isoformat()
    except ValueError:
        return iso


def _is_dateline(head: str) -> bool:
    """The text before a date is only a place and a comma on its line: the document's own date
    ("Đồng Tháp, ngày 14 tháng 4 năm 2026"), not a time limit."""
    line = head[head.rfind("\n") + 1 :]
    if not line.rstrip().endswith(","):
        return False
    words = line.rstrip(" ,").split()
    return 1 <= len(words) <= 5 and all(w[0].isupper() for w in words)


def _is_citation(text: str, start: int) -> bool:
    head = text[max(0, start - 120) : start]
    return _is_dateline(head) or bool(CITATION_TAIL.search(head.rstrip() + " ")) or bool(
        re.search(r"(?:ban\s+hành|ký|kí)\s*$", head.rstrip(), _F)
    )


# --- scanning ------------------------------------------------------------------------------


def scan(text: str, *, issued: str | None = None) -> list[DeadlineHit]:
    """All time expressions in ``text`` (citations flagged), in order, without overlaps."""
    year0 = year_of(issued)
    hits: list[DeadlineHit] = []

    def add(m: re.Match[str], kind: str, start: str | None, end: str | None, rec: str | None = None,
            cue: str | None = None) -> None:
        s, e = m.span()
        raw = text[s:e].rstrip(" ,")
        e = s + len(raw)
        dl = Deadline(text=squash(raw), start=start, end=end, recurrence=rec)
        # "ban hành ngày 15/3/2026" dates a document; "ban hành trước ngày 15/3/2026" is a time limit
        cited = cue in (None, "vào") and _is_citation(text, s)
        hits.append(DeadlineHit(s, e, dl, kind, cue, citation=cited))

    for m in _REL.finditer(text):
        add(m, RELATIVE, None, None)

    for pattern in (_NUM_DATE, _WORD_DATE):
        for m in pattern.finditer(text):
            cue = _cue(m)
            d, mo = int(m["d"]), int(m["m"])
            y_txt = m.groupdict().get("y") or m.groupdict().get("y3")
            if pattern is _NUM_DATE and not (y_txt or m["ngay"] or cue):
                continue  # "8/14", "5/12 tỉnh": a fraction or a rank, not a date
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            rec = _date_recurrence(m["rec"])
            y = int(y_txt) if y_txt else year0
            if y is None:
                add(m, DATE, None, None, rec, cue)
                continue
            if rec == "yearly" and not y_txt:
                day = _next_on_or_after(y, mo, d, issued)
            else:
                day = _iso(y, mo, d)
                if day and not y_txt and issued and day < _days_before(issued, 31):
                    day = _iso(y + 1, mo, d)  # "trước ngày 01/6" in a December plan: next June
            if day is None:
                continue
            start, end = _date_bounds(cue, day)
            if rec:
                start = None if start == end else start
            add(m, DATE, start, end, rec, cue)

    for m in _DAY_SPAN.finditer(text):
        if not (m["cue"] or m["ngay"]):
            continue  # "10 - 12/2025" may be a count and a month
        d1, d2, mo = int(m["d1"]), int(m["d2"]), int(m["m"] or m["m2"])
        y_txt = m["y"] or m["y2"]
        y = int(y_txt) if y_txt else year0
        if not (1 <= d1 < d2 <= 31 and 1 <= mo <= 12) or y is None:
            continue
        if not y_txt and issued and (_iso(y, mo, d2) or "") < _days_before(issued, 31):
            y += 1  # "ngày 05-07 tháng 3" in a December plan: next March
        first, last = _iso(y, mo, d1), _iso(y, mo, d2)
        if first and last:
            add(m, DATE, first, last, cue=_cue(m))

    for m in _DAY_OF_MONTH.finditer(text):
        add(m, DATE, None, None, "monthly", _cue(m))

    for m in _HALF.finditer(text):
        y = int(m["y"]) if m["y"] else year0
        first = last = None
        if y is not None:
            first, last = ((_iso(y, 1, 1), _iso(y, 6, 30)) if m["which"].lower() == "đầu" else (_iso(y, 7, 1), _iso(y, 12, 31)))
        cue = _cue(m)
        start, end = _bounds(cue, first, last) if cue not in {"trong", "vào"} else (first, last)
        add(m, HALF, start, end, cue=cue)

    for m in _QUARTER.finditer(text):
        q = _ROMAN[m["q"].lower()]
        y_txt = m["y"] or m["y2"]
        y = int(y_txt) if y_txt else year0
        first = last = None
        if y is not None:
            first = _iso(y, 3 * q - 2, 1)
            last = _iso(y, 3 * q, _month_end(y, 3 * q))
        cue = _cue(m)
        start, end = _bounds(cue, first, last)
        add(m, QUARTER, start, end, cue=cue)

    for m in _MONTH.finditer(text):
        mo = int(m["m"])
        if not 1 <= mo <= 12:
            continue
        y_txt = m["y"] or m["y2"]
        cue = _cue(m)
        if not y_txt and cue is None:
            continue  # a bare "tháng 10" is too weak on its own
        y = int(y_txt) if y_txt else year0
        first = last = None
        if y is not None:
            first, last = _iso(y, mo, 1), _iso(y, mo, _month_end(y, mo))
        start, end = _bounds(cue, first, last)
        add(m, MONTH, start, end, cue=cue)

    for m in _PERIOD.finditer(text):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if not y1 < y2 <= y1 + 50:
            continue
        add(m, PERIOD, _iso(y1, 1, 1), _iso(y2, 12, 31), cue=squash(m["lead"]).lower() if m["lead"] else None)

    for m in _YEAR.finditer(text):
        y = int(m["y"])
        cue = _cue(m)
        first, last = _iso(y, 1, 1), _iso(y, 12, 31)
        if m["more"]:
            start, end = first, None
        elif cue == "trước":
            start, end = None, _iso(y - 1, 12, 31)
        elif cue == "sau":
            start, end = _iso(y + 1, 1, 1), None
        else:
            start, end = _bounds(cue, first, last)
        add(m, YEAR, start, end, cue=cue)

    for pattern in (_REC_DK, _REC):
        for m in pattern.finditer(text):
            unit = m["u"]
            if unit:
                rec = _REC_UNIT[unit.lower()]
            else:
                n = m["n"].lower()
                months = _WORD_NUM.get(n) or int(n)
                rec = _MONTHS_REC.get(months)
                if rec is None:
                    continue
            add(m, RECURRENCE, None, None, rec)

    for m in _WEEKDAY.finditer(text):
        add(m, RECURRENCE, None, None, "weekly", _cue(m))

    for m in _REC_COUNT.finditer(text):
        count = (m["c"] or m["c2"]).lower()
        unit = (m["u"] or m["u2"]).lower()
        times = _WORD_NUM.get(count) or int(count)
        if unit == "tuần":
            rec = "weekly" if times == 1 else None
        else:  # "02 lần/năm" is every 6 months; "3 lần/năm" has no calendar name and is left out
            months, rest = divmod(_UNIT_MONTHS[unit], times) if times else (0, 1)
            rec = _MONTHS_REC.get(months) if not rest else None
        if rec:
            add(m, RECURRENCE, None, None, rec)

    for m in _CONT.finditer(text):
        add(m, CONTINUOUS, None, None, "continuous")

    return _merge_ranges(text, _resolve(hits))


def _resolve(hits: list[DeadlineHit]) -> list[DeadlineHit]:
    """Drop hits overlapping a longer (or earlier-listed, equally long) one."""
    order = sorted(range(len(hits)), key=lambda i: (-(hits[i].end - hits[i].start), i))
    taken: list[DeadlineHit] = []
    for i in order:
        h = hits[i]
        if all(h.end <= t.start or h.start >= t.end for t in taken):
            taken.append(h)
    return sorted(taken, key=lambda h: h.start)


_RANGE_GAP = re.compile(r"^\s*(?:(?P<join>đến|tới|-|–|—)\s*(?:hết\s+)?)?$", _F)
_HAS_YEAR = re.compile(r"(?:19|20)\d{2}")


def _merge_ranges(text: str, hits: list[DeadlineHit]) -> list[DeadlineHit]:
    """"từ tháng 3 đến tháng 9/2026", "từ ngày 01/3 đến ngày 15/3/2026" → one range."""
    out: list[DeadlineHit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        if i + 1 < len(hits):
            nxt = hits[i + 1]
            gap = _RANGE_GAP.match(text[h.end : nxt.start])
            joined = gap is not None and (gap["join"] or nxt.cue in {"đến", "tới", "đến hết"})
            if (
                joined
                and h.kind == nxt.kind
                and h.kind in {DATE, MONTH, QUARTER}
                and h.cue in {None, "từ", "kể từ"}
                and not h.deadline.recurrence
                and not nxt.deadline.recurrence
                and not nxt.citation
            ):
                start = h.deadline.start
                if not _HAS_YEAR.search(h.deadline.text):
                    start = _rebase(h, nxt)
                dl = Deadline(text=squash(text[h.start : nxt.end]), start=start, end=nxt.deadline.end)
                out.append(DeadlineHit(h.start, nxt.end, dl, h.kind, h.cue, h.citation))
                i += 2
                continue
        out.append(h)
        i += 1
    return out


def _rebase(first: DeadlineHit, second: DeadlineHit) -> str | None:
    """A year-less first bound takes the year of the second: "từ tháng 3 đến tháng 9/2026"."""
    ref = second.deadline.end or second.deadline.start
    if not ref:
        return first.deadline.start
    y = int(ref[:4])
    t = first.deadline.text
    if first.kind == MONTH:
        m = re.search(r"(\d{1,2})\s*$", t)
        return _iso(y, int(m.group(1)), 1) if m else None
    if first.kind == QUARTER:
        m = re.search(r"(IV|I{1,3}|[1-4])\s*$", t, _F)
        return _iso(y, 3 * _ROMAN[m.group(1).lower()] - 2, 1) if m else None
    m = re.search(r"(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(\d{1,2})\s*$", t, _F)
    return _iso(y, int(m.group(2)), int(m.group(1))) if m else None


# --- public API ----------------------------------------------------------------------------


def find_deadlines(text: str, *, issued: str | None = None) -> list[tuple[int, int, Deadline]]:
    """Every time expression in ``text`` as (start, end, Deadline), in order.

    Dates of cited documents ("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018") are left out.
    "thường xuyên" is included (recurrence "continuous"); callers decide whether an adverb
    in running text counts as a time limit.
    """
    return [(h.start, h.end, h.deadline) for h in scan(text, issued=issued) if not h.citation]


def parse_deadline(text: str, *, issued: str | None = None) -> Deadline | None:
    """The first time expression in ``text`` (e.g. a table's "Thời hạn" cell), or None."""
    hits = [h for h in scan(text, issued=issued) if not h.citation]
    if not hits:
        return None
    first = hits[0]
    # "Trước ngày 31/01 hằng năm" already merged; a time cell that is only a recurrence plus a
    # date ("Hằng năm, trước ngày 15/12") keeps both: the date with the recurrence.
    if first.kind == RECURRENCE and len(hits) > 1 and hits[1].kind == DATE and hits[1].deadline.recurrence is None:
        second = hits[1]
        gap = text[first.end : second.start]
        if len(gap.strip(" ,;:()")) == 0:
            dl = second.deadline
            raw = squash(text[first.start : second.end])
            end = dl.end
            if first.deadline.recurrence == "yearly" and dl.end:
                y, mo, d = (int(x) for x in dl.end.split("-"))
                end = _next_on_or_after(y, mo, d, issued)
            return Deadline(text=raw, start=None, end=end, recurrence=first.deadline.recurrence)
    return first.deadline
