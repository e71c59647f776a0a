"""Quantified targets and results: "Tỷ lệ hộ gia đình có địa chỉ số đạt 100%".

A value (with a unit: %, điểm, hồ sơ, dịch vụ ... or a rank "xếp thứ 48/63") is tied to its
indicator, the noun phrase it measures, either before it ("<indicator> đạt 100%") or after it
("tối thiểu 80% <indicator>"). The period comes from the sentence, else the section headings,
else a short "Năm 2018:" line above, else the period in the document's title.

Numbers of cited documents, dates, list numbering, phone numbers and anything in a "Căn cứ"
preamble are not targets.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.facts import dates
from ingest.facts.text import DOC_NUMBER, action_at, paren_depth, sentence_spans, squash, strip_list_marker
from ingest.records import Paragraph, Target

__all__ = ["document_period", "extract_targets", "period_label"]

_F = re.IGNORECASE | re.UNICODE
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"

_UNITS = sorted(
    """
    hộ gia đình|hồ sơ|dịch vụ công trực tuyến|dịch vụ công|dịch vụ|thủ tục hành chính|thủ tục|máy tính|
    doanh nghiệp|hợp tác xã|cán bộ|công chức|viên chức|người dân|người|học sinh|học viên|sinh viên|
    lượt truy cập|lượt|điểm|trường học|trường|xã|thôn|bản|hộ|văn bản|chứng thư số|tài khoản|sản phẩm|
    ứng dụng|nền tảng|hệ thống|cơ sở dữ liệu|camera|thiết bị|trạm BTS|trạm|km|ha|bệnh viện|mô hình|
    đề tài|dự án|sáng kiến|tin bài|phóng sự|chuyên mục|lớp|buổi|hội nghị|tỷ đồng|triệu đồng|
    nghìn tỷ đồng|tỷ USD|triệu USD|cuộc
    """.replace("\n", "").split("|"),
    key=len,
    reverse=True,
)
_MONEY = {"tỷ đồng", "triệu đồng", "nghìn tỷ đồng", "tỷ USD", "triệu USD"}

_PERCENT = re.compile(
    rf"(?<![\w/.,])(?P<v>{_NUM})(?:\s*%)?(?:\s*(?:-|–|đến)\s*(?P<v2>{_NUM}))?\s*%", _F
)
_COUNT = re.compile(
    rf"(?<![\w/.,])(?P<v>{_NUM})(?:\s*(?:-|–|đến)\s*(?P<v2>{_NUM}))?\s+(?P<u>"
    + "|".join(re.escape(u) for u in _UNITS)
    + r")(?![\w])(?!\s+hợp(?![\w]))",  # "01 trường hợp" is not a count of schools
    re.UNICODE,
)
_RANK = re.compile(
    r"(?<![\w])(?P<kw>xếp\s+hạng|xếp|đứng|lên)\s+(?:(?:thứ|hạng|vị\s+trí)\s+)*(?:từ\s+)?(?:thứ\s+)?"
    r"(?P<v>\d{1,2})(?:\s*(?:đến|-|–)\s*(?:thứ\s+)?(?P<v2>\d{1,2}))?(?:\s*/\s*(?P<of>\d{2,3}))?(?![\d%])",
    _F,
)

_COMPARATORS = (
    "không ít hơn", "không thấp hơn", "không dưới", "không quá", "tối thiểu", "ít nhất", "tối đa",
    "trên", "dưới", "hơn", "khoảng", "gần", "từ",
)
_TAIL_WORDS = (
    r"đạt\s+(?:tỷ|tỉ)\s+lệ|đạt\s+mức|ở\s+mức|đạt|lên|tăng\s+lên|giảm\s+xuống|chiếm(?:\s+(?:tỷ|tỉ)\s+lệ)?|là|"
    r"bằng|còn|xuống|phấn\s+đấu|" + "|".join(c.replace(" ", r"\s+") for c in _COMPARATORS)
)
_TAIL = re.compile(rf"(?:(?<![\w])(?:{_TAIL_WORDS})\s*)+$", _F)
_LEAD = re.compile(
    r"(?:[\s,:*+•\-–]|(?:trong\s+đó|đặc\s+biệt|đồng\s+thời|cụ\s+thể|theo\s+đó|phấn\s+đấu|"
    r"(?:đặt\s+ra\s+|hướng\s+đến\s+|với\s+)?mục\s+tiêu(?:\s+(?:là|đề\s+ra\s+là|đề\s+ra))?|"
    r"bảo\s+đảm|đảm\s+bảo|tiếp\s+tục|và|(?:đến\s+hết|đến|trong)\s+năm\s+\d{4}|năm\s+\d{4}|"
    r"giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}|toàn\s+tỉnh)(?![\w]))+",
    _F,
)
_A_VERB_IN = re.compile(
    r"(?<![\w])(?:đạt|lên|chiếm|là|bằng|còn|xuống|ở\s+mức|tăng\s+lên|giảm\s+xuống)(?![\w])", _F
)
_HEAD = re.compile(
    r"(?<![\w])(?:tỷ\s+lệ|tỉ\s+lệ|tỷ\s+trọng|số\s+lượng|chỉ\s+số|tổng\s+số|mức\s+độ\s+hài\s+lòng|sự\s+hài\s+lòng)(?![\w])",
    _F,
)
_PREDICATE = re.compile(
    r"(?<![\w])(?:được|có|sử\s+dụng|thực\s+hiện|tham\s+gia|cài\s+đặt|kết\s+nối|triển\s+khai|đạt)(?![\w])", _F
)
_SKIP_PARA = re.compile(
    r"^\W*(?:Căn\s+cứ|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Nơi\s+nhận|Số\s*:|Kính\s+gửi|Điện\s+thoại|Fax|Email|Website)", _F
)
_PERIOD_LINE = re.compile(
    r"^\W*(?P<p>(?:đến\s+hết\s+|đến\s+)?năm\s+\d{4}|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}|\d{4}\s*[-–]\s*\d{4})\s*:?\s*$",
    _F,
)
_MAX_WORDS = 30


def period_label(hit: dates.DeadlineHit) -> str:
    """A year or period as a short label: "năm 2023", "đến năm 2025", "giai đoạn 2021-2025"."""
    text = hit.deadline.text
    if hit.kind == dates.PERIOD:
        years = re.findall(r"(?:19|20)\d{2}", text)
        span = f"{years[0]}-{years[1]}"
        return f"giai đoạn {span}" if re.match(r"giai\s+đoạn", text, _F) else span
    year = re.search(r"(?:19|20)\d{2}", text).group(0)
    if hit.cue in {"đến", "đến hết", "tới", "hết"}:
        return f"đến năm {year}"
    return f"năm {year}"


def _periods(text: str) -> list[dates.DeadlineHit]:
    return [h for h in dates.scan(text) if h.kind in {dates.YEAR, dates.PERIOD} and not h.citation]


def document_period(paragraphs: Sequence[Paragraph], *, limit: int = 8) -> str | None:
    """The year or period named in the document's title ("... năm 2023", "giai đoạn 2018-2020")."""
    for p in paragraphs[:limit]:
        text = p.text
        if _SKIP_PARA.match(text) or re.search(r"ngày\s+\d{1,2}\s+tháng|\d{1,2}/\d{1,2}/\d{4}|Số\s*:", text, _F):
            continue
        if re.match(r"^\W*(?:Thực\s+hiện|Căn\s+cứ)", text, _F):
            break
        hits = _periods(text)
        if hits:
            return period_label(hits[0])
    return None


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:.-–+*•/"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.-–(+*•/"):
        b -= 1
    return a, b


