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

from ingest.metadata.issuer import DEPARTMENT_CODES
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
    "TĐKT": "Thi đua - Khen thưởng",
    "DT&TG": "Dân tộc và Tôn giáo",
    "DTTG": "Dân tộc và Tôn giáo",
    # provincial departments as their document symbols write them ("1364/SNV-TCBC")
    **DEPARTMENT_CODES,
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
    "NSTW": "ngân sách trung ương",
    "NSĐP": "ngân sách địa phương",
    "VPCP": "Văn phòng Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "PTTg": "Phó Thủ tướng",
    "PTTgCP": "Phó Thủ tướng Chính phủ",
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
    "Cty": "Công ty",
    # sectors and programmes
    "PCCC": "phòng cháy, chữa cháy",
    "CNCH": "cứu nạn, cứu hộ",
    "PCTT": "phòng, chống thiên tai",
    "TKCN": "tìm kiếm cứu nạn",
    "PCMT": "phòng, chống ma túy",
    "ATGT": "an toàn giao thông",
    "VSATTP": "vệ sinh an toàn thực phẩm",
    "ATTP": "an toàn thực phẩm",
    "ATVSLĐ": "an toàn, vệ sinh lao động",
    "PTTH": "Phát thanh - Truyền hình",  # "Báo và PTTH", "Đài PT-TH"
    "PT-TH": "Phát thanh - Truyền hình",
    "PT&TH": "Phát thanh - Truyền hình",
    "BHXH": "bảo hiểm xã hội",
    "BHYT": "bảo hiểm y tế",
    "BHTN": "bảo hiểm thất nghiệp",
    "BV": "bệnh viện",
    "ĐH": "đại học",
    "THPT": "trung học phổ thông",
    "THCS": "trung học cơ sở",
    "GDNN": "giáo dục nghề nghiệp",
    "NTM": "nông thôn mới",
    "MTQG": "mục tiêu quốc gia",
    "CTMTQG": "chương trình mục tiêu quốc gia",
    "GPMB": "giải phóng mặt bằng",
    "TĐC": "tái định cư",
    "QSDĐ": "quyền sử dụng đất",
    "ĐTC": "đầu tư công",
    "XDCB": "xây dựng cơ bản",
    "VLXD": "vật liệu xây dựng",
    "DN": "doanh nghiệp",
    "DNNVV": "doanh nghiệp nhỏ và vừa",
    "HTX": "hợp tác xã",
    "KCN": "khu công nghiệp",
    "CCN": "cụm công nghiệp",
    "SXKD": "sản xuất kinh doanh",
    "HCC": "hành chính công",
    "TTĐT": "thông tin điện tử",
    "CTTĐT": "Cổng thông tin điện tử",
    "BCĐ": "Ban Chỉ đạo",
    "ĐTXHH": "điều tra xã hội học",
    # law and order
    "PBGDPL": "phổ biến, giáo dục pháp luật",
    "TGPL": "trợ giúp pháp lý",
    "VPHC": "vi phạm hành chính",
    "QPPL": "quy phạm pháp luật",
    "VBQPPL": "văn bản quy phạm pháp luật",
    "ANTT": "an ninh, trật tự",
    "TTATXH": "trật tự, an toàn xã hội",
    "BTXH": "bảo trợ xã hội",
    "NHCSXH": "Ngân hàng Chính sách xã hội",
    "CSĐT": "cảnh sát điều tra",
    # positions
    "PGĐ": "Phó Giám đốc",
    "GĐ": "Giám đốc",
    "PCT": "Phó Chủ tịch",
    "BCH": "Ban Chấp hành",
    "LHTN": "Liên hiệp Thanh niên",
    "ĐBQH": "đại biểu Quốc hội",
    "TW": "Trung ương",
    "QLNN": "quản lý nhà nước",
    "CSGT": "cảnh sát giao thông",
    # national indices, named in English as often as in Vietnamese
    "PAR Index": "Chỉ số cải cách hành chính",
    "PAR INDEX": "Chỉ số cải cách hành chính",
    "SIPAS": "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
    "PAPI": "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh",
    "PCI": "Chỉ số năng lực cạnh tranh cấp tỉnh",
    "DDCI": "Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương",
    "DTI": "Chỉ số chuyển đổi số",
}

_BOUNDARY = r"(?<![\w&/-]){}(?![\w&/-])"


# "GĐ" typed without its stroke is "GD", which alone means giáo dục as often as giám đốc
_FOLDED_AMBIGUOUS = frozenset({"GD"})


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Case-sensitive patterns for abbreviations (they are written in capitals), longest first;
    those with "Đ" also as typed without it ("PGD thuong truc", "QD 48/2025")."""
    forms = dict(ABBREVIATIONS)
    for abbr, full in ABBREVIATIONS.items():
        folded = strip_accents(abbr)
        if folded != abbr and folded not in ABBREVIATIONS and folded not in _FOLDED_AMBIGUOUS:
            forms[folded] = full
    return [(re.compile(_BOUNDARY.format(re.escape(abbr))), forms[abbr]) for abbr in sorted(forms, key=len, reverse=True)]


@lru_cache(maxsize=1)
def _full_forms() -> list[tuple[str, re.Pattern[str], list[str]]]:
    """Accent-free, case-insensitive patterns of the full forms, longest first, with the first
    word of each (a cheap test before the pattern) and all their abbreviations."""
    forms: dict[str, list[str]] = {}
    for abbr, full in ABBREVIATIONS.items():
        forms.setdefault(strip_accents(normalize(full)).lower(), []).append(abbr)
    out = []
    for full, abbrs in sorted(forms.items(), key=lambda kv: len(kv[0]), reverse=True):
        words = re.findall(r"[\w&/]+", full)
        # words joined by any spacing and punctuation: "phòng, chống ma túy" = "phòng chống ma túy"
        out.append((words[0], re.compile(r"(?<!\w)" + r"[\s,–-]+".join(map(re.escape, words)) + r"(?!\w)"), abbrs))
    return out


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
    present = set(re.findall(r"[\w&/]+", folded))
    for first, pattern, abbrs in _full_forms():
        if first in present:
            for m in pattern.finditer(folded):
                found += [(m.start(), abbr) for abbr in abbrs]
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
