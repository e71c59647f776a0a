"""A gazetteer of Vietnamese government bodies: canonical names, aliases and a tolerant matcher.

Matching works on accent-free, lower-cased word sequences in which "và"/"&" are optional and
commas or hyphens between words are ignored, so "Sở TT&TT", "Sở Thông tin - Truyền thông" and
"SỞ THÔNG TIN VÀ TRUYỀN THÔNG" are one body. Words damaged by web extraction (letters such as
"ở", "ề" dropped: "S Tài chính", "S Thông tin Truyn thông") still match when at least two
words of the name are intact and outnumber the damaged ones.

>>> [(m.mention, m.canonical) for m in find_agencies("Giao Sở TT&TT chủ trì, phối hợp với S Tài chính")]
[('Sở TT&TT', 'Sở Thông tin và Truyền thông'), ('S Tài chính', 'Sở Tài chính')]
>>> canonical_agency("UBND các huyện, thành phố")
'Ủy ban nhân dân cấp huyện'
>>> canonical_agency("UBND tỉnh", province="Sơn La")
'Ủy ban nhân dân tỉnh Sơn La'
>>> canonical_agency("Giáo dục Đào tạo", bare=True)
'Sở Giáo dục và Đào tạo'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.facts.text import fold, is_damaged_form, squash

__all__ = [
    "AgencyMatch",
    "agency_aliases",
    "bare_agency_at",
    "base_agency",
    "canonical_agency",
    "expand_agency",
    "find_agencies",
    "organisation_label",
]


@dataclass(frozen=True, slots=True)
class AgencyMatch:
    start: int
    end: int
    mention: str  # as written
    canonical: str


# --- the gazetteer ---------------------------------------------------------------------------
# (canonical, aliases). Aliases with "Ủy ban nhân dân"/"Hội đồng nhân dân" also get their
# "UBND"/"HĐND" forms; every "... tỉnh" name also matches "... Thành phố" (centrally run cities).

_CENTRAL: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Chính phủ", ()),
    ("Thủ tướng Chính phủ", ("Thủ tướng",)),
    ("Văn phòng Chính phủ", ("VPCP",)),
    ("Thanh tra Chính phủ", ()),
    ("Bộ Chính trị", ()),
    ("Ban Bí thư", ()),
    ("Quốc hội", ()),
    ("Bộ Thông tin và Truyền thông", ("Bộ TT&TT", "Bộ TTTT", "Bộ Thông tin - Truyền thông")),
    ("Bộ Nội vụ", ()),
    ("Bộ Tài chính", ()),
    ("Bộ Công an", ()),
    ("Bộ Quốc phòng", ()),
    ("Bộ Ngoại giao", ()),
    ("Bộ Tư pháp", ()),
    ("Bộ Kế hoạch và Đầu tư", ("Bộ KH&ĐT", "Bộ KHĐT")),
    ("Bộ Công Thương", ()),
    ("Bộ Nông nghiệp và Phát triển nông thôn", ("Bộ NN&PTNT", "Bộ NNPTNT")),
    ("Bộ Nông nghiệp và Môi trường", ("Bộ NN&MT", "Bộ NNMT")),
    ("Bộ Tài nguyên và Môi trường", ("Bộ TN&MT", "Bộ TNMT")),
    ("Bộ Xây dựng", ()),
    ("Bộ Giao thông vận tải", ("Bộ GTVT",)),
    ("Bộ Giáo dục và Đào tạo", ("Bộ GD&ĐT", "Bộ GDĐT")),
    ("Bộ Y tế", ()),
    ("Bộ Khoa học và Công nghệ", ("Bộ KH&CN", "Bộ KHCN")),
    ("Bộ Văn hóa, Thể thao và Du lịch", ("Bộ VH,TT&DL", "Bộ VHTTDL")),
    ("Bộ Lao động - Thương binh và Xã hội", ("Bộ LĐ-TB&XH", "Bộ LĐTBXH")),
    ("Bộ Dân tộc và Tôn giáo", ("Bộ DTTG", "Bộ DT&TG")),
    ("Ủy ban Dân tộc", ()),
    ("Ngân hàng Nhà nước Việt Nam", ("Ngân hàng Nhà nước",)),
    ("Bảo hiểm xã hội Việt Nam", ()),
    ("Kiểm toán Nhà nước", ()),
    ("Tập đoàn Viettel", ("Tập đoàn Công nghiệp - Viễn thông Quân đội",)),
    ("Tập đoàn VNPT", ("Tập đoàn Bưu chính Viễn thông Việt Nam",)),
    ("Tổng công ty Bưu điện Việt Nam", ()),
)

# Departments of a province (Sở ...): canonical, aliases; the bare name ("Giáo dục và Đào tạo")
# is accepted only where the caller asks for it (an "X: tasks" line among other agencies).
_DEPARTMENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Sở Thông tin và Truyền thông", ("Sở TT&TT", "Sở TTTT", "Sở Thông tin - Truyền thông")),
    ("Sở Nội vụ", ()),
    ("Sở Tài chính", ()),
    ("Sở Tư pháp", ()),
    ("Sở Y tế", ()),
    ("Sở Giáo dục và Đào tạo", ("Sở GD&ĐT", "Sở GDĐT")),
    ("Sở Kế hoạch và Đầu tư", ("Sở KH&ĐT", "Sở KHĐT")),
    ("Sở Nông nghiệp và Phát triển nông thôn", ("Sở NN&PTNT", "Sở NNPTNT")),
    ("Sở Nông nghiệp và Môi trường", ("Sở NN&MT", "Sở NNMT")),
    ("Sở Tài nguyên và Môi trường", ("Sở TN&MT", "Sở TNMT")),
    ("Sở Khoa học và Công nghệ", ("Sở KH&CN", "Sở KHCN")),
    ("Sở Công Thương", ()),
    ("Sở Xây dựng", ()),
    ("Sở Giao thông vận tải", ("Sở GTVT", "Sở Giao thông - Vận tải")),
    ("Sở Văn hóa, Thể thao và Du lịch", ("Sở VH,TT&DL", "Sở VHTTDL", "Sở Văn hóa - Thể thao và Du lịch")),
    ("Sở Văn hóa và Thể thao", ("Sở VH&TT",)),
    ("Sở Du lịch", ()),
    ("Sở Lao động - Thương binh và Xã hội", ("Sở LĐ-TB&XH", "Sở LĐTBXH", "Sở Lao động, Thương binh và Xã hội")),
    ("Sở Dân tộc và Tôn giáo", ("Sở DTTG", "Sở DT&TG")),
    ("Sở Ngoại vụ", ()),
    ("Sở Quy hoạch - Kiến trúc", ()),
)

_PROVINCIAL: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Ủy ban nhân dân tỉnh", ("Ủy ban nhân dân cấp tỉnh",)),
    ("Hội đồng nhân dân tỉnh", ("Hội đồng nhân dân cấp tỉnh",)),
    ("Thường trực Hội đồng nhân dân tỉnh", ()),
    ("Chủ tịch Ủy ban nhân dân tỉnh", ("Chủ tịch Ủy ban nhân dân cấp tỉnh",)),
    ("Văn phòng Ủy ban nhân dân tỉnh", ("VP UBND tỉnh", "Văn phòng UBND tỉnh")),
    ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", ("Văn phòng Đoàn ĐBQH và HĐND tỉnh",)),
    ("Tỉnh ủy", ()),
    ("Công an tỉnh", ()),
    ("Bộ Chỉ huy Quân sự tỉnh", ("Bộ CHQS tỉnh",)),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", ("Bộ CH BĐBP tỉnh",)),
    ("Ban Dân tộc tỉnh", ("Ban Dân tộc",)),
    ("Thanh tra tỉnh", ()),
    ("Đài Phát thanh và Truyền hình tỉnh", ("Đài PT-TH tỉnh", "Đài PTTH tỉnh", "Đài Phát thanh - Truyền hình tỉnh")),
    ("Báo và Phát thanh, Truyền hình tỉnh", ()),
    ("Bưu điện tỉnh", ()),
    ("Viễn thông tỉnh", ()),
    ("Bảo hiểm xã hội tỉnh", ()),
    ("Kho bạc Nhà nước tỉnh", ()),
    ("Cục Thuế tỉnh", ()),
    ("Thuế tỉnh", ()),  # Cục Thuế tỉnh since the 2025 reorganisation
    ("Cục Thống kê tỉnh", ()),
    ("Thống kê tỉnh", ("Chi cục Thống kê tỉnh",)),
    ("Ngân hàng Nhà nước chi nhánh tỉnh", ()),
    ("Trung tâm Phục vụ hành chính công tỉnh", ("Trung tâm hành chính công tỉnh",)),
    ("Ban Quản lý các khu công nghiệp tỉnh", ("Ban Quản lý các KCN tỉnh", "Ban Quản lý các khu công nghiệp")),
    ("Ban Quản lý các khu chế xuất và công nghiệp tỉnh", ("Ban Quản lý các khu chế xuất và công nghiệp",)),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQVN tỉnh", "Mặt trận Tổ quốc Việt Nam tỉnh")),
    ("Tỉnh đoàn", ("Tỉnh Đoàn Thanh niên",)),
    ("Liên đoàn Lao động tỉnh", ()),
    ("Hội Nông dân tỉnh", ()),
    ("Hội Liên hiệp Phụ nữ tỉnh", ()),
    ("Hội Cựu chiến binh tỉnh", ()),
    ("Liên minh Hợp tác xã tỉnh", ()),
    ("Trường Chính trị tỉnh", ()),
    ("Viện Kiểm sát nhân dân tỉnh", ()),
    ("Tòa án nhân dân tỉnh", ()),
    ("Cục Hải quan tỉnh", ()),
)

_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Các sở, ban, ngành", (
        "các sở, ban, ngành", "sở, ban, ngành", "các sở, ngành", "các sở ban ngành tỉnh",
        "các sở, ban, ngành tỉnh", "các sở, ban, ngành cấp tỉnh", "các sở, ban, ngành, đoàn thể",
        "các sở, ban, ngành, đoàn thể tỉnh", "các sở, ban ngành", "các sở, ngành tỉnh",
        "các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "các cơ quan chuyên môn thuộc UBND tỉnh",
        "các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh", "các sở, ban, ngành thuộc tỉnh",
        "sở, ban, ngành thuộc Ủy ban nhân dân Thành phố", "các sở, ban, ngành Thành phố",
    )),
    ("Các bộ, ngành", ("các bộ, ngành", "các Bộ, ngành Trung ương", "các bộ, ngành trung ương", "các bộ, cơ quan ngang bộ")),
    ("Các cơ quan, đơn vị liên quan", (
        "các cơ quan, đơn vị có liên quan", "các cơ quan, đơn vị liên quan", "các đơn vị có liên quan",
        "các đơn vị liên quan", "các cơ quan có liên quan", "các cơ quan liên quan",
        "các cơ quan, tổ chức có liên quan", "các cơ quan, đơn vị, địa phương có liên quan",
        "các cơ quan, đơn vị, địa phương liên quan", "các sở, ngành, cơ quan liên quan",
        "các sở, ngành, đơn vị liên quan", "các sở, ngành liên quan", "các sở, ngành có liên quan",
        "các cơ quan, đơn vị, tổ chức có liên quan",
    )),
    ("Các doanh nghiệp viễn thông", ("các doanh nghiệp viễn thông", "các doanh nghiệp viễn thông trên địa bàn tỉnh", "các doanh nghiệp bưu chính, viễn thông")),
)

_NAME_AFTER_LEVEL = re.compile(r"(?:tỉnh|thành phố)$", re.IGNORECASE)


def _variants(alias: str) -> list[str]:
    out = {alias}
    for long, short in (("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND")):
        for a in list(out):
            if long in a:
                out.add(a.replace(long, short))
    return sorted(out)


def _key(text: str) -> tuple[str, ...]:
    return tuple(t for t in (fold(w) for w in _TOKEN.findall(text)) if t != "va")


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    raw: set[str] = field(default_factory=set)  # accented spellings of this node's word
    value: tuple[str, bool] | None = None  # (canonical, city_level)
    # children by the ASCII letters of their spellings: a word damaged by dropping non-ASCII
    # letters ("Truyn" for "Truyền") keeps exactly those, so candidates are one lookup away.
    by_skeleton: dict[str, list[_Node]] = field(default_factory=dict)


def _skeleton(word: str) -> str:
    return "".join(ch for ch in word if ch.isascii())


def _index_skeletons(node: _Node) -> None:
    for child in node.children.values():
        for raw in child.raw:
            bucket = node.by_skeleton.setdefault(_skeleton(raw), [])
            if child not in bucket:
                bucket.append(child)
        _index_skeletons(child)


_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# What may separate two words of one name: spaces, line breaks, commas, hyphens, "&", "và".
_GAP_OK = re.compile(r"^(?:[\s,\-–—&/]|\bvà\b|\bVÀ\b|\bVà\b)*$")


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[_Node, _Node, dict[str, tuple[str, ...]]]:
    """(main trie, bare-name trie, canonical → display aliases)."""
    root, bare = _Node(), _Node()
    aliases: dict[str, list[str]] = {}

    def insert(trie: _Node, alias: str, canonical: str, city: bool = False) -> None:
        node = trie
        for word in _TOKEN.findall(alias):
            key = fold(word)
            if key == "va":
                continue
            node = node.children.setdefault(key, _Node())
            node.raw.add(word.lower())
        if node.value is None:
            node.value = (canonical, city)

    for table in (_CENTRAL, _DEPARTMENTS, _PROVINCIAL, _GROUPS):
        for canonical, extra in table:
            names = [canonical, *extra]
            aliases.setdefault(canonical, [])
            for name in names:
                for alias in _variants(name):
                    insert(root, alias, canonical)
                    if alias not in aliases[canonical]:
                        aliases[canonical].append(alias)
                    if alias.endswith(" tỉnh") and table is _PROVINCIAL:
                        city_alias = alias[: -len("tỉnh")] + "Thành phố"
                        city_canonical = canonical[: -len("tỉnh")] + "Thành phố"
                        insert(root, city_alias, city_canonical, city=True)
                        aliases.setdefault(city_canonical, [])
                        if city_alias not in aliases[city_canonical]:
                            aliases[city_canonical].append(city_alias)
    for canonical, extra in _DEPARTMENTS:
        for name in (canonical, *extra):
            body = name[len("Sở "):]
            if len(_key(body)) >= 3:
                insert(bare, body, canonical)
    for canonical, names in aliases.items():
        alias_of_level = _LEVEL_ALIASES.get(canonical, ())
        names.extend(a for a in alias_of_level if a not in names)
    for canonical, names in _LEVEL_ALIASES.items():
        aliases.setdefault(canonical, list(names))
    _index_skeletons(root)
    _index_skeletons(bare)
    return root, bare, {k: tuple(v) for k, v in aliases.items()}


# --- local government: "UBND các huyện, thành phố", "UBND cấp xã", "UBND xã Đức Trọng" --------

_DISTRICT_LEVELS = {"huyện", "quận", "thị xã", "thành phố", "thị", "cấp huyện"}
_COMMUNE_LEVELS = {"xã", "phường", "thị trấn", "đặc khu", "cấp xã"}
_LEVEL_ALIASES = {
    "Ủy ban nhân dân cấp huyện": ("UBND cấp huyện", "UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố"),
    "Ủy ban nhân dân cấp xã": ("UBND cấp xã", "UBND các xã, phường, thị trấn", "Ủy ban nhân dân các xã, phường, đặc khu"),
}
_LEVEL = r"(?:cấp\s+huyện|cấp\s+xã|thị\s+xã|thị\s+trấn|thành\s+phố|đặc\s+khu|huyện|quận|xã|phường|thị)"
_LOCAL = re.compile(
    r"(?<![\w])(?P<head>UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|ỦY\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN)"
    r"\s+(?P<cac>(?:tất\s+cả\s+)?các\s+)?(?P<levels>" + _LEVEL + r"(?:\s*(?:,|/|và)\s*" + _LEVEL + r")*)(?![\w])",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[A-ZĐÀ-ỸÂĂÊÔƠƯ\d][^\W_]*", re.UNICODE)


def _capitalised_name(text: str, pos: int, max_words: int = 5) -> int:
    """End offset of a run of capitalised words starting at ``pos`` (``pos`` if none)."""
    end = pos
    i = pos
    words = 0
    while words < max_words:
        m = re.match(r"(\s*[-–]\s*|\s+)", text[i:]) if words else re.match(r"\s+", text[i:])
        if not m:
            break
        w = _NAME_WORD.match(text, i + m.end())
        if not w or not w.group(0)[0].isupper() and not w.group(0)[0].isdigit():
            break
        if fold(w.group(0)) in {"chu", "phoi", "thuc", "trien", "co", "tham", "ve", "tai", "theo", "giao"} and words:
            break
        end = i = w.end()
        words += 1
    return end


def _local_matches(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _LOCAL.finditer(text):
        levels = [squash(x).lower() for x in re.split(r"\s*(?:,|/|\bvà\b)\s*", m["levels"], flags=re.IGNORECASE) if x.strip()]
        plural = bool(m["cac"]) or len(levels) > 1 or levels[0].startswith("cấp")
        if all(lv in _COMMUNE_LEVELS for lv in levels):
            tier = "Ủy ban nhân dân cấp xã"
        elif all(lv in _DISTRICT_LEVELS for lv in levels):
            tier = "Ủy ban nhân dân cấp huyện"
        else:
            continue
        end = m.end()
        if not plural:
            name_end = _capitalised_name(text, end)
            level_raw = squash(m["levels"])
            if name_end > end:
                name = squash(text[end:name_end])
                out.append((m.start(), name_end, f"Ủy ban nhân dân {level_raw.lower()} {name}"))
                continue
            if levels[0] == "thành phố":
                if level_raw[0] == "T":
                    out.append((m.start(), end, "Ủy ban nhân dân Thành phố"))
                continue
        out.append((m.start(), end, tier))
    return out


# --- named bodies: "Báo Đắk Nông", "Viettel Sơn La", "Báo và Phát thanh, Truyền hình Đồng Nai" ----

_NAMED = re.compile(
    r"(?<![\w])(?P<kind>Báo\s+và\s+Phát\s+thanh,?\s+Truyền\s+hình|Báo|Viettel|VNPT|MobiFone|Mobifone|Viễn\s+thông|Bưu\s+điện)"
    r"(?=\s+[A-ZĐÀ-Ỹ])",
)


def _named_matches(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _NAMED.finditer(text):
        end = _capitalised_name(text, m.end(), max_words=4)
        if end == m.end():
            continue
        name = squash(text[m.end() : end])
        first = fold(name.split()[0])
        if first in {"cao", "cáo"} or name.isupper():
            continue  # "Báo cáo", "BÁO CÁO"
        out.append((m.start(), end, f"{squash(m['kind'])} {name}"))
    return out


# --- units of ministries and departments: "Vụ Cải cách hành chính", "Chi cục Biển đảo và Thủy sản" ---

_UNIT = re.compile(r"(?<![\w])(?P<kind>Tổng\s+cục|Chi\s+cục|Cục|Vụ)\s+(?=[A-ZĐÀ-Ỹ])")
_UNIT_WORD = re.compile(r"\s+([^\W\d_]+)")
# Words that end a unit's name: what the sentence goes on to say about it.
_UNIT_STOP = frozenset({
    "trước", "sau", "để", "theo", "tại", "chủ", "phối", "thực", "triển", "có", "tham", "về", "giao", "của",
    "trong", "đã", "đang", "sẽ", "được", "là", "thuộc", "với", "cho", "gửi", "báo", "hướng", "năm", "ngày",
    "khi", "nếu", "này", "do", "tổng", "xây", "làm", "cần", "phải", "đảm", "nhận", "trên", "đề", "chịu",
})
_AGENCY_HEAD = re.compile(r"(?:Sở|Bộ|Ban|UBND|Ủy|Cục|Chi|Tổng|Vụ|Văn|Trung|Phòng|Công|Viện|Kho|Bảo)\b")
MAX_UNIT_WORDS = 9


def _unit_matches(text: str) -> list[tuple[int, int, str]]:
    """Units that no list can hold ("Vụ Cải cách hành chính", "Cục Thủy sản và Kiểm ngư"): the
    kind, a capitalised word, then the name's words up to punctuation, a number (a footnote mark
    glued to "chính1"), another agency after "và", or a lower-case word that carries the sentence
    on ("thực hiện", "trước ngày")."""
    out = []
    for m in _UNIT.finditer(text):
        end, words = m.end(), 0
        first = _NAME_WORD.match(text, end)
        if not first or first.group(0)[0].isdigit():
            continue
        end, words = first.end(), 1
        while words < MAX_UNIT_WORDS and end < len(text) and not text[end].isdigit():
            w = _UNIT_WORD.match(text, end)
            if not w or w.group(1).islower() and w.group(1) in _UNIT_STOP or _AGENCY_HEAD.match(w.group(1)):
                break  # "Vụ Cải cách hành chính Bộ Nội vụ": the ministry is another agency
            if fold(w.group(1)) == "va" and _AGENCY_HEAD.match(text, w.end() + 1):
                break  # "Cục A và Sở B": two agencies
            end, words = w.end(), words + 1
        name = squash(text[m.start() : end])
        if fold(text[end - 2 : end]) == "va":  # a trailing "và"
            name = name[:-3].rstrip()
            end -= 3
        out.append((m.start(), end, name))
    return out


# --- matching --------------------------------------------------------------------------------


def _tokens(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, lower-case word, folded word) for each word, "và" left out."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        folded = fold(word)
        if folded == "va":
            continue
        out.append((m.start(), m.end(), word.lower(), folded))
    return out


def _trie_matches(text: str, trie: _Node) -> list[tuple[int, int, str, bool]]:
    toks = _tokens(text)
    found: list[tuple[int, int, str, bool]] = []

    def walk(node: _Node, j: int, exact: int, fuzzy: int, best: list) -> None:
        if node.value is not None and (fuzzy == 0 or (exact >= 2 and exact > fuzzy)):
            if not best or j > best[0]:  # the longest name wins
                best[:] = [j, node.value]
        if j >= len(toks):
            return
        if j > 0 and exact + fuzzy > 0 and not _GAP_OK.match(text[toks[j - 1][1] : toks[j][0]]):
            return
        _, _, low, folded = toks[j]
        child = node.children.get(folded)
        if child is not None:
            walk(child, j + 1, exact + 1, fuzzy, best)
        for other in node.by_skeleton.get(_skeleton(low), ()):
            if other is not child and any(is_damaged_form(low, raw) for raw in other.raw):
                walk(other, j + 1, exact, fuzzy + 1, best)

    i = 0
    while i < len(toks):
        best: list = []
        walk(trie, i, 0, 0, best)
        if best:
            j, (canonical, city) = best
            start, end = toks[i][0], toks[j - 1][1]
            if city and j < len(toks) and text[end : toks[j][0]].strip() == "" and text[toks[j][0]].isupper() \
                    and _place_follows(text, toks, j):
                i += 1
                continue  # "Công an thành phố Sơn La": a city inside a province, not the province
            found.append((start, end, canonical, city))
            i = j
        else:
            i += 1
    return found


def _place_follows(text: str, toks, j: int) -> bool:
    """Does a place name start at token ``j``: every syllable capitalised ("Sơn La", "Huế,"),
    not a capitalised verb after the name ("Công an Thành phố Chỉ đạo Công an các phường")?"""
    if j + 1 >= len(toks) or text[toks[j][1]:toks[j + 1][0]].strip():
        return True  # the name's last word: end of text or punctuation follows
    return text[toks[j + 1][0]].isupper()


def _extend_province(text: str, end: int, province: str | None) -> int:
    """Extend a "... tỉnh" mention over the province name that follows ("UBND tỉnh Sơn La")."""
    if not province:
        return end
    name = _province_name(province)
    m = re.match(r"\s+", text[end:])
    if not m:
        return end
    cand = text[end + m.end() : end + m.end() + len(name) + 2]
    words = name.split()
    got = _TOKEN.findall(cand)[: len(words)]
    if [fold(w) for w in got] == [fold(w) for w in words]:
        k = end + m.end()
        for w in got:
            k = text.index(w, k) + len(w)
        return k
    return end


def _province_name(province: str) -> str:
    return re.sub(r"^(?:tỉnh|thành\s+phố|tp\.?)\s+", "", squash(province), flags=re.IGNORECASE)


def _qualify(canonical: str, province: str | None) -> str:
    """"Ủy ban nhân dân tỉnh" → "Ủy ban nhân dân tỉnh Sơn La" when the province is known."""
    if province and canonical in _QUALIFIED:
        name = _province_name(province)
        return f"{canonical} {name}"
    return canonical


_QUALIFIED = {
    "Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh", "Ủy ban nhân dân Thành phố", "Hội đồng nhân dân Thành phố",
}


# Names that read as common nouns in lower case ("thuế tỉnh", "thống kê tỉnh").
_COMMON_NOUN_NAMES = frozenset({"Thuế tỉnh", "Thuế Thành phố", "Thống kê tỉnh", "Thống kê Thành phố"})


def find_agencies(text: str, *, province: str | None = None) -> list[AgencyMatch]:
    """Every agency mentioned in ``text``, longest match first, in order, without overlaps."""
    root, _, _ = _gazetteer()
    cands: list[tuple[int, int, str, int]] = []
    for s, e, canonical, _city in _trie_matches(text, root):
        if canonical in _COMMON_NOUN_NAMES and not text[s].isupper():
            continue  # "nộp thuế tỉnh ...", not the agency "Thuế tỉnh"
        if canonical.endswith(" tỉnh") or canonical.endswith(" Thành phố"):
            e = _extend_province(text, e, province)
        cands.append((s, e, _qualify(canonical, province), 1))
    for s, e, canonical in _local_matches(text):
        cands.append((s, e, _qualify(canonical, province), 0))
    for s, e, canonical in _named_matches(text):
        cands.append((s, e, canonical, 2))
    for s, e, canonical in _unit_matches(text):
        cands.append((s, e, canonical, 3))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[3]))
    out: list[AgencyMatch] = []
    for s, e, canonical, _ in cands:
        if out and s < out[-1].end:
            continue
        out.append(AgencyMatch(s, e, text[s:e], canonical))
    return out


_LEVEL_TAIL = re.compile(r"^\s+(?:tỉnh|thành\s+phố)(?:\s+[A-ZĐÀ-Ỹ][^\W_]*){0,3}$", re.IGNORECASE)


def canonical_agency(mention: str, *, province: str | None = None, bare: bool = False) -> str | None:
    """The canonical name if ``mention`` is (only) an agency name, else None.

    ``bare=True`` also accepts a department's name without "Sở" ("Giáo dục Đào tạo").
    """
    text = squash(mention).strip(" .,:;-–()")
    if not text:
        return None
    matches = find_agencies(text, province=province)
    if len(matches) == 1 and matches[0].start == 0:
        rest = text[matches[0].end :]
        if not rest or _LEVEL_TAIL.match(rest):
            return matches[0].canonical
    if bare:
        _, bare_trie, _ = _gazetteer()
        found = _trie_matches(text, bare_trie)
        if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text):
            return found[0][2]
    return None


def bare_agency_at(text: str, pos: int = 0) -> AgencyMatch | None:
    """A department named without "Sở" starting at ``pos`` ("Giáo dục Đào tạo: ...")."""
    _, bare_trie, _ = _gazetteer()
    for s, e, canonical, _ in _trie_matches(text[pos:], bare_trie):
        if s == 0 or not text[pos : pos + s].strip():
            return AgencyMatch(pos + s, pos + e, text[pos + s : pos + e], canonical)
        break
    return None


def agency_aliases() -> dict[str, tuple[str, ...]]:
    """Canonical name → the ways it is written (canonical first), for query expansion."""
    return dict(_gazetteer()[2])


def base_agency(canonical: str) -> str:
    """Drop a province qualifier: "Ủy ban nhân dân tỉnh Sơn La" → "Ủy ban nhân dân tỉnh"."""
    for q in sorted(_QUALIFIED, key=len, reverse=True):
        if canonical.startswith(q + " "):
            return q
    return canonical


def expand_agency(text: str) -> list[str]:
    """Every alias of every agency named in ``text`` ("Sở TT&TT" → its full name and forms)."""
    table = agency_aliases()
    out: list[str] = []
    for m in find_agencies(text):
        for name in (m.canonical, *table.get(base_agency(m.canonical), ())):
            if name not in out:
                out.append(name)
    return out


# --- organisation-like heading labels ---------------------------------------------------------

_ORG_HEAD = re.compile(
    r"^(?:Các\s+)?(?:Sở|Ban|Phòng|Văn\s+phòng|Trung\s+tâm|Chi\s+cục|Cục|Vụ|Viện|Trường|Đài|Báo|Bảo\s+hiểm|"
    r"Kho\s+bạc|Ngân\s+hàng|Công\s+an|Bộ\s+Chỉ\s+huy|Bộ\s+Tư\s+lệnh|Bộ\s+đội|Hội|Liên\s+đoàn|Liên\s+minh|Đoàn|Tỉnh\s+đoàn|Ủy\s+ban|Uỷ\s+ban|UBND|"
    r"Thanh\s+tra|Bưu\s+điện|Tập\s+đoàn|Tổng\s+công\s+ty|Công\s+ty|Quỹ|Tổ\s+công\s+tác|Ban\s+Chỉ\s+đạo|Hội\s+đồng|Đội|Tổ|Cơ\s+quan|Đơn\s+vị|doanh\s+nghiệp|"
    r"Các\s+doanh\s+nghiệp|Các\s+cơ\s+quan|Các\s+đơn\s+vị|Các\s+phòng|Các\s+trường)(?=\s|$|,)",
    re.IGNORECASE,
)
# "Tổ chức triển khai ...", "Đơn vị tổ chức ..." read like headings of tasks, not names.
_VERB_HEAD = re.compile(r"^(?:Tổ\s+chức|Các\s+cơ\s+quan\s+(?:quan\s+)?tham\s+mưu)\b", re.IGNORECASE)
_NOT_ORG = re.compile(r"\b(?:nhiệm vụ|giải pháp|mục tiêu|nội dung|kinh phí|thời gian|tổ chức thực hiện|yêu cầu)\b", re.IGNORECASE)


_COUNTED_END = re.compile(r"\b(?:lần|thứ|đợt|đoạn|tháng|quý|số|năm|khóa|khoá|kỳ)\s+\d{1,3}$", re.IGNORECASE)


def organisation_label(label: str) -> str | None:
    """A heading label that names an organisation outside the gazetteer ("Phòng Giáo dục Phổ
    thông", "Văn phòng Sở"), cleaned; None for topic headings ("Nhiệm vụ, giải pháp")."""
    text = squash(label).strip(" .:;,")
    # A number only at its end ("Bộ Tư lệnh Vùng Cảnh sát biển 3"), not a dated or numbered
    # heading ("Hội nghị lần 2", "Quỹ hỗ trợ giai đoạn 2").
    if not text or not 2 <= len(text.split()) <= 14 or _COUNTED_END.search(text) or \
            any(ch.isdigit() for ch in re.sub(r"\s\d{1,3}$", "", text)):
        return None
    if not _ORG_HEAD.match(text) or _NOT_ORG.search(text) or _VERB_HEAD.match(text):
        return None
    if text.split()[0] in ("Quỹ", "quỹ") and not text.split()[1][:1].isupper():
        return None  # "Quỹ lương", a fund's money, not "Quỹ Khuyến học"
    if text.isupper():
        return None
    return text