def _clauses(text: str) -> list[tuple[int, int]]:
    out = []
    for s, e in sentence_spans(text):
        start = s
        for m in re.finditer(r";", text[s:e]):
            out.append((start, s + m.start()))
            start = s + m.end()
        out.append((start, e))
    return [(a, b) for a, b in out if b > a]


def _inside_parens(text: str, lo: int, pos: int) -> bool:
    return paren_depth(text[lo:pos]) > 0


def _values(text: str, lo: int, hi: int) -> list[tuple[int, int, str, str | None, str]]:
    """(start, end, value, unit, kind) for each value in text[lo:hi], in order, no overlaps."""
    found = []
    for m in _PERCENT.finditer(text, lo, hi):
        v = m["v"] if not m["v2"] else f"{m['v']} đến {m['v2']}"
        found.append((m.start(), m.end(), v, "%", "percent"))
    for m in _COUNT.finditer(text, lo, hi):
        v = m["v"] if not m["v2"] else f"{m['v']} đến {m['v2']}"
        found.append((m.start(), m.end(), v, m["u"], "count"))
    for m in _RANK.finditer(text, lo, hi):
        if m["v2"]:
            v = f"{m['v']} đến {m['v2']}"
        else:
            v = f"{m['v']}/{m['of']}" if m["of"] else m["v"]
        if not m["of"] and not m["v2"] and m["kw"].lower() == "lên":
            continue  # "lên 100" without a rank context
        found.append((m.start("v") if m["kw"].lower() != "lên" else m.start(), m.end(), v, "hạng", "rank"))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, str, str | None, str]] = []
    for f in found:
        if out and f[0] < out[-1][1]:
            continue
        out.append(f)
    return out


