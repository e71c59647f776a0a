"""Evidence units: the sentences and clauses of retrieved passages, scored against a question.

A unit is a clause (split at ";" inside long enumerations) or a sentence of a passage, with
the label it sits under ("Sở Tài chính: ...", or the passage's section) as context. Its score
is the share of the question's informative terms it contains, weighted by IDF, so that a
clause that names the indicator the question asks about wins over one that merely shares
common words.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.normalize import normalize, strip_accents

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9\-–•+*])|\n+")
_CLAUSE_END = re.compile(r";\s+|\n+")
_LABEL = re.compile(r"^\s*(?:[-+•*–]\s*)?((?:\d{1,2}\.|[a-zđ]\)|[IVX]+\.)?\s*[^:;.\n]{2,80}?):\s+\S")
_SYLLABLE = re.compile(r"\d+(?:[.,/]\d+)*|[^\W_]+")  # as ingest.tokenize.syllable_tokens
MIN_CLAUSE = 40  # shorter clauses are kept with their neighbour


@dataclass(frozen=True, slots=True)
class Unit:
    hit_index: int  # which retrieved passage
    start: int  # offsets in the passage text
    end: int
    text: str
    label: str  # "Sở Tài chính" for "Sở Tài chính: ...", else ""
    whole: bool = False  # a sentence that is also offered clause by clause


def syllables(text: str, *, fold: bool = False) -> list[str]:
    """Lower-case syllables of normalised text (accent-free with ``fold``)."""
    return _SYLLABLE.findall(_prepared(text, fold))


def _prepared(text: str, fold: bool) -> str:
    norm = normalize(text).lower()
    return strip_accents(norm) if fold else norm


_MARKS = r"[,.;:!?()\[\]\"“”'‘’/|\n]+"
_PUNCTUATION = re.compile(rf"{_MARKS}|\s[-–]\s")
# Initials run across a spaced dash: "Thi đua - Khen thưởng" is "TĐKT", "Kinh tế - Xã hội" "KTXH".
_INITIALS_BREAK = re.compile(_MARKS)


def terms(text: str, *, fold: bool = False) -> set[str]:
    """Syllables and syllable bigrams (never across punctuation), the vocabulary evidence is
    compared in."""
    out: set[str] = set()
    for chunk in _PUNCTUATION.split(_prepared(text, fold)):
        syl = _SYLLABLE.findall(chunk)
        out.update(syl)
        out.update(f"{a}_{b}" for a, b in zip(syl, syl[1:]))
    return out


def initialisms(text: str, *, longest: int = 6) -> set[str]:
    """Initials of runs of 3..``longest`` syllables, as abbreviations are formed:
    "phòng cháy chữa cháy" gives "pccc"; with and without the stroke of "đ" ("pgđ", "pgd")."""
    out: set[str] = set()
    for chunk in _INITIALS_BREAK.split(_prepared(text, False)):
        heads = [s[0] for s in _SYLLABLE.findall(chunk) if not s[0].isdigit()]
        for n in range(3, longest + 1):
            for i in range(len(heads) - n + 1):
                word = "".join(heads[i:i + n])
                out.add(word)
                out.add(word.replace("đ", "d"))
    return out


_EXTENDED = re.compile("[\u1ea0-\u1ef9]")


def skeleton(syllable: str) -> str:
    """A syllable without the letters that web extraction tends to lose (U+1EA0..U+1EF9:
    vowels with tone marks such as ứ, ộ, ả): "ứng" and its damaged form "ng" share "ng"."""
    return _EXTENDED.sub("", syllable)


def skeletons(text: str) -> set[str]:
    """Skeletons of the syllables of ``text`` (only those that lost something or are damaged)."""
    return {skeleton(s) for s in syllables(text)}


_NOT_A_STOP = re.compile(
    r"(?:^|\n)\s*(?:[-+•*]\s*)?(?:\d{1,2}(?:\.\d{1,2})*|[IVXL]{1,5}|[a-zđ])$"  # "2." "1.1." "II." "a."
    r"|\b(?:TP|Tp|TT|KT|TM|TL|Q|ThS|TS|PGS|GS|BS|Th\.S|Ths|ông|bà|St|Mr|Mrs|v\.v)$"
)


def _spans(text: str, pattern: re.Pattern[str], base: int = 0) -> list[tuple[int, int]]:
    out, cursor = [], 0
    for m in pattern.finditer(text):
        if pattern is _SENTENCE_END and "\n" not in m.group(0) and _NOT_A_STOP.search(text[:m.start()].rstrip(".!?…\"”’)")):
            continue  # a list marker or an abbreviation, not the end of a sentence
        if m.start() > cursor:
            out.append((base + cursor, base + m.start()))
        cursor = m.end()
    if cursor < len(text):
        out.append((base + cursor, base + len(text)))
    return [(s, e) for s, e in out if text[s - base : e - base].strip()]


def units(passage_texts: Sequence[str], kinds: Sequence[str] | None = None) -> list[Unit]:
    """Sentences of every passage; a sentence that enumerates with ";" also gives its clauses
    (each clause keeps the sentence's "Label:" as context). A table passage gives its rows whole:
    its ";" separates the cells of one row, which belong together."""
    out: list[Unit] = []
    for i, text in enumerate(passage_texts):
        if kinds is not None and kinds[i] == "table_row":
            for s, e in _spans(text, re.compile(r"\n+")):
                out.append(Unit(i, s, e, text[s:e].strip(), ""))
            continue
        out.extend(_records(i, text))
        for s, e in _spans(text, _SENTENCE_END):
            sentence = text[s:e]
            m = _LABEL.match(sentence)
            label = m.group(1).strip() if m else ""
            merged: list[tuple[int, int]] = []
            for cs, ce in _spans(sentence, _CLAUSE_END, s):
                if merged and (ce - cs < MIN_CLAUSE or merged[-1][1] - merged[-1][0] < MIN_CLAUSE):
                    merged[-1] = (merged[-1][0], ce)
                else:
                    merged.append((cs, ce))
            pieces = merged if len(merged) > 1 else []
            for cs, ce in [(s, e)] + pieces:
                piece = text[cs:ce]
                lead = len(piece) - len(piece.lstrip())
                out.append(Unit(i, cs + lead, cs + len(piece.rstrip()), piece.strip(), label,
                                whole=bool(pieces) and (cs, ce) == (s, e)))
    return out


_FIELD_LINE = re.compile(
    r"^\s*[-+•*]?\s*(?:Cơ quan|Đơn vị|Chủ trì|Phối hợp|Thời gian|Thời hạn|Tiến độ|Hạn|Số lượng|Sản phẩm|"
    r"Kinh phí|Hình thức|Nội dung|Kết quả|Chỉ tiêu|Mục tiêu|Địa điểm|Đối tượng|Phạm vi)[^:\n]{0,50}:",
    re.IGNORECASE,
)


def _records(i: int, text: str) -> list[Unit]:
    """A task line with the labelled lines under it ("- Cơ quan chủ trì: ...", "- Thời gian: ...")
    as one unit: the task's words and its owner, time or quantity belong together."""
    out: list[Unit] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    k = 0
    while k < len(lines):
        s, e = lines[k]
        j = k + 1
        while j < len(lines) and _FIELD_LINE.match(text[lines[j][0]:lines[j][1]]):
            j += 1
        if j > k + 1 and not _FIELD_LINE.match(text[s:e]):
            out.append(Unit(i, s, lines[j - 1][1], text[s:lines[j - 1][1]].strip(), ""))
            k = j
        else:
            k += 1
    return out


# Question scaffolding: words that say what kind of answer is wanted, not what it is about.
# "không" is scaffolding only where it closes a yes/no question ("... có được hỗ trợ không?"),
# not in "xã không có ma túy".
_SCAFFOLD = re.compile(
    r"\b(?:(?:co quan|don vi|so|ban|nganh|tinh|dia phuong|ai|nguoi|van ban|quyet dinh|ke hoach|muc dich) nao|"
    # how a user opens a question: "cho tôi hỏi", "xin cho biết", "tôi muốn biết"
    r"(?:cho |xin )?(?:toi|minh|em) (?:muon |can )?(?:hoi|biet)|xin (?:hoi|cho biet)|cho (?:hoi|biet)|vui long cho biet|"
    r"(?:bat dau |dien ra |khai mac )?(?:vao )?luc may gio|"  # the time asked: "(13h30 – 14h30)" shows no such words
    r"la bao nhieu|bao nhieu phan tram|bao nhieu|bao lau(?: mot lan)?|khi nao|bao gio|the nao|ra sao|(?:vi|tai) sao|"
    r"la gi|thu may|la ai|(?<=nao )lo|(?<=ai )lo|chiu trach nhiem|co trach nhiem|trach nhiem|duoc giao|giao cho|phu trach|"
    r"(?:co |duoc giao )?nhiem vu (?:gi|nao)|"
    r"(?:co |cho )?y kien (?:gi|the nao|nhu the nao|ra sao)(?: ve| doi voi)?|"
    r"gop y (?:gi|the nao|nhu the nao|ra sao)(?: ve| voi| doi voi)?|"
    r"theo (?:to trinh|ke hoach|quyet dinh|cong van|van ban|bao cao|thong bao|nghi quyet|chi thi|qd|kh|cv)|thoi han(?: hoan thanh)?|han chot|thoi gian hoan thanh|thoi diem|la|lam (?:gi|nhung gi)|viec gi|so hieu|so ky hieu|muon|o|nhung|phai|co duoc|hay khong|khong(?=\W*$)|muc tieu|chi tieu|phan dau|phan tram|nao|gi|ai|dau|may)\b"
)


# One-word scaffolding as written with diacritics; other words folding to the same letters
# ("đầu", "máy", "lá", "ô") are content.
_SCAFFOLD_WORDS = frozenset({"là", "muốn", "muộn", "ở", "những", "phải", "nào", "gì", "ai", "đâu", "mấy", "không"})


def topic_text(question: str) -> str:
    """``question`` with its scaffolding blanked out ("Cơ quan nào chủ trì X?" → " chủ trì X?")."""
    folded = strip_accents(normalize(question)).lower()
    norm = normalize(question)
    if len(folded) != len(norm):  # cannot align; keep everything
        return norm
    chars = list(norm)
    accented = folded != norm.lower()
    for m in _SCAFFOLD.finditer(folded):
        # Typed with diacritics, a one-word match must be the scaffolding word itself: "đầu tư"
        # and "máy tính" fold to "dau", "may" like "đâu" and "mấy".
        written = norm[m.start():m.end()].lower()
        if accented and " " not in written and written != m.group(0) and written not in _SCAFFOLD_WORDS:
            continue
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


@dataclass(frozen=True, slots=True)
class Scored:
    unit: Unit
    coverage: float  # IDF-weighted share of question terms present (0..1)
    score: float


def idf_weights(question_terms: Iterable[str], df: dict[str, int], n_docs: int) -> dict[str, float]:
    """BM25-style IDF; unseen terms get the highest weight (they may still occur in a clause).
    In a fixed order, so that sums over them (coverage) come out the same in every process."""
    out = {}
    for t in sorted(question_terms):
        d = df.get(t, 0)
        out[t] = math.log(1 + (n_docs - d + 0.5) / (d + 0.5))
    return out


def within(cov: float, best: float, margin: float) -> bool:
    """Is coverage ``cov`` at most ``margin`` below ``best``? Evidence right at the margin is
    within it, whatever the last bit of the float sums."""
    return cov >= best - margin - 1e-9


SKELETON_CREDIT = 0.7  # a syllable matched only through its skeleton counts this much


def coverage(weights: dict[str, float], unit_terms: set[str], unit_skeletons: set[str] = frozenset(),
             layers: Sequence[tuple[set[str], float]] = ()) -> float:
    """IDF-weighted share of question terms in a unit. A term missing from the unit may still
    count partly: a single syllable through its skeleton in damaged text ("ứng dụng" ~
    "ng dng"), or any term through ``layers`` of context, each (terms, credit)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    got = 0.0
    for t, w in weights.items():
        if t in unit_terms:
            got += w
            continue
        credit = 0.0
        if unit_skeletons and "_" not in t and skeleton(t) != t and skeleton(t) in unit_skeletons:
            credit = SKELETON_CREDIT
        for layer, layer_credit in layers:
            if layer_credit > credit and t in layer:
                credit = layer_credit
        got += credit * w
    return got / total
