"""Diacritics put back on a question typed without them, from the index's own syllable counts.

An accent-free syllable stands for several ("so": số, sở, sơ, sổ; "to": tổ, tờ, tố), so a
question typed without accents matches far more than it means ("to chuc" also finds "tờ
trình"). The passages already say which syllables go together: the syllable field of the
lexical index counts every syllable and every pair of neighbouring syllables. The restorer
picks, for the whole question at once (Viterbi over each syllable's candidates), the reading
that a bigram model of the passages finds likeliest: the chance of each syllable after the
previous one, interpolated with its own frequency for pairs the passages never write.

>>> r = AccentRestorer({"sở": 5, "số": 9, "nội": 4, "nơi": 2, "vụ": 6, "chủ": 3, "trì": 2},
...                    {"sở_nội": 4, "nội_vụ": 4, "số_nơi": 1, "chủ_trì": 2})
>>> r.restore("So noi vu chu tri")
'Sở nội vụ chủ trì'
>>> r.restore("UBND so 12 Netflix bao nhieu")
'UBND số 12 Netflix bao nhiêu'
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

from ingest.normalize import strip_accents

if TYPE_CHECKING:
    from index.lexical import LexicalIndex

# "nào" follows any noun ("chỉ số nào", "sở nào", "tỉnh nào"), which the passages seldom write;
# not so "đâu", "mấy", whose letters also spell "đấu" (phấn đấu), "máy" (máy tính).
WHICH_FLOOR = 0.05
PAIR_SHARE = 0.7  # weight of the pair's chance against the syllable's own frequency (Jelinek-Mercer)
PHRASE_FLOOR_SHARE = 10  # a question phrase's syllables count at least the commonest's tenth
MAX_CANDIDATES = 8  # readings tried per syllable, commonest first
_TOKEN = re.compile(r"\w+|\W+")
# How questions ask, which documents seldom write: counted as if every passage did.
QUESTION_PHRASES = ("bao nhiêu", "bao lâu", "bao giờ", "khi nào", "như thế nào", "là gì", "là ai", "ở đâu",
                    "vào đâu", "mấy", "nào", "gì", "đâu", "những gì", "có phải", "hay không", "có không",
                    "cơ quan nào", "đơn vị nào", "sở nào", "số mấy", "thứ mấy", "tháng mấy", "ngày nào",
                    "tháng nào", "năm nào", "tổng cộng", "lúc nào", "thông thường", "cử ai")


class AccentRestorer:
    def __init__(self, singles: Mapping[str, int], pairs: Mapping[str, int], *,
                 abbreviations: Mapping[str, str] | None = None):
        self._singles = dict(singles)
        self._pairs = dict(pairs)
        # A question phrase's syllables count as fairly common, and each follows the one before it;
        # not as the commonest, which would drown the pairs that follow them ("đơn giản").
        floor = max(1, max(singles.values(), default=1) // PHRASE_FLOOR_SHARE)
        for phrase in QUESTION_PHRASES:
            syllables = phrase.split()
            for syllable in syllables:
                self._singles[syllable] = max(self._singles.get(syllable, 0), floor)
            for a, b in zip(syllables, syllables[1:]):
                self._pairs[f"{a}_{b}"] = self._singles[a]
        self._total = sum(self._singles.values()) + len(self._singles) + 1
        # "QD" typed for "QĐ", "HDND" for "HĐND": an abbreviation whose accent-free form is no other
        known = abbreviations or {}
        self._abbreviations = {strip_accents(a): a for a in known if strip_accents(a) not in known}
        readings: dict[str, list[str]] = {}
        for syllable in self._singles:
            readings.setdefault(strip_accents(syllable), []).append(syllable)
        # Commonest first; equally common readings in a fixed order, not the index vocabulary's,
        # which differs between builds of the same documents.
        self._readings = {k: sorted(v, key=lambda s: (-self._singles[s], s))[:MAX_CANDIDATES]
                          for k, v in readings.items()}

    @classmethod
    def from_lexical(cls, lexical: LexicalIndex) -> AccentRestorer:
        """Counts (passages containing it) of the syllables and syllable pairs of an index."""
        from index.abbrev import ABBREVIATIONS

        counts = lexical.vocabulary_counts("syllables")
        singles = {t: n for t, n in counts.items() if "_" not in t and n and not any(ch.isdigit() for ch in t)}
        pairs = {t: n for t, n in counts.items() if "_" in t and n}
        return cls(singles, pairs, abbreviations=ABBREVIATIONS)

    def _candidates(self, token: str) -> list[str]:
        if token.isupper() and len(token) > 1:  # an abbreviation
            return [self._abbreviations.get(token, token)]
        if not token.isalpha() or not token.isascii():
            return [token]  # a number, a word already accented: as typed
        return self._readings.get(token.lower(), [token])

    def restore(self, text: str, fixed: Sequence[tuple[int, int, str]] = ()) -> str:
        """``text`` with each accent-free syllable replaced by its likeliest accented reading
        (its capital kept); abbreviations, numbers and unknown words stay as typed. ``fixed``
        spans (start, end, spelling), such as place names found by a gazetteer, take that
        spelling word for word: the passages may never write a place the question asks about."""
        pieces = _TOKEN.findall(text)
        starts = list(accumulate((len(p) for p in pieces), initial=0))
        slots = [i for i, p in enumerate(pieces) if p[0].isalnum() or p[0] == "_"]
        if not slots:
            return text
        spelled = {}
        for start, end, spelling in fixed:
            inside = [i for i in slots if start <= starts[i] < end]
            if len(inside) == len(spelling.split()):
                spelled.update(zip(inside, spelling.split()))
        options = [[spelled[i]] if i in spelled else self._candidates(pieces[i]) for i in slots]
        # Viterbi: best[j][c] = (log chance of the best reading ending in candidate c, back pointer)
        best = [{c: (math.log(self._p_single(c)), None) for c in options[0]}]
        for j in range(1, len(options)):
            column = {}
            for c in options[j]:
                column[c] = max(((s + self._log_p(p, c), p) for p, (s, _) in best[-1].items()), key=lambda x: x[0])
            best.append(column)
        choice = max(best[-1], key=lambda c: best[-1][c][0])
        chosen = [choice]
        for j in range(len(best) - 1, 0, -1):
            choice = best[j][choice][1]
            chosen.append(choice)
        chosen.reverse()
        for i, reading in zip(slots, chosen):
            typed = pieces[i]
            pieces[i] = reading[0].upper() + reading[1:] if typed[0].isupper() and reading != typed else reading
        return "".join(pieces)

    def _p_single(self, syllable: str) -> float:
        return (self._singles.get(syllable.lower(), 0) + 1) / self._total

    def _log_p(self, previous: str, syllable: str) -> float:
        """log P(syllable | previous), the pair's share interpolated with the syllable's own."""
        pair = self._pairs.get(f"{previous.lower()}_{syllable.lower()}", 0)
        before = self._singles.get(previous.lower(), 0)
        follows = pair / before if before else 0.0
        p = PAIR_SHARE * follows + (1 - PAIR_SHARE) * self._p_single(syllable)
        return math.log(max(p, WHICH_FLOOR) if syllable.lower() == "nào" else p)
