"""Hybrid search over an index folder: BM25 fields + FAISS, fused by weighted RRF.

Load once (``Searcher.open``), then ``search(question, k=..., filters=...)`` returns ``Hit``s.
A document named in the question ("kế hoạch 431", "3033/UBND-KGVX") and a province named in
it each add a ranking of that document's passages to the fusion, so they lift, not filter;
those rankings score passages by the question without the words that name the document, so
the passage that answers beats the header that repeats the title. Explicit ``Filters``
restrict the candidates.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from index.build import read_index_manifest
from index.dense import DenseIndex
from index.diacritics import AccentRestorer
from index.embed import Embedder, ModelUnavailable, load_embedder, resolve
from index.fusion import fuse
from index.intent import about_document
from index.lexical import FieldTokens, LexicalIndex, field_tokens
from index.query import Query, is_accentless, number_key, parse
from index.settings import VIETNAMESE_DENSE_WEIGHT, Settings
from ingest.errors import IndexUnusable
from ingest.normalize import strip_accents
from ingest.provinces import find_provinces
from ingest.records import Document, Passage
from ingest.store import Store

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

# Field weights of the lexical score for questions typed with and without diacritics.
ACCENTED_FIELDS = {"words": 1.0, "syllables": 0.6, "folded": 0.2}
ACCENTLESS_FIELDS = {"folded": 1.0}
REFERENCE_WEIGHT = 1.0  # weight of "passages of the document named in the question"
PROVINCE_WEIGHT = 0.5  # weight of "passages of documents about the province named"
FOCUS_WEIGHT = 0.5  # weight of "passages of documents the conversation is about"
TITLE_WEIGHT = 0.5  # weight of "passages of documents whose title the question quotes"
FIELD_DOC_SHARE = 0.5  # of the best document's lexical score, for a document's asked field to count
FIELD_WEIGHT = 1.0  # weight of "passages labelled with what the question asks for, in the best documents"
TABLE_AFTER = 8  # table passages read below a top passage that heads or holds a table
_LETTER_LEAD = re.compile(r"^\s*(?:V/v|về việc)\s*:?\s*", re.IGNORECASE)
TITLE_COVERAGE = 0.6  # share of the question's title-like words a title must contain
MAX_TITLED = 3
DOMINANT_TOP = 4  # the best lexical passages one document must (all but one) hold ...
DOMINANT_TITLE_COVERAGE = 0.4  # ... with this share of its title quoted, to count as named


class ModelMismatch(Exception):
    """The query model differs from the model the index was built with."""


@dataclass(frozen=True, slots=True)
class Filters:
    doc_types: tuple[str, ...] = ()
    issuers: tuple[str, ...] = ()  # substrings, accents and case ignored
    provinces: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    doc_ids: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return any((self.doc_types, self.issuers, self.provinces, self.years, self.doc_ids))

    def accepts(self, doc: Document) -> bool:
        m = doc.meta
        if self.doc_ids and doc.doc_id not in self.doc_ids:
            return False
        if self.doc_types and m.doc_type not in self.doc_types:
            return False
        if self.provinces and m.province not in self.provinces:
            return False
        if self.years and not (m.issued and int(m.issued[:4]) in self.years):
            return False
        if self.issuers:
            issuer = strip_accents(m.issuer or "").lower()
            if not any(strip_accents(i).lower() in issuer for i in self.issuers):
                return False
        return True


@dataclass(frozen=True, slots=True)
class Hit:
    passage_id: int
    passage: Passage
    document: Document  # metadata only (text empty)
    score: float
    lexical_rank: int | None = None
    dense_rank: int | None = None
    signals: tuple[str, ...] = field(default=())  # "reference", "province"


@dataclass
class Searcher:
    folder: Path
    settings: Settings
    store: Store
    lexical: LexicalIndex
    dense: DenseIndex | None
    embedder: Embedder | None
    documents: dict[str, Document]
    doc_of: np.ndarray  # document index (into doc_ids) per lexical position
    doc_ids: list[str]
    position: dict[int, int]  # passage id -> lexical position
    generation: int
    notice: str | None = None  # shown to users: fallback model, dense search off, ...
    doc_places: list[set[str]] = field(default_factory=list)  # per document: its province and those in its title
    titles: TitleIndex | None = None  # documents by the words of their title
    _restorer: AccentRestorer | None = field(default=None, repr=False)  # built on the first accent-free question

    @classmethod
    def open(cls, index_dir: str | Path, settings: Settings, *, dense: bool = True,
             embedder: Embedder | None = None) -> Searcher:
        """Load an index folder once. ``embedder`` overrides model loading (tests)."""
        import numpy as np

        folder = Path(index_dir)
        store = Store(folder, create=False)
        lexical = LexicalIndex.load(folder)
        if lexical is None:
            raise IndexUnusable(f"index {folder} has no lexical index: run python -m ingest PATH --index {folder}")
        manifest = read_index_manifest(folder) or {}
        dense_index, notice = None, manifest.get("notice")
        if dense and manifest.get("model") and embedder is None and dense_weight_for(settings, manifest["model"]) == 0:
            # The model would get no say in the ranking: do not spend seconds and memory on it.
            # A mismatch with an explicitly chosen model is still an error.
            _check_explicit_model(settings, manifest["model"])
            dense = False
        if dense and manifest.get("model"):
            if embedder is None:
                embedder, notice = _query_embedder(settings, manifest)
            elif embedder.name != manifest["model"]:
                raise ModelMismatch(f"the index was embedded with {manifest['model']!r}, not {embedder.name!r}")
            if embedder is not None:
                dense_index = DenseIndex.load(folder)
        documents = {d.doc_id: d for d in store.documents()}
        doc_ids = sorted(documents)
        doc_index = {d: i for i, d in enumerate(doc_ids)}
        rows = store.db.execute("SELECT id, doc_id FROM passages").fetchall()
        doc_by_passage = {pid: doc_index.get(did, -1) for pid, did in rows}
        doc_of = np.array([doc_by_passage.get(int(pid), -1) for pid in lexical.ids], dtype=np.int64)
        position = {int(pid): i for i, pid in enumerate(lexical.ids)}
        return cls(folder, settings, store, lexical, dense_index, embedder, documents, doc_of, doc_ids,
                   position, int(lexical.manifest.get("generation", -1)), notice,
                   [_places(documents[d]) for d in doc_ids],
                   TitleIndex([documents[d] for d in doc_ids], _enclosed_titles(store)))

    def close(self) -> None:
        self.store.close()

    @property
    def dense_weight(self) -> float:
        """The dense ranking's weight: the setting, else by whether the model reads Vietnamese."""
        if self.dense is None or self.embedder is None:
            return 0.0
        if self.settings.dense_weight is not None:
            return self.settings.dense_weight
        return VIETNAMESE_DENSE_WEIGHT if self.embedder.profile.vietnamese else 0.0

    def is_stale(self) -> bool:
        """True when the index folder changed (new documents) since this searcher loaded it."""
        return self.store.generation() != self.generation

    def reopen(self) -> Searcher:
        """A searcher on the current state of the same folder, reusing the loaded model."""
        return Searcher.open(self.folder, self.settings, embedder=self.embedder) if self.embedder \
            else Searcher.open(self.folder, self.settings)

    def understand(self, question: str) -> Query:
        """The parsed question; one typed without diacritics gets them back first ("so noi vu"
        -> "sở nội vụ"), read from this index's own syllable pairs, so that it means what the
        same question typed with accents means instead of every accented reading at once."""
        if is_accentless(question):
            if self._restorer is None:
                self._restorer = AccentRestorer.from_lexical(self.lexical)
            question = self._restorer.restore(question, find_provinces(question, strict_case=False))
        return parse(question)

    # --- candidates -------------------------------------------------------------------------

    def _allowed(self, filters: Filters) -> np.ndarray | None:
        import numpy as np

        if not filters:
            return None
        ok_docs = np.array([filters.accepts(self.documents[d]) for d in self.doc_ids] + [False])
        return ok_docs[self.doc_of]  # -1 indexes the trailing False

    def _docs_matching(self, query: Query) -> tuple[set[int], set[int]]:
        """Indexes of documents named by number, and of documents about a named province."""
        referenced: set[int] = set()
        for ref in query.references:
            wanted = number_key(ref.full) if ref.full else None
            for i, doc_id in enumerate(self.doc_ids):
                meta = self.documents[doc_id].meta
                key = number_key(meta.number)
                if key is None or key[0] != ref.number.lower():
                    continue
                if wanted and wanted != key:
                    continue
                if not wanted and ref.doc_type and meta.doc_type not in (ref.doc_type, None):
                    continue
                referenced.add(i)
        about: set[int] = set()
        if query.provinces:
            wanted = set(query.provinces)
            # A document that names no province (a ministry's letter, a department's guide) may be
            # about the one asked, as the answerer assumes too.
            about = {i for i, places in enumerate(self.doc_places) if places & wanted or not places}
        return referenced, about

    def _dominant(self, asked: set[str], lex: list[int]) -> set[int]:
        """The document that holds nearly all of the best lexical passages, when the question also
        quotes a fair part of its title: two weaker signals that agree the question is about it
        ("hồ sơ đề nghị Bằng khen trong phong trào thi đua bầu cử ĐBQH khóa XVI ... gửi về Sở
        Nội vụ trước ngày nào?"). Inside it, the title's words say nothing about which passage
        answers."""
        docs = [int(self.doc_of[i]) for i in lex[:DOMINANT_TOP]]
        if len(docs) < DOMINANT_TOP or not self.titles:
            return set()
        best = max(set(docs), key=docs.count)
        if best < 0 or docs.count(best) < DOMINANT_TOP - 1:
            return set()
        return {best} if self.titles.quoted(asked, best) >= DOMINANT_TITLE_COVERAGE else set()

    def _topic_scores(self, query: Query, docs: set[int], lex_scores: np.ndarray) -> np.ndarray:
        """Lexical scores for the question without the words that identify its documents (those
        named by number or title, and the provinces named); ``lex_scores`` when nothing is left."""
        identity = list(query.provinces)
        for i in docs:
            meta = self.documents[self.doc_ids[i]].meta
            identity += [meta.doc_type or "", meta.number or "", meta.issuer or "", meta.province or "", meta.title or ""]
        if not any(identity):
            return lex_scores
        known = set(_syllables(" ".join(identity)))
        tokens = query.tokens
        topic = FieldTokens(*[[t for t in tokens.get(f) if not set(_syllables(t.replace("_", " "))) <= known]
                              for f in ("words", "syllables", "folded")])
        if topic == tokens or not (topic.words or topic.folded):
            return lex_scores
        weights = ACCENTLESS_FIELDS if query.accentless else ACCENTED_FIELDS
        scores = self.lexical.scores(topic, weights)
        return scores if scores.any() else lex_scores

    def _field_ranking(self, query: Query, lex_scores: np.ndarray, allowed: np.ndarray | None) -> list[int]:
        """Passages that carry the field the question asks for ("họp ở đâu?" -> "Địa điểm: ..."),
        best documents first. Such a field is often a short line of its own that shares no word
        with the question; the document's other passages (its title, the meeting's date) match."""
        import numpy as np

        if not query.asked:
            return []
        # A label is a plain phrase ("địa điểm"): its syllable pairs need no word segmentation.
        carries = np.zeros(self.lexical.size, dtype=np.float32)
        for asked in dict.fromkeys(query.asked):
            folded = field_tokens(asked.split()).folded
            label = FieldTokens([], [], [t for t in folded if "_" in t] or folded)
            carries = np.maximum(carries, self.lexical.scores(label, {"folded": 1.0}))
        doc_best = np.zeros(len(self.doc_ids) + 1, dtype=np.float32)  # the last slot: passages without a document
        np.maximum.at(doc_best, self.doc_of, lex_scores)
        # Only in documents the question's words match about as well as the best one's.
        best = doc_best[self.doc_of]
        ok = (carries > 0) & (best > 0) & (best >= FIELD_DOC_SHARE * doc_best.max())
        if allowed is not None:
            ok &= allowed
        candidates = np.flatnonzero(ok)
        order = np.lexsort((-carries[candidates], -best[candidates]))
        return [int(i) for i in candidates[order][: self.settings.overfetch]]

    def lexical_ranking(self, query: Query, allowed: np.ndarray | None, n: int) -> tuple[list[int], np.ndarray]:
        import numpy as np

        weights = ACCENTLESS_FIELDS if query.accentless else ACCENTED_FIELDS
        scores = self.lexical.scores(query.tokens, weights)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        n = min(n, len(scores))
        if n <= 0:
            return [], scores
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [int(i) for i in top if scores[i] > 0], scores

    def dense_ranking(self, query: Query, allowed: np.ndarray | None, n: int) -> list[int]:
        if self.dense is None or self.embedder is None:
            return []
        vector = self.embedder.encode_queries([query.dense_text])[0]
        fetch = n if allowed is None else min(self.dense.size, n * 4)
        out = []
        for pid, _ in self.dense.search(vector, fetch):
            pos = self.position.get(pid)
            if pos is None or (allowed is not None and not allowed[pos]):
                continue
            out.append(pos)
        return out[:n]

    # --- search -----------------------------------------------------------------------------

    def search(self, question: str | Query, *, k: int = 10, filters: Filters = Filters(),
               focus_docs: Sequence[str] = (), dense_weight: float | None = None,
               lexical_weight: float | None = None) -> list[Hit]:
        """Top ``k`` passages. ``focus_docs`` (e.g. cited in the previous answer) are favoured."""
        import numpy as np

        query = question if isinstance(question, Query) else self.understand(question)
        if not query.norm.strip() or self.lexical.size == 0:
            return []
        s = self.settings
        w_dense = self.dense_weight if dense_weight is None else dense_weight
        w_lex = s.lexical_weight if lexical_weight is None else lexical_weight
        allowed = self._allowed(filters)
        lex, lex_scores = self.lexical_ranking(query, allowed, s.overfetch)
        dense = self.dense_ranking(query, allowed, s.overfetch) if w_dense else []
        rankings, weights = [lex, dense], [w_lex, w_dense]
        referenced, about = self._docs_matching(query)
        # Documents whose title the question quotes ("kế hoạch tuyên truyền CCHC năm 2026").
        asked = self.titles.asked(query.norm) if self.titles else set()
        titled = (self.titles.matching(asked) if self.titles else set()) | self._dominant(asked, lex)
        index_of = {d: i for i, d in enumerate(self.doc_ids)}
        focus = {index_of[d] for d in focus_docs if d in index_of}
        signals: dict[int, list[str]] = {}
        # Inside the documents a signal picks, the words that picked them (number, title, issuer,
        # province) match every passage's header equally: rank by what the question asks.
        topic_scores = lex_scores if about_document(query.norm) else self._topic_scores(query, referenced | titled,
                                                                                         lex_scores)
        for docs, weight, name in ((referenced, REFERENCE_WEIGHT, "reference"), (about, PROVINCE_WEIGHT, "province"),
                                   (titled, TITLE_WEIGHT, "title"), (focus, FOCUS_WEIGHT, "focus")):
            if not docs:
                continue
            mask = np.isin(self.doc_of, list(docs))
            if allowed is not None:
                mask &= allowed
            by = topic_scores
            candidates = np.flatnonzero(mask & (by > 0))
            if not len(candidates):  # the question only names these documents: rank by all its words
                by = lex_scores
                candidates = np.flatnonzero(mask & (by > 0))
            ranked = candidates[np.argsort(-by[candidates], kind="stable")][: s.overfetch]
            rankings.append([int(i) for i in ranked])
            weights.append(weight)
            for i in ranked:
                signals.setdefault(int(i), []).append(name)
        field_ranked = self._field_ranking(query, lex_scores, allowed)
        if field_ranked:
            rankings.append(field_ranked)
            weights.append(FIELD_WEIGHT)
            for i in field_ranked:
                signals.setdefault(i, []).append("field")
        fused = fuse(rankings, weights, k=s.rrf_k)[:k]
        lex_rank = {pos: r for r, pos in enumerate(lex, start=1)}
        dense_rank = {pos: r for r, pos in enumerate(dense, start=1)}
        ids = [int(self.lexical.ids[pos]) for pos, _ in fused]
        stored = {sp.id: sp for sp in self.store.passages(ids)}
        hits = []
        for (pos, score), pid in zip(fused, ids):
            sp = stored.get(pid)
            if sp is None:  # deleted since the index was built
                continue
            hits.append(Hit(pid, sp.passage, self.documents[sp.passage.doc_id], score,
                            lex_rank.get(pos), dense_rank.get(pos), tuple(signals.get(pos, ()))))
        return hits


    def neighbours(self, hit: Hit) -> list[Hit]:
        """The passages just before and after ``hit`` in its document: a request or a figure
        often sits in the short passage that a sentence boundary split off the one that matched
        ("... đã dự thảo Báo cáo tháng 10." | "Công an tỉnh kính báo cáo Lãnh đạo UBND tỉnh ...")."""
        seq = hit.passage.seq
        return [Hit(sp.id, sp.passage, hit.document, 0.0, signals=("neighbour",))
                for sp in self.store.passages(doc_id=hit.passage.doc_id, seqs=(seq - 1, seq + 1))]

    def table_after(self, hit: Hit, limit: int = TABLE_AFTER) -> list[Hit]:
        """The table passages that follow ``hit`` (a table's caption or one of its passages) without
        a break: the row that answers may sit several passages below the caption that matched
        ("DANH SÁCH Hội đồng ..." above "STT: 8; Họ và tên: ...; Đơn vị công tác: Sở Tài chính")."""
        seq = hit.passage.seq
        rows = []
        for sp in self.store.passages(doc_id=hit.passage.doc_id, seqs=range(seq + 1, seq + 1 + limit)):
            if sp.passage.kind != "table_row" or sp.passage.seq != seq + 1 + len(rows):
                break
            rows.append(Hit(sp.id, sp.passage, hit.document, 0.0, signals=("table",)))
        return rows


