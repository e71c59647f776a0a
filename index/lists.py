"""What a short list under a heading enumerates: "cử tri kiến nghị theo những phương thức
nào?" is answered by the items under "2. Các phương thức kiến nghị của cử tri".

>>> asks_list("Cử tri kiến nghị theo những phương thức nào?"), asks_list("Quy chế gồm các chương gì?")
('phuong thuc', 'chuong')
>>> asks_list("Cơ quan nào chủ trì?") is None
True
>>> passage = ("2. Các phương thức kiến nghị của cử tri\\n- Kiến nghị bằng văn bản;\\n"
...            "- Kiến nghị trực tiếp;\\n- Kiến nghị trực tuyến.")
>>> listed_items(passage, "Điều 4 › 2. Các phương thức kiến nghị của cử tri", "theo những phương thức nào?")
(40, 112, 'Kiến nghị bằng văn bản; Kiến nghị trực tiếp; Kiến nghị trực tuyến')
>>> listed_items(passage, "Điều 4 › 2. Các phương thức kiến nghị của cử tri", "gồm những nhiệm vụ nào?") is None
True
>>> listed_items(passage + "\\n3. Thời hạn tiếp nhận kiến nghị", "Điều 4 › 2. Các phương thức kiến nghị của cử tri",
...              "theo những phương thức nào?")[2]
'Kiến nghị bằng văn bản; Kiến nghị trực tiếp; Kiến nghị trực tuyến'
"""
from __future__ import annotations

import re

from ingest.facts.text import LIST_MARKER
from ingest.normalize import strip_accents

# "những phương thức nào", "các hình thức gì": the noun the list is of, up to three words.
_LIST_Q = re.compile(r"\b(?:nhung|cac) ((?:\w+ ){0,2}?\w+) (?:nao|gi)\b")
# Nouns that ask for an agency or a person, which the owners' readers answer.
_NOT_LISTS = re.compile(r"^(?:co quan|don vi|so|bo|nganh|ai|nguoi|ca nhan|to chuc|dia phuong|xa|tinh)$")
_ITEM = re.compile(r"^\s*(?P<marker>[-+•]|[a-zđ]\)|\d{1,2}[.)])\s*(?P<item>\S.*?)\s*[;.,]?\s*$")
MIN_ITEMS = 2
MAX_ITEMS = 10
MAX_ITEM_CHARS = 150  # longer items are tasks or clauses, quoted rather than listed


def _marker_kind(marker: str) -> str:
    return "number" if marker[0].isdigit() else "letter" if marker[0].isalpha() else "dash"


def asks_list(question: str) -> str | None:
    """The folded noun a question asks to enumerate ("phuong thuc"), else None."""
    m = _LIST_Q.search(strip_accents(question.lower()))
    if not m or _NOT_LISTS.match(m.group(1)):
        return None
    return m.group(1)


def _under_heading(passage: str, section: str, question: str) -> int | None:
    """Where the text under the passage's heading starts, when that heading (the last label of
    ``section``) names what the question asks to enumerate; else None."""
    noun = asks_list(question)
    heading = section.rsplit(" › ", 1)[-1] if section else ""
    if noun is None or not re.search(rf"\b{re.escape(noun)}\b", strip_accents(heading.lower())):
        return None
    at = passage.find(heading)
    offset = passage.find("\n", at) + 1 if at >= 0 else 0
    return None if at >= 0 and offset == 0 else offset  # (the heading may be all there is)


def _announcing(passage: str, offset: int) -> tuple[int, int] | None:
    """(start, end) of the line at ``offset`` when it announces what follows ("... sau:")."""
    line = passage[offset:].split("\n", 1)[0].rstrip()
    return (offset, offset + len(line)) if line.endswith(":") else None


def list_introduction(passage: str, section: str, question: str) -> tuple[int, int] | None:
    """(start, end) in ``passage`` of the line under the heading that names what the question asks
    to enumerate and announces its items ("2. Quyền hạn" / "Tổ giúp việc có các quyền hạn sau:"),
    for items too long to list in a short answer; else None."""
    offset = _under_heading(passage, section, question)
    return None if offset is None else _announcing(passage, offset)


