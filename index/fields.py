"""Values written as labelled fields: "Trụ sở chính: Số 2, đường Chùa Chuông, ...".

A question that asks to name something and repeats a field's label ("Trụ sở chính ... ở địa chỉ nào?", "Tuyến nội tỉnh
trọng điểm ... là tuyến nào?") is answered by what follows the label.

>>> labelled_value("+ Trụ sở chính: Số 2, đường Chùa Chuông, phường Phố Hiến;", "Trụ sở chính của trung tâm ở đâu?")
'Số 2, đường Chùa Chuông, phường Phố Hiến'
>>> labelled_value("1. Mục đích:", "Kế hoạch có mục đích gì?") is None
True
"""
from __future__ import annotations

import re

from ingest.facts.text import fold

_FIELD = re.compile(r"^\s*(?:[-+•*]|\d{1,2}\.|[a-zđ]\))?\s*(?P<label>[^:\n]{3,90}?)\s*:\s*(?P<value>[^\n]+)$",
                    re.MULTILINE)
_SYLLABLE = re.compile(r"\w+")
# Questions that ask to name something ("là tuyến nào?", "địa chỉ ở đâu?", "số điện thoại là bao
# nhiêu?"), not to say yes or no.
_WHICH = re.compile(r"\b(?:nao|gi|dau|dia chi|bao nhieu)\b")
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
