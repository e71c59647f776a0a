"""Metadata of a Vietnamese official document from its cleaned text.

The first page of a document follows Nghị định 30/2020/NĐ-CP: issuing body and "Số: 431/KH-UBND"
on the left, the national motto and "<Place>, ngày 17 tháng 8 năm 2018" on the right, then the
type ("KẾ HOẠCH") and the subject (trích yếu), or "V/v ..." for a letter; the preamble cites the
documents it rests on ("Căn cứ ...", "Thực hiện ..."); the signature block closes the text.
Extraction works on lines, so header columns may arrive as separate lines, glued on one line
(PDF text layers) or as "|"-separated table cells (web pages). News pages that report on a
document ("UBND tỉnh ban hành Kế hoạch số 292/KH-UBND về ...") are read from that sentence.

Unknown fields stay None: nothing is guessed.

>>> meta = extract_metadata('''UBND TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
... SỞ TƯ PHÁP Độc lập - Tự do - Hạnh phúc
... Số: 788/STP-HCBT Lâm Đồng, ngày 16 tháng 5 năm 2025
... V/v góp ý dự thảo Kế hoạch
... Kính gửi: Sở Nội vụ''')
>>> meta.doc_type, meta.number, meta.issuer, meta.province, meta.issued, meta.title
('Công văn', '788/STP-HCBT', 'Sở Tư pháp tỉnh Lâm Đồng', 'Lâm Đồng', '2025-05-16', 'V/v góp ý dự thảo Kế hoạch')
"""
from __future__ import annotations

import html
import logging
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ingest.doctypes import (
    BLANK_NUMBER,
    NUMBER,
    canonical_type,
    find_numbers,
    normalise_number,
    type_from_number,
    type_from_symbol,
    type_from_title,
)
from ingest.normalize import clean_display, is_syllable, strip_accents
from ingest.provinces import canonical_province, find_provinces, level_word
from ingest.records import DocumentMeta

log = logging.getLogger(__name__)

HEAD = 80  # the header, title and preamble sit in the first lines
MAX_TITLE_LINES = 8
MAX_TITLE_CHARS = 700

# ---------------------------------------------------------------------------------------------
# Line patterns

_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d+);")
_DECORATION = re.compile(r"^[\s\-_=*.…·~–—]+$")
_MOTTO = re.compile(
    r"C[ỘÔO]NG\s*H(?:[OÒÕÓ]A|OÀ)\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A(?:\s+VI[ỆE]T(?:\s+NAM)?)?"
    r"|ĐỘC\s*LẬP\s*[-–—]\s*TỰ\s*DO\s*[-–—]\s*HẠNH\s*PHÚC",
    re.IGNORECASE,
)
_NUMBER_LINE = re.compile(r"^S[ốỐ]\s*(?::|\.(?=\s)|(?=\s*[\d/….]))\s*(?P<rest>.*)$")
_VV_LINE = re.compile(r"^(?:V/v|V/V|Vv\b|Về việc\b)")
_DATE_FULL = re.compile(
    r"ngày\s*(?P<d>\d{1,2})?[\s.…_]*tháng\s*(?P<m>\d{1,2})?[\s.…_]*năm\s*(?P<y>\d{4})", re.IGNORECASE
)
_DATE_NUMERIC = re.compile(r"ngày\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})")
# A body paragraph, not a title line.
_BODY_START = re.compile(
    r"^(?:Căn cứ|Kính gửi|Xét\b|Theo đề nghị|Trả lời|Để\b|Nhằm\b|Trên cơ sở|Thời gian\s*:|"
    r"Địa điểm|Thành phần|Ngày \d|Sáng\b|Chiều\b|Điều \d|Chương\s+[IVXLC\d]+\b|"
    r"Phần\s+(?:[IVXLC\d]+|thứ)\b|Phụ lục|"
    r"[IVX]+\s*[.)]\s|\d+\s*[.)]\s|[-+•*]\s)"
)
_NUMBERED = re.compile(r"^(?:[IVX]+|\d+)\s*[.)]")
_PREAMBLE = re.compile(r"^(?:Căn cứ|Thực hiện|Triển khai)\b")
_PREAMBLE_SKIP = re.compile(r"^(?:Xét\b|Theo đề nghị|Theo đề xuất|Trên cơ sở|Kính gửi)")
# Signing authority above the preamble or in the signature block.
_AUTHORITY = re.compile(
    r"^(?:(?:KT|TM|TL|TUQ|Q|PP)\.\s*)?(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|UBND|"
    r"HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|(?:TỔNG\s+)?GIÁM\s+ĐỐC|CỤC\s+TRƯỞNG|"
    r"TRƯỞNG\s+BAN|TỔ\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|VĂN\s+PHÒNG\s+CHÍNH\s+PHỦ|CHỦ\s+NHIỆM|"
    r"HIỆU\s+TRƯỞNG|THỨ\s+TRƯỞNG|VỤ\s+TRƯỞNG|CHÁNH\s+THANH\s+TRA)\b"
)
# Titles that head a signature block ("KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN").
_SIGN_TITLE = re.compile(
    r"(?:^|\s)(?:(?:KT|TM|TL|TUQ|Q|PP)\.\s*(?=[^\W\d_])|(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|"
    r"BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|THỦ\s+TƯỚNG|CHỦ\s+NHIỆM|CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG\s+BAN|"
    r"CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|TỔ\s+TRƯỞNG|HIỆU\s+TRƯỞNG|TRƯỞNG\s+PHÒNG|CHÁNH\s+THANH\s+TRA|"
    r"TỔNG\s+GIÁM\s+ĐỐC|THƯ\s+KÝ|TRƯỞNG\s+ĐOÀN)(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊ"
    r"ÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ,]+)*\s*$)"
)
_RECIPIENTS = re.compile(r"^(?:Nơi nhận|NƠI NHẬN)\b")
_SIGNER_PROPERTY = re.compile(r"^[-•*\s]*Người ký\s*:\s*(?P<name>.+)$")
_PROPERTY = re.compile(r"^[-•*\s]*(?P<key>Số hiệu|Ngày ban hành|Nơi ban hành)\s*:\s*(?P<value>.+)$")

