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
>>> numbered_part("đề nghị điều chỉnh tại khoản 7 Điều 4 dự thảo Quyết định thành:", "Sở đề nghị sửa khoản nào?")
'khoản 7 Điều 4'
>>> numbered_part("theo quy định tại điểm b khoản 2 Điều 12 Nghị định số 126/2024/NĐ-CP", "căn cứ điểm nào?")
'điểm b khoản 2 Điều 12'
>>> numbered_part("Cấp tài khoản 2 cho cán bộ", "cấp tài khoản nào?") is None
True

A table row, as the loaders write it ("Header: cell; Header: cell"), answers "bao nhiêu?" with
the number in the column whose header the question names, and the row's unit:

>>> row_value("Số TT: 3; Tên học phẩm: Bút bi; Đơn vị tính: Cái; Số lượng / Cấp trung học cơ sở: 20; "
...           "Số lượng / Cấp trung học phổ thông: 24", "Học sinh cấp THPT được cấp bao nhiêu bút bi?")
(122, 124, '24 cái')
>>> row_value("Stt: 1; Mã TTHC: 1.013871; Tên TTHC: Bổ nhiệm giám định viên pháp y", "Công bố bao nhiêu TTHC?") is None
True

A question for a telephone number ("số điện thoại của Phó Giám đốc là số nào?", "SĐT ...") is
answered by the number as written:

>>> phone("| Đ/c Lê Quang Dân | Phó Giám đốc Sở | 0913406941")
'0913406941'
>>> phone("Ông Nguyễn Văn A, Phó Giám đốc, ĐT: 0918.675.592.")
'0918.675.592'
>>> phone("Ngày 01/01/2026, xếp hạng 19/34.") is None
True
"""
from __future__ import annotations

import re

from index.abbrev import expand_inline
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
# "mẫu số mấy?", "điều số bao nhiêu?"; "cơ sở mấy?", "nhóm mấy?" (a place or group by its number),
# not "định mức máy móc", "phòng máy tính" (a "máy" folds to "may" too) nor "đạt điểm mấy?" (a score)
# ... and "sửa khoản nào?", "theo Điều nào?": the unit of a legal text a sentence cites (not "tài
# khoản nào", "địa điểm nào", "thời điểm nào", nor "mục nào", which folds like "mức nào", a level)
PART_Q = re.compile(r"\b(mau|phu luc|bieu mau|bieu|dieu|khoan|diem|muc|chuong|phan|tieu chi|phuong an|cau"
                    r"|co so|tang|phong|khu vuc|khu|lo|dot|giai doan|nhom)"
                    r"\s+(?:so\s+(?:may|bao nhieu)|(?<!diem )(?<!dinh muc )may"
                    r"(?!\s+(?:moc|tinh|chu|bay|in|phat|quet|anh|lanh|thu|cay|xuc|bom|chieu|do|photo|fax|bien)\b))\b"
                    r"|\b(?<!tai )(?<!dia )(?<!thoi )(?<!trong )(dieu|khoan|diem|chuong|phu luc)\s+nao\b")
# The units above a cited point or clause, as a citation writes them: "điểm a khoản 2 Điều 5"
_CITED_ABOVE = {"diem": r"(?:\s+khoan\s+\d{1,3})?(?:\s+dieu\s+\d{1,3}[a-z]?)?",
                "khoan": r"(?:\s+dieu\s+\d{1,3}[a-z]?)?"}
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
    ... gì?"), up to the end of its clause, or the quotation after a line that starts with its
    two words, on that line or the next ("Chủ đề Tháng hành động" / "“...”" for "có chủ đề là
    gì?"); None when no verb of the question opens such a list.

    >>> colon_value("a) Chủ đề Tháng hành động năm 2025\\n“Bình đẳng giới trong kỷ nguyên số”.",
    ...             "Tháng hành động năm 2025 có chủ đề là gì?")
    'Bình đẳng giới trong kỷ nguyên số'
    """
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
            if size == 2:  # "a) Chủ đề Tháng hành động năm 2025" then "“Bình đẳng giới và ...”."
                quoted = re.search(rf"(?m)^\W{{0,3}}(?:[a-zđ]\)|\d{{1,2}}\.)?\s*{re.escape(verb)}\b[^\n“”\"]{{0,80}}?"
                                   r"\n?\s*[“\"]([^”\"\n]{3,200})[”\"]", folded_t)
                if quoted:
                    return text[quoted.start(1):quoted.end(1)].strip()
    return None


