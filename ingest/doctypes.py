"""Vietnamese document types and document numbers ("số ký hiệu").

A number is ``<số>[/<năm>]/<ký hiệu>`` where the symbol starts with the type code and then the
issuing body's code ("431/KH-UBND", "78/2025/NĐ-CP"); Party documents put the code first
("226-KL/TW"). A symbol with only agency codes ("3033/UBND-KGVX") is a Công văn.

>>> type_from_number("431/KH-UBND"), type_from_number("144/2025/QĐ-CTUBND")
('Kế hoạch', 'Quyết định')
>>> type_from_number("3033/UBND-KGVX"), type_from_number("226-KL/TW")
('Công văn', 'Kết luận')
>>> find_numbers("Căn cứ Kết luận số 226-KL/TW; Nghị định 78/2025/NĐ-CP và Công văn 8240/SNNMT-VPĐK.")
['226-KL/TW', '78/2025/NĐ-CP', '8240/SNNMT-VPĐK']
>>> type_from_title("QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ")
('Quyết định', 'VỀ VIỆC BAN HÀNH QUY CHẾ')
"""
from __future__ import annotations

import re

# Canonical names, as written in running text.
DOC_TYPES: tuple[str, ...] = (
    "Kế hoạch", "Công văn", "Quyết định", "Báo cáo", "Chỉ thị", "Thông báo", "Tờ trình",
    "Nghị quyết", "Nghị định", "Thông tư", "Thông tư liên tịch", "Luật", "Pháp lệnh", "Hướng dẫn",
    "Chương trình", "Giấy mời", "Kết luận", "Quy chế", "Quy định", "Đề án", "Phương án",
    "Công điện", "Biên bản", "Thông cáo", "Dự án", "Quy trình",
)

# Type codes used in symbols (Nghị định 30/2020/NĐ-CP, Appendix III, plus legal and Party codes).
CODES: dict[str, str] = {
    "KH": "Kế hoạch", "QĐ": "Quyết định", "BC": "Báo cáo", "CT": "Chỉ thị", "TB": "Thông báo",
    "TTr": "Tờ trình", "NQ": "Nghị quyết", "NĐ": "Nghị định", "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch", "HD": "Hướng dẫn", "CTr": "Chương trình", "GM": "Giấy mời",
    "KL": "Kết luận", "QC": "Quy chế", "QyĐ": "Quy định", "QĐi": "Quy định", "ĐA": "Đề án",
    "PA": "Phương án", "CĐ": "Công điện", "BB": "Biên bản", "CV": "Công văn", "TC": "Thông cáo",
    "L": "Luật", "PL": "Pháp lệnh",
}

# Title lines in capitals, longest first so "THÔNG TƯ LIÊN TỊCH" wins over "THÔNG TƯ".
_TITLE_NAMES = sorted(DOC_TYPES + ("Công văn",), key=len, reverse=True)
_TITLE = re.compile(
    r"^(" + "|".join(r"\s+".join(map(re.escape, n.upper().split())) for n in _TITLE_NAMES) + r")"
    r"(?=[\s:.]|$)[\s:.]*"
)
_TITLE_LOOKUP = {" ".join(n.upper().split()): n for n in DOC_TYPES}

# One symbol part: starts with a capital, then letters, digits or "&" ("TTr", "QĐ", "KD&TYCĐ").
_PART = r"[A-ZĐ][A-Za-zĐđ0-9&]*"
_SYMBOL = rf"{_PART}(?:-[ ]?{_PART})*"  # "QĐ- UBND": a line broken after the hyphen
NUMBER = re.compile(
    rf"(?<![\w/.-])(?P<no>\d+[a-zđ]?)[ ]?(?:/[ ]?(?P<year>(?:19|20)\d\d))?"
    rf"(?:[ ]?/[ ]?|-)(?P<symbol>{_SYMBOL})(?:/(?P<party>{_SYMBOL}))?(?![\w&])"
)
# A number in a header with the digits left blank for stamping: "Số: /KH-SNNMT", "Số: …/QĐ-BCĐ".
BLANK_NUMBER = re.compile(rf"^[\s.…_·]*/\s*(?P<symbol>{_SYMBOL})")


def normalise_number(raw: str) -> str:
    """ "9476 /BNNMT-CNTY" -> "9476/BNNMT-CNTY"; look-alike Đ already fixed by clean_display."""
    return re.sub(r"\s+", "", raw).strip("&-")


def find_numbers(text: str) -> list[str]:
    """Document numbers in ``text``, in order (duplicates kept)."""
    out = []
    for m in NUMBER.finditer(text):
        if sum(c.isalpha() for c in m.group("symbol")) >= 2 or m.group("party"):
            out.append(normalise_number(m.group(0)))
    return out


def parse_number(number: str) -> re.Match[str] | None:
    return NUMBER.fullmatch(number.strip())


def type_from_symbol(symbol: str, *, has_year: bool = False, party: bool = False) -> str | None:
    """Type for a symbol such as "KH-UBND" or "UBND-KGVX" (agency codes only -> Công văn).

    ``has_year`` numbers (78/2025/NĐ-CP) are legal documents, never letters: an unknown code
    there gives None. ``party`` is the "226-KL/TW" layout, where the symbol is the type code.
    """
    code = symbol.split("-", 1)[0]
    if code in CODES:
        return CODES[code]
    if party or has_year or re.fullmatch(r"(?:UBTV)?QH\d*", code):
        return None
    return "Công văn"


def type_from_number(number: str) -> str | None:
    m = parse_number(number)
    if m is None:
        return None
    return type_from_symbol(
        m.group("symbol"), has_year=bool(m.group("year")), party=bool(m.group("party"))
    )


def type_from_title(line: str) -> tuple[str, str] | None:
    """(type, rest of the line) when ``line`` starts with a type name in capitals."""
    m = _TITLE.match(line)
    if m is None:
        return None
    name = _TITLE_LOOKUP[" ".join(m.group(1).split())]
    return name, line[m.end():].strip()


def canonical_type(name: str) -> str | None:
    """ "KẾ HOẠCH", "kế hoạch" -> "Kế hoạch"; None for names outside :data:`DOC_TYPES`."""
    return _TITLE_LOOKUP.get(" ".join(name.upper().split()))
