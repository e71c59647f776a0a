"""Documents that a passage cites and a question names: their numbers and types, the dates and
issuers the text gives them ("Công văn số 2082/SNV-TCBC ngày 14/10/2025 của Sở Nội vụ"), what
they are about, and the letter an action was done by ("tại Văn bản số 6938/SNNMT-TL"). The
questions are read folded (without diacritics, lower case); the answers are copied as written."""
from __future__ import annotations

import re

from index.abbrev import expand_inline
from index.excerpts import sentence_start
from index.query import DOC_TYPES as QUERY_TYPES
from index.query import ABBREVIATED_TYPES, Query
from index.values import echoes
from ingest.doctypes import NUMBER, normalise_number, type_from_number
from ingest.facts.text import sentence_spans
from ingest.normalize import strip_accents
from ingest.provinces import find_provinces

PROVINCE_AFTER_AGENCY = 25  # characters after "Ủy ban nhân dân tỉnh" in which its province is named
MAX_SUBJECT = 200  # characters of what a cited document is said to be about
# A day and month ("22/6", "ngày 5"), which a date must show to be a day's date
DAY = re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|ngày\s+\d", re.IGNORECASE)
# A date as written: "ngày 14/10/2025", "14/10/2025", "ngày 14 tháng 10 năm 2025"
DATE_TEXT = re.compile(
    r"(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE
)


# Types a cited number may have: those of the documents indexed, and the laws they cite ("Luật số
# 90/2025/QH15", a number its symbol does not type).
_NUMBERED_TYPES = {**QUERY_TYPES, "luat": "Luật"}
_TYPE_NAMES = "|".join(sorted(_NUMBERED_TYPES, key=len, reverse=True))
_TYPE_BEFORE = re.compile(rf"\b({_TYPE_NAMES})\s+(?:so\s*:?\s*)?$")
# Types a question asks for may be abbreviated ("thực hiện KH nào?", "là QĐ số mấy?"); not the
# short ones that are words of their own as often ("nd nào": "nội dung nào", "ct nào": a company).
_WORDS_TOO = frozenset({"nd", "ct", "tb"})
_ASKED_NAMES = "|".join([_TYPE_NAMES, *(a for a in ABBREVIATED_TYPES if a not in _WORDS_TOO)])
# "là quyết định số mấy?", "căn cứ công văn hướng dẫn số mấy?" (a word or two about it between)
_ASKED_TYPE = re.compile(rf"\b({_ASKED_NAMES})(?:\s+(?:so|co so|nao)\b|(?:\s+\w+){{1,2}}?\s+so (?:may|bao nhieu|hieu)\b)")
# "bãi bỏ quyết định nào?", "dẫn lại công văn nào?": a document the evidence cites, not its own
# number (unless the question asks which one was issued: "ban hành công văn nào?").
# "văn bản nào", "quyết định kiện toàn nào": a document asked for, described at most by what it did
_DOC_DID = r"(?:\s+(?:kien toan|huong dan|phe duyet|sua doi|bo sung|truoc do|cu|goc|lien quan))?"
WHICH_DOC_Q = re.compile(rf"\b(?:{_ASKED_NAMES}){_DOC_DID} nao\b")
ISSUED_WHICH_Q = re.compile(rf"\bban hanh (?:nhung |cac )?(?:{_ASKED_NAMES}) nao\b")
# "căn cứ tờ trình số mấy?", "là thực hiện văn bản số mấy?": a document the text cites, not its own number
CITED_NUMBER_Q = re.compile(rf"\b(?:can cu|thuc hien|trich dan|dan chieu)\s+(?:vao\s+)?(?:{_ASKED_NAMES})\s+"
                             r"(?:so\s+)?(?:may|bao nhieu|nao)\b")


# A document type the question names ("kết luận của Tỉnh ủy ... ban hành ngày nào?", "CV của STP
# ... đề ngày nào?"), not a symbol's letters ("5332/CT-CS").
_TYPE_WORD = rf"(?<![\w/&-])({_TYPE_NAMES}|{'|'.join(ABBREVIATED_TYPES)})(?![\w/&-])"
NAMED_TYPE = re.compile(_TYPE_WORD)
# A question whose subject is a document of a type, not one it asks for by number: "Quyết định
# của UBND tỉnh ...", "Theo kế hoạch ..."
OPENING_TYPE = re.compile(rf"(?:theo |trong |tai )?{_TYPE_WORD}(?! (?:so|nao)\b)")


def type_named(match: re.Match | None) -> str | None:
    """The document type a match of a type word names ("qd": "Quyết định")."""
    return (_NUMBERED_TYPES.get(match.group(1)) or ABBREVIATED_TYPES.get(match.group(1))) if match else None


