"""Which unit ranks first or last: "xã nào đạt chỉ số cao nhất?" is answered by the name a
report gives with the extreme value ("chỉ số cao nhất là 93,004% (Xã Tân Minh)") or by the first
row of a ranking table ("Thứ hạng: 1; Đơn vị: Sở Tư pháp; ...").

>>> q = "Trong khối UBND cấp xã, xã nào đạt chỉ số cao nhất?"
>>> ranked_first("Chỉ số cao nhất là 93,004% (Xã Tân Minh) và thấp nhất là 19,035% (Xã Sơn Điền).", q)
'Xã Tân Minh (93,004%)'
>>> ranked_first("Thứ hạng: 1; Đơn vị: Sở Tư pháp; Chỉ số: 95,27%", "Sở nào xếp thứ nhất?")
'Sở Tư pháp'
>>> ranked_first("Chỉ số cao nhất là 85,29% và thấp nhất là 8,82%.", q) is None
True
"""
from __future__ import annotations

import re

from ingest.normalize import strip_accents

# The extremes a question may ask for, each with the words a text writes it with.
_EXTREMES = {
    "top": r"cao nhất|nhiều nhất|lớn nhất",
    "bottom": r"thấp nhất|ít nhất|nhỏ nhất",
}
_TOP_Q = re.compile(r"\b(?:cao nhat|nhieu nhat|lon nhat|dan dau|dung dau|xep (?:hang )?(?:thu )?nhat|hang nhat)\b")
_BOTTOM_Q = re.compile(r"\b(?:thap nhat|nho nhat|dung cuoi|xep cuoi)\b")
# "xã nào", "đơn vị nào", "ai": the question asks for a name, not only for the value
_WHICH_Q = re.compile(r"\b(?!bao\b)\w+ nao\b|\bai\b")
_VALUE = r"\d[\d.,]*\s*(?:%|điểm|/\d+(?:[.,]\d+)?\s*điểm)?"
_NAME = r"[^\W\d_][^()\n;]{1,80}?"  # a capital first, checked after the match
_RANK_ONE = re.compile(r"(?:^|;\s*)(?:Thứ hạng|Xếp hạng|Hạng|Thứ tự xếp hạng)\s*:\s*0?1\s*(?:;|$)", re.IGNORECASE)
_NAME_CELL = re.compile(r"(?:^|;\s*)(?:Đơn vị|Tên đơn vị|Địa phương|Cơ quan|Tên cơ quan|Tỉnh|Tỉnh, thành phố)\s*:\s*([^;\n]{2,80})")


def _asked(question: str) -> str | None:
    folded = strip_accents(question.lower())
    if not _WHICH_Q.search(folded):
        return None
    if _TOP_Q.search(folded):
        return "top"
    if _BOTTOM_Q.search(folded):
        return "bottom"
    return None


def asks_ranked_first(question: str) -> bool:
    """The question asks which unit is first or last ("xã nào đạt chỉ số cao nhất?")."""
    return _asked(question) is not None


def ranked_first(text: str, question: str) -> str | None:
    """The name ``text`` gives for the extreme the question asks for, with the value when the
    text writes it beside the name; None when the text names nobody."""
    extreme = _asked(question)
    if extreme is None:
        return None
    words = _EXTREMES[extreme]
    for pattern in (
        # "cao nhất là 93,004% (Xã Tân Minh)"
        rf"(?:{words})\s+(?:là\s+|đạt\s+|với\s+)?(?P<value>{_VALUE})\s*\((?P<name>{_NAME})\)",
        # "cao nhất là Thanh tra tỉnh (84,893%)", "cao nhất là Sở Tư pháp với 95,27%"
        rf"(?:{words})\s+(?:là|thuộc về)\s+(?P<name>{_NAME})\s*(?:\(|với\s+|đạt\s+)(?P<value>{_VALUE})",
    ):
        m = re.search(pattern, text, re.IGNORECASE)
        if m and m.group("name")[0].isupper():
            return f"{m.group('name').strip(' ,')} ({m.group('value').strip()})"
    if extreme == "top" and _RANK_ONE.search(text):  # a ranking table's first row
        cell = _NAME_CELL.search(text)
        if cell:
            return cell.group(1).strip()
    return None
