"""Quantities in a sentence and the one that answers a question about a target.

``values`` finds percentages, ranks, ranges and counts with their noun, leaving out years and
the numbers of articles, levels and phases; ``best_value`` picks the one of the kind the
question asks for, in the clause that shares most of the question's terms.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import takewhile

from index.evidence import Scored, terms, within
from index.intent import how_many
from ingest.normalize import strip_accents

_NUM = r"\d+(?:[.,]\d+)*"
_QUALIFIER = (r"(?:không\s+(?:ít|thấp)\s+hơn|không\s+(?:quá|vượt)|tối\s+thiểu|tối\s+đa|ít\s+nhất|"
              r"trên|dưới|từ|khoảng|gần|hơn|đạt|là)")
_PERCENT = re.compile(rf"(?:{_QUALIFIER}\s+)?{_NUM}\s*%")
# "thứ 12", "từ thứ 10 đến thứ 15", "xếp hạng 54/63"
_RANK = re.compile(rf"(?:(?:từ\s+)?thứ|(?<=xếp )hạng)\s+{_NUM}(?:\s*(?:đến|-|–)\s*(?:thứ\s+)?{_NUM})?(?:\s*/\s*{_NUM})?")
_RANGE = re.compile(rf"(?:từ\s+)?{_NUM}\s*(?:đến|-|–)\s*{_NUM}(?:\s*/\s*{_NUM})?")
# The number spelled out in brackets after it, as legal texts write it: "01 (một) bộ", "30 (ba mươi) ngày"
SPELLED_OUT = r"\s*\((?:[^\W\d_]+\s?){1,4}\)"
_COUNT = re.compile(rf"(?<![\w/.,-]){_NUM}(?:\s*/\s*{_NUM})?(?:{SPELLED_OUT})?(?:\s+[^\W\d_]+){{1,3}}")
# A count spelled out: "tại hai đơn vị hành chính cấp huyện" ("một", "năm" and "tư" are left out:
# "một phần", "năm 2025", "quý tư"). It answers only a question that counts its noun (see ``best_value``).
_SPELLED_NUMBERS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_SPELLED_WORD = rf"(?:{'|'.join(_SPELLED_NUMBERS)})(?!\w)"
_SPELLED = re.compile(rf"(?<![\w(]){_SPELLED_WORD}(?:\s+[^\W\d_]+){{1,3}}", re.IGNORECASE)
# A threshold written after its noun: "số lượng luật sư từ 300 trở lên", which counts "luật sư".
_THRESHOLD = re.compile(rf"(?:{_QUALIFIER}\s+)?(?<![\w/.,-]){_NUM}\s+trở\s+(?:lên|xuống)(?!\w)")
# A measure written against its number: "300m2", "3.049m²", "16,5km"
_MEASURE = re.compile(rf"(?<![\w/.,-]){_NUM}(?:m2|m²|m3|m³|km2|km²|km|ha|kg|kW|MW|kV|m)(?!\w)")
# The words a measure's unit is read as ("5m" answers "rộng bao nhiêu mét?")
_UNIT_WORDS = {"m": ["met"], "m2": ["met", "vuong"], "m²": ["met", "vuong"], "m3": ["met", "khoi"],
               "m³": ["met", "khoi"], "ha": ["hecta"], "kg": ["kilogam"]}
# A number stated alone after its noun: "Tổng số nhiệm vụ được giao là 123, đã hoàn thành ..."
_BARE = re.compile(rf"(?<=\blà\s)(?!0\d{{3}})(?!0\d[.\s]\d){_NUM}(?:/100)?(?=\s*[,.;)](?!\d)|\s*$)")
_YEARLIKE = re.compile(r"^(?:19|20)\d{2}\b")
_LABEL_NUMBER = re.compile(
    r"(?:năm|ngày|tháng|quý|số|Điều|khoản|điểm|mục|phần|mức độ|cấp độ|cấp|loại|nhóm|giai đoạn|lần thứ|thứ)\s*$",
    re.IGNORECASE)
_PER = re.compile(r"(?:mỗi|hằng|hàng)\s+(?:năm|tháng|quý|tuần|ngày)\s*$", re.IGNORECASE)  # "mỗi tháng 02 chuyên mục"
_QUANTITY_WORDS = re.compile(r"^(?:năm|ngày|tháng|quý|giờ|lần thứ)\b")
# Words that end a counted noun rather than belong to it ("11 chuyên mục sau", "03 trường vào",
# "05 mét về phía sông"): the first of them after the noun's first word ends it.
_TRAILING = re.compile(r"^(\S+\s+\S+(?:\s+\S+)*?)\s+(?:vào|của|cho|tại|trong|với|từ|đến|và|là|sau|này|được|theo|để|thì|ở|như|"
                       r"trên|về|dưới|gồm|có|đã|sẽ|đang)(?!\w).*$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Value:
    start: int  # offsets in the unit text
    end: int
    text: str
    kind: str  # percent, rank, range, count; field (a labelled field's value)
    before: str = ""  # a threshold's clause before it, where its noun is written ("số lượng luật sư")


def values(text: str) -> list[Value]:
    """Quantities written in ``text``: percentages, ranks, ranges and counts with their noun."""
    found: list[Value] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in (("percent", _PERCENT), ("rank", _RANK), ("range", _RANGE), ("count", _THRESHOLD),
                          ("count", _MEASURE), ("count", _COUNT), ("count", _SPELLED), ("count", _BARE)):
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            if any(a < e and s < b for a, b in taken):
                continue
            raw = m.group(0)
            before = text[max(0, s - 12):s]
            if kind in ("count", "range") and (_YEARLIKE.match(raw) or _LABEL_NUMBER.search(before)
                                               and not _PER.search(before)):
                continue  # a year, or the number of a level, article, phase ("mức độ 4", "Điều 5")
            if kind == "count" and _QUANTITY_WORDS.match(_LEADING_NUMBER.sub("", raw).strip()):
                continue
            if pattern is _COUNT or pattern is _SPELLED:  # "02 chuyên mục vào ...": the noun ends before "vào"
                raw = _TRAILING.sub(r"\1", raw)
                e = s + len(raw)
                if raw == m.group(0) and len(raw.split()) > 3:  # three words taken: maybe a cut compound
                    e = _word_end(text, s, e)
                    raw = text[s:e]
            taken.append((s, e))
            lead = _LEAD_BREAK.split(text[max(0, s - LEAD_CHARS):s])[-1] if pattern is _THRESHOLD else ""
            found.append(Value(s, e, raw.strip(), kind, lead))
    return sorted(found, key=lambda v: v.start)


_PIECE = re.compile(r"[^\W_]+")


def _word_end(text: str, start: int, end: int) -> int:
    """Where a counted noun cut after three syllables really ends: the cut can fall inside a
    compound ("92 dự thảo văn" of "92 dự thảo văn bản QPPL"), and underthesea's segmentation of
    the phrase says how far that word runs."""
    shown = len(text[start:end].split())
    plain = list(takewhile(lambda m: _PIECE.fullmatch(m.group(0)), re.finditer(r"\S+", text[start:start + 120])))
    if len(plain) <= shown:  # the noun already ends at punctuation or the text's end
        return end
    from ingest.tokenize import word_tokens

    covered = 0
    for word in word_tokens(" ".join(m.group(0) for m in plain)):
        covered += word.count("_") + 1
        if covered >= shown:
            return start + plain[min(covered, len(plain)) - 1].end()
    return end


def _value_preference(question: str) -> tuple[str | None, set[str]]:
    """Which kind of value the question wants, and the unit words it names."""
    q = strip_accents(question.lower())
    kind = None
    if re.search(r"\b(?:thu may|xep hang|xep thu|vi tri|hang may)\b", q):
        kind = "rank"
    elif re.search(r"phan tram|ty le|ti le|%|ty trong", q):
        kind = "percent"
    return kind, {phrase[0] for phrase in how_many(question)}


def noun_match(value: Value, question: str) -> int:
    """How many of the words counted in ``question`` the count's own words repeat, in order."""
    return _noun_match(value, how_many(question)) if value.kind in ("count", "field") else 0


