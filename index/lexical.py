"""BM25 (bm25s) over three views of each passage, so that queries match however they are typed.

* ``words``: underthesea word tokens of the normalised text ("thông_tin", "truyền_thông");
* ``syllables``: the same text as single syllables plus syllable bigrams, robust to segmentation
  differences between a question and a passage;
* ``folded``: the syllable view without diacritics ("thong", "thong_tin") for questions typed
  without accents.

Each view is its own bm25s index, saved as JSON + ``.npy`` (never pickle).
"""
from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.normalize import strip_accents
from ingest.tokenize import clock_times

if TYPE_CHECKING:
    import numpy as np

FIELDS = ("words", "syllables", "folded")
LEXICAL_DIR = "lexical"
K1, B = 1.2, 0.75


@dataclass(frozen=True, slots=True)
class FieldTokens:
    words: list[str]
    syllables: list[str]
    folded: list[str]

    def get(self, field: str) -> list[str]:
        return getattr(self, field)


def _with_bigrams(syllables: list[str]) -> list[str]:
    return syllables + [f"{a}_{b}" for a, b in zip(syllables, syllables[1:])]


def field_tokens(words: Sequence[str]) -> FieldTokens:
    """All three views from word tokens (as stored in the database: lower-case, "_"-joined)."""
    words = clock_times(list(words))
    syllables = [s for w in words for s in w.split("_") if s]
    return FieldTokens(
        words=words,
        syllables=_with_bigrams(syllables),
        folded=_with_bigrams([strip_accents(s) for s in syllables]),
    )


class LexicalIndex:
    def __init__(self, ids: np.ndarray, retrievers: dict[str, Any], manifest: dict[str, Any]):
        self.ids = ids
        self.retrievers = retrievers
        self.manifest = manifest
        self._vocab = {f: set(getattr(r, "vocab_dict", None) or {}) for f, r in retrievers.items()}

    @property
    def size(self) -> int:
        return int(len(self.ids))

    @classmethod
    def build(cls, ids: Sequence[int], tokens: Sequence[FieldTokens], *, manifest: dict[str, Any]) -> LexicalIndex:
        import bm25s
        import numpy as np

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every build at DEBUG
        retrievers = {}
        for field in FIELDS:
            retriever = bm25s.BM25(k1=K1, b=B, method="lucene")
            corpus = [t.get(field) or [""] for t in tokens]
            if corpus:
                retriever.index(corpus, show_progress=False)
            retrievers[field] = retriever
        return cls(np.asarray(ids, dtype=np.int64), retrievers, {**manifest, "count": len(ids)})

    def scores(self, query: FieldTokens, weights: dict[str, float]) -> np.ndarray:
        """Weighted sum of the fields' BM25 scores, one per passage (index order)."""
        import numpy as np

        total = np.zeros(len(self.ids), dtype=np.float32)
        if not len(self.ids):
            return total
        for field, weight in weights.items():
            terms = [t for t in query.get(field) if t in self._vocab[field]]
            if weight and terms:
                total += weight * np.asarray(self.retrievers[field].get_scores(terms), dtype=np.float32)
        return total

    def document_frequency(self, field: str, tokens: Iterable[str]) -> dict[str, int]:
        """How many passages contain each token in ``field`` (0 for unknown tokens)."""
        retriever = self.retrievers[field]
        vocab = getattr(retriever, "vocab_dict", None) or {}
        indptr = retriever.scores["indptr"] if len(self.ids) else []
        out = {}
        for token in tokens:
            i = vocab.get(token)
            out[token] = int(indptr[i + 1] - indptr[i]) if i is not None and i + 1 < len(indptr) else 0
        return out

    def vocabulary_counts(self, field: str) -> dict[str, int]:
        """Every token of ``field`` with the number of passages containing it."""
        import numpy as np

        retriever = self.retrievers[field]
        vocab = getattr(retriever, "vocab_dict", None) or {}
        if not len(self.ids):
            return {}
        counts = np.diff(np.asarray(retriever.scores["indptr"]))
        return {token: int(counts[i]) for token, i in vocab.items() if token and i < len(counts)}

    def save(self, folder: Path) -> None:
        """Write to a fresh folder, then swap it in, so readers never see a half-written index."""
        import numpy as np

        target = folder / LEXICAL_DIR
        tmp = folder / (LEXICAL_DIR + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if len(self.ids):  # an empty bm25s index has nothing to save; load() rebuilds it empty
            for field, retriever in self.retrievers.items():
                retriever.save(str(tmp / field), show_progress=False, allow_pickle=False)
        np.save(tmp / "ids.npy", self.ids, allow_pickle=False)
        (tmp / "manifest.json").write_text(json.dumps(self.manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        old = folder / (LEXICAL_DIR + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            os.replace(target, old)
        os.replace(tmp, target)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex | None:
        import bm25s
        import numpy as np

        path = folder / LEXICAL_DIR
        if not (path / "manifest.json").exists():
            old = folder / (LEXICAL_DIR + ".old")  # a crash between the two renames
            if not (old / "manifest.json").exists():
                return None
            path = old
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
        ids = np.load(path / "ids.npy", allow_pickle=False)
        retrievers = {}
        for field in FIELDS:
            if len(ids):
                retrievers[field] = bm25s.BM25.load(str(path / field), show_progress=False, allow_pickle=False)
            else:
                retrievers[field] = bm25s.BM25(k1=K1, b=B, method="lucene")
        return cls(ids, retrievers, manifest)