def typed_numbers(text: str) -> list[tuple[str, str | None]]:
    """Document numbers in ``text`` with their type: the one written before the number ("công
    văn số 5106/CT-CS": a letter, whatever "CT" stands for), else the one its symbol shows."""
    out = []
    for m in NUMBER.finditer(text):
        number = normalise_number(m.group(0))
        before = _TYPE_BEFORE.search(strip_accents(text[max(0, m.start() - 24):m.start()]).lower())
        out.append((number, _NUMBERED_TYPES[before.group(1)] or type_from_number(number) if before
                    else type_from_number(number)))
    return out


_FOLDED_DATE = r"(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})"
# "ngày 15/9/2025 Sở Nội vụ ban hành Tờ trình số ": a date, then who issued what, up to the number
_DATED_ISSUE = re.compile(rf"\bngay\s+{_FOLDED_DATE}\s*,?\s+[^;.\d]{{0,80}}?\b(?:ban hanh|ky|co|gui|trinh)\b"
                          r"[^;.\d]{0,40}$")


def cited_numbers(query: Query, own: str | None) -> list[str]:
    """The document numbers the question names other than the evidence's own (``own``), as
    written in full when the question writes the symbol ("291/2025/NĐ-CP"), else bare ("688")."""
    numbers = [ref.full if ref.full and "/" in ref.full else ref.number for ref in query.references]
    return [n for n in numbers if n and not echoes(n, own or "")]


def _folded_number(number: str) -> str:
    """A pattern for the document number ``number`` in folded text; one typed without its symbol
    ("688") takes any symbol."""
    return re.escape(strip_accents(number).lower()) + ("" if "/" in number else r"/[\w&/-]+")


def cited_date(text: str, number: str, *, effective: bool = False) -> str | None:
    """The date ``text`` writes right after the document number ``number`` ("Quyết định số
    688/QĐ-BCĐ ngày 08/8/2025"), or that opens the clause issuing it ("ngày 15/9/2025 Sở Nội vụ
    ban hành Tờ trình số 300/TTr-SNV"), as written; the number may be typed without diacritics,
    or without its symbol ("688"). Asked ``effective``, the date it takes effect when the text
    says so ("Nghị định số 291/2025/NĐ-CP ngày 06/11/2025 (có hiệu lực từ ngày 01/01/2026)").

    >>> cited_date("theo Nghị định số 291/2025/NĐ-CP ngày 06/11/2025 (có hiệu lực từ ngày 01/01/2026)",
    ...             "291/2025/NĐ-CP", effective=True)
    '01/01/2026'
    """
    folded = strip_accents(text).lower()
    if len(folded) != len(text):
        return None
    key = _folded_number(number)
    if effective:
        m = re.search(rf"(?<![\w/]){key}(?![\w/-])[^;.\n]{{0,60}}?\bco hieu luc(?: thi hanh)?\s+"
                      rf"(?:(?:ke )?tu\s+)?(?:ngay\s*)?{_FOLDED_DATE}", folded)
        if m:
            return text[m.start(1):m.end(1)]
    m = re.search(rf"(?<![\w/]){key}(?![\w/-])\s*,?\s*(?:ngay\s*)?{_FOLDED_DATE}", folded)
    if m:
        return text[m.start(1):m.end(1)]
    for at in re.finditer(rf"(?<![\w/]){key}(?![\w/-])", folded):
        start = max(0, at.start() - 160)
        m = _DATED_ISSUE.search(folded, start, at.start())
        if m:
            return text[m.start(1):m.end(1)]
    return None


# "trước đó" makes the document a date question asks about an earlier one of the same type.
_PRIOR_Q = re.compile(r"\b(?:truoc do|truoc day)\b")
_DATE_OPENS = re.compile(r"\W*Ngày\s+(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,")


def mentioned_date(text: str, question: str, meta) -> str | None:
    """The date ``text`` gives another document of the type the question asks about, when that
    is not the evidence's own document: "Kết luận ... ban hành ngày nào?" over a Tờ trình that
    writes "Ngày 30/9/2024, Ban Thường vụ Tỉnh ủy ban hành Kết luận số 1208-KL/TU ..." or
    "... Công văn số 880/STP-BTTP ngày 30/3/2026 của Sở Tư pháp"."""
    folded = strip_accents(question).lower()
    asked = NAMED_TYPE.search(folded)
    if asked is None:
        return None
    wanted = type_named(asked)
    if not wanted or (wanted == meta.doc_type and not _PRIOR_Q.search(folded)
                      and not _issued_by_other(question[asked.end():], meta.issuer)):
        return None
    for number, kind in typed_numbers(text):
        if kind != wanted or number == meta.number:
            continue
        after = cited_date(text, number)
        if after:
            return after
        at = text.find(number)
        opens = _DATE_OPENS.match(text, sentence_start(text, at)) if at >= 0 else None
        if opens:
            return opens.group(1)
    return None


