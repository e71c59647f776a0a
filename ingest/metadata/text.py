"""The text as lines, the shapes of the lines every part looks for, and letter case.

Header columns may arrive as separate lines, glued on one line (PDF text layers) or as
"|"-separated table cells (web pages); :func:`split_lines` makes lines of all three. Lines
written in capitals are put in sentence case for display by :func:`proper_case`.
"""
from __future__ import annotations

import re

from ingest.normalize import is_syllable, strip_accents
from ingest.provinces import find_provinces

NUMBER_LINE = re.compile(r"^S[ốỐ]\s*(?::|\.(?=\s)|(?=\s*[\d/….]))\s*(?P<rest>.*)$")
VV_LINE = re.compile(r"^(?:V/v|V/V|Vv\b|Về việc\b)")
PREAMBLE = re.compile(r"^(?:Căn cứ|Thực hiện|Triển khai)\b")

# Signing authority above the preamble or in the signature block.
AUTHORITY = re.compile(
    r"^(?:(?:KT|TM|TL|TUQ|Q|PP)\.\s*)?(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|UBND|"
    r"HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|(?:TỔNG\s+)?GIÁM\s+ĐỐC|CỤC\s+TRƯỞNG|"
    r"TRƯỞNG\s+BAN|TỔ\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|VĂN\s+PHÒNG\s+CHÍNH\s+PHỦ|CHỦ\s+NHIỆM|"
    r"HIỆU\s+TRƯỞNG|THỨ\s+TRƯỞNG|VỤ\s+TRƯỞNG|CHÁNH\s+THANH\s+TRA)\b"
)
_DECORATION = re.compile(r"^[\s\-_=*.…·~–—]+$")
_GLUED_PREAMBLE = re.compile(r"\s(?=(?:Căn cứ|Thực hiện|Theo đề nghị|Xét)\b)")

# Common Vietnamese family names: a signer's name starts with one of them.
SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm Mai "
    "Trịnh Trương Lương Cao Hà Tạ Tô Châu Quách Lưu La Thái Kiều Nông Lò Cầm Triệu Đào Đồng Phùng "
    "Chu Lại Âu Ông Khổng Khúc Kim Tăng Từ Vương Thân Tôn Diệp Giang Hầu Hứa Lạc Mạc Mạnh Nghiêm "
    "Ninh Phí Quan Sầm Thạch Tống Trang Trình Tiêu Ung Vi Đậu Bạch Biện Cù Doãn Hàn Khuất Lã Lục "
    "Mẫn Nhữ Thiều Tòng Viên Vàng Giàng Sùng Đàm Văn Lò Quàng Hoàng Lục Bế Hoàng Ma Mông Lường "
    "Vì Xa Điêu Nhâm Phó Thào Hờ Tráng Sái Tiết Kha Âu Yên Lữ Lư Tất Ngọ Đường".split()
)


def split_lines(text: str) -> list[str]:
    """Non-empty lines; "|"-separated table cells become lines of their own, and a capitals
    line glued to the preamble ("... TỈNH CAO BẰNG Căn cứ Luật ...") is split."""
    out: list[str] = []
    for raw in text.split("\n"):
        for cell in raw.split("|") if "|" in raw else (raw,):
            cell = " ".join(cell.split())
            if not cell or _DECORATION.match(cell):
                continue
            m = _GLUED_PREAMBLE.search(cell)
            if m and len(cell[: m.start()].split()) >= 2 and is_upper(cell[: m.start()]):
                out.extend((cell[: m.start()], cell[m.end():]))
            else:
                out.append(cell)
    return out


def is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 2:
        return False
    return sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def rejoin_broken_numbers(text: str) -> str:
    """ "8240/SNNMT-" + newline + "VPĐK" -> "8240/SNNMT-VPĐK" (a PDF line break inside a number)."""
    return re.sub(r"(?<=[0-9A-ZĐ][/-])[ \t]*\n[ \t]*(?=[A-ZĐ][A-ZĐa-z0-9&]*[-/\s;,.)])", "", text)


def first_upper(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# A person named after a title in a sentence-cased line: "Thủ tướng Chính phủ phạm minh chính".
_PERSON_AFTER_TITLE = re.compile(
    r"(?<!\w)((?:Thủ tướng Chính phủ|Thủ tướng|đồng chí|bộ trưởng|chủ tịch)\s+)"
    r"((?:[^\W\d_]+\s+){1,3}[^\W\d_]+)"
)
_NOT_IN_NAME = frozenset("tại về với và trong khi đã làm của cho - trưởng ban chỉ đạo kiểm tra".split())


def _capitalise_person(m: re.Match[str]) -> str:
    words = m.group(2).split()
    if not words or words[0].capitalize() not in SURNAMES:
        return m.group(0)
    n = 1
    while n < len(words) and words[n] not in _NOT_IN_NAME and is_syllable(words[n]):
        n += 1
    if n < 2:
        return m.group(0)
    name = " ".join(w.capitalize() for w in words[:n])
    return m.group(1) + " ".join([name, *words[n:]])


def proper_case(text: str, *, cap_first: bool = True) -> str:
    """Sentence case for a line written in capitals, keeping abbreviations and place names.

    >>> proper_case("KẾ HOẠCH PHÁT TRIỂN 5G, INTERNET VẠN VẬT (IOT) TỈNH ĐẮK LẮK")
    'Kế hoạch phát triển 5G, internet vạn vật (IOT) tỉnh Đắk Lắk'
    """
    if not is_upper(text):
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
    return first_upper(out) if cap_first else out