class TitleIndex:
    """Documents by the accent-free words of their type and title, for questions that name a
    document by what it is about rather than by its number."""

    def __init__(self, documents: Sequence[Document], enclosed: dict[str, list[str]] | None = None):
        from index.evidence import terms

        self.terms = [terms(f"{d.meta.doc_type or ''}\n{_subject(d.meta.title or '')}", fold=True) for d in documents]
        # A document is also known by the titles of those it encloses (``enclosed``, by doc id):
        # the letter asking for comments by the draft decision it carries ("V/v xin ý kiến" /
        # "QUYẾT ĐỊNH Về việc phê duyệt Đề án tổ chức Đại hội ...").
        enclosed = enclosed or {}
        self.enclosed = {i: [terms(t, fold=True) for t in enclosed[d.doc_id]]
                         for i, d in enumerate(documents) if enclosed.get(d.doc_id)}
        self.df: dict[str, int] = {}
        self._weights: dict[str, float] | None = None
        for t in self._entries():
            for term in t:
                self.df[term] = self.df.get(term, 0) + 1

    def _entries(self) -> list:
        return self.terms + [t for titles in self.enclosed.values() for t in titles]

    def asked(self, question: str) -> set[str]:
        """The question's title-like terms (accent-free words and pairs that some title has)."""
        from index.abbrev import expansions
        from index.evidence import terms, topic_text

        text = topic_text(question)
        return {t for t in terms(f"{text}\n" + "\n".join(expansions(text)), fold=True) if self.df.get(t)}

    def _idf(self) -> dict[str, float]:
        import math

        if self._weights is None:
            n = len(self._entries())
            self._weights = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in self.df.items()}
        return self._weights

    def _share(self, asked: set[str], i: int) -> tuple[float, float]:
        """How much of what the question says about documents is document ``i``'s title's (or an
        enclosed one's), and how much of that title the question says (0 unless at least two word
        pairs of the title are shared)."""
        return max(self._title_share(asked, title) for title in [self.terms[i], *self.enclosed.get(i, ())])

    def _title_share(self, asked: set[str], title) -> tuple[float, float]:
        idf = self._idf()
        shared = [t for t in asked if t in title]
        if not asked or sum(1 for t in shared if "_" in t) < 2:
            return 0.0, 0.0
        got = sum(idf[t] for t in shared)
        return got, max(got / sum(idf[t] for t in asked), got / sum(idf[t] for t in title))

    def quoted(self, asked: set[str], i: int) -> float:
        """The larger of the two shares of ``_share`` for document ``i``."""
        return self._share(asked, i)[1]

    def matching(self, asked: set[str]) -> set[int]:
        """Documents whose title the question (its ``asked`` terms) quotes."""
        if not asked or not self.terms:
            return set()
        scored = []
        for i in range(len(self.terms)):
            got, share = self._share(asked, i)
            # Most of what the question says about documents, or most of the title, is shared.
            if share >= TITLE_COVERAGE:
                scored.append((got, i))
        return {i for _, i in sorted(scored, reverse=True)[:MAX_TITLED]}