# Common Vietnamese family names: a signer's name starts with one of them.
_SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm Mai "
    "Trịnh Trương Lương Cao Hà Tạ Tô Châu Quách Lưu La Thái Kiều Nông Lò Cầm Triệu Đào Đồng Phùng "
    "Chu Lại Âu Ông Khổng Khúc Kim Tăng Từ Vương Thân Tôn Diệp Giang Hầu Hứa Lạc Mạc Mạnh Nghiêm "
    "Ninh Phí Quan Sầm Thạch Tống Trang Trình Tiêu Ung Vi Đậu Bạch Biện Cù Doãn Hàn Khuất Lã Lục "
    "Mẫn Nhữ Thiều Tòng Viên Vàng Giàng Sùng Đàm Văn Lò Quàng Hoàng Lục Bế Hoàng Ma Mông Lường "
    "Vì Xa Điêu Nhâm Phó Thào Hờ Tráng Sái Tiết Kha Âu Yên Lữ Lư Tất Ngọ Đường".split()
)

# ---------------------------------------------------------------------------------------------
# Text helpers


_GLUED_PREAMBLE = re.compile(r"\s(?=(?:Căn cứ|Thực hiện|Theo đề nghị|Xét)\b)")


def _lines(text: str) -> list[str]:
    """Non-empty lines; "|"-separated table cells become lines of their own, and a capitals
    line glued to the preamble ("... TỈNH CAO BẰNG Căn cứ Luật ...") is split."""
    out: list[str] = []
    for raw in text.split("\n"):
        for cell in raw.split("|") if "|" in raw else (raw,):
            cell = " ".join(cell.split())
            if not cell or _DECORATION.match(cell):
                continue
            m = _GLUED_PREAMBLE.search(cell)
            if m and len(cell[: m.start()].split()) >= 2 and _is_upper(cell[: m.start()]):
                out.extend((cell[: m.start()], cell[m.end():]))
            else:
                out.append(cell)
    return out


def _is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 2:
        return False
    return sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def _rejoin_broken_numbers(text: str) -> str:
    """ "8240/SNNMT-" + newline + "VPĐK" -> "8240/SNNMT-VPĐK" (a PDF line break inside a number)."""
    return re.sub(r"(?<=[0-9A-ZĐ][/-])[ \t]*\n[ \t]*(?=[A-ZĐ][A-ZĐa-z0-9&]*[-/\s;,.)])", "", text)


