"""Tokens for the lexical index: underthesea words, syllables and an accent-free form.

All three take *normalised* text (:func:`ingest.normalize.normalize`), the same for passages
and queries.

>>> word_tokens("Sở Thông tin và Truyền thông chủ trì")
['sở', 'thông_tin', 'và', 'truyền_thông', 'chủ_trì']
>>> syllable_tokens("Tỷ lệ đạt 37,8% năm 2023")
['tỷ', 'lệ', 'đạt', '37,8', 'năm', '2023']
>>> folded(["thông_tin", "đạt"])
['thong_tin', 'dat']
"""
from __future__ import annotations

import re

from ingest.normalize import strip_accents

TOKENIZER_VERSION = "underthesea-word+syllable+fold/2"  # 2: clock times read as hours ("13h30")

# A number with its internal separators (1.696, 37,8, 20/9/2021) or a run of letters/digits.
_SYLLABLE = re.compile(r"\d+(?:[.,/]\d+)*|[^\W_]+")
_HAS_WORD_CHAR = re.compile(r"[^\W_]")


def syllable_tokens(text: str) -> list[str]:
    """Lower-cased syllables and numbers, punctuation dropped."""
    return _SYLLABLE.findall(text.lower())


def word_tokens(text: str) -> list[str]:
    """Lower-cased underthesea words, syllables joined by "_"; numbers kept apart from words."""
    from underthesea import word_tokenize  # lazy: loads the CRF model on first use

    out: list[str] = []
    for word in word_tokenize(text):
        if not _HAS_WORD_CHAR.search(word):
            continue
        parts = word.lower().split()
        if any(ch.isdigit() for ch in word):
            # underthesea glues numbers to neighbours ("0,3423 điểm"); keep them separate.
            for part in parts:
                out.extend(syllable_tokens(part) if not part.isalpha() else [part])
        else:
            out.append("_".join(syllable_tokens(" ".join(parts))))
    return [t for t in out if t]


# "13h30", "8h", "14g00" split into "13" + "h30": the hour mark of a clock time, after its hour.
_HOUR_MARK = re.compile(r"[hg](\d{2})?")
_HOUR = re.compile(r"\d{1,2}")


def clock_times(tokens: list[str]) -> list[str]:
    """``tokens`` with the hour mark of a clock time read as the word "giờ", so that "lúc mấy
    giờ?" matches "(13h30 – 14h30)" as it matches "14 giờ 00".

    >>> clock_times(["từ", "13", "h30", "đến", "18", "h"])
    ['từ', '13', 'giờ', '30', 'đến', '18', 'giờ']
    >>> clock_times(["điểm", "h", "khoản", "2"])
    ['điểm', 'h', 'khoản', '2']
    """
    out: list[str] = []
    for token in tokens:
        m = _HOUR_MARK.fullmatch(token)
        if m and out and _HOUR.fullmatch(out[-1]) and int(out[-1]) <= 24:
            out.append("giờ")
            if m.group(1):
                out.append(m.group(1))
        else:
            out.append(token)
    return out


def folded(tokens: list[str]) -> list[str]:
    """Accent-free copies of ``tokens`` so questions typed without diacritics still match."""
    return [strip_accents(t) for t in tokens]


def segmented_text(text: str) -> str:
    """Word-segmented text for models trained on it: "Sở Thông_tin và Truyền_thông"."""
    from underthesea import word_tokenize

    return word_tokenize(text, format="text")