def listed_items(passage: str, section: str, question: str) -> tuple[int, int, str] | None:
    """(start, end of the list in ``passage``, its items joined by "; ") when the passage's
    heading, the last label of ``section``, names what the question asks to enumerate and the
    passage lists a few short items under it (maybe after a line that announces them); else None."""
    offset = _under_heading(passage, section, question)
    if offset is None:
        return None
    intro = _announcing(passage, offset)
    if intro:  # the items start on the line after it
        offset = intro[1] + 1
    items: list[str] = []
    start = end = None
    kind = None  # every item is marked like the first: "3. Thời hạn ..." after "- ..." is a heading
    for line in passage[offset:].split("\n"):
        m = _ITEM.match(line)
        if not m or len(m.group("item")) > MAX_ITEM_CHARS or _marker_kind(m.group("marker")) != (kind or _marker_kind(m.group("marker"))):
            break
        kind = _marker_kind(m.group("marker"))
        items.append(m.group("item"))
        start = offset if start is None else start
        end = offset + len(line.rstrip())
        offset += len(line) + 1
    if not MIN_ITEMS <= len(items) <= MAX_ITEMS or start is None or end is None:
        return None
    return start, end, "; ".join(items)


# "những lĩnh vực còn yếu nào", "những loại hợp đồng nào giữa ...": the kind of thing asked for,
# a word or two qualifying it, and the question's next word.
_KINDS_Q = re.compile(r"\b(?:nhung|cac)\s+(?:loai\s+)?((?:\w+\s+){1,4}?)(?:nao|gi)\b\s*(\w*)")
# What announces the items after the noun: "... như: công nghệ thông tin, tài chính", "gồm: ..."
_INTRODUCER = re.compile(r"[^.;:\n]{0,40}?\b(?:nhu|gom|bao gom|la)\s*:\s*")
_PLURAL = re.compile(r"\b(?:nhung|cac)\s+(?:loai\s+)?$")
MAX_INLINE_CHARS = 200
MAX_DIRECT_CHARS = 100  # "mua bán, gia công, thuê, mượn": a few words, written between the noun and the next word asked


def inline_list(sentence: str, question: str) -> str | None:
    """The items of a list that a sentence writes after the noun the question asks
    to enumerate: "những lĩnh vực còn thiếu và yếu như: công nghệ thông tin, tài chính, đất đai"
    for "ở những lĩnh vực còn yếu nào?", or "theo hợp đồng mua bán, gia công, thuê, mượn giữa các
    doanh nghiệp" for "những loại hợp đồng nào giữa doanh nghiệp ...?" (the list runs to the
    question's next word); else None.

    >>> s = "Quan tâm bồi dưỡng, nhất là những lĩnh vực còn thiếu và yếu như: công nghệ thông tin, tài chính."
    >>> inline_list(s, "Cần bồi dưỡng cán bộ ở những lĩnh vực còn yếu nào?")
    'công nghệ thông tin, tài chính'
    >>> s = "Là hàng hóa theo hợp đồng mua bán, gia công, thuê, mượn giữa các doanh nghiệp với thương nhân."
    >>> inline_list(s, "Hàng phát sinh từ những loại hợp đồng nào giữa doanh nghiệp và thương nhân?")
    'mua bán, gia công, thuê, mượn'
    >>> inline_list("Các lĩnh vực trọng tâm được ưu tiên đầu tư.", "Ưu tiên những lĩnh vực nào?") is None
    True
    >>> inline_list("Hội đồng quản lý quỹ có 09 thành viên, gồm: Chủ tịch, 03 Phó Chủ tịch.", "Sáp nhập những quỹ nào?") is None
    True
    """
    folded_q = strip_accents(question.lower())
    m = _KINDS_Q.search(folded_q)
    if m is None:
        return None
    words = m.group(1).split()
    noun = " ".join(words[:2])
    if _NOT_LISTS.match(noun) or _NOT_LISTS.match(words[0]):
        return None
    folded = strip_accents(sentence.lower())
    if len(folded) != len(sentence):
        return None
    for found in re.finditer(rf"\b{re.escape(noun)}\b", folded):
        # "những lĩnh vực ... như:": the kind named as several, not "quỹ có 09 thành viên, gồm:"
        intro = _INTRODUCER.match(folded, found.end()) if _PLURAL.search(folded, 0, found.start()) else None
        if intro:
            start = intro.end()
            end = start + len(re.split(r"[.;\n]", sentence[start:start + MAX_INLINE_CHARS])[0].rstrip(" ,"))
        elif m.group(2):  # the list runs up to the question's next word ("... mượn giữa các ...")
            stop = re.compile(rf"\s{re.escape(m.group(2))}\b").search(folded, found.end(), found.end() + MAX_INLINE_CHARS)
            if stop is None:
                continue
            start, end = found.end(), stop.start()
            if re.search(r"[.:;\n“”\"]", sentence[start:end]) or end - start > MAX_DIRECT_CHARS:
                return None  # one phrase of one sentence
            if re.search(rf"\b{re.escape(noun)}\b", folded[start:end]):
                return None  # names of that kind ("Quỹ Bảo trợ trẻ em tỉnh, Quỹ Khuyến học tỉnh"): the blank's filler
        else:
            continue
        items = sentence[start:end].strip()
        if "," in items and not set(re.findall(r"\w+", strip_accents(items.lower()))) <= set(folded_q.split()):
            return items
    return None


