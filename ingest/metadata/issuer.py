"""The issuing body from the header's upper-left lines: "UBND TỈNH LÂM ĐỒNG / SỞ TƯ PHÁP"
becomes "Sở Tư pháp tỉnh Lâm Đồng", with its province, or marked central ("BỘ TÀI CHÍNH")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.metadata.text import first_upper, is_upper, proper_case
from ingest.normalize import strip_accents
from ingest.provinces import canonical_province, find_provinces, level_word

# Unit words that start an organisation name: (capitals, display, capitalise next word,
# capitalise the word after "và" and ",").
_UNITS: tuple[tuple[str, str, bool, bool], ...] = (
    ("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân", False, False),
    ("HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân", False, False),
    ("BAN CHỈ ĐẠO", "Ban Chỉ đạo", False, False),
    ("BAN QUẢN LÝ", "Ban Quản lý", False, False),
    ("KHO BẠC NHÀ NƯỚC", "Kho bạc Nhà nước", False, False),
    ("THỦ TƯỚNG", "Thủ tướng", True, False),
    ("CHỦ TỊCH", "Chủ tịch", False, False),
    ("TỔNG CỤC", "Tổng cục", True, True),
    ("CHI CỤC", "Chi cục", True, True),
    ("CỤC", "Cục", True, True),
    ("SỞ", "Sở", True, True),
    ("BỘ", "Bộ", True, True),
    ("VỤ", "Vụ", True, True),
    ("VIỆN", "Viện", True, True),
    ("VĂN PHÒNG", "Văn phòng", True, False),
    ("TRUNG TÂM", "Trung tâm", True, False),
    ("HIỆP HỘI", "Hiệp hội", True, False),
    ("HỘI ĐỒNG", "Hội đồng", False, False),
    ("THANH TRA", "Thanh tra", False, False),
    ("BỆNH VIỆN", "Bệnh viện", True, False),
    ("CÔNG AN", "Công an", False, False),
    ("TRƯỜNG", "Trường", True, False),
    ("PHÒNG", "Phòng", True, False),
    ("ĐOÀN", "Đoàn", True, False),
    ("BAN", "Ban", True, False),
    ("TỔ", "Tổ", False, False),
    ("HỘI", "Hội", True, False),
    ("ĐÀI", "Đài", True, False),
    ("BÁO", "Báo", True, False),
    ("QUỸ", "Quỹ", True, False),
)
_UNIT_WORDS = "|".join(r"\s+".join(u[0].split()) for u in _UNITS)
_UNIT_START = re.compile(r"^(?:" + _UNIT_WORDS + r")(?=\s|,|$)")
_UNIT_AFTER_SPACE = re.compile(r"\s(?=(?:" + _UNIT_WORDS + r")\s)")
_LOCAL_BODY = re.compile(
    r"^(?:(?P<title>(?:PHÓ\s+)?CHỦ\s+TỊCH)\s+)?"
    r"(?P<body>(?:ỦY|UỶ|UY)\s+BAN\s+NHÂN\s+DÂN|UBND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|HĐND)"
    r"(?:\s+(?P<level>TỈNH|THÀNH\s+PHỐ|TP\.?)\s*(?P<rest>.*))?$"
)
BARE_LOCAL = {"Ủy ban nhân dân", "Hội đồng nhân dân"}
# A unit line that ends with its province: "CÔNG AN TỈNH LÂM ĐỒNG", "SỞ Y TẾ THÀNH PHỐ HÀ NỘI".
_UNIT_PLACE = re.compile(r"\s(?:TỈNH|THÀNH\s+PHỐ|TP\.?)\s+(?P<place>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})$")
_CENTRAL = re.compile(
    r"^(?:BỘ\s|THỦ\s+TƯỚNG|CHÍNH\s+PHỦ|VĂN\s+PHÒNG\s+CHÍNH\s+PHỦ|QUỐC\s+HỘI|ỦY\s+BAN\s+THƯỜNG\s+VỤ|"
    r"VĂN\s+PHÒNG\s+QUỐC\s+HỘI|TỔNG\s+CỤC|KIỂM\s+TOÁN\s+NHÀ\s+NƯỚC|NGÂN\s+HÀNG\s+NHÀ\s+NƯỚC|"
    r"TÒA\s+ÁN\s+NHÂN\s+DÂN\s+TỐI\s+CAO|VIỆN\s+KIỂM\s+SÁT\s+NHÂN\s+DÂN\s+TỐI\s+CAO|"
    r"BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG|BAN\s+BÍ\s+THƯ|BỘ\s+CHÍNH\s+TRỊ|VĂN\s+PHÒNG\s+TRUNG\s+ƯƠNG)"
)


def _org_case(name: str) -> str:
    """Readable case for an organisation written in capitals.

    >>> _org_case("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG")
    'Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng'
    >>> _org_case("VĂN PHÒNG UBND TỈNH")
    'Văn phòng Ủy ban nhân dân tỉnh'
    """
    text = " ".join(name.replace("UỶ", "ỦY").split()).strip(" ,.-")
    text = re.sub(r"\bUBND\b", "ỦY BAN NHÂN DÂN", text)
    text = re.sub(r"\bHĐND\b", "HỘI ĐỒNG NHÂN DÂN", text)
    if not is_upper(text):
        return text
    display, cap_next, cap_and = "", True, False
    m = _UNIT_START.match(text)
    if m:
        unit = " ".join(m.group(0).split())
        _, display, cap_next, cap_and = next(u for u in _UNITS if u[0] == unit)
        text = text[m.end():].strip()
    out = proper_case(text, cap_first=False) if text else ""
    if out and cap_next:
        out = first_upper(out)
    if cap_and:
        out = re.sub(r"((?:\bvà|,)\s+)(\w)", lambda g: g.group(1) + g.group(2).upper(), out)
    for unit_caps, unit_display, *_ in _UNITS[:2]:
        out = out.replace(unit_caps.lower(), unit_display)
    return (display + " " + out).strip() if display else first_upper(out)


def _local_unit(unit: str) -> Issuer | None:
    """A provincial unit under a ministry ("BỘ CÔNG AN" / "CÔNG AN TỈNH LÂM ĐỒNG") is local, not
    central. Its province is read without diacritics too, because OCR misreads them in headers
    ("CÔNG AN TỈNH LÂM ĐỎNG" is Công an tỉnh Lâm Đồng).

    >>> _local_unit("CÔNG AN TỈNH LÂM ĐỎNG")
    Issuer(name='Công an tỉnh Lâm Đồng', province='Lâm Đồng', central=False)
    >>> _local_unit("CỤC THUẾ") is None
    True
    """
    m = _UNIT_PLACE.search(unit)
    if not m:
        return None
    place = m.group("place")
    province = canonical_province(place) or canonical_province(strip_accents(place))
    if province is None:
        return None
    return Issuer(f"{_org_case(unit[: m.start('place')])} {province}", province, False)


# Provincial departments by the code their documents' symbols start with ("1364/SNV-TCBC").
DEPARTMENT_CODES: dict[str, str] = {
    "SNV": "Sở Nội vụ",
    "STP": "Sở Tư pháp",
    "STC": "Sở Tài chính",
    "SXD": "Sở Xây dựng",
    "SYT": "Sở Y tế",
    "SCT": "Sở Công Thương",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
    "SKHCN": "Sở Khoa học và Công nghệ",
    "SNNMT": "Sở Nông nghiệp và Môi trường",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "SDTTG": "Sở Dân tộc và Tôn giáo",
}


def issuer_from_symbol(symbol: str | None) -> str | None:
    """The department a number's symbol names by its code, for a document whose header lost
    its issuer lines (an annex sent on its own: "2775/SNV-CCHC&VTLT" is the Sở Nội vụ's).

    >>> issuer_from_symbol("SNV-CCHC&VTLT"), issuer_from_symbol("KH-UBND")
    ('Sở Nội vụ', None)
    """
    if not symbol:
        return None
    code = symbol.rsplit("/", 1)[-1].split("-")[0]
    return DEPARTMENT_CODES.get(code)


@dataclass(frozen=True, slots=True)
class Issuer:
    name: str | None
    province: str | None
    central: bool


def parse_issuer(lines: list[str]) -> Issuer:
    """The issuing body from the header's upper-left lines (the lower line is the issuer)."""
    text = " ".join(" ".join(lines).replace("UỶ", "ỦY").split()).strip(" ,.-")
    if not text:
        return Issuer(None, None, False)
    central = bool(_CENTRAL.match(text))
    m = _LOCAL_BODY.match(text)
    if m:
        council = m.group("body").startswith(("HỘI", "HĐND"))
        body = "Hội đồng nhân dân" if council else "Ủy ban nhân dân"
        title = ""
        if m.group("title"):
            title = "Phó Chủ tịch " if m.group("title").startswith("PHÓ") else "Chủ tịch "
        if not m.group("level"):
            return Issuer(title + body, None, False)
        level = "tỉnh" if m.group("level") == "TỈNH" else "thành phố"
        rest = m.group("rest")
        spans = find_provinces(rest)
        if not spans or spans[0][0] != 0:
            return Issuer(f"{title}{body} {level}", None, False)
        province = spans[0][2]
        parent = f"{title}{body} {level} {province}"
        child = rest[spans[0][1]:].strip(" ,.-")
        if not child:
            return Issuer(parent, province, False)
        return Issuer(_qualify(child, parent, province, level), province, False)
    # A parent line above a unit line: "BỘ TÀI CHÍNH / CỤC THUẾ", "SỞ ... TỈNH X / TRUNG TÂM ...".
    for k in range(1, len(lines)):
        broken = lines[k - 1].split()[-1] + " " + lines[k]  # "VĂN" / "PHÒNG CHÍNH PHỦ"
        if _UNIT_START.match(lines[k].replace("UỶ", "ỦY")) and not (
            len(lines[k - 1].split()) == 1 or _UNIT_START.match(broken)
        ):
            parent_text = " ".join(lines[:k])
            child = " ".join(lines[k:])
            spans = find_provinces(parent_text)
            province = spans[-1][2] if spans else None
            if province is None:
                local = _local_unit(child)
                return local or Issuer(_org_case(child), None, central)
            return Issuer(_qualify(child, _org_case(parent_text), province, level_word(province)),
                          province, central)
    glued = _split_glued_issuer(text)
    if glued:
        return parse_issuer(list(glued))
    spans = find_provinces(text)
    province = None if central or not spans else spans[-1][2]
    return Issuer(_org_case(text), province, central)


def _split_glued_issuer(text: str) -> tuple[str, str] | None:
    """Parent and unit run together on one line: "BỘ TÀI CHÍNH CỤC THUẾ",
    "SỞ VĂN HÓA ... TỈNH LÂM ĐỒNG TRUNG TÂM ...", "VĂN PHÒNG UBND TỈNH TRUNG TÂM ..."."""
    for m in _UNIT_AFTER_SPACE.finditer(text):
        left, right = text[: m.start()], text[m.end():]
        spans = find_provinces(left)
        ends_with_place = bool(spans and spans[-1][1] == len(left)) or left.endswith(
            (" TỈNH", " THÀNH PHỐ"))
        ministry_office = left.startswith("BỘ ") and re.match(r"(?:TỔNG\s+)?CỤC\s", right)
        if ends_with_place or ministry_office:
            return left, right
    return None


def _qualify(child: str, parent: str, province: str, level: str) -> str:
    """ "SỞ TƯ PHÁP" under "UBND TỈNH LÂM ĐỒNG" -> "Sở Tư pháp tỉnh Lâm Đồng"."""
    name = _org_case(child)
    if name == "Văn phòng":
        return f"Văn phòng {parent}"
    if find_provinces(name):
        return name
    if re.search(r"\b(?:tỉnh|thành phố)$", name):
        return f"{name} {province}"
    return f"{name} {level} {province}"
