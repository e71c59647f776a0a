"""Abbreviations of Vietnamese administrative writing, expanded both ways.

A question may say "UBND" where the document says "Ủy ban nhân dân", or the reverse.

>>> expansions("Sở TT&TT giao UBND")
['Thông tin và Truyền thông', 'Ủy ban nhân dân']
>>> abbreviations_of("kế hoạch chuyển đổi số")
['KH', 'CĐS']
>>> abbreviations_of("Sở Thông tin và Truyền thông")
['TT&TT', 'TT-TT', 'TTTT']
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.normalize import normalize, strip_accents

# abbreviation -> full form. Several spellings of one abbreviation map to the same form.
ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "TT&TT": "Thông tin và Truyền thông",
    "TTTT": "Thông tin và Truyền thông",
    "TT-TT": "Thông tin và Truyền thông",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "KHĐT": "Kế hoạch và Đầu tư",
    "KH&CN": "Khoa học và Công nghệ",
    "KHCN": "Khoa học và Công nghệ",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN&MT": "Nông nghiệp và Môi trường",
    "NNMT": "Nông nghiệp và Môi trường",
    "TN&MT": "Tài nguyên và Môi trường",
    "TNMT": "Tài nguyên và Môi trường",
    "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "VHTT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "GTVT": "Giao thông vận tải",
    "CNTT": "công nghệ thông tin",
    "CNTT-TT": "công nghệ thông tin - truyền thông",
    "TTHC": "thủ tục hành chính",
    "DVC": "dịch vụ công",
    "DVCTT": "dịch vụ công trực tuyến",
    "CCHC": "cải cách hành chính",
    "CĐS": "chuyển đổi số",
    "ATTT": "an toàn thông tin",
    "CQNN": "cơ quan nhà nước",
    "CQĐT": "chính quyền điện tử",
    "CSDL": "cơ sở dữ liệu",
    "HTTT": "hệ thống thông tin",
    "CBCCVC": "cán bộ, công chức, viên chức",
    "CBCC": "cán bộ, công chức",
    "KT-XH": "kinh tế - xã hội",
    "KTXH": "kinh tế - xã hội",
    "ĐVHC": "đơn vị hành chính",
    "NSNN": "ngân sách nhà nước",
    "VPCP": "Văn phòng Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "NĐ-CP": "Nghị định Chính phủ",
    "NQ-CP": "Nghị quyết Chính phủ",
    "QĐ-TTg": "Quyết định Thủ tướng Chính phủ",
    "KH": "kế hoạch",
    "QĐ": "quyết định",
    "CV": "công văn",
    "BC": "báo cáo",
    "CT": "chỉ thị",
    "TB": "thông báo",
    "TTr": "tờ trình",
    "NQ": "nghị quyết",
    "NĐ": "nghị định",
    "TT": "thông tư",
    "HD": "hướng dẫn",
    "V/v": "về việc",
    "VP": "văn phòng",
    "TP": "thành phố",
}

_BOUNDARY = r"(?<![\w&/-]){}(?![\w&/-])"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Case-sensitive patterns for abbreviations (they are written in capitals), longest first."""
    out = []
    for abbr in sorted(ABBREVIATIONS, key=len, reverse=True):
        out.append((re.compile(_BOUNDARY.format(re.escape(abbr))), ABBREVIATIONS[abbr]))
    return out


@lru_cache(maxsize=1)
def _full_forms() -> list[tuple[re.Pattern[str], str]]:
    """Accent-free, case-insensitive patterns of the full forms -> all their abbreviations."""
    forms: dict[str, list[str]] = {}
    for abbr, full in ABBREVIATIONS.items():
        forms.setdefault(strip_accents(normalize(full)).lower(), []).append(abbr)
    return [
        (re.compile(r"(?<!\w)" + re.escape(full).replace(r"\ ", r"\s+") + r"(?!\w)"), abbr)
        for full, abbrs in sorted(forms.items(), key=lambda kv: len(kv[0]), reverse=True)
        for abbr in abbrs
    ]


def expansions(text: str) -> list[str]:
    """Full forms of the abbreviations that occur in ``text`` (in order, no repeats)."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern, full in _patterns():
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), full))
    out: list[str] = []
    for _, full in sorted(found):
        if full not in out:
            out.append(full)
    return out


def abbreviations_of(text: str) -> list[str]:
    """Abbreviations whose full form occurs in ``text`` (accents and case ignored)."""
    folded = strip_accents(normalize(text)).lower()
    found: list[tuple[int, str]] = []
    for pattern, abbr in _full_forms():
        for m in pattern.finditer(folded):
            found.append((m.start(), abbr))
    out: list[str] = []
    for _, abbr in sorted(found):
        if abbr not in out:
            out.append(abbr)
    return out


def expand_inline(text: str) -> str:
    """``text`` with each abbreviation replaced by its full form (for dense models)."""
    for pattern, full in _patterns():
        text = pattern.sub(full, text)
    return text
