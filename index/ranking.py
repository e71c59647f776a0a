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

A table that states no extreme in words is read whole: the row with the extreme value of the
column the question names (or of the first score column), its name cell with the value:

>>> rows = ["STT: 1; Đơn vị: Sở Y tế; Tổng điểm: 84,86; Điểm số hóa: 3,9",
...         "STT: 2; Đơn vị: Sở Tư pháp; Tổng điểm: 67,59; Điểm số hóa: 4,1",
...         "STT: 3; Đơn vị: Sở Tài chính; Tổng điểm: 40,09; Điểm số hóa: 0,2"]
>>> table_extreme(rows, "Sở nào có tổng điểm thấp nhất?")
('STT: 3; Đơn vị: Sở Tài chính; Tổng điểm: 40,09; Điểm số hóa: 0,2', 'Sở Tài chính (40,09)')
>>> table_extreme(rows, "Sở nào có điểm số hóa cao nhất?")[1]
'Sở Tư pháp (4,1)'
>>> ranked = ["Thứ hạng: 1; Đơn vị: Xã A; Chỉ số: 88,1%", "Thứ hạng: 2; Đơn vị: Xã B; Chỉ số: 70,2%",
...           "Thứ hạng: 3; Đơn vị: Xã C; Chỉ số: 55,7%"]
>>> table_extreme(ranked, "Xã nào xếp hạng cuối?")[1], table_extreme(ranked, "Xã nào có thứ hạng cao nhất?")[1]
('Xã C', 'Xã A')
>>> counts = ["TT: 1; Xã: Xã A; Số hộ: 1.250", "TT: 2; Xã: Xã B; Số hộ: 980", "TT: 3; Xã: Xã C; Số hộ: 15"]
>>> table_extreme(counts, "Xã nào có số hộ nhiều nhất?")[1]
'Xã A (1.250)'
"""
from __future__ import annotations

import re

from collections.abc import Sequence

from index.fields import INDEX_LABEL, ROW_CELL
from ingest.normalize import strip_accents

# The extremes a question may ask for, each with the words a text writes it with.
_EXTREMES = {
    "top": r"cao nhất|nhiều nhất|lớn nhất",
    "bottom": r"thấp nhất|ít nhất|nhỏ nhất",
}
_TOP_Q = re.compile(r"\b(?:cao nhat|nhieu nhat|lon nhat|dan dau|dung dau|xep (?:hang )?(?:thu )?nhat|hang nhat)\b")
_BOTTOM_Q = re.compile(r"\b(?:thap nhat|nho nhat|dung cuoi|xep cuoi|(?:xep )?hang cuoi|cuoi bang)\b")
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


_NUMBER = re.compile(r"\s*(\d+(?:[.,]\d+)*)\s*%?\s*")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # "1.250", "12.345,5"
_RANK_LABEL = re.compile(r"^(?:thu hang|xep hang|hang|thu tu xep hang)$")
_NAME_LABEL = re.compile(r"^(?:don vi|ten don vi|dia phuong|co quan|ten co quan|tinh|tinh, thanh pho|"
                         r"xa, phuong|ten xa|ho va ten|ten)$")
MIN_TABLE_ROWS = 3
MIN_COLUMN_WORDS = 2  # words of a column's header the question must repeat to name that column


def _cells(row: str) -> list[tuple[str, str]]:
    return [(strip_accents(m.group("label")).lower().strip(), m.group("value").strip()) for m in ROW_CELL.finditer(row)]


def table_rows(text: str, at: int) -> list[str]:
    """The rows of the table whose row is the line of ``text`` at offset ``at``: the lines
    around it with the same column headers."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    labels = [label for label, _ in _cells(text[start:end])]
    if len(labels) < 3:
        return []
    rows = [text[start:end]]
    before = start - 1
    while before > 0:
        line_start = text.rfind("\n", 0, before) + 1
        line = text[line_start:before]
        if [label for label, _ in _cells(line)] != labels:
            break
        rows.insert(0, line)
        before = line_start - 1
    after = end + 1
    while after < len(text):
        line_end = text.find("\n", after)
        line_end = len(text) if line_end < 0 else line_end
        line = text[after:line_end]
        if [label for label, _ in _cells(line)] != labels:
            break
        rows.append(line)
        after = line_end + 1
    return rows


def _number(value: str) -> float | None:
    """A cell's number: "84,86" and "84.86" are decimals, "1.250" is a thousand and more."""
    m = _NUMBER.fullmatch(value)
    if not m:
        return None
    digits = m.group(1)
    if _THOUSANDS.fullmatch(digits):
        return float(digits.replace(".", "").replace(",", "."))
    return float(digits.replace(",", ".")) if digits.count(",") + digits.count(".") <= 1 else None


def table_extreme(rows: Sequence[str], question: str) -> tuple[str, str] | None:
    """(the row, "Name (value)") holding the extreme the question asks for in a table's rows;
    None when the question asks for none, the rows are too few, or name nothing."""
    extreme = _asked(question)
    table = [_cells(r) for r in rows]
    if extreme is None or len(table) < MIN_TABLE_ROWS:
        return None
    labels = [label for label, _ in table[0]]
    numeric = [i for i, label in enumerate(labels) if not INDEX_LABEL.match(label)
               and all(i < len(r) and _number(r[i][1]) is not None for r in table)]
    names = [i for i, label in enumerate(labels) if all(i < len(r) for r in table)
             and (_NAME_LABEL.match(label) or i not in numeric and not INDEX_LABEL.match(label))]
    names.sort(key=lambda i: not _NAME_LABEL.match(labels[i]))  # a "Đơn vị" column first
    if not numeric or not names:
        return None
    asked = set(re.findall(r"\w+", strip_accents(question).lower()))
    said = [len(set(re.findall(r"\w+", labels[i])) & asked) for i in numeric]
    ranks = [i for i in numeric if _RANK_LABEL.match(labels[i])]
    if max(said) >= MIN_COLUMN_WORDS and said.count(max(said)) == 1:
        column = numeric[said.index(max(said))]  # the column the question names
    else:  # a ranking table's rank, else the first score column
        column = ranks[0] if ranks else numeric[0]
    if column in ranks:  # rank 1 is the top
        extreme = "bottom" if extreme == "top" else "top"
    values = [_number(r[column][1]) for r in table]
    pick = max if extreme == "top" else min
    best = pick(values)
    if values.count(best) > 1:
        return None  # a tie names no single unit
    row = values.index(best)
    name = table[row][names[0]][1]
    shown = "" if column in ranks else f" ({table[row][column][1]})"
    return rows[row], f"{name}{shown}"
