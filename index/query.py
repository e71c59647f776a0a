"""Query understanding: normalise, expand abbreviations, find document references and places.

>>> q = parse("Kế hoạch 431 của UBND tỉnh Đắk Nông giao TT&TT việc gì?")
>>> q.references
(DocRef(number='431', full=None, doc_type='Kế hoạch'),)
>>> q.provinces
('Đắk Nông',)
>>> "ubnd" in q.tokens.words and "thông_tin" in q.tokens.words
True
>>> parse("so lieu chuyen doi so nam 2023").accentless
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.abbrev import abbreviations_of, expand_inline, expansions
from index.paraphrase import paraphrases
from index.lexical import FieldTokens, field_tokens
from ingest.doctypes import find_numbers, parse_number, type_from_number
from ingest.normalize import normalize, strip_accents

# Question words carry no topic; documents rarely contain them, so they only add noise.
_QUESTION_WORDS = {
    "nào", "gì", "bao_nhiêu", "bao_giờ", "mấy", "ai", "đâu", "sao", "thế_nào", "như_thế_nào",
    "khi_nào", "là_gì", "hay", "không", "có_phải", "bao", "nhiêu", "hả", "vậy", "thì", "ạ",
    "những", "các", "của", "là", "được", "có", "và", "cho", "với", "về", "theo", "trong", "ở",
}
_QUESTION_FOLDED = {strip_accents(w) for w in _QUESTION_WORDS}
# What a question word asks for, as documents label it: "họp ở đâu?" -> "Địa điểm: ...".
_ASKED_FIELDS = ((re.compile(r"\b(?:ở|tại|o|tai) (?:đâu|dau)\b", re.IGNORECASE), ("địa điểm",)),
                 # "... bắt đầu lúc mấy giờ?": a "Thời gian:" line, or "(13h30 – 14h30)" read as hours
                 (re.compile(r"\b(?:mấy|may) (?:giờ|gio)\b", re.IGNORECASE), ("thời gian", "giờ")),
                 # "ủy quyền đến khi nào?": the time limit, "Thời gian ủy quyền ... đến hết ngày ..."
                 (re.compile(r"\b(?:đến|den|tới|toi) (?:khi nào|khi nao|bao giờ|bao gio)\b", re.IGNORECASE),
                  ("thời gian",)))

DOC_TYPES = {
    "ke hoach": "Kế hoạch", "cong van": "Công văn", "quyet dinh": "Quyết định", "bao cao": "Báo cáo",
    "chi thi": "Chỉ thị", "thong bao": "Thông báo", "to trinh": "Tờ trình", "nghi quyet": "Nghị quyết",
    "nghi dinh": "Nghị định", "thong tu": "Thông tư", "huong dan": "Hướng dẫn", "chuong trinh": "Chương trình",
    "giay moi": "Giấy mời", "ket luan": "Kết luận", "de an": "Đề án", "van ban": "",
}
_TYPE_ALT = "|".join(sorted(DOC_TYPES, key=len, reverse=True))
# "kế hoạch 431", "công văn số 3033", "QĐ 390" (matched on the accent-free, lower-case query)
_TYPED_NUMBER = re.compile(rf"\b({_TYPE_ALT}|kh|qd|cv|bc|ct|tb|nq|nd)\s+(?:so\s+)?(\d{{1,5}}[a-z]?)\b(?![/-]\w)")
ABBREVIATED_TYPES = {"kh": "Kế hoạch", "qd": "Quyết định", "cv": "Công văn", "bc": "Báo cáo", "ct": "Chỉ thị",
               "tb": "Thông báo", "nq": "Nghị quyết", "nd": "Nghị định"}
_YEAR = re.compile(r"(?<![\d/.,])(19[5-9]\d|20[0-4]\d)(?![\d/.,])")


@dataclass(frozen=True, slots=True)
class DocRef:
    """A document named in a question: "431/KH-UBND", or "kế hoạch 431"."""

    number: str  # the leading number ("431")
    full: str | None  # "431/KH-UBND" when written in full
    doc_type: str | None = None


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    norm: str
    accentless: bool
    tokens: FieldTokens
    dense_text: str
    references: tuple[DocRef, ...] = ()
    provinces: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    content_terms: tuple[str, ...] = field(default=())  # word tokens without question words
    asked: tuple[str, ...] = ()  # labels of the fields the question word asks for ("địa điểm")


def number_key(number: str | None) -> tuple[str, str] | None:
    """Comparable form of a document number: ("431", "kh-ubnd"), accents and case folded.

    >>> number_key("431/KH-UBND"), number_key("78/2025/NĐ-CP"), number_key("226-KL/TW")
    (('431', 'kh-ubnd'), ('78', '2025/nd-cp'), ('226', 'kl/tw'))
    """
    if not number:
        return None
    m = parse_number(number)
    if m is None:
        digits = re.match(r"\d+[a-zA-Z]?", number.strip())
        return (digits.group(0).lower(), "") if digits else None
    symbol = m.group("symbol") + (f"/{m.group('party')}" if m.group("party") else "")
    if m.group("year"):
        symbol = f"{m.group('year')}/{symbol}"
    return (m.group("no").lower(), strip_accents(symbol).lower())


def _references(norm: str) -> tuple[DocRef, ...]:
    """Documents the question names: by full number ("3033/UBND-KGVX") or type + number."""
    refs: list[DocRef] = []
    for number in find_numbers(norm):
        key = number_key(number)
        if key:
            refs.append(DocRef(key[0], number, type_from_number(number)))
    folded = strip_accents(norm).lower()
    for m in _TYPED_NUMBER.finditer(folded):
        kind = DOC_TYPES.get(m.group(1)) or ABBREVIATED_TYPES.get(m.group(1)) or None
        if not any(r.number == m.group(2) for r in refs):
            refs.append(DocRef(m.group(2), None, kind))
    return tuple(refs)


def _provinces(text: str) -> tuple[str, ...]:
    try:
        from ingest.provinces import find_provinces
    except ImportError:  # pragma: no cover - the module ships with ingest
        return ()
    out: list[str] = []
    for _, _, name in find_provinces(text, strict_case=False):  # questions are often typed in lower case
        if name not in out:
            out.append(name)
    return tuple(out)


def is_accentless(text: str) -> bool:
    """True when ``text`` has letters and none of them carries a diacritic."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters)


