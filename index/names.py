"""Proper names a question gives ("Thụy Điển", "Champions League", "Bà Nà Hills") that no passage
has: a question about a place, team or product the documents never mention is about something else,
however well its common words ("cha mẹ", "nghỉ phép", "bao nhiêu ngày") match."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ingest.normalize import strip_accents

_WORD = re.compile(r"\w+|[^\w\s]")
# Where a sentence starts, a capital says nothing about a name.
_SENTENCE_END = frozenset(".?!:;\"“”()[]")


def _titled(word: str) -> bool:
    """A capitalised word of at least two letters ("Điển", "League"), not an abbreviation ("UBND")."""
    return len(word) >= 2 and word[0].isupper() and word[1:].islower() and word.isalpha()


def name_spans(question: str, abbreviations: Iterable[str] = ()) -> list[list[str]]:
    """Runs of two or more capitalised words, none of them the first word of a sentence or a
    known abbreviation ("Cty" in "Cty Seshin": the document writes "Công ty Seshin").
    >>> name_spans("Ở Thụy Điển, cha mẹ được nghỉ bao nhiêu ngày? Sở Nội vụ nói gì?")
    [['Thụy', 'Điển']]
    >>> name_spans("Lịch thi đấu của Hoàng Anh Gia Lai", ["Cty"])
    [['Hoàng', 'Anh', 'Gia', 'Lai']]
    """
    skip = {strip_accents(a).lower() for a in abbreviations}
    spans: list[list[str]] = []
    run: list[str] = []
    starts = True
    for token in _WORD.findall(question):
        if _titled(token) and not starts and strip_accents(token).lower() not in skip:
            run.append(token)
        else:
            if len(run) >= 2:
                spans.append(run)
            run = []
        starts = token in _SENTENCE_END
    if len(run) >= 2:
        spans.append(run)
    return spans


def unknown_name(question: str, frequency: Callable[[str, list[str]], dict[str, int]],
                 abbreviations: Iterable[str] = ()) -> str | None:
    """The first name of the question no passage has: none of its adjacent word pairs occurs
    anywhere. A name run on from another ("Liên đoàn Pickleball Lâm Đồng") is known by its known
    pair. A name written with diacritics is looked up with them ("Thụy Điển" is not "thủy điện");
    one typed without them, accent-free ("Yen Bai").
    ``frequency(field, tokens)`` gives how many passages have each pair token ("thụy_điển") of
    the lexical ``field`` ("syllables" or "folded").
    """
    for span in name_spans(question, abbreviations):
        text = " ".join(span)
        plain = strip_accents(text)
        field = "folded" if plain == text else "syllables"
        words = (plain if field == "folded" else text).lower().split()
        pairs = [f"{a}_{b}" for a, b in zip(words, words[1:])]
        counts = frequency(field, pairs)
        if not any(counts.get(p) for p in pairs):
            return text
    return None