def _rejected(text: str, lo: int, vs: int, ve: int, kind: str, date_spans: list[tuple[int, int]]) -> bool:
    if _inside_parens(text, lo, vs):
        return True
    before = text[max(lo, vs - 12) : vs]
    if re.search(r"(?:số|thứ|mức\s+độ|năm|Điều|khoản|điểm)\s*$", before, _F) and kind != "rank":
        return True
    if any(s < ve and vs < e for s, e in date_spans):
        return True
    cites = list(DOC_NUMBER.finditer(text, lo, vs))
    if cites and ":" not in text[cites[-1].end() : vs]:
        return True  # "Kế hoạch số 150/KH-UBND ... về triển khai cung cấp 100% dịch vụ công"
    return False


_STOP_END = re.compile(
    r"(?:\s+(?:có|là|được|của|và|với|cho|để|các|tại|trong|đạt|ở|về|từ|trên|theo|hoặc|gồm|như))+\s*$", _F
)
_TAIL_PERIOD = re.compile(
    r"\s+(?:ngay\s+)?(?:trong|đến|vào|đến\s+hết)\s+(?:năm|giai\s+đoạn)\s+[\d\s–-]+$", _F
)
_DENOMINATOR = re.compile(r"^\s*(?:tổng\s+số|so\s+với|trên\s+tổng|trở\s+lên|của\s+|trong\s+tổng)", _F)
_WEAK_START = re.compile(
    r"^\s*(?:(?:và|với|của|so|trong|hoặc|trở|sau|như\s+sau|cụ\s+thể|gồm|vào|tại|có\s+thể|từ\s+năm|năm|không)(?![\w])"
    r"|,|\(|\)|;|\.|:|\d)",
    _F,
)
_RANK_KW = re.compile(
    r"(?:(?<![\w])(?:xếp\s+hạng|xếp|đứng)(?:\s+(?:thứ|hạng|vị\s+trí))*(?:\s+từ)?(?:\s+thứ)?|(?<![\w])vị\s+trí(?:\s+từ)?(?:\s+thứ)?)\s*$",
    _F,
)
# Verbs that act on the measured thing and belong in the indicator: "tinh giản 10% số lượng hội nghị".
_CHANGE_VERB = re.compile(
    r"^(?:tinh\s+giản|cắt\s+giảm|giảm|tăng|rút\s+ngắn|phủ\s+sóng|số\s+hóa|số\s+hoá|đào\s+tạo|bồi\s+dưỡng|"
    r"tập\s+huấn|hỗ\s+trợ|cung\s+cấp|kết\s+nối|tuyển\s+dụng|cấp|giải\s+quyết|tiếp\s+nhận|xử\s+lý)(?![\w])",
    _F,
)


