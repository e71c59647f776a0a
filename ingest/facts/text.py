"""Small text helpers shared by the fact extractors: folding, sentences, list markers, verbs.

>>> fold("Sở TT&TT")
'so tt&tt'
>>> is_damaged_form("S", "Sở"), is_damaged_form("Truyn", "Truyền"), is_damaged_form("Tài", "Tài")
(True, True, False)
>>> starts_with_action("- Chủ trì, phối hợp với Sở Tài chính")
True
>>> starts_with_action("Đại diện lãnh đạo Sở.")
False
"""
from __future__ import annotations

import re
import unicodedata

from ingest.doctypes import NUMBER
from ingest.normalize import strip_accents

_WS = re.compile(r"\s+")

# "- ", "+ ", "• ", "a) ", "đ) ", "1. ", "1.2. ", "(1) ", "* " at the start of a line.
LIST_MARKER = re.compile(
    r"^\s*(?:[-+•*–—]+\s*|\(?\d{1,2}(?:\.\d{1,2}){0,2}\s*[.)]\s+|\([\da-zđ]{1,3}\)\s*|[a-zđ]\s*\)\s*|[IVX]{1,4}\s*[.)]\s+)+"
)

# A reference to another document: "số 390/QĐ-UBND", "Nghị định 43/2011/NĐ-CP", "469-KH/TU".
DOC_NUMBER = NUMBER  # one definition of a number-symbol: ingest.doctypes
# The tail of a text that ends in a document reference, so that what follows (a date, a year)
# belongs to the citation: "... Quyết định số 390/QĐ-UBND ", "... 1849/BGDĐT-GDPT của Bộ GDĐT ",
# "... 199/KH-BGDĐT của Bộ Giáo dục và Đào tạo (GDĐT) ".
CITATION_TAIL = re.compile(
    r"(?:" + DOC_NUMBER.pattern + r")\s*(?:\([^()]{0,40}\)\s*)?"
    r"(?:của\s+[^,;:.()]{1,60}?\s*(?:\([^()]{0,40}\)\s*)?)?(?:ban\s+hành\s+)?$"
)


def squash(text: str) -> str:
    """Collapse runs of white space (line breaks included) into one space."""
    return _WS.sub(" ", text).strip()


def fold(text: str) -> str:
    """Accent-free lower case, for comparisons."""
    return strip_accents(text).lower()


def is_damaged_form(token: str, word: str) -> bool:
    """True if ``token`` is ``word`` with some non-ASCII letters dropped (web extraction damage).

    "S" ← "Sở", "Truyn" ← "Truyền", "Qun" ← "Quản". The kept letters must be identical.
    """
    t = unicodedata.normalize("NFC", token).lower()
    w = unicodedata.normalize("NFC", word).lower()
    if not t or len(t) >= len(w):
        return False
    i = 0
    for ch in w:
        if i < len(t) and t[i] == ch:
            i += 1
        elif ch.isascii():
            return False  # an ASCII letter was lost: not this kind of damage
    return i == len(t)


def paren_depth(text: str) -> int:
    """How many parentheses are open at the end of ``text`` (a stray ")" as in "a)" is ignored)."""
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
    return depth


def strip_list_marker(text: str) -> int:
    """Length of the list marker ("- ", "a) ", "1. ") at the start of ``text`` (0 if none)."""
    m = LIST_MARKER.match(text)
    return m.end() if m else 0


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9-])|\s*\n\s*(?=[-+•*]\s)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences at ". " before a capital letter; spans exclude outer spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        prev = text[: m.start()]
        # "TP. Hồ Chí Minh", "Tp. Cần Thơ", "ThS. Nguyễn": abbreviations, not sentence ends.
        if re.search(r"(?:^|\s)(?:TP|Tp|tp|ThS|TS|PGS|GS|Th\.S|St|Đ/c|đ/c|Ô|B|V/v|v/v)\.$", prev):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