# Nouns that count whatever they are written with: "bao nhiêu người?" is answered by "21 thành
# viên" as well as by "02 người".
_ANY_NOUN = frozenset({"nguoi"})


def counts_asked(value: Value, question: str) -> bool:
    """Is ``value`` a count of the very thing the question names, one that only a count written
    with that noun answers ("336 mẫu/năm" for "lấy bao nhiêu mẫu?", but no "02 người" for "bao
    nhiêu người?", which "21 thành viên" answers as well)?"""
    return noun_match(value, question) > 0 and not _nouns(value) <= _ANY_NOUN


_LEADING_NUMBER = re.compile(rf"^\W*(?:{_NUM}(?:{SPELLED_OUT})?|{_SPELLED_WORD})", re.IGNORECASE)
_SHARE = re.compile(rf"\W*{_NUM}\s*/")  # "124/124 xã"


def _words(value: Value) -> list[str]:
    """The folded words after a value's number ("300m2" -> ["m"], "40 quyển vở" -> ["quyen", "vo"],
    "hai đơn vị" -> ["don", "vi"])."""
    return re.findall(r"[a-z]+", strip_accents(_LEADING_NUMBER.sub("", value.text).lower()))


def _readings(value: Value) -> list[list[str]]:
    """The words that may name what a value counts: those after its number ("40 quyển vở" ->
    [quyen, vo]), and a measure's unit read out ("5m" -> [m] or [met]); for a threshold, the last one or two words before it ("số lượng luật sư từ 300
    trở lên" -> [luat, su] or [su])."""
    if not value.before:
        unit = re.sub(rf"^{_NUM}", "", value.text)
        return [_words(value)] + ([_UNIT_WORDS[unit]] if unit in _UNIT_WORDS else [])
    before = re.findall(r"[a-z]+", strip_accents(value.before.lower()))
    return [before[-2:], before[-1:]] if before else [[]]