def _iso(d: str | None, m: str | None, y: str | None) -> str | None:
    if not (d and m and y):
        return None
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# A person named after a title in a sentence-cased line: "Thủ tướng Chính phủ phạm minh chính".
_PERSON_AFTER_TITLE = re.compile(
    r"(?<!\w)((?:Thủ tướng Chính phủ|Thủ tướng|đồng chí|bộ trưởng|chủ tịch)\s+)"
    r"((?:[^\W\d_]+\s+){1,3}[^\W\d_]+)"
)
_NOT_IN_NAME = frozenset("tại về với và trong khi đã làm của cho - trưởng ban chỉ đạo kiểm tra".split())


def _capitalise_person(m: re.Match[str]) -> str:
    words = m.group(2).split()
    if not words or words[0].capitalize() not in _SURNAMES:
        return m.group(0)
    n = 1
    while n < len(words) and words[n] not in _NOT_IN_NAME and is_syllable(words[n]):
        n += 1
    if n < 2:
        return m.group(0)
    name = " ".join(w.capitalize() for w in words[:n])
    return m.group(1) + " ".join([name, *words[n:]])


def _proper_case(text: str, *, cap_first: bool = True) -> str:
    """Sentence case for a line written in capitals, keeping abbreviations and place names.

    >>> _proper_case("KẾ HOẠCH PHÁT TRIỂN 5G, INTERNET VẠN VẬT (IOT) TỈNH ĐẮK LẮK")
    'Kế hoạch phát triển 5G, internet vạn vật (IOT) tỉnh Đắk Lắk'
    """
    if not _is_upper(text):
        return text

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if any(c.isdigit() for c in w):
            return w  # 5G, 4.0
        if w.isupper() and len(w) > 1 and not is_syllable(w):
            vowels = sum(c in "aeiouy" for c in strip_accents(w).lower())
            if len(w) <= 5 or vowels < 0.3 * len(w):
                return w  # UBND, XVI, CNTT, IOT (but "INTERNET" is a word)
        return w.lower()

    out = re.sub(r"[^\W_]+", word, text)
    out = re.sub(r"\bV/[Vv]\b", "V/v", out, flags=re.IGNORECASE)
    for start, end, name in reversed(find_provinces(out, strict_case=False)):
        out = out[:start] + name + out[end:]
    for phrase in ("Việt Nam", "Chính phủ", "Quốc hội", "Nhà nước", "Thủ tướng"):
        out = re.sub(rf"(?<!\w){phrase.lower()}(?!\w)", phrase, out)
    out = re.sub(r"(?<!\w)phó Thủ tướng", "Phó Thủ tướng", out)
    out = _PERSON_AFTER_TITLE.sub(_capitalise_person, out)
    return _first_upper(out) if cap_first else out


# ---------------------------------------------------------------------------------------------
# Issuing body

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
_UNIT_START = re.compile(
    r"^(?:" + "|".join(r"\s+".join(u[0].split()) for u in _UNITS) + r")(?=\s|,|$)"
)
_LOCAL_BODY = re.compile(
    r"^(?:(?P<title>(?:PHÓ\s+)?CHỦ\s+TỊCH)\s+)?"
    r"(?P<body>(?:ỦY|UỶ|UY)\s+BAN\s+NHÂN\s+DÂN|UBND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|HĐND)"
    r"(?:\s+(?P<level>TỈNH|THÀNH\s+PHỐ|TP\.?)\s*(?P<rest>.*))?$"
)
_BARE_LOCAL = {"Ủy ban nhân dân", "Hội đồng nhân dân"}
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
    if not _is_upper(text):
        return text
    display, cap_next, cap_and = "", True, False
    m = _UNIT_START.match(text)
    if m:
        unit = " ".join(m.group(0).split())
        _, display, cap_next, cap_and = next(u for u in _UNITS if u[0] == unit)
        text = text[m.end():].strip()
    out = _proper_case(text, cap_first=False) if text else ""
    if out and cap_next:
        out = _first_upper(out)
    if cap_and:
        out = re.sub(r"((?:\bvà|,)\s+)(\w)", lambda g: g.group(1) + g.group(2).upper(), out)
    for unit_caps, unit_display, *_ in _UNITS[:2]:
        out = out.replace(unit_caps.lower(), unit_display)
    return (display + " " + out).strip() if display else _first_upper(out)


@dataclass(frozen=True, slots=True)
class _Issuer:
    name: str | None
    province: str | None
    central: bool


