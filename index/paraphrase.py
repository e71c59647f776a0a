"""Phrases administrative Vietnamese writes two ways, added to a query in the other way.

A question says "cả nước" where the programme says "toàn quốc", "hàng năm" where the plan says
"hằng năm". Like abbreviations, the other form is searched beside the question's own words.

>>> paraphrases("bao nhiêu phần trăm số xã cả nước không có ma túy")
['toàn quốc']
>>> paraphrases("ti le xa ca nuoc"), paraphrases("bao cao hang quy")  # folded, "hang quy" is both
(['toàn quốc'], [])
>>> paraphrases("hằng năm phải báo cáo")
['hàng năm']
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.normalize import normalize, strip_accents

# Each group: forms that mean the same thing. Forms that fold alike ("hằng năm", "hàng năm") are
# told apart by their diacritics.
GROUPS: tuple[tuple[str, ...], ...] = (
    ("cả nước", "toàn quốc"),
    ("hằng năm", "hàng năm"),
    ("hằng quý", "hàng quý"),
    ("hằng tháng", "hàng tháng"),
    ("hằng tuần", "hàng tuần"),
    ("hằng ngày", "hàng ngày"),
    ("tính đến", "tính tới"),  # "tính đến 15/9/2025": as of a day
    ("đến nay", "tới nay"),
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    """(folded pattern of a form, the form, the other forms of its group)."""
    out = []
    for group in GROUPS:
        for form in group:
            folded = strip_accents(form).lower()
            out.append((re.compile(rf"(?<!\w){re.escape(folded)}(?!\w)"), form,
                        tuple(f for f in group if f != form)))
    return tuple(out)


def paraphrases(text: str) -> list[str]:
    """The other forms of the phrases ``text`` uses; typed without diacritics, a phrase whose
    forms fold alike ("hang nam") already matches both, so only the others are added."""
    norm = normalize(text).lower()
    folded = strip_accents(norm)
    if len(folded) != len(norm):  # cannot align the folded match with what was written
        return []
    accented = folded != norm
    out: list[str] = []
    for pattern, form, others in _patterns():
        for m in pattern.finditer(folded):
            if accented and norm[m.start():m.end()] != form:
                continue  # "hằng năm" written: not "hàng năm", though both fold alike
            out += [o for o in others if o not in out and (accented or strip_accents(o) != folded[m.start():m.end()])]
    return out