def _nouns(value: Value) -> set[str]:
    """The word each reading of ``value`` counts ("40 quyển vở" -> {quyen})."""
    return {words[0] for words in _readings(value) if words}


def _noun_match(value: Value, phrases: Sequence[Sequence[str]]) -> int:
    """How many of the asked words the count's own words repeat, in order ("88 tiêu chí thành
    phần" answers "bao nhiêu tiêu chí thành phần" better than "7 tiêu chí và"). A share ("124/124
    xã") is how many of them did something, not how many there are: it repeats nothing."""
    if _SHARE.match(value.text):
        return 0
    best = 0
    for words in _readings(value):
        for phrase in phrases:
            n = 0
            while n < min(len(words), len(phrase)) and words[n] == phrase[n]:
                n += 1
            best = max(best, n)
    return best


def is_wanted(value: Value, question: str, *, noun: bool = False) -> bool:
    """Is ``value`` of the kind the question asks for: a percentage, a rank, or a count of
    something ("bao nhiêu vụ" wants a count, not "tăng trên 3%"); with ``noun``, a count of the
    very thing it names ("1152 vụ", not "08 đối tượng")? False when it names no kind."""
    if value.kind == "field":  # the value of a field the question names ("Số điện thoại: ...")
        return True
    kind, nouns = _value_preference(question)
    if kind:
        return value.kind == kind
    if not nouns or value.kind not in ("count", "range"):
        return False
    return not noun or bool(_nouns(value) & nouns)


def stated_none(text: str, question: str) -> str | None:
    """The clause of ``text`` that says there is none of what "bao nhiêu X" asks for ("không có
    tài sản, tài chính cần xử lý" for "còn bao nhiêu tài sản phải xử lý?"), as written; else None.

    >>> stated_none("Tại thời điểm giải thể, Hiệp hội không có tài sản, tài chính cần xử lý.",
    ...             "khi giải thể hiệp hội còn bao nhiêu tài sản phải xử lý")
    'không có tài sản, tài chính cần xử lý'
    >>> stated_none("Hiệp hội không có trụ sở riêng.", "còn bao nhiêu tài sản?") is None
    True
    """
    folded = strip_accents(text).lower()
    if len(folded) != len(text):
        return None
    for phrase in how_many(question):
        noun = r"\W+".join(phrase[:2])
        m = re.search(rf"\bkhong (?:co|con|phat sinh)\s+{noun}\b[^.;\n]*", folded)
        if m:
            return text[m.start():m.end()].strip(" ,")
    return None