def _parse_issuer(lines: list[str]) -> _Issuer:
    """The issuing body from the header's upper-left lines (the lower line is the issuer)."""
    text = " ".join(" ".join(lines).replace("UỶ", "ỦY").split()).strip(" ,.-")
    if not text:
        return _Issuer(None, None, False)
    central = bool(_CENTRAL.match(text))
    m = _LOCAL_BODY.match(text)
    if m:
        council = m.group("body").startswith(("HỘI", "HĐND"))
        body = "Hội đồng nhân dân" if council else "Ủy ban nhân dân"
        title = ""
        if m.group("title"):
            title = "Phó Chủ tịch " if m.group("title").startswith("PHÓ") else "Chủ tịch "
        if not m.group("level"):
            return _Issuer(title + body, None, False)
        level = "tỉnh" if m.group("level") == "TỈNH" else "thành phố"
        rest = m.group("rest")
        spans = find_provinces(rest)
        if not spans or spans[0][0] != 0:
            return _Issuer(f"{title}{body} {level}", None, False)
        province = spans[0][2]
        parent = f"{title}{body} {level} {province}"
        child = rest[spans[0][1]:].strip(" ,.-")
        if not child:
            return _Issuer(parent, province, False)
        return _Issuer(_qualify(child, parent, province, level), province, False)
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
                return _Issuer(_org_case(child), None, central)
            return _Issuer(_qualify(child, _org_case(parent_text), province, level_word(province)),
                           province, central)
    glued = _split_glued_issuer(text)
    if glued:
        return _parse_issuer(list(glued))
    spans = find_provinces(text)
    province = None if central or not spans else spans[-1][2]
    return _Issuer(_org_case(text), province, central)


def _split_glued_issuer(text: str) -> tuple[str, str] | None:
    """Parent and unit run together on one line: "BỘ TÀI CHÍNH CỤC THUẾ",
    "SỞ VĂN HÓA ... TỈNH LÂM ĐỒNG TRUNG TÂM ...", "VĂN PHÒNG UBND TỈNH TRUNG TÂM ..."."""
    for m in re.finditer(r"\s(?=(?:" + "|".join(r"\s+".join(u[0].split()) for u in _UNITS) + r")\s)", text):
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


# ---------------------------------------------------------------------------------------------
# Header


@dataclass(frozen=True, slots=True)
class _Header:
    start: int  # first header line (issuer or number)
    end: int  # first line after the number and place-date lines
    issuer_lines: list[str]
    number: str | None
    symbol: str | None  # the number's symbol, also when the digits are blank
    has_year: bool
    issued: str | None
    place_province: str | None
    date_line: int | None  # first line of the place-date (the place may wrap)


@dataclass(frozen=True, slots=True)
class _Date:
    iso: str | None
    line: int  # line of the place
    end_line: int
    place: str


