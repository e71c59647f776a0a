"""News pages reporting on a document: "UBND tỉnh ban hành Kế hoạch số 292/KH-UBND về ..."
gives the type, number, issuing body and subject; otherwise the page's headline."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.doctypes import NUMBER, canonical_type, normalise_number, type_from_number
from ingest.metadata.dates import iso_date
from ingest.metadata.text import first_upper
from ingest.normalize import strip_accents
from ingest.provinces import find_provinces

_REPORT_TYPES = (
    "Công văn|Kế hoạch|Quyết định|Chỉ thị|Báo cáo|Thông báo|Nghị quyết|Hướng dẫn|Tờ trình|"
    "Chương trình|Đề án|Công điện|Thông tư|Nghị định|Giấy mời|Kết luận|Quy chế|Quy định|văn bản|"
    "Văn bản"
)
_REPORT = re.compile(
    r"(?<!\w)(?:ban hành|có|ký|ký ban hành|phát hành|gửi)\s+(?P<type>" + _REPORT_TYPES + r")\s+"
    r"(?:số\s+)?(?P<num>\d+[a-zđ]?\s?/[^\s,;:()]+)"
)
_REPORT_BODY = re.compile(
    r"(?P<body>(?:ỦY|UỶ|Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND)\s+"
    r"(?P<level>tỉnh|thành\s+phố|TP\.?)(?P<after>[^,.;]{0,40})",
    re.IGNORECASE,
)
_LEADING_DATE = re.compile(
    r"^(?:Ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})"
    r"|Ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))"
)
_AFTER_NUMBER_DATE = re.compile(
    r"^\s*ngày\s+(?:(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))"
)
_UI_TEXT = re.compile(
    r"cỡ chữ|In trang|Lượt xem|Chia sẻ|Bản in|Đăng nhập|Trang chủ|Quay lại|Portal|_|"
    r"^\W*Thứ\s+\w+,\s*\d|^\d{1,2}/\d{1,2}/\d{4}",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Report:
    doc_type: str | None
    number: str
    issued: str | None
    body_level: str | None  # "tỉnh" / "thành phố" when a UBND/HĐND issued it
    body: str | None  # "Ủy ban nhân dân" / "Hội đồng nhân dân"
    province: str | None
    title: str | None


def _dmy(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    return iso_date(g["d"] or g["d2"], g["m"] or g["m2"], g["y"] or g["y2"])


def reported_document(lines: list[str]) -> Report | None:
    """The document a news page reports on: "<body> ban hành <type> số <number> về ..."."""
    for line in lines[:25]:
        for m in _REPORT.finditer(line):
            num = NUMBER.match(m.group("num"))
            if not num:
                continue
            number = normalise_number(num.group(0))
            dot = line.rfind(". ", 0, m.start())
            sentence_start = dot + 2 if dot >= 0 else 0
            sentence = line[sentence_start: m.start()]
            lead = _LEADING_DATE.match(sentence.strip())
            issued = _dmy(lead) if lead else None
            after = line[m.start("num") + len(num.group(0)):]
            dm = _AFTER_NUMBER_DATE.match(after)
            if dm:
                issued = issued or _dmy(dm)
                after = after[dm.end():]
            kind = m.group("type")
            doc_type = type_from_number(number) if kind.lower() == "văn bản" else canonical_type(kind)
            body = _REPORT_BODY.search(sentence)
            province = None
            if body:
                spans = find_provinces(body.group("after"))
                province = spans[0][2] if spans and spans[0][0] <= 1 else None
            level = name = None
            if body:
                level = "tỉnh" if body.group("level").lower() == "tỉnh" else "thành phố"
                council = body.group("body").lower().startswith(("hội", "hđnd"))
                name = "Hội đồng nhân dân" if council else "Ủy ban nhân dân"
            return Report(doc_type, number, issued, level, name, province, _report_title(after))
    return None


def _report_title(after: str) -> str | None:
    m = re.match(r"\s*(?:về việc|về|V/v)\s+(?P<t>.+)", after)
    if not m:
        return None
    title = re.split(r"\.\s+(?=[A-ZĐÀ-Ỹ])|\.\.\.|…|\.$", m.group("t"))[0].strip()
    title = re.sub(r"\s*\((?:[^()]{0,30}|(?:sau đây|gọi tắt|viết tắt)[^()]*)\)\s*$", "", title)
    return first_upper(title.rstrip(" .,;")) or None


def page_title(lines: list[str]) -> str | None:
    """The first line that reads like a Vietnamese headline (menus and dates skipped)."""
    if len(lines) < 3:
        return None  # a lone paragraph is not a page with a headline
    for line in lines[:8]:
        words = line.split()
        accented = sum(strip_accents(w) != w for w in words)
        if (4 <= len(words) <= 45 and len(line) <= 300 and accented >= 0.3 * len(words)
                and not _UI_TEXT.search(line) and not line.endswith((";", ":", ","))):
            return line.rstrip(" .")
    return None
