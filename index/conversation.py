"""Follow-up questions: fill in what a short question leaves out from the previous turn.

>>> prev = Turn("Sở TT&TT có nhiệm vụ gì trong Kế hoạch 431?", intent="responsibility", doc_ids=("d1",))
>>> contextualize("Còn Sở Tài chính thì sao?", [prev])
('Sở Tài chính có nhiệm vụ gì trong Kế hoạch 431?', ('d1',), 'responsibility')
>>> contextualize("Thời hạn là khi nào?", [prev])[0]
'Thời hạn là khi nào? Sở TT&TT có nhiệm vụ gì trong Kế hoạch 431?'
>>> contextualize("Cơ quan nào chủ trì phòng chống mã độc tập trung ở tỉnh?", [prev])
('Cơ quan nào chủ trì phòng chống mã độc tập trung ở tỉnh?', (), None)
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.normalize import strip_accents


@dataclass(frozen=True, slots=True)
class Turn:
    question: str
    answer: str = ""
    intent: str | None = None
    doc_ids: tuple[str, ...] = ()  # documents cited by the answer
    effective: str = ""  # the question as resolved (for chains of follow-ups)

    @classmethod
    def from_json(cls, data: dict) -> Turn:
        citations = data.get("citations") or []
        return cls(
            question=str(data.get("question", "")),
            answer=str(data.get("answer", "")),
            intent=data.get("intent"),
            doc_ids=tuple(dict.fromkeys(c.get("doc_id") for c in citations if c.get("doc_id"))),
            effective=str(data.get("effective_question", "")),
        )


_LEAD = re.compile(r"^(?:con|the con|vay con|vay|the|thi|ngoai ra|con ve|va)\s+", re.IGNORECASE)
_TAIL = re.compile(r"\s*(?:thi sao|the nao|ra sao|nhu the nao|thi the nao)?\s*\??\s*$", re.IGNORECASE)
_FOLLOW = re.compile(r"^(?:con|the con|vay con|vay|the|ngoai ra|con ve)\b|\bthi sao\b|\bthe con\b")
# Questions that only ask for a property of "it" (the previous topic).
_PRONOUN_ONLY = re.compile(
    r"^(?:thoi han|han|thoi gian|co quan (?:nao )?(?:chu tri|phoi hop)|ai (?:chu tri|phoi hop|thuc hien)|"
    r"muc tieu|chi tieu|ket qua|so lieu|don vi phoi hop|kinh phi)\b.{0,25}$"
)


def _fold(text: str) -> str:
    return strip_accents(text).lower().strip()


def contextualize(question: str, history: Sequence[Turn]) -> tuple[str, tuple[str, ...], str | None]:
    """(question to search, documents to favour, intent inherited) for ``question`` after ``history``.

    A standalone question is returned unchanged. A follow-up ("Còn Sở Tài chính thì sao?",
    "Thời hạn là khi nào?") is completed with the previous question, the agency it names
    replacing the previous one, and favours the documents the previous answer cited.
    """
    if not history:
        return question, (), None
    prev = history[-1]
    prev_q = prev.effective or prev.question
    folded = _fold(question)
    if not (_FOLLOW.search(folded) or _PRONOUN_ONLY.match(folded)):
        return question, (), None
    from ingest.facts.agencies import find_agencies

    current_agencies = find_agencies(question)
    if current_agencies:
        previous = find_agencies(prev_q)
        if previous:
            # The new agency takes the old one's place: "Còn Sở Tài chính thì sao?"
            m = previous[0]
            new = current_agencies[0].mention
            return prev_q[: m.start] + new + prev_q[m.end:], prev.doc_ids, prev.intent
        core = _strip_follow(question)
        return f"{core} {prev_q}", prev.doc_ids, prev.intent
    return f"{question} {prev_q}", prev.doc_ids, prev.intent


def _strip_follow(question: str) -> str:
    """Drop "Còn ... thì sao?" around the new subject, keeping the original spelling."""
    folded = strip_accents(question)
    lead = _LEAD.match(folded)
    start = lead.end() if lead else 0
    tail = _TAIL.search(folded[start:])
    end = start + tail.start() if tail else len(question)
    return question[start:end].strip()