def _issued_by_other(after_type: str, issuer: str | None) -> bool:
    """Whether the question's "... của <agency>" right after the type names a body other than the
    evidence's issuer ("CV của STP" over a letter of the Sở Nội vụ that cites it)."""
    from ingest.facts.agencies import find_agencies

    m = re.match(r"\s+của\s+", after_type)
    named = _agency_opening(after_type[m.end():]) if m and issuer else None
    own = find_agencies(issuer) if named else []
    return bool(own) and named != own[0].canonical


_WHICH_DOC_OF = re.compile(rf"\b(?:{_ASKED_NAMES}){_DOC_DID} nao\s+(?:cua|do)\s+")


def asked_issuer(question: str) -> tuple[str, str | None] | None:
    """The body whose document the question asks for, with the province it names ("văn bản nào
    của Bộ KH&CN" -> ("Bộ Khoa học và Công nghệ", None); "... nào của UBND tỉnh Quảng Bình cũ"
    -> ("Ủy ban nhân dân tỉnh", "Quảng Bình")), else None."""
    m = _WHICH_DOC_OF.search(strip_accents(question).lower())
    agency = _agency_opening(question[m.end():]) if m else None
    if agency is None:
        return None
    named = find_provinces(question[m.end():m.end() + 60], strict_case=False)
    return agency, named[0][2] if named else None


def _agency_opening(text: str) -> str | None:
    """The canonical name of the agency ``text`` opens with, abbreviations expanded ("STP ...")."""
    from ingest.facts.agencies import find_agencies

    found = find_agencies(expand_inline(text[:80]))
    return found[0].canonical if found and found[0].start == 0 else None


def issued_in_clause(text: str, number: str, issuer: tuple[str, str | None], home: str | None = None) -> bool:
    """Whether the clause that writes ``number`` names the body (and province) ``issuer``: what
    follows it up to the next number or ";" ("Quyết định số 654/QĐ-UBND ... của Ủy ban nhân dân
    tỉnh Đắk Nông (cũ)"), else what leads up to it ("Bộ Khoa học và công nghệ có công văn số
    5460/BKHCN-KHTC ...", not "... công văn số 1879-CV/BTGVTW ... của Ban Tuyên giáo"); True when
    the number is not found as written. A body named without a province ("của Ủy ban nhân dân
    tỉnh") is that of ``home``, the province of the document that writes it."""
    from ingest.facts.agencies import find_agencies

    at = text.find(number)
    if at < 0:
        return True
    start, end = next((s, e) for s, e in sentence_spans(text) if e >= at + len(number))
    start = min(start, at)
    others = [(m.start(), m.end()) for m in NUMBER.finditer(text, start, end)
              if not m.start() <= at < m.end()]
    after = min([s for s, _ in others if s > at] + [_clause_end(text, at, end)])
    before = max([e for _, e in others if e <= at] + [text.rfind(";", start, at) + 1, start])
    agency, province = issuer
    of = _OF_ISSUER.match(text, at + len(number), after)
    if of:  # "... số 654/QĐ-UBND ngày 15/5/2025 của <body> (tỉnh ...)": the body "của" opens with
        clause = text[of.end():after]
        named = find_agencies(clause)[:1]
        if named and named[0].start == 0:
            clause = clause[:named[0].end + PROVINCE_AFTER_AGENCY]
        else:
            named = []
    else:  # "<body> có công văn số ...": the body the clause leads up to it with
        clause = text[before:at]
        named = find_agencies(clause)
    provinces = {p for _, _, p in find_provinces(clause)}
    return any(m.canonical == agency for m in named) and \
        (province is None or province in provinces or not provinces and province == home)


_OF_ISSUER = re.compile(rf"[\s,]*(?:{DATE_TEXT.pattern})?\s*,?\s*của\s+", re.IGNORECASE)


def _clause_end(text: str, at: int, end: int) -> int:
    semicolon = text.find(";", at, end)
    return end if semicolon < 0 else semicolon


def asked_type(folded_question: str) -> str | None:
    """The document type whose number a question asks for ("là quyết định số mấy?")."""
    m = _ASKED_TYPE.search(folded_question)
    if m is None:
        return None
    return type_named(m) or None  # "văn bản số mấy" names no type


