"""Values written as labelled fields: "Trụ sở chính: Số 2, đường Chùa Chuông, ...".

A question that asks to name something and repeats a field's label ("Trụ sở chính ... ở địa chỉ nào?", "Tuyến nội tỉnh
trọng điểm ... là tuyến nào?") is answered by what follows the label.

>>> labelled_value("+ Trụ sở chính: Số 2, đường Chùa Chuông, phường Phố Hiến;", "Trụ sở chính của trung tâm ở đâu?")
'Số 2, đường Chùa Chuông, phường Phố Hiến'
>>> labelled_value("1. Mục đích:", "Kế hoạch có mục đích gì?") is None
True

A question whose verb the text ends with a colon ("hồ sơ còn thiếu giấy tờ gì?" / "... thì còn
thiếu: Đơn đề nghị sáp nhập (bản chính); ...") is answered by what follows the colon:

>>> colon_value("- Thứ nhất: Đối với hồ sơ xin chủ trương thì còn thiếu: Đơn đề nghị sáp nhập (bản chính); "
...             "trong đó cần nêu rõ lý do.", "Hồ sơ xin chủ trương còn thiếu giấy tờ gì?")
'Đơn đề nghị sáp nhập (bản chính)'
>>> colon_value("Hồ sơ gồm: tờ trình, dự thảo đề án.", "Hồ sơ còn thiếu giấy tờ gì?") is None
True
>>> colon_value("Qua rà soát, hồ sơ còn thiếu: Đơn đề nghị hợp nhất (bản chính).", "Hồ sơ còn thiếu những giấy tờ gì?")
'Đơn đề nghị hợp nhất (bản chính)'

A question that asks which numbered part or form ("theo mẫu số mấy?") is answered by the part
the text names, as written:

>>> numbered_part("- Dự thảo Điều lệ theo quy định tại Mẫu số 9 Điều lệ hội ban hành kèm theo Nghị định "
...               "số 126/2024/NĐ-CP.", "Dự thảo Điều lệ được lập theo mẫu số mấy của Nghị định 126?")
'Mẫu số 9'
"""
from __future__ import annotations

import re

from ingest.facts.text import fold

_FIELD = re.compile(r"^\s*(?:[-+•*]|\d{1,2}\.|[a-zđ]\))?\s*(?P<label>[^:\n]{3,90}?)\s*:\s*(?P<value>[^\n]+)$",
                    re.MULTILINE)
_SYLLABLE = re.compile(r"\w+")
# Questions that ask to name something ("là tuyến nào?", "địa chỉ ở đâu?", "số điện thoại là bao
# nhiêu?"), not to say yes or no.
_WHICH = re.compile(r"\b(?:nao|gi|dau|dia chi|bao nhieu)\b")
# "còn thiếu giấy tờ gì", "còn thiếu những giấy tờ gì": the verb is among the words before
_WHAT = re.compile(r"\s(?:(?:nhung|cac) (?:\w+ ){0,3}?)?gi\b")
# "theo mẫu số mấy?", "tại phụ lục số mấy?", "kiến nghị ... là câu số mấy?": the number of a part,
# a form or an item, not of a document.
PART_Q = re.compile(r"\b(mau|phu luc|bieu mau|bieu|dieu|khoan|diem|muc|chuong|phan|tieu chi|phuong an|cau)"
                    r"\s+so\s+(?:may|bao nhieu)\b")
MIN_LABEL_SHARE = 0.75  # of the label's syllables the question must repeat
MIN_LABEL_SYLLABLES = 2


def _syllables(text: str) -> list[str]:
    return _SYLLABLE.findall(fold(text))


def labelled_value(text: str, question: str) -> str | None:
    """For a question that asks to name something ("nào", "gì", "đâu"), the value of the first
    field in ``text`` whose label the question repeats (most of its
    syllables, at least two), unless the question already states that value; else None."""
    if not _WHICH.search(fold(question)):
        return None
    asked = set(_syllables(question))
    for m in _FIELD.finditer(text):
        label = _syllables(m.group("label"))
        value = m.group("value").strip(" .;")
        if len(label) < MIN_LABEL_SYLLABLES or len(value) < 3 or value.endswith(":"):
            continue
        share = sum(s in asked for s in label) / len(label)
        if share >= MIN_LABEL_SHARE and not set(_syllables(value)) <= asked:
            return value
    return None


def colon_value(text: str, question: str) -> str | None:
    """What follows the question's verb and a colon in ``text`` ("còn thiếu: X" for "còn thiếu
    ... gì?"), up to the end of its clause; None when no verb of the question opens such a list."""
    folded_q, folded_t = fold(question), fold(text)
    what = _WHAT.search(folded_q)
    if not what or len(folded_t) != len(text):
        return None
    before = _SYLLABLE.findall(folded_q[: what.start()])
    for end in range(len(before), max(len(before) - 3, 0), -1):
        for size in (2, 1):
            verb = " ".join(before[max(end - size, 0): end])
            if size == 1 and len(verb) <= 3:  # "có", "là": no verb of their own
                continue
            at = re.search(rf"\b{re.escape(verb)}\s*:\s*", folded_t)
            value = re.match(r"[^;\n]+?(?=\s*(?:[;\n]|\.\s|\.?$))", text[at.end():]) if at else None
            if value and len(value.group(0)) >= 3:
                return value.group(0).strip(" .,")
    return None


def numbered_part(text: str, question: str) -> str | None:
    """The part or form of the kind a question asks the number of ("mẫu số mấy?" → "Mẫu số 9"),
    as ``text`` writes it; None when the question asks no such thing or the text names none."""
    asked = PART_Q.search(fold(question))
    folded = fold(text)
    if asked is None or len(folded) != len(text):
        return None
    for m in re.finditer(rf"\b{asked.group(1)}\s+(?:so\s+)?(\d{{1,3}}[a-z]?|[ivxlc]{{1,5}})\b", folded):
        found = text[m.start():m.end()]
        if fold(found) not in fold(question):
            return found
    return None