# "Tỷ lệ ... ít nhất vào năm 2025 đạt 40%": a comparator and a year between indicator and verb.
_INNER_TAIL = re.compile(
    r"(?:\s+(?P<cmp>ít\s+nhất|tối\s+thiểu|tối\s+đa))?(?:\s+(?:ngay\s+)?(?:vào|trong|đến|đến\s+hết)\s+năm\s+\d{4})\s*$"
    r"|\s+(?P<cmp2>ít\s+nhất|tối\s+thiểu)\s*$",
    _F,
)


def _strip_parens_end(text: str, a: int, b: int) -> int:
    """Move ``a`` past the last closing parenthesis in text[a:b] (a parenthetical aside)."""
    close = text.rfind(")", a, b)
    return close + 1 if close >= 0 else a


def _post_indicator(text: str, a: int, hi: int, stop: int) -> tuple[int, int]:
    """The noun phrase after a value: "hệ thống thông tin được xác định cấp độ"."""
    end = min(hi, stop)
    depth = 0
    words = 0
    i = a
    seg_start = a
    while i < end:
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            if ch in ";:" or (ch == "." and (i + 1 >= len(text) or text[i + 1].isspace())):
                end = i
                break
            if ch == ",":
                prefix = text[seg_start:i]
                if _PREDICATE.search(prefix) and len(prefix.split()) >= 8:
                    end = i
                    break
            if ch.isspace():
                m = re.match(r"\s+(đạt|và)(?![\w])", text[i:end], _F)
                if m:
                    word = m.group(1).lower()
                    if word == "đạt":
                        end = i
                        break
                    if words >= 3 and _PREDICATE.search(text[seg_start:i]) and action_at(text, i + m.end()) is not None:
                        end = i
                        break
                if i + 1 < end and not text[i + 1].isspace():
                    words += 1
                    if words >= _MAX_WORDS:
                        seg = text[a:i]
                        cut = max(seg.rfind(","), seg.rfind(" và "))
                        end = a + cut if cut > 0 and len(seg[:cut].split()) >= 5 else i
                        break
        i += 1
    a, end = _trim(text, a, end)
    if text.count("(", a, end) > text.count(")", a, end):
        end = text.rfind("(", a, end)
        a, end = _trim(text, a, end)
    while True:  # drop trailing periods ("ngay trong năm 2025") and dangling function words
        m = _TAIL_PERIOD.search(text[a:end]) or _STOP_END.search(text[a:end])
        if not m or m.start() == 0:
            break
        a, end = _trim(text, a, a + m.start())
    return a, end


def _pre_indicator(text: str, a: int, b: int, *, label: bool = False) -> tuple[int, int]:
    """The noun phrase before "đạt ...": lead-ins ("Đến năm 2025, phấn đấu") stripped.

    ``label``: the phrase is a label before a colon, kept whole ("Dịch vụ ... mức độ 3, 4 ...:").
    """
    head = _HEAD.search(text, a, b)
    if head:
        a = head.start()
    else:
        a = _strip_parens_end(text, a, b)
        seg = text[a:b]
        mt = list(re.finditer(r"(?<![\w])mục\s+tiêu(?:\s+(?:là|đề\s+ra\s+là))?(?![\w])", seg, _F))
        if mt:
            a = a + mt[-1].end()
        elif not label:
            comma = text.rfind(",", a, b)
            if comma >= 0 and len(text[comma + 1 : b].split()) >= 2:
                a = comma + 1
    while True:
        m = _LEAD.match(text, a, b)
        if not m or m.end() == a:
            break
        a = m.end()
    a, b = _trim(text, a, b)
    words = text[a:b].split()
    if len(words) > _MAX_WORDS and not head:
        cut = text.rfind(" ".join(words[-_MAX_WORDS:]), a, b)
        a = cut if cut >= 0 else a
    return a, b