LEAD_CHARS = 30  # how far before a value the question's words count as leading to it
_LEAD_BREAK = re.compile(r"[,;:.()\[\]“”\"!?]")
CLAUSE_BREAK = re.compile(r"[;:]\s|\n")


def _label_end(text: str, start: int) -> int | None:
    """Where the label ends ("nâng tổng số trạm 5G: ") that ``start`` directly follows, if one does."""
    head = text[:start].rstrip(" \t")
    return len(head) - 1 if head.endswith(":") else None


def lead_text(text: str, start: int) -> str:
    """The words just before ``start`` in their clause, up to ``LEAD_CHARS``; for a value that a
    label introduces ("..., nâng tổng số trạm 5G: 188 trạm"), the label's.

    >>> text = "sang trạm 5G: 125 trạm (Viettel: 47 trạm), nâng tổng số trạm 5G: 188 trạm"
    >>> lead_text(text, text.index("188")), lead_text(text, text.index("47"))
    (' nâng tổng số trạm 5G', ' ')
    """
    label = _label_end(text, start)
    if label is not None:
        before = _LEAD_BREAK.split(text[max(0, label - LEAD_CHARS):label])[-1]
        # a name alone ("Viettel: 47 trạm") says whose count it is, not what is counted
        if len(before.split()) > 1:
            return before
    return _LEAD_BREAK.split(text[max(0, start - LEAD_CHARS):start])[-1]


_DIGITS = re.compile(_NUM)


def echoes(text: str, question: str) -> bool:
    """True when every number in ``text`` is one the question already gave ("từ 40 hội còn bao
    nhiêu hội?" is not answered by "40 hội")."""
    numbers = _DIGITS.findall(text)
    asked = set(_DIGITS.findall(question))
    return bool(numbers) and all(n in asked for n in numbers)


def best_value(unit_text: str, question: str, weights: dict[str, float], *, fold: bool = False) -> Value | None:
    """The value in ``unit_text`` that answers ``question``: the right kind, in the clause that
    shares most of the question's terms (Vietnamese puts the indicator before or after the value:
    "tỷ lệ ... đạt 50%", "tinh giản tối thiểu 15% số lượng văn bản")."""
    kind, nouns = _value_preference(question)
    phrases = how_many(question)
    found = [v for v in values(unit_text) if not echoes(v.text, question)
             and (not _SPELLED.match(v.text) or _noun_match(v, phrases))]  # "hai" counts only what is asked
    if not found:
        return None
    breaks = [0] + [m.end() for m in CLAUSE_BREAK.finditer(unit_text)] + [len(unit_text) + 1]

    def context(v: Value) -> float:
        start = max(b for b in breaks if b <= v.start)
        if start == v.start and start and _label_end(unit_text, start) is not None:
            start = max(b for b in breaks if b < start)  # "tổng số trạm 5G: 188 trạm": its label's clause
        end = min(b for b in breaks if b > v.start)
        near = terms(unit_text[start:end], fold=fold)
        return sum(w for t, w in weights.items() if t in near)

    def lead(v: Value) -> float:
        """The question's words just before the value in its clause ("... với tổng vốn đầu tư là
        khoảng 980.000 tỷ đồng" for "tổng vốn đầu tư khoảng bao nhiêu?", not "đã có 15 bộ")."""
        near = terms(lead_text(unit_text, v.start), fold=fold)
        return sum(w for t, w in weights.items() if t in near)

    def rank(v: Value) -> tuple:
        return (
            0 if (kind and v.kind == kind) else 1,
            0 if (v.kind == "count" and _nouns(v) & nouns) else 1,
            -_noun_match(v, phrases) if v.kind == "count" else 0,
            -context(v),
            -lead(v),
            v.start,
        )

    return min(found, key=rank)


TOGETHER_CHARS = 60  # how far apart two counts asked at once may be written


