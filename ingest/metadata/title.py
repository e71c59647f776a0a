"""The type line and the subject: "KẾ HOẠCH" then the title lines, "V/v ..." for a letter,
or the heading of a legal-database page ("Kế hoạch 431/KH-UBND năm 2018 về ...")."""
from __future__ import annotations

import re

from ingest.doctypes import type_from_title
from ingest.metadata.dates import DATE_FULL, DATE_NUMERIC, find_date, place_start
from ingest.metadata.header import Header
from ingest.normalize import is_syllable
from ingest.metadata.text import (
    AUTHORITY,
    NUMBER_LINE,
    PREAMBLE,
    VV_LINE,
    first_upper,
    is_upper,
    proper_case,
)

MAX_TITLE_LINES = 8
MAX_TITLE_CHARS = 700

# A body paragraph, not a title line.
_BODY_START = re.compile(
    r"^(?:Căn cứ|Kính gửi|Xét\b|Theo đề nghị|Trả lời|Để\b|Nhằm\b|Trên cơ sở|Thời gian\s*:|"
    r"Địa điểm|Thành phần|Ngày \d|Sáng\b|Chiều\b|Điều \d|Chương\s+[IVXLC\d]+\b|"
    r"Phần\s+(?:[IVXLC\d]+|thứ)\b|Phụ lục|"
    r"[IVX]+\s*[.)]\s|\d+\s*[.)]\s|[-+•*]\s)"
)
_NUMBERED = re.compile(r"^(?:[IVX]+|\d+)\s*[.)]")
_FORM_BLANK = re.compile(r"\.{5,}|…{2,}")  # "Số và ký hiệu HS: ..........": a stamp's field to fill in
_LETTERS = re.compile(r"[^\W\d_]+")
# "(Kèm theo Công văn số ... của Sở Nội vụ)" closing an annex's title line: not title text.
ANNEX_NOTE = re.compile(r"\s*\((?:[Bb]an hành\s+|[Đđ]ược ban hành\s+)?[Kk]èm theo\b[^()]*\)?\s*$")
MAX_NOISE_LINES = 3
NOISE_SHARE = 0.65  # a line fewer of whose words read as Vietnamese is OCR noise


def is_noise(line: str) -> bool:
    """A line of a scan that is no title text: a received-document stamp's form fields, or OCR
    noise from a stamp or signature ("URNH 21N)? AM D ÔN vàn SỂ: Z2: cccee ĐiÙ") in which few
    words are Vietnamese syllables or short capitalised abbreviations."""
    if _FORM_BLANK.search(line):
        return True
    words = _LETTERS.findall(line)
    if len(words) < 4:
        return False
    good = sum(1 for w in words if is_syllable(w) or (w.isupper() and 2 <= len(w) <= 6))
    return good / len(words) < NOISE_SHARE


def type_block(lines: list[str], lo: int, hi: int) -> tuple[int, int, str, str] | None:
    """(first line, line after, type, rest) of the type line ("KẾ HOẠCH", "QUYẾT\\nĐỊNH ...")."""
    i = lo
    while i < min(hi, len(lines)):
        line = lines[i]
        if re.match(r"^(?:Phụ lục|PHỤ LỤC)\b", line):
            i += 1  # an annex sent with a letter: "Phụ lục II:" above its own type line
            continue
        if _BODY_START.match(line) or PREAMBLE.match(line):
            return None
        if not is_upper(line):
            i += 1
            continue
        j = i
        parts: list[str] = []
        while j < len(lines) and is_upper(lines[j]) and len(parts) < 3 * MAX_TITLE_LINES and (
            j == i or not (_is_authority(lines, j) or _NUMBERED.match(lines[j]))
        ):
            parts.append(lines[j])
            j += 1
        # "ĐỐI VỚI UBND CÁC XÃ ... (Kèm theo Công văn số ...)": the title's last line, its note cut off
        if j < len(lines) and (note := ANNEX_NOTE.search(lines[j])) and note.start() and \
                is_upper(lines[j][:note.start()]) and not _NUMBERED.match(lines[j]):
            parts.append(lines[j][:note.start()])
            j += 1
        found = type_from_title(" ".join(parts))
        if found:
            return i, j, found[0], found[1]
        i = j
    return None