def numbered_part(text: str, question: str) -> str | None:
    """The part or form of the kind a question asks the number of ("mẫu số mấy?" → "Mẫu số 9"),
    as ``text`` writes it; None when the question asks no such thing or the text names none."""
    asked = PART_Q.search(fold(question))
    folded = fold(text)
    if asked is None or len(folded) != len(text):
        return None
    unit = asked.group(1) or asked.group(2)
    label = r"\d{1,3}[a-z]?|[ivxlc]{1,5}" + (r"|[a-z](?!\w)" if unit == "diem" else "")
    for m in re.finditer(rf"\b{unit}\s+(?:so\s+)?(?:{label})\b{_CITED_ABOVE.get(unit, '')}", folded):
        found = text[m.start():m.end()]
        if fold(found) not in fold(question):
            return found
    return None


# "số điện thoại", "SĐT", "sđt", "điện thoại liên hệ" asked for
_PHONE_Q = re.compile(r"\b(?:so dien thoai|dien thoai (?:lien he|di dong|co quan)|sdt|dt lien he)\b")
# A Vietnamese telephone number: "0913406941", "0918.675.592", "0911 058448", "0263 3822 123".
_PHONE = re.compile(r"(?<![\d/.,])0\d(?:[ .\-]?\d){8,9}(?![\d/])")


def asks_phone(question: str) -> bool:
    return bool(_PHONE_Q.search(fold(question)))


def phone(text: str) -> str | None:
    """The first telephone number ``text`` writes, as written."""
    m = _PHONE.search(text)
    return m.group(0) if m else None


# A table row as the loaders write it: "Số TT: 3; Tên học phẩm: Bút bi; Số lượng / Cấp THCS: 20".
ROW_CELL = re.compile(r"(?:^|;\s)\s*(?P<label>[^:;\n]{2,80}?)\s*:\s*(?P<value>[^;\n]*)")
_NUMBER_CELL = re.compile(r"\s*(\d[\d.,]*)\s*")
# for a measure asked by name, also a score or rank out of a total ("11,57/15", "61/63", not a
# month "12/2025") or a rate ("77,1%")
_MEASURE_CELL = re.compile(r"\s*(\d[\d.,]*(?:/(?!(?:19|20)\d\d\b)\d[\d.,]*)?%?)\s*")
INDEX_LABEL = re.compile(r"^(?:so tt|stt|tt|so thu tu|ma\b.*)$")  # a row's number or a code ("Mã TTHC")
_UNIT_LABEL = re.compile(r"^(?:don vi tinh|dvt|don vi)$")
_HOW_MANY = re.compile(r"\b(?:bao nhieu|may|so luong)\b")
# Measures a question asks for and the column headers that hold them: a rank ("xếp thứ mấy?",
# "xếp hạng mấy?" / "Thứ hạng"), a score ("bao nhiêu điểm?" / "Điểm số"), a rate ("bao nhiêu %?",
# "tỷ lệ bao nhiêu" / "Tỷ lệ %")
_MEASURES = {
    # not "sắp xếp thứ tự", "hàng may mặc"
    "rank": (re.compile(r"\b(?:(?<!sap )xep (?:thu|hang)|dung (?:thu|hang)|thu hang|hang thu|thu may)\b"),
             re.compile(r"^\s*(?:thu hang|xep hang|hang)\s*$")),
    # not "bao nhiêu điểm cầu / điểm trường / điểm giao dịch"
    "score": (re.compile(r"\b(?:(?:bao nhieu|may) diem(?! (?:cau|truong|giao dich|ban|thi|du lich|tiep nhan|phuc vu))"
                         r"|diem so|(?<!dia )(?<!thoi )(?<!quan )diem (?:chi so|danh gia))\b"),
              re.compile(r"^\s*(?:diem so|diem|diem dat|diem danh gia|tong diem)\s*$")),
    "rate": (re.compile(r"\b(?:bao nhieu (?:%|phan tram)|ty le (?:la |dat )?bao nhieu)|bao nhieu\s*%"),
             re.compile(r"^\s*(?:ty le\s*(?:\(?%\)?)?|%)\s*$")),
}
MIN_GROUP_RUN = 2  # syllables of a measure's group the question must repeat ("Lâm Đồng") when several groups have it
MIN_ROW_CELLS = 3
MIN_HEADER_RUN = 3  # syllables of a column's header the question repeats in a row ("cấp THCS"); "phổ thông"
# alone may name a kind of school ("trường phổ thông dân tộc nội trú"), not the column


