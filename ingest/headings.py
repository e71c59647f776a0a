"""Recognise Vietnamese document headings and list markers.

A heading has a *rank* (smaller = higher in the outline) and a short *label* used in section
paths. Legal units keep only their unit and number ("Chương II", "Điều 32"); numbered plan
headings keep their words ("IV. Tổ chức thực hiện").

>>> classify("Điều 32. Quyền và nghĩa vụ của tổ chức")
Marker(rank=3, label='Điều 32', kind='heading')
>>> classify("1. Sở Tài chính: Triển khai đồng bộ các ứng dụng quản lý ngân sách.")
Marker(rank=5, label='1. Sở Tài chính', kind='labelled')
>>> classify("- Rà soát các thủ tục hành chính") is None
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

PART, CHAPTER, SUBCHAPTER, ARTICLE, ROMAN, ARABIC, ARABIC2, ARABIC3, LETTER = range(9)
UPPER = ROMAN  # an unnumbered upper-case title line sits where "I." would

MAX_HEADING = 120  # longer numbered paragraphs are list items, not headings
MAX_LABEL = 90

MarkerKind = Literal["heading", "labelled", "item"]


@dataclass(frozen=True, slots=True)
class Marker:
    rank: int
    label: str
    # heading: the paragraph is a heading line; labelled: "1. Sở X: tasks ..." (a label, then
    # content); item: a numbered list item whose text is content (it closes deeper sections).
    kind: MarkerKind


_LEGAL = [
    (PART, re.compile(r"^(?:PHẦN|Phần)\s+((?:THỨ|thứ)\s+[^\W\d_]+|[IVXLC]+|\d+|[A-ZĐ])(?=[\s.:\-–]|$)")),
    (CHAPTER, re.compile(r"^(?:CHƯƠNG|Chương)\s+([IVXLC]+|\d+)(?=[\s.:\-–]|$)")),
    (SUBCHAPTER, re.compile(r"^(?:MỤC|Mục)\s+(\d+|[IVXLC]+)(?=[\s.:\-–]|$)")),
    (ARTICLE, re.compile(r"^(?:ĐIỀU|Điều)\s+(\d+[a-zđ]?)\s*(?:[.:\-–]|$)")),
]
_UNIT_NAMES = {PART: "Phần", CHAPTER: "Chương", SUBCHAPTER: "Mục", ARTICLE: "Điều"}
# A unit named inside a sentence ("... tại khoản 1 | Điều 21, điểm b ...", "... Mục II | Phần IV
# cho phù hợp ..."): after its number comes a comma, a lower-case word, another unit or a law.
_UNIT_NUMBER = re.compile(
    r"^(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục|ĐIỀU|Điều|PHỤ LỤC|Phụ lục)\s+(?:số\s+)?"
    r"(?:[IVXLC]+|\d+[a-zđ]?|[A-ZĐ])(?![\w/.])"
)
_REFERENCE_TAIL = re.compile(
    r"^(?:\s*[,;)]|\s+(?:(?:và|hoặc|đến|tới)\s+)?(?:"
    r"(?:Phần|Chương|Mục|Điều|Phụ lục)\s+(?:[IVXLC]+|\d+)(?![\w/])"  # "Mục II Phần IV"
    r"|Hiến pháp\b"
    r"|(?:Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch)\s+(?:số\b|\d)))"
)
# "Điều 5 Luật Đất đai": a law by its name (not "Chương II Luật áp dụng", a title).
_LAW_TAIL = re.compile(r"^\s+(?:(?:và|hoặc)\s+)?(?:Luật|Bộ luật|Pháp lệnh)\s+(\S)")
# "PHỤ LỤC II", "Phụ lục 01", optionally followed by its upper-case title: an annex is top level.
_APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ\s+|số\s+)?([IVXLC]+|\d{1,2})(?![\w/.]))?\s*[.:\-–]?\s*")

_NUMBERED = [
    (ARABIC3, re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s+(?=\S)")),
    (ARABIC2, re.compile(r"^(\d{1,2}\.\d{1,2})\.?\s+(?=\S)")),
    (ROMAN, re.compile(r"^([IVXL]{1,5})\s*[.)\-–]\s*(?=\S)")),
    (ARABIC, re.compile(r"^(\d{1,2})\s*[.)]\s*(?=[^\d\s])")),
    (LETTER, re.compile(r"^([a-zđ])\s*\)\s*(?=\S)")),
    (LETTER, re.compile(r"^([a-zđ])\.\s+(?=\S)")),
]

# Upper-case lines that are part of the document frame, not section titles.
# The frame of a document, not a heading of its body: the motto, the signature's title (with
# its deputy: "PHÓ TRƯỞNG BAN", "PHÓ CHÁNH VĂN PHÒNG"), the draft mark, the enacting word.
_FRAME = re.compile(
    r"^(CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|NƠI NHẬN|KT\.|TM\.|TL\.|Q\.|"
    r"(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|THỦ TƯỚNG|"
    r"VIỆN TRƯỞNG|CỤC TRƯỞNG|HIỆU TRƯỞNG)\b|BỘ TRƯỞNG|THỨ TRƯỞNG|DỰ THẢO\s*\d*$|"
    r"QUYẾT ĐỊNH\s*:?$|QUYẾT NGHỊ\s*:?$|CHỈ THỊ\s*:?$)"
)
_FRAME_ANYWHERE = re.compile(r"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|^UBND")
_LETTER = re.compile(r"[^\W\d_]")


def _label(text: str) -> str:
    text = " ".join(text.split()).rstrip(" :;,.")
    if len(text) > MAX_LABEL:
        cut = text[:MAX_LABEL].rsplit(" ", 1)[0]
        text = cut + "…"
    return text


def is_upper_title(text: str) -> bool:
    """An all-capitals line such as "TỔ CHỨC THỰC HIỆN" (not the national motto, not a signature)."""
    letters = _LETTER.findall(text)
    if len(letters) < 4 or len(text) > MAX_HEADING or len(text.split()) < 2:
        return False
    if any(c.islower() for c in letters) or "|" in text:
        return False
    return not _FRAME.match(text) and not _FRAME_ANYWHERE.search(text)


def is_reference(text: str) -> bool:
    """``text`` starts by citing a unit ("Điều 15 Nghị định số ...", "Phần IV cho phù hợp ..."):
    the continuation of a sentence cut before the unit word, not a heading.

    >>> is_reference("Phần IV cho phù hợp với việc điều chỉnh thời gian Đại hội.")
    True
    >>> is_reference("Điều 21, điểm b khoản 5 Điều 32 Nghị định số 126/2024/NĐ-CP")
    True
    >>> is_reference("PHỤ LỤC I ĐIỀU CHỈNH DANH MỤC"), is_reference("Điều 3. Tổ chức thực hiện")
    (False, False)
    >>> is_reference("Mục 2 Điều kiện hoạt động"), is_reference("Chương II Luật áp dụng")
    (False, False)
    """
    text = text.strip()
    m = _UNIT_NUMBER.match(text)
    if not m:
        return False
    rest = text[m.end():]
    if _REFERENCE_TAIL.match(rest):
        return True
    law = _LAW_TAIL.match(rest)
    if law and (law.group(1).isupper() or law.group(1).isdigit() or rest[law.start(1):].startswith("số ")):
        return True
    word = rest.lstrip()
    # "Phần IV cho ...": a lower-case word straight after the number (no "." or ":" between).
    return len(word) < len(rest) and word[:1].isalpha() and word[:1].islower()


def classify(text: str) -> Marker | None:
    """The heading or list marker that starts ``text``, or None for plain text and bullets."""
    text = text.strip()
    if is_reference(text):
        return None
    for rank, pattern in _LEGAL:
        m = pattern.match(text)
        if m:
            number = m.group(1) if rank != PART else m.group(1).replace("THỨ", "thứ")
            if number.startswith("thứ"):
                number = number.lower()
            # "Điều 1. Phạm vi điều chỉnh" is a heading; "Điều 1. Ban hành kèm theo Quyết định này
            # Quy chế ..." carries its content: a label, so that the content stays in its article.
            body = text[m.end():].lstrip(" .:-–").rstrip()
            kind = "heading" if not body or _is_heading_text(body) else "labelled"
            return Marker(rank, f"{_UNIT_NAMES[rank]} {number}", kind)
    m = _APPENDIX.match(text)
    if m and len(text) <= 2 * MAX_HEADING and (m.end() == len(text) or all_caps(text[m.end():])):
        return Marker(PART, f"Phụ lục {m.group(1)}" if m.group(1) else "Phụ lục", "heading")
    for rank, pattern in _NUMBERED:
        m = pattern.match(text)
        if not m:
            continue
        body = text[m.end():].strip()
        if not _LETTER.search(body):
            return None
        if rank == ROMAN and m.group(1) in {"V", "X", "L"} and text[len(m.group(1)):].startswith("/"):
            return None  # "V/v ..." is the subject line of a letter
        head, sep, rest = body.partition(":")
        if sep and rest.strip() and 0 < len(head) <= 80 and "." not in head:
            return Marker(rank, _label(text[: m.end()] + head), "labelled")
        if _is_heading_text(body):
            return Marker(rank, _label(text), "heading")
        return Marker(rank, _label(text[: m.end()]), "item")
    return None


def all_caps(text: str) -> bool:
    """Letters present and none lower-case."""
    letters = _LETTER.findall(text)
    return bool(letters) and not any(c.islower() for c in letters)


def _is_heading_text(body: str) -> bool:
    """Short, not a sentence: "Tổ chức thực hiện", "MỤC TIÊU, YÊU CẦU", "Sở Tài chính"."""
    if len(body) > MAX_HEADING:
        return False
    stripped = body.rstrip()
    if stripped.endswith((";", ",")):
        return False
    if stripped.endswith(".") and len(stripped.split()) > 10:
        return False  # a sentence, not a title
    inner = stripped.rstrip(".:")
    # A full stop inside means several sentences; a heading is one phrase.
    return ". " not in inner and "; " not in inner
