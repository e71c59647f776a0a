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

TOKENIZER_VERSION = "underthesea-word+syllable+fold/1"

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


def folded(tokens: list[str]) -> list[str]:
    """Accent-free copies of ``tokens`` so questions typed without diacritics still match."""
    return [strip_accents(t) for t in tokens]


def segmented_text(text: str) -> str:
    """Word-segmented text for models trained on it: "Sở Thông_tin và Truyền_thông"."""
    from underthesea import word_tokenize

    return word_tokenize(text, format="text")