# A line that heads more than an item of the list: "Điều 2. ...", "Chương III", "II. ..."
_ABOVE_ITEMS = re.compile(r"^\s*(?:(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+\S|[IVXL]+\.\s)")
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+\S")
MAX_COUNTED_CHARS = 30_000
MAX_LEAD_CHARS = 3_000  # how far above an item its list's announcement may stand


def count_items(text: str, start: int) -> int | None:
    """How many items a numbered list has when it starts on the line after ``start`` in ``text``
    ("... cụ thể như sau:" then "1. ...", "2. ..."): numbered 1, 2, 3, ... with any lines between
    (an item's own points, its lines wrapped); it ends at a number out of turn or at a line
    that heads more than an item. None unless it counts at least MIN_ITEMS.

    >>> text = "Bãi bỏ các văn bản sau:\\n1. Quyết định 90/2004;\\na) điểm a;\\n2. Quyết định 02/2007;\\n3. Quyết định 5/2010.\\nĐiều 2. Hiệu lực"
    >>> count_items(text, text.index(":") + 1)
    3
    >>> count_items("Gồm:\\n1. Một.\\n3. Ba.", 4) is None  # "3." out of turn: no list counted from 1
    True
    """
    expected = 1
    for line in text[start:start + MAX_COUNTED_CHARS].split("\n")[1:]:
        m = _NUMBERED.match(line)
        if m:
            if int(m.group(1)) != expected:
                break
            expected += 1
        elif _ABOVE_ITEMS.match(line):
            break
        elif expected == 1 and line.strip():
            return None  # the line after the announcement is no first item
    count = expected - 1
    return count if count >= MIN_ITEMS else None


def list_lead(text: str, at: int, limit: int = MAX_LEAD_CHARS) -> tuple[int, int] | None:
    """(start, end) in ``text`` of the sentence that announces the list whose item starts at
    ``at`` ("Điều 1. Ủy quyền cho Giám đốc Sở X thực hiện ..., cụ thể như sau:" above "1. Cấp
    giấy chứng nhận ..."): the nearest line above that is no list item, when it ends with ":";
    None when the item heads no list or the lines above within ``limit`` are all items.

    >>> text = "Điều 1. Giao Sở X thực hiện như sau:\\n1. Việc một;\\na) điểm a;\\n2. Việc hai."
    >>> start, end = list_lead(text, text.index("2."))
    >>> text[start:end]
    'Điều 1. Giao Sở X thực hiện như sau:'
    >>> list_lead("Sở X báo cáo.\\n1. Việc một.", 14) is None  # no announcement above
    True
    """
    if not LIST_MARKER.match(text[at:at + 12]):
        return None
    end = text.rfind("\n", 0, at)
    while end > 0 and at - end <= limit:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not LIST_MARKER.match(line) or _ABOVE_ITEMS.match(line):
            return (start, start + len(line.rstrip())) if line.rstrip().endswith(":") else None
        end = start - 1
    return None