def row_value(text: str, question: str) -> tuple[int, int, str] | None:
    """For "bao nhiêu?", the number in the row's column whose header the question names best
    (the longest run of the header's words the question repeats: "cấp THCS" is "Cấp trung học cơ
    sở", not "Cấp trung học phổ thông"), with the row's "Đơn vị tính" after it: (start, end of
    the number in ``text``, answer).

    A question that asks for a rank, a score or a rate ("xếp thứ mấy?", "được bao nhiêu điểm?")
    names the column by its measure; the group above it is named by its words ("Lâm Đồng /
    Thứ hạng" for "tỉnh Lâm Đồng xếp thứ mấy?"), and both measures are given when both are asked:

    >>> row = ("STT: 5; Nội dung: Cải cách chế độ công vụ; Lâm Đồng / Điểm số: 11,57/15; Lâm Đồng / Chỉ số: 77,1%; "
    ...        "Lâm Đồng / Thứ hạng: 61/63; Đắk Nông / Điểm số: 13,36/15; Đắk Nông / Thứ hạng: 13/63")
    >>> row_value(row, "Chỉ số cải cách chế độ công vụ của tỉnh Lâm Đồng xếp thứ mấy?")[2]
    '61/63'
    >>> row_value(row, "Lâm Đồng được bao nhiêu điểm và xếp hạng mấy ở lĩnh vực công vụ?")[2]
    'Điểm số 11,57/15, Thứ hạng 61/63'
    >>> row_value("STT: 1; Đơn vị: Sở Y tế; Điểm: 95,5; Xếp hạng: 2", "Sở Y tế đạt bao nhiêu điểm, xếp thứ mấy?")[2]
    'Điểm 95,5, Xếp hạng 2'

"hàng may mặc" asks for no rank:

    >>> row_value("STT: 1; Nhóm hàng: Dệt may; Kim ngạch xuất khẩu (triệu USD): 1.234; Thứ hạng: 2",
    ...           "Kim ngạch xuất khẩu hàng may mặc đạt bao nhiêu triệu USD?")[2]
    '1.234'
    """
    folded_q = fold(question)
    if not _HOW_MANY.search(folded_q):
        return None
    cells = list(ROW_CELL.finditer(text))
    if len(cells) < MIN_ROW_CELLS:
        return None
    labels = [fold(c.group("label")).strip() for c in cells]
    unit = next((c.group("value").strip() for c, label in zip(cells, labels) if _UNIT_LABEL.match(label)), "")
    asked = _syllables(expand_inline(question))
    measured = _measured_cells(cells, labels, asked, folded_q)
    if measured:
        spans = [_cell_number(c, _MEASURE_CELL) for c in measured]
        if len(measured) == 1:
            return spans[0][0], spans[0][1], spans[0][2]
        said = ", ".join(f"{c.group('label').split('/')[-1].strip()} {n}" for c, (_, _, n) in zip(measured, spans))
        return spans[0][0], spans[-1][1], said
    numeric = [(c, label) for c, label in zip(cells, labels)
               if _NUMBER_CELL.fullmatch(c.group("value")) and not INDEX_LABEL.match(label)]
    if not numeric:
        return None
    scores = [_common_run(_syllables(expand_inline(c.group("label"))), asked) for c, _ in numeric]
    best = max(scores)
    if best < MIN_HEADER_RUN or scores.count(best) > 1:  # the question must name one column
        return None
    start, end, number = _cell_number(numeric[scores.index(best)][0], _NUMBER_CELL)
    return start, end, f"{number} {unit.lower()}".strip()


def _cell_number(cell: re.Match[str], form: re.Pattern[str]) -> tuple[int, int, str]:
    """The number a row cell holds (its value matches ``form``) and where it stands in the row."""
    number = form.fullmatch(cell.group("value")).group(1)
    start = cell.start("value") + cell.group("value").index(number)
    return start, start + len(number), number


def _measure(label: str) -> str | None:
    """The measure a column's header names in its last part ("Lâm Đồng / Thứ hạng": a rank)."""
    last = label.split("/")[-1]
    return next((m for m, (_, named) in _MEASURES.items() if named.search(last)), None)


def _measured_cells(cells: list[re.Match[str]], labels: list[str], asked: list[str],
                    folded_q: str) -> list[re.Match[str]]:
    """For each measure the question asks for, the one cell of that measure whose group (the
    header's other parts: "Lâm Đồng" of "Lâm Đồng / Thứ hạng") the question names best, in row
    order; a measure with one cell needs no group. Empty when a measure's group is not named."""
    found = []
    for measure, (ask, _) in _MEASURES.items():
        if not ask.search(folded_q):
            continue
        own = [(c, label) for c, label in zip(cells, labels)
               if _measure(label) == measure and _MEASURE_CELL.fullmatch(c.group("value"))]
        if len(own) == 1:
            found.append(own[0][0])
            continue
        groups = [sum(_common_run(_syllables(part), asked) for part in label.split("/")[:-1]) for _, label in own]
        if groups and max(groups) >= MIN_GROUP_RUN and groups.count(max(groups)) == 1:
            found.append(own[groups.index(max(groups))][0])
    return sorted(found, key=lambda c: c.start())


def _common_run(a: list[str], b: list[str]) -> int:
    """Length of the longest run of syllables ``a`` and ``b`` share."""
    best = 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b, start=1):
            if x == y:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best
