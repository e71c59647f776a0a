"""Web-page chrome in scraped pages: counters, logins, polls, share bars, footers, link lists.

Two kinds of evidence:

* **Lines that are chrome on their own** (:func:`is_boilerplate`): view counters, visitor
  statistics, login and paywall prompts, poll results, print/zoom/share bars, CMS
  placeholders, copyright and "built by" footer lines, property-list placeholders
  ("Ngày hiệu lực: Kiểm tra"), related-document list items ("- 8Kế hoạch 7264/KH-UBND ...").
* **Regions**: once a statistics box, a poll, a footer or a list header such as
  "Tin liên quan" / "Thông tin mới nhất" starts, the lines that follow are chrome too
  (news titles, the site's address, "Hôm nay: 5") until real content resumes: a full
  sentence, a row of a table, a structure heading ("Điều 3.") or the property list of the
  document itself ("Số hiệu: 431/KH-UBND"). A "region" running on for more than
  25 unremarkable lines was not one, and those lines are given back.

Regions, and the weak patterns that only count inside them (addresses, phone numbers), act
only on text that shows at least one line of the first kind, so a real letter with its
address in the header keeps every line.

>>> is_boilerplate("Lượt xem: 802"), is_boilerplate("Tăng cỡ chữ Giảm cỡ chữ")
(True, True)
>>> is_boilerplate("Chi tiết Công văn số 3033/UBND-KGVX")
False
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.normalize import clean_display, strip_accents
from ingest.records import Block

_BULLET = re.compile(r"^[\s\-–•·*+>»]+")
_SEPARATORS = re.compile(r"[\s|/•·,;:\[\]()<>»«›\-–—_.!?*+=#]+")


def _key(text: str) -> str:
    """Accent-free lower-case form with leading bullets removed: "• Đang online: 1" ->
    "dang online: 1". Accent-free so that mis-toned chrome ("THÔNG KÊ") still matches."""
    key = strip_accents(clean_display(text)).lower()
    return " ".join(_BULLET.sub("", key).split())


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# --- Lines that are chrome on their own ------------------------------------------------------

_STATS_LABEL = (
    r"thong ke truy cap|thong ke luot truy cap|so luot truy cap|tong (so )?luot truy cap|"
    r"luot truy cap|tong truy cap|dang (online|truc tuyen|truy cap)|nguoi (dang )?truc tuyen|"
    r"truy cap hom nay|khach truc tuyen|thanh vien truc tuyen|online"
)
_STRONG: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "view counter",
        _any(r"^(so )?(luot (xem|doc|view|nghe)|da xem|so lan xem|views?)\s*:?\s*[\d.,]+( luot)?$"),
    ),
    (
        "visitor statistics",
        re.compile(rf"^(?:{_STATS_LABEL})(?:\s*:?\s*(?:{_STATS_LABEL}))?\s*:?\s*[\d.,]*$"),
    ),
    (
        "login or paywall",
        _any(
            r"^(dang nhap|dang ky|dang xuat|quen mat khau|ten dang nhap|mat khau|"
            r"dang nhap\s*[|/]\s*dang ky|ghi nho dang nhap)$",
            r"vui long .{0,60}dang nhap",
            r"(vui long|de su dung).{0,160}goi cuoc",
            r"^neu ban (la|chua (la|co tai khoan)) thanh vien",
        ),
    ),
    (
        "poll",
        _any(
            r"^\d{1,2}\s*[.)]\s*.{1,150},\s*[\d.]+\s*phieu\s*\(\s*[\d.,]+\s*%\s*\)$",
            r"^tong so (phieu|luot binh chon|nguoi binh chon|y kien)\s*:?\s*[\d.,]+$",
            r"^(binh chon|xem ket qua|ket qua binh chon)$",
        ),
    ),
    (
        "CMS placeholder",
        _any(
            r"^\w+ - block_\w+$",
            r"^publishingportal\b",
            r"^(loading|dang tai)\s*\.*$",
            r"^\{\{.*\}\}$",
        ),
    ),
    (
        "site footer",
        _any(
            r"^(©|\(c\)|copyright\b|ban quyen (thuoc|©|\(c\))|ban quyen\s*:)",
            r"^xay dung va quan tri\s*:",
            r"^quan ly va van hanh\s*:",
            r"^(thiet ke|phat trien|xay dung)( va phat trien)?( website)? boi\b",
            r"^(co quan chu quan|don vi chu quan)\s*:",
            r"^chiu trach nhiem (chinh|noi dung|quan ly noi dung|phat hanh)\s*:",
            r"^(truong ban bien tap|tong bien tap)\s*:",
            r"^giay phep (so \d|thiet lap|xuat ban|hoat dong)",
            r"ghi ro nguon .{0,60}(phat hanh|su dung|dang tai|trich dan)",
            r"^((website )?(da duoc )?chung nhan )?tin nhiem mang\.?$",
        ),
    ),
    (
        "document property placeholder",
        re.compile(
            r"^(so hieu|loai van ban|ngay ban hanh|noi ban hanh|co quan ban hanh|nguoi ky|"
            r"ngay cong bao|so cong bao|ngay hieu luc|ngay het hieu luc|tinh trang( hieu luc)?|"
            r"linh vuc|ngay dang)\s*:\s*(dang cap nhat|kiem tra|da biet|"
            r"chua (co|xac dinh|cap nhat)|khong (co|xac dinh)|\.{2,}|…|-+|n/a|\*+)?\s*\.?$"
        ),
    ),
    (
        "related document list item",  # a list number glued to a document title
        re.compile(
            r"^\d{1,3}(ke hoach|quyet dinh|nghi dinh|nghi quyet|thong tu|chi thi|cong van|luat|"
            r"bo luat|phap lenh|thong bao|bao cao|huong dan|cong dien|van ban|lenh|quy che|"
            r"quy dinh|to trinh|de an|chuong trinh|ket luan|hien phap|sac lenh)\b.*\d"
        ),
    ),
    ("breadcrumb", re.compile(r"^trang chu\s*[>»/›|]")),
)

# Page tools: a line made only of these (and separators, counts) is a toolbar.
_TOOLS_SPECIFIC = (
    "in trang", "in bai viet", "in bai", "ban in", "print", "tang co chu", "giam co chu",
    "co chu", "chia se", "share", "facebook", "zalo", "twitter", "linkedin", "gui email",
    "gui e-mail", "gui bai viet", "gui cho ban be", "luu bai viet", "luu tin", "bookmark",
    "go top", "back to top", "ve dau trang", "len dau trang", "dau trang", "quay lai",
    "tro ve", "tro lai", "xem them", "doc them", "xem tiep", "doc tiep", "copy link",
    "sao chep lien ket", "nghe doc bai", "nghe bai viet", "trang chu", "luot xem", "luot doc",
    "luot thich", "a+", "a-",
)
_TOOLS_GENERIC = (
    "email", "top", "thich", "like", "tweet", "binh luan", "gioi thieu", "lien he", "tin tuc",
    "hoi dap", "tim kiem", "so do trang", "so do site", "dang nhap", "dang ky", "rss",
)
_TOOL_PHRASE = re.compile(
    r"(?<![\w])("
    + "|".join(
        re.escape(p) for p in sorted(_TOOLS_SPECIFIC + _TOOLS_GENERIC, key=len, reverse=True)
    )
    + r")(?![\w])"
)


def _tools(key: str) -> bool:
    found = _TOOL_PHRASE.findall(key)
    if not found:
        return False
    rest = _SEPARATORS.sub("", re.sub(r"\d+", "", _TOOL_PHRASE.sub(" ", key)))
    if rest:
        return False
    specific = sum(1 for p in found if p in _TOOLS_SPECIFIC)
    return specific >= 1 or len(found) >= 2


def _strong(key: str) -> str | None:
    if not key:
        return None
    for name, pattern in _STRONG:
        if pattern.search(key):
            return name
    if _tools(key):
        return "page tools"
    return None


# --- Regions ---------------------------------------------------------------------------------

_LIST_HEADERS = re.compile(
    r"^(cac )?(tin|bai viet|van ban|thong tin|su kien|thong bao|bai)"
    r" (lien quan|cung chuyen muc|cung linh vuc|khac|da dua|moi|moi nhat|moi cap nhat|"
    r"noi bat|tieu diem|xem nhieu( nhat)?|doc nhieu( nhat)?|moi ban hanh|duoc quan tam)"
    r"( cung noi dung)?$"
    r"|^(tieu diem|xem nhieu nhat|doc nhieu nhat|lien ket (website|web)|website lien ket|"
    r"tham do y kien|y kien ban doc|thu vien (anh|video)|van ban (duoc huong dan|huong dan|goc|"
    r"bi thay the|thay the|bi sua doi|sua doi|dang xem)|luoc do)$"
)
_REGION_STARTS = {"visitor statistics", "poll", "site footer"}
_CONTACT = re.compile(
    r"^(dia chi|tru so|dien thoai|dt|d\.t|tel|fax|email|e-mail|website|web|hotline|"
    r"duong day nong)\s*:"
)
_STATS_WEAK = re.compile(
    r"^((hom nay|hom qua|trong tuan|tuan nay|tuan truoc|trong thang|thang nay|thang truoc|"
    r"nam nay|tat ca|tong( cong)?|khach|thanh vien|truy cap)\s*:?\s*)+[\d.,]*$"
)
_PROPERTY = re.compile(
    r"^(so hieu|loai van ban|ngay ban hanh|noi ban hanh|co quan ban hanh|nguoi ky|"
    r"ngay cong bao|so cong bao|ngay hieu luc|ngay het hieu luc|tinh trang hieu luc|linh vuc)"
    r"\s*:\s*\S"
)
_STRUCTURE = re.compile(
    r"^(dieu \d+|chuong [ivxlc\d]+\b|phan [ivxlc\d]+\b|muc [ivxlc\d]+\b|[ivx]{1,5}\.\s|"
    r"cong hoa xa hoi chu nghia|doc lap\s*-\s*tu do|so\s*:\s*\S*/)"
)
_SENTENCE_END = re.compile(r"[.;:!…]\s*[\"”')]*$|\./\.$")
_MAX_REGION_LINES = 25


def _content_like(block: Block, key: str, next_text: str) -> bool:
    """Real content that ends a chrome region: a table row, a property of the document, a
    structure heading, a sentence, a list item ending in ";", or a long line wrapped into
    the next one."""
    if block.kind == "table_row" or _PROPERTY.match(key) or _STRUCTURE.match(key):
        return True
    words = len(key.split())
    text = block.text.strip()
    if words >= 40 or (words >= 15 and _SENTENCE_END.search(text)):
        return True
    # Items of a document's own enumerations end in ";" or introduce a list with ":".
    if words >= 4 and text.endswith((";", ":")):
        return True
    # Hard-wrapped prose: the sentence runs on into a next line that starts in lower case.
    return words >= 8 and next_text.lstrip()[:1].islower() and not text.endswith("?")


def _weak(key: str) -> str | None:
    if _CONTACT.match(key):
        return "contact line"
    if _STATS_WEAK.match(key):
        return "visitor statistics"
    return None


def _site_name(block: Block) -> bool:
    """A short capitalised line such as the site owner's name above a footer address."""
    letters = [c for c in block.text if c.isalpha()]
    words = len(block.text.split())
    return bool(letters) and words <= 14 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def boilerplate_reasons(blocks: Sequence[Block]) -> list[str | None]:
    """For each block, the name of the chrome pattern that removes it, or None to keep it."""
    keys = [_key(b.text) for b in blocks]
    reasons: list[str | None] = [_strong(k) for k in keys]
    if not any(reasons):
        return reasons  # no sign of a web page: leave ordinary documents alone

    # A poll question is the line just before its first option.
    for i, reason in enumerate(reasons):
        if reason == "poll" and i > 0 and reasons[i - 1] is None:
            if blocks[i - 1].text.rstrip().endswith("?"):
                reasons[i - 1] = "poll"

    region: str | None = None
    taken: list[int] = []  # lines the open region took on its own say-so
    for i, (block, key) in enumerate(zip(blocks, keys)):
        if not key:
            continue
        reason = reasons[i]
        if _LIST_HEADERS.match(key.rstrip(" :>»")):
            reasons[i] = region = "related or latest list"
            taken = []
            continue
        if reason in _REGION_STARTS:
            region, taken = reason, []
            _extend_back(blocks, keys, reasons, i, reason)
            continue
        if reason is not None or region is None:
            continue
        weak = _weak(key)
        if weak:
            reasons[i] = weak
        elif _content_like(block, key, blocks[i + 1].text if i + 1 < len(blocks) else ""):
            region = None
        else:
            reasons[i] = f"{region} (region)"
            taken.append(i)
            if len(taken) > _MAX_REGION_LINES:  # too long for chrome: it was not a region
                for j in taken:
                    reasons[j] = None
                region, taken = None, []
    return reasons


def _extend_back(
    blocks: Sequence[Block], keys: list[str], reasons: list[str | None], i: int, reason: str
) -> None:
    """A footer or statistics box drags along the contact lines (and the site name) that
    directly precede it."""
    j = i - 1
    while j >= 0 and (reasons[j] is not None or not keys[j]):
        j -= 1
    took_contact = False
    while j >= 0 and reasons[j] is None and _CONTACT.match(keys[j]):
        reasons[j] = "contact line"
        took_contact = True
        j -= 1
    if took_contact and j >= 0 and reasons[j] is None and _site_name(blocks[j]):
        reasons[j] = reason


def is_boilerplate(line: str) -> bool:
    """True if ``line`` is web chrome on its own, whatever surrounds it."""
    return _strong(_key(line)) is not None


def strip_boilerplate(blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` without web-page chrome; ordinary documents come back unchanged."""
    reasons = boilerplate_reasons(blocks)
    return [b for b, r in zip(blocks, reasons) if r is None]