def _place_start(text: str, end: int) -> int:
    """Where the place written before ", ngày" at ``text[end]`` begins (``end`` if none).

    The place is the capitalised run just before the comma, cut to the province it ends with
    ("... đoạn qua Nam Định, Thái Bình Hà Nội" -> "Hà Nội"); "Thành phố"/"TP." stays only
    for Hồ Chí Minh, the one place written that way ("... Thành phố Hồ Chí Minh, ngày").
    Without a province the last three capitalised words are kept ("Phan Thiết").
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
    return starts[min(len(starts), 3) - 1]


def _find_date(lines: list[str], lo: int, hi: int) -> _Date | None:
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
            found = _DATE_FULL.match(tail) or _DATE_NUMERIC.match(tail)
            if not found:
                continue
            comma = offset + m.start() if m.start() else len(prev) - 1
            begin = _place_start(text, comma)
            if begin == comma:
                continue
            g = found.groupdict()
            end_line = i + 1 if found.end() > len(line) - m.start() + 1 else i
            start_line = i - 1 if begin < offset else i
            return _Date(_iso(g["d"], g["m"], g["y"]), start_line, end_line, text[begin:comma])
    return None


def _parse_header(lines: list[str]) -> _Header | None:
    window = min(len(lines), 40)
    num_i = next((i for i in range(window) if _NUMBER_LINE.match(lines[i])), None)
    # The place-date may follow "Kính gửi:" when columns are read one after the other, so
    # the search stops only where the body starts.
    stop = next((i for i in range(window) if _PREAMBLE.match(lines[i])
                 or (len(lines[i]) > 250 and not _VV_LINE.match(lines[i]))
                 or lines[i].startswith(("Xét ", "Theo đề nghị"))), window)
    found = _find_date(lines, 0, stop)
    if num_i is None and found is None:
        return None
    if num_i is None and found is not None and found.line > 12:
        return None  # a date deep in a page without a "Số:" line is not a header
    number = symbol = stamp_date = None
    has_year = number_below = False
    if num_i is not None:
        m = _NUMBER_LINE.match(lines[num_i])
        rest = m.group("rest") if m else ""
        number_below = not rest.strip() and num_i + 1 < len(lines)  # "Số:" / "144/2025/QĐ-..."
        if number_below:
            rest = lines[num_i + 1]
        nm = NUMBER.match(rest.strip())
        if nm:
            number = normalise_number(nm.group(0))
            symbol = nm.group("symbol")
            has_year = bool(nm.group("year"))
            # An e-signature stamp: "Số: 2775/SNV-CCHC; 10/11/2025; 11:00:27;".
            sm = re.match(r";\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*;", rest.strip()[nm.end():])
            stamp_date = _iso(*sm.groups()) if sm else None
        else:
            bm = BLANK_NUMBER.match(rest)
            if bm:
                symbol = bm.group("symbol")
    anchors = [i for i in (num_i, found.line if found else None) if i is not None]
    first = min(anchors)
    end = max([*anchors, found.end_line if found else 0]) + 1
    if num_i is not None and number_below:
        end = max(end, num_i + 2)
    # Issuer: the run of upper-case lines just above the first header anchor (or above the
    # type line): mixed-case lines (site menus, "Dự thảo") reset the run.
    issuer: list[str] = []
    for line in lines[:first]:
        line = re.sub(r"\s+\d{4,}$", "", line)  # a stamped register number beside the name
        if not any(c.isalpha() for c in line):
            continue
        if _is_upper(line) and type_from_title(line) is None:
            issuer.append(line)
        elif not _VV_LINE.match(line):
            issuer = []
    province = None
    if found:
        spans = find_provinces(found.place)
        province = spans[-1][2] if spans else None
    return _Header(
        start=first - len(issuer),
        end=end,
        issuer_lines=issuer,
        number=number,
        symbol=symbol,
        has_year=has_year,
        issued=found.iso if found and found.iso else stamp_date,
        place_province=province,
        date_line=found.line if found else None,
    )


# ---------------------------------------------------------------------------------------------
# Type line, title, V/v


def _type_block(lines: list[str], lo: int, hi: int) -> tuple[int, int, str, str] | None:
    """(first line, line after, type, rest) of the type line ("KẾ HOẠCH", "QUYẾT\\nĐỊNH ...")."""
    i = lo
    while i < min(hi, len(lines)):
        line = lines[i]
        if re.match(r"^(?:Phụ lục|PHỤ LỤC)\b", line):
            i += 1  # an annex sent with a letter: "Phụ lục II:" above its own type line
            continue
        if _BODY_START.match(line) or _PREAMBLE.match(line):
            return None
        if not _is_upper(line):
            i += 1
            continue
        j = i
        parts: list[str] = []
        while j < len(lines) and _is_upper(lines[j]) and len(parts) < 3 * MAX_TITLE_LINES and (
            j == i or not (_is_authority(lines, j) or _NUMBERED.match(lines[j]))
        ):
            parts.append(lines[j])
            j += 1
        found = type_from_title(" ".join(parts))
        if found:
            return i, j, found[0], found[1]
        i = j
    return None


def _is_authority(lines: list[str], j: int) -> bool:
    """ "ỦY BAN NHÂN DÂN TỈNH X" / "CHỦ TỊCH ..." above the preamble, not a title line that
    happens to start with those words: the capitals run it starts is short."""
    if not _AUTHORITY.match(lines[j]):
        return False
    run = []
    while j < len(lines) and _is_upper(lines[j]) and len(run) < 3:
        run.append(lines[j])
        j += 1
    return len(run) <= 2 and sum(map(len, run)) <= 90


def _title_after(lines: list[str], i: int, *, allow_thuc_hien: bool) -> tuple[str | None, int]:
    """Mixed-case title lines from ``i`` until the body starts; (title, next line)."""
    taken: list[str] = []
    while i < len(lines) and len(taken) < MAX_TITLE_LINES:
        line = lines[i]
        if line in {"Dự thảo", "DỰ THẢO"} and not taken:
            i += 1
            continue
        if _BODY_START.match(line) or _is_upper(line) or _find_date(lines, i, i + 1):
            break
        if line.startswith(("Thực hiện", "Triển khai")) and (taken or not allow_thuc_hien):
            break
        if taken and (len(line) > 250 or sum(map(len, taken)) > MAX_TITLE_CHARS):
            break
        taken.append(line)
        i += 1
        if line.endswith((".", ";", ":")) and not line.endswith("..."):
            break
    if not taken:
        return None, i
    if taken[0].startswith(("Thực hiện", "Triển khai")) and taken[-1].endswith((",", ";")):
        return None, i - len(taken)  # a body sentence ("Thực hiện Chương trình ..., UBND tỉnh ...")
    title = " ".join(taken).rstrip(" .;:,")
    return title, i


def _subject_line(lines: list[str], header: _Header, hi: int) -> tuple[int, int, str] | None:
    """The "V/v ..." subject of a letter, cut before the place-date if glued to it."""
    for i in range(header.start, min(hi, len(lines))):
        line = lines[i]
        direct = (
            (header.number is not None or header.symbol is not None)
            and line.startswith("Về ")
            and i > 0
            and (_NUMBER_LINE.match(lines[i - 1]) or (i > 1 and _NUMBER_LINE.match(lines[i - 2])))
        )
        glued = re.search(r"\sV/[vV]\b", line) if _NUMBER_LINE.match(line) else None
        if not (_VV_LINE.match(line) or direct or glued):
            continue
        taken: list[str] = [line[glued.start() + 1:]] if glued else []
        j = i + 1 if glued else i
        while j < len(lines) and len(taken) < MAX_TITLE_LINES:
            cur = lines[j]
            if j > i and (_BODY_START.match(cur) or _NUMBER_LINE.match(cur)
                          or (_is_upper(cur) and not cur[:1].isdigit())):
                break
            taken.append(cur)
            j += 1
            if re.search(r",\s*ngày\b", cur) or cur.endswith((".", ";")):
                break
        text = " ".join(taken)
        for m in re.finditer(r",\s*ngày\b", text):
            tail = text[m.start():].lstrip(", ")
            if (_DATE_FULL.match(tail) or _DATE_NUMERIC.match(tail)
                    or re.match(r"ngày[\s\d.…_]*(?:tháng[\s\d.…_]*)?$", tail)):  # wraps on
                text = text[: _place_start(text, m.start())]
                break
        title = re.sub(r"^V/[vV]\s*:?\s*", "V/v ", text.strip()).rstrip(" .;,")
        if len(title) > len("V/v"):
            return i, j, _proper_case(title)
    return None


# ---------------------------------------------------------------------------------------------
# Preamble citations and signature


def _preamble_cites(lines: list[str], start: int) -> list[str]:
    """Numbers cited by the "Căn cứ ..." / "Thực hiện ..." paragraphs that open the body."""
    refs: list[str] = []
    mode: str | None = None  # "cite", "skip" (Kính gửi, Xét, Theo đề nghị, authority line)
    prev = ""
    for i in range(start, min(len(lines), start + 60)):
        line = lines[i]
        continues = mode is not None and (
            not prev.endswith((".", ";", ":"))
            or (prev.endswith(":") and line.startswith(("-", "+", "•")))
            or line[:1].islower()
        )
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _find_date(lines, i, i + 1) or _NUMBER_LINE.match(line):
            mode = "skip"  # header lines read after "Kính gửi:" (one column after the other)
        elif _PREAMBLE.match(line) or (line in {"Căn", "Thực"} and nxt.startswith(("cứ", "hiện"))):
            mode = "cite"
        elif _PREAMBLE_SKIP.match(line) or (_is_upper(line) and _AUTHORITY.match(line)):
            mode = "skip"
        elif mode == "skip" and line.startswith(("-", "+", "•")):
            pass  # recipients under "Kính gửi:"
        elif not continues:
            break
        if mode == "cite":
            refs.extend(find_numbers(line))
        prev = line
    return refs


def _is_name(candidate: str) -> bool:
    words = candidate.split()
    if not 2 <= len(words) <= 5 or words[0] not in _SURNAMES:
        return False
    if not all(w[:1].isupper() and w[1:] == w[1:].lower() and is_syllable(w) for w in words):
        return False
    return not find_provinces(candidate)


def _name_in(line: str) -> str | None:
    """A person's name filling ``line``, or ending it after a signing title or "; " (PDF columns
    glued: "- Văn phòng Chủ tịch nước; Phạm Minh Chính", "PHÓ TRƯỞNG BAN Nguyễn Bắc Hải")."""
    line = line.strip()
    if _is_name(line):
        return line
    lead = re.match(r"^((?:[^\W\d_]+\s+){1,4}[^\W\d_]+)\s+(\d{1,3}|[^\W\d_])(?:\s|$)", line)
    if lead and _is_name(lead.group(1)) and not lead.group(2).isupper():
        return lead.group(1)  # a page number or footnote marker glued after the name
    if line.endswith((";", ",", ".", ")")):
        return None
    words = line.split()
    run: list[str] = []
    while words and words[-1][:1].isupper() and words[-1][1:] == words[-1][1:].lower():
        run.insert(0, words.pop())
    while len(run) >= 2:
        if _is_name(" ".join(run)) and words and (words[-1].isupper() or words[-1][-1] in ";:,)"):
            return " ".join(run)
        if not words or run[0] not in _SURNAMES:
            words.append(run.pop(0))
        else:
            break
    return None


def _signer(lines: list[str]) -> str | None:
    for line in lines:
        m = _SIGNER_PROPERTY.match(line)
        if m and _is_name(m.group("name").strip()):
            return m.group("name").strip()
    anchors = [i for i, line in enumerate(lines) if _RECIPIENTS.match(line) or (
        _SIGN_TITLE.search(line) and _is_upper(line.split(":")[-1]))]
    if not anchors:
        return None
    recipients = [i for i in anchors if _RECIPIENTS.match(lines[i])]
    # The block starts at the first "Nơi nhận" (annexes may follow), else at the last title.
    begin = recipients[0] - 3 if recipients else anchors[-1]
    seen_title = False
    for i in range(max(begin, 0), min(len(lines), max(begin, 0) + 40)):
        line = lines[i]
        if _SIGN_TITLE.search(line):
            seen_title = True
        if not seen_title:
            continue
        name = _name_in(line)
        words = line.split()
        if i + 1 < len(lines) and len(words) <= 4 and words[0] in _SURNAMES and all(
            w[:1].isupper() and w[1:] == w[1:].lower() for w in words
        ):
            # A name broken by a fixed-width wrap: "Bùi" / "Xuân Cường", "Lê Tấn" / "Cận".
            nxt = lines[i + 1]
            joined = _name_in(line + " " + nxt) if len(nxt.split()) <= 3 else None
            if joined and (name is None or len(nxt.split()) == 1 and is_syllable(nxt)):
                name = joined
        if name:
            return name
        if re.match(r"^(?:PHỤ LỤC|Phụ lục|QUY CHẾ|QUY ĐỊNH|DANH SÁCH|Điều \d|Chương)", line):
            break
    return None


# ---------------------------------------------------------------------------------------------
# Pages reporting on a document


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
class _Report:
    doc_type: str | None
    number: str
    issued: str | None
    body_level: str | None  # "tỉnh" / "thành phố" when a UBND/HĐND issued it
    body: str | None  # "Ủy ban nhân dân" / "Hội đồng nhân dân"
    province: str | None
    title: str | None


def _dmy(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    return _iso(g["d"] or g["d2"], g["m"] or g["m2"], g["y"] or g["y2"])


def _report(lines: list[str]) -> _Report | None:
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
            return _Report(doc_type, number, issued, level, name, province, _report_title(after))
    return None


def _report_title(after: str) -> str | None:
    m = re.match(r"\s*(?:về việc|về|V/v)\s+(?P<t>.+)", after)
    if not m:
        return None
    title = re.split(r"\.\s+(?=[A-ZĐÀ-Ỹ])|\.\.\.|…|\.$", m.group("t"))[0].strip()
    title = re.sub(r"\s*\((?:[^()]{0,30}|(?:sau đây|gọi tắt|viết tắt)[^()]*)\)\s*$", "", title)
    return _first_upper(title.rstrip(" .,;")) or None


def _page_title(lines: list[str]) -> str | None:
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


# ---------------------------------------------------------------------------------------------
# Putting it together


def _body_province(text: str) -> str | None:
    """The province a text is about: named at least twice and more often than any other."""
    ranked = Counter(name for _, _, name in find_provinces(text)).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _properties(lines: list[str]) -> dict[str, str]:
    """ "- Số hiệu: 431/KH-UBND" style property lines of legal-database pages."""
    found: dict[str, str] = {}
    for line in lines:
        m = _PROPERTY.match(line)
        if m and m.group("key") not in found:
            found[m.group("key")] = m.group("value").strip()
    return found


def _dedupe(numbers: list[str], own: str | None) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for n in numbers:
        if n != own:
            seen.setdefault(n, None)
    return tuple(seen)


def extract_metadata(text: str, *, source_name: str = "") -> DocumentMeta:
    """Type, number, issuer, province, issue date, title, signer and cited numbers of a document.

    ``text`` is the cleaned display text, one paragraph or line per line, in reading order.
    ``source_name`` is only used in log messages.
    """
    if _ENTITY.search(text):
        text = html.unescape(text)  # "CCHC&amp;VTLT" from e-signature stamps
    text = _rejoin_broken_numbers(clean_display(text))
    all_lines = _lines(text)
    head = _lines(_MOTTO.sub("\n", "\n".join(all_lines[:HEAD])))
    lines = head + all_lines[HEAD:]
    props = _properties(lines)
    header = _parse_header(lines)

    if header is None:
        return _headerless(lines, text, source_name)

    block = _type_block(lines, header.end, header.end + 12)
    doc_type = title = None
    title_end = header.end
    title_cites: list[str] = []
    if block:
        _, title_end, doc_type, rest = block
        if rest:
            title = _proper_case(rest)
        else:
            title, title_end = _title_after(lines, title_end, allow_thuc_hien=True)
        if title and title.startswith(("Thực hiện", "Triển khai")):
            title_cites = find_numbers(title)
    subject = _subject_line(lines, header, (block[0] if block else header.end + 8))
    if subject and title is None:
        title = subject[2]
        title_end = max(title_end, subject[1])
    if doc_type is None:
        if subject:
            doc_type = "Công văn"
        elif header.symbol:
            doc_type = type_from_symbol(header.symbol, has_year=header.has_year)

    number = header.number
    if number is None and header.symbol is None and "Số hiệu" in props:
        found = NUMBER.match(props["Số hiệu"])
        number = normalise_number(found.group(0)) if found else None
        doc_type = doc_type or (type_from_number(number) if number else None)

    issuer = _parse_issuer(header.issuer_lines)
    province = None if issuer.central else (issuer.province or header.place_province)
    if province is None and not issuer.central and "Nơi ban hành" in props:
        province = canonical_province(props["Nơi ban hành"])
    if province is None and not issuer.central:
        province = _body_province(text)
    name = issuer.name
    if name in _BARE_LOCAL and province:
        name = f"{name} {level_word(province)} {province}"

    issued = header.issued
    if issued is None and header.date_line is None and "Ngày ban hành" in props:
        dm = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", props["Ngày ban hành"])
        issued = _iso(*dm.groups()) if dm else None

    if title is None and number:
        title = _database_title(lines, number)

    cites = _dedupe(title_cites + _preamble_cites(lines, title_end), number)
    meta = DocumentMeta(
        doc_type=doc_type,
        number=number,
        issuer=name,
        province=province,
        issued=issued,
        title=title,
        signer=_signer(lines),
        cites=cites,
    )
    log.debug("%s: %s", source_name or "document", meta)
    return meta


def _database_title(lines: list[str], number: str) -> str | None:
    """ "Kế hoạch 431/KH-UBND năm 2018 về nâng cao ..." (legal-database page heading) -> subject."""
    pattern = re.compile(rf"^[^\W\d_][\w ]{{0,30}}?\s{re.escape(number)}(?:\s+năm\s+\d{{4}})?\s+(?P<t>.+)$")
    for line in lines:
        m = pattern.match(line)
        if m:
            t = re.sub(r"^(?:về việc|về)\s+", "", m.group("t").strip())
            return _first_upper(t.rstrip(" ."))
    return None


def _headerless(lines: list[str], text: str, source_name: str) -> DocumentMeta:
    """A text without a document header: a programme or guide (type line on top) or a news page."""
    block = _type_block(lines, 0, 4)
    province = _body_province(text)
    if block:
        _, end, doc_type, rest = block
        title = _proper_case(rest) if rest else _title_after(lines, end, allow_thuc_hien=False)[0]
        return DocumentMeta(doc_type=doc_type, province=province, title=title,
                            signer=_signer(lines))
    report = _report(lines)
    page_title = _page_title(lines)
    if report is None:
        return DocumentMeta(province=province, title=page_title, signer=_signer(lines))
    province = report.province or province
    issuer = None
    if report.body and province:
        issuer = f"{report.body} {report.body_level} {province}"
    meta = DocumentMeta(
        doc_type=report.doc_type,
        number=report.number,
        issuer=issuer,
        province=province,
        issued=report.issued,
        title=report.title or page_title,
        signer=_signer(lines),
    )
    log.debug("%s: reported document %s", source_name or "page", meta)
    return meta