# Verbs that open a task ("Triển khai ...", "Chủ trì, phối hợp ..."): lower case, with accents.
ACTION_PHRASES = frozenset(
    {
        "áp dụng", "ban hành", "bảo đảm", "bảo vệ", "báo cáo", "bố trí", "bồi dưỡng", "biên soạn",
        "biểu dương", "cải thiện", "cải cách", "cân đối", "cắt giảm", "cập nhật", "chỉ đạo",
        "chủ trì", "chủ động", "chuẩn bị", "chuẩn hóa", "chấn chỉnh", "chịu trách nhiệm",
        "có trách nhiệm", "cung cấp", "công bố", "công khai", "củng cố", "dự trù", "duy trì",
        "đánh giá", "đào tạo", "đảm bảo", "đăng tải", "đầu tư", "đẩy mạnh", "đẩy nhanh", "đề xuất",
        "điều chỉnh", "điều phối", "định hướng", "đôn đốc", "đổi mới", "đón tiếp", "giám sát",
        "giải quyết", "giới thiệu", "hoàn thành", "hoàn thiện", "hỗ trợ", "huy động", "hướng dẫn",
        "kết nối", "khai thác", "khảo sát", "khẩn trương", "khen thưởng", "khuyến khích",
        "kiểm soát", "kiểm tra", "kiện toàn", "liên kết", "lồng ghép", "lựa chọn", "lấy ý kiến",
        "mở rộng", "nâng cao", "nâng cấp", "nắm bắt", "nêu cao", "nghiên cứu", "nghiêm túc",
        "nhân rộng", "phát động", "phát huy", "phát triển", "phân bổ", "phân công", "phê duyệt",
        "phổ biến", "phối hợp", "quán triệt", "quản lý", "quản trị", "quy hoạch", "quyết toán",
        "rà soát", "rút ngắn", "sắp xếp", "sơ kết", "sử dụng", "sửa đổi", "số hóa", "số hoá",
        "tập huấn", "tập trung", "tổng hợp", "tổng kết", "thẩm định", "tham gia", "tham mưu",
        "thanh tra", "theo dõi", "thống kê", "thu thập", "thúc đẩy", "thực hiện", "thường xuyên",
        "tích hợp", "tiếp nhận", "tiếp tục", "tiếp đón", "tổ chức", "trang bị", "triển khai",
        "tuyên truyền", "tăng cường", "tôn vinh", "ưu tiên", "ứng dụng", "vận hành", "vận động",
        "xác định", "xây dựng", "xử lý", "đăng ký", "cài đặt", "kịp thời", "làm việc",
        "phòng chống", "phòng ngừa", "đề nghị", "nhắc nhở", "yêu cầu", "chuyển đổi", "kiểm định",
        "bổ sung", "cấp phát", "đối chiếu", "tăng bậc", "cử đại diện", "cử cán bộ", "tạo điều kiện",
        "ra mắt", "tích cực", "lập kế hoạch", "thẩm tra", "xây dựng và", "hướng dẫn và",
    }
)
_SINGLE_VERBS = frozenset({"lập", "trình", "cử", "gửi", "tăng", "giảm"})

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _norm_word(w: str) -> str:
    return unicodedata.normalize("NFC", w).lower().replace("hoá", "hóa").replace("hoà", "hòa")


def action_at(text: str, pos: int = 0) -> int | None:
    """If a task verb starts at ``pos`` (spaces skipped), the offset where it ends, else None.

    Damaged forms count ("Ch đạo" for "Chỉ đạo"), as long as one word is intact.
    """
    words = []
    for m in _WORD.finditer(text, pos):
        if not words and text[pos : m.start()].strip():
            return None
        if words and text[words[-1][1] : m.start()].strip(" \n"):
            break  # punctuation between words ends a phrase
        words.append((m.start(), m.end()))
        if len(words) == 3:
            break
    if not words:
        return None
    toks = [_norm_word(text[s:e]) for s, e in words]
    for n in (3, 2):
        if len(toks) >= n and " ".join(toks[:n]) in ACTION_PHRASES:
            return words[n - 1][1]
    if toks[0] in _SINGLE_VERBS:
        return words[0][1]
    if len(toks) >= 2:
        for phrase in ACTION_PHRASES:
            parts = phrase.split()
            if len(parts) != 2:
                continue
            a, b = parts
            exact_a, exact_b = toks[0] == a, toks[1] == b
            if (exact_a or is_damaged_form(toks[0], a)) and (exact_b or is_damaged_form(toks[1], b)):
                if exact_a or exact_b:
                    return words[1][1]
    return None


def starts_with_action(text: str) -> bool:
    """True if ``text`` (after a list marker) opens with a task verb."""
    return action_at(text, strip_list_marker(text)) is not None