def parse(text: str) -> Query:
    from ingest.pipeline import index_words

    norm = normalize(" ".join(text.split()))
    accentless = is_accentless(norm)
    asked = tuple(f for p, labels in _ASKED_FIELDS if p.search(norm) for f in labels)
    extra = expansions(norm) + abbreviations_of(norm) + paraphrases(norm) + list(asked)
    words = index_words(" ".join([norm, *extra]))
    content = [w for w in words.split() if w not in _QUESTION_WORDS]
    tokens = field_tokens(content)
    if accentless:
        # underthesea cannot segment text without accents; rely on accent-free syllables.
        syllables = [s for s in strip_accents(norm).lower().split() if s]
        syllables = [re.sub(r"[^\w/.,&-]", "", s).strip(".,") for s in syllables]
        syllables = [s for s in syllables if s and s not in _QUESTION_FOLDED]
        extra_tokens = field_tokens([w for w in index_words(" ".join(extra)).split()]) if extra else None
        folded = syllables + [f"{a}_{b}" for a, b in zip(syllables, syllables[1:])]
        if extra_tokens:
            folded += extra_tokens.folded
        tokens = FieldTokens(words=[], syllables=[], folded=folded)
    return Query(
        text=text,
        norm=norm,
        accentless=accentless,
        tokens=tokens,
        dense_text=expand_inline(norm),
        references=_references(norm),
        provinces=_provinces(norm),
        years=tuple(int(y) for y in _YEAR.findall(norm)),
        content_terms=tuple(content),
        asked=asked,
    )