def counted_together(text: str, value: Value, question: str) -> list[Value]:
    """``value`` with the counts of the question's other asked things written beside it, in the
    text's order: "bao nhiêu vụ và bao nhiêu bị can?" is answered by "734 vụ, 1218 bị can", the
    nearest count of each other asked noun in the same clause."""
    phrases = how_many(question)
    if len(phrases) < 2 or value.kind != "count" or text[value.start:value.end] != value.text:
        return [value]
    others = [v for v in values(text) if v.kind == "count" and v.start != value.start and not echoes(v.text, question)]
    together = [value]
    for phrase in phrases:
        if any(phrase[0] in _nouns(v) for v in together):
            continue
        near = [v for v in others if phrase[0] in _nouns(v)
                and abs(v.start - value.start) <= TOGETHER_CHARS
                and not CLAUSE_BREAK.search(text[min(v.end, value.end):max(v.start, value.start)])]
        if near:
            together.append(min(near, key=lambda v: abs(v.start - value.start)))
    return sorted(together, key=lambda v: v.start)


PICK_MARGIN = 0.03  # evidence this close to the best is as good: what is counted decides
_TOTAL_Q = re.compile(r"\b(tong cong|tong so|tat ca|toan bo)\b")
# "hiện", "hiện nay", "hiện có" (folded): the present state, not "thực hiện", "phát hiện"
_NOW = re.compile(r"(?<!thuc )(?<!the )(?<!xuat )(?<!phat )(?<!bieu )(?<!trinh )\bhien\b")
_NOW_BREAK = re.compile(r"[;.()\[\]“”\"!?]|,\s")
_SENTENCE_START = re.compile(r"[.!?]\s+|\n")
_NOW_OPENS = re.compile(r"\W*hien (?:nay|tai|co|dang)\b")
# "được nâng lên bao nhiêu?", "phấn đấu đạt bao nhiêu?": what a figure is to become, which the
# present one ("Hiện nay, tổng số trạm ... là 87 trạm") does not answer
_TO_BECOME_Q = re.compile(r"\b(?:nang|tang) (?:len|them)\b|\bnang tong\b|\bphan dau\b|\bdu kien\b")


def present(scored: Scored, value: Value) -> bool:
    """Does the value's clause give it as the present state ("Hiện có: 3.578 học viên", "Hiện
    nay, tổng số trạm ... là 87 trạm")?"""
    text = scored.unit.text
    start = value.start if text[value.start:value.end] == value.text else text.find(value.text)
    if start < 0:  # (a labelled field's value is placed by its text)
        return False
    before = _NOW_BREAK.split(text[max(0, start - LEAD_CHARS):start])[-1]
    sentence = _SENTENCE_START.split(text[:start])[-1]  # "Hiện nay, ..." opening the value's sentence
    return bool(_NOW.search(strip_accents(before.lower())) or _NOW_OPENS.match(strip_accents(sentence.lower())))


