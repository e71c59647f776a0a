"""Shared fixtures: a deterministic fake embedder and tiny Vietnamese index builders."""
from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from index.profiles import ModelProfile
from ingest.normalize import normalize, strip_accents

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


class FakeEmbedder:
    """Bag of accent-free syllables hashed into 64 dimensions, L2-normalised. Deterministic."""

    name = "fake-hash-64"
    dim = 64
    fallback = False
    notice = None
    profile = ModelProfile("fake-hash-64", segmented=False)

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for syl in strip_accents(normalize(text)).lower().split():
            h = int(hashlib.md5(syl.encode()).hexdigest(), 16)
            v[h % self.dim] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v

    def encode_passages(self, texts, *, progress=False):
        return np.vstack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def encode_queries(self, texts):
        return self.encode_passages(texts)


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


def _build(tmp_path: Path, docs: dict[str, tuple[dict, list[str]]], embedder=None) -> Path:
    """Index ``docs`` (name -> (metadata fields, lines)) into ``tmp_path/idx`` without loaders."""
    from index.build import refresh
    from index.settings import Settings
    from ingest.passages import build_passages
    from ingest.pipeline import index_words
    from ingest.records import Block, Document, DocumentMeta
    from ingest.store import FileRecord, Store
    from ingest.structure import paragraphs

    folder = tmp_path / "idx"
    with Store(folder) as store:
        for n, (name, (meta, lines)) in enumerate(docs.items()):
            sha = hashlib.sha256(name.encode()).hexdigest()
            text, paras = paragraphs([Block(line) for line in lines], fmt="docx")
            doc = Document(sha[:16], name, sha, "docx", text, DocumentMeta(**meta))
            passages = build_passages(doc.doc_id, text, paras)
            store.replace_document(
                FileRecord(f"/{name}", name, sha, len(text), None, "", None), doc, passages,
                [index_words(p.text) for p in passages], [],
            )
        refresh(store, Settings(index_dir=str(folder)), embed=embedder is not None, embedder=embedder)
    return folder


@pytest.fixture
def build_index(tmp_path):
    return lambda docs, embedder=None: _build(tmp_path, docs, embedder)