def _enclosed_titles(store) -> dict[str, list[str]]:
    """The titles of the documents each document encloses, by doc id; only the texts with a
    "Về việc" line are read (a few milliseconds for hundreds of documents)."""
    from ingest.structure import enclosed_titles

    rows = store.db.execute("SELECT doc_id, text FROM documents WHERE text LIKE ? OR text LIKE ?",
                            ("%\nVề việc %", "%\nV/v %"))
    return {doc_id: titles for doc_id, text in rows if (titles := enclosed_titles(text))}


def _subject(title: str) -> str:
    """A letter's subject without its "V/v" (về việc) lead, which says nothing about the topic."""
    return _LETTER_LEAD.sub("", title)


def _syllables(text: str) -> list[str]:
    """Accent-free lower-case syllables, punctuation dropped ("Sở KH&CN" -> ["so", "kh&cn"])."""
    return [w for w in re.findall(r"[\w&]+", strip_accents(text).lower()) if w]


def _places(doc: Document) -> set[str]:
    """Provinces a document is about: its own, and those its title names (a national
    dispatch "về ứng phó bão tại Khánh Hòa"), with the units old provinces merged into."""
    from ingest.provinces import find_provinces, with_successors

    places = {doc.meta.province} if doc.meta.province else set()
    places |= {name for _, _, name in find_provinces(doc.meta.title or "")}
    return with_successors(places)