def pick_value(picks: Sequence[tuple[Scored, Value]], question: str, weights: dict[str, float] | None = None,
               *, searched: str | None = None, fold: bool = False) -> tuple[Scored, Value]:
    """Of values that answer from evidence about as good as the best (and that does not deny what
    the question affirms, if any does not): the count that repeats most
    of what is counted ("88 tiêu chí thành phần" for "bao nhiêu tiêu chí thành phần", not "7 tiêu
    chí"); asked for a total ("tổng cộng bao nhiêu"), the largest of those; then the one whose own
    sentence says most of the question ("Bộ tiêu chí xác định Chỉ số CCHC cấp tỉnh ... gồm 38 tiêu
    chí", not the list item under it that has those words only as its heading's), each term
    counted by its weight when the question's term ``weights`` are given. Terms are read from
    ``searched``, the question as searched (its diacritics restored), folded with ``fold`` when
    that still has none."""
    total = bool(_TOTAL_Q.search(strip_accents(question.lower())))
    # evidence that denies what the question affirms ("không kết hợp" for "có kết hợp") answers
    # only when no other does
    picks = [x for x in picks if not negates(x[0].unit.text, question)] or picks
    if _TO_BECOME_Q.search(strip_accents(question.lower())):
        picks = [x for x in picks if not present(*x)] or picks
    close = [x for x in picks if within(x[0].coverage, picks[0][0].coverage, PICK_MARGIN)]  # as good evidence
    asked = terms(searched or question, fold=fold)
    pairs = {t for t in asked if "_" in t}

    def lead(scored: Scored, value: Value) -> int:
        """Word pairs of the question written just before the value in its clause ("phát sóng mỗi
        tháng 02 chuyên mục" for "phát sóng mỗi tháng mấy chuyên mục?", not "năm 2026, gồm 11
        chuyên mục")."""
        text = scored.unit.text
        if text[value.start:value.end] != value.text:  # read from the text that continues the unit
            return 0
        # Its own clause up to the value's end: a qualifier may be read into the value ("ít nhất 70%").
        return len(pairs & terms(lead_text(text, value.start) + value.text, fold=fold))

    now_asked = bool(_NOW.search(strip_accents(question.lower())))

    def now(scored: Scored, value: Value) -> bool:
        """Asked how many there are now ("hiện ... đang có bao nhiêu học viên?"): the value its
        clause gives as the present one ("Hiện có: 3.578 học viên"), not the opening balance."""
        return now_asked and present(scored, value)

    def said(scored: Scored) -> tuple[float, int]:
        """How much of the question the unit's own sentence says, by the terms' ``weights``; then
        how little else it says."""
        own = terms(scored.unit.text, fold=fold)
        shared = asked & own
        return (sum(weights.get(t, 0.0) for t in shared) if weights else len(shared)), -len(own - asked)

    return max(close, key=lambda x: (noun_match(x[1], question), total and amount(x[1].text), now(*x),
                                     lead(*x), said(x[0])))


def negates(text: str, question: str) -> bool:
    """Does ``text`` deny what the question affirms with "có" ("Các tuyến đê không kết hợp đường
    giao thông" for "đê có kết hợp làm đường giao thông thì ...?"), two words of it negated?
    ("xin thôi không tham gia" for "xin thôi tham gia" affirms nothing with "có".)

    >>> negates("1. Các tuyến đê không kết hợp đường giao thông: rộng 05 mét.", "đê có kết hợp đường giao thông?")
    True
    >>> negates("2. Các tuyến đê kết hợp đường giao thông: không nhỏ hơn 5m.", "đê có kết hợp đường giao thông?")
    False
    >>> negates("Có 08 thành viên xin thôi không tham gia BCH.", "bao nhiêu ủy viên xin thôi tham gia BCH?")
    False
    """
    q = strip_accents(question.lower())
    folded = strip_accents(text.lower())
    return any(f"khong {m.group(1)}" in folded for m in re.finditer(r"\bco (\w+ \w+)", q))


def with_counted_noun(value: Value, text: str, question: str) -> str:
    """A bare number given for a noun written just before it ("thì điểm đánh giá là 3"), read
    with that noun when the question counts it ("chấm mấy điểm?" -> "3 điểm").

    >>> text = "Thu vượt dự toán được giao thì điểm đánh giá là 3."
    >>> at = text.index("3")
    >>> with_counted_noun(Value(at, at + 1, "3", "count"), text, "được chấm mấy điểm?")
    '3 điểm'
    >>> with_counted_noun(Value(at, at + 1, "3", "count"), text, "được chấm mấy lần?")
    '3'
    """
    if not re.fullmatch(r"\d+(?:[.,]\d+)?", value.text.strip()) or text[value.start:value.end] != value.text:
        return value.text
    before = lead_text(text, value.start)
    for phrase in how_many(question):
        for word in re.findall(r"\w+", before):
            if strip_accents(word.lower()) == phrase[0]:
                return f"{value.text} {word.lower()}"
    return value.text


def amount(text: str) -> float:
    """The number a value starts with ("1.696 dịch vụ" -> 1696, "2,5 ngày" -> 2.5, "hai đơn vị" -> 2)."""
    spelled = _SPELLED_NUMBERS.get(text.split(None, 1)[0].lower()) if text.strip() else None
    if spelled:
        return float(spelled)
    m = re.match(r"\D*?(\d+(?:[.,]\d+)*)", text)
    if not m:
        return 0.0
    digits = m.group(1)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):  # thousands written with dots
        digits = digits.replace(".", "")
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return 0.0
