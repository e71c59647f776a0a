"""Facts for the answerer: targets (chỉ tiêu), assignments (chủ trì / phối hợp) and deadlines.

``extract_facts(paragraphs, issued=..., province=...)`` runs every extractor over a document's
paragraphs and returns the facts in document order. Each fact's ``start``/``end`` is a span of
the document text inside one paragraph that supports it.
"""
from __future__ import annotations

from collections.abc import Sequence

from ingest.facts.agencies import AgencyMatch, agency_aliases, canonical_agency, expand_agency, find_agencies
from ingest.facts.assignments import extract_assignments
from ingest.facts.dates import find_deadlines, parse_deadline
from ingest.facts.targets import document_period, extract_targets
from ingest.records import Assignment, DeadlineFact, Fact, Paragraph, Target

__all__ = [
    "AgencyMatch",
    "agency_aliases",
    "canonical_agency",
    "expand_agency",
    "extract_facts",
    "find_agencies",
    "find_deadlines",
    "parse_deadline",
]


def _key(fact: Fact) -> tuple:
    if isinstance(fact, Assignment):
        return ("a", fact.agency, fact.role, fact.task, fact.start)
    if isinstance(fact, Target):
        return ("t", fact.indicator, fact.value, fact.unit, fact.start)
    return ("d", fact.task, fact.deadline, fact.start)


def extract_facts(
    paragraphs: Sequence[Paragraph], *, issued: str | None = None, province: str | None = None
) -> list[Fact]:
    """All facts in a document, de-duplicated, ordered by position."""
    facts: list[Fact] = []
    facts.extend(extract_assignments(paragraphs, issued=issued, province=province))
    facts.extend(extract_targets(paragraphs, issued=issued, default_period=document_period(paragraphs)))
    seen: set[tuple] = set()
    out: list[Fact] = []
    for fact in sorted(facts, key=lambda f: (f.start, f.end, _order(f))):
        key = _key(fact)
        if key in seen:
            continue
        seen.add(key)
        out.append(fact)
    return out


def _order(fact: Fact) -> int:
    if isinstance(fact, Assignment):
        return 0 if fact.role == "chủ trì" else 1 if fact.role == "thực hiện" else 2
    return 3 if isinstance(fact, DeadlineFact) else 4