def _is_authority(lines: list[str], j: int) -> bool:
    """ "ỦY BAN NHÂN DÂN TỈNH X" / "CHỦ TỊCH ..." above the preamble, not a title line that
    happens to start with those words: the capitals run it starts is short."""
    if not AUTHORITY.match(lines[j]):
        return False
    run = []
    while j < len(lines) and is_upper(lines[j]) and len(run) < 3:
        run.append(lines[j])
        j += 1
    return len(run) <= 2 and sum(map(len, run)) <= 90


def title_after(lines: list[str], i: int, *, allow_thuc_hien: bool) -> tuple[str | None, int]:
    """Mixed-case title lines from ``i`` until the body starts; (title, next line)."""
    taken: list[str] = []
    noise = 0
    while i < len(lines) and len(taken) < MAX_TITLE_LINES:
        line = lines[i]
        if line in {"Dự thảo", "DỰ THẢO"} and not taken:
            i += 1
            continue
        if noise < MAX_NOISE_LINES and is_noise(line):  # a stamp scanned into the title
            noise += 1
            i += 1
            continue
        if _BODY_START.match(line) or is_upper(line) or find_date(lines, i, i + 1):
            break
        if line.startswith(("Thực hiện", "Triển khai")) and (taken or not allow_thuc_hien):
            break
        if taken and (len(line) > 250 or sum(map(len, taken)) > MAX_TITLE_CHARS):
            break
        taken.append(line)
        i += 1
        if line.endswith((".", ";", ":")) and not line.endswith("..."):
            break
    if not taken:
        return None, i
    if taken[0].startswith(("Thực hiện", "Triển khai")) and taken[-1].endswith((",", ";")):
        return None, i - len(taken)  # a body sentence ("Thực hiện Chương trình ..., UBND tỉnh ...")
    title = " ".join(taken).rstrip(" .;:,")
    return title, i


def subject_line(lines: list[str], header: Header, hi: int) -> tuple[int, int, str] | None:
    """The "V/v ..." subject of a letter, cut before the place-date if glued to it."""
    for i in range(header.start, min(hi, len(lines))):
        line = lines[i]
        direct = (
            (header.number is not None or header.symbol is not None)
            and line.startswith("Về ")
            and i > 0
            and (NUMBER_LINE.match(lines[i - 1]) or (i > 1 and NUMBER_LINE.match(lines[i - 2])))
        )
        glued = re.search(r"\sV/[vV]\b", line) if NUMBER_LINE.match(line) else None
        if not (VV_LINE.match(line) or direct or glued):
            continue
        taken: list[str] = [line[glued.start() + 1:]] if glued else []
        j = i + 1 if glued else i
        while j < len(lines) and len(taken) < MAX_TITLE_LINES:
            cur = lines[j]
            if j > i and (_BODY_START.match(cur) or NUMBER_LINE.match(cur)
                          or (is_upper(cur) and not cur[:1].isdigit())):
                break
            taken.append(cur)
            j += 1
            if re.search(r",\s*ngày\b", cur) or cur.endswith((".", ";")):
                break
        text = " ".join(taken)
        for m in re.finditer(r",\s*ngày\b", text):
            tail = text[m.start():].lstrip(", ")
            if (DATE_FULL.match(tail) or DATE_NUMERIC.match(tail)
                    or re.match(r"ngày[\s\d.…_]*(?:tháng[\s\d.…_]*)?$", tail)):  # wraps on
                text = text[: place_start(text, m.start(), len(text) - len(taken[-1]))]
                break
        title = re.sub(r"^V/[vV]\s*:?\s*", "V/v ", text.strip()).rstrip(" .;,")
        if len(title) > len("V/v"):
            return i, j, proper_case(title)
    return None


def database_title(lines: list[str], number: str) -> str | None:
    """ "Kế hoạch 431/KH-UBND năm 2018 về nâng cao ..." (legal-database page heading) -> subject."""
    pattern = re.compile(rf"^[^\W\d_][\w ]{{0,30}}?\s{re.escape(number)}(?:\s+năm\s+\d{{4}})?\s+(?P<t>.+)$")
    for line in lines:
        m = pattern.match(line)
        if m:
            t = re.sub(r"^(?:về việc|về)\s+", "", m.group("t").strip())
            return first_upper(t.rstrip(" ."))
    return None