def dense_weight_for(settings: Settings, model: str) -> float:
    """The weight a model's ranking gets, decided before loading it."""
    from index.profiles import profile_for

    if settings.dense_weight is not None:
        return settings.dense_weight
    return VIETNAMESE_DENSE_WEIGHT if profile_for(model).vietnamese else 0.0


def _check_explicit_model(settings: Settings, index_model: str) -> None:
    if settings.model_explicit:
        wanted = resolve(settings.model, allow_download=settings.allow_download).name
        if wanted != index_model:
            raise ModelMismatch(
                f"the index was embedded with {index_model!r} but the query model is {wanted!r}: "
                f"re-embed with python -m ingest PATH --index DIR --model {settings.model} "
                f"or unset EMBED_MODEL to use {index_model!r}"
            )


def _single_threaded_torch() -> None:
    """One short query gains nothing from several threads, and torch's OpenMP pool spinning
    against the other numeric libraries' pools cost 200-500 ms per query here (2 cores);
    with one thread, query embedding + search takes 15-25 ms (bench/speed.py)."""
    import torch

    torch.set_num_threads(1)


def _query_embedder(settings: Settings, manifest: dict) -> tuple[Embedder | None, str | None]:
    """The embedder matching the index; a clear error if the user asked for a different one."""
    index_model = manifest["model"]
    _check_explicit_model(settings, index_model)
    try:
        embedder = load_embedder(settings, model=index_model)
    except ModelUnavailable as exc:
        return None, f"dense search is off: {exc}"
    _single_threaded_torch()
    if embedder.name != index_model:  # the index model is not available here
        return None, (f"dense search is off: the index was embedded with {index_model!r}, which cannot be "
                      "loaded here; keyword search still works. Run python -m index download-model.")
    return embedder, manifest.get("notice")
