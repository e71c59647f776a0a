"""Vietnam's provinces and centrally-run cities: names, variants and a fast finder.

Two lists: the 63 units before the 2025 merger and the 34 after it (Resolution 202/2025/QH15,
in force 1 July 2025). A name is kept as written in the document ("Đắk Nông" stays "Đắk Nông");
:data:`MERGED_INTO` says which post-2025 unit an old province became part of.

The finder accepts tone-mark variants ("Thanh Hoá"), accent-free spellings ("Dak Nong"), the
"TP.HCM" family and common alternative spellings ("Đăk Lăk", "Bắc Cạn").

>>> find_provinces("UBND tỉnh Đắk Nông và TP.HCM, Thanh Hoá")
[(10, 18, 'Đắk Nông'), (22, 28, 'Hồ Chí Minh'), (30, 39, 'Thanh Hóa')]
>>> canonical_province("Thành phố Hồ Chí Minh"), canonical_province("tinh dak nong")
('Hồ Chí Minh', 'Đắk Nông')
>>> find_provinces("hòa bình và ổn định")  # lower case is a common noun, not the province
[]
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ingest.normalize import clean_display, normalize, strip_accents

# Centrally-run cities ("thành phố trực thuộc Trung ương"); everything else is a "tỉnh".
CITIES_BEFORE_2025 = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
CITIES_2025 = ("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ")

PROVINCES_BEFORE_2025: tuple[str, ...] = CITIES_BEFORE_2025 + (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
    "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk",
    "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh",
    "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
    "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)

PROVINCES_2025: tuple[str, ...] = CITIES_2025 + (
    "An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp",
    "Gia Lai", "Hà Tĩnh", "Hưng Yên", "Khánh Hòa", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai",
    "Nghệ An", "Ninh Bình", "Phú Thọ", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sơn La",
    "Tây Ninh", "Thái Nguyên", "Thanh Hóa", "Tuyên Quang", "Vĩnh Long",
)

# Old province -> the post-2025 unit it was merged into (units that kept their name map to
# themselves only when they absorbed others; unchanged units are absent).
MERGED_INTO: dict[str, str] = {
    "Hà Giang": "Tuyên Quang", "Yên Bái": "Lào Cai", "Bắc Kạn": "Thái Nguyên",
    "Vĩnh Phúc": "Phú Thọ", "Hòa Bình": "Phú Thọ", "Bắc Giang": "Bắc Ninh",
    "Thái Bình": "Hưng Yên", "Hải Dương": "Hải Phòng", "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình", "Quảng Bình": "Quảng Trị", "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi", "Bình Định": "Gia Lai", "Ninh Thuận": "Khánh Hòa",
    "Đắk Nông": "Lâm Đồng", "Bình Thuận": "Lâm Đồng", "Phú Yên": "Đắk Lắk",
    "Bà Rịa - Vũng Tàu": "Hồ Chí Minh", "Bình Dương": "Hồ Chí Minh", "Bình Phước": "Đồng Nai",
    "Long An": "Tây Ninh", "Sóc Trăng": "Cần Thơ", "Hậu Giang": "Cần Thơ",
    "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long", "Tiền Giang": "Đồng Tháp",
    "Bạc Liêu": "Cà Mau", "Kiên Giang": "An Giang", "Thừa Thiên Huế": "Huế",
}

ALL_PROVINCES: tuple[str, ...] = tuple(sorted(set(PROVINCES_BEFORE_2025) | set(PROVINCES_2025)))

# Cities and towns below the province that questions name as places ("thời tiết Đà Lạt", "Hiệp
# hội Nước mắm Phan Thiết"), with the pre-2025 province each lay in. Only names that are no
# province's, no person's and no common phrase.
TOWNS: dict[str, str] = {
    "Đà Lạt": "Lâm Đồng", "Bảo Lộc": "Lâm Đồng", "Phan Thiết": "Bình Thuận", "Mũi Né": "Bình Thuận",
    "Nha Trang": "Khánh Hòa", "Cam Ranh": "Khánh Hòa", "Phan Rang": "Ninh Thuận",
    "Vũng Tàu": "Bà Rịa - Vũng Tàu", "Côn Đảo": "Bà Rịa - Vũng Tàu", "Buôn Ma Thuột": "Đắk Lắk",
    "Pleiku": "Gia Lai", "Quy Nhơn": "Bình Định", "Tuy Hòa": "Phú Yên", "Hạ Long": "Quảng Ninh",
    "Móng Cái": "Quảng Ninh", "Cẩm Phả": "Quảng Ninh", "Uông Bí": "Quảng Ninh", "Sa Pa": "Lào Cai",
    "Mù Cang Chải": "Yên Bái", "Hội An": "Quảng Nam", "Tam Kỳ": "Quảng Nam", "Đồng Hới": "Quảng Bình",
    "Đông Hà": "Quảng Trị", "Sầm Sơn": "Thanh Hóa", "Cửa Lò": "Nghệ An", "Việt Trì": "Phú Thọ",
    "Biên Hòa": "Đồng Nai", "Thủ Dầu Một": "Bình Dương", "Mỹ Tho": "Tiền Giang", "Rạch Giá": "Kiên Giang",
    "Phú Quốc": "Kiên Giang", "Hà Tiên": "Kiên Giang", "Châu Đốc": "An Giang", "Long Xuyên": "An Giang",
    "Cao Lãnh": "Đồng Tháp", "Sa Đéc": "Đồng Tháp", "Điện Biên Phủ": "Điện Biên", "Vĩnh Yên": "Vĩnh Phúc",
    "Cát Bà": "Hải Phòng", "Đồ Sơn": "Hải Phòng",
}
# Town names whose letters, typed without diacritics, also spell common words ("cua lo dat": của lô đất)
_TOWNS_ACCENTED_ONLY = frozenset({"Hội An", "Cửa Lò"})

# Spellings seen in real documents besides the canonical one and its accent-free form.
_ALIASES: dict[str, tuple[str, ...]] = {
    "Hồ Chí Minh": ("TP.HCM", "TP. HCM", "TP HCM", "TPHCM", "Tp.HCM", "TP.Hồ Chí Minh"),
    "Đắk Lắk": ("Đăk Lăk", "Đắk Lăk", "Đắc Lắc", "Daklak", "Đaklak"),
    "Đắk Nông": ("Đăk Nông", "Đắc Nông", "Daknong", "Đaknong"),
    "Kon Tum": ("Kontum",),
    "Bắc Kạn": ("Bắc Cạn",),
    "Thừa Thiên Huế": ("Thừa Thiên - Huế",),
    "Bà Rịa - Vũng Tàu": ("BR-VT", "Bà Rịa Vũng Tàu"),
}

# Words that make "Hồ Chí Minh" a person or a road rather than the city.
_HCM_NOT_CITY = re.compile(
    r"(?:chủ tịch|tư tưởng|đường|bác|lăng|cộng sản|phong cách|đạo đức|tấm gương|học viện|"
    r"hồ chủ tịch|trường sơn -|chiến dịch)\s*$",
    re.IGNORECASE,
)
# "tỉnh", "thành phố", "TP." before a name, for canonical_province().
_LEVEL_PREFIX = re.compile(r"^(?:tỉnh|tinh|thành phố|thanh pho|tp\.?|t\.p\.?)\s*", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")


def _key(name: str) -> str:
    """Comparison key: words of the normalised, lower-cased name ("Thanh Hoá" -> "thanh hóa")."""
    return " ".join(_WORD.findall(normalize(name).lower()))


def _tone_variants(name: str) -> set[str]:
    """The name with both tone-mark placements: "Thanh Hóa" and "Thanh Hoá"."""
    swaps = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
             "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}
    alt = name
    for old, new in swaps.items():
        alt = alt.replace(old, new)
    return {name, alt}


def _pattern(form: str) -> str:
    """Regex for one written form: flexible spaces and dashes between words."""
    parts = re.split(r"\s*[-–]\s*|\s+", form)
    if len(parts) == 1:
        return re.escape(form)
    seps = re.findall(r"\s*[-–]\s*|\s+", form)
    out = re.escape(parts[0])
    for sep, part in zip(seps, parts[1:]):
        out += (r"\s*[-–]?\s*" if "-" in sep or "–" in sep else r"\s+") + re.escape(part)
    return out


def _finder(forms: Iterable[str]) -> re.Pattern[str]:
    """One regex for all written ``forms`` as whole words, the longest tried first."""
    alternation = "|".join(_pattern(f) for f in sorted(set(forms), key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    accented: dict[str, str] = {}
    folded: dict[str, str] = {}
    forms: set[str] = set()
    for name in ALL_PROVINCES:
        for form in {name, *_ALIASES.get(name, ())}:
            for variant in _tone_variants(form):
                forms.add(variant)
                accented[_key(variant)] = name
                bare = strip_accents(variant)
                forms.add(bare)
                folded[_key(bare)] = name
    return _finder(forms), accented, folded


def _lookup(matched: str, context: str) -> str | None:
    """Canonical name for a match; accent-free spellings only count in accent-free text
    ("Lê Quang Nam" is a person, "tinh quang nam" a province)."""
    _, accented, folded = _tables()
    key = _key(matched)
    if strip_accents(matched) == matched:
        if key in accented:
            return accented[key]
        return folded.get(key) if strip_accents(context) == context else None
    return accented.get(key)


def _capitalised(matched: str) -> bool:
    """Every word starts with a capital ("Sơn La", "SƠN LA", "TP.HCM"), as a proper name does."""
    return all(w[0].isupper() for w in _WORD.findall(matched))


def find_provinces(text: str, *, strict_case: bool = True) -> list[tuple[int, int, str]]:
    """Spans of province names in ``text`` with their canonical names, in order.

    With ``strict_case`` (documents) a name must be capitalised; pass ``strict_case=False`` for
    user queries typed in lower case. "Hồ Chí Minh" after "Chủ tịch", "tư tưởng", "Đường" ...
    is a person or a road and is skipped.

    >>> find_provinces("kế hoạch của tỉnh sơn la", strict_case=False)
    [(18, 24, 'Sơn La')]
    >>> find_provinces("Tư tưởng Hồ Chí Minh; Đường Hồ Chí Minh")
    []
    """
    regex, _, _ = _tables()
    found: list[tuple[int, int, str]] = []
    for m in regex.finditer(text):
        matched = m.group(0)
        if strict_case and not _capitalised(matched):
            continue
        name = _lookup(matched, text[max(0, m.start() - 30): m.end() + 30])
        if name is None:
            continue
        if name == "Hồ Chí Minh" and _HCM_NOT_CITY.search(text[max(0, m.start() - 20): m.start()]):
            continue
        found.append((m.start(), m.end(), name))
    return found


@lru_cache(maxsize=1)
def _town_tables() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for town in TOWNS:
        for variant in _tone_variants(town):
            names[_key(variant)] = town
            if town not in _TOWNS_ACCENTED_ONLY:
                names[_key(strip_accents(variant))] = town
    return _finder(f for town in TOWNS for v in _tone_variants(town) for f in (v, strip_accents(v))), names


def find_towns(text: str, *, strict_case: bool = True) -> list[str]:
    """The towns of :data:`TOWNS` that ``text`` names, in order, each once. With ``strict_case``
    (documents) a name must be capitalised; a name typed without diacritics counts in text typed
    without them ("thoi tiet da lat"), not in text that has them ("đá lát").

    >>> find_towns("dự báo thời tiết Đà Lạt và Nha Trang"), find_towns("thoi tiet da lat", strict_case=False)
    (['Đà Lạt', 'Nha Trang'], ['Đà Lạt'])
    >>> find_towns("lát đá lát vỉa hè"), find_towns("gia tri cua lo dat", strict_case=False)
    ([], [])
    """
    regex, names = _town_tables()
    accentless = strip_accents(text) == text
    found: list[str] = []
    for m in regex.finditer(text):
        matched = m.group(0)
        if strict_case and not _capitalised(matched):
            continue
        town = names.get(_key(matched))
        if town and strip_accents(matched) == matched != town and not accentless:
            continue  # its diacritics left off in text that has them: another word ("đá lát")
        if town and town not in found:
            found.append(town)
    return found


# Foreign countries a question may name ("tổng thống Mỹ", "luật lao động Nhật Bản").
COUNTRIES = ("Mỹ", "Hoa Kỳ", "Pháp", "Nhật Bản", "Hàn Quốc", "Trung Quốc", "Thái Lan", "Campuchia", "Singapore",
             "Ấn Độ", "Indonesia", "Malaysia", "Philippines", "Thụy Điển", "Australia", "Canada")
_NEIGHBOUR = 30  # characters around a one-word country name read for the words beside it
_COUNTRY = re.compile(rf"(?<![^\W_])(?:{'|'.join(sorted(map(re.escape, COUNTRIES), key=len, reverse=True))})(?![^\W_])")
_COUNTRY_WORDS = frozenset({"Mỹ", "Pháp"})  # also words of their own in lower case ("mỹ thuật", "pháp luật")
# without diacritics, other words ("thuy dien": thủy điện; "lan thu nhat ban chi dao": thứ nhất ban)
_COUNTRIES_ACCENTED_ONLY = frozenset({"Thụy Điển", "Ấn Độ", "Nhật Bản"})
_COUNTRY_ANY_CASE = re.compile(_COUNTRY.pattern, re.IGNORECASE)
_COUNTRY_NAMES = {name.lower(): name for name in COUNTRIES}
_FOLDED_COUNTRIES = {strip_accents(n).lower(): n for n in COUNTRIES if n not in _COUNTRY_WORDS | _COUNTRIES_ACCENTED_ONLY}
_COUNTRY_FOLDED = re.compile(rf"(?<![^\W_])(?:{'|'.join(sorted(map(re.escape, _FOLDED_COUNTRIES), key=len, reverse=True))})(?![^\W_])")


def find_countries(text: str, *, strict_case: bool = True) -> list[str]:
    """The foreign countries ``text`` names, in order, each once: capitalised and with their
    diacritics; with ``strict_case=False`` (a question, typed in lower case or without
    diacritics) in any case and, but for those that need them, without diacritics, except the
    names that are ordinary words in lower case. A one-word name must not run on from a
    Vietnamese name's capitalised words ("Mỹ Tho", "Ca sĩ Mỹ Tâm", "Trần Thị Mỹ").

    >>> find_countries("Ai thắng cuộc bầu cử tổng thống Mỹ? Hội Ái hữu Pháp ngữ; luật Nhật Bản")
    ['Mỹ', 'Pháp', 'Nhật Bản']
    >>> find_countries("Ca sĩ Mỹ Tâm về Mỹ Tho; bà Trần Thị Mỹ; phương pháp mới")
    []
    >>> find_countries("luật lao động nhật bản, du lich thai lan, mỹ thuật, thuy dien, thứ nhất ban", strict_case=False)
    ['Nhật Bản', 'Thái Lan']
    """
    if strict_case:
        matches = [(m.start(), m.end(), m.group(0)) for m in _COUNTRY.finditer(text)]
    else:
        folded = strip_accents(text).lower()  # as long as the text (one letter per letter)
        matches = sorted([(m.start(), m.end(), _COUNTRY_NAMES[m.group(0).lower()])
                          for m in _COUNTRY_ANY_CASE.finditer(text)
                          if m.group(0) in _COUNTRY_WORDS or _COUNTRY_NAMES[m.group(0).lower()] not in _COUNTRY_WORDS] +
                         [(m.start(), m.end(), _FOLDED_COUNTRIES[m.group(0)]) for m in _COUNTRY_FOLDED.finditer(folded)
                          if text[m.start():m.end()].lower() == m.group(0)])  # typed without diacritics
    found: list[str] = []
    for start, end, name in matches:
        if " " not in name:
            around = text[max(0, start - _NEIGHBOUR):start].split()[-1:] + text[end:end + _NEIGHBOUR].split()[:1]
            if any(w[:1].isupper() for w in around):
                continue
        if name not in found:
            found.append(name)
    return found


def find_places(text: str, *, strict_case: bool = True) -> list[str]:
    """The towns (see :func:`find_towns`) and foreign countries ``text`` names."""
    return find_towns(text, strict_case=strict_case) + find_countries(text, strict_case=strict_case)


def place_provinces(place: str) -> set[str]:
    """The provinces a town of :data:`TOWNS` lies in, before and after the 2025 merger (none for
    a country)."""
    return with_successors([TOWNS[place]]) if place in TOWNS else set()


def canonical_province(name: str) -> str | None:
    """The canonical name for one written province name, or None.

    Accepts "tỉnh"/"thành phố"/"TP." prefixes, any case, tone variants and accent-free forms.

    >>> canonical_province("TỈNH THANH HOÁ"), canonical_province("TP. Hồ Chí Minh")
    ('Thanh Hóa', 'Hồ Chí Minh')
    >>> canonical_province("Phan Thiết") is None
    True
    """
    full = clean_display(name).strip(" .,;:")
    for text in (full, _LEVEL_PREFIX.sub("", full).strip()):  # "TP.HCM" is itself a name
        spans = find_provinces(text, strict_case=False)
        if len(spans) == 1 and spans[0][0] == 0 and spans[0][1] == len(text):
            return spans[0][2]
    return None


def with_successors(names: Iterable[str]) -> set[str]:
    """``names`` and the post-2025 units those merged into became part of: a 2025 letter about a
    road "đoạn qua Nam Định, Thái Bình" concerns today's Ninh Bình and Hưng Yên.

    >>> sorted(with_successors(["Thái Bình", "Sơn La"]))
    ['Hưng Yên', 'Sơn La', 'Thái Bình']
    """
    names = set(names)
    return names | {MERGED_INTO[n] for n in names if n in MERGED_INTO}


def is_city(name: str) -> bool:
    """True for centrally-run cities (before or after 2025): "thành phố" rather than "tỉnh"."""
    return name in CITIES_BEFORE_2025 or name in CITIES_2025


def level_word(name: str) -> str:
    """ "thành phố" for centrally-run cities, else "tỉnh"."""
    return "thành phố" if is_city(name) else "tỉnh"
