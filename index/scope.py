"""Which documents may answer a question that names a place.

A question about a province is answered from documents about that province, and one that names
a town or a foreign country ("thời tiết Đà Lạt", "tổng thống Mỹ") from documents that name it
or are about the town's province; when none of them answers well enough, the answer says which
place the loaded documents do not cover instead of answering from another province's plan.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from index.evidence import Scored
from index.query import Query
from index.search import Hit, Searcher
from ingest.metadata.dates import find_date
from ingest.metadata.header import HEADER_WINDOW
from ingest.normalize import normalize, strip_accents
from ingest.provinces import find_places, find_provinces, place_provinces

class PlaceScope:
    """Per index: reads each document's places once, whatever places are asked."""

    def __init__(self, searcher: Searcher, document_text: Callable[[str], str], min_coverage: float,
                 top_passages: int):
        self.searcher = searcher
        self.document_text = document_text
        self.min_coverage = min_coverage
        self.top_passages = top_passages  # whose documents must include one about each province named
        self._about: dict[tuple[str, tuple[str, ...]], bool | None] = {}
        self._places_named: dict[str, frozenset[str]] = {}  # towns and countries each document names

    def about(self, doc_id: str, provinces: Sequence[str]) -> bool | None:
        """Is the document about one of ``provinces`` (its metadata, or named in its text)?
        None when it names no province at all (a department's internal guide): it may be."""
        key = (doc_id, tuple(provinces))
        if key not in self._about:
            doc = self.searcher.documents.get(doc_id)
            about: bool | None = bool(doc and doc.meta.province in provinces)
            if not about:
                # "Hà Nội, ngày 16 tháng 11 năm 2025" heads every ministry's letter: where it was
                # issued, not what it is about.
                text = self.document_text(doc_id)
                issued = find_date(text.split("\n", HEADER_WINDOW)[:HEADER_WINDOW], 0, HEADER_WINDOW)
                if issued:
                    text = text.replace(issued.place, "", 1)
                folded = strip_accents(text).lower()
                about = any(strip_accents(p).lower() in folded for p in provinces)
                if not about and not (doc and doc.meta.province) and not find_provinces(text):
                    about = None
            self._about[key] = about
        return self._about[key]

    def about_place(self, doc_id: str, place: str) -> bool:
        """Does the document name ``place`` (a town or a country) or is it about the town's province?"""
        doc = self.searcher.documents.get(doc_id)
        if doc and doc.meta.province in place_provinces(place):
            return True
        if doc_id not in self._places_named:
            self._places_named[doc_id] = frozenset(find_places(self.document_text(doc_id)))
        return place in self._places_named[doc_id]

    def named_anywhere(self, place: str) -> bool:
        """Is ``place`` (a town or a country) named in some passage, or some document about the
        town's province? Read from the lexical index's syllable pairs, not from every document."""
        if any(d.meta.province in place_provinces(place) for d in self.searcher.documents.values()):
            return True
        syllables = normalize(place).lower().split()
        tokens = [f"{a}_{b}" for a, b in zip(syllables, syllables[1:])] or syllables
        counts = self.searcher.lexical.document_frequency("syllables", tokens)
        return all(counts.get(t) for t in tokens)

    def missing_province(self, query: Query, hits: Sequence[Hit]) -> str | None:
        """A province the question names that none of the top documents is about."""
        top_docs = list(dict.fromkeys(h.document.doc_id for h in hits[:self.top_passages]))
        for province in query.provinces:
            if not any(self.about(doc_id, (province,)) for doc_id in top_docs):
                return province
        return None

    def narrow(self, query: Query, effective: str, scored: list[Scored],
               hits: Sequence[Hit]) -> tuple[list[Scored], str | None]:
        """``scored`` with the evidence from documents about the place the question names first,
        and, when the documents do not cover that place well enough to answer, the sentence
        that says so (None when they do, or the question names no place)."""
        if query.provinces:
            missing = self.missing_province(query, hits)
            if missing:
                return scored, self._uncovered(missing, town_or_country=False)
            first = self._about_first(scored, hits, lambda doc_id: self.about(doc_id, query.provinces) is not False)
            if first is None:  # documents about the province were found, none answers well enough
                return scored, _NOT_IN_THEM.format(query.provinces[0])
            scored = first
        places = find_places(effective, strict_case=False)  # read with its diacritics ("hoat dong hoi": no Đồng Hới)
        if places:
            first = self._about_first(scored, hits, lambda doc_id: self.about_place(doc_id, places[0]))
            if first is None:
                return scored, self._uncovered(places[0], town_or_country=True)
            scored = first
        return scored, None

    def _about_first(self, scored: list[Scored], hits: Sequence[Hit],
                     about: Callable[[str], bool]) -> list[Scored] | None:
        """``scored`` with the evidence from documents ``about`` the place first, or None when
        none of that evidence is good enough to answer from."""
        first = [x for x in scored if about(hits[x.unit.hit_index].document.doc_id)]
        if first and first[0].coverage >= self.min_coverage:
            return first + [x for x in scored if x not in first]
        return None

    def _uncovered(self, place: str, *, town_or_country: bool) -> str:
        if any(d.meta.province == place for d in self.searcher.documents.values()) \
                or town_or_country and self.named_anywhere(place):
            return _NOT_IN_THEM.format(place)
        return f"Không tìm thấy văn bản nào về {place} trong các văn bản đã nạp."


_NOT_IN_THEM = "Các văn bản về {} đã nạp không có thông tin trả lời câu hỏi này."


def names_other_places(text: str, provinces: Sequence[str]) -> bool:
    """``text`` names provinces, none of them one of ``provinces``."""
    named = _provinces_named(text)
    return bool(named) and not named & set(provinces)


@lru_cache(maxsize=8192)
def _provinces_named(text: str) -> frozenset[str]:
    """The provinces a unit names, read once per unit however many questions it answers."""
    return frozenset(name for _, _, name in find_provinces(text))