def _qualifier(tail: str, clause_before: str, after: str) -> str | None:
    tail_l = squash(tail).lower()
    comps, taken = [], []
    for c in sorted(_COMPARATORS, key=len, reverse=True):
        m = re.search(rf"(?<![\w]){c}(?![\w])", tail_l)
        if m and not any(a <= m.start() < b for a, b in taken):
            comps.append(c)
            taken.append(m.span())
    if comps:
        comps.sort(key=lambda c: tail_l.find(c))
        q = " ".join(comps)
        if q.endswith("từ") and re.match(r"\s*trở\s+lên", after, _F):
            q = q[: -len("từ")] + "từ ... trở lên"
        return q.strip()
    if re.search(r"(?<![\w])phấn\s+đấu(?![\w])", clause_before, _F):
        return "phấn đấu"
    for verb in ("đạt", "lên", "chiếm", "tăng", "giảm"):
        if re.search(rf"(?<![\w]){verb}(?![\w])", tail_l):
            return verb
    return None


def _period_for(text: str, sent: tuple[int, int], clause: tuple[int, int], value: tuple[int, int]) -> str | None:
    for lo, hi in (clause, (sent[0], clause[0])):
        hits = [
            h for h in _periods(text[lo:hi])
            if not _inside_parens(text, lo, lo + h.start)
            and not re.search(r"(?:so\s+với|giảm|tăng)\s*(?:\S+\s+){0,3}$", text[max(lo, lo + h.start - 30) : lo + h.start], _F)
        ]
        if lo == clause[0]:
            hits = [h for h in hits if not (lo + h.start < value[1] and value[0] < lo + h.end)]
            before = [h for h in hits if lo + h.end <= value[0]]
            if before:  # "... trong năm 2025 và đến năm 2030, ít nhất 50% ...": the nearest one
                return period_label(before[-1])
        if hits:
            return period_label(hits[0] if lo == clause[0] else hits[-1])
    return None


def extract_targets(
    paragraphs: Sequence[Paragraph], *, issued: str | None = None, default_period: str | None = None
) -> list[Target]:
    """Targets and quantified results in ``paragraphs``, in document order."""
    out: list[Target] = []
    line_period: tuple[tuple[str, ...], str] | None = None
    preamble = True
    for p in paragraphs:
        text = p.text
        if p.kind != "text" or not text.strip():
            continue
        if re.match(r"^\W*(?:I|1)\s*[.)]\s|^\W*(?:MỤC|Mục|Điều|ĐIỀU)\s", text):
            preamble = False
        m = _PERIOD_LINE.match(text)
        if m and len(text) < 40:
            hits = _periods(text)
            if hits:
                line_period = (p.section, period_label(hits[0]))
            continue
        if line_period is not None and (line_period[0] != p.section or not strip_list_marker(text) or p.heading):
            line_period = None  # a "Năm 2018:" line governs the list items right below it
        if p.heading or _SKIP_PARA.match(text):
            continue
        if preamble and re.match(r"^\W*(?:Thực\s+hiện|Căn\s+cứ|Theo)\s", text, _F) and DOC_NUMBER.search(text):
            continue  # the preamble citing other documents
        date_spans = [(h.start, h.end) for h in dates.scan(text, issued=issued) if h.kind in {dates.DATE, dates.MONTH}]
        for sent in sentence_spans(text):
            for clause in _clauses(text[sent[0] : sent[1]]):
                lo, hi = sent[0] + clause[0], sent[0] + clause[1]
                out.extend(_targets_in_clause(p, lo, hi, sent, date_spans, line_period, default_period))
    return out