# "... tại Văn bản số 6938/SNNMT-TL " / "bằng Công văn số 12/SNV ": the letter an action was done by
_VEHICLE_TYPES = ("văn bản", "công văn", "tờ trình", "báo cáo", "thông báo", "giấy mời")
_VEHICLE = re.compile(rf"\b(?:tại|bằng|qua)\s+(?:{'|'.join(_VEHICLE_TYPES)})\s+(?:số\s+)?\S+\s+$", re.IGNORECASE)
# ... and the question that says an act was done by one ("trình ... bằng tờ trình ngày nào?"), folded
_BY_TYPE_Q = rf"\b(?:tai|bang|qua)\s+(?:{'|'.join(map(strip_accents, _VEHICLE_TYPES))}"
VEHICLE_Q = re.compile(_BY_TYPE_Q + r")\b")
# ... and the question that names it so ("trình đề án tại Tờ trình 59/TTr-HCCV vào ngày nào?"),
# its type maybe abbreviated
_BY_VEHICLE_Q = re.compile(_BY_TYPE_Q + r"|CV|TTr|BC|TB)\s+(?:so\s+)?(\d+[^\s,;?]*)", re.IGNORECASE)


def vehicle_day(text: str, question: str, own_number: str | None) -> str | None:
    """The date ``text`` gives the document the question says an act was done by ("tại Tờ
    trình 59/TTr-HCCV", "bằng Công văn số 12/SNV"), when that is not the evidence's own."""
    for m in _BY_VEHICLE_Q.finditer(strip_accents(question)):
        number = question[m.start(1):m.end(1)]
        if not echoes(number, own_number or ""):
            cited = cited_date(text, number)
            if cited:
                return cited
    return None


# What a decision "ban hành" that is its subject: "... ban hành Quy định đánh số nhà", not "ban hành
# ngày 12/3" nor "ban hành theo thẩm quyền"
_ISSUED_RULES = r"quy dinh|quy che|danh muc|bang gia|ke hoach|chuong trinh|de an|dieu le|huong dan|bo tieu chi"


def cited_subject(text: str, number: str) -> str | None:
    """What ``text`` says the document ``number`` is about: the "(quy định) về ..." written after
    it, its date and issuer maybe between, up to a bracket or the end of the clause.

    >>> cited_subject("triển khai Nghị định số 136/2025/NĐ-CP về phân quyền, phân cấp trong lĩnh vực nông "
    ...                "nghiệp và môi trường (bản chụp gửi kèm), Phó Thủ tướng có ý kiến", "136/2025/NĐ-CP")
    'phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi trường'
    >>> cited_subject("2. Quyết định số 02/2007/QĐ-UBND ngày 31/01/2007 của UBND tỉnh Quảng Bình ban hành "
    ...                "Quy định đánh số và gắn biển số nhà;", "02/2007/QĐ-UBND")  # the rules it issues
    'Quy định đánh số và gắn biển số nhà'
    """
    folded = strip_accents(text).lower()
    if len(folded) != len(text):
        return None
    key = _folded_number(number)
    m = re.search(rf"(?<![\w/]){key}(?![\w/-])\s*,?\s*(?:ngay\s*{_FOLDED_DATE}\s*)?(?:cua\s+[^,;()\n]{{3,80}}?\s+)?"
                  rf"(?:(?:quy dinh\s+)?ve\s+(?:viec\s+)?|ban hanh\s+(?={_ISSUED_RULES}))", folded)
    if m is None:
        return None
    end = re.search(r"[(;\n]|\.(?:\s|$)|,\s+(?=[A-ZĐ])", text[m.end():m.end() + MAX_SUBJECT + 1])
    subject = text[m.end():m.end() + (end.start() if end else MAX_SUBJECT)].strip(" ,")
    return subject if 3 <= len(subject) <= MAX_SUBJECT and end else None


def letter_date(text: str, agency: str) -> str | None:
    """The date ``text`` writes for a document it says ``agency`` issued ("Công văn số
    2082/SNV-TCBC ngày 14/10/2025 của Sở Nội vụ"), as written, or None.

    >>> letter_date("Sở Tư pháp nhận được Công văn số 2082/SNV-TCBC ngày 14/10/2025 của Sở Nội vụ.", "Sở Nội vụ")
    'ngày 14/10/2025'
    >>> letter_date("Tại Công văn số 1130/STP-BTTP ngày 17/10/2025, Sở Tư pháp có ý kiến.", "Sở Nội vụ") is None
    True
    """
    for number, _ in typed_numbers(text):
        if issued_in_clause(text, number, (agency, None)):
            day = cited_date(text, number)
            if day:
                return f"ngày {day}" if f"ngày {day}" in text else day
    return None


def vehicle_date(text: str, issued: str | None) -> str | None:
    """The date of the document that ``text`` says an action was done by, as written, or None.

    >>> vehicle_date("Sở đã gửi lấy ý kiến các sở tại Văn bản số 6938/SNNMT-TL ngày 22/6/2026.", None)
    'ngày 22/6/2026'
    >>> vehicle_date("Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2026;", None) is None
    True
    """
    from ingest.facts.dates import scan

    for h in scan(text, issued=issued):
        if h.citation and DAY.search(text[h.start:h.end]) and _VEHICLE.search(text[max(0, h.start - 120):h.start]):
            return text[h.start:h.end].strip()
    return None