def _targets_in_clause(p, lo, hi, sent, date_spans, line_period, default_period) -> list[Target]:
    text = p.text
    found: list[Target] = []
    prev_end = lo
    marker = strip_list_marker(text[lo:hi])
    values = _values(text, lo + marker, hi)
    for idx, (vs, ve, value, unit, kind) in enumerate(values):
        pre_a = max(prev_end, lo + marker)
        prev_end = ve
        if _rejected(text, lo, vs, ve, kind, date_spans):
            continue
        after = text[ve:hi]
        if re.match(r"\s*(?:lên|xuống)(?![\w])", after, _F):
            prev_end = pre_a  # the next value's phrase starts before this one
            continue  # "từ 0,6 điểm xuống ...", "xếp từ 49 lên ...": the baseline, not the target
        pre = text[pre_a:vs]
        tail = _TAIL.search(pre)
        tail_start = vs - (len(pre) - tail.start()) if tail else vs
        trail = re.match(r"\s*trở\s+lên", after, _F)
        end = ve + (trail.end() if trail else 0)
        qualifier = _qualifier(tail.group(0) if tail else "", text[sent[0] : vs], after)
        if unit in _MONEY and qualifier is None:
            continue
        after_prev = pre_a > lo + marker  # another value precedes in this clause
        verb = ""
        indicator_reuse = ""
        pa = pb = vs
        if kind == "rank":
            core = _RANK_KW.sub("", text[pre_a:tail_start])
            core = re.sub(
                r"(?:(?:(?<![\w])từ\s+)?(?:xếp|đứng)\s+(?:từ\s+)?|(?<![\w])từ\s+)?(?:thứ\s+)?\d{1,2}\s*$", "", core
            )
            core_end = pre_a + len(core)
            ca = _strip_parens_end(text, pre_a, core_end)
            comma = text.rfind(",", ca, core_end)
            ia, ib = _trim(text, comma + 1 if comma >= 0 else ca, core_end)
            if ib > ia:
                ia, ib = _pre_indicator(text, ia, ib)
                sm = _STOP_END.search(text[ia:ib])
                if sm:
                    ia, ib = _trim(text, ia, ia + sm.start())
            colon = text.rfind(":", lo + marker, vs)
            if (ib <= ia or re.match(r"(?:chỉ\s+số\s+này|này)\b", text[ia:ib], _F)) and colon > lo:
                ia, ib = _trim(text, lo + marker, colon)
            own = ib > ia and re.search(r"(?<![\w])(?:tăng|giảm|nâng)(?![\w])", text[ia:ib], _F) or (
                ib > ia and _HEAD.search(text[ia:ib])
            )
            if (ib <= ia or (after_prev and not own)) and found:
                ia = ib = vs
                indicator_reuse = found[-1].indicator  # "đạt 0,34 điểm, xếp thứ 48/63": same subject
            elif ib <= ia:
                continue
        else:
            # B: the value governs what follows ("tối thiểu 80% hệ thống thông tin ...").
            post_a = end if unit == "%" else text.index(unit, vs)
            rest_a = end if unit == "%" else text.index(unit, vs) + len(unit)
            pa, pb = _post_indicator(text, post_a, hi, _next_start(text, values, idx, hi))
            rest = text[rest_a:pb]
            strong_post = (
                pb > pa
                and not _DENOMINATOR.match(text[end:hi])
                and (
                    len(text[pa:pb].split()) >= 2 and not _WEAK_START.match(text[end:hi])
                    if unit == "%"
                    else bool(rest.strip()) and not _WEAK_START.match(rest)
                )
            )
            # A: the value completes what precedes ("Tỷ lệ ... đạt 100%").
            aa = ab = vs
            a_verb = tail is not None and _A_VERB_IN.search(tail.group(0)) is not None
            colon_end = text[pre_a:vs].rstrip().endswith(":")
            if kind == "count" and re.search(r"(?<![\w])có\s*$", text[pre_a:vs], _F):
                a_verb = True
            if (a_verb or colon_end) and (not after_prev or _HEAD.search(text[pre_a:tail_start])):
                aa, ab = _pre_indicator(text, pre_a, tail_start, label=colon_end and not a_verb)
                inner = _INNER_TAIL.search(text[aa:ab])
                if inner and inner.start() > 0:
                    if qualifier in {None, "đạt", "phấn đấu"} and inner["cmp"]:
                        qualifier = squash(inner["cmp"]).lower()
                    ab = aa + inner.start()
            # "Đơn vị đạt 100%": two generic words say nothing; a head ("Tỷ lệ ...") or 3+ words do.
            a_ok = ab > aa and (len(text[aa:ab].split()) >= 3 or bool(_HEAD.search(text, aa, ab)))
            if re.search(r"(?<![\w])so\s+với(?![\w])|(?<![\w])từ\s+[\d.,]+", text[aa:ab], _F):
                a_ok = False  # "giảm so với năm 2016: từ 0,61 điểm xuống 0,39 điểm": a change, not a target
            if strong_post and not (a_ok and _DENOMINATOR.match(text[end:hi])):
                ia, ib = pa, pb
            elif a_ok:
                ia, ib = aa, ab
            else:
                ia, ib = pa, pb
                if ib <= ia or (unit == "%" and not strong_post):
                    ia = ib = vs
            if ib > ia and (ia, ib) == (pa, pb) and not after_prev:
                local = text[pre_a:tail_start]
                cut = max(local.rfind(","), local.rfind(":"))
                la, lb = _trim(text, pre_a + cut + 1, tail_start)
                while True:
                    m = _LEAD.match(text, la, lb)
                    if not m or m.end() == la:
                        break
                    la = m.end()
                la, lb = _trim(text, la, lb)
                if 1 <= len(text[la:lb].split()) <= 4 and _CHANGE_VERB.match(text[la:lb]):
                    verb = squash(text[la:lb])
                    ia = min(ia, la)
            if kind == "count" and (ia, ib) == (pa, pb) and not verb and not strong_post:
                continue  # "58 dịch vụ", "10 chuyên mục, cụ thể": nothing says what was counted
            if kind == "count" and re.match(r"\s+[A-ZĐÀ-Ỹ]", text[rest_a:rest_a + 3]):
                continue  # "23 xã Bá Thước": a place name, not a count
            if (ia, ib) == (pa, pb) and not verb and len(text[pa:pb].split()) < 3 and re.search(
                r"(?<![\w])(?:tại|cho|ở|của|trong|với|đối\s+với)\s*$", text[pre_a:tail_start], _F
            ):
                continue  # "... cho người học tại 100% nhà trường": the measured thing is the whole clause
            if ib <= ia:
                continue
        indicator = squash(text[ia:ib]) if ib > ia else ""
        if kind == "rank" and ib == ia:
            indicator = indicator_reuse
        elif verb:
            indicator = f"{verb} {squash(text[pa:pb])}"
        indicator = indicator.strip(" ,;:-")
        if not re.search(r"[^\W\d_]{2,}", indicator):
            continue
        period = _period_for(text, sent, (lo, hi), (vs, ve))
        if period is None:
            period = next((lab for lab in (_label_period(s) for s in reversed(p.section)) if lab), None)
        if period is None and line_period is not None:
            period = line_period[1]
        if period is None:
            period = default_period
        start = min(ia, tail_start if qualifier else vs, vs)
        if kind == "rank":
            kw = _RANK_KW.search(text[pre_a:vs])
            if kw:
                start = min(start, pre_a + kw.start())
        stop = max(ib, end)
        found.append(
            Target(
                indicator=indicator,
                value=value,
                unit=unit,
                qualifier=qualifier,
                period=period,
                start=p.start + start,
                end=p.start + stop,
            )
        )
    return found


def _next_start(text: str, values, idx: int, hi: int) -> int:
    """Where the next value's own words begin (its qualifier: "có ít nhất 01 cán bộ")."""
    if idx + 1 >= len(values):
        return hi
    nxt = values[idx + 1][0]
    tail = _TAIL.search(text[values[idx][1] : nxt])
    return values[idx][1] + tail.start() if tail else nxt


def _label_period(label: str) -> str | None:
    hits = _periods(label)
    if hits:
        return period_label(hits[0])
    years = re.findall(r"(?<![\d/])(?:19|20)\d{2}(?![\d/])", label)
    return f"năm {years[0]}" if len(years) == 1 else None
